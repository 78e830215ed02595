// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile anchors in a project file (../shared/reliability, rows 16 and 17):
// ktk/resolver_dos.ktk held the window's event loop for over 70 s, and the
// offsets of fuzz_resolver's crash inputs overflowed ints. Each project is
// built here as the reproducer was: a real project, then the anchor column
// written directly, as a hostile sender would; then it is opened and its
// anchors checked through the model, as showing the document does.

#include "anchor/anchor.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <limits>

using namespace ktk;

namespace {

// Hang guards, not speed targets (tests/bench has those): far above what the
// bounded check takes on a loaded machine, far below the 70 s it took.
constexpr int CallGuardMs = 3000;      // checkAnchors() itself, and any one turn of the event loop
constexpr int FinishGuardMs = 30000;   // until every claim is placed

// The longest time the event loop went without turning.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// A project with one document and one ordinary claim on it, closed again.
struct HostileProject
{
    QTemporaryDir dir;
    QString path;
    DocumentId document = 0;
    AnnotationId claim = 0;

    bool create(const QString &text, int claimStart, int claimEnd)
    {
        if (!dir.isValid())
            return false;
        path = dir.filePath(QStringLiteral("hostile.ktk"));
        ProjectStore store;
        if (!store.create(path).ok())
            return false;
        Document doc;
        doc.meta.title = QStringLiteral("hostile");
        doc.meta.language = QStringLiteral("nl");
        doc.format = SourceFormat::PlainText;
        doc.fileName = QStringLiteral("hostile.txt");
        doc.importedAt = QDateTime::currentDateTimeUtc();
        doc.originalBytes = text.toUtf8();
        doc.canonicalText = text;
        const Result<DocumentId> docId = store.addDocument(doc);
        if (!docId)
            return false;
        document = *docId;
        Annotation a;
        a.documentId = document;
        a.anchor = Anchor::forText(TextSelector::fromRange(text, claimStart, claimEnd));
        a.typeId = store.claimTypes().first().id;
        a.author = QStringLiteral("sender");
        const Result<AnnotationId> id = store.addAnnotation(a);
        if (!id)
            return false;
        claim = *id;
        store.close();
        return true;
    }

    // What a hostile sender does: the anchor column as he likes it, with
    // nothing of ours in between.
    bool writeAnchor(const QByteArray &json)
    {
        const QString connection = QStringLiteral("hostile-anchors");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE annotations SET anchor = ? WHERE id = ?"));
                q.addBindValue(QString::fromUtf8(json));
                q.addBindValue(claim);
                ok = q.exec() && q.numRowsAffected() == 1;
                if (!ok)
                    qWarning("update failed: %s", qPrintable(q.lastError().text()));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
};

QByteArray textAnchorJson(int start, int end, const QByteArray &exact, const QByteArray &prefix,
                          const QByteArray &suffix)
{
    // The compact form Anchor::toJson writes, which the fast reader takes.
    return R"({"kind":"text","text":{"end":)" + QByteArray::number(end) + R"(,"exact":")" + exact
         + R"(","prefix":")" + prefix + R"(","start":)" + QByteArray::number(start) + R"(,"suffix":")" + suffix
         + R"("}})";
}

struct CheckRun
{
    qint64 callMs = 0;
    qint64 longestStallMs = 0;
    bool finished = false;
};

CheckRun checkAnchorsOf(AnnotationsModel &model, ProjectStore &store, DocumentId document)
{
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
    StallMeter meter;
    CheckRun run;
    QElapsedTimer clock;
    clock.start();
    model.checkAnchors(document, store.canonicalText(document));
    run.callMs = clock.elapsed();
    run.finished = checked.count() == 1 || checked.wait(FinishGuardMs);
    run.longestStallMs = meter.longestMs();
    return run;
}

} // namespace

class TestHostileAnchors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolverDos_hugePrefixOnAQuoteEverywhere_isPlacedWithoutHoldingTheEventLoop();
    void fuzzCrashOffsets_fromAFile_areDroppedAndTheQuoteDecides_data();
    void fuzzCrashOffsets_fromAFile_areDroppedAndTheQuoteDecides();
};

