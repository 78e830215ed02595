// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/icontheme.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>

namespace ktk {

namespace {
bool isOurChoice(const QString &theme)
{
    return theme.isEmpty() || theme == QLatin1String("hicolor") || theme == QLatin1String("breeze")
        || theme == QLatin1String("breeze-dark");
}
} // namespace

void applyIconTheme()
{
    static const QString desktopTheme = QIcon::themeName();
    if (!isOurChoice(desktopTheme))
        return;
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString wanted = dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze");
    if (QIcon::themeName() != wanted)
        QIcon::setThemeName(wanted);
}

} // namespace ktk
