// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignfiles.h"
#include "storetestutil.h"

#include "store/schemaverifier.h"
#include "store/sqliteconnection.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;
using namespace ktk::testutil;

// A project file is mailed between researchers: before anything reads or
// writes it, its schema must be exactly one this program made, and every
// connection must refuse to run SQL the file brings along.
class TestSchemaVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createdProject_matchesTheCurrentVersion();
    void eachVersion_isBuiltFromTheStepsAndDiffersFromTheNext();
    void statisticsTable_fromPragmaOptimize_isAccepted();
    void tamperedSchema_isRefusedByOpenAndTheFileStaysByteIdentical_data();
    void tamperedSchema_isRefusedByOpenAndTheFileStaysByteIdentical();

    void everyConnectionMode_isHardened();
    void storeConnection_isHardened();
    void triggerAddedBehindTheStoresBack_neverFires();
    void viewAddedBehindTheStoresBack_cannotBeRead();
    void statementTimeLimit_stopsAQueryThatWouldNeverEnd();

private:
    QString makeProject(const QString &name);
    QTemporaryDir *m_dir = nullptr;
};

void TestSchemaVerifier::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestSchemaVerifier::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestSchemaVerifier::makeProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    ProjectStore store;
    if (!store.create(path).ok())
        return {};
    const Result<DocumentId> doc = store.addDocument(sampleDocument());
    const QVector<ClaimType> types = store.claimTypes();
    if (doc && !types.isEmpty()) {
        for (int i = 0; i < 5; ++i)
            store.addAnnotation(sampleAnnotation(*doc, types.first().id, 4 * i, 4 * i + 3));
    }
    return path;
}

void TestSchemaVerifier::createdProject_matchesTheCurrentVersion()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    const QString name = sql::uniqueConnectionName(QStringLiteral("t"));
    {
        Result<QSqlDatabase> db = sql::Connection::open(path, name, sql::Connection::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(db.error()));
        const SchemaVerifier verifier;
        const Status s = verifier.verify(db.value(), Schema::CurrentVersion);
        QVERIFY2(s, qPrintable(s.error()));
        // The same file is not what version 1 was.
        QVERIFY(!verifier.verify(db.value(), 1));
    }
    sql::Connection::close(name);
}

void TestSchemaVerifier::eachVersion_isBuiltFromTheStepsAndDiffersFromTheNext()
{
    const SchemaVerifier verifier;
    QCOMPARE(verifier.newestVersion(), Schema::CurrentVersion);
    QVERIFY(verifier.expected(0).isEmpty());
    QVERIFY(verifier.expected(Schema::CurrentVersion + 1).isEmpty());
    for (int v = 1; v <= Schema::CurrentVersion; ++v) {
        const SchemaVerifier::Objects objects = verifier.expected(v);
        QVERIFY(objects.contains(QStringLiteral("annotations")));
        QCOMPARE(objects.value(QStringLiteral("annotations")).type, QStringLiteral("table"));
        QVERIFY(objects.value(QStringLiteral("annotations_by_document")).sql.startsWith(QStringLiteral("CREATE INDEX")));
        if (v > 1)
            QVERIFY(objects != verifier.expected(v - 1));
    }
    QVERIFY(!verifier.expected(1).contains(QStringLiteral("document_notes")));
    QVERIFY(verifier.expected(2).contains(QStringLiteral("document_notes")));
}

void TestSchemaVerifier::statisticsTable_fromPragmaOptimize_isAccepted()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    QVERIFY(runSql(path, {QStringLiteral("ANALYZE")}));
    ProjectStore store;
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.annotations().size(), 5);
}

