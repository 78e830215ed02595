// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/findbar.h"
#include "document/pdfview.h"
#include "models/annotationroles.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfpagerenderer.h"
#include "pdf/pdftextextractor.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFrame>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace ktk;

namespace {

constexpr qint64 docId = 11;

// A word written into a test PDF, and where: page and box in points.
struct Word
{
    QString text;
    int page = 0;
    QRectF box;
};

struct TestPdf
{
    std::shared_ptr<PdfDocument> document;
    QVector<Word> words;

    const Word &word(const QString &text, int nth = 0) const
    {
        for (const Word &w : words) {
            if (w.text == text && nth-- == 0)
                return w;
        }
        qFatal("no word %s in the test PDF", qPrintable(text));
    }
};

// Writes A4 pages at 72 dpi, so painter units are points with the origin at
// the page's top-left, and remembers where every word went.
class PdfBuilder
{
public:
    PdfBuilder()
        : m_writer(&m_buffer)
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_painter.begin(&m_writer);
        m_font = QFont(QStringLiteral("DejaVu Sans"));
        m_font.setPointSizeF(12);
        // No ligatures: the extracted text must read as written.
        m_font.setStyleStrategy(QFont::PreferNoShaping);
        m_painter.setFont(m_font);
    }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
    }

    // One line of words from (x, baseline).
    void line(qreal x, qreal baseline, const QString &text)
    {
        const QFontMetricsF metrics(m_font, &m_writer);
        m_painter.drawText(QPointF(x, baseline), text);
        int from = 0;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const int at = int(text.indexOf(word, from));
            const qreal left = x + metrics.horizontalAdvance(text.left(at));
            m_words.append({word, m_page,
                            QRectF(left, baseline - metrics.ascent(), metrics.horizontalAdvance(word),
                                   metrics.ascent() + metrics.descent())});
            from = at + int(word.size());
        }
    }

    void picture(const QRectF &rect)
    {
        QImage image(200, 150, QImage::Format_RGB32);
        image.fill(QColor(0x44, 0x88, 0xcc));
        QPainter p(&image);
        p.fillRect(40, 30, 120, 90, QColor(0xee, 0xaa, 0x33));
        p.end();
        m_painter.drawImage(rect, image);
    }

    TestPdf finish()
    {
        m_painter.end();
        m_buffer.close();
        const PdfDocument::LoadResult loaded = PdfDocument::load(m_buffer.data(), QStringLiteral("test.pdf"));
        if (!loaded.ok())
            qFatal("test PDF does not load: %s", qPrintable(loaded.message));
        return {loaded.document, m_words};
    }

private:
    QBuffer m_buffer;
    QPdfWriter m_writer;
    QPainter m_painter;
    QFont m_font;
    QVector<Word> m_words;
    int m_page = 0;
};

// One page, one column of ten lines.
TestPdf oneColumn()
{
    PdfBuilder b;
    b.line(72, 100, QStringLiteral("Alpha Bravo Charlie Delta Echo"));
    b.line(72, 130, QStringLiteral("Golf Hotel India Juliet Kilo"));
    b.line(72, 160, QStringLiteral("Lima Mike November Oscar Papa"));
    for (int i = 0; i < 7; ++i)
        b.line(72, 190 + 30 * i, QStringLiteral("Line%1 of the column with some words").arg(i));
    return b.finish();
}

// One page, two columns of eight lines each with a wide gutter.
TestPdf twoColumns()
{
    PdfBuilder b;
    for (int i = 0; i < 8; ++i) {
        b.line(50, 100 + 18 * i, QStringLiteral("left%1 west side text").arg(i));
        b.line(330, 100 + 18 * i, QStringLiteral("right%1 east side text").arg(i));
    }
    return b.finish();
}

// Three pages of a few lines; "Zebra" once on page 1 and twice on page 3.
TestPdf threePages()
{
    PdfBuilder b;
    b.line(72, 100, QStringLiteral("First page opens here"));
    b.line(72, 780, QStringLiteral("Zebra crossing ends page one"));
    b.newPage();
    b.line(72, 100, QStringLiteral("Second page starts plainly"));
    b.line(72, 130, QStringLiteral("and carries on"));
    b.newPage();
    b.line(72, 100, QStringLiteral("Third page has a Zebra"));
    b.line(72, 130, QStringLiteral("and another zebra too"));
    return b.finish();
}

// A page of text, then a page with only a picture.
TestPdf textThenPicture()
{
    PdfBuilder b;
    b.line(72, 100, QStringLiteral("Some words before the figure"));
    b.newPage();
    b.picture(QRectF(100, 150, 400, 300));
    return b.finish();
}

