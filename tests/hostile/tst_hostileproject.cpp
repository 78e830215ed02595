// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignfiles.h"
#include "hostileutil.h"

#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    void diskFullWhileImporting_keepsWhatWasImportedAndTheProjectOpens();
    void killedDuringLargeImports_theProjectAlwaysOpensWithEveryReportedDocument();
    void specialFileInPlaceOfAProject_isRefusedQuickly_data();
    void specialFileInPlaceOfAProject_isRefusedQuickly();

private:
    QString sampleProject(const QString &name);
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

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
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
    QVERIFY(testutil::runSql(project, attack));
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
    const QByteArray wal = testutil::foreignWal(m_dir->path());
    QVERIFY(wal.size() > 100000);
    QVERIFY(writeFile(project + QStringLiteral("-wal"), wal));

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
    const QByteArray journal = testutil::foreignHotJournal(m_dir->path());
    QVERIFY(journal.size() > 100000);
    QVERIFY(writeFile(project + QStringLiteral("-journal"), journal));

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

static bool writeArticle(const QString &path, int number, int words)
{
    static const QByteArrayList vocabulary = {"de", "het", "een", "beleid", "overheid", "klimaat", "budget",
                                              "minister", "kamer", "rapport", "data", "algoritme"};
    QByteArray text = "Artikel " + QByteArray::number(number) + "\n\n";
    quint32 seed = 2166136261u ^ quint32(number);
    for (int i = 0; i < words; ++i) {
        seed = seed * 1664525u + 1013904223u;
        text += vocabulary.at(int((seed >> 16) % quint32(vocabulary.size()))) + ' ';
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

static QStringList importedLines(const QString &out)
{
    QStringList imported;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(QStringLiteral("imported: ")))
            imported.append(line);
    }
    return imported;
}

// fullfs/repro.sh: a small disk fills up during an import. The import says
// so, naming the project; what was imported before stays; the project opens
// on the full disk and after being copied elsewhere.
void TestHostileProject::diskFullWhileImporting_keepsWhatWasImportedAndTheProjectOpens()
{
    const QString disk = m_dir->filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(disk));
    const BoundedRun mounted = runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                    QStringLiteral("-o"), QStringLiteral("size=2m"),
                                                                    QStringLiteral("tmpfs"), disk});
    if (!mounted.finishedNormally() || mounted.exitCode != 0)
        QSKIP("this machine does not let the test mount a small tmpfs (needs root); fullfs/repro.sh is the manual check");
    struct Unmount {
        QString path;
        ~Unmount() { runProgram(QStringLiteral("umount"), {path}); }
    } unmount{disk};

    const QString project = disk + QStringLiteral("/p.ktk");
    const BoundedRun made = runKanttekening({QStringLiteral("sample"), project});
    QCOMPARE(made.exitCode, 0);
    const int sampleDocuments = documentCount(project);
    QStringList imported;
    QString failure;
    for (int i = 0; i < 60 && failure.isEmpty(); ++i) {
        const QString doc = m_dir->filePath(QStringLiteral("doc%1.txt").arg(i));
        QVERIFY(writeArticle(doc, i, 8000));
        const BoundedRun run = runKanttekening({QStringLiteral("import"), project, doc}, {30, 2048});
        QVERIFY2(run.finishedNormally(), run.describe());
        imported += importedLines(run.out);
        if (run.exitCode != 0)
            failure = run.err;
    }
    QVERIFY2(!failure.isEmpty(), "the disk never filled up");
    QVERIFY2(failure.contains(QStringLiteral("the disk is full")), qPrintable(failure));
    QVERIFY2(failure.contains(QDir::toNativeSeparators(project)), qPrintable(failure));
    QVERIFY(!imported.isEmpty());

    const BoundedRun listedThere = runKanttekening({QStringLiteral("list"), project}, {30, 2048});
    QVERIFY2(listedThere.finishedNormally() && listedThere.exitCode == 0, listedThere.describe());
    const QString copy = m_dir->filePath(QStringLiteral("copied"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &name : QDir(disk).entryList({QStringLiteral("p.ktk*")}, QDir::Files))
        QVERIFY(QFile::copy(disk + u'/' + name, copy + u'/' + name));
    QCOMPARE(documentCount(copy + QStringLiteral("/p.ktk")), sampleDocuments + int(imported.size()));
    QCOMPARE(documentCount(project), sampleDocuments + int(imported.size()));
}

// crash_checkpoint.sh: kill -9 at random moments while large documents are
// imported (commits and checkpoints of several MB). Every time, the project
// opens, holding every document the import reported.
void TestHostileProject::killedDuringLargeImports_theProjectAlwaysOpensWithEveryReportedDocument()
{
    QStringList docs;
    for (int i = 0; i < 16; ++i) {
        docs.append(m_dir->filePath(QStringLiteral("big%1.txt").arg(i)));
        QVERIFY(writeArticle(docs.last(), i, 300000));   // about 2 MB each
    }
    quint32 seed = 15;
    for (int trial = 0; trial < 8; ++trial) {
        const QString project = m_dir->filePath(QStringLiteral("kill%1.ktk").arg(trial));
        QCOMPARE(runKanttekening({QStringLiteral("sample"), project}).exitCode, 0);
        const int before = documentCount(project);
        QProcess import;
        import.start(QStringLiteral(KTK_BINARY), QStringList{QStringLiteral("import"), project} + docs);
        QVERIFY(import.waitForStarted(10000));
        seed = seed * 1664525u + 1013904223u;
        QTest::qWait(100 + int((seed >> 8) % 1200));
        if (import.state() != QProcess::NotRunning) {   // a fast machine may have finished already
            import.kill();
            QVERIFY(import.waitForFinished(10000));
        }
        const int reported = int(importedLines(QString::fromUtf8(import.readAllStandardOutput())).size());

        const BoundedRun listed = runKanttekening({QStringLiteral("list"), project}, {30, 2048});
        QVERIFY2(listed.finishedNormally(), listed.describe());
        QVERIFY2(listed.exitCode == 0, qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(listed.err)));
        const int after = documentCount(project);
        QVERIFY2(after >= before + reported,
                 qPrintable(QStringLiteral("trial %1: %2 reported, %3 -> %4").arg(trial).arg(reported).arg(before).arg(after)));
    }
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
