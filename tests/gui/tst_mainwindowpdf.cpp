// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PDF workflow in the whole window, as a researcher works: import a PDF,
// drag over words on the page, press a digit, find the claim in the panel and
// in the project file, reopen, take over another reader's annotations, undo by
// keys, open an encrypted PDF. Real widgets, real mouse events on the page
// viewport, shortcuts pressed as keys; the PDFs are written by the test.
#include "document/documentview.h"
#include "document/pdfview.h"
#include "i18n/languagemanager.h"
#include "import/documentimporter.h"
#include "import/pdftextextraction.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagebanner.h"
#include "models/annotationroles.h"
#include "models/documentsmodel.h"
#include "navigator/documentnavigator.h"
#include "panels/annotationpanel.h"
#include "panels/claimitemdelegate.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfpagerenderer.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace ktk;

namespace {

const QString Article = QStringLiteral(
    "Platforms and the rule of law\n\n"
    "The minister said on Tuesday that the platforms are a danger to the rule of law. "
    "She expects that a register of algorithms will restore trust within two years.\n");

// A word written into a test PDF: its page and box in points.
struct Word
{
    QString text;
    int page = 0;
    QRectF box;
};

struct WrittenPdf
{
    QString path;
    QVector<Word> words;

    const Word &word(const QString &text, int nth = 0) const
    {
        for (const Word &w : words) {
            if (w.text == text && nth-- == 0)
                return w;
        }
        qFatal("no word %s in %s", qPrintable(text), qPrintable(path));
    }
};

// Writes A4 pages at 72 dpi into a file, so painter units are points from the
// page's top-left, and remembers where every word went.
class PdfFileWriter
{
public:
    PdfFileWriter(const QString &path, const QString &title)
        : m_path(path), m_writer(path)
    {
        m_writer.setTitle(title);
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_painter.begin(&m_writer);
        m_font = QFont(QStringLiteral("DejaVu Sans"));
        m_font.setPointSizeF(12);
        m_font.setStyleStrategy(QFont::PreferNoShaping);   // no ligatures in the text layer
        m_painter.setFont(m_font);
    }

    void newPage()
    {
        m_writer.newPage();
        ++m_page;
    }

    void line(qreal x, qreal baseline, const QString &text)
    {
        const QFontMetricsF metrics(m_font, &m_writer);
        m_painter.drawText(QPointF(x, baseline), text);
        int from = 0;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const int at = int(text.indexOf(word, from));
            m_words.append({word, m_page,
                            QRectF(x + metrics.horizontalAdvance(text.left(at)), baseline - metrics.ascent(),
                                   metrics.horizontalAdvance(word), metrics.ascent() + metrics.descent())});
            from = at + int(word.size());
        }
    }

    WrittenPdf finish()
    {
        m_painter.end();
        return {m_path, m_words};
    }

private:
    QString m_path;
    QPdfWriter m_writer;
    QPainter m_painter;
    QFont m_font;
    QVector<Word> m_words;
    int m_page = 0;
};

WrittenPdf oneColumn(const QString &path)
{
    PdfFileWriter w(path, QStringLiteral("One column report"));
    w.line(72, 100, QStringLiteral("Alpha Bravo Charlie Delta Echo"));
    w.line(72, 130, QStringLiteral("Golf Hotel India Juliet Kilo"));
    w.line(72, 160, QStringLiteral("Lima Mike November Oscar Papa"));
    for (int i = 0; i < 7; ++i)
        w.line(72, 190 + 30 * i, QStringLiteral("Line%1 of the column with some words").arg(i));
    return w.finish();
}

WrittenPdf twoColumns(const QString &path)
{
    PdfFileWriter w(path, QStringLiteral("Two column brief"));
    for (int i = 0; i < 8; ++i) {
        w.line(50, 100 + 18 * i, QStringLiteral("left%1 west side text").arg(i));
        w.line(330, 100 + 18 * i, QStringLiteral("right%1 east side text").arg(i));
    }
    return w.finish();
}

WrittenPdf threePages(const QString &path)
{
    PdfFileWriter w(path, QStringLiteral("Three page letter"));
    w.line(72, 100, QStringLiteral("First page opens here"));
    w.line(72, 780, QStringLiteral("Zebra crossing ends page one"));
    w.newPage();
    w.line(72, 100, QStringLiteral("Second page starts plainly"));
    w.line(72, 130, QStringLiteral("and carries on"));
    w.newPage();
    w.line(72, 100, QStringLiteral("Third page has a Zebra"));
    return w.finish();
}

// A point of a page (in points) as a position in the PDF view's page viewport.
QPoint at(const PdfView *view, int page, const QPointF &points)
{
    const QRect r = view->pageRect(page);
    const QSizeF size = view->pdfDocument()->pageSize(page);
    return QPoint(r.x() + int(points.x() / size.width() * r.width()),
                  r.y() + int(points.y() / size.height() * r.height()));
}
QPoint leftOf(const PdfView *v, const Word &w) { return at(v, w.page, {w.box.left() + 1, w.box.center().y()}); }
QPoint rightOf(const PdfView *v, const Word &w) { return at(v, w.page, {w.box.right() - 1, w.box.center().y()}); }

QPointF normalisedCentre(const PdfView *view, const Word &w)
{
    const QSizeF size = view->pdfDocument()->pageSize(w.page);
    return {w.box.center().x() / size.width(), w.box.center().y() / size.height()};
}

