// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ktk;
using namespace ktk::testutil;

// What a call reported as saved survives the program being killed.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileAdding_everyReportedAnnotationSurvives();
    void diskFull_theWriteFailsWithAMessageAndEarlierEditsStay();
};

// The disk fills up while the user works: SQLite's page limit stands in for
// the disk (tests/hostile fills a real small disk where it may mount one).
void TestCrashSafety::diskFull_theWriteFailsWithAMessageAndEarlierEditsStay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.ktk"));
    ProjectStore store;
    QVERIFY(store.create(path).ok());
    const Result<DocumentId> doc = store.addDocument(sampleDocument());
    QVERIFY(doc);
    const ClaimTypeId type = store.claimTypes().first().id;
    QVERIFY(store.addAnnotation(sampleAnnotation(*doc, type, 0, 11)));

    QString storeConnection;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("ktk-store-")))
            storeConnection = name;
    }
    QSqlQuery limit(QSqlDatabase::database(storeConnection, false));
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1")));   // never below the current size
    QSignalSpy failed(&store, &ProjectStore::writeFailed);
    Document big = sampleDocument(QStringLiteral("Too big"));
    big.canonicalText = QString(2'000'000, u'x');
    const Result<DocumentId> refused = store.addDocument(big);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("the disk is full")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QDir::toNativeSeparators(path)), qPrintable(refused.error()));
    QCOMPARE(failed.size(), 1);
    // The store is still usable, and what was saved before is there.
    QCOMPARE(store.documents().size(), 1);
    QCOMPARE(store.annotations().size(), 1);
    store.close();
    ProjectStore again;
    QVERIFY(again.open(path).ok());
    QCOMPARE(again.documents().size(), 1);
    QCOMPARE(again.annotations().size(), 1);
}

void TestCrashSafety::killedWhileAdding_everyReportedAnnotationSurvives()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.ktk"));
    {
        ProjectStore store;
        QVERIFY(store.create(path).ok());
        QVERIFY(store.addDocument(sampleDocument()));
    }

    // The child adds claims one by one and prints each id once addAnnotation
    // has returned; it is killed (SIGKILL) somewhere in the middle of that.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--add-annotations"), path});
    QVERIFY(child.waitForStarted(10000));
    QList<AnnotationId> reported;
    QByteArray pending;
    while (reported.size() < 300) {
        QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0, "the child stopped early");
        if (child.bytesAvailable() == 0 && !child.waitForReadyRead(10000))
            QFAIL("the child printed nothing for 10 s");
        pending += child.readAll();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            reported.append(pending.left(newline).toLongLong());
            pending.remove(0, newline + 1);
        }
    }
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Lines that arrived before the kill count too; a partial line does not.
    pending += child.readAll();
    while (pending.contains('\n')) {
        const int newline = pending.indexOf('\n');
        reported.append(pending.left(newline).toLongLong());
        pending.remove(0, newline + 1);
    }

    ProjectStore store;
    const auto r = store.open(path);   // takes over the dead child's lock, replays its WAL
    QVERIFY2(r.ok(), qPrintable(r.message));
    QSet<AnnotationId> stored;
    for (const Annotation &a : store.annotations())
        stored.insert(a.id);
    for (const AnnotationId id : qAsConst(reported)) {
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("annotation %1 was lost").arg(id)));
        QCOMPARE(store.annotation(id)->note, QStringLiteral("claim %1").arg(id));
    }
    QVERIFY(stored.size() >= reported.size());
}

// The child: adds claims until killed, printing each id after it is stored.
static int addAnnotations(const QString &path)
{
    ProjectStore store;
    if (!store.open(path).ok())
        return 1;
    const DocumentId doc = store.documents().first().id;
    const ClaimTypeId type = store.claimTypes().first().id;
    for (int i = 0; i < 1000000; ++i) {
        Annotation a = sampleAnnotation(doc, type, i % 50, i % 50 + 10);
        a.id = 1000 + i;
        a.note = QStringLiteral("claim %1").arg(a.id);
        const Result<AnnotationId> id = store.addAnnotation(a);
        if (!id)
            return 2;
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--add-annotations") == 0)
        return addAnnotations(QString::fromLocal8Bit(argv[2]));
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
