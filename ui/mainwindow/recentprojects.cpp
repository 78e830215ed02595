// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace ktk {

namespace {
const QString Key = QStringLiteral("recentProjects");
}

QStringList RecentProjects::list()
{
    QStringList out;
    for (const QString &path : QSettings().value(Key).toStringList()) {
        if (QFileInfo::exists(path))
            out.append(path);
    }
    return out;
}

void RecentProjects::add(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeAll(canonical);
    paths.prepend(canonical);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    QSettings().setValue(Key, paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = QSettings().value(Key).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, paths);
}

void RecentProjects::clear()
{
    QSettings().remove(Key);
}

} // namespace ktk