struct Fixture
{
    explicit Fixture(const TestPdf &pdf, const QSize &size = QSize(700, 600))
        : pdf(pdf)
    {
        view.resize(size);
        view.setZoomFactor(1.0);
        view.setDocument(docId, pdf.document);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    QWidget *viewport() const { return view.pageViewport(); }

    // A point on a page, in points, as a viewport position.
    QPoint at(int page, const QPointF &points) const
    {
        const QRect r = view.pageRect(page);
        const QSizeF size = pdf.document->pageSize(page);
        return QPoint(r.x() + int(points.x() / size.width() * r.width()),
                      r.y() + int(points.y() / size.height() * r.height()));
    }
    QPoint leftOf(const Word &w) const { return at(w.page, QPointF(w.box.left() + 1, w.box.center().y())); }
    QPoint rightOf(const Word &w) const { return at(w.page, QPointF(w.box.right() - 1, w.box.center().y())); }
    QPoint centreOf(const Word &w) const { return at(w.page, w.box.center()); }
    // The box of a word normalised to its page, as quads are.
    QRectF normalised(const Word &w) const
    {
        const QSizeF size = pdf.document->pageSize(w.page);
        return QRectF(w.box.x() / size.width(), w.box.y() / size.height(), w.box.width() / size.width(),
                      w.box.height() / size.height());
    }

    TestPdf pdf;
    PdfView view;
};

void moveWithButton(QWidget *widget, const QPoint &pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(widget, &move);
}

void drag(QWidget *widget, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    constexpr int steps = 6;
    for (int i = 1; i <= steps; ++i)
        moveWithButton(widget, from + (to - from) * i / steps, modifiers);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

bool covers(const QVector<QPolygonF> &quads, const QPointF &point)
{
    return std::any_of(quads.begin(), quads.end(),
                       [&point](const QPolygonF &q) { return q.boundingRect().contains(point); });
}

QStandardItem *claimItem(qint64 id, const Anchor &anchor, const QColor &colour, qint64 documentId = docId)
{
    auto *item = new QStandardItem(QStringLiteral("claim %1").arg(id));
    item->setData(id, AnnotationIdRole);
    item->setData(documentId, DocumentIdRole);
    item->setData(QVariant::fromValue(anchor), AnchorRole);
    item->setData(colour, ColourRole);
    item->setData(QStringLiteral("Type %1").arg(id), TypeNameRole);
    item->setData(anchor.quote(), QuoteRole);
    item->setData(QStringLiteral("Note on %1").arg(id), NoteRole);
    return item;
}

PageSelector regionOver(int page, const QRectF &r)
{
    PageSelector s;
    s.page = page;
    s.quads = {QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})};
    return s;
}

qint64 currentId(const QItemSelectionModel &selection)
{
    return selection.currentIndex().data(AnnotationIdRole).toLongLong();
}

// The pixel of a grab at a logical position (grabs are in device pixels).
QColor pixelAt(const QImage &image, const QPoint &logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

// How many pixels of rect (logical) in image are dark (glyphs).
int darkPixels(const QImage &image, const QRect &rect)
{
    int dark = 0;
    const qreal dpr = image.devicePixelRatio();
    const QRect r = QRectF(rect.x() * dpr, rect.y() * dpr, rect.width() * dpr, rect.height() * dpr).toRect()
        & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            dark += image.pixelColor(x, y).lightness() < 100 ? 1 : 0;
    }
    return dark;
}

bool waitForRendering(PdfView &view, int page)
{
    PdfPageRenderer *renderer = view.pageArea()->renderer();
    const int width = int(std::lround(view.pageRect(page).width() * view.devicePixelRatioF()));
    return QTest::qWaitFor([&] { return !renderer->image(page, width).isNull(); }, 10000);
}

} // namespace

class TestPdfView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void dragOverTwoWords_givesTheirQuoteAndQuads();
    void dragIntoWords_selectsWholeWords_exactlyWithAlt();
    void dragDownLeftColumn_selectsOnlyThatColumn();
    void dragAcrossPages_givesOneRegionPerPage();
    void doubleClick_selectsWord_tripleClickLine();
    void shiftClick_extendsSelection();
    void copy_putsQuoteOnClipboard();
    void extractedText_givesCanonicalOffsets();
    void areaMode_dragGivesAreaAnchor();
    void ctrlDrag_givesArea();
    void pageWithoutText_dragGivesArea_andExplains();
    void highlights_drawnOnTheirQuads_clickSelectsAndCycles();
    void panelSelection_scrollsToClaimAndFlashes();
    void panelSelection_ofAClaimInView_doesNotScroll();
    void resizeAtFitWidth_keepsTheTopInPlace();
    void rightClick_requestsMenuWithClaimsInnermostFirst();
    void hoverOverHighlight_showsTypeQuoteAndNote();
    void embeddedAnnotation_showsTooltipAndOffersTakeOver();
    void zoom_stepsFitsAndKeepsPlace();
    void zoom_isRemembered();
    void keys_pageThroughTheDocument();
    void pageNumberBox_jumps();
    void find_countsHitsOnAllPages_andSelects();
    void find_inExtractedText();
    void rendering_paintsThePage();
    void selection_perMouseMoveIsFast();
    void clearDocument_dropsEverything();
    void screenshot();
};

void TestPdfView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPdfView::init()
{
    QSettings().remove(QStringLiteral("pdfView"));
}

void TestPdfView::dragOverTwoWords_givesTheirQuoteAndQuads()
{
    Fixture f(oneColumn());
    QSignalSpy changed(&f.view, &AnnotatableView::selectionChanged);
    const Word &hotel = f.pdf.word(QStringLiteral("Hotel"));
    const Word &india = f.pdf.word(QStringLiteral("India"));
    drag(f.viewport(), f.leftOf(hotel), f.rightOf(india));

    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.quote, QStringLiteral("Hotel India"));
    QCOMPARE(selection.anchor.kind(), Anchor::Kind::Page);
    QCOMPARE(selection.anchor.regions().size(), 1);
    const PageSelector &region = selection.anchor.page();
    QCOMPARE(region.page, 0);
    QCOMPARE(region.quads.size(), 1);   // one line
    QVERIFY(covers(region.quads, f.normalised(hotel).center()));
    QVERIFY(covers(region.quads, f.normalised(india).center()));
    QVERIFY(!covers(region.quads, f.normalised(f.pdf.word(QStringLiteral("Golf"))).center()));
    QVERIFY(!covers(region.quads, f.normalised(f.pdf.word(QStringLiteral("Juliet"))).center()));
    // Not extracted yet: a quote with context, no offsets.
    QCOMPARE(selection.anchor.text().exact, QStringLiteral("Hotel India"));
    QCOMPARE(selection.anchor.text().start, -1);
    QVERIFY(selection.anchor.text().prefix.endsWith(QStringLiteral("Golf ")));
    QVERIFY(selection.anchor.text().suffix.startsWith(QStringLiteral(" Juliet")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);

    // A click elsewhere clears it.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(f.pdf.word(QStringLiteral("Mike"))));
    QVERIFY(f.view.currentSelection().isEmpty());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
}

