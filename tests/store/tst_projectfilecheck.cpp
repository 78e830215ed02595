// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignfiles.h"
#include "storetestutil.h"

#include "store/projectfilecheck.h"
#include "store/schema.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;
using namespace ktk::testutil;

// Files ProjectStore::open() must refuse, each left exactly as it was.
class TestProjectFileCheck : public QObject
{
    Q_OBJECT

public:
    enum class Make {
        Missing, Folder, Empty, TooShort, TextFile, RandomBytes, ForeignSqlite, OtherApplicationId,
        TruncatedProject, NewerSchema, DamagedPage
    };
    Q_ENUM(Make)

private slots:
    void init();
    void cleanup();

    void open_refusesAndLeavesFileUnchanged_data();
    void open_refusesAndLeavesFileUnchanged();
    void check_validProject_reportsItsVersionAndApplicationId();
    void check_olderBuildReadingThisProject_reportsNewerSchema();
    void open_validProject_succeedsAfterTheChecks();

private:
    QString makeProject(const QString &name);
    QString make(Make kind);
    static void runSql(const QString &path, const QStringList &statements);

    QTemporaryDir *m_dir = nullptr;
};

void TestProjectFileCheck::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestProjectFileCheck::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

// A real project with a document and a few claims, closed cleanly.
QString TestProjectFileCheck::makeProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    ProjectStore store;
    if (!store.create(path).ok())
        return {};
    const DocumentId doc = store.addDocument(sampleDocument()).value();
    for (int i = 0; i < 40; ++i)
        store.addAnnotation(sampleAnnotation(doc, store.claimTypes().at(i % 7).id, i, i + 5));
    return path;
}

void TestProjectFileCheck::runSql(const QString &path, const QStringList &statements)
{
    QVERIFY(testutil::runSql(path, statements));
}

QString TestProjectFileCheck::make(Make kind)
{
    const QString path = m_dir->filePath(QStringLiteral("case.ktk"));
    auto write = [&](const QByteArray &bytes) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    };
    switch (kind) {
    case Make::Missing:
        break;
    case Make::Folder:
        QDir(m_dir->path()).mkdir(QStringLiteral("case.ktk"));
        break;
    case Make::Empty:
        write({});
        break;
    case Make::TooShort:
        write(QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\0'));
        break;
    case Make::TextFile:
        write(QByteArray("Dit is een notitie, geen project.\n").repeated(30));
        break;
    case Make::RandomBytes: {
        QRandomGenerator random(20260101);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        write(bytes);
        break;
    }
    case Make::ForeignSqlite:
        runSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('Jan', '06-12345678')")});
        break;
    case Make::OtherApplicationId:
        runSql(path, {QStringLiteral("PRAGMA application_id = 1196444237"),   // "GPKG", a GeoPackage
                      QStringLiteral("PRAGMA user_version = 1"), QStringLiteral("CREATE TABLE t (x)")});
        break;
    case Make::TruncatedProject: {
        const QString project = makeProject(QStringLiteral("case.ktk"));
        QFile f(project);
        f.resize(f.size() / 2);
        break;
    }
    case Make::NewerSchema:
        makeProject(QStringLiteral("case.ktk"));
        runSql(path, {QStringLiteral("PRAGMA user_version = 999")});
        break;
    case Make::DamagedPage: {
        makeProject(QStringLiteral("case.ktk"));
        // Page 2 is the documents table's root: scribble over all of it, as a
        // failing disk or a bad copy would, and leave the header alone.
        QFile f(path);
        if (f.open(QIODevice::ReadWrite) && f.seek(4096))
            f.write(QByteArray(4096, char(0xA5)));
        break;
    }
    }
    return path;
}

