// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kanttekening"));
    QCoreApplication::setApplicationName(QStringLiteral("Kanttekening"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KTK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Scripted use needs no display: decide before any application object exists.
    if (!ktk::CommandLine::needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        ktk::LanguageManager::instance()->restore();
        return ktk::CommandLine(out, err).run(QCoreApplication::arguments()).exitCode;
    }

    QApplication app(argc, argv);
    ktk::LanguageManager::instance()->restore();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kanttekening.svg")));
    const ktk::CommandLine::Outcome outcome = ktk::CommandLine(out, err).run(QCoreApplication::arguments());
    if (!outcome.openGui)
        return outcome.exitCode;

    ktk::MainWindow window;
    window.show();
    window.restoreSession(outcome.projectPath);
    return app.exec();
}
