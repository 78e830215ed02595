// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfview.h"

#include "document/findbar.h"
#include "document/pagehighlights.h"
#include "document/textmatches.h"
#include "pdf/pdfpagerenderer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ktk {

namespace {

constexpr std::array<qreal, 11> zoomSteps = {0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0};
constexpr std::array<qreal, 9> listedZooms = {0.5, 0.67, 0.8, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0};
constexpr int maxPrefillLength = 100;
constexpr int noticeMs = 20000;

const QString zoomModeKey = QStringLiteral("pdfView/zoomMode");
const QString zoomKey = QStringLiteral("pdfView/zoom");

// Combo box data for the two fitting entries; percentages carry the factor.
constexpr int fitWidthEntry = -1;
constexpr int fitPageEntry = -2;

QString modeName(PdfView::ZoomMode mode)
{
    switch (mode) {
    case PdfView::ZoomMode::FitWidth: return QStringLiteral("fitWidth");
    case PdfView::ZoomMode::FitPage: return QStringLiteral("fitPage");
    case PdfView::ZoomMode::Custom: break;
    }
    return QStringLiteral("custom");
}

PdfView::ZoomMode modeFromName(const QString &name)
{
    if (name == QLatin1String("fitWidth"))
        return PdfView::ZoomMode::FitWidth;
    if (name == QLatin1String("fitPage"))
        return PdfView::ZoomMode::FitPage;
    return PdfView::ZoomMode::Custom;
}

QString percent(qreal factor)
{
    //: A zoom level; %1 is a whole number
    return PdfView::tr("%1 %").arg(qRound(factor * 100));
}

} // namespace

PdfView::PdfView(QWidget *parent)
    : AnnotatableView(parent)
{
    setObjectName(QStringLiteral("pdfView"));

    m_area = new PdfPageArea(this);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    m_highlights = new PageHighlights(this);
    m_area->setHighlights(m_highlights);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(buildNotice());
    layout->addWidget(m_area, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_area);

    connect(m_highlights, &PageHighlights::changed, m_area->viewport(), qOverload<>(&QWidget::update));
    connect(m_highlights, &PageHighlights::currentChanged, this, &PdfView::onCurrentAnnotationChanged);
    connect(m_area, &PdfPageArea::zoomChanged, this, &PdfView::onZoomChanged);
    connect(m_area, &PdfPageArea::currentPageChanged, this, &PdfView::onCurrentPageChanged);
    connect(m_area, &PdfPageArea::selectionChanged, this, &AnnotatableView::selectionChanged);
    connect(m_area, &PdfPageArea::highlightClicked, this, &PdfView::onHighlightClicked);
    connect(m_area, &PdfPageArea::contextMenuRequestedAt, this, &PdfView::onContextMenu);
    connect(m_area, &PdfPageArea::zoomStepRequested, this, &PdfView::stepZoom);
    connect(m_area, &PdfPageArea::pageWithoutTextEntered, this, &PdfView::onPageWithoutText);
    connect(m_area, &PdfPageArea::stripeClicked, this, &PdfView::selectFromClick);
    connect(m_area, &PdfPageArea::extentChangeRequested, this, &AnnotatableView::extentChangeRequested);

    connect(m_findBar, &FindBar::textEdited, this, [this] { find(false, true); });
    connect(m_findBar, &FindBar::nextRequested, this, &PdfView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &PdfView::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, &PdfView::hideFindBar);
    // Local to the view: F3 in another part of the window is not ours.
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), this, this, &PdfView::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, this, &PdfView::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);

    retranslate();
    restoreZoom();
}

PdfView::~PdfView()
{
    // The renderer waits for the page it is rendering; let it go while the
    // view is whole, and tell nobody: the view is going.
    const QSignalBlocker blocker(m_area);
    m_area->setDocument(nullptr);
}