// #11: as in text documents, a drag that starts and ends inside words takes
// the whole words (shown so on release); with Alt, what was dragged over.
void TestPdfView::dragIntoWords_selectsWholeWords_exactlyWithAlt()
{
    Fixture f(oneColumn());
    const Word &hotel = f.pdf.word(QStringLiteral("Hotel"));
    const Word &india = f.pdf.word(QStringLiteral("India"));
    drag(f.viewport(), f.centreOf(hotel), f.centreOf(india));
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Hotel India"));
    QCOMPARE(f.view.currentSelection().anchor.text().exact, QStringLiteral("Hotel India"));

    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(f.pdf.word(QStringLiteral("Mike"))));
    drag(f.viewport(), f.centreOf(hotel), f.centreOf(india), Qt::AltModifier);
    const QString exact = f.view.currentSelection().quote;
    QVERIFY2(!exact.startsWith(QStringLiteral("Hotel")) && !exact.endsWith(QStringLiteral("India"))
                 && exact.contains(u' '),
             qPrintable(exact));
}

void TestPdfView::dragDownLeftColumn_selectsOnlyThatColumn()
{
    Fixture f(twoColumns());
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("left0"))),
         f.rightOf(f.pdf.word(QStringLiteral("text"), 14)));   // the last word of left7's line
    const ViewSelection selection = f.view.currentSelection();
    for (int i = 0; i < 8; ++i) {
        QVERIFY2(selection.quote.contains(QStringLiteral("left%1").arg(i)), qPrintable(selection.quote));
        QVERIFY2(!selection.quote.contains(QStringLiteral("right%1").arg(i)), qPrintable(selection.quote));
    }
    QVERIFY(selection.quote.startsWith(QStringLiteral("left0")));
    QVERIFY(selection.quote.endsWith(QStringLiteral("left7 west side text")));
    QCOMPARE(selection.anchor.page().quads.size(), 8);   // one per line
    for (const QPolygonF &quad : selection.anchor.page().quads)
        QVERIFY(quad.boundingRect().right() < 330.0 / 595);
}

void TestPdfView::dragAcrossPages_givesOneRegionPerPage()
{
    Fixture f(threePages(), QSize(700, 1200));
    f.view.setZoomFactor(0.5);
    const Word &crossing = f.pdf.word(QStringLiteral("crossing"));
    const Word &starts = f.pdf.word(QStringLiteral("starts"));
    drag(f.viewport(), f.leftOf(crossing), f.rightOf(starts));

    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.quote, QStringLiteral("crossing ends page one\n\nSecond page starts"));
    QCOMPARE(selection.anchor.regions().size(), 2);
    QCOMPARE(selection.anchor.regions().at(0).page, 0);
    QCOMPARE(selection.anchor.regions().at(1).page, 1);
    QVERIFY(covers(selection.anchor.regions().at(0).quads, f.normalised(crossing).center()));
    QVERIFY(covers(selection.anchor.regions().at(1).quads, f.normalised(starts).center()));
    QVERIFY(!covers(selection.anchor.regions().at(1).quads, f.normalised(f.pdf.word(QStringLiteral("plainly"))).center()));

    // On to the third page: all of the second page's text comes along.
    drag(f.viewport(), f.leftOf(crossing), f.rightOf(f.pdf.word(QStringLiteral("Third"))));
    const ViewSelection longer = f.view.currentSelection();
    QCOMPARE(longer.anchor.regions().size(), 3);
    QCOMPARE(longer.quote, QStringLiteral("crossing ends page one\n\nSecond page starts plainly\nand carries on\n\nThird"));
}

void TestPdfView::doubleClick_selectsWord_tripleClickLine()
{
    Fixture f(oneColumn());
    const QPoint mike = f.centreOf(f.pdf.word(QStringLiteral("Mike")));
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, mike);
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Mike"));
    // A third click soon after selects the line.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, mike);
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Lima Mike November Oscar Papa"));
}

void TestPdfView::shiftClick_extendsSelection()
{
    Fixture f(oneColumn());
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("Alpha"))), f.rightOf(f.pdf.word(QStringLiteral("Bravo"))));
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Alpha Bravo"));
    QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ShiftModifier, f.rightOf(f.pdf.word(QStringLiteral("Hotel"))));
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Alpha Bravo Charlie Delta Echo\nGolf Hotel"));
}

void TestPdfView::copy_putsQuoteOnClipboard()
{
    Fixture f(threePages(), QSize(700, 1200));
    f.view.setZoomFactor(0.5);
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("page"), 1)), f.rightOf(f.pdf.word(QStringLiteral("Second"))));
    QApplication::clipboard()->clear();
    QTest::keyClick(f.view.pageArea(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("page one\n\nSecond"));
}