bool covers(const QVector<QPolygonF> &quads, const QPointF &point)
{
    return std::any_of(quads.begin(), quads.end(),
                       [&point](const QPolygonF &q) { return q.boundingRect().contains(point); });
}

// Scrolls so that both points (of the page, in points) are in the viewport.
void bringIntoView(PdfView *view, int page1, const QPointF &p1, int page2, const QPointF &p2)
{
    QScrollBar *bar = view->pageArea()->verticalScrollBar();
    const int middle = (at(view, page1, p1).y() + at(view, page2, p2).y()) / 2;
    bar->setValue(bar->value() + middle - view->pageViewport()->height() / 2);
}

void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    constexpr int steps = 6;
    for (int i = 1; i <= steps; ++i) {
        const QPoint pos = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// A key pressed where the user's focus is, as the keyboard would: shortcuts
// go through the shortcut map, never QAction::trigger().
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, Qt::Key(key), modifiers);
}

// Drags over the first occurrence of quote in the text view.
void dragOverText(QTextEdit *text, const QString &quote)
{
    const int start = int(text->document()->toPlainText().indexOf(quote));
    QTextCursor c(text->document());
    c.setPosition(start);
    const QPoint from = text->cursorRect(c).center() + QPoint(1, 0);
    c.setPosition(start + int(quote.size()));
    drag(text->viewport(), from, text->cursorRect(c).center() - QPoint(1, 0));
}

bool waitForRendering(PdfView *view, int page)
{
    PdfPageRenderer *renderer = view->pageArea()->renderer();
    const int width = int(std::lround(view->pageRect(page).width() * view->devicePixelRatioF()));
    return QTest::qWaitFor([&] { return !renderer->image(page, width).isNull(); }, 10000);
}

// The grey line under a claim's quote in the panel's list.
QString detailLine(QTreeView *tree, const QModelIndex &row)
{
    auto *delegate = qobject_cast<ClaimItemDelegate *>(tree->itemDelegateForColumn(0));
    if (!delegate)
        delegate = qobject_cast<ClaimItemDelegate *>(tree->itemDelegate());
    return delegate ? delegate->detailText(row) : QStringLiteral("(no claim delegate)");
}

// The offscreen platform has no window manager to give the window back its
// activation when a modal dialog closes; without it no shortcut fires.
void reactivate(QWidget &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// Answers the modal dialogs that open while the test waits, one answer each,
// from a timer (the dialogs run their own event loops).
class ModalAnswerer : public QObject
{
public:
    using Answer = std::function<void(QWidget *)>;
    explicit ModalAnswerer(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
        m_timer.start(20);
    }
    QStringList texts;     // what each dialog said
    int unexpected = 0;    // dialogs beyond the answers given, rejected

    static Answer password(const QString &text)
    {
        return [text](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            dialog->setTextValue(text);
            dialog->accept();
        };
    }
    static Answer cancel()
    {
        return [](QWidget *w) { qobject_cast<QDialog *>(w)->reject(); };
    }
    static Answer yes()
    {
        return [](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box && box->button(QMessageBox::Yes));
            box->button(QMessageBox::Yes)->click();
        };
    }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == m_last)
            return;
        // A long import's progress dialog asks nothing.
        if (qobject_cast<QProgressDialog *>(modal))
            return;
        m_last = modal;
        if (auto *input = qobject_cast<QInputDialog *>(modal))
            texts << input->labelText();
        else if (auto *box = qobject_cast<QMessageBox *>(modal))
            texts << box->text();
        if (m_answers.isEmpty()) {
            ++unexpected;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            return;
        }
        m_answers.takeFirst()(modal);
    }

    QList<Answer> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

} // namespace

class TestMainWindowPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importPdf_showsFirstPageAtOnce_thenItsText();
    void dragOverWords_key1_claimWithQuoteRegionAndOffsets_panelShowsPage();
    void claimMadeBeforeTextIsRead_getsItsPlaceInTheTextAfterwards();
    void reopenedProject_drawsClaimAtSamePlace();
    void dragAcrossPageBreak_givesTwoRegions();
    void goToPageByKeys_ctrlG_typeNumber_enter();
    void twoColumns_dragDownLeftColumn_claimsOnlyThatColumn();
    void areaByKeys_dragAndKey2_givesAreaClaim();
    void areaButtonInPageBar_andMenuActionStayInStep();
    void takeOverOwnAnnotations_once_undoneInOneStepByKey();
    void undoRedoOfPdfClaim_byKeys();
    void encryptedPdf_wrongThenRightPassword_imports();
    void encryptedPdf_cancelled_namedInBanner_restOfBatchImports();
    void wholeProjectScope_listsTextAndPdfClaims();
    void navigatorSwitch_showsRightView_digitKeysWorkInBoth();
    void screenshot_windowWithPdfAndClaims();
    // Last, as it switches the interface language.
    void dutch_pdfBarAndMenuItemsAreTranslated();

private:
    // A shown, active window with the test's project open.
    void openWindow(MainWindow &window);
    // Imports one PDF and waits until its text is extracted and stored.
    DocumentId importAndWaitForText(MainWindow &window, const QString &path);
    // Drags over the words (first to last) and presses a digit key: the new claim.
    Annotation markWords(MainWindow &window, const WrittenPdf &pdf, const Word &first, const Word &last, int key);
    QTreeView *claimList(MainWindow &window);
    QString pdfPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestMainWindowPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
}