QWidget *PdfView::buildToolBar()
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("pdfToolBar"));
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::Window);
    bar->setStyleSheet(QStringLiteral("#pdfToolBar { border-bottom: 1px solid palette(mid); }"));

    m_pageLabel = new QLabel(bar);
    m_pageBox = new QSpinBox(bar);
    m_pageBox->setObjectName(QStringLiteral("pdfPageNumber"));
    m_pageBox->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setAlignment(Qt::AlignRight);
    m_pageBox->setRange(0, 0);
    m_pageBox->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 12);
    m_pageLabel->setBuddy(m_pageBox);
    m_pageCountLabel = new QLabel(bar);
    m_pageCountLabel->setObjectName(QStringLiteral("pdfPageCount"));
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) {
        goToPage(value - 1);
        m_area->setFocus(Qt::OtherFocusReason);
    });

    auto makeButton = [bar](const QString &name) {
        auto *button = new QToolButton(bar);
        button->setObjectName(name);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomOutButton = makeButton(QStringLiteral("pdfZoomOut"));
    m_zoomOutButton->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    connect(m_zoomOutButton, &QToolButton::clicked, this, &PdfView::zoomOut);
    m_zoomInButton = makeButton(QStringLiteral("pdfZoomIn"));
    m_zoomInButton->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    connect(m_zoomInButton, &QToolButton::clicked, this, &PdfView::zoomIn);

    m_zoomBox = new QComboBox(bar);
    m_zoomBox->setObjectName(QStringLiteral("pdfZoom"));
    m_zoomBox->setEditable(true);
    m_zoomBox->setInsertPolicy(QComboBox::NoInsert);
    m_zoomBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoomBox->addItem(QString(), fitWidthEntry);
    m_zoomBox->addItem(QString(), fitPageEntry);
    for (qreal factor : listedZooms)
        m_zoomBox->addItem(QString(), factor);
    connect(m_zoomBox, &QComboBox::activated, this, &PdfView::onZoomActivated);
    connect(m_zoomBox->lineEdit(), &QLineEdit::returnPressed, this, &PdfView::onZoomTextEntered);

    m_areaButton = makeButton(QStringLiteral("pdfAreaMode"));
    m_areaButton->setCheckable(true);
    m_areaButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_areaButton, &QToolButton::toggled, this, &PdfView::setAreaMode);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_pageBox);
    layout->addWidget(m_pageCountLabel);
    layout->addSpacing(12);
    layout->addWidget(m_zoomOutButton);
    layout->addWidget(m_zoomBox);
    layout->addWidget(m_zoomInButton);
    layout->addStretch(1);
    layout->addWidget(m_areaButton);
    return bar;
}

