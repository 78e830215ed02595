// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "store/projectfilecheck.h"
#include "store/schema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;
using namespace ktk::testutil;

namespace {

const QString SampleText = QStringLiteral("Het kabinet verhoogt de belasting.");

// A raw connection, as an older Kanttekening would have had.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << sql << q.lastError().text();
        return !q.lastError().isValid();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    QStringList schema()
    {
        QSqlQuery q(m_db);
        QStringList sql;
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (q.next())
            sql.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString());
        return sql;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

Anchor sampleAnchor()
{
    return Anchor::forText(TextSelector::fromRange(SampleText, 4, 11));
}

// Data written the way a file of that version holds it, with that version's
// SQL, right after the step that made that version. A new schema version may
// add a case with rows that use what it added.
bool insertSampleData(RawDb &raw, int version)
{
    switch (version) {
    case 1:
        return raw.exec(QStringLiteral("INSERT INTO documents (id, title, source_url, author, published_on, language,"
                                       " format, file_name, imported_at, sort_order, original_bytes, canonical_text)"
                                       " VALUES (1, 'Belastingplan', 'https://example.org/a', 'Redactie',"
                                       " '2025-09-16', 'nl', 'html', 'a.html', '2026-01-02T03:04:05.678Z', 1,"
                                       " X'3c703e00ff', ?)"),
                        {SampleText})
               && raw.exec(QStringLiteral("INSERT INTO claim_types VALUES (1, 'Factual claim', 'factual',"
                                          " 'Checkable.', '#5b9bd5', '1', 1)"))
               && raw.exec(QStringLiteral("INSERT INTO annotations (id, document_id, type_id, anchor, quote,"
                                          " start_pos, end_pos, page, position_key, note, claimant, status, created,"
                                          " modified, author) VALUES (7, 1, 1, ?, 'kabinet', 4, 11, NULL, 4,"
                                          " 'Welk kabinet?', 'NOS', 'disputed', '2026-02-03T10:11:12.345Z',"
                                          " '2026-02-04T09:08:07.006Z', 'anna')"),
                           {sampleAnchor().toJson()})
               && raw.exec(QStringLiteral("INSERT INTO tags VALUES (1, 'Belasting', 'belasting')"))
               && raw.exec(QStringLiteral("INSERT INTO annotation_tags VALUES (7, 1)"))
               && raw.exec(QStringLiteral("INSERT INTO settings VALUES ('language', 'nl')"));
    default:
        return true;
    }
}

// What every version's sample data must read back as, once migrated.
void verifySampleData(const ProjectStore &store)
{
    const auto doc = store.document(1);
    QVERIFY(doc);
    QCOMPARE(doc->meta.title, QStringLiteral("Belastingplan"));
    QCOMPARE(doc->meta.publishedOn, QDate(2025, 9, 16));
    QCOMPARE(doc->format, SourceFormat::Html);
    QCOMPARE(doc->originalBytes, QByteArray("<p>\0\xff", 5));
    QCOMPARE(doc->canonicalText, SampleText);
    QCOMPARE(store.claimType(1)->builtinKey, QStringLiteral("factual"));
    QCOMPARE(store.claimType(1)->colour, QColor(QStringLiteral("#5b9bd5")));
    const auto a = store.annotation(7);
    QVERIFY(a);
    QCOMPARE(a->anchor, sampleAnchor());
    QCOMPARE(a->quote(), QStringLiteral("kabinet"));
    QCOMPARE(a->note, QStringLiteral("Welk kabinet?"));
    QCOMPARE(a->claimant, QStringLiteral("NOS"));
    QCOMPARE(a->status, VerificationStatus::Disputed);
    QCOMPARE(a->tags, QStringList{QStringLiteral("Belasting")});
    QCOMPARE(a->created, QDateTime(QDate(2026, 2, 3), QTime(10, 11, 12, 345), Qt::UTC));
    QCOMPARE(a->author, QStringLiteral("anna"));
    QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("nl"));
}