void TestPdfView::extractedText_givesCanonicalOffsets()
{
    Fixture f(threePages(), QSize(700, 1200));
    f.view.setZoomFactor(0.5);
    const PdfText extracted = PdfTextExtractor::extract(*f.pdf.document);
    f.view.setExtractedText(extracted.pages, extracted.text);

    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("ends"))), f.rightOf(f.pdf.word(QStringLiteral("Second"))));
    const ViewSelection selection = f.view.currentSelection();
    const TextSelector &text = selection.anchor.text();
    QVERIFY(text.isValid());
    QCOMPARE(extracted.text.mid(text.start, text.end - text.start), selection.quote);
    QCOMPARE(text.start, extracted.text.indexOf(QStringLiteral("ends page one")));
    QVERIFY(text.suffix.startsWith(QStringLiteral(" page starts")));

    // Canonical text that does not match the pages is not trusted.
    QString wrong = extracted.text;
    wrong.replace(QStringLiteral("Second"), QStringLiteral("Sekond"));
    f.view.setExtractedText(extracted.pages, wrong);
    QCOMPARE(f.view.currentSelection().anchor.text().start, -1);
    QCOMPARE(f.view.currentSelection().anchor.text().exact, selection.quote);
}

void TestPdfView::areaMode_dragGivesAreaAnchor()
{
    Fixture f(oneColumn());
    QVERIFY(!f.view.isAreaMode());
    auto *button = f.view.findChild<QToolButton *>(QStringLiteral("pdfAreaMode"));
    QVERIFY(button);
    button->click();
    QVERIFY(f.view.isAreaMode());

    // Around "Golf Hotel" on the second line.
    const QPointF from(60, 115);
    const QPointF to(f.pdf.word(QStringLiteral("Hotel")).box.right() + 2, 140);
    drag(f.viewport(), f.at(0, from), f.at(0, to));
    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.anchor.kind(), Anchor::Kind::Area);
    QCOMPARE(selection.anchor.page().page, 0);
    QCOMPARE(selection.anchor.page().quads.size(), 1);
    QCOMPARE(selection.anchor.page().quads.first().size(), 4);
    const QRectF rect = selection.anchor.page().quads.first().boundingRect();
    const QSizeF page = f.pdf.document->pageSize(0);
    QVERIFY2(qAbs(rect.left() * page.width() - from.x()) < 3 && qAbs(rect.top() * page.height() - from.y()) < 3
                 && qAbs(rect.right() * page.width() - to.x()) < 3 && qAbs(rect.bottom() * page.height() - to.y()) < 3,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(rect.left() * page.width()).arg(rect.top() * page.height())
                            .arg(rect.right() * page.width()).arg(rect.bottom() * page.height())));
    QCOMPARE(selection.quote, QStringLiteral("Golf Hotel"));

    button->click();
    QVERIFY(!f.view.isAreaMode());
}

void TestPdfView::ctrlDrag_givesArea()
{
    Fixture f(oneColumn());
    drag(f.viewport(), f.at(0, QPointF(300, 60)), f.at(0, QPointF(500, 300)), Qt::ControlModifier);
    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.anchor.kind(), Anchor::Kind::Area);
    QVERIFY(selection.quote.isEmpty());   // nothing written there
}

void TestPdfView::pageWithoutText_dragGivesArea_andExplains()
{
    Fixture f(textThenPicture(), QSize(700, 1200));
    f.view.setZoomFactor(0.5);
    auto *notice = f.view.findChild<QFrame *>(QStringLiteral("pdfNoTextNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    drag(f.viewport(), f.at(1, QPointF(90, 140)), f.at(1, QPointF(510, 460)));
    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.anchor.kind(), Anchor::Kind::Area);
    QCOMPARE(selection.anchor.page().page, 1);
    QVERIFY(selection.quote.isEmpty());
    QVERIFY(!selection.isEmpty());
    QVERIFY(notice->isVisible());
    auto *label = notice->findChild<QLabel *>(QStringLiteral("pdfNoTextNoticeLabel"));
    QVERIFY(label->text().contains(QStringLiteral("Page 2 has no text layer")));

    // On the page with text, a drag is still a text selection.
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("Some"))), f.rightOf(f.pdf.word(QStringLiteral("words"))));
    QCOMPARE(f.view.currentSelection().anchor.kind(), Anchor::Kind::Page);
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Some words"));
}

void TestPdfView::highlights_drawnOnTheirQuads_clickSelectsAndCycles()
{
    Fixture f(oneColumn());
    QStandardItemModel model;
    QItemSelectionModel selectionModel(&model);
    const QRectF hotelIndia = f.normalised(f.pdf.word(QStringLiteral("Hotel")))
                                  .united(f.normalised(f.pdf.word(QStringLiteral("India"))));
    const QRectF line = f.normalised(f.pdf.word(QStringLiteral("Golf")))
                            .united(f.normalised(f.pdf.word(QStringLiteral("Kilo"))));
    model.appendRow(claimItem(1, Anchor::forPages({regionOver(0, line)}), QColor(0xf5, 0xc2, 0x11)));
    model.appendRow(claimItem(2, Anchor::forPages({regionOver(0, hotelIndia)}), QColor(0x3d, 0x9b, 0xe9)));
    model.appendRow(claimItem(3, Anchor::forPages({regionOver(0, line)}), Qt::red, docId + 1));
    model.appendRow(claimItem(4, Anchor::forArea(regionOver(0, QRectF(0.5, 0.3, 0.3, 0.1))), Qt::green));
    f.view.setAnnotationModel(&model, &selectionModel);

    const QList<QRect> rects = f.view.annotationRects(2);
    QCOMPARE(rects.size(), 1);
    QVERIFY(rects.first().contains(f.centreOf(f.pdf.word(QStringLiteral("Hotel")))));
    QVERIFY(rects.first().contains(f.centreOf(f.pdf.word(QStringLiteral("India")))));
    QVERIFY(!rects.first().contains(f.centreOf(f.pdf.word(QStringLiteral("Kilo")))));
    QVERIFY(f.view.annotationRects(3).isEmpty());   // another document's
    QCOMPARE(f.view.annotationRects(4).size(), 1);

    QSignalSpy activated(&f.view, &AnnotatableView::annotationActivated);
    const QPoint hotel = f.centreOf(f.pdf.word(QStringLiteral("Hotel")));
    QCOMPARE(f.view.annotationsAt(hotel), (QList<qint64>{2, 1}));
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, hotel);
    QCOMPARE(currentId(selectionModel), 2);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().toLongLong(), 2);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, hotel);
    QCOMPARE(currentId(selectionModel), 1);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, hotel);
    QCOMPARE(currentId(selectionModel), 2);
    // A click did not scroll.
    QCOMPARE(f.view.pageArea()->verticalScrollBar()->value(), 0);

    // The highlights really are drawn, multiplied with the page: yellow
    // where only claim 1 is, and where claim 2 (blue) lies over it a mix
    // that is darker than either, so both stay visible.
    QVERIFY(waitForRendering(f.view, 0));
    const QImage shot = f.viewport()->grab().toImage();
    const int y = rects.first().top() + 1;
    const QColor yellowOnly = pixelAt(shot, QPoint(f.centreOf(f.pdf.word(QStringLiteral("Golf"))).x(), y));
    const QColor both = pixelAt(shot, QPoint(rects.first().center().x(), y));
    const QColor paper = pixelAt(shot, f.at(0, QPointF(500, 300)));
    QCOMPARE(paper, QColor(Qt::white));
    QVERIFY2(yellowOnly.red() - yellowOnly.blue() > 60, qPrintable(yellowOnly.name()));
    QVERIFY2(both.lightness() < yellowOnly.lightness() - 20, qPrintable(both.name() + yellowOnly.name()));
    QVERIFY2(both.blue() > yellowOnly.blue() || both.red() < yellowOnly.red() - 40, qPrintable(both.name()));

    // Model changes move the highlight.
    model.removeRow(1);
    QVERIFY(f.view.annotationRects(2).isEmpty());
}