QFrame *PdfView::buildNotice()
{
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("pdfNoTextNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xc6));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x33, 0x0f));
    m_notice->setPalette(palette);
    m_noticeLabel = new QLabel(m_notice);
    m_noticeLabel->setObjectName(QStringLiteral("pdfNoTextNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    auto *close = new QToolButton(m_notice);
    close->setAutoRaise(true);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                    style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    connect(close, &QToolButton::clicked, m_notice, &QWidget::hide);
    // It has said what it had to; a timer of its own, so that a notice for
    // the next document is not cut short by the last one's.
    m_noticeTimer = new QTimer(m_notice);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(noticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_noticeLabel, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    m_notice->hide();
    return m_notice;
}

void PdfView::retranslate()
{
    //: Before the page number box: "Page [3] of 88"
    m_pageLabel->setText(tr("&Page"));
    //: After the page number box: "Page [3] of 88"
    m_pageCountLabel->setText(tr("of %1").arg(pageCount()));
    m_pageBox->setToolTip(tr("Page number: type one and press Enter to go there"));
    m_zoomOutButton->setToolTip(tr("Zoom Out"));
    m_zoomOutButton->setText(QStringLiteral("\u2212"));
    m_zoomInButton->setToolTip(tr("Zoom In"));
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomBox->setItemText(0, tr("Fit Width"));
    m_zoomBox->setItemText(1, tr("Fit Page"));
    for (int i = 0; i < int(listedZooms.size()); ++i)
        m_zoomBox->setItemText(i + 2, percent(listedZooms[size_t(i)]));
    m_zoomBox->setToolTip(tr("Zoom"));
    m_areaButton->setText(tr("Select Area"));
    m_areaButton->setToolTip(tr("Drag a rectangle to mark an area (a figure, a table, a scanned page) as a "
                                "claim. Holding Ctrl while dragging does the same."));
    if (m_noticePage >= 0)
        m_noticeLabel->setText(tr("Page %1 has no text layer (it may be a scanned image), so text cannot be "
                                  "selected there. Drag a rectangle to mark an area.").arg(m_noticePage + 1));
    updateZoomControls();
}

void PdfView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    AnnotatableView::changeEvent(event);
}

// Document ---------------------------------------------------------------------

void PdfView::setDocument(qint64 documentId, std::shared_ptr<PdfDocument> document,
                          const QVector<PdfPageInfo> &pages, const QString &canonicalText)
{
    m_documentId = document ? documentId : -1;
    m_area->setDocument(std::move(document));
    m_area->setExtractedText(pages, canonicalText);
    m_pages = pages;
    m_canonicalText = canonicalText;
    m_highlights->setDocumentId(m_documentId);
    m_noticeShown = false;
    m_noticePage = -1;
    m_notice->hide();
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setRange(pageCount() > 0 ? 1 : 0, pageCount());
        m_pageBox->setValue(currentPage() + 1);
    }
    m_pageBox->setEnabled(pageCount() > 0);
    m_matchedText.clear();
    m_hits.clear();
    if (m_findBar->isVisible())
        refreshMatches();
    m_findBar->showOutcome(FindBar::Outcome::None);
    retranslate();
}

void PdfView::clearDocument()
{
    setDocument(-1, nullptr);
}

void PdfView::setExtractedText(const QVector<PdfPageInfo> &pages, const QString &canonicalText)
{
    m_pages = pages;
    m_canonicalText = canonicalText;
    m_area->setExtractedText(pages, canonicalText);
}

std::shared_ptr<PdfDocument> PdfView::pdfDocument() const
{
    return m_area->document();
}

qint64 PdfView::documentId() const
{
    return m_documentId;
}

void PdfView::setAnnotationModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    m_highlights->setModel(model, selection);
}

ViewSelection PdfView::currentSelection() const
{
    return m_area->selection();
}

void PdfView::clearTextSelection()
{
    m_area->clearSelection();
}

bool PdfView::scrollToAnnotation(qint64 annotationId)
{
    const PageHighlight *h = m_highlights->highlight(annotationId);
    if (!h)
        return false;
    const PageSelector &region = h->anchor.page();
    QRectF rect;
    for (const QPolygonF &quad : region.quads)
        rect = rect.united(quad.boundingRect());
    // A claim already in full view stays where it is (one just made, one
    // chosen in the panel beside it): only what is out of sight is brought in.
    const QRect page = m_area->pageRect(region.page);
    const QRectF shown(page.left() + rect.left() * page.width(), page.top() + rect.top() * page.height(),
                       rect.width() * page.width(), rect.height() * page.height());
    if (page.isEmpty() || !QRectF(m_area->viewport()->rect()).contains(shown))
        m_area->centreOn(region.page, rect);
    m_area->flash(annotationId);
    return true;
}

int PdfView::pageCount() const
{
    return m_area->pageCount();
}

int PdfView::currentPage() const
{
    return m_area->currentPage();
}

void PdfView::goToPage(int page)
{
    m_area->goToPage(page);
}

QList<QRect> PdfView::annotationRects(qint64 annotationId) const
{
    return m_area->highlightRects(annotationId);
}

QRect PdfView::pageRect(int page) const
{
    return m_area->pageRect(page);
}

QList<qint64> PdfView::annotationsAt(const QPoint &viewportPos) const
{
    return m_area->annotationsAt(viewportPos);
}

std::optional<PdfEmbeddedAnnotation> PdfView::embeddedAnnotationAt(const QPoint &viewportPos) const
{
    return m_area->embeddedAnnotationAt(viewportPos);
}

void PdfView::setClaimMarginVisible(bool visible)
{
    m_area->setClaimMarginVisible(visible);
}

bool PdfView::isClaimMarginVisible() const
{
    return m_area->isClaimMarginVisible();
}

QList<PdfMarginStripe> PdfView::marginStripes() const
{
    return m_area->marginStripes();
}

qint64 PdfView::stripeAt(const QPoint &viewportPos) const
{
    return m_area->stripeAt(viewportPos);
}

QRectF PdfView::extentHandle(PdfExtentDrag::End end) const
{
    return m_area->extentHandle(end);
}

QWidget *PdfView::pageViewport() const
{
    return m_area->viewport();
}

void PdfView::onCurrentPageChanged(int page)
{
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setValue(page + 1);
    }
    emit currentPageChanged(page);
}