SchemaStep extraStep()
{
    return {QStringLiteral("an extra column for this test"), [](QSqlDatabase &db) {
                return Schema::execAll(db, {QStringLiteral("ALTER TABLE annotations ADD COLUMN test_extra"
                                                           " INTEGER NOT NULL DEFAULT 50")});
            }};
}

// Does real work first, then fails: all of it must be undone.
SchemaStep failingStep()
{
    return {QStringLiteral("a step that breaks"), [](QSqlDatabase &db) {
                return Schema::execAll(db, {QStringLiteral("CREATE TABLE half_done (x)"),
                                            QStringLiteral("UPDATE documents SET title = 'overwritten'"),
                                            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y")});
            }};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

public:
    // Builds a file at `version` as users got theirs: each real step in
    // turn, with each version's sample data written while it was current.
    static bool buildAtVersion(const QString &path, int version)
    {
        RawDb raw(path);
        if (!raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return false;
        for (int v = 1; v <= version; ++v) {
            const Status s = SchemaMigrator(Schema::steps().mid(0, v))
                                 .migrate(raw.db(), v == 1 ? SchemaMigrator::From::NewFile
                                                           : SchemaMigrator::From::ExistingFile);
            if (!s) {
                qWarning() << s.error();
                return false;
            }
            if (!insertSampleData(raw, v))
                return false;
        }
        return true;
    }

private slots:
    void init();
    void cleanup();

    void steps_matchTheCurrentVersion();
    void create_runsTheSameStepsAsAMigrationFromZero();
    void releasedStepOne_stillBuildsTheSchemaOfTheCommittedFixture();
    void committedVersion1File_opensWithItsData();
    void version1File_afterMigration_keepsDocumentNotes();
    void version2File_afterMigration_takesPdfDocumentsWithPages();
    void open_fileOfEveryEarlierVersion_migratesAndKeepsData();
    void open_olderFile_backsUpMigratesWithExtraStepAndKeepsData();
    void open_failingStep_rollsBackAndLeavesFileByteForByteUnchanged();
    void migrate_failingStep_undoesEarlierStepsOfTheSameRun();
    void migrate_stepLeavingDanglingReferences_isRolledBack();
    void open_fileMigratedByANewerBuild_isRefusedAsNewer();
    void backup_neverOverwritesAnEarlierBackup();

private:
    QString fixtureCopy();
    QTemporaryDir *m_dir = nullptr;
};

void TestMigrations::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

// Opening writes to a file, so tests open a copy, never the fixture itself.
QString TestMigrations::fixtureCopy()
{
    const QString copy = m_dir->filePath(QStringLiteral("fixture.ktk"));
    QFile::copy(QStringLiteral(KTK_TEST_DATA "/store/project-v1.ktk"), copy);
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestMigrations::steps_matchTheCurrentVersion()
{
    const QVector<SchemaStep> steps = Schema::steps();
    QCOMPARE(int(steps.size()), Schema::CurrentVersion);
    for (const SchemaStep &step : steps) {
        QVERIFY(!step.summary.isEmpty());
        QVERIFY(bool(step.apply));
    }
    QCOMPARE(SchemaMigrator().targetVersion(), Schema::CurrentVersion);
}

void TestMigrations::create_runsTheSameStepsAsAMigrationFromZero()
{
    const QString created = m_dir->filePath(QStringLiteral("created.ktk"));
    const QString migrated = m_dir->filePath(QStringLiteral("migrated.ktk"));
    {
        ProjectStore store;
        QVERIFY(store.create(created).ok());
    }
    RawDb raw(migrated);
    QVERIFY(SchemaMigrator().migrate(raw.db(), SchemaMigrator::From::NewFile));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toUInt(), ProjectStore::ApplicationId);
    RawDb made(created);
    QCOMPARE(made.schema(), raw.schema());
    QVERIFY(raw.schema().size() >= 8);
}

// Step 1 is released: editing it in place would change what "version 1"
// means for files already on users' disks.
void TestMigrations::releasedStepOne_stillBuildsTheSchemaOfTheCommittedFixture()
{
    const QString built = m_dir->filePath(QStringLiteral("built.ktk"));
    QVERIFY(buildAtVersion(built, 1));
    RawDb fixture(fixtureCopy());
    RawDb fresh(built);
    QCOMPARE(fresh.schema(), fixture.schema());
}

// Version 2 added notes on documents: a migrated file has none yet, takes
// one, and keeps it after reopening.
void TestMigrations::version1File_afterMigration_keepsDocumentNotes()
{
    const QString path = fixtureCopy();
    ProjectStore store;
    QVERIFY(store.open(path).ok());
    const QVector<DocumentSummary> docs = store.documents();
    QVERIFY(!docs.isEmpty());
    QCOMPARE(docs.first().meta.note, QString());
    DocumentMeta meta = docs.first().meta;
    meta.note = QStringLiteral("Bron nagaan: de cijfers komen uit 2019.");
    QVERIFY(store.updateDocumentMeta(docs.first().id, meta).ok());
    store.close();
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.document(docs.first().id)->meta.note, meta.note);
    QCOMPARE(store.documents().first().meta.note, meta.note);
    // Clearing the note leaves no row behind.
    meta.note.clear();
    QVERIFY(store.updateDocumentMeta(docs.first().id, meta).ok());
    QCOMPARE(store.document(docs.first().id)->meta.note, QString());
}

// Version 3 added PDF documents: a migrated file takes one with its pages
// and keeps them after reopening, next to what it held.
void TestMigrations::version2File_afterMigration_takesPdfDocumentsWithPages()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.ktk"));
    QVERIFY(buildAtVersion(path, 2));
    ProjectStore store;
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.pdfDocumentsWithoutText(), QVector<DocumentId>());
    Document pdf;
    pdf.format = SourceFormat::Pdf;
    pdf.meta.title = QStringLiteral("Kamervragen");
    pdf.originalBytes = QByteArray("%PDF-1.4\n");
    pdf.pageCount = 1;
    pdf.canonicalText = QStringLiteral("Vraag 1");
    pdf.pages = {{0, QSizeF(595, 842), 0, 7}};
    const auto id = store.addDocument(pdf);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    store.close();
    QVERIFY(store.open(path).ok());
    verifySampleData(store);
    QCOMPARE(store.document(*id)->pages, pdf.pages);
    QCOMPARE(store.document(*id)->pageCount, 1);
}

