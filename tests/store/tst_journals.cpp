// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignfiles.h"
#include "storetestutil.h"

#include "store/projectfileguard.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace ktk;
using namespace ktk::testutil;

// Journals beside a project: SQLite replays whatever -wal or hot -journal it
// finds next to a file. The project's own WAL (left by a crash, or by a
// checkpoint that ran out of disk) must be replayed; one that belongs to
// another database, or to another copy of the project, must not be.
class TestJournals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ownWalLeftByACrash_isReplayed();
    void checkpointCutShortByAFullDisk_opensWithEveryDocument();
    void foreignWal_isSetAsideAndTheProjectOpensUnchanged();
    void foreignHotJournal_isSetAsideAndTheProjectOpensUnchanged();
    void walOfAnEarlierCopy_isSetAsideWhenItWouldDamageTheProject();
    void walThatWouldAddATrigger_isSetAside();
    void foreignWalBesideADamagedProject_isRefusedAndEveryNameStays();
    void foreignDatabaseInPlaceOfTheProject_isNeverMigratedFromVersionZero();

private:
    // A project with `documents` documents, closed cleanly.
    QString makeProject(const QString &name, int documents);
    // The project's files as they are on disk while `writes` runs on an
    // open connection that never checkpoints: what a crash leaves behind.
    QString crashImage(const QString &project, const QString &folder, const std::function<void(QSqlQuery &)> &writes);
    static int documentCount(const QString &path);
    static QByteArray bytesOf(const QString &path);

    QTemporaryDir *m_dir = nullptr;
};

void TestJournals::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestJournals::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestJournals::makeProject(const QString &name, int documents)
{
    const QString path = m_dir->filePath(name);
    ProjectStore store;
    if (!store.create(path).ok())
        return {};
    for (int i = 0; i < documents; ++i)
        store.addDocument(sampleDocument(QStringLiteral("Document %1").arg(i)));
    return path;
}

QString TestJournals::crashImage(const QString &project, const QString &folder,
                                 const std::function<void(QSqlQuery &)> &writes)
{
    QDir(m_dir->path()).mkpath(folder);
    const QString copy = m_dir->filePath(folder + u'/' + QFileInfo(project).fileName());
    const QString name = sql::uniqueConnectionName(QStringLiteral("writer"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            writes(q);
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::copy(project + QLatin1String(suffix), copy + QLatin1String(suffix));
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return copy;
}

int TestJournals::documentCount(const QString &path)
{
    ProjectStore store;
    const auto r = store.open(path);
    if (!r.ok()) {
        qWarning() << r.message;
        return -1;
    }
    return int(store.documents().size());
}

QByteArray TestJournals::bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows written the way ProjectStore writes them, on a connection of the test's.
static void insertDocuments(QSqlQuery &q, int count)
{
    q.prepare(QStringLiteral("INSERT INTO documents (title, format, imported_at, canonical_text) VALUES (?, 'txt', "
                             "'2026-01-01T00:00:00.000Z', ?)"));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(QStringLiteral("Crash %1").arg(i));
        q.addBindValue(QString(20000, QChar(u'a' + i % 26)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestJournals::ownWalLeftByACrash_isReplayed()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 3);
    const QString image = crashImage(project, QStringLiteral("crash"), [](QSqlQuery &q) { insertDocuments(q, 20); });
    QVERIFY(QFileInfo(image + QStringLiteral("-wal")).size() > 0);

    ProjectStore store;
    const auto r = store.open(image);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.notices, QStringList());
    QCOMPARE(store.documents().size(), 23);
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("crash"))).entryList({QStringLiteral("*stray*")}), QStringList());
}

// fullfs/repro.sh: the checkpoint wrote page 1 (with the new page count) and
// then the disk was full. The main file is shorter than its header says, and
// everything is still in the WAL.
void TestJournals::checkpointCutShortByAFullDisk_opensWithEveryDocument()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 2);
    const QString image = crashImage(project, QStringLiteral("full"), [](QSqlQuery &q) { insertDocuments(q, 30); });
    const QByteArray wal = bytesOf(image + QStringLiteral("-wal"));
    QVERIFY(wal.size() > 32);
    const quint32 pageSize = qFromBigEndian<quint32>(wal.constData() + 8);
    QByteArray page1;
    for (qsizetype frame = 32; frame + 24 + pageSize <= quint32(wal.size()); frame += 24 + pageSize) {
        if (qFromBigEndian<quint32>(wal.constData() + frame) == 1)
            page1 = wal.mid(frame + 24, pageSize);
    }
    QCOMPARE(quint32(page1.size()), pageSize);
    {
        QFile main(image);
        QVERIFY(main.open(QIODevice::ReadWrite));
        const quint32 pages = qFromBigEndian<quint32>(page1.constData() + 28);
        QVERIFY2(qint64(pages) * pageSize > main.size(), "the WAL must grow the file for this test");
        QCOMPARE(main.write(page1), qint64(pageSize));
    }

    QCOMPARE(documentCount(image), 32);
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

static QStringList straysIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.stray-*")}, QDir::Files);
}