void TestPdfView::panelSelection_scrollsToClaimAndFlashes()
{
    Fixture f(threePages(), QSize(700, 500));
    QStandardItemModel model;
    QItemSelectionModel selectionModel(&model);
    const QRectF zebra = f.normalised(f.pdf.word(QStringLiteral("zebra")));
    model.appendRow(claimItem(7, Anchor::forPages({regionOver(2, zebra)}), Qt::magenta));
    f.view.setAnnotationModel(&model, &selectionModel);
    QVERIFY(f.view.annotationRects(7).isEmpty());   // page 3 is not in view

    selectionModel.setCurrentIndex(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(f.view.currentPage(), 2);
    const QList<QRect> rects = f.view.annotationRects(7);
    QCOMPARE(rects.size(), 1);
    QVERIFY(qAbs(rects.first().center().y() - f.viewport()->height() / 2) < 20);
    QVERIFY(!f.view.scrollToAnnotation(12345));
}

// A claim just made, or chosen in the panel while it is on screen, must not
// move the page under the reader.
void TestPdfView::panelSelection_ofAClaimInView_doesNotScroll()
{
    Fixture f(threePages(), QSize(700, 500));
    QStandardItemModel model;
    QItemSelectionModel selectionModel(&model);
    const QRectF zebra = f.normalised(f.pdf.word(QStringLiteral("zebra")));
    model.appendRow(claimItem(7, Anchor::forPages({regionOver(2, zebra)}), Qt::magenta));
    f.view.setAnnotationModel(&model, &selectionModel);
    f.view.goToPage(2);
    QTRY_VERIFY(!f.view.annotationRects(7).isEmpty());
    QScrollBar *scroll = f.view.pageArea()->verticalScrollBar();
    // Not centred, but wholly in view.
    scroll->setValue(scroll->value() + (f.view.annotationRects(7).first().top() - 20));
    const int before = scroll->value();
    QVERIFY(f.viewport()->rect().contains(f.view.annotationRects(7).first()));

    selectionModel.setCurrentIndex(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(scroll->value(), before);
}

void TestPdfView::rightClick_requestsMenuWithClaimsInnermostFirst()
{
    Fixture f(oneColumn());
    QStandardItemModel model;
    const QRectF india = f.normalised(f.pdf.word(QStringLiteral("India")));
    const QRectF line = f.normalised(f.pdf.word(QStringLiteral("Golf"))).united(f.normalised(f.pdf.word(QStringLiteral("Kilo"))));
    model.appendRow(claimItem(1, Anchor::forPages({regionOver(0, line)}), Qt::yellow));
    model.appendRow(claimItem(2, Anchor::forPages({regionOver(0, india)}), Qt::cyan));
    f.view.setAnnotationModel(&model, nullptr);
    QSignalSpy requested(&f.view, &AnnotatableView::annotationContextMenuRequested);

    const QPoint pos = f.centreOf(f.pdf.word(QStringLiteral("India")));
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, f.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(f.viewport(), &event);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).value<QList<qint64>>(), (QList<qint64>{2, 1}));
    QCOMPARE(requested.first().at(1).toPoint(), f.viewport()->mapToGlobal(pos));
    QCOMPARE(requested.first().at(2).toBool(), false);

    const QPoint empty = f.at(0, QPointF(400, 600));
    QContextMenuEvent elsewhere(QContextMenuEvent::Mouse, empty, f.viewport()->mapToGlobal(empty));
    QApplication::sendEvent(f.viewport(), &elsewhere);
    QCOMPARE(requested.count(), 2);
    QVERIFY(requested.last().at(0).value<QList<qint64>>().isEmpty());
}

