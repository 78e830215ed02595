// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbinary.h"
#include "store/projectbackups.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;

// backup, backups and restore on the command line, through the real program,
// and the automatic backup an import makes of a changed project.
class TestBackupCommands : public QObject
{
    Q_OBJECT

    using Finished = ktk::testutil::Finished;

    Finished run(const QStringList &args)
    {
        // The program's settings (how many backups to keep) in a folder of the test's.
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return ktk::testutil::runBinary(args, env, 60000);
    }

    QString article(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("De minister zegt dat het beleid werkt. " + name.toUtf8() + "\n");
        return path;
    }

    static int documentCount(const QString &path)
    {
        ProjectStore store;
        return store.open(path).ok() ? int(store.documents().size()) : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backupThenChangeThenRestore_bringsTheOldStateBackAndKeepsTheNewOne()
    {
        const QString project = m_dir.filePath(QStringLiteral("p.ktk"));
        QCOMPARE(run({QStringLiteral("import"), project, article(QStringLiteral("a.txt"))}).exitCode, 0);

        const Finished backedUp = run({QStringLiteral("backup"), project});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(backedUp.out.startsWith(QStringLiteral("backed up to: ")));
        const QString backup = backedUp.out.mid(14).trimmed();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QCOMPARE(documentCount(backup), 1);

        QTest::qWait(1100);   // a new second, so the automatic backup gets a name of its own
        // The project changed (nothing since the backup, so no automatic one yet) ...
        QCOMPARE(run({QStringLiteral("import"), project, article(QStringLiteral("b.txt"))}).exitCode, 0);
        QCOMPARE(ProjectBackups(project).list().size(), 1);
        QTest::qWait(1100);
        // ... and the next import first backs it up.
        QCOMPARE(run({QStringLiteral("import"), project, article(QStringLiteral("c.txt"))}).exitCode, 0);
        QCOMPARE(documentCount(project), 3);

        const Finished listed = run({QStringLiteral("backups"), project});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(u'\t').at(2), QStringLiteral("automatic"));
        QCOMPARE(lines.at(1).split(u'\t').at(2), QStringLiteral("manual"));
        QCOMPARE(lines.at(1).split(u'\t').at(3), backup);
        QCOMPARE(documentCount(lines.at(0).split(u'\t').at(3)), 2);

        const Finished restored = run({QStringLiteral("restore"), project, backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(documentCount(project), 1);
        QVERIFY(restored.out.contains(QStringLiteral("is kept as: ")));
        const QString kept = restored.out.section(QStringLiteral("is kept as: "), 1).trimmed();
        QCOMPARE(documentCount(kept), 3);
    }

    void restoreFromAFileCarryingSql_isRefusedAndTheProjectStays()
    {
        const QString project = m_dir.filePath(QStringLiteral("q.ktk"));
        QCOMPARE(run({QStringLiteral("import"), project, article(QStringLiteral("a.txt"))}).exitCode, 0);
        const QString evil = m_dir.filePath(QStringLiteral("evil.ktk"));
        QVERIFY(QFile::copy(project, evil));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evil"));
            db.setDatabaseName(evil);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER t AFTER INSERT ON documents BEGIN DELETE FROM documents; END")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("evil"));
        const Finished refused = run({QStringLiteral("restore"), project, evil});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("trigger")), qPrintable(refused.err));
        QCOMPARE(documentCount(project), 1);
    }

    void restoreWhileTheProjectIsOpenElsewhere_isRefused()
    {
        const QString project = m_dir.filePath(QStringLiteral("r.ktk"));
        QCOMPARE(run({QStringLiteral("import"), project, article(QStringLiteral("a.txt"))}).exitCode, 0);
        const Finished backedUp = run({QStringLiteral("backup"), project});
        const QString backup = backedUp.out.mid(14).trimmed();
        ProjectStore holder;
        QVERIFY(holder.open(project).ok());
        const Finished refused = run({QStringLiteral("restore"), project, backup});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("already open")), qPrintable(refused.err));
        QCOMPARE(holder.documents().size(), 1);   // the holder's project untouched
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