void TestSchemaVerifier::tamperedSchema_isRefusedByOpenAndTheFileStaysByteIdentical_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addColumn<QString>("reason");
    const auto rows = [](const char *name, QStringList sql, const QString &reason) {
        QTest::newRow(name) << sql << reason;
    };
    rows("trigger that wipes documents (trig_wipe)",
         {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON documents BEGIN DELETE FROM documents WHERE id <> NEW.id; "
                         "END")},
         QStringLiteral("it contains a trigger (\"t\")"));
    rows("trigger on a repair (open_trigger)",
         {QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON annotations BEGIN DELETE FROM documents; END")},
         QStringLiteral("it contains a trigger (\"t\")"));
    rows("trigger that never ends (trig_hang)",
         {QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON documents BEGIN SELECT count(*) FROM (WITH RECURSIVE "
                         "c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c); END")},
         QStringLiteral("it contains a trigger (\"t\")"));
    rows("view in place of a table (view_hang)",
         {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("ALTER TABLE documents RENAME TO docs_real"),
          QStringLiteral("CREATE VIEW documents AS SELECT * FROM docs_real WHERE (SELECT count(*) FROM (WITH "
                         "RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c)) > 0")},
         QStringLiteral("it contains a view (\"documents\")"));
    rows("extra table", {QStringLiteral("CREATE TABLE leak (v)")},
         QStringLiteral("it contains a table (\"leak\")"));
    rows("extra index", {QStringLiteral("CREATE INDEX by_note ON annotations(note)")},
         QStringLiteral("it contains an index (\"by_note\")"));
    rows("extra column", {QStringLiteral("ALTER TABLE annotations ADD COLUMN evil BLOB")},
         QStringLiteral("its table \"annotations\" is not defined as in schema version %1").arg(Schema::CurrentVersion));
    rows("missing index", {QStringLiteral("DROP INDEX annotations_by_type")},
         QStringLiteral("its index \"annotations_by_type\" is missing"));
    rows("constraint dropped by rebuilding the table",
         {QStringLiteral("PRAGMA foreign_keys = OFF"),
          QStringLiteral("CREATE TABLE c2 AS SELECT * FROM claim_types"), QStringLiteral("DROP TABLE claim_types"),
          QStringLiteral("ALTER TABLE c2 RENAME TO claim_types")},
         QStringLiteral("its table \"claim_types\" is not defined"));
    rows("virtual table", {QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(body)")},
         QStringLiteral("it contains a table (\"search"));
    QStringList many;
    for (int i = 0; i < 300; ++i)
        many.append(QStringLiteral("CREATE TABLE t%1 (x)").arg(i));
    rows("hundreds of tables", many, QStringLiteral("far more tables and indexes than a project has"));
}

void TestSchemaVerifier::tamperedSchema_isRefusedByOpenAndTheFileStaysByteIdentical()
{
    QFETCH(QStringList, tampering);
    QFETCH(QString, reason);
    const QString path = makeProject(QStringLiteral("p.ktk"));
    QVERIFY(runSql(path, tampering));
    const FileFingerprint before = FileFingerprint::of(path);
    QTest::qSleep(20);   // a write would now show in the modification time

    ProjectStore store;
    const auto r = store.open(path);
    QCOMPARE(r.error, ProjectStore::OpenError::Unsafe);
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    QVERIFY(!store.isOpen());
    QVERIFY(FileFingerprint::of(path) == before);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestSchemaVerifier::everyConnectionMode_isHardened()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    using Mode = sql::Connection::Mode;
    for (const Mode mode : {Mode::ReadWrite, Mode::ReadOnly, Mode::MainFileOnly}) {
        const QString name = sql::uniqueConnectionName(QStringLiteral("t"));
        {
            Result<QSqlDatabase> db = sql::Connection::open(path, name, mode);
            QVERIFY2(db, qPrintable(db.error()));
            const sql::Connection::Safety safety = sql::Connection::safetyOf(db.value());
            QVERIFY(safety.defensive);
            QVERIFY(!safety.trustedSchema);
            QVERIFY(!safety.triggers);
            QVERIFY(!safety.views);
            // Defensive mode: the schema cannot be rewritten through SQL.
            QSqlQuery q(db.value());
            q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
            QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'documents'")));
        }
        sql::Connection::close(name);
    }
}

void TestSchemaVerifier::storeConnection_isHardened()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    ProjectStore store;
    QVERIFY(store.open(path).ok());
    QStringList storeConnections;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("ktk-store-")))
            storeConnections.append(name);
    }
    QCOMPARE(storeConnections.size(), 1);
    const QSqlDatabase db = QSqlDatabase::database(storeConnections.first(), false);
    QVERIFY(sql::Connection::safetyOf(db).isHardened());
    // And it stays so after the store has written.
    QVERIFY(store.addDocument(sampleDocument()));
    QVERIFY(sql::Connection::safetyOf(db).isHardened());
}

// The schema check happens at open; another process could still add a
// trigger afterwards. The store's connection does not run it.
void TestSchemaVerifier::triggerAddedBehindTheStoresBack_neverFires()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    ProjectStore store;
    QVERIFY(store.open(path).ok());
    QVERIFY(runSql(path, {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON documents BEGIN DELETE FROM documents "
                                         "WHERE id <> NEW.id; UPDATE annotations SET note = 'tampered'; END")}));
    QVERIFY(store.addDocument(sampleDocument(QStringLiteral("new"))));
    QCOMPARE(store.documents().size(), 2);
    for (const Annotation &a : store.annotations())
        QVERIFY(a.note != QStringLiteral("tampered"));
}

void TestSchemaVerifier::viewAddedBehindTheStoresBack_cannotBeRead()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    QVERIFY(runSql(path, {QStringLiteral("CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                         "SELECT x+1 FROM c) SELECT x FROM c")}));
    const QString name = sql::uniqueConnectionName(QStringLiteral("t"));
    {
        Result<QSqlDatabase> db = sql::Connection::open(path, name, sql::Connection::Mode::ReadOnly);
        QVERIFY(db);
        QSqlQuery q(db.value());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM forever")));
    }
    sql::Connection::close(name);
}

void TestSchemaVerifier::statementTimeLimit_stopsAQueryThatWouldNeverEnd()
{
    const QString path = makeProject(QStringLiteral("p.ktk"));
    const QString name = sql::uniqueConnectionName(QStringLiteral("t"));
    {
        Result<QSqlDatabase> db = sql::Connection::open(path, name, sql::Connection::Mode::ReadOnly);
        QVERIFY(db);
        QSqlQuery q(db.value());
        {
            const sql::StatementTimeLimit limit(db.value(), 200);
            QVERIFY(!q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                                           "SELECT count(*) FROM c")));
            QVERIFY(limit.hasExpired());
        }
        // Once the limit is gone, statements run as before.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    sql::Connection::close(name);
}

QTEST_GUILESS_MAIN(TestSchemaVerifier)
#include "tst_schemaverifier.moc"