void PdfView::focusPageNumber()
{
    m_pageBox->setFocus(Qt::ShortcutFocusReason);
    m_pageBox->selectAll();
}

// Zoom --------------------------------------------------------------------------

void PdfView::restoreZoom()
{
    const QSettings settings;
    // Fit width until the user chooses otherwise: a reading column, as in Okular.
    const ZoomMode mode = modeFromName(settings.value(zoomModeKey, QStringLiteral("fitWidth")).toString());
    bool ok = false;
    qreal zoom = settings.value(zoomKey, 1.0).toDouble(&ok);
    if (!ok || !(zoom >= PdfPageArea::MinZoom && zoom <= PdfPageArea::MaxZoom))
        zoom = 1.0;
    m_restoringZoom = true;
    m_area->setZoom(zoom, mode);
    m_restoringZoom = false;
    m_announcedZoom = m_area->zoom();
}

qreal PdfView::zoomFactor() const
{
    return m_area->zoom();
}

PdfView::ZoomMode PdfView::zoomMode() const
{
    return m_area->zoomMode();
}

void PdfView::setZoomMode(ZoomMode mode)
{
    m_area->setZoom(m_area->zoom(), mode);
}

void PdfView::setZoomFactor(qreal factor)
{
    m_area->setZoom(factor, ZoomMode::Custom);
}

void PdfView::fitWidth()
{
    setZoomMode(ZoomMode::FitWidth);
}

void PdfView::fitPage()
{
    setZoomMode(ZoomMode::FitPage);
}

void PdfView::zoomIn()
{
    stepZoom(1);
}

void PdfView::zoomOut()
{
    stepZoom(-1);
}

void PdfView::resetZoom()
{
    setZoomFactor(1.0);
}

void PdfView::stepZoom(int steps, const QPoint &anchor)
{
    qreal zoom = m_area->zoom();
    for (int i = 0; i < std::abs(steps); ++i) {
        if (steps > 0) {
            const auto it = std::find_if(zoomSteps.begin(), zoomSteps.end(), [zoom](qreal z) { return z > zoom + 0.001; });
            if (it != zoomSteps.end())
                zoom = *it;
        } else {
            const auto it = std::find_if(zoomSteps.rbegin(), zoomSteps.rend(), [zoom](qreal z) { return z < zoom - 0.001; });
            if (it != zoomSteps.rend())
                zoom = *it;
        }
    }
    m_area->setZoom(zoom, ZoomMode::Custom, anchor);
}

void PdfView::onZoomChanged(qreal zoom, ZoomMode mode)
{
    updateZoomControls();
    if (m_restoringZoom)
        return;
    QSettings settings;
    settings.setValue(zoomModeKey, modeName(mode));
    if (mode == ZoomMode::Custom)
        settings.setValue(zoomKey, zoom);
    // A switch between fitting and a percentage of the same size is not a zoom.
    if (!qFuzzyCompare(zoom, m_announcedZoom)) {
        m_announcedZoom = zoom;
        emit zoomFactorChanged(zoom);
    }
}

void PdfView::updateZoomControls()
{
    const qreal zoom = m_area->zoom();
    const ZoomMode mode = m_area->zoomMode();
    {
        const QSignalBlocker blocker(m_zoomBox);
        const int entry = mode == ZoomMode::FitWidth ? 0 : mode == ZoomMode::FitPage ? 1 : -1;
        if (entry >= 0) {
            m_zoomBox->setCurrentIndex(entry);
        } else {
            const int listed = m_zoomBox->findData(zoom);
            m_zoomBox->setCurrentIndex(listed);
            m_zoomBox->setEditText(percent(zoom));
        }
    }
    m_zoomOutButton->setEnabled(zoom > zoomSteps.front() + 0.001);
    m_zoomInButton->setEnabled(zoom < zoomSteps.back() - 0.001);
}

