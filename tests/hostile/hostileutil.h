// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real program on hostile input with a wall-clock and an address
// space bound, the way a user's machine would meet it: a hang becomes a
// timeout, runaway memory an allocation failure, a crash a signal. Each of
// those fails the test instead of hanging or killing the suite.

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

namespace ktk::hostile {

struct BoundedRun
{
    bool started = false;
    bool timedOut = false;
    bool crashed = false;      // ended by a signal (SIGSEGV, SIGABRT from bad_alloc...)
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString out;
    QString err;

    bool finishedNormally() const { return started && !timedOut && !crashed; }
    // For QVERIFY2: what happened, in one line.
    QByteArray describe() const
    {
        return QStringLiteral("started=%1 timedOut=%2 crashed=%3 exit=%4 %5 ms; stderr: %6")
            .arg(started).arg(timedOut).arg(crashed).arg(exitCode).arg(elapsedMs).arg(err.left(2000))
            .toUtf8();
    }
};

struct Bounds
{
    int seconds = 30;
    qint64 addressSpaceMiB = 4096;   // Qt alone maps a few hundred MiB
};

inline BoundedRun runProgram(const QString &program, const QStringList &args, Bounds bounds = {},
                             const QString &workingDirectory = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The command line must work without a display, as in a script or over ssh.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    const rlim_t limit = rlim_t(bounds.addressSpaceMiB) * 1024 * 1024;
    p.setChildProcessModifier([limit] {
        const rlimit rl{limit, limit};
        setrlimit(RLIMIT_AS, &rl);
    });
    BoundedRun run;
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    run.started = p.waitForStarted(10000);
    if (!run.started)
        return run;
    if (!p.waitForFinished(bounds.seconds * 1000)) {
        run.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    run.crashed = !run.timedOut && p.exitStatus() != QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

inline BoundedRun runKanttekening(const QStringList &args, Bounds bounds = {}, const QString &workingDirectory = {})
{
    return runProgram(QStringLiteral(KTK_BINARY), args, bounds, workingDirectory);
}

} // namespace ktk::hostile
