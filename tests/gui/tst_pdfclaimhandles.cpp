// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The handles of a selected text claim on a PDF page, in the whole window:
// dragging one changes what the claim covers, in whole words, as one
// undoable edit stored in the project; past the other end it keeps a word;
// Escape cancels; an area has none. Real mouse events on the page viewport,
// keys pressed as keys, a real project file, PDFs written by the test.
#include "pdfguitestutil.h"

#include "document/pdfview.h"
#include "i18n/languagemanager.h"
#include "import/pdftextextraction.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationroles.h"
#include "panels/annotationpanel.h"
#include "store/projectstore.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

using End = PdfExtentDrag::End;

QPoint knob(const PdfView *view, End end)
{
    return view->extentHandle(end).center().toPoint();
}

} // namespace

class TestPdfClaimHandles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void handles_showOnlyForTheOneSelectedTextClaim();
    void dragEndHandle_twoWordsOn_storesLongerClaim_ctrlZRestoresIt();
    void dragStartHandle_aWordEarlier_storesLongerClaim();
    void dragPastTheOtherEnd_keepsOneWord();
    void handleOnPunctuatedWord_leavesThePunctuationOut();
    void escapeDuringDrag_cancels();
    void dragEndHandleOverPageBreak_givesTwoRegions();
    void areaClaim_hasNoHandles();

private:
    // A shown, active window with a new project holding the PDF, its text read.
    void openWithPdf(MainWindow &window, const WrittenPdf &pdf);
    // Drags over first..last and presses a digit: the new claim, selected.
    Annotation mark(MainWindow &window, const PdfWord &first, const PdfWord &last, int key = Qt::Key_1);
    Annotation stored(MainWindow &window, AnnotationId id);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestPdfClaimHandles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
}

void TestPdfClaimHandles::init()
{
    QSettings().clear();
}

void TestPdfClaimHandles::openWithPdf(MainWindow &window, const WrittenPdf &pdf)
{
    const QString project = m_dir.filePath(QStringLiteral("project%1.ktk").arg(m_counter++));
    {
        ProjectStore store;
        QVERIFY(store.create(project).ok());
    }
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(project));
    QSignalSpy finished(window.pdfTextExtraction(), &PdfTextExtraction::finished);
    QVERIFY(window.importFiles({pdf.path}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.pdfView()));
}

Annotation TestPdfClaimHandles::mark(MainWindow &window, const PdfWord &first, const PdfWord &last, int key)
{
    PdfView *view = window.pdfView();
    const int before = int(window.store()->annotations().size());
    drag(view->pageViewport(), leftOf(view, first), rightOf(view, last));
    press(&window, key);
    const QVector<Annotation> all = window.store()->annotations();
    if (all.size() != before + 1)
        return {};
    return *std::max_element(all.cbegin(), all.cend(),
                             [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
}

Annotation TestPdfClaimHandles::stored(MainWindow &window, AnnotationId id)
{
    // From the project file's store, not from what the view drew.
    const auto found = window.store()->annotation(id);
    return found ? *found : Annotation();
}

void TestPdfClaimHandles::handles_showOnlyForTheOneSelectedTextClaim()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("show.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const PdfWord &hotel = pdf.word(QStringLiteral("Hotel"));
    const PdfWord &india = pdf.word(QStringLiteral("India"));
    const Annotation claim = mark(window, hotel, india);
    QCOMPARE(claim.quote(), QStringLiteral("Hotel India"));

    // Selected once made: a knob above the start of its first line, one
    // below the end of its last.
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());
    const QRectF start = view->extentHandle(End::Start);
    const QRectF end = view->extentHandle(End::End);
    const QPoint hotelLeft = pointOnPage(view, 0, hotel.box.topLeft());
    const QPoint indiaRight = pointOnPage(view, 0, india.box.bottomRight());
    QVERIFY2(std::abs(start.center().x() - hotelLeft.x()) <= 4, qPrintable(QString::number(start.center().x())));
    QVERIFY(start.bottom() <= hotelLeft.y() + 3);
    QVERIFY(std::abs(end.center().x() - indiaRight.x()) <= 4);
    QVERIFY(end.top() >= indiaRight.y() - 3);
    // The cursor says it can be dragged.
    QTest::mouseMove(view->pageViewport(), start.center().toPoint());
    QTRY_COMPARE(view->pageViewport()->cursor().shape(), Qt::SizeHorCursor);

    // Two claims selected: which one would a handle change? None shows.
    const Annotation other = mark(window, pdf.word(QStringLiteral("Mike")), pdf.word(QStringLiteral("Oscar")), Qt::Key_2);
    QVERIFY(other.id != 0);
    QItemSelectionModel *selection = window.annotationPanel()->selectionModel();
    const QAbstractItemModel *model = selection->model();
    for (int row = 0; row < model->rowCount(); ++row)
        selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(view->extentHandle(End::Start).isEmpty());
    QVERIFY(view->extentHandle(End::End).isEmpty());
    // A click on one selects it alone: its handles come back.
    QTest::mouseClick(view->pageViewport(), Qt::LeftButton, {}, centreOf(view, pdf.word(QStringLiteral("November"))));
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());
    QVERIFY(std::abs(view->extentHandle(End::End).center().x()
                     - pointOnPage(view, 0, pdf.word(QStringLiteral("Oscar")).box.bottomRight()).x()) <= 4);
}