void PdfView::onZoomActivated(int index)
{
    const qreal data = m_zoomBox->itemData(index).toReal();
    if (qFuzzyCompare(data, qreal(fitWidthEntry)))
        fitWidth();
    else if (qFuzzyCompare(data, qreal(fitPageEntry)))
        fitPage();
    else
        setZoomFactor(data);
    m_area->setFocus(Qt::OtherFocusReason);
}

void PdfView::onZoomTextEntered()
{
    QString text = m_zoomBox->currentText();
    text.remove(QRegularExpression(QStringLiteral("[^0-9.,]")));
    text.replace(u',', u'.');
    bool ok = false;
    const qreal value = text.toDouble(&ok);
    if (ok && value > 0)
        setZoomFactor(value / 100.0);
    else
        updateZoomControls();
    m_area->setFocus(Qt::OtherFocusReason);
}

// Selection and claims ------------------------------------------------------------

bool PdfView::isAreaMode() const
{
    return m_area->isAreaMode();
}

void PdfView::setAreaMode(bool on)
{
    const bool changed = on != m_area->isAreaMode();
    m_area->setAreaMode(on);
    const QSignalBlocker blocker(m_areaButton);
    m_areaButton->setChecked(on);
    if (changed)
        emit areaModeChanged(on);
}

void PdfView::onHighlightClicked(const QPoint &viewportPos)
{
    const QList<qint64> ids = m_area->annotationsAt(viewportPos);
    if (ids.isEmpty())
        return;
    // Repeated clicks on overlapping highlights step outwards from the innermost.
    const int current = int(ids.indexOf(m_highlights->currentId()));
    selectFromClick(ids.at((current + 1) % ids.size()));
}

void PdfView::selectFromClick(qint64 id)
{
    m_selectingFromClick = true;
    m_highlights->select(id);
    m_selectingFromClick = false;
    m_area->viewport()->update();
    emit annotationActivated(id);
}

void PdfView::onCurrentAnnotationChanged(qint64 id)
{
    // A clicked highlight is already in view; jumping would lose the reader's place.
    if (!m_selectingFromClick)
        scrollToAnnotation(id);
}

void PdfView::onContextMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    const QList<qint64> ids = m_area->annotationsAt(viewportPos);
    const std::optional<PdfEmbeddedAnnotation> embedded =
        ids.isEmpty() ? m_area->embeddedAnnotationAt(viewportPos) : std::nullopt;
    if (!embedded) {
        emit annotationContextMenuRequested(ids, globalPos, m_area->hasSelection());
        return;
    }
    // Not a claim but a note someone made in another reader: ours to offer.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pdfEmbeddedAnnotationMenu"));
    QAction *takeOver = menu.addAction(tr("Take Over as Claim"));
    takeOver->setObjectName(QStringLiteral("pdfTakeOverAction"));
    if (m_area->hasSelection()) {
        menu.addSeparator();
        menu.addAction(tr("Copy"), this, [this] { m_area->copySelection(); });
    }
    if (menu.exec(globalPos) == takeOver)
        emit takeOverRequested({*embedded});
}

void PdfView::onPageWithoutText(int page)
{
    if (m_noticeShown)
        return;
    m_noticeShown = true;
    m_noticePage = page;
    retranslate();
    m_notice->show();
    m_noticeTimer->start();
}

// Find ------------------------------------------------------------------------------

void PdfView::showFindBar()
{
    const ViewSelection selection = currentSelection();
    if (!selection.isEmpty() && selection.quote.size() <= maxPrefillLength && !selection.quote.contains(u'\n'))
        m_findBar->setText(selection.quote);
    m_findBar->activate();
    refreshMatches();
}

void PdfView::hideFindBar()
{
    const bool hadFocus = m_findBar->isAncestorOf(QApplication::focusWidget());
    m_findBar->hide();
    m_findBar->showOutcome(FindBar::Outcome::None);
    m_hits.clear();
    m_matchedText.clear();
    m_area->setFindHits({});
    if (hadFocus)
        m_area->setFocus(Qt::OtherFocusReason);
}