void TestMigrations::committedVersion1File_opensWithItsData()
{
    const QString path = fixtureCopy();
    QCOMPARE(ProjectFileCheck::check(path).userVersion, 1);
    ProjectStore store;
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
    verifySampleData(store);
}

void TestMigrations::open_fileOfEveryEarlierVersion_migratesAndKeepsData()
{
    for (int version = 1; version < Schema::CurrentVersion; ++version) {
        const QString path = m_dir->filePath(QStringLiteral("v%1.ktk").arg(version));
        QVERIFY(buildAtVersion(path, version));
        QCOMPARE(ProjectFileCheck::check(path).userVersion, version);
        ProjectStore store;
        const auto r = store.open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
        verifySampleData(store);
        QCOMPARE(store.migrationBackupPath(), path + QStringLiteral(".v%1.bak").arg(version));
        store.close();
        QCOMPARE(ProjectFileCheck::check(path).userVersion, Schema::CurrentVersion);
    }
}

void TestMigrations::open_olderFile_backsUpMigratesWithExtraStepAndKeepsData()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    ProjectStore store;
    store.setSchemaSteps(Schema::steps() << extraStep());
    const auto r = store.open(path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.schemaVersion(), Schema::CurrentVersion + 1);
    const QString backup = path + QStringLiteral(".v%1.bak").arg(Schema::CurrentVersion);
    QCOMPARE(store.migrationBackupPath(), backup);
    verifySampleData(store);
    QVERIFY(store.addAnnotation(sampleAnnotation(1, 1, 0, 3)));   // still writable
    store.close();

    QCOMPARE(ProjectFileCheck::check(path, Schema::CurrentVersion + 1).userVersion, Schema::CurrentVersion + 1);
    {
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT test_extra FROM annotations WHERE id = 7")).toInt(), 50);
    }
    // The backup is the file as it was, and opens with this version.
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(ProjectFileCheck::check(backup).userVersion, Schema::CurrentVersion);
    const QString backupCopy = m_dir->filePath(QStringLiteral("restored.ktk"));
    QVERIFY(QFile::copy(backup, backupCopy));
    ProjectStore restored;
    QVERIFY(restored.open(backupCopy).ok());
    verifySampleData(restored);
    QCOMPARE(restored.annotations().size(), 1);
}