void TestPdfClaimHandles::dragEndHandle_twoWordsOn_storesLongerClaim_ctrlZRestoresIt()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("end.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const PdfWord &kilo = pdf.word(QStringLiteral("Kilo"));
    const Annotation claim = mark(window, pdf.word(QStringLiteral("Hotel")), pdf.word(QStringLiteral("India")));
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());
    const int steps = window.undoStack()->count();
    QSignalSpy requested(view, &AnnotatableView::extentChangeRequested);

    // While dragging: the handle follows, whole words; nothing stored yet.
    pressAndMove(view->pageViewport(), knob(view, End::End), centreOf(view, kilo) - QPoint(3, 0));
    QVERIFY(std::abs(view->extentHandle(End::End).center().x()
                     - pointOnPage(view, 0, kilo.box.bottomRight()).x()) <= 4);
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Hotel India"));
    QTest::mouseRelease(view->pageViewport(), Qt::LeftButton, {}, centreOf(view, kilo) - QPoint(3, 0));

    QCOMPARE(requested.count(), 1);
    const Annotation longer = stored(window, claim.id);
    QCOMPARE(longer.quote(), QStringLiteral("Hotel India Juliet Kilo"));
    QCOMPARE(longer.anchor.kind(), Anchor::Kind::Page);
    const QVector<QPolygonF> &quads = longer.anchor.regions().first().quads;
    QVERIFY(covers(quads, normalisedBox(view, kilo).center()));
    QVERIFY(covers(quads, normalisedBox(view, pdf.word(QStringLiteral("Juliet"))).center()));
    QVERIFY(!covers(quads, normalisedBox(view, pdf.word(QStringLiteral("Golf"))).center()));
    QVERIFY(!covers(quads, normalisedBox(view, pdf.word(QStringLiteral("Mike"))).center()));
    const QString canonical = window.store()->canonicalText(window.currentDocument());
    QCOMPARE(canonical.mid(longer.anchor.text().start, longer.anchor.text().length()),
             QStringLiteral("Hotel India Juliet Kilo"));
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Change claim extent"));

    // Indistinguishable from selecting those words anew.
    drag(view->pageViewport(), leftOf(view, pdf.word(QStringLiteral("Hotel"))), rightOf(view, kilo));
    QCOMPARE(view->currentSelection().anchor, longer.anchor);
    view->clearTextSelection();

    press(&window, Qt::Key_Z, Qt::ControlModifier);
    const Annotation restored = stored(window, claim.id);
    QCOMPARE(restored.quote(), QStringLiteral("Hotel India"));
    QCOMPARE(restored.anchor, claim.anchor);
    QVERIFY(!covers(restored.anchor.regions().first().quads, normalisedBox(view, kilo).center()));
}