void TestMainWindowPdf::init()
{
    // This executable's own settings file: window geometry, zoom, scope, last document.
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("project%1.ktk").arg(m_counter++));
    ProjectStore store;
    QVERIFY(store.create(m_path).ok());
    const Result<Document> doc = DocumentImporter::importBytes(Article.toUtf8(), QStringLiteral("article.txt"));
    QVERIFY(doc.ok());
    QVERIFY(store.addDocument(doc.value()).ok());
}

void TestMainWindowPdf::openWindow(MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(m_path));
}

DocumentId TestMainWindowPdf::importAndWaitForText(MainWindow &window, const QString &path)
{
    QSignalSpy finished(window.pdfTextExtraction(), &PdfTextExtraction::finished);
    const QStringList failures = window.importFiles({path});
    if (!failures.isEmpty()) {
        QTest::qFail(qPrintable(failures.join(u'\n')), __FILE__, __LINE__);
        return 0;
    }
    const DocumentId id = window.currentDocument();
    const bool done = QTest::qWaitFor([&] {
        return std::any_of(finished.cbegin(), finished.cend(),
                           [id](const QList<QVariant> &args) { return args.first().toLongLong() == id; });
    }, 20000);
    if (!done)
        QTest::qFail("the text of the PDF was not extracted in 20 s", __FILE__, __LINE__);
    return id;
}

Annotation TestMainWindowPdf::markWords(MainWindow &window, const WrittenPdf &pdf, const Word &first,
                                        const Word &last, int key)
{
    PdfView *view = window.pdfView();
    const int before = int(window.store()->annotations().size());
    drag(view->pageViewport(), leftOf(view, first), rightOf(view, last));
    press(&window, key);
    const QVector<Annotation> all = window.store()->annotations();
    if (all.size() != before + 1) {
        qWarning("no claim from dragging over %s..%s in %s and pressing a key; focus on %s, selection \"%s\"",
                 qPrintable(first.text), qPrintable(last.text), qPrintable(pdf.path),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing",
                 qPrintable(view->currentSelection().quote));
        return {};
    }
    return *std::max_element(all.cbegin(), all.cend(),
                             [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
}

QTreeView *TestMainWindowPdf::claimList(MainWindow &window)
{
    return window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
}

void TestMainWindowPdf::importPdf_showsFirstPageAtOnce_thenItsText()
{
    const WrittenPdf pdf = threePages(pdfPath(QStringLiteral("letter.pdf")));
    MainWindow window;
    openWindow(window);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.documentView()));

    QSignalSpy finished(window.pdfTextExtraction(), &PdfTextExtraction::finished);
    QVERIFY(window.importFiles({pdf.path}).isEmpty());
    const DocumentId id = window.currentDocument();
    QVERIFY(id != 0);
    // Shown at once, before its text is read.
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.pdfView()));
    QCOMPARE(window.pdfView()->documentId(), id);
    QCOMPARE(window.pdfView()->pageCount(), 3);
    QCOMPARE(window.pdfView()->currentPage(), 0);
    QVERIFY(window.pdfView()->isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(waitForRendering(window.pdfView(), 0));

    // The navigator lists it, by the title the PDF carries, and marks it current.
    QTreeView *list = window.navigator()->view();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentIndex().data(DocumentsModel::IdRole).toLongLong(), id);
    QCOMPARE(list->currentIndex().data(Qt::DisplayRole).toString(), QStringLiteral("Three page letter"));

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
    QCOMPARE(finished.first().first().toLongLong(), id);
    const auto stored = window.store()->document(id, ProjectStore::Content::WithoutOriginal);
    QVERIFY(stored);
    QCOMPARE(stored->pages.size(), 3);
    QVERIFY(stored->canonicalText.contains(QStringLiteral("Second page starts plainly")));
    // The status bar's progress is gone again.
    auto *progress = window.findChild<QWidget *>(QStringLiteral("pdfTextProgress"));
    QVERIFY(progress);
    QTRY_VERIFY(!progress->isVisible());
}

