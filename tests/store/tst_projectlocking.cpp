// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace ktk;
using namespace ktk::testutil;

// A project is open in one place at a time: a second window or a second
// program is refused, and a lock left by a crashed program is taken over.
class TestProjectLocking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void secondStoreInSameProcess_isRefusedAsLocked();
    void afterClose_anotherStoreMayOpen();
    void projectHeldByAnotherProcess_isRefusedNamingThatProcess();
    void lockLeftByKilledProcess_isTakenOver();
    void create_whileAnotherProcessHoldsTheLock_isRefused();
    void hardLinkToAProjectHeldByAnotherProcess_isRefused();
    void hardLinkToAProjectOpenInThisProcess_isRefused();
    void symlinkToAnOpenProject_isRefused();
    void fifoInPlaceOfAProject_isRefusedWithoutWaiting();
    void openForReading_besideTheHolder_seesCommitsAndWritesNothing();

private:
    bool startHolder(QProcess &holder, const QString &path);
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestProjectLocking::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("p.ktk"));
    ProjectStore store;
    QVERIFY(store.create(m_path).ok());
}

void TestProjectLocking::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

// What list and export do while the window has the project open.
void TestProjectLocking::openForReading_besideTheHolder_seesCommitsAndWritesNothing()
{
    ProjectStore holder;
    QVERIFY(holder.open(m_path).ok());
    Document doc;
    doc.meta.title = QStringLiteral("Eerste");
    doc.originalBytes = "Eerste";
    doc.canonicalText = QStringLiteral("Eerste");
    QVERIFY(holder.addDocument(doc).ok());

    ProjectStore reader;
    const auto r = reader.openForReading(m_path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(reader.documents().size(), 1);
    // A commit made after the reader opened is seen at its next read.
    doc.meta.title = QStringLiteral("Tweede");
    QVERIFY(holder.addDocument(doc).ok());
    QCOMPARE(reader.documents().size(), 2);
    // It writes nothing, and says why.
    const Result<DocumentId> refused = reader.addDocument(doc);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("reading only")), qPrintable(refused.error()));
    reader.close();
    QCOMPARE(holder.documents().size(), 2);
    QVERIFY(holder.addDocument(doc).ok());
}

// Runs this executable again as `--hold-lock <path>`: it opens the project
// and keeps it open until its stdin closes.
bool TestProjectLocking::startHolder(QProcess &holder, const QString &path)
{
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), path});
    if (!holder.waitForStarted(10000))
        return false;
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(10000))
            return false;
    }
    return holder.readLine().trimmed() == "open";
}

void TestProjectLocking::secondStoreInSameProcess_isRefusedAsLocked()
{
    ProjectStore first;
    QVERIFY(first.open(m_path).ok());
    const FileFingerprint before = FileFingerprint::of(m_path);
    ProjectStore second;
    const auto r = second.open(m_path);
    QCOMPARE(r.error, ProjectStore::OpenError::Locked);
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(r.message));
    QVERIFY2(r.message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.message));
    QVERIFY(!second.isOpen());
    QVERIFY(FileFingerprint::of(m_path) == before);
    // The refused store did not take the lock away from the first.
    QVERIFY(first.isOpen());
    QVERIFY(first.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral(".lock")));
}

void TestProjectLocking::afterClose_anotherStoreMayOpen()
{
    ProjectStore first;
    QVERIFY(first.open(m_path).ok());
    first.close();
    ProjectStore second;
    QVERIFY(second.open(m_path).ok());
    QVERIFY(!first.open(m_path).ok());
}

void TestProjectLocking::projectHeldByAnotherProcess_isRefusedNamingThatProcess()
{
    QProcess holder;
    QVERIFY(startHolder(holder, m_path));
    ProjectStore store;
    const auto r = store.open(m_path);
    QCOMPARE(r.error, ProjectStore::OpenError::Locked);
    QVERIFY2(r.message.contains(QString::number(holder.processId())), qPrintable(r.message));
    QVERIFY(!store.isOpen());

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    const auto again = store.open(m_path);
    QVERIFY2(again.ok(), qPrintable(again.message));
}

