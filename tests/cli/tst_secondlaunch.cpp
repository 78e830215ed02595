// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// #12: a second launch (a project double-clicked while the program runs)
// hands its files to the running window and ends, instead of failing on the
// project's lock. Two real processes on the offscreen platform, with a
// runtime folder and settings of their own.

#include "runbinary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ktk::testutil::runBinary;

class TestSecondLaunch : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunch_handsTheProjectToTheRunningWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString runtime = dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

        const QString first = dir.filePath(QStringLiteral("eerste.ktk"));
        const QString second = dir.filePath(QStringLiteral("tweede.ktk"));
        const QString document = QStringLiteral(KTK_TEST_DATA "/cli/raadsvoorstel-sociale-media.md");
        QCOMPARE(runBinary({QStringLiteral("import"), first, document}, env).exitCode, 0);
        QCOMPARE(runBinary({QStringLiteral("import"), second, document}, env).exitCode, 0);

        QProcess running;
        QProcessEnvironment runningEnv = QProcessEnvironment::systemEnvironment();
        runningEnv.insert(env);
        running.setProcessEnvironment(runningEnv);
        running.start(QStringLiteral(KTK_BINARY), {QStringLiteral("-platform"), QStringLiteral("offscreen"), first});
        QVERIFY(running.waitForStarted(10000));
        const auto cleanup = qScopeGuard([&running] {
            running.terminate();
            if (!running.waitForFinished(10000))
                running.kill();
        });
        const QString socket = QDir(runtime).filePath(QStringLiteral("kanttekening.socket"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket) && QFile::exists(first + QStringLiteral(".lock")), 30000);

        QElapsedTimer clock;
        clock.start();
        const ktk::testutil::Finished launched =
            runBinary({QStringLiteral("-platform"), QStringLiteral("offscreen"), second}, env, 30000);
        QCOMPARE(launched.exitCode, 0);
        QVERIFY2(clock.elapsed() < 15000, "the second launch hands over and ends");
        // The running window switched: the second project is held, the first let go.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(second + QStringLiteral(".lock")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(first + QStringLiteral(".lock")), 20000);
        QCOMPARE(running.state(), QProcess::Running);
        // A writing command on the handed-over project is refused: the window has it.
        QCOMPARE(runBinary({QStringLiteral("import"), second, document}, env).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSecondLaunch)
#include "tst_secondlaunch.moc"