void TestMainWindowPdf::dragOverWords_key1_claimWithQuoteRegionAndOffsets_panelShowsPage()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("one.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    const Word &hotel = pdf.word(QStringLiteral("Hotel"));
    const Word &india = pdf.word(QStringLiteral("India"));

    drag(view->pageViewport(), leftOf(view, hotel), rightOf(view, india));
    QCOMPARE(view->currentSelection().quote, QStringLiteral("Hotel India"));
    // The mouse gave the page the focus, so the digit is a claim key there.
    QVERIFY(QApplication::focusWidget());
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()));
    press(&window, Qt::Key_1);

    const QVector<Annotation> claims = window.store()->annotations(id);
    QCOMPARE(claims.size(), 1);
    const Annotation &claim = claims.first();
    QCOMPARE(claim.quote(), QStringLiteral("Hotel India"));
    QCOMPARE(claim.typeId, window.store()->claimTypes().first().id);
    QCOMPARE(claim.anchor.kind(), Anchor::Kind::Page);
    QCOMPARE(claim.anchor.regions().size(), 1);
    QCOMPARE(claim.anchor.regions().first().page, 0);
    const QVector<QPolygonF> &quads = claim.anchor.regions().first().quads;
    QVERIFY(covers(quads, normalisedCentre(view, hotel)));
    QVERIFY(covers(quads, normalisedCentre(view, india)));
    QVERIFY(!covers(quads, normalisedCentre(view, pdf.word(QStringLiteral("Golf")))));
    QVERIFY(!covers(quads, normalisedCentre(view, pdf.word(QStringLiteral("Juliet")))));
    QVERIFY(!covers(quads, normalisedCentre(view, pdf.word(QStringLiteral("Charlie")))));
    const QString canonical = window.store()->canonicalText(id);
    QVERIFY(claim.anchor.text().isValid());
    QCOMPARE(canonical.mid(claim.anchor.text().start, claim.anchor.text().length()), QStringLiteral("Hotel India"));
    // The selection is used up; the claim is drawn over the words.
    QVERIFY(view->currentSelection().isEmpty());
    const QList<QRect> drawn = view->annotationRects(claim.id);
    QVERIFY(!drawn.isEmpty());
    const QPoint hotelCentre = at(view, 0, hotel.box.center());
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [&](const QRect &r) { return r.contains(hotelCentre); }));

    // The panel lists it, selected, with its page.
    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    QVERIFY(tree->selectionModel()->isRowSelected(0, {}));
    const QModelIndex row = tree->model()->index(0, 0);
    QCOMPARE(row.data(AnnotationIdRole).toLongLong(), claim.id);
    QCOMPARE(row.data(PageRole).toInt(), 0);
    const QString detail = detailLine(tree, row);
    QVERIFY2(detail.contains(QStringLiteral("p. 1")), qPrintable(detail));
}

void TestMainWindowPdf::claimMadeBeforeTextIsRead_getsItsPlaceInTheTextAfterwards()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("early.pdf")));
    MainWindow window;
    openWindow(window);
    QSignalSpy finished(window.pdfTextExtraction(), &PdfTextExtraction::finished);
    QVERIFY(window.importFiles({pdf.path}).isEmpty());
    const DocumentId id = window.currentDocument();
    // No event loop has run yet, so the extracted text cannot have arrived.
    const Annotation early = markWords(window, pdf, pdf.word(QStringLiteral("November")),
                                       pdf.word(QStringLiteral("Oscar")), Qt::Key_1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(early.quote(), QStringLiteral("November Oscar"));
    QVERIFY(!early.anchor.text().isValid());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(window.store()->annotations(id).first().anchor.text().isValid());
    const Annotation placed = window.store()->annotations(id).first();
    QCOMPARE(window.store()->canonicalText(id).mid(placed.anchor.text().start, placed.anchor.text().length()),
             QStringLiteral("November Oscar"));
    QCOMPARE(placed.anchor.regions(), early.anchor.regions());
    // One claim, not a second one, and nothing to undo but making it.
    QCOMPARE(window.store()->annotations(id).size(), 1);
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.store()->annotations(id).size(), 0);
}

void TestMainWindowPdf::reopenedProject_drawsClaimAtSamePlace()
{
    const WrittenPdf pdf = threePages(pdfPath(QStringLiteral("reopen.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    view->setZoomFactor(0.8);
    view->pageArea()->verticalScrollBar()->setValue(0);
    const Annotation claim = markWords(window, pdf, pdf.word(QStringLiteral("page"), 0),
                                       pdf.word(QStringLiteral("here")), Qt::Key_3);
    QCOMPARE(claim.quote(), QStringLiteral("page opens here"));
    view->pageArea()->verticalScrollBar()->setValue(0);
    const qreal zoom = view->zoomFactor();
    const QList<QRect> before = view->annotationRects(claim.id);
    QVERIFY(!before.isEmpty());

    window.closeProject();
    QCOMPARE(view->pageCount(), 0);
    QVERIFY(window.openProject(m_path));
    // The document shown last is shown again, at the zoom it had.
    QCOMPARE(window.currentDocument(), id);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(view));
    QCOMPARE(view->zoomFactor(), zoom);
    view->pageArea()->verticalScrollBar()->setValue(0);
    QCOMPARE(view->annotationRects(claim.id), before);
    const QVector<Annotation> reopened = window.store()->annotations(id);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().quote(), claim.quote());
    QCOMPARE(reopened.first().anchor, claim.anchor);
    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(QuoteRole).toString(), QStringLiteral("page opens here"));
}

// View → Go to Page by its keys, as a reader pages to a cited page.
void TestMainWindowPdf::goToPageByKeys_ctrlG_typeNumber_enter()
{
    const WrittenPdf pdf = threePages(pdfPath(QStringLiteral("goto.pdf")));
    MainWindow window;
    openWindow(window);
    importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    view->setZoomFactor(1.0);
    QCOMPARE(view->currentPage(), 0);
    view->pageViewport()->setFocus();
    press(&window, Qt::Key_G, Qt::ControlModifier);
    QWidget *box = view->findChild<QWidget *>(QStringLiteral("pdfPageNumber"));
    QVERIFY(box);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    press(&window, Qt::Key_Return);
    QTRY_COMPARE(view->currentPage(), 2);
}