void TestPdfClaimHandles::dragStartHandle_aWordEarlier_storesLongerClaim()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("start.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const Annotation claim = mark(window, pdf.word(QStringLiteral("Hotel")), pdf.word(QStringLiteral("India")));
    QTRY_VERIFY(!view->extentHandle(End::Start).isEmpty());

    // Dropped on the middle of "Golf": from its start.
    drag(view->pageViewport(), knob(view, End::Start), centreOf(view, pdf.word(QStringLiteral("Golf"))));
    const Annotation longer = stored(window, claim.id);
    QCOMPARE(longer.quote(), QStringLiteral("Golf Hotel India"));
    QVERIFY(covers(longer.anchor.regions().first().quads,
                   normalisedBox(view, pdf.word(QStringLiteral("Golf"))).center()));

    // Up a line: the claim now starts on it and covers both lines.
    drag(view->pageViewport(), knob(view, End::Start), centreOf(view, pdf.word(QStringLiteral("Delta"))));
    const Annotation twoLines = stored(window, claim.id);
    QCOMPARE(twoLines.quote(), QStringLiteral("Delta Echo\nGolf Hotel India"));
    QCOMPARE(twoLines.anchor.regions().first().quads.size(), 2);
}

// As a selection does (WordSnapping): a handle dropped on "zij?" ends the
// claim at "zij", one dropped on "«waar»," starts it at "waar".
void TestPdfClaimHandles::handleOnPunctuatedWord_leavesThePunctuationOut()
{
    PdfWordWriter w(m_dir.filePath(QStringLiteral("punct.pdf")), QStringLiteral("Punctuation"));
    w.line(72, 100, QStringLiteral("Is het «waar», vroeg zij? Ja."));
    const WrittenPdf pdf = w.finish();
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const Annotation claim = mark(window, pdf.word(QStringLiteral("vroeg")), pdf.word(QStringLiteral("vroeg")));
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());

    drag(view->pageViewport(), knob(view, End::End), centreOf(view, pdf.word(QStringLiteral("zij?"))));
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("vroeg zij"));
    drag(view->pageViewport(), knob(view, End::Start), centreOf(view, pdf.word(QStringLiteral("«waar»,"))));
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("waar», vroeg zij"));
}

void TestPdfClaimHandles::dragPastTheOtherEnd_keepsOneWord()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("past.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const Annotation claim = mark(window, pdf.word(QStringLiteral("Hotel")), pdf.word(QStringLiteral("Juliet")));
    QTRY_VERIFY(!view->extentHandle(End::Start).isEmpty());

    // The start dragged down past the end: the claim keeps its last word.
    drag(view->pageViewport(), knob(view, End::Start), centreOf(view, pdf.word(QStringLiteral("Papa"))));
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Juliet"));

    // The end dragged up past the start: it keeps its first.
    drag(view->pageViewport(), knob(view, End::End), centreOf(view, pdf.word(QStringLiteral("Alpha"))));
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Juliet"));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Hotel India Juliet"));
    // The end dragged above the start: the first word stays.
    drag(view->pageViewport(), knob(view, End::End), centreOf(view, pdf.word(QStringLiteral("Bravo"))));
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Hotel"));
    QVERIFY(!stored(window, claim.id).anchor.regions().first().quads.isEmpty());
}