void TestPdfView::hoverOverHighlight_showsTypeQuoteAndNote()
{
    Fixture f(oneColumn());
    QStandardItemModel model;
    Anchor anchor = Anchor::forPages({regionOver(0, f.normalised(f.pdf.word(QStringLiteral("Oscar"))))});
    TextSelector quote;
    quote.exact = QStringLiteral("Oscar");
    anchor.setText(quote);
    model.appendRow(claimItem(5, anchor, Qt::yellow));
    f.view.setAnnotationModel(&model, nullptr);
    const QString tip = f.view.pageArea()->toolTipAt(f.centreOf(f.pdf.word(QStringLiteral("Oscar"))));
    QVERIFY2(tip.contains(QStringLiteral("Type 5")) && tip.contains(QStringLiteral("Oscar"))
                 && tip.contains(QStringLiteral("Note on 5")),
             qPrintable(tip));
    QVERIFY(f.view.pageArea()->toolTipAt(f.centreOf(f.pdf.word(QStringLiteral("Alpha")))).isEmpty());
}

void TestPdfView::embeddedAnnotation_showsTooltipAndOffersTakeOver()
{
    // tests/data/pdf/README.md: a note by Bob Checker at (400, 115)-(420, 135) pt,
    // a highlight by Ada Reviewer over "budget grows" on the line at y = 100.
    QFile file(QStringLiteral(KTK_TEST_DATA "/pdf/annotated.pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const PdfDocument::LoadResult loaded = PdfDocument::load(file.readAll(), file.fileName());
    QVERIFY(loaded.ok());
    Fixture f(TestPdf{loaded.document, {}});
    const QPoint note = f.at(0, QPointF(410, 125));
    const std::optional<PdfEmbeddedAnnotation> embedded = f.view.embeddedAnnotationAt(note);
    QVERIFY(embedded);
    QCOMPARE(embedded->author, QStringLiteral("Bob Checker"));
    const QString tip = f.view.pageArea()->toolTipAt(note);
    QVERIFY2(tip.contains(QStringLiteral("Bob Checker")) && tip.contains(QStringLiteral("Ask the ministry")),
             qPrintable(tip));

    QSignalSpy takeOver(&f.view, &PdfView::takeOverRequested);
    QSignalSpy requested(&f.view, &AnnotatableView::annotationContextMenuRequested);
    bool menuShown = false;
    QTimer::singleShot(0, this, [&menuShown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuShown = true;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("pdfTakeOverAction"))
                menu->setActiveAction(action);
        }
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, note, f.viewport()->mapToGlobal(note));
    QApplication::sendEvent(f.viewport(), &event);
    QVERIFY(menuShown);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(takeOver.count(), 1);
    const auto taken = takeOver.first().first().value<QVector<PdfEmbeddedAnnotation>>();
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().contents, QStringLiteral("Ask the ministry for the source."));

    // Where a claim lies over the PDF's own highlight, the claim's menu wins.
    const QPoint budget = f.at(0, QPointF(110, 95));
    QVERIFY(f.view.embeddedAnnotationAt(budget));
    QStandardItemModel model;
    model.appendRow(claimItem(9, Anchor::forPages({regionOver(0, QRectF(0.1, 0.09, 0.3, 0.04))}), Qt::yellow));
    f.view.setAnnotationModel(&model, nullptr);
    QContextMenuEvent onClaim(QContextMenuEvent::Mouse, budget, f.viewport()->mapToGlobal(budget));
    QApplication::sendEvent(f.viewport(), &onClaim);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<QList<qint64>>(), QList<qint64>{9});
    QCOMPARE(takeOver.count(), 1);
}

void TestPdfView::zoom_stepsFitsAndKeepsPlace()
{
    Fixture f(threePages());
    QSignalSpy zoomed(&f.view, &AnnotatableView::zoomFactorChanged);
    const QSize before = f.view.pageRect(0).size();
    f.view.zoomIn();
    QCOMPARE(f.view.zoomFactor(), 1.2);
    QCOMPARE(f.view.zoomMode(), PdfView::ZoomMode::Custom);
    QCOMPARE(zoomed.count(), 1);
    const QSize after = f.view.pageRect(0).size();
    QVERIFY(qAbs(after.width() - before.width() * 1.2) <= 1);
    QVERIFY(qAbs(after.height() - before.height() * 1.2) <= 1);
    // 100 % is one point per logical pixel at 72 dpi, scaled to the screen's dpi.
    f.view.resetZoom();
    QVERIFY(qAbs(f.view.pageRect(0).width() - 595.0 * f.view.logicalDpiY() / 72) <= 1);

    // The page in the middle of the viewport stays there.
    f.view.goToPage(1);
    f.view.pageArea()->verticalScrollBar()->setValue(f.view.pageArea()->verticalScrollBar()->value() + 100);
    const QPoint middle = f.viewport()->rect().center();
    const QRect page1 = f.view.pageRect(1);
    const qreal fraction = qreal(middle.y() - page1.top()) / page1.height();
    f.view.zoomIn();
    f.view.zoomIn();
    const QRect zoomedPage1 = f.view.pageRect(1);
    QVERIFY(qAbs(qreal(middle.y() - zoomedPage1.top()) / zoomedPage1.height() - fraction) < 0.01);
    QCOMPARE(f.view.currentPage(), 1);

    f.view.fitWidth();
    QCOMPARE(f.view.zoomMode(), PdfView::ZoomMode::FitWidth);
    QVERIFY(qAbs(f.view.pageRect(0).width() - (f.viewport()->width() - 32)) <= 1);
    QCOMPARE(f.view.pageArea()->horizontalScrollBar()->maximum(), 0);
    f.view.resize(900, 600);
    QTRY_VERIFY(qAbs(f.view.pageRect(0).width() - (f.viewport()->width() - 32)) <= 1);

    f.view.fitPage();
    QVERIFY(f.view.pageRect(f.view.currentPage()).height() <= f.viewport()->height());
    QVERIFY(f.view.pageRect(f.view.currentPage()).height() >= f.viewport()->height() - 40);

    // Ctrl+wheel zooms around the mouse.
    const qreal fit = f.view.zoomFactor();
    const QPoint mouse = f.viewport()->rect().center();
    QWheelEvent wheel(mouse, f.viewport()->mapToGlobal(mouse), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.viewport(), &wheel);
    QVERIFY(f.view.zoomFactor() > fit);
    QCOMPARE(f.view.zoomMode(), PdfView::ZoomMode::Custom);

    auto *combo = f.view.findChild<QComboBox *>(QStringLiteral("pdfZoom"));
    QVERIFY(combo);
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(f.view.zoomMode(), PdfView::ZoomMode::FitWidth);
}

