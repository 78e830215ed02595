// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AnnotationsModel::checkAnchors over a real project file: claims in place
// are settled at once, drifted ones are moved and stored, lost ones are kept
// unanchored, and no project file, however hostile, makes the check hold the
// event loop.

#include "claimfixture.h"

#include "models/annotationroles.h"
#include "models/annotationsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Hang guards, not speed targets (those are in tests/bench): far above what a
// bounded check takes on a loaded machine, far below a hang.
constexpr int CallGuardMs = 2000;      // one call, one turn of the event loop
constexpr int FinishGuardMs = 60000;   // a whole check

const QString Text = QStringLiteral(
    "Het kabinet zegt dat de uitstoot in 2030 met 55 procent daalt. Volgens het CBS stijgen de huizenprijzen "
    "al tien jaar. Wij moeten de belasting op arbeid verlagen.");

// Records the longest time the event loop went without turning while a check
// ran on it.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

int rowOf(const AnnotationsModel &model, AnnotationId id)
{
    return model.indexOfAnnotation(id).row();
}

bool anchored(const AnnotationsModel &model, AnnotationId id)
{
    return model.indexOfAnnotation(id).data(AnchoredRole).toBool();
}

Annotation rawClaim(ClaimProject &project, DocumentId document, const TextSelector &selector)
{
    Annotation a;
    a.documentId = document;
    a.anchor = Anchor::forText(selector);
    a.typeId = project.typeAt(0);
    a.author = QStringLiteral("tester");
    a.created = a.modified = utc(2026, 1, 5);
    return a;
}

// A claim whose anchor is put into the file as given, bypassing fromRange.
AnnotationId addRawClaim(ClaimProject &project, DocumentId document, const TextSelector &selector)
{
    const Result<AnnotationId> id = project.store.addAnnotation(rawClaim(project, document, selector));
    return id ? *id : 0;
}

// count claims of quote "a" whose offsets lie past the end of a text of
// 50,000 "a": every one is searched for. In one transaction.
QVector<AnnotationId> addClaimsPastTheEnd(ClaimProject &project, DocumentId document, int count)
{
    QVector<Annotation> list;
    QVector<AnnotationId> ids;
    for (int i = 0; i < count; ++i) {
        TextSelector s;
        s.start = 50'000 + i;
        s.end = s.start + 1;
        s.exact = QStringLiteral("a");
        Annotation a = rawClaim(project, document, s);
        a.id = 1000 + i;
        list.append(a);
        ids.append(a.id);
    }
    return project.store.addAnnotations(list).ok() ? ids : QVector<AnnotationId>();
}

} // namespace

class TestAnchorCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void claimsInPlace_areSettledBeforeTheCallReturns_andNothingIsWritten();
    void driftedClaim_isMovedAndStored_withoutAnUndoStep();
    void lostQuote_leavesTheClaimUnanchoredButKept();
    void hugeStoredContext_isCheckedWithinHangGuard_andRepairedToShortContext();
    void manyHostileClaims_neverHoldTheEventLoop();
    void newCheck_endsTheOneUnderWay();
    void closingTheProject_endsTheCheck();
    void claimRemovedDuringTheCheck_isPassedOver();
};

void TestAnchorCheck::claimsInPlace_areSettledBeforeTheCallReturns_andNothingIsWritten()
{
    ClaimProject p;
    QVERIFY(p.create());
    const DocumentId doc = p.addDocument(QStringLiteral("Klimaat"), Text);
    const AnnotationId c1 = p.addClaim(doc, {QStringLiteral("de uitstoot in 2030")});
    const AnnotationId c2 = p.addClaim(doc, {QStringLiteral("Wij moeten")});
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy changed(&p.store, &ProjectStore::annotationChanged);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    model.checkAnchors(doc, Text);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.first().first().value<DocumentId>(), doc);
    QVERIFY(!model.isCheckingAnchors());
    QVERIFY(anchored(model, c1));
    QVERIFY(anchored(model, c2));
    QCOMPARE(changed.count(), 0);
}