void TestMainWindowPdf::dragAcrossPageBreak_givesTwoRegions()
{
    const WrittenPdf pdf = threePages(pdfPath(QStringLiteral("break.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    view->setZoomFactor(0.5);
    const Word &crossing = pdf.word(QStringLiteral("crossing"));
    const Word &starts = pdf.word(QStringLiteral("starts"));
    bringIntoView(view, 0, crossing.box.center(), 1, starts.box.center());
    QVERIFY(view->pageViewport()->rect().contains(leftOf(view, crossing)));
    QVERIFY(view->pageViewport()->rect().contains(rightOf(view, starts)));

    const Annotation claim = markWords(window, pdf, crossing, starts, Qt::Key_1);
    QCOMPARE(claim.quote(), QStringLiteral("crossing ends page one\n\nSecond page starts"));
    QCOMPARE(claim.anchor.regions().size(), 2);
    QCOMPARE(claim.anchor.regions().at(0).page, 0);
    QCOMPARE(claim.anchor.regions().at(1).page, 1);
    QVERIFY(covers(claim.anchor.regions().at(0).quads, normalisedCentre(view, crossing)));
    QVERIFY(covers(claim.anchor.regions().at(1).quads, normalisedCentre(view, starts)));
    QVERIFY(!covers(claim.anchor.regions().at(1).quads, normalisedCentre(view, pdf.word(QStringLiteral("plainly")))));
    const QString canonical = window.store()->canonicalText(id);
    QCOMPARE(canonical.mid(claim.anchor.text().start, claim.anchor.text().length()), claim.quote());
    // Drawn on both pages; the panel names the page it starts on.
    const QList<QRect> drawn = view->annotationRects(claim.id);
    QVERIFY(drawn.size() >= 2);
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [&](const QRect &r) { return view->pageRect(0).contains(r); }));
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [&](const QRect &r) { return view->pageRect(1).contains(r); }));
    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(PageRole).toInt(), 0);
}

void TestMainWindowPdf::twoColumns_dragDownLeftColumn_claimsOnlyThatColumn()
{
    const WrittenPdf pdf = twoColumns(pdfPath(QStringLiteral("columns.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    const Annotation claim = markWords(window, pdf, pdf.word(QStringLiteral("left2")),
                                       pdf.word(QStringLiteral("text"), 10), Qt::Key_2);   // end of left5's line
    QVERIFY2(claim.quote().startsWith(QStringLiteral("left2 west")), qPrintable(claim.quote()));
    QVERIFY2(claim.quote().endsWith(QStringLiteral("left5 west side text")), qPrintable(claim.quote()));
    QVERIFY2(!claim.quote().contains(QStringLiteral("right")), qPrintable(claim.quote()));
    QCOMPARE(claim.anchor.regions().size(), 1);
    QCOMPARE(claim.anchor.regions().first().quads.size(), 4);
    for (const QPolygonF &quad : claim.anchor.regions().first().quads)
        QVERIFY(quad.boundingRect().right() < 330.0 / 595);
    const QString canonical = window.store()->canonicalText(id);
    QCOMPARE(canonical.mid(claim.anchor.text().start, claim.anchor.text().length()), claim.quote());
}

void TestMainWindowPdf::areaByKeys_dragAndKey2_givesAreaClaim()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("area.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    auto *areaAction = window.findChild<QAction *>(QStringLiteral("selectAreaAction"));
    QVERIFY(areaAction && areaAction->isEnabled());
    view->pageArea()->setFocus();

    press(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view->isAreaMode());
    QVERIFY(areaAction->isChecked());
    // A rectangle over the first three lines, words and all.
    const QPoint from = at(view, 0, QPointF(60, 80));
    const QPoint to = at(view, 0, QPointF(300, 170));
    drag(view->pageViewport(), from, to);
    QCOMPARE(view->currentSelection().anchor.kind(), Anchor::Kind::Area);
    press(&window, Qt::Key_2);

    const QVector<Annotation> claims = window.store()->annotations(id);
    QCOMPARE(claims.size(), 1);
    const Annotation &claim = claims.first();
    QCOMPARE(claim.anchor.kind(), Anchor::Kind::Area);
    QCOMPARE(claim.typeId, window.store()->claimTypes().at(1).id);
    QCOMPARE(claim.anchor.regions().size(), 1);
    QCOMPARE(claim.anchor.regions().first().page, 0);
    const QRectF box = claim.anchor.regions().first().quads.first().boundingRect();
    const QSizeF page = view->pdfDocument()->pageSize(0);
    const QRectF expected(60 / page.width(), 80 / page.height(), 240 / page.width(), 90 / page.height());
    QVERIFY2(qAbs(box.left() - expected.left()) < 0.01 && qAbs(box.top() - expected.top()) < 0.01
                 && qAbs(box.right() - expected.right()) < 0.01 && qAbs(box.bottom() - expected.bottom()) < 0.01,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));

    // The same keys end area mode: a drag selects text again.
    press(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view->isAreaMode());
    QVERIFY(!areaAction->isChecked());
    drag(view->pageViewport(), leftOf(view, pdf.word(QStringLiteral("Mike"))),
         rightOf(view, pdf.word(QStringLiteral("November"))));
    QCOMPARE(view->currentSelection().anchor.kind(), Anchor::Kind::Page);
    QCOMPARE(view->currentSelection().quote, QStringLiteral("Mike November"));
}

void TestMainWindowPdf::areaButtonInPageBar_andMenuActionStayInStep()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("areabutton.pdf")));
    MainWindow window;
    openWindow(window);
    window.importFiles({pdf.path});
    PdfView *view = window.pdfView();
    auto *areaAction = window.findChild<QAction *>(QStringLiteral("selectAreaAction"));
    auto *button = view->findChild<QToolButton *>(QStringLiteral("pdfAreaMode"));
    QVERIFY(areaAction && button);
    // Turned on with the button in the page bar, off with Ctrl+Shift+R.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(view->isAreaMode());
    QVERIFY(areaAction->isChecked());
    view->pageArea()->setFocus();
    press(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view->isAreaMode());
    QVERIFY(!button->isChecked());
    // On with the keys, off with the button.
    press(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view->isAreaMode());
    QVERIFY(button->isChecked());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!view->isAreaMode());
    QVERIFY(!areaAction->isChecked());
}