void TestJournals::foreignWal_isSetAsideAndTheProjectOpensUnchanged()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 7);
    const QByteArray wal = foreignWal(m_dir->path());
    QVERIFY(wal.size() > 100000);
    QVERIFY(writeFile(project + QStringLiteral("-wal"), wal));
    const QByteArray before = bytesOf(project);

    ProjectStore store;
    const auto r = store.open(project);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.documents().size(), 7);
    QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(bytesOf(project), before);
    QCOMPARE(r.notices.size(), 1);
    QVERIFY2(r.notices.first().contains(QDir::toNativeSeparators(project + QStringLiteral("-wal"))),
             qPrintable(r.notices.first()));
    // Set aside, not deleted: the bytes are all still there under a new name.
    const QStringList strays = straysIn(m_dir->path());
    QCOMPARE(strays.size(), 1);
    QVERIFY(strays.first().startsWith(QStringLiteral("p.ktk-wal.stray-")));
    QCOMPARE(bytesOf(m_dir->filePath(strays.first())), wal);
    QVERIFY2(r.notices.first().contains(strays.first()), qPrintable(r.notices.first()));
    QVERIFY(store.addDocument(sampleDocument(QStringLiteral("after"))));
    store.close();
    QCOMPARE(documentCount(project), 8);
}

void TestJournals::foreignHotJournal_isSetAsideAndTheProjectOpensUnchanged()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 7);
    const QByteArray journal = foreignHotJournal(m_dir->path());
    QVERIFY(journal.size() > 100000);
    QVERIFY(writeFile(project + QStringLiteral("-journal"), journal));
    const QByteArray before = bytesOf(project);

    ProjectStore store;
    const auto r = store.open(project);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.documents().size(), 7);
    QCOMPARE(bytesOf(project), before);
    QCOMPARE(r.notices.size(), 1);
    QVERIFY2(r.notices.first().contains(QStringLiteral("rollback journal")), qPrintable(r.notices.first()));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral("-journal")));
    const QStringList strays = straysIn(m_dir->path());
    QCOMPARE(strays.size(), 1);
    QCOMPARE(bytesOf(m_dir->filePath(strays.first())), journal);
}

// Someone restores p.ktk alone from an old copy while the -wal of a later
// state is still beside it.
void TestJournals::walOfAnEarlierCopy_isSetAsideWhenItWouldDamageTheProject()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 3);
    const QByteArray oldCopy = bytesOf(project);
    {
        ProjectStore store;
        QVERIFY(store.open(project).ok());
        for (int i = 0; i < 40; ++i)
            QVERIFY(store.addDocument(sampleDocument(QStringLiteral("Later %1").arg(i))));
    }
    const QString image = crashImage(project, QStringLiteral("later"), [](QSqlQuery &q) {
        q.exec(QStringLiteral("DELETE FROM documents WHERE title LIKE 'Later 1%'"));
        insertDocuments(q, 10);
    });
    QVERIFY(writeFile(image, oldCopy));

    ProjectStore store;
    const auto r = store.open(image);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store.documents().size(), 3);
    QCOMPARE(r.notices.size(), 1);
    QCOMPARE(straysIn(QFileInfo(image).path()).filter(QStringLiteral("-wal.stray-")).size(), 1);
}

void TestJournals::walThatWouldAddATrigger_isSetAside()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 3);
    const QString image = crashImage(project, QStringLiteral("trigger"), [](QSqlQuery &q) {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON documents BEGIN DELETE FROM documents "
                                      "WHERE id <> NEW.id; END")));
    });

    ProjectStore store;
    const auto r = store.open(image);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.notices.size(), 1);
    QVERIFY(store.addDocument(sampleDocument(QStringLiteral("new"))));
    QCOMPARE(store.documents().size(), 4);
}

void TestJournals::foreignWalBesideADamagedProject_isRefusedAndEveryNameStays()
{
    const QString project = makeProject(QStringLiteral("p.ktk"), 3);
    {
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(4096));
        f.write(QByteArray(4096, char(0xA5)));
    }
    const QByteArray wal = foreignWal(m_dir->path());
    QVERIFY(writeFile(project + QStringLiteral("-wal"), wal));
    const QByteArray before = bytesOf(project);

    ProjectStore store;
    const auto r = store.open(project);
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(project)), qPrintable(r.message));
    QCOMPARE(bytesOf(project), before);
    QCOMPARE(bytesOf(project + QStringLiteral("-wal")), wal);
    QCOMPARE(straysIn(m_dir->path()), QStringList());
}

// What a stray journal turned the file into reads as schema version 0; the
// program must never "migrate" that into an empty project.
void TestJournals::foreignDatabaseInPlaceOfTheProject_isNeverMigratedFromVersionZero()
{
    const QString path = m_dir->filePath(QStringLiteral("zero.ktk"));
    const QString name = sql::uniqueConnectionName(QStringLiteral("zero"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('their data')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::ApplicationId)));
        const Status s = SchemaMigrator().migrate(db, SchemaMigrator::From::ExistingFile);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("no schema version")), qPrintable(s.error()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = bytesOf(path);
    ProjectStore store;
    const auto r = store.open(path);
    QCOMPARE(r.error, ProjectStore::OpenError::Corrupt);
    QCOMPARE(bytesOf(path), before);
}

QTEST_GUILESS_MAIN(TestJournals)
#include "tst_journals.moc"
