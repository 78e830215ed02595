// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The claim margin beside the pages of the PDF view: a stripe per claim over
// the height of its quads, overlapping claims in columns, the type's number,
// a click that selects, faded claims outside the filter, and View → Claim
// Margin in the whole window. Real PdfView, real Poppler, PDFs written here.
#include "pdfguitestutil.h"

#include "document/pdfview.h"
#include "document/readingstyle.h"
#include "i18n/languagemanager.h"
#include "import/documentimporter.h"
#include "import/pdftextextraction.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationroles.h"
#include "store/projectstore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

constexpr qint64 docId = 11;

PageSelector regionOver(int page, const QVector<QRectF> &rects)
{
    PageSelector s;
    s.page = page;
    for (const QRectF &r : rects)
        s.quads.append(QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}));
    return s;
}

QStandardItem *claimItem(qint64 id, const Anchor &anchor, const QColor &colour, int typeNumber)
{
    auto *item = new QStandardItem(QStringLiteral("claim %1").arg(id));
    item->setData(id, AnnotationIdRole);
    item->setData(docId, DocumentIdRole);
    item->setData(QVariant::fromValue(anchor), AnchorRole);
    item->setData(colour, ColourRole);
    item->setData(typeNumber, TypeNumberRole);
    item->setData(QStringLiteral("Type %1").arg(typeNumber), TypeNameRole);
    item->setData(anchor.quote(), QuoteRole);
    return item;
}

bool near(qreal a, qreal b, qreal slack = 1.5)
{
    return std::abs(a - b) <= slack;
}

bool sameColour(const QColor &a, const QColor &b, int slack = 6)
{
    return std::abs(a.red() - b.red()) <= slack && std::abs(a.green() - b.green()) <= slack
        && std::abs(a.blue() - b.blue()) <= slack;
}

struct Fixture
{
    Fixture()
        : pdf(oneColumnPdf()), selection(&model)
    {
        view.resize(800, 700);
        view.setZoomFactor(1.0);
        view.setClaimMarginVisible(true);   // as the window does, by View → Claim Margin
        view.setDocument(docId, pdf.load());
        view.setAnnotationModel(&model, &selection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    QRectF box(const QString &word, int nth = 0) const { return normalisedBox(&view, pdf.word(word, nth)); }
    // From first to last on one line; nth: which of the words called last.
    QRectF line(const QString &first, const QString &last, int nth = 0) const
    {
        return box(first).united(box(last, nth));
    }
    // A claim over the given lines (normalised rects) of page 0.
    QStandardItem *add(qint64 id, const QVector<QRectF> &lines, const QColor &colour, int typeNumber)
    {
        QStandardItem *item = claimItem(id, Anchor::forPages({regionOver(0, lines)}), colour, typeNumber);
        model.appendRow(item);
        return item;
    }
    PdfMarginStripe stripe(qint64 id) const
    {
        for (const PdfMarginStripe &s : view.marginStripes()) {
            if (s.id == id)
                return s;
        }
        return {};
    }

    WrittenPdf pdf;
    QStandardItemModel model;
    QItemSelectionModel selection;
    PdfView view;
};

const QColor Blue(0x4a, 0x90, 0xd9);
const QColor Orange(0xe0, 0x6c, 0x2f);
const QColor Purple(0x9b, 0x59, 0xb6);
const QColor Green(0x2f, 0xa8, 0x5c);

} // namespace

class TestPdfClaimMargin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void stripes_spanTheirQuads_overlappingClaimsStandInColumns();
    void typeNumbers_standAtTheTopWhereThereIsRoom();
    void clickOnStripe_makesItsClaimCurrent_andSelectsNoText();
    void hoverOnStripe_showsTypeAndQuote();
    void claimOutsideTheFilter_isFaded_andGoneWhenItsRowIs();
    void hiddenMargin_paintsNoStripes_andGivesTheRoomBack();
    void viewMenuClaimMargin_togglesThePdfStripes();
};

void TestPdfClaimMargin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
}

void TestPdfClaimMargin::init()
{
    QSettings().clear();
}