// A window opened (and then laid out to its size) at the start of a document
// still shows the start, not the middle of the first page.
void TestPdfView::resizeAtFitWidth_keepsTheTopInPlace()
{
    Fixture f(threePages(), QSize(500, 600));
    f.view.fitWidth();
    QCOMPARE(f.view.pageArea()->verticalScrollBar()->value(), 0);
    f.view.resize(1000, 600);
    QTRY_VERIFY(qAbs(f.view.pageRect(0).width() - (f.viewport()->width() - 32)) <= 1);
    QVERIFY2(f.view.pageArea()->verticalScrollBar()->value() < 20,
             qPrintable(QString::number(f.view.pageArea()->verticalScrollBar()->value())));
    QVERIFY(f.view.pageRect(0).top() >= 0);
}

void TestPdfView::zoom_isRemembered()
{
    {
        PdfView view;
        view.setZoomFactor(1.5);
    }
    {
        PdfView view;
        QCOMPARE(view.zoomFactor(), 1.5);
        QCOMPARE(view.zoomMode(), PdfView::ZoomMode::Custom);
        view.fitPage();
    }
    PdfView view;
    QCOMPARE(view.zoomMode(), PdfView::ZoomMode::FitPage);
}

void TestPdfView::keys_pageThroughTheDocument()
{
    Fixture f(threePages(), QSize(700, 500));
    QSignalSpy pageChanged(&f.view, &PdfView::currentPageChanged);
    QCOMPARE(f.view.currentPage(), 0);
    QWidget *area = f.view.pageArea();
    QTest::keyClick(area, Qt::Key_PageDown);
    QTest::keyClick(area, Qt::Key_PageDown);
    QTest::keyClick(area, Qt::Key_PageDown);
    QCOMPARE(f.view.currentPage(), 1);
    QVERIFY(pageChanged.count() >= 1);
    QCOMPARE(pageChanged.last().first().toInt(), 1);
    QTest::keyClick(area, Qt::Key_End);
    QCOMPARE(f.view.currentPage(), 2);
    QTest::keyClick(area, Qt::Key_Home);
    QCOMPARE(f.view.currentPage(), 0);
    const int top = f.view.pageArea()->verticalScrollBar()->value();
    QTest::keyClick(area, Qt::Key_Space);
    QVERIFY(f.view.pageArea()->verticalScrollBar()->value() > top);
    QTest::keyClick(area, Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(f.view.pageArea()->verticalScrollBar()->value(), top);
    QTest::keyClick(area, Qt::Key_Down);
    QVERIFY(f.view.pageArea()->verticalScrollBar()->value() > top);
}

void TestPdfView::pageNumberBox_jumps()
{
    Fixture f(threePages(), QSize(700, 500));
    auto *box = f.view.findChild<QSpinBox *>(QStringLiteral("pdfPageNumber"));
    QVERIFY(box);
    QCOMPARE(box->maximum(), 3);
    QCOMPARE(box->value(), 1);
    f.view.focusPageNumber();
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(box, QStringLiteral("3"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(f.view.currentPage(), 2);
    f.view.goToPage(1);
    QCOMPARE(box->value(), 2);
}

void TestPdfView::find_countsHitsOnAllPages_andSelects()
{
    Fixture f(threePages(), QSize(700, 500));
    f.view.showFindBar();
    FindBar *bar = f.view.findBar();
    QVERIFY(bar->isVisible());
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *status = bar->findChild<QLabel *>(QStringLiteral("findStatus"));
    QTest::keyClicks(edit, QStringLiteral("zebra"));
    QCOMPARE(status->text(), QStringLiteral("1 of 3"));
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("Zebra"));
    QCOMPARE(f.view.currentSelection().anchor.page().page, 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("2 of 3"));
    QCOMPARE(f.view.currentSelection().anchor.page().page, 2);
    QCOMPARE(f.view.currentPage(), 2);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(f.view.currentSelection().quote, QStringLiteral("zebra"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(status->text().startsWith(QStringLiteral("1 of 3")));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(status->text().startsWith(QStringLiteral("3 of 3")));
    // F3 from the pages goes on to the next hit.
    f.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.view));
    f.view.pageArea()->setFocus();
    QTest::keyClick(f.view.pageArea(), Qt::Key_F3);
    QVERIFY2(status->text().startsWith(QStringLiteral("1 of 3")), qPrintable(status->text()));
    QTest::keyClick(f.view.pageArea(), Qt::Key_F3);
    QCOMPARE(status->text(), QStringLiteral("2 of 3"));
    QTest::keyClicks(edit, QStringLiteral("xyz"));
    QCOMPARE(status->text(), QStringLiteral("Not found"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestPdfView::find_inExtractedText()
{
    Fixture f(threePages(), QSize(700, 500));
    const PdfText extracted = PdfTextExtractor::extract(*f.pdf.document);
    f.view.setDocument(docId, f.pdf.document, extracted.pages, extracted.text);
    f.view.showFindBar();
    auto *edit = f.view.findBar()->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *status = f.view.findBar()->findChild<QLabel *>(QStringLiteral("findStatus"));
    QTest::keyClicks(edit, QStringLiteral("PAGE"));
    QCOMPARE(status->text(), QStringLiteral("1 of 4"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Return);
    const ViewSelection selection = f.view.currentSelection();
    QCOMPARE(selection.quote, QStringLiteral("page"));
    QCOMPARE(selection.anchor.page().page, 1);
    QCOMPARE(selection.anchor.text().start, extracted.text.indexOf(QStringLiteral("page starts")));
}

void TestPdfView::rendering_paintsThePage()
{
    QElapsedTimer timer;
    timer.start();
    Fixture f(oneColumn());
    QVERIFY(waitForRendering(f.view, 0));
    qInfo("first page rendered %lld ms after the view was made", timer.elapsed());
    const QImage shot = f.viewport()->grab().toImage();
    const QRect alpha = QRect(f.leftOf(f.pdf.word(QStringLiteral("Alpha"))), f.rightOf(f.pdf.word(QStringLiteral("Alpha"))))
                            .adjusted(0, -6, 0, 6);
    QVERIFY2(darkPixels(shot, alpha) > 10, qPrintable(QString::number(darkPixels(shot, alpha))));
    // White paper where nothing is written, grey around the page.
    QCOMPARE(pixelAt(shot, f.at(0, QPointF(500, 300))), QColor(Qt::white));
    QVERIFY(pixelAt(shot, f.view.pageRect(0).topLeft() - QPoint(10, 10)) != QColor(Qt::white));
}

void TestPdfView::selection_perMouseMoveIsFast()
{
    PdfBuilder b;
    for (int page = 0; page < 4; ++page) {
        if (page > 0)
            b.newPage();
        for (int i = 0; i < 45; ++i)
            b.line(40, 40 + 17 * i, QStringLiteral("Line %1 of page %2 with a fair number of words in it to select").arg(i).arg(page));
    }
    Fixture f(b.finish(), QSize(900, 1000));
    f.view.setZoomFactor(0.75);
    QWidget *viewport = f.viewport();
    const QRect page = f.view.pageRect(0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, page.topLeft() + QPoint(40, 40));
    // The first move reads the page's text layer; after that only the selection moves.
    moveWithButton(viewport, page.topLeft() + QPoint(60, 60));
    QElapsedTimer timer;
    timer.start();
    constexpr int moves = 200;
    qint64 worst = 0;
    for (int i = 0; i < moves; ++i) {
        QElapsedTimer one;
        one.start();
        moveWithButton(viewport, page.topLeft() + QPoint(60 + (i * 7) % 500, 60 + i * 4));
        QCoreApplication::processEvents();   // the repaint of what changed
        worst = std::max(worst, one.nsecsElapsed());
    }
    const qint64 total = timer.elapsed();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, page.topLeft() + QPoint(60, 860));
    qInfo("selection: %lld ms for %d mouse moves with repaint, worst %.1f ms", total, moves, worst / 1e6);
    QVERIFY(!f.view.currentSelection().isEmpty());
    QVERIFY2(total / double(moves) < 16, qPrintable(QString::number(total / double(moves))));
}

void TestPdfView::clearDocument_dropsEverything()
{
    Fixture f(oneColumn());
    std::weak_ptr<PdfDocument> weak = f.pdf.document;
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("Alpha"))), f.rightOf(f.pdf.word(QStringLiteral("Bravo"))));
    f.view.clearDocument();
    f.pdf.document.reset();
    QVERIFY(weak.expired());
    QCOMPARE(f.view.documentId(), -1);
    QCOMPARE(f.view.pageCount(), 0);
    QVERIFY(f.view.currentSelection().isEmpty());
    QVERIFY(!f.view.pdfDocument());
    QVERIFY(f.view.pageRect(0).isNull());
}

void TestPdfView::screenshot()
{
    Fixture f(twoColumns(), QSize(760, 620));
    QStandardItemModel model;
    QItemSelectionModel selectionModel(&model);
    auto box = [&f](const QString &first, int firstNth, const QString &last, int lastNth) {
        return f.normalised(f.pdf.word(first, firstNth)).united(f.normalised(f.pdf.word(last, lastNth)));
    };
    // "left1 west side text", and its "west side" as a second, overlapping claim.
    model.appendRow(claimItem(1, Anchor::forPages({regionOver(0, box(QStringLiteral("left1"), 0, QStringLiteral("text"), 2))}),
                              QColor(0xf5, 0xc2, 0x11)));
    model.appendRow(claimItem(2, Anchor::forPages({regionOver(0, box(QStringLiteral("west"), 1, QStringLiteral("side"), 2))}),
                              QColor(0x3d, 0x9b, 0xe9)));
    model.appendRow(claimItem(3, Anchor::forArea(regionOver(0, QRectF(0.54, 0.228, 0.33, 0.05))),
                              QColor(0x2e, 0xa0, 0x4f)));
    f.view.setAnnotationModel(&model, &selectionModel);
    selectionModel.select(model.index(1, 0), QItemSelectionModel::Select);
    f.view.setZoomFactor(0.75);
    drag(f.viewport(), f.leftOf(f.pdf.word(QStringLiteral("right4"))), f.rightOf(f.pdf.word(QStringLiteral("east"), 5)));
    QVERIFY(waitForRendering(f.view, 0));
    QVERIFY(f.view.grab().save(QStringLiteral("/tmp/pdfview.png")));
}

QTEST_MAIN(TestPdfView)
#include "tst_pdfview.moc"
