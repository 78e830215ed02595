// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real program run as a script runs it: no display, its exit code and
// what it wrote to stdout and stderr.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace ktk::testutil {

struct Finished
{
    int exitCode = -1;   // -1: did not start or finish in time; -2: crashed
    QString out;
    QString err;
};

// extraEnvironment: variables set on top of this process's (e.g. a settings folder).
inline Finished runBinary(const QStringList &args, const QProcessEnvironment &extraEnvironment = {},
                          int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: the commands must work without one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(extraEnvironment);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KTK_BINARY), args);
    Finished f;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    f.out = QString::fromUtf8(p.readAllStandardOutput());
    f.err = QString::fromUtf8(p.readAllStandardError());
    return f;
}

} // namespace ktk::testutil