void TestPdfClaimMargin::stripes_spanTheirQuads_overlappingClaimsStandInColumns()
{
    Fixture f;
    // 1: two lines; 2: inside the second of them; 3: the line below, alone.
    f.add(1, {f.line(QStringLiteral("Alpha"), QStringLiteral("Echo")), f.line(QStringLiteral("Golf"), QStringLiteral("Kilo"))},
          Blue, 1);
    f.add(2, {f.line(QStringLiteral("Hotel"), QStringLiteral("India"))}, Orange, 2);
    f.add(3, {f.line(QStringLiteral("Mike"), QStringLiteral("November"))}, Purple, 3);
    // Another document's claim has no stripe here.
    auto *other = claimItem(9, Anchor::forPages({regionOver(0, {f.line(QStringLiteral("Lima"), QStringLiteral("Papa"))})}),
                            Green, 4);
    other->setData(docId + 1, DocumentIdRole);
    f.model.appendRow(other);

    const QRect page = f.view.pageRect(0);
    QCOMPARE(f.view.marginStripes().size(), 3);
    const PdfMarginStripe one = f.stripe(1);
    const PdfMarginStripe two = f.stripe(2);
    const PdfMarginStripe three = f.stripe(3);
    QCOMPARE(one.page, 0);
    // From the top of the first quad to the bottom of the last.
    QVERIFY2(near(one.rect.top(), page.top() + f.box(QStringLiteral("Alpha")).top() * page.height()),
             qPrintable(QStringLiteral("%1 vs %2").arg(one.rect.top()).arg(page.top() + f.box(QStringLiteral("Alpha")).top() * page.height())));
    QVERIFY(near(one.rect.bottom(), page.top() + f.box(QStringLiteral("Golf")).bottom() * page.height()));
    QVERIFY(near(two.rect.top(), page.top() + f.box(QStringLiteral("Hotel")).top() * page.height()));
    QVERIFY(near(two.rect.bottom(), page.top() + f.box(QStringLiteral("Hotel")).bottom() * page.height()));
    QVERIFY(near(three.rect.top(), page.top() + f.box(QStringLiteral("Mike")).top() * page.height()));
    // Left of the page, thin; the overlapping claim in the next column out,
    // the one below back in the first.
    for (const PdfMarginStripe &s : {one, two, three}) {
        QVERIFY(s.rect.right() < page.left());
        QVERIFY(s.rect.width() <= 6);
    }
    QCOMPARE(one.column, 0);
    QCOMPARE(two.column, 1);
    QCOMPARE(three.column, 0);
    QVERIFY(two.rect.right() <= one.rect.left());
    QVERIFY(near(three.rect.left(), one.rect.left(), 0.01));

    // Painted in the claims' colours.
    const QImage grab = f.view.pageViewport()->grab().toImage();
    QVERIFY(sameColour(pixelAt(grab, one.rect.center()), Blue));
    QVERIFY(sameColour(pixelAt(grab, two.rect.center()), Orange));
    QVERIFY(sameColour(pixelAt(grab, three.rect.center()), Purple));

    // A changed claim moves its stripe.
    f.model.item(2)->setData(QVariant::fromValue(Anchor::forPages(
                                 {regionOver(0, {f.line(QStringLiteral("Line3"), QStringLiteral("words"), 3)})})),
                             AnchorRole);
    const PdfMarginStripe moved = f.stripe(3);
    QVERIFY(near(moved.rect.top(), page.top() + f.box(QStringLiteral("Line3")).top() * page.height()));
}