void TestMainWindowPdf::takeOverOwnAnnotations_once_undoneInOneStepByKey()
{
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, QStringLiteral(KTK_TEST_DATA "/pdf/annotated.pdf"));
    QCOMPARE(window.pdfView()->pdfDocument()->embeddedAnnotations().size(), 2);
    auto *takeOver = window.findChild<QAction *>(QStringLiteral("takeOverAnnotationsAction"));
    QVERIFY(takeOver && takeOver->isEnabled());
    const int undoBefore = window.undoStack()->index();
    {
        ModalAnswerer answerer({ModalAnswerer::yes()});
        takeOver->trigger();   // a menu item without a key
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("Ada Reviewer"))
                     && answerer.texts.first().contains(QStringLiteral("Bob Checker")),
                 qPrintable(answerer.texts.first()));
    }
    QVector<Annotation> claims = window.store()->annotations(id);
    QCOMPARE(claims.size(), 2);
    const auto byAuthor = [&claims](const QString &author) {
        return *std::find_if(claims.cbegin(), claims.cend(), [&](const Annotation &a) { return a.author == author; });
    };
    QCOMPARE(std::count_if(claims.cbegin(), claims.cend(), [](const Annotation &a) { return a.author == QLatin1String("Ada Reviewer"); }), 1);
    QCOMPARE(std::count_if(claims.cbegin(), claims.cend(), [](const Annotation &a) { return a.author == QLatin1String("Bob Checker"); }), 1);
    const Annotation ada = byAuthor(QStringLiteral("Ada Reviewer"));
    QCOMPARE(ada.quote(), QStringLiteral("budget grows"));
    QCOMPARE(ada.note, QStringLiteral("Three percent of what?"));
    QCOMPARE(ada.anchor.regions().first().page, 0);
    const QString canonical = window.store()->canonicalText(id);
    QCOMPARE(canonical.mid(ada.anchor.text().start, ada.anchor.text().length()), QStringLiteral("budget grows"));
    const Annotation bob = byAuthor(QStringLiteral("Bob Checker"));
    QCOMPARE(bob.note, QStringLiteral("Ask the ministry for the source."));
    QCOMPARE(window.undoStack()->index(), undoBefore + 1);
    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 2);

    // Again: nothing new.
    {
        ModalAnswerer answerer({ModalAnswerer::yes()});
        takeOver->trigger();
        QCOMPARE(answerer.texts.size(), 1);
    }
    QCOMPARE(window.store()->annotations(id).size(), 2);
    QCOMPARE(window.undoStack()->index(), undoBefore + 1);

    // One Ctrl+Z from the page takes both away.
    reactivate(window);
    QTest::mouseClick(window.pdfView()->pageViewport(), Qt::LeftButton, {},
                      at(window.pdfView(), 0, QPointF(300, 600)));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.store()->annotations(id).size(), 0);
    QCOMPARE(tree->model()->rowCount(), 0);
    QCOMPARE(window.undoStack()->index(), undoBefore);
}

void TestMainWindowPdf::undoRedoOfPdfClaim_byKeys()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("undo.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId id = importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    const Annotation claim = markWords(window, pdf, pdf.word(QStringLiteral("Bravo")),
                                       pdf.word(QStringLiteral("Delta")), Qt::Key_1);
    QCOMPARE(claim.quote(), QStringLiteral("Bravo Charlie Delta"));
    QVERIFY(!view->annotationRects(claim.id).isEmpty());
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()));

    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.store()->annotations(id).size(), 0);
    QVERIFY(view->annotationRects(claim.id).isEmpty());

    // Redo: Ctrl+Shift+Z, as the toolbar's tooltip says. A key bound twice
    // to the action would be an ambiguous shortcut and do nothing (#11).
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    for (QAction *action : window.findChildren<QAction *>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.contains(ctrlShiftZ))
            QCOMPARE(QSet<QKeySequence>(keys.cbegin(), keys.cend()).size(), keys.size());
    }
    press(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.store()->annotations(id).size(), 1);
    QCOMPARE(window.store()->annotations(id).first().anchor, claim.anchor);
    QVERIFY(!view->annotationRects(claim.id).isEmpty());

    // And the platform's other redo key.
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.store()->annotations(id).size(), 0);
    press(&window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(window.store()->annotations(id).size(), 1);
    QVERIFY(!view->annotationRects(claim.id).isEmpty());
}