void PdfView::findNext()
{
    find(false, false);
}

void PdfView::findPrevious()
{
    find(true, false);
}

PdfTextPosition PdfView::positionOf(int offset, bool isEnd) const
{
    // The page whose text holds offset; an end at a page's start belongs to
    // the page before, and an offset in a separator to the page before it.
    auto it = std::upper_bound(m_pages.cbegin(), m_pages.cend(), offset,
                               [isEnd](int value, const PdfPageInfo &p) {
                                   return isEnd ? value <= p.textStart : value < p.textStart;
                               });
    if (it != m_pages.cbegin())
        --it;
    const int size = m_area->textLayers().page(it->page).size();
    return {it->page, std::clamp(offset - it->textStart, 0, size)};
}

void PdfView::refreshMatches()
{
    const QString needle = m_findBar->text();
    if (needle == m_matchedText && (!m_hits.isEmpty() || needle.isEmpty()))
        return;
    m_matchedText = needle;
    m_hits.clear();
    TextMatches matches;
    if (!m_canonicalText.isEmpty() && !m_pages.isEmpty()) {
        matches.search(m_canonicalText, needle);
        for (const TextRange &r : matches.ranges())
            m_hits.append({positionOf(r.start, false), positionOf(r.end, true)});
    } else {
        // Not extracted yet: page by page, through the layers the view keeps anyway.
        for (int page = 0; page < pageCount() && !needle.isEmpty(); ++page) {
            matches.search(m_area->textLayers().page(page).text(), needle);
            for (const TextRange &r : matches.ranges())
                m_hits.append({{page, r.start}, {page, r.end}});
        }
    }
    m_area->setFindHits(m_hits);
}

void PdfView::find(bool backwards, bool includeCurrent)
{
    if (m_findBar->text().isEmpty()) {
        if (!m_findBar->isVisible())
            showFindBar();
        refreshMatches();
        m_findBar->showOutcome(FindBar::Outcome::None);
        return;
    }
    if (!m_findBar->isVisible())
        m_findBar->show(); // F3 after Esc: show what is being searched, and a way out
    refreshMatches();
    if (m_hits.isEmpty()) {
        m_findBar->showOutcome(FindBar::Outcome::NotFound);
        return;
    }

    const PdfTextPosition selected = m_area->selectionStart();
    const PdfTextPosition from = selected.isValid() ? selected : PdfTextPosition{std::max(0, currentPage()), 0};
    const bool inclusive = includeCurrent || !selected.isValid();
    int index = -1;
    bool wrapped = false;
    if (backwards) {
        for (int i = int(m_hits.size()) - 1; i >= 0 && index < 0; --i) {
            if (m_hits.at(i).first < from)
                index = i;
        }
        if (index < 0) {
            index = int(m_hits.size()) - 1;
            wrapped = true;
        }
    } else {
        for (int i = 0; i < m_hits.size() && index < 0; ++i) {
            const PdfTextPosition &start = m_hits.at(i).first;
            if (inclusive ? !(start < from) : from < start)
                index = i;
        }
        if (index < 0) {
            index = 0;
            wrapped = true;
        }
    }

    const auto &hit = m_hits.at(index);
    m_area->selectText(hit.first, hit.second);
    const PdfPageText &text = m_area->textLayers().page(hit.first.page);
    QRectF rect;
    for (const QPolygonF &quad :
         text.quads(hit.first.index, hit.first.page == hit.second.page ? hit.second.index : text.size()))
        rect = rect.united(quad.boundingRect());
    if (!m_area->isInView(hit.first.page, rect))
        m_area->centreOn(hit.first.page, rect);

    FindBar::Outcome outcome = FindBar::Outcome::Found;
    if (wrapped)
        outcome = backwards ? FindBar::Outcome::WrappedBackward : FindBar::Outcome::WrappedForward;
    m_findBar->showOutcome(outcome, index, int(m_hits.size()));
}

} // namespace ktk