void TestPdfClaimMargin::typeNumbers_standAtTheTopWhereThereIsRoom()
{
    Fixture f;
    const QRectF hotelIndia = f.line(QStringLiteral("Hotel"), QStringLiteral("India"));
    f.add(1, {f.line(QStringLiteral("Alpha"), QStringLiteral("Echo")), f.line(QStringLiteral("Golf"), QStringLiteral("Kilo"))},
          Blue, 1);
    f.add(2, {hotelIndia}, Orange, 2);
    f.add(3, {f.line(QStringLiteral("Mike"), QStringLiteral("November"))}, Purple, 3);
    // Beside 2 at the same height: its number would stand on 2's.
    f.add(4, {hotelIndia}, Green, 7);
    f.add(5, {f.line(QStringLiteral("Line5"), QStringLiteral("words"), 5)}, Green, 0);   // no number known

    QCOMPARE(f.view.marginStripes().size(), 5);
    QCOMPARE(f.stripe(1).label, QStringLiteral("1"));
    QCOMPARE(f.stripe(3).label, QStringLiteral("3"));
    QCOMPARE(f.stripe(5).label, QString());
    // Same top: one number, not two on top of each other.
    const QString two = f.stripe(2).label;
    const QString four = f.stripe(4).label;
    QVERIFY2(two.isEmpty() != four.isEmpty(), qPrintable(two + u'|' + four));
    QCOMPARE(f.stripe(4).column, 2);

    // The number beside the stripe's top, left of the columns, in ink.
    const PdfMarginStripe one = f.stripe(1);
    QVERIFY(one.labelRect.right() <= f.stripe(4).rect.left());
    QVERIFY(near(one.labelRect.top(), one.rect.top()));
    const QImage grab = f.view.pageViewport()->grab().toImage();
    int ink = 0;
    const QRect box = one.labelRect.toAlignedRect();
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            ink += pixelAt(grab, QPointF(x, y)).lightness() < 110 ? 1 : 0;
    }
    QVERIFY2(ink > 3, qPrintable(QString::number(ink)));
}

void TestPdfClaimMargin::clickOnStripe_makesItsClaimCurrent_andSelectsNoText()
{
    Fixture f;
    f.add(1, {f.line(QStringLiteral("Golf"), QStringLiteral("Kilo"))}, Blue, 1);
    f.add(2, {f.line(QStringLiteral("Hotel"), QStringLiteral("India"))}, Orange, 2);
    QSignalSpy activated(&f.view, &AnnotatableView::annotationActivated);
    const QPoint onTwo = f.stripe(2).rect.center().toPoint();
    QCOMPARE(f.view.stripeAt(onTwo), 2);
    QCOMPARE(f.view.stripeAt(f.stripe(1).rect.center().toPoint()), 1);
    QCOMPARE(f.view.stripeAt(onTwo + QPoint(0, 60)), -1);

    QTest::mouseClick(f.view.pageViewport(), Qt::LeftButton, {}, onTwo);
    QCOMPARE(f.selection.currentIndex().data(AnnotationIdRole).toLongLong(), 2);
    QVERIFY(f.selection.isRowSelected(1, {}));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 2);
    QVERIFY(f.view.currentSelection().isEmpty());
    // The selected claim's stripe is drawn darker.
    QCOMPARE(f.stripe(2).colour, Orange.darker(125));
    QCOMPARE(f.stripe(1).colour, Blue);

    QTest::mouseClick(f.view.pageViewport(), Qt::LeftButton, {}, f.stripe(1).rect.center().toPoint());
    QCOMPARE(f.selection.currentIndex().data(AnnotationIdRole).toLongLong(), 1);
}