void TestAnchorCheck::driftedClaim_isMovedAndStored_withoutAnUndoStep()
{
    ClaimProject p;
    QVERIFY(p.create());
    const DocumentId doc = p.addDocument(QStringLiteral("Klimaat"), Text);
    const AnnotationId id = p.addClaim(doc, {QStringLiteral("stijgen de huizenprijzen")});
    const Annotation before = *p.store.annotation(id);
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    // The canonical text was rebuilt with an introduction before it.
    const QString rebuilt = QStringLiteral("Inleiding.\n") + Text;
    model.checkAnchors(doc, rebuilt);
    QVERIFY(checked.count() == 1 || checked.wait(FinishGuardMs));
    QVERIFY(anchored(model, id));
    const int row = rowOf(model, id);
    QCOMPARE(model.index(row, 0).data(StartRole).toInt(), before.anchor.text().start + 11);
    const Annotation after = *p.store.annotation(id);
    QCOMPARE(after.anchor.text(), TextSelector::fromRange(rebuilt, before.anchor.text().start + 11,
                                                          before.anchor.text().end + 11));
    QCOMPARE(p.undo.count(), 0);
    // A repair, not an edit: the claim keeps its modified time and everything else.
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.note, before.note);
    QCOMPARE(after.tags, before.tags);
    QCOMPARE(after.quote(), before.quote());
}

void TestAnchorCheck::lostQuote_leavesTheClaimUnanchoredButKept()
{
    ClaimProject p;
    QVERIFY(p.create());
    const DocumentId doc = p.addDocument(QStringLiteral("Klimaat"), Text);
    const AnnotationId id = p.addClaim(doc, {QStringLiteral("huizenprijzen")});
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    model.checkAnchors(doc, QString(Text).replace(QStringLiteral("huizenprijzen"), QStringLiteral("huurprijzen")));
    QVERIFY(checked.count() == 1 || checked.wait(FinishGuardMs));
    QVERIFY(!anchored(model, id));
    QCOMPARE(model.index(rowOf(model, id), 0).data(StartRole).toInt(), -1);
    QVERIFY(p.store.annotation(id).has_value());

    // The text as it was: found again.
    model.checkAnchors(doc, Text);
    QVERIFY(anchored(model, id));
}