void TestHostileAnchors::resolverDos_hugePrefixOnAQuoteEverywhere_isPlacedWithoutHoldingTheEventLoop()
{
    // ktk/resolver_dos.ktk: a document of 300,000 "a", a claim on "a" whose
    // offsets (3, 5) do not hold it, and 300,000 characters of prefix.
    const QString text(300'000, u'a');
    HostileProject project;
    QVERIFY(project.create(text, 3, 4));
    QVERIFY(project.writeAnchor(textAnchorJson(3, 5, "a", QByteArray(300'000, 'a'), "")));

    ProjectStore store;
    const ProjectStore::OpenResult opened = store.open(project.path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QUndoStack undo;
    AnnotationsModel model(&store, &undo);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.annotation(project.claim)->anchor.text().prefix.size(), TextSelector::MaxContextLength);

    const CheckRun run = checkAnchorsOf(model, store, project.document);
    QVERIFY2(run.callMs < CallGuardMs, qPrintable(QString::number(run.callMs)));
    QVERIFY(run.finished);
    QVERIFY2(run.longestStallMs < CallGuardMs, qPrintable(QString::number(run.longestStallMs)));

    // Placed on one "a", and the file now holds the short form.
    const QModelIndex index = model.indexOfAnnotation(project.claim);
    QVERIFY(index.data(AnchoredRole).toBool());
    QCOMPARE(index.data(EndRole).toInt() - index.data(StartRole).toInt(), 1);
    const TextSelector stored = store.annotation(project.claim)->anchor.text();
    QCOMPARE(stored.exact, QStringLiteral("a"));
    QVERIFY(stored.prefix.size() <= TextSelector::ContextLength);
    QVERIFY(store.annotation(project.claim)->anchor.toJson().size() < 200);
}

void TestHostileAnchors::fuzzCrashOffsets_fromAFile_areDroppedAndTheQuoteDecides_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("exact");        // as JSON
    QTest::addColumn<QString>("expected");        // what the claim covers afterwards
    // fuzz_resolver crash-7940044d...: end - start overflowed in TextSelector::length().
    QTest::newRow("crash-7940") << 0x61000004 << int(0x92fe8261u)
                                << QStringLiteral("Wij gaan. De geest waart rond.") << QByteArray("De ge")
                                << QStringLiteral("De ge");
    // crash-e57050f6...: the old offset plus the quote's leading whitespace
    // overflowed in the resolver.
    QTest::newRow("crash-e570") << 0x7ffffffe << 0 << QStringLiteral("B\uFFFD`        c")
                                << QByteArray(R"(\u000b         c)") << QStringLiteral("c");
    // Valid-looking offsets at the very top of the int range.
    QTest::newRow("offsets at INT_MAX") << std::numeric_limits<int>::max() - 1 << std::numeric_limits<int>::max()
                                        << QStringLiteral("Een korte tekst.") << QByteArray("k")
                                        << QStringLiteral("k");
}

void TestHostileAnchors::fuzzCrashOffsets_fromAFile_areDroppedAndTheQuoteDecides()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, text);
    QFETCH(QByteArray, exact);
    QFETCH(QString, expected);
    HostileProject project;
    QVERIFY(project.create(text, 0, 1));
    QVERIFY(project.writeAnchor(textAnchorJson(start, end, exact, " gaat", "")));

    ProjectStore store;
    const ProjectStore::OpenResult opened = store.open(project.path);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QUndoStack undo;
    AnnotationsModel model(&store, &undo);
    const TextSelector loaded = model.annotation(project.claim)->anchor.text();
    QCOMPARE(loaded.length(), loaded.isValid() ? loaded.end - loaded.start : 0);

    const CheckRun run = checkAnchorsOf(model, store, project.document);
    QVERIFY(run.finished);
    const QModelIndex index = model.indexOfAnnotation(project.claim);
    QVERIFY(index.data(AnchoredRole).toBool());
    const int s = index.data(StartRole).toInt();
    const int e = index.data(EndRole).toInt();
    QVERIFY(s >= 0 && s < e && e <= text.size());
    QCOMPARE(text.mid(s, e - s), expected);
}

QTEST_GUILESS_MAIN(TestHostileAnchors)
#include "tst_hostileanchors.moc"