void TestPdfClaimMargin::hoverOnStripe_showsTypeAndQuote()
{
    Fixture f;
    Anchor anchor = Anchor::forPages({regionOver(0, {f.line(QStringLiteral("Hotel"), QStringLiteral("India"))})});
    f.model.appendRow(claimItem(2, anchor, Orange, 2));
    f.model.item(0)->setData(QStringLiteral("Hotel India"), QuoteRole);
    const QString tip = f.view.pageArea()->toolTipAt(f.stripe(2).rect.center().toPoint());
    QVERIFY2(tip.contains(QStringLiteral("Type 2")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Hotel India")), qPrintable(tip));
    QVERIFY(f.view.pageArea()->toolTipAt(f.stripe(2).rect.center().toPoint() - QPoint(25, 0)).isEmpty());
}

void TestPdfClaimMargin::claimOutsideTheFilter_isFaded_andGoneWhenItsRowIs()
{
    Fixture f;
    f.add(1, {f.line(QStringLiteral("Golf"), QStringLiteral("Kilo"))}, Blue, 1);
    QStandardItem *out = f.add(2, {f.line(QStringLiteral("Mike"), QStringLiteral("November"))}, Orange, 2);
    out->setData(true, FilteredOutRole);

    const QColor faded = ReadingStyle::filteredOutColour(Orange);
    QVERIFY(!sameColour(faded, Orange, 30));
    QCOMPARE(f.stripe(2).colour, faded);
    const QImage grab = f.view.pageViewport()->grab().toImage();
    QVERIFY(sameColour(pixelAt(grab, f.stripe(2).rect.center()), faded));
    QVERIFY(sameColour(pixelAt(grab, f.stripe(1).rect.center()), Blue));

    // Hide Claims Outside the Filter: the proxy drops the row, the stripe goes.
    const QPointF where = f.stripe(2).rect.center();
    f.model.removeRow(1);
    QCOMPARE(f.view.marginStripes().size(), 1);
    QCOMPARE(f.view.stripeAt(where.toPoint()), -1);
    const QImage after = f.view.pageViewport()->grab().toImage();
    QVERIFY(!sameColour(pixelAt(after, where), faded, 3));
}

void TestPdfClaimMargin::hiddenMargin_paintsNoStripes_andGivesTheRoomBack()
{
    Fixture f;
    f.view.fitWidth();
    f.add(1, {f.line(QStringLiteral("Golf"), QStringLiteral("Kilo"))}, Blue, 1);
    QVERIFY(f.view.isClaimMarginVisible());
    const PdfMarginStripe stripe = f.stripe(1);
    QVERIFY(stripe.id == 1);
    const int widthWith = f.view.pageRect(0).width();

    f.view.setClaimMarginVisible(false);
    QVERIFY(!f.view.isClaimMarginVisible());
    QVERIFY(f.view.marginStripes().isEmpty());
    QCOMPARE(f.view.stripeAt(stripe.rect.center().toPoint()), -1);
    QVERIFY(f.view.pageRect(0).width() > widthWith);
    const QImage grab = f.view.pageViewport()->grab().toImage();
    const QRect page = f.view.pageRect(0);
    for (int x = 0; x < page.left() - 4; ++x)
        QVERIFY(!sameColour(pixelAt(grab, QPointF(x, stripe.rect.center().y())), Blue, 20));

    f.view.setClaimMarginVisible(true);
    QCOMPARE(f.view.pageRect(0).width(), widthWith);
    QCOMPARE(f.view.marginStripes().size(), 1);
}

void TestPdfClaimMargin::viewMenuClaimMargin_togglesThePdfStripes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const WrittenPdf pdf = oneColumnPdf(dir.filePath(QStringLiteral("report.pdf")));
    const QString project = dir.filePath(QStringLiteral("p.ktk"));
    {
        ProjectStore store;
        QVERIFY(store.create(project).ok());
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(project));
    QSignalSpy finished(window.pdfTextExtraction(), &PdfTextExtraction::finished);
    QVERIFY(window.importFiles({pdf.path}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);

    PdfView *view = window.pdfView();
    drag(view->pageViewport(), leftOf(view, pdf.word(QStringLiteral("Hotel"))),
         rightOf(view, pdf.word(QStringLiteral("India"))));
    press(&window, Qt::Key_2);
    QCOMPARE(window.store()->annotations().size(), 1);
    const AnnotationId id = window.store()->annotations().first().id;

    auto *action = window.findChild<QAction *>(QStringLiteral("claimMarginAction"));
    QVERIFY(action);
    QVERIFY(action->isChecked());
    QTRY_COMPARE(view->marginStripes().size(), 1);
    QCOMPARE(view->marginStripes().first().id, id);
    QCOMPARE(view->marginStripes().first().label, QStringLiteral("2"));   // the second type's key

    action->setChecked(false);
    QVERIFY(!view->isClaimMarginVisible());
    QVERIFY(view->marginStripes().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("view/claimMargin")).toBool(), false);
    action->setChecked(true);
    QCOMPARE(view->marginStripes().size(), 1);

    // Filtered out by the panel's search: faded; hidden with the rows.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("panelSearch"));
    QVERIFY(search);
    const QColor before = view->marginStripes().first().colour;
    search->setText(QStringLiteral("nothing like it"));
    QTRY_VERIFY(view->marginStripes().size() == 1 && view->marginStripes().first().colour != before);
    auto *hide = window.findChild<QAction *>(QStringLiteral("hideFilteredOutAction"));
    QVERIFY(hide);
    hide->setChecked(true);
    QTRY_VERIFY(view->marginStripes().isEmpty());
    hide->setChecked(false);
    search->clear();
    QTRY_COMPARE(view->marginStripes().size(), 1);
}

QTEST_MAIN(TestPdfClaimMargin)
#include "tst_pdfclaimmargin.moc"