void TestAnchorCheck::hugeStoredContext_isCheckedWithinHangGuard_andRepairedToShortContext()
{
    // ktk/resolver_dos.ktk in small: quote "a" in a text of "a"s with 200,000
    // characters of prefix, whose old offsets do not hold it. Comparing all the
    // context at every place held the window for 70 s at 300,000.
    ClaimProject p;
    QVERIFY(p.create());
    const QString text(200'000, u'a');
    const DocumentId doc = p.addDocument(QStringLiteral("aaa"), text);
    TextSelector hostile;
    hostile.start = 3;
    hostile.end = 5;
    hostile.exact = QStringLiteral("a");
    hostile.prefix = text;
    const AnnotationId id = addRawClaim(p, doc, hostile);
    QVERIFY(id);
    QVERIFY(p.reopen());
    AnnotationsModel model(&p.store, &p.undo);
    QCOMPARE(model.annotation(id)->anchor.text().prefix.size(), TextSelector::MaxContextLength);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    QElapsedTimer clock;
    clock.start();
    model.checkAnchors(doc, text);
    QVERIFY2(clock.elapsed() < CallGuardMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(checked.count() == 1 || checked.wait(FinishGuardMs));
    QVERIFY(anchored(model, id));
    const TextSelector stored = p.store.annotation(id)->anchor.text();
    QCOMPARE(stored.exact, QStringLiteral("a"));
    QCOMPARE(stored.length(), 1);
    QVERIFY(stored.prefix.size() <= TextSelector::ContextLength);
}

void TestAnchorCheck::manyHostileClaims_neverHoldTheEventLoop()
{
    // 100 claims like the one above, each a third of a second to place with
    // all of its context compared: half a minute of work, once held.
    ClaimProject p;
    QVERIFY(p.create());
    const QString text(50'000, u'a');
    const DocumentId doc = p.addDocument(QStringLiteral("aaa"), text);
    QVector<AnnotationId> ids;
    for (int i = 0; i < 100; ++i) {
        TextSelector hostile;
        hostile.start = 3 + i;
        hostile.end = 5 + i;
        hostile.exact = QStringLiteral("a");
        hostile.prefix = QString(4'000, u'a');
        hostile.suffix = QString(4'000, u'a');
        ids.append(addRawClaim(p, doc, hostile));
        QVERIFY(ids.last());
    }
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
    StallMeter meter;

    QElapsedTimer clock;
    clock.start();
    model.checkAnchors(doc, text);
    QVERIFY2(clock.elapsed() < CallGuardMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(checked.count() == 1 || checked.wait(FinishGuardMs));
    QVERIFY2(meter.longestMs() < CallGuardMs, qPrintable(QString::number(meter.longestMs())));
    for (const AnnotationId id : qAsConst(ids)) {
        QVERIFY(anchored(model, id));
        QCOMPARE(p.store.annotation(id)->anchor.text().length(), 1);
    }
}

void TestAnchorCheck::newCheck_endsTheOneUnderWay()
{
    ClaimProject p;
    QVERIFY(p.create());
    const QString text(50'000, u'a');
    const DocumentId first = p.addDocument(QStringLiteral("eerste"), text);
    const DocumentId second = p.addDocument(QStringLiteral("tweede"), Text);
    QVERIFY(!addClaimsPastTheEnd(p, first, 2000).isEmpty());
    const AnnotationId inSecond = p.addClaim(second, {QStringLiteral("Wij moeten")});
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    model.checkAnchors(first, text);
    if (!model.isCheckingAnchors())
        QSKIP("the machine placed 2,000 claims within one slice");
    model.checkAnchors(second, Text);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.first().first().value<DocumentId>(), second);
    QVERIFY(anchored(model, inSecond));
    QTest::qWait(100);
    QCOMPARE(checked.count(), 1);   // the first check never finishes
}

void TestAnchorCheck::closingTheProject_endsTheCheck()
{
    ClaimProject p;
    QVERIFY(p.create());
    const QString text(50'000, u'a');
    const DocumentId doc = p.addDocument(QStringLiteral("aaa"), text);
    QVERIFY(!addClaimsPastTheEnd(p, doc, 2000).isEmpty());
    AnnotationsModel model(&p.store, &p.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
    QSignalSpy changed(&p.store, &ProjectStore::annotationChanged);

    model.checkAnchors(doc, text);
    if (!model.isCheckingAnchors())
        QSKIP("the machine placed 2,000 claims within one slice");
    p.store.close();
    QVERIFY(!model.isCheckingAnchors());
    const int writes = changed.count();
    QTest::qWait(100);
    QCOMPARE(changed.count(), writes);
    QCOMPARE(checked.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestAnchorCheck::claimRemovedDuringTheCheck_isPassedOver()
{
    ClaimProject p;
    QVERIFY(p.create());
    const QString text(50'000, u'a');
    const DocumentId doc = p.addDocument(QStringLiteral("aaa"), text);
    const QVector<AnnotationId> ids = addClaimsPastTheEnd(p, doc, 2000);
    QCOMPARE(ids.size(), 2000);
    AnnotationsModel model(&p.store, &p.undo);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);

    model.checkAnchors(doc, text);
    if (!model.isCheckingAnchors())
        QSKIP("the machine placed 2,000 claims within one slice");
    QVERIFY(p.store.removeAnnotation(ids.last()).ok());
    QVERIFY(checked.wait(FinishGuardMs));
    QCOMPARE(model.rowCount(), 1999);
    QVERIFY(!p.store.annotation(ids.last()));
    for (int i = 0; i < 1999; ++i)
        QVERIFY(anchored(model, ids.at(i)));
}

QTEST_GUILESS_MAIN(TestAnchorCheck)
#include "tst_anchorcheck.moc"