void TestMigrations::open_failingStep_rollsBackAndLeavesFileByteForByteUnchanged()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    const FileFingerprint before = FileFingerprint::of(path);
    QTest::qSleep(20);

    ProjectStore store;
    store.setSchemaSteps(Schema::steps() << extraStep() << failingStep());
    const auto r = store.open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, ProjectStore::OpenError::Io);
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("a step that breaks")), qPrintable(r.message));
    QVERIFY(!store.isOpen());
    QVERIFY(FileFingerprint::of(path) == before);
    QCOMPARE(sidecarsOf(path), QStringList());

    ProjectStore plain;
    QVERIFY(plain.open(path).ok());
    verifySampleData(plain);
}

void TestMigrations::migrate_failingStep_undoesEarlierStepsOfTheSameRun()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    RawDb raw(path);
    QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const Status s = SchemaMigrator(Schema::steps() << extraStep() << failingStep()).migrate(raw.db(), SchemaMigrator::From::ExistingFile);
    QVERIFY(!s);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    const QString schema = raw.schema().join(u'\n');
    QVERIFY(schema.contains(QStringLiteral("CREATE TABLE annotations")));
    QVERIFY(!schema.contains(QStringLiteral("test_extra")));
    QVERIFY(!schema.contains(QStringLiteral("half_done")));
    QCOMPARE(raw.value(QStringLiteral("SELECT title FROM documents")).toString(), QStringLiteral("Belastingplan"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);   // restored
}

void TestMigrations::migrate_stepLeavingDanglingReferences_isRolledBack()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    const SchemaStep careless{QStringLiteral("drops documents"), [](QSqlDatabase &db) {
                                  return Schema::execAll(db, {QStringLiteral("DELETE FROM documents")});
                              }};
    RawDb raw(path);
    const Status s = SchemaMigrator(Schema::steps() << careless).migrate(raw.db(), SchemaMigrator::From::ExistingFile);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("annotations")), qPrintable(s.error()));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
}

void TestMigrations::open_fileMigratedByANewerBuild_isRefusedAsNewer()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    {
        RawDb raw(path);
        QVERIFY(SchemaMigrator(Schema::steps() << extraStep()).migrate(raw.db(), SchemaMigrator::From::ExistingFile));
    }
    const FileFingerprint before = FileFingerprint::of(path);
    ProjectStore store;
    const auto r = store.open(path);
    QCOMPARE(r.error, ProjectStore::OpenError::NewerSchema);
    QVERIFY(FileFingerprint::of(path) == before);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestMigrations::backup_neverOverwritesAnEarlierBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(buildAtVersion(path, Schema::CurrentVersion));
    const QString earlier = path + QStringLiteral(".v%1.bak").arg(Schema::CurrentVersion);
    QFile f(earlier);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("an older backup the user keeps");
    f.close();

    ProjectStore store;
    store.setSchemaSteps(Schema::steps() << extraStep());
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.migrationBackupPath(), path + QStringLiteral(".v%1-2.bak").arg(Schema::CurrentVersion));
    QVERIFY(QFileInfo::exists(store.migrationBackupPath()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("an older backup the user keeps"));
}

// `tst_migrations --write-v1-fixture <path>` wrote tests/data/store/project-v1.ktk
// while schema 1 was current. Never regenerate it: it stands for the files
// users made with that release.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-v1-fixture") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        if (!TestMigrations::buildAtVersion(path, 1))
            return 1;
        RawDb raw(path);
        return raw.exec(QStringLiteral("VACUUM")) ? 0 : 1;
    }
    TestMigrations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrations.moc"