void TestMainWindowPdf::encryptedPdf_wrongThenRightPassword_imports()
{
    MainWindow window;
    openWindow(window);
    const QString path = QStringLiteral(KTK_TEST_DATA "/pdf/encrypted-aes256.pdf");
    ModalAnswerer answerer({ModalAnswerer::password(QStringLiteral("not-it")),
                            ModalAnswerer::password(QStringLiteral("user-pw"))});
    const QStringList failures = window.importFiles({path});
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(answerer.texts.size(), 2);
    QCOMPARE(answerer.unexpected, 0);
    QVERIFY2(answerer.texts.at(0).contains(QStringLiteral("encrypted-aes256.pdf")), qPrintable(answerer.texts.at(0)));
    QVERIFY2(answerer.texts.at(1).contains(QStringLiteral("does not open")), qPrintable(answerer.texts.at(1)));
    QCOMPARE(window.store()->documents().size(), 2);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.pdfView()));
    QCOMPARE(window.pdfView()->pageCount(), 1);
    const auto stored = window.store()->document(window.currentDocument(), ProjectStore::Content::WithoutOriginal);
    QVERIFY(stored);
    QCOMPARE(stored->pdfPassword, QStringLiteral("user-pw"));
    QVERIFY(!window.messageBanner()->isVisible());
    // Its text is read too, with the password kept.
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->document(window.currentDocument(), ProjectStore::Content::WithoutOriginal)
                                  ->pages.isEmpty(), 20000);
}

void TestMainWindowPdf::encryptedPdf_cancelled_namedInBanner_restOfBatchImports()
{
    const WrittenPdf other = oneColumn(pdfPath(QStringLiteral("plain.pdf")));
    MainWindow window;
    openWindow(window);
    ModalAnswerer answerer({ModalAnswerer::cancel()});
    const QStringList failures =
        window.importFiles({QStringLiteral(KTK_TEST_DATA "/pdf/encrypted-aes256.pdf"), other.path});
    QCOMPARE(answerer.texts.size(), 1);
    QCOMPARE(answerer.unexpected, 0);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().contains(QStringLiteral("encrypted-aes256.pdf")), qPrintable(failures.first()));
    QVERIFY(window.messageBanner()->isVisible());
    QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("encrypted-aes256.pdf")),
             qPrintable(window.messageBanner()->text()));
    QCOMPARE(window.store()->documents().size(), 2);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.pdfView()));
    QCOMPARE(window.pdfView()->pdfDocument()->pageSize(0).toSize(), QSize(595, 842));
}

void TestMainWindowPdf::wholeProjectScope_listsTextAndPdfClaims()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("scope.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId textId = window.currentDocument();
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.documentView()));
    // A claim in the text, by mouse and key.
    auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
    QVERIFY(text);
    const QString quote = QStringLiteral("the platforms are a danger");
    dragOverText(text, quote);
    press(&window, Qt::Key_4);
    QCOMPARE(window.store()->annotations(textId).size(), 1);

    const DocumentId pdfId = importAndWaitForText(window, pdf.path);
    const Annotation pdfClaim = markWords(window, pdf, pdf.word(QStringLiteral("Oscar")),
                                          pdf.word(QStringLiteral("Papa")), Qt::Key_1);
    QCOMPARE(pdfClaim.quote(), QStringLiteral("Oscar Papa"));

    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    auto *wholeProject = window.annotationPanel()->findChild<QToolButton *>(QStringLiteral("scopeProject"));
    QVERIFY(wholeProject);
    QTest::mouseClick(wholeProject, Qt::LeftButton);
    QTRY_COMPARE(tree->model()->rowCount(), 2);
    QModelIndex textRow;
    for (int r = 0; r < 2; ++r) {
        const QModelIndex row = tree->model()->index(r, 0);
        const QString detail = detailLine(tree, row);
        if (row.data(DocumentIdRole).toLongLong() == pdfId) {
            QCOMPARE(row.data(QuoteRole).toString(), QStringLiteral("Oscar Papa"));
            QVERIFY2(detail.contains(QStringLiteral("p. 1")) && detail.contains(QStringLiteral("One column report")),
                     qPrintable(detail));
        } else {
            QCOMPARE(row.data(DocumentIdRole).toLongLong(), textId);
            QCOMPARE(row.data(QuoteRole).toString(), quote);
            QVERIFY2(!detail.contains(QStringLiteral("p. ")), qPrintable(detail));
            textRow = row;
        }
    }
    QVERIFY(textRow.isValid());
    // Choosing the text claim in the list opens the text document.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(textRow).center());
    QTRY_COMPARE(window.currentDocument(), textId);
    QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.documentView()));
    QCOMPARE(tree->model()->rowCount(), 2);
}

