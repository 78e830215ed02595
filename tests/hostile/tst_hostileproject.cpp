// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileutil.h"

#include "store/projectstore.h"
#include "store/sqlsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ktk;
using namespace ktk::hostile;

// Project files from a hostile sender, and bad luck beside them, through the
// real program: ../shared/reliability/ktk/*.ktk and store/*.sh, rebuilt here
// from a genuine sample project. Each run is bounded in time and memory; the
// file must be refused (or opened with nothing lost) and, when refused, be
// byte-identical afterwards.
class TestHostileProject : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void projectCarryingSql_isRefusedByEveryCommand_data();
    void projectCarryingSql_isRefusedByEveryCommand();
    void foreignWalBesideTheProject_isSetAsideAndNothingIsLost();
    void foreignHotJournalBesideTheProject_isSetAsideAndNothingIsLost();
    void twoImportsThroughTwoHardLinks_oneIsRefusedAndTheProjectStaysWhole();
    void specialFileInPlaceOfAProject_isRefusedQuickly_data();
    void specialFileInPlaceOfAProject_isRefusedQuickly();

private:
    QString sampleProject(const QString &name);
    bool runSql(const QString &path, const QStringList &statements);
    static QByteArray digest(const QString &path);
    static int documentCount(const QString &path);

    QTemporaryDir *m_dir = nullptr;
};

void TestHostileProject::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestHostileProject::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestHostileProject::sampleProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const BoundedRun made = runKanttekening({QStringLiteral("sample"), path});
    if (!made.finishedNormally() || made.exitCode != 0) {
        qWarning() << made.describe();
        return {};
    }
    return path;
}

bool TestHostileProject::runSql(const QString &path, const QStringList &statements)
{
    const QString name = sql::uniqueConnectionName(QStringLiteral("attacker"));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray TestHostileProject::digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

int TestHostileProject::documentCount(const QString &path)
{
    ProjectStore store;
    return store.open(path).ok() ? int(store.documents().size()) : -1;
}

void TestHostileProject::projectCarryingSql_isRefusedByEveryCommand_data()
{
    QTest::addColumn<QStringList>("attack");
    QTest::addColumn<QString>("command");
    const QString wipe = QStringLiteral(
        "CREATE TRIGGER t AFTER INSERT ON documents BEGIN DELETE FROM documents WHERE id <> NEW.id; END");
    const QString tamper = QStringLiteral(
        "CREATE TRIGGER t AFTER INSERT ON documents BEGIN UPDATE annotations SET note = 'tampered', status = "
        "'false'; END");
    const QString hang = QStringLiteral(
        "CREATE TRIGGER t BEFORE INSERT ON documents BEGIN SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 "
        "UNION ALL SELECT x+1 FROM c) SELECT x FROM c); END");
    const QString onRepair = QStringLiteral(
        "CREATE TRIGGER t AFTER UPDATE ON annotations BEGIN DELETE FROM documents WHERE id = 2; END");
    const QStringList view = {
        QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("ALTER TABLE documents RENAME TO docs_real"),
        QStringLiteral("CREATE VIEW documents AS SELECT d.* FROM docs_real d WHERE (SELECT count(*) FROM (WITH "
                       "RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c)) > 0")};
    for (const char *command : {"import", "list"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("trig_wipe, %s", command) << QStringList{wipe} << c;
        QTest::addRow("trig_tamper, %s", command) << QStringList{tamper} << c;
        QTest::addRow("trig_hang, %s", command) << QStringList{hang} << c;
        QTest::addRow("open_trigger, %s", command) << QStringList{onRepair} << c;
        QTest::addRow("view_hang, %s", command) << view << c;
    }
}

void TestHostileProject::projectCarryingSql_isRefusedByEveryCommand()
{
    QFETCH(QStringList, attack);
    QFETCH(QString, command);
    const QString project = sampleProject(QStringLiteral("mailed.ktk"));
    QVERIFY(!project.isEmpty());
    QVERIFY(runSql(project, attack));
    const QString article = m_dir->filePath(QStringLiteral("new.txt"));
    {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Een nieuw artikel over het beleid.\n");
    }
    const QByteArray before = digest(project);

    const QStringList args = command == QLatin1String("import") ? QStringList{command, project, article}
                                                                 : QStringList{command, project};
    const BoundedRun run = runKanttekening(args, {20, 2048});
    QVERIFY2(run.finishedNormally(), run.describe());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("cannot be opened safely")), run.describe());
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(project)), run.describe());
    QCOMPARE(run.out, QString());
    QCOMPARE(digest(project), before);
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-wal")));
}