void TestPdfClaimHandles::escapeDuringDrag_cancels()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("escape.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const Annotation claim = mark(window, pdf.word(QStringLiteral("Hotel")), pdf.word(QStringLiteral("India")));
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());
    const QRectF before = view->extentHandle(End::End);
    const int steps = window.undoStack()->count();
    QSignalSpy requested(view, &AnnotatableView::extentChangeRequested);

    const QPoint to = centreOf(view, pdf.word(QStringLiteral("Kilo")));
    pressAndMove(view->pageViewport(), knob(view, End::End), to);
    QVERIFY(view->extentHandle(End::End) != before);
    press(&window, Qt::Key_Escape);
    QCOMPARE(view->extentHandle(End::End), before);
    // Still going on: the rest of the drag does nothing.
    moveWithButton(view->pageViewport(), to + QPoint(0, 30));
    QTest::mouseRelease(view->pageViewport(), Qt::LeftButton, {}, to + QPoint(0, 30));

    QCOMPARE(requested.count(), 0);
    QCOMPARE(window.undoStack()->count(), steps);
    QCOMPARE(stored(window, claim.id).quote(), QStringLiteral("Hotel India"));
    QCOMPARE(stored(window, claim.id).anchor, claim.anchor);
    QVERIFY(view->currentSelection().isEmpty());
}

void TestPdfClaimHandles::dragEndHandleOverPageBreak_givesTwoRegions()
{
    const WrittenPdf pdf = pageBreakPdf(m_dir.filePath(QStringLiteral("break.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    view->setZoomFactor(0.5);
    const PdfWord &crossing = pdf.word(QStringLiteral("crossing"));
    const PdfWord &starts = pdf.word(QStringLiteral("starts"));
    // Both ends in view.
    QScrollBar *bar = view->pageArea()->verticalScrollBar();
    const int middle = (centreOf(view, crossing).y() + centreOf(view, starts).y()) / 2;
    bar->setValue(bar->value() + middle - view->pageViewport()->height() / 2);

    const Annotation claim = mark(window, crossing, pdf.word(QStringLiteral("ends")));
    QCOMPARE(claim.quote(), QStringLiteral("crossing ends"));
    QTRY_VERIFY(!view->extentHandle(End::End).isEmpty());
    drag(view->pageViewport(), knob(view, End::End), centreOf(view, starts));

    const Annotation longer = stored(window, claim.id);
    QCOMPARE(longer.quote(), QStringLiteral("crossing ends page one\n\nSecond page starts"));
    QCOMPARE(longer.anchor.regions().size(), 2);
    QCOMPARE(longer.anchor.regions().at(0).page, 0);
    QCOMPARE(longer.anchor.regions().at(1).page, 1);
    QVERIFY(covers(longer.anchor.regions().at(1).quads, normalisedBox(view, starts).center()));
}

void TestPdfClaimHandles::areaClaim_hasNoHandles()
{
    const WrittenPdf pdf = oneColumnPdf(m_dir.filePath(QStringLiteral("area.pdf")));
    MainWindow window;
    openWithPdf(window, pdf);
    PdfView *view = window.pdfView();
    const QPoint from = pointOnPage(view, 0, {60, 80});
    const QPoint to = pointOnPage(view, 0, {300, 170});
    QTest::mousePress(view->pageViewport(), Qt::LeftButton, Qt::ControlModifier, from);
    for (int i = 1; i <= 6; ++i) {
        const QPoint pos = from + (to - from) * i / 6;
        QMouseEvent move(QEvent::MouseMove, pos, view->pageViewport()->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, Qt::ControlModifier);
        QApplication::sendEvent(view->pageViewport(), &move);
    }
    QTest::mouseRelease(view->pageViewport(), Qt::LeftButton, Qt::ControlModifier, to);
    press(&window, Qt::Key_1);
    QCOMPARE(window.store()->annotations().size(), 1);
    const Annotation area = window.store()->annotations().first();
    QCOMPARE(area.anchor.kind(), Anchor::Kind::Area);
    QTRY_COMPARE(window.annotationPanel()->selectionModel()->currentIndex().data(AnnotationIdRole).toLongLong(),
                 area.id);
    QVERIFY(view->extentHandle(End::Start).isEmpty());
    QVERIFY(view->extentHandle(End::End).isEmpty());
}

QTEST_MAIN(TestPdfClaimHandles)
#include "tst_pdfclaimhandles.moc"