void TestMainWindowPdf::navigatorSwitch_showsRightView_digitKeysWorkInBoth()
{
    const WrittenPdf pdf = oneColumn(pdfPath(QStringLiteral("switch.pdf")));
    MainWindow window;
    openWindow(window);
    const DocumentId textId = window.currentDocument();
    const DocumentId pdfId = importAndWaitForText(window, pdf.path);
    QTreeView *list = window.navigator()->view();
    const auto rowOf = [list](DocumentId id) {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex idx = list->model()->index(r, 0);
            if (idx.data(DocumentsModel::IdRole).toLongLong() == id)
                return idx;
        }
        return QModelIndex();
    };
    auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
    QVERIFY(text);
    for (int round = 0; round < 2; ++round) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOf(textId)).center());
        QCOMPARE(window.currentDocument(), textId);
        QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.documentView()));
        QVERIFY(window.documentView()->isVisible());
        QVERIFY(!window.pdfView()->isVisible());
        QVERIFY(text->document()->toPlainText().contains(QStringLiteral("register of algorithms")));
        dragOverText(text, QStringLiteral("register"));
        press(&window, Qt::Key_5);
        QCOMPARE(window.store()->annotations(textId).size(), round + 1);
        QCOMPARE(window.store()->annotations(textId).last().typeId, window.store()->claimTypes().at(4).id);

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rowOf(pdfId)).center());
        QCOMPARE(window.currentDocument(), pdfId);
        QCOMPARE(window.currentView(), static_cast<AnnotatableView *>(window.pdfView()));
        QVERIFY(window.pdfView()->isVisible());
        QVERIFY(!window.documentView()->isVisible());
        QCOMPARE(window.pdfView()->pageCount(), 1);
        const Annotation claim = markWords(window, pdf, pdf.word(QStringLiteral("Alpha")),
                                           pdf.word(QStringLiteral("Bravo")), Qt::Key_6);
        QCOMPARE(claim.quote(), QStringLiteral("Alpha Bravo"));
        QCOMPARE(claim.typeId, window.store()->claimTypes().at(5).id);
        QCOMPARE(window.store()->annotations(pdfId).size(), round + 1);
    }
}

void TestMainWindowPdf::screenshot_windowWithPdfAndClaims()
{
    const WrittenPdf pdf = twoColumns(pdfPath(QStringLiteral("shot.pdf")));
    MainWindow window;
    openWindow(window);
    importAndWaitForText(window, pdf.path);
    PdfView *view = window.pdfView();
    markWords(window, pdf, pdf.word(QStringLiteral("left1")), pdf.word(QStringLiteral("text"), 4), Qt::Key_1);
    markWords(window, pdf, pdf.word(QStringLiteral("right3")), pdf.word(QStringLiteral("text"), 9), Qt::Key_2);
    // "west side" of left2, inside the first claim: two highlights over each other.
    markWords(window, pdf, pdf.word(QStringLiteral("west"), 2), pdf.word(QStringLiteral("side"), 4), Qt::Key_3);
    view->setAreaMode(true);
    drag(view->pageViewport(), at(view, 0, QPointF(320, 220)), at(view, 0, QPointF(520, 262)));
    press(&window, Qt::Key_4);
    view->setAreaMode(false);
    QCOMPARE(window.store()->annotations().size(), 4);
    QTreeView *tree = claimList(window);
    QTRY_COMPARE(tree->model()->rowCount(), 4);
    QVERIFY(waitForRendering(view, 0));
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/ktk-pdf-window.png")));
}

void TestMainWindowPdf::dutch_pdfBarAndMenuItemsAreTranslated()
{
    const WrittenPdf pdf = threePages(pdfPath(QStringLiteral("dutch.pdf")));
    MainWindow window;
    openWindow(window);
    importAndWaitForText(window, pdf.path);
    markWords(window, pdf, pdf.word(QStringLiteral("Second")), pdf.word(QStringLiteral("plainly")), Qt::Key_1);
    PdfView *view = window.pdfView();
    auto *pageBox = view->findChild<QSpinBox *>(QStringLiteral("pdfPageNumber"));
    auto *pageCount = view->findChild<QLabel *>(QStringLiteral("pdfPageCount"));
    auto *zoom = view->findChild<QComboBox *>(QStringLiteral("pdfZoom"));
    auto *areaButton = view->findChild<QToolButton *>(QStringLiteral("pdfAreaMode"));
    QVERIFY(pageBox && pageCount && zoom && areaButton);
    QLabel *pageLabel = nullptr;
    for (QLabel *label : view->findChildren<QLabel *>()) {
        if (label->buddy() == pageBox)
            pageLabel = label;
    }
    QVERIFY(pageLabel);
    const QStringList actionNames = {QStringLiteral("fitWidthAction"), QStringLiteral("fitPageAction"),
                                     QStringLiteral("goToPageAction"), QStringLiteral("selectAreaAction"),
                                     QStringLiteral("takeOverAnnotationsAction")};
    const auto visibleTexts = [&] {
        QStringList texts;
        for (const QString &name : actionNames)
            texts << window.findChild<QAction *>(name)->text();
        texts << zoom->itemText(0) << zoom->itemText(1) << areaButton->text() << pageLabel->text() << pageCount->text();
        return texts;
    };
    const QStringList english = visibleTexts();
    QCOMPARE(english.at(0), QStringLiteral("Fit &Width"));
    QCOMPARE(english.last(), QStringLiteral("of 3"));

    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("nl")));
    // The widgets retranslate on the LanguageChange event Qt posts.
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->text() != QStringLiteral("&Import Documents\u2026"));
    const QStringList dutch = visibleTexts();
    QTest::qWait(50);
    const bool saved = window.grab().save(QStringLiteral("/tmp/ktk-pdf-window-nl.png"));
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    QVERIFY(saved);
    QStringList untranslated;
    for (int i = 0; i < english.size(); ++i) {
        if (dutch.at(i) == english.at(i))
            untranslated << english.at(i);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("still in English after switching to Dutch: ")
                                                + untranslated.join(QStringLiteral(" | "))));
    QVERIFY2(dutch.last().endsWith(u'3'), qPrintable(dutch.last()));
}

QTEST_MAIN(TestMainWindowPdf)
#include "tst_mainwindowpdf.moc"
