// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "desktop/instancechannel.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "spelling/spellingservice.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {
constexpr int StartupSpellingDelayMs = 1000;

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kanttekening"));
    QCoreApplication::setApplicationName(QStringLiteral("Kanttekening"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KTK_VERSION));
}

QtMessageHandler g_handlerBeforeStartup = nullptr;

// While the platform starts, Qt talks on stderr (the offscreen platform
// warns when XDG_RUNTIME_DIR is unset, as under cron or sudo); a script
// reads our stderr for our messages. Only errors get through.
void quietPlatformStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_handlerBeforeStartup)
        g_handlerBeforeStartup(type, context, message);
}

int runCommand(QTextStream &out, QTextStream &err)
{
    ktk::LanguageManager::instance()->restore();
    return ktk::CommandLine(out, err).run(QCoreApplication::arguments()).exitCode;
}
} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Scripted use needs no display: decide before any application object exists.
    if (!ktk::CommandLine::needsGui(argc, argv)) {
        if (ktk::CommandLine::importsDocuments(argc, argv)) {
            // Importing parses rich text, and Qt 6.4 asks the platform for the
            // fixed-pitch font of <code> and <pre>: under a bare QCoreApplication
            // it dereferences null. The offscreen platform needs no display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            g_handlerBeforeStartup = qInstallMessageHandler(quietPlatformStartup);
            QGuiApplication app(argc, argv);
            qInstallMessageHandler(g_handlerBeforeStartup);
            return runCommand(out, err);
        }
        QCoreApplication app(argc, argv);
        return runCommand(out, err);
    }

    QApplication app(argc, argv);
    // Ties the window to its menu entry (Wayland, task bars): the .desktop file's name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.kanttekening.Kanttekening"));
    ktk::LanguageManager::instance()->restore();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kanttekening.svg")));
    const ktk::CommandLine::Outcome outcome = ktk::CommandLine(out, err).run(QCoreApplication::arguments());
    if (!outcome.openGui)
        return outcome.exitCode;

    // One window per user: a program already running takes the files (and
    // comes to the front) rather than a second window failing on the lock.
    ktk::InstanceChannel channel;
    if (channel.handOver(outcome.files))
        return 0;

    // Dictionaries load once the first page is on screen (pdfview-bench on
    // a 6-page PDF: 0.60 s to the first page with them loading at start,
    // 0.51 s held back); a note typed before then is checked when they come.
    ktk::SpellingService::instance()->holdLoading();
    ktk::MainWindow window;
    // Listening before the files open: a question about them must not make
    // a later launch open a second window.
    channel.listen();   // without it, later launches open windows of their own, as before
    QObject::connect(&channel, &ktk::InstanceChannel::filesReceived, &window,
                     [&window](const QStringList &files) { window.openLaunchFiles(files, false); });
    window.show();
    window.openLaunchFiles(outcome.files, true);
    QTimer::singleShot(StartupSpellingDelayMs, [] { ktk::SpellingService::instance()->releaseLoading(); });
    return app.exec();
}