// store/foreign_wal.sh wal
void TestHostileProject::foreignWalBesideTheProject_isSetAsideAndNothingIsLost()
{
    const QString project = sampleProject(QStringLiteral("v.ktk"));
    QVERIFY(!project.isEmpty());
    const int documents = documentCount(project);
    QVERIFY(documents > 0);
    const QByteArray before = digest(project);
    {
        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        const QString name = sql::uniqueConnectionName(QStringLiteral("other"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")));
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), project + QStringLiteral("-wal")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    const BoundedRun run = runKanttekening({QStringLiteral("list"), project}, {20, 2048});
    QVERIFY2(run.finishedNormally(), run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("does not belong to it")), run.describe());
    QCOMPARE(digest(project), before);
    QCOMPARE(documentCount(project), documents);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("v.ktk-wal.stray-*")}).size(), 1);
}

// store/foreign_wal.sh journal
void TestHostileProject::foreignHotJournalBesideTheProject_isSetAsideAndNothingIsLost()
{
    const QString project = sampleProject(QStringLiteral("v.ktk"));
    QVERIFY(!project.isEmpty());
    const int documents = documentCount(project);
    const QByteArray before = digest(project);
    {
        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        const QString name = sql::uniqueConnectionName(QStringLiteral("other"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            for (int i = 0; i < 50; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")));
            QVERIFY(QFile::copy(other + QStringLiteral("-journal"), project + QStringLiteral("-journal")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    const BoundedRun run = runKanttekening({QStringLiteral("list"), project}, {20, 2048});
    QVERIFY2(run.finishedNormally(), run.describe());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("rollback journal")), run.describe());
    QCOMPARE(digest(project), before);
    QCOMPARE(documentCount(project), documents);
}

// store/hardlink.sh
void TestHostileProject::twoImportsThroughTwoHardLinks_oneIsRefusedAndTheProjectStaysWhole()
{
    const QString a = sampleProject(QStringLiteral("a.ktk"));
    QVERIFY(!a.isEmpty());
    const QString b = m_dir->filePath(QStringLiteral("b.ktk"));
    QVERIFY(::link(QFile::encodeName(a).constData(), QFile::encodeName(b).constData()) == 0);
    QStringList first{QStringLiteral("import"), a};
    QStringList second{QStringLiteral("import"), b};
    for (int i = 0; i < 60; ++i) {
        const QString doc = m_dir->filePath(QStringLiteral("doc%1.txt").arg(i));
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Artikel ") + QByteArray::number(i) + ". "
                + QByteArray("De minister zegt dat het beleid werkt. ").repeated(2000));
        f.close();
        (i % 2 ? second : first).append(doc);
    }
    const int before = documentCount(a);

    // Both at once, as the reproducer ran them.
    QProcess one;
    QProcess two;
    one.start(QStringLiteral(KTK_BINARY), first);
    two.start(QStringLiteral(KTK_BINARY), second);
    QVERIFY(one.waitForFinished(60000));
    QVERIFY(two.waitForFinished(60000));
    QCOMPARE(one.exitStatus(), QProcess::NormalExit);
    QCOMPARE(two.exitStatus(), QProcess::NormalExit);
    const int succeeded = (one.exitCode() == 0) + (two.exitCode() == 0);
    QVERIFY2(succeeded >= 1, "at least one import must go through");
    const int after = documentCount(a);
    // Whoever came second was refused outright (exit 2) or, if the first had
    // already finished, imported everything: never a mixture.
    QVERIFY2(after == before + 30 * succeeded, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

    const BoundedRun check = runProgram(QStringLiteral("sqlite3"), {a, QStringLiteral("PRAGMA integrity_check")});
    if (check.started) {   // sqlite3 is a developer tool; the store's own check below always runs
        QCOMPARE(check.out.trimmed(), QStringLiteral("ok"));
    }
    ProjectStore store;
    QVERIFY(store.open(b).ok());
}

void TestHostileProject::specialFileInPlaceOfAProject_isRefusedQuickly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("link to /dev/zero") << QStringLiteral("zero");
    QTest::newRow("link to /dev/urandom") << QStringLiteral("urandom");
    QTest::newRow("symlink loop") << QStringLiteral("loop");
}

void TestHostileProject::specialFileInPlaceOfAProject_isRefusedQuickly()
{
    QFETCH(QString, kind);
    const QString path = m_dir->filePath(QStringLiteral("special.ktk"));
    if (kind == QLatin1String("fifo"))
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    else if (kind == QLatin1String("loop"))
        QVERIFY(QFile::link(path, path));
    else
        QVERIFY(QFile::link(QStringLiteral("/dev/") + kind, path));
    const QString article = m_dir->filePath(QStringLiteral("article.txt"));
    {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Een kort artikel.\n");
    }
    for (const QStringList &args : {QStringList{QStringLiteral("list"), path},
                                    QStringList{QStringLiteral("import"), path, article}}) {
        const BoundedRun run = runKanttekening(args, {15, 2048});
        QVERIFY2(run.finishedNormally(), run.describe());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("special.ktk")), run.describe());
    }
}

QTEST_GUILESS_MAIN(TestHostileProject)
#include "tst_hostileproject.moc"