void TestProjectLocking::lockLeftByKilledProcess_isTakenOver()
{
    QProcess holder;
    QVERIFY(startHolder(holder, m_path));
    holder.kill();   // SIGKILL: no chance to remove its lock file
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral(".lock")));
    ProjectStore store;
    const auto r = store.open(m_path);
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestProjectLocking::create_whileAnotherProcessHoldsTheLock_isRefused()
{
    const QString fresh = m_dir->filePath(QStringLiteral("new.ktk"));
    QFile lock(fresh + QStringLiteral(".lock"));
    // A live process's lock: this test process's own pid, as QLockFile writes it.
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
               + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + "\n\n");
    lock.close();
    ProjectStore store;
    const auto r = store.create(fresh);
    QCOMPARE(r.error, ProjectStore::OpenError::Locked);
    QVERIFY(!QFileInfo::exists(fresh));
}

// store/hardlink.sh: two names of one file. The lock is on the file, so the
// second name finds it held, whatever its own ".lock" says.
void TestProjectLocking::hardLinkToAProjectHeldByAnotherProcess_isRefused()
{
    const QString link = m_dir->filePath(QStringLiteral("other-name.ktk"));
    QVERIFY(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(link).constData()) == 0);
    QProcess holder;
    QVERIFY(startHolder(holder, m_path));
    const FileFingerprint before = FileFingerprint::of(m_path);
    ProjectStore store;
    const auto r = store.open(link);
    QCOMPARE(r.error, ProjectStore::OpenError::Locked);
    QVERIFY2(r.message.contains(QDir::toNativeSeparators(link)), qPrintable(r.message));
    QVERIFY(!store.isOpen());
    QVERIFY(FileFingerprint::of(m_path) == before);
    QVERIFY(!QFileInfo::exists(link + QStringLiteral("-wal")));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    // Once the holder is gone, either name opens.
    const auto again = store.open(link);
    QVERIFY2(again.ok(), qPrintable(again.message));
}

void TestProjectLocking::hardLinkToAProjectOpenInThisProcess_isRefused()
{
    const QString link = m_dir->filePath(QStringLiteral("other-name.ktk"));
    QVERIFY(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(link).constData()) == 0);
    ProjectStore first;
    QVERIFY(first.open(m_path).ok());
    ProjectStore second;
    const auto r = second.open(link);
    QCOMPARE(r.error, ProjectStore::OpenError::Locked);
    // The refusal left the first store's hold (and SQLite's locks) in place.
    QVERIFY(first.addDocument(sampleDocument()));
    first.close();
    QVERIFY(second.open(link).ok());
    QCOMPARE(second.documents().size(), 1);
}

void TestProjectLocking::symlinkToAnOpenProject_isRefused()
{
    const QString link = m_dir->filePath(QStringLiteral("shortcut.ktk"));
    QVERIFY(QFile::link(m_path, link));
    ProjectStore first;
    QVERIFY(first.open(m_path).ok());
    ProjectStore second;
    QCOMPARE(second.open(link).error, ProjectStore::OpenError::Locked);
}

void TestProjectLocking::fifoInPlaceOfAProject_isRefusedWithoutWaiting()
{
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.ktk"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    ProjectStore store;
    const auto r = store.open(fifo);   // a FIFO with no writer: an open() that waits would hang here
    QCOMPARE(r.error, ProjectStore::OpenError::NotAProject);
    QVERIFY2(r.message.contains(QStringLiteral("not an ordinary file")), qPrintable(r.message));
}

static int holdLock(const QString &path)
{
    ProjectStore store;
    const auto r = store.open(path);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        return 1;
    }
    std::printf("open\n");
    std::fflush(stdout);
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return holdLock(QString::fromLocal8Bit(argv[2]));
    TestProjectLocking test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectlocking.moc"