void TestProjectFileCheck::open_refusesAndLeavesFileUnchanged_data()
{
    QTest::addColumn<Make>("kind");
    QTest::addColumn<ProjectStore::OpenError>("expected");
    QTest::addColumn<QString>("reason");
    using E = ProjectStore::OpenError;
    QTest::newRow("missing") << Make::Missing << E::NotFound << QStringLiteral("does not exist");
    QTest::newRow("folder") << Make::Folder << E::NotAProject << QStringLiteral("is a folder");
    QTest::newRow("empty") << Make::Empty << E::NotAProject << QStringLiteral("not a database file");
    QTest::newRow("too short") << Make::TooShort << E::NotAProject << QStringLiteral("not a database file");
    QTest::newRow("text file") << Make::TextFile << E::NotAProject << QStringLiteral("not a database file");
    QTest::newRow("random bytes") << Make::RandomBytes << E::NotAProject << QStringLiteral("not a database file");
    QTest::newRow("foreign SQLite database") << Make::ForeignSqlite << E::NotAProject
                                             << QStringLiteral("is not a Kanttekening project");
    QTest::newRow("other application id") << Make::OtherApplicationId << E::NotAProject
                                          << QStringLiteral("is not a Kanttekening project");
    QTest::newRow("truncated project") << Make::TruncatedProject << E::Corrupt << QStringLiteral("is damaged");
    QTest::newRow("newer schema") << Make::NewerSchema << E::NewerSchema
                                  << QStringLiteral("was made by a newer version of Kanttekening (schema 999); "
                                                    "this version reads up to %1")
                                         .arg(Schema::CurrentVersion);
    QTest::newRow("damaged page") << Make::DamagedPage << E::Corrupt
                                  << QStringLiteral("is damaged and cannot be opened safely");
}

void TestProjectFileCheck::open_refusesAndLeavesFileUnchanged()
{
    QFETCH(Make, kind);
    QFETCH(ProjectStore::OpenError, expected);
    QFETCH(QString, reason);
    const QString path = make(kind);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(sidecarsOf(path), QStringList());
    const FileFingerprint before = FileFingerprint::of(path);
    QTest::qSleep(20);   // a write would now show in the modification time

    ProjectStore store;
    const ProjectStore::OpenResult result = store.open(path);
    QCOMPARE(result.error, expected);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QVERIFY(!store.isOpen());
    QVERIFY(FileFingerprint::of(path) == before);
    QCOMPARE(sidecarsOf(path), QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral(".bak")), QStringList());
}

void TestProjectFileCheck::check_validProject_reportsItsVersionAndApplicationId()
{
    const QString path = makeProject(QStringLiteral("good.ktk"));
    const ProjectFileCheck::Outcome outcome = ProjectFileCheck::check(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.verdict, ProjectFileCheck::Verdict::Ok);
    QCOMPARE(outcome.userVersion, Schema::CurrentVersion);
    QCOMPARE(outcome.applicationId, ProjectStore::ApplicationId);
    QVERIFY(outcome.message.isEmpty());
}

void TestProjectFileCheck::check_olderBuildReadingThisProject_reportsNewerSchema()
{
    const QString path = makeProject(QStringLiteral("good.ktk"));
    const ProjectFileCheck::Outcome outcome = ProjectFileCheck::check(path, Schema::CurrentVersion - 1);
    QCOMPARE(outcome.verdict, ProjectFileCheck::Verdict::NewerSchema);
    QVERIFY2(outcome.message.contains(QStringLiteral("reads up to %1").arg(Schema::CurrentVersion - 1)),
             qPrintable(outcome.message));
}

void TestProjectFileCheck::open_validProject_succeedsAfterTheChecks()
{
    const QString path = makeProject(QStringLiteral("good.ktk"));
    ProjectStore store;
    const ProjectStore::OpenResult result = store.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, ProjectStore::OpenError::None);
    QCOMPARE(store.annotations().size(), 40);
    QCOMPARE(store.migrationBackupPath(), QString());
}

QTEST_GUILESS_MAIN(TestProjectFileCheck)
#include "tst_projectfilecheck.moc"
