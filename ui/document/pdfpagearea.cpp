// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfpagearea.h"

#include "document/pagehighlights.h"
#include "models/annotationroles.h"
#include "pdf/pdfpagerenderer.h"
#include "pdf/pdftextextractor.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace ktk {

namespace {

constexpr int flashDurationMs = 900;
constexpr int flashBlinks = 3;
constexpr int scrollStep = 40;
constexpr int autoScrollIntervalMs = 25;
constexpr qreal handleKnobRadius = 5;
constexpr qreal handleSlack = 4;   // pixels around a handle that still take it

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QString kindName(PdfEmbeddedAnnotation::Kind kind)
{
    using K = PdfEmbeddedAnnotation::Kind;
    switch (kind) {
    case K::Highlight: return PdfPageArea::tr("Highlight");
    case K::Underline: return PdfPageArea::tr("Underline");
    case K::StrikeOut: return PdfPageArea::tr("Strike-out");
    case K::Squiggly: return PdfPageArea::tr("Squiggly underline");
    case K::Note: return PdfPageArea::tr("Note");
    case K::FreeText: return PdfPageArea::tr("Text box");
    case K::Stamp: return PdfPageArea::tr("Stamp");
    case K::Ink: return PdfPageArea::tr("Drawing");
    case K::Shape: return PdfPageArea::tr("Shape");
    case K::Other: break;
    }
    return PdfPageArea::tr("Annotation");
}

QString elided(QString text, int length)
{
    text = text.simplified();
    if (text.size() > length)
        text = text.left(length - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace

PdfPageArea::PdfPageArea(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pdfPages"));
    viewport()->setObjectName(QStringLiteral("pdfPagesViewport"));
    // Always there, so fitting the width never toggles it and loops.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    m_layout.setLeftGutter(m_marginVisible ? PdfClaimMargin::Gutter : 0);

    m_autoScroll = new QTimer(this);
    m_autoScroll->setInterval(autoScrollIntervalMs);
    connect(m_autoScroll, &QTimer::timeout, this, &PdfPageArea::autoScroll);

    m_flash = new QVariantAnimation(this);
    m_flash->setStartValue(0.0);
    m_flash->setEndValue(1.0);
    m_flash->setDuration(flashDurationMs);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const qreal s = qSin(value.toReal() * M_PI * flashBlinks);
        m_flashStrength = s * s;
        viewport()->update();
    });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashStrength = 0;
        viewport()->update();
    });
}

PdfPageArea::~PdfPageArea() = default;

void PdfPageArea::setDocument(std::shared_ptr<PdfDocument> document)
{
    // The renderer goes first: it holds the document and waits for its page.
    m_renderer.reset();
    m_document = std::move(document);
    m_texts.setDocument(m_document);
    m_pageInfos.clear();
    m_canonicalText.clear();
    m_embedded.clear();
    m_findRanges.clear();
    m_findQuads.clear();
    m_flash->stop();
    m_flashStrength = 0;
    m_hoveredPage = -1;
    const bool hadSelection = hasSelection();
    m_drag = Drag::None;
    m_ranges.clear();
    m_selectionQuads.clear();
    m_areaPage = -1;
    m_areaRect = QRectF();
    m_anchorStart = m_anchorEnd = m_focus = PdfTextPosition();
    m_extentDrag.cancel();
    m_extentQuads.clear();

    QVector<QSizeF> sizes;
    if (m_document) {
        m_renderer = std::make_unique<PdfPageRenderer>(m_document);
        connect(m_renderer.get(), &PdfPageRenderer::pageRendered, this, &PdfPageArea::onPageRendered);
        const int count = m_document->pageCount();
        sizes.reserve(count);
        for (int i = 0; i < count; ++i)
            sizes.append(m_document->pageSize(i));
    }
    m_layout.setPageSizes(sizes);
    if (m_zoomMode != ZoomMode::Custom)
        m_zoom = fitZoom(m_zoomMode);
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    m_currentPage = -1;
    updateCurrentPage();
    scheduleRenderRequests();
    viewport()->update();
    if (hadSelection)
        emit selectionChanged(false);
}

void PdfPageArea::setExtractedText(const QVector<PdfPageInfo> &pages, const QString &canonicalText)
{
    m_pageInfos = pages;
    m_canonicalText = canonicalText;
}

void PdfPageArea::setHighlights(PageHighlights *highlights)
{
    m_highlights = highlights;
    viewport()->update();
}

// Geometry --------------------------------------------------------------------

qreal PdfPageArea::pixelsPerPoint(qreal zoom) const
{
    return zoom * logicalDpiY() / 72.0;
}

qreal PdfPageArea::fitZoom(ZoomMode mode) const
{
    const QSizeF largest = m_layout.largestPageSize();
    if (largest.isEmpty() || mode == ZoomMode::Custom)
        return m_zoom;
    const qreal perPoint = pixelsPerPoint(1.0);
    const qreal width = (viewport()->width() - 2 * PdfPageLayout::Margin - m_layout.leftGutter())
        / (largest.width() * perPoint);
    qreal zoom = width;
    if (mode == ZoomMode::FitPage) {
        const qreal height = (viewport()->height() - 2 * PdfPageLayout::Gap) / (largest.height() * perPoint);
        zoom = std::min(width, height);
    }
    return std::clamp(zoom, MinZoom, MaxZoom);
}

void PdfPageArea::setZoom(qreal zoom, ZoomMode mode, const QPoint &anchor)
{
    m_zoomMode = mode;
    if (mode != ZoomMode::Custom)
        zoom = fitZoom(mode);
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom)) {
        emit zoomChanged(m_zoom, m_zoomMode);
        return;
    }

    // Where the anchor point is on its page, so it stays under the anchor.
    const QPoint at = anchor.x() < 0 ? viewport()->rect().center() : anchor;
    const QPoint content = at + scrollOffset();
    const int page = m_layout.pageAtY(content.y());
    QPointF relative;
    const QRect before = m_layout.pageRect(page);
    if (!before.isEmpty())
        relative = QPointF(qreal(content.x() - before.x()) / before.width(),
                           qreal(content.y() - before.y()) / before.height());

    m_zoom = zoom;
    relayout();
    const QRect after = m_layout.pageRect(page);
    if (!after.isEmpty()) {
        const QPointF moved = QPointF(after.topLeft()) + QPointF(relative.x() * after.width(),
                                                               relative.y() * after.height());
        horizontalScrollBar()->setValue(int(std::lround(moved.x())) - at.x());
        verticalScrollBar()->setValue(int(std::lround(moved.y())) - at.y());
    }
    m_findQuads.clear();
    updateCurrentPage();
    scheduleRenderRequests();
    viewport()->update();
    emit zoomChanged(m_zoom, m_zoomMode);
}

void PdfPageArea::relayout()
{
    m_layout.setScale(pixelsPerPoint(m_zoom));
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();
}

void PdfPageArea::updateScrollBars()
{
    const QSize content = m_layout.contentSize();
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(scrollStep);
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(scrollStep);
}

QPoint PdfPageArea::scrollOffset() const
{
    return QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRect PdfPageArea::pageRect(int page) const
{
    const QRect r = m_layout.pageRect(page);
    return r.isNull() ? r : r.translated(-scrollOffset());
}

int PdfPageArea::pageAt(const QPoint &viewportPos) const
{
    const QPoint content = viewportPos + scrollOffset();
    const int page = m_layout.pageAtY(content.y());
    return page >= 0 && m_layout.pageRect(page).contains(content) ? page : -1;
}

int PdfPageArea::nearestPage(const QPoint &viewportPos) const
{
    return m_layout.pageAtY(viewportPos.y() + scrollOffset().y());
}

QTransform PdfPageArea::pageTransform(int page) const
{
    const QRect r = pageRect(page);
    return QTransform::fromTranslate(r.x(), r.y()).scale(r.width(), r.height());
}

QPointF PdfPageArea::normalised(int page, const QPoint &viewportPos) const
{
    const QRect r = pageRect(page);
    if (r.isEmpty())
        return {};
    return QPointF((viewportPos.x() - r.x() + 0.5) / r.width(), (viewportPos.y() - r.y() + 0.5) / r.height());
}

void PdfPageArea::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    verticalScrollBar()->setValue(m_layout.pageRect(page).top() - PdfPageLayout::Gap);
    updateCurrentPage();
    // Past the end of the scroll range the page cannot reach the top; it is
    // still the one the reader asked for.
    if (m_currentPage != page && pageRect(page).intersects(viewport()->rect())) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
}

void PdfPageArea::centreOn(int page, const QRectF &rect)
{
    const QRect r = m_layout.pageRect(page);
    if (r.isEmpty())
        return;
    const QPointF centre = r.topLeft() + QPointF(rect.center().x() * r.width(), rect.center().y() * r.height());
    verticalScrollBar()->setValue(int(centre.y()) - viewport()->height() / 2);
    if (horizontalScrollBar()->maximum() > 0)
        horizontalScrollBar()->setValue(int(centre.x()) - viewport()->width() / 2);
    updateCurrentPage();
}

bool PdfPageArea::isInView(int page, const QRectF &rect) const
{
    return viewport()->rect().contains(pageTransform(page).mapRect(rect).toAlignedRect());
}

void PdfPageArea::updateCurrentPage()
{
    int page = -1;
    if (pageCount() > 0) {
        page = nearestPage(viewport()->rect().center());
        // At the end of the document the last page may never reach the middle.
        QScrollBar *bar = verticalScrollBar();
        if (bar->maximum() > 0 && bar->value() >= bar->maximum())
            page = pageCount() - 1;
    }
    if (page != m_currentPage) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
}

void PdfPageArea::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_zoomMode != ZoomMode::Custom && pageCount() > 0) {
        const qreal zoom = fitZoom(m_zoomMode);
        if (!qFuzzyCompare(zoom, m_zoom)) {
            // What is at the top stays at the top, as in other readers: a
            // window opened at the start of a document still shows its start.
            setZoom(zoom, m_zoomMode, QPoint(viewport()->width() / 2, 0));
            return;
        }
    }
    relayout();
    updateCurrentPage();
    scheduleRenderRequests();
}

void PdfPageArea::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
    updateCurrentPage();
    scheduleRenderRequests();
}

// Rendering ---------------------------------------------------------------------

void PdfPageArea::scheduleRenderRequests()
{
    if (m_requestScheduled || !m_renderer)
        return;
    m_requestScheduled = true;
    QTimer::singleShot(0, this, &PdfPageArea::sendRenderRequests);
}

void PdfPageArea::sendRenderRequests()
{
    m_requestScheduled = false;
    if (!m_renderer || pageCount() == 0)
        return;
    const int top = scrollOffset().y();
    auto [first, last] = m_layout.pagesBetween(top, top + viewport()->height());
    if (first < 0)
        return;
    // Visible pages from the current one outwards, then one before and after.
    QVector<int> pages;
    const int current = std::clamp(m_currentPage, first, last);
    pages.append(current);
    for (int d = 1; current - d >= first || current + d <= last; ++d) {
        if (current + d <= last)
            pages.append(current + d);
        if (current - d >= first)
            pages.append(current - d);
    }
    if (last + 1 < pageCount())
        pages.append(last + 1);
    if (first > 0)
        pages.append(first - 1);
    // The renderer takes one width per request (and a request replaces the
    // last): ask for the pages of the first width still missing, and for the
    // next width when those have come (onPageRendered asks again).
    auto widthOf = [this](int page) {
        return int(std::lround(m_layout.pageRect(page).width() * devicePixelRatioF()));
    };
    int width = 0;
    for (int page : std::as_const(pages)) {
        if (m_renderer->image(page, widthOf(page)).isNull()) {
            width = widthOf(page);
            break;
        }
    }
    if (width == 0)
        return;
    QVector<int> batch;
    for (int page : std::as_const(pages)) {
        if (widthOf(page) == width)
            batch.append(page);
    }
    m_renderer->request(batch, width);
}

void PdfPageArea::onPageRendered(int page, int widthPixels)
{
    Q_UNUSED(widthPixels)
    const QRect r = pageRect(page);
    if (r.intersects(viewport()->rect()))
        viewport()->update(r);
    // A page of another size waits for the common width's batch to finish.
    scheduleRenderRequests();
}

// Painting ----------------------------------------------------------------------

void PdfPageArea::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QColor background = isDark(palette()) ? QColor(0x2b, 0x2d, 0x31) : QColor(0xcf, 0xd2, 0xd6);
    painter.fillRect(event->rect(), background);
    if (pageCount() == 0)
        return;
    const QRect exposed = event->rect();
    const int top = scrollOffset().y() + exposed.top();
    auto [first, last] = m_layout.pagesBetween(top - 8, top + exposed.height() + 8);
    for (int page = first; page >= 0 && page <= last; ++page) {
        const QRect rect = pageRect(page);
        const int left = m_marginVisible ? PdfPageLayout::Margin + PdfClaimMargin::Gutter : 4;
        if (rect.adjusted(-left, -4, 4, 6).intersects(exposed))
            paintPage(painter, page, rect);
    }
}

void PdfPageArea::paintPage(QPainter &painter, int page, const QRect &rect)
{
    // A soft shadow and a hairline border, as paper on a desk. The shadow
    // is filled only around the page, which covers the rest: three blends
    // under the whole page were half of each repaint while selecting.
    painter.save();
    painter.setClipRegion(QRegion(rect.adjusted(-4, -4, 4, 5)).subtracted(QRegion(rect)));
    painter.setPen(Qt::NoPen);
    for (int i = 3; i >= 1; --i) {
        painter.setBrush(QColor(0, 0, 0, 14 * (4 - i)));
        painter.drawRoundedRect(QRectF(rect).adjusted(-i, -i + 1, i, i + 1), i, i);
    }
    painter.restore();
    painter.setBrush(Qt::NoBrush);

    const qreal dpr = devicePixelRatioF();
    const int widthPixels = int(std::lround(rect.width() * dpr));
    const QImage image = m_renderer ? m_renderer->image(page, widthPixels) : QImage();
    if (!image.isNull()) {
        // Exactly widthPixels wide, so one image pixel lands on one device
        // pixel. (Drawn into the logical rectangle rather than by setting the
        // image's device pixel ratio, which would copy the cached pixels.)
        if (qFuzzyCompare(dpr, image.devicePixelRatio()))
            painter.drawImage(rect.topLeft(), image);
        else
            painter.drawImage(QRectF(rect), image, QRectF(image.rect()));
    } else {
        const QImage stand = m_renderer ? m_renderer->anyImage(page) : QImage();
        if (!stand.isNull()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(rect), stand, QRectF(stand.rect()));
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        } else {
            paintPlaceholder(painter, page, rect);
        }
    }
    painter.setPen(QPen(QColor(0, 0, 0, 60), 0));
    painter.drawRect(QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5));
    painter.setPen(Qt::NoPen);

    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform toView = pageTransform(page);
    paintHighlights(painter, page, toView);
    paintFindHits(painter, page, toView);
    paintSelection(painter, page, toView);
    paintExtentDrag(painter, page, toView);
    paintFlash(painter, page, toView);
    painter.restore();

    if (m_marginVisible && m_highlights)
        PdfClaimMargin::paint(painter, m_margin.stripes(*m_highlights, page, rect, font()), font());
    paintHandles(painter, page);
}

void PdfPageArea::paintPlaceholder(QPainter &painter, int page, const QRect &rect)
{
    painter.fillRect(rect, Qt::white);
    QFont font = painter.font();
    font.setPixelSize(std::clamp(rect.width() / 12, 10, 72));
    painter.setFont(font);
    painter.setPen(QColor(0, 0, 0, 40));
    painter.drawText(rect, Qt::AlignCenter, QString::number(page + 1));
    painter.setPen(Qt::NoPen);
}

void PdfPageArea::paintHighlights(QPainter &painter, int page, const QTransform &toView)
{
    if (!m_highlights)
        return;
    const std::vector<PageHighlight> &all = m_highlights->highlights();
    const QVector<int> onPage = m_highlights->onPage(page);
    if (onPage.isEmpty())
        return;

    // Fills multiply with the page, so text stays black and overlapping
    // claims show both colours mixed rather than the top one only.
    // A claim whose end is being dragged shows as its would-be extent only.
    const qint64 dragged = m_drag == Drag::Extent ? m_extentDrag.annotationId() : -1;
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    for (int i : onPage) {
        const PageHighlight &h = all[size_t(i)];
        if (h.id == dragged)
            continue;
        const bool area = h.anchor.kind() == Anchor::Kind::Area;
        painter.setBrush(mix(Qt::white, h.colour, area ? 0.16 : 0.55));
        for (const QPolygonF &quad : h.anchor.quadsOnPage(page)) {
            const QRectF r = toView.map(quad).boundingRect();
            if (area)
                painter.drawRect(r);
            else
                painter.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);

    painter.setBrush(Qt::NoBrush);
    for (int i : onPage) {
        const PageHighlight &h = all[size_t(i)];
        const bool selected = m_highlights->isSelected(h.id) && h.id != dragged;
        const bool area = h.anchor.kind() == Anchor::Kind::Area;
        if (!area && !selected)
            continue;
        const QColor outline = h.colour.darker(selected ? 170 : 120);
        painter.setPen(QPen(outline, selected ? 2.0 : 1.5));
        for (const QPolygonF &quad : h.anchor.quadsOnPage(page)) {
            const QRectF r = toView.map(quad).boundingRect();
            if (area)
                painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            else
                painter.drawRoundedRect(r.adjusted(-1.5, -0.5, 1.5, 0.5), 2, 2);
        }
    }
    painter.setPen(Qt::NoPen);
}

void PdfPageArea::paintFindHits(QPainter &painter, int page, const QTransform &toView)
{
    const auto ranges = m_findRanges.constFind(page);
    if (ranges == m_findRanges.cend())
        return;
    auto quads = m_findQuads.find(page);
    if (quads == m_findQuads.end()) {
        QVector<QPolygonF> all;
        const PdfPageText &text = pageText(page);
        for (const PdfPageRange &r : *ranges)
            all += text.quads(r.start, r.end);
        quads = m_findQuads.insert(page, all);
    }
    QColor fill(0xff, 0x96, 0x32);
    fill.setAlphaF(0.35);
    painter.setBrush(fill);
    for (const QPolygonF &quad : std::as_const(*quads))
        painter.drawRoundedRect(toView.map(quad).boundingRect().adjusted(-1, -1, 1, 1), 2, 2);
    painter.setBrush(Qt::NoBrush);
}

void PdfPageArea::paintSelection(QPainter &painter, int page, const QTransform &toView)
{
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.33);
    const auto quads = m_selectionQuads.constFind(page);
    if (quads != m_selectionQuads.cend()) {
        painter.setBrush(fill);
        for (const QPolygonF &quad : *quads)
            painter.drawPolygon(toView.map(quad));
    }
    if (page == m_areaPage && !m_areaRect.isEmpty()) {
        fill.setAlphaF(0.15);
        painter.setBrush(fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter.drawRect(toView.mapRect(m_areaRect));
        painter.setPen(Qt::NoPen);
    }
    painter.setBrush(Qt::NoBrush);
}

void PdfPageArea::paintFlash(QPainter &painter, int page, const QTransform &toView)
{
    if (m_flashStrength <= 0.01 || !m_highlights)
        return;
    const PageHighlight *h = m_highlights->highlight(m_flashId);
    if (!h)
        return;
    QColor fill = h->colour;
    fill.setAlphaF(0.45 * m_flashStrength);
    QColor outline = h->colour.darker(150);
    outline.setAlphaF(m_flashStrength);
    painter.setBrush(fill);
    painter.setPen(QPen(outline, 2));
    for (const QPolygonF &quad : h->anchor.quadsOnPage(page))
        painter.drawRoundedRect(toView.map(quad).boundingRect().adjusted(-3, -2, 3, 2), 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::NoBrush);
}

void PdfPageArea::flash(qint64 annotationId)
{
    m_flashId = annotationId;
    m_flash->stop();
    m_flash->start();
}

// Highlights and embedded annotations ------------------------------------------

QList<QRect> PdfPageArea::highlightRects(qint64 annotationId) const
{
    QList<QRect> rects;
    const PageHighlight *h = m_highlights ? m_highlights->highlight(annotationId) : nullptr;
    if (!h)
        return rects;
    const QRect view = viewport()->rect();
    for (const PageSelector &region : h->anchor.regions()) {
        const QTransform toView = pageTransform(region.page);
        for (const QPolygonF &quad : region.quads) {
            const QRect r = toView.map(quad).boundingRect().toAlignedRect();
            if (r.intersects(view))
                rects.append(r);
        }
    }
    return rects;
}

QList<qint64> PdfPageArea::annotationsAt(const QPoint &viewportPos) const
{
    const int page = pageAt(viewportPos);
    if (page < 0 || !m_highlights)
        return {};
    // Two pixels of slack around thin lines of text.
    const qreal tolerance = 2.0 / std::max(1, pageRect(page).height());
    return m_highlights->at(page, normalised(page, viewportPos), tolerance);
}

const QVector<PdfEmbeddedAnnotation> &PdfPageArea::embeddedAnnotations(int page) const
{
    auto it = m_embedded.find(page);
    if (it == m_embedded.end())
        it = m_embedded.insert(page, m_document ? m_document->embeddedAnnotations(page)
                                                : QVector<PdfEmbeddedAnnotation>());
    return *it;
}

std::optional<PdfEmbeddedAnnotation> PdfPageArea::embeddedAnnotationAt(const QPoint &viewportPos) const
{
    const int page = pageAt(viewportPos);
    if (page < 0)
        return std::nullopt;
    const QPointF point = normalised(page, viewportPos);
    const QVector<PdfEmbeddedAnnotation> &annotations = embeddedAnnotations(page);
    // The last one is drawn on top.
    for (auto it = annotations.crbegin(); it != annotations.crend(); ++it) {
        bool hit = false;
        for (const QPolygonF &quad : it->quads)
            hit = hit || quad.boundingRect().contains(point);
        if (!hit && it->quads.isEmpty())
            hit = it->boundary.contains(point);
        if (hit)
            return *it;
    }
    return std::nullopt;
}

QString PdfPageArea::toolTipAt(const QPoint &viewportPos) const
{
    constexpr int maxShown = 3;
    constexpr int maxQuoteLength = 120;
    constexpr int maxNoteLength = 160;
    QStringList parts;
    const qint64 stripe = stripeAt(viewportPos);
    const QList<qint64> ids = stripe >= 0 ? QList<qint64>{stripe} : annotationsAt(viewportPos);
    for (qint64 id : ids.mid(0, maxShown)) {
        const QModelIndex index = m_highlights->indexOf(id);
        const QColor colour = index.data(ColourRole).value<QColor>();
        QString part = QStringLiteral("<span style=\"color:%1\">\u25A0</span> <b>%2</b>")
                           .arg(colour.isValid() ? colour.name() : QStringLiteral("gray"),
                                index.data(TypeNameRole).toString().toHtmlEscaped());
        const QString quote = elided(index.data(QuoteRole).toString(), maxQuoteLength);
        if (!quote.isEmpty())
            part += QStringLiteral("<br><i>") + quote.toHtmlEscaped() + QStringLiteral("</i>");
        const QString note = elided(index.data(NoteRole).toString(), maxNoteLength);
        if (!note.isEmpty())
            part += QStringLiteral("<br>") + note.toHtmlEscaped();
        parts.append(part);
    }
    if (ids.size() > maxShown)
        //: Tooltip over overlapping highlights, after the first three
        parts.append(tr("and %n more", nullptr, int(ids.size() - maxShown)));
    if (parts.isEmpty()) {
        const std::optional<PdfEmbeddedAnnotation> embedded = embeddedAnnotationAt(viewportPos);
        if (!embedded)
            return {};
        //: Tooltip over an annotation that was already in the PDF; %1 its kind (Highlight, Note ...)
        QString part = tr("<b>%1</b> in the PDF").arg(kindName(embedded->kind).toHtmlEscaped());
        if (!embedded->author.isEmpty())
            //: %1 is who made an annotation that was already in the PDF
            part += QStringLiteral("<br>") + tr("by %1").arg(embedded->author.toHtmlEscaped());
        const QString contents = elided(embedded->contents, maxNoteLength);
        if (!contents.isEmpty())
            part += QStringLiteral("<br>") + contents.toHtmlEscaped();
        const QString quote = elided(embedded->quote, maxQuoteLength);
        if (!quote.isEmpty())
            part += QStringLiteral("<br><i>") + quote.toHtmlEscaped() + QStringLiteral("</i>");
        part += QStringLiteral("<br><small>") + tr("Right-click to take it over as a claim.")
              + QStringLiteral("</small>");
        parts.append(part);
    }
    return QStringLiteral("<p>") + parts.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

// Selection ----------------------------------------------------------------------

const PdfPageText &PdfPageArea::pageText(int page) const
{
    return m_texts.page(page);
}

PdfTextPosition PdfPageArea::caretAt(const QPoint &viewportPos) const
{
    const int page = nearestPage(viewportPos);
    if (page < 0)
        return {};
    const PdfPageText &text = pageText(page);
    const QPointF point = normalised(page, viewportPos);
    // Above a page is before all its text, below it after all of it.
    if (point.y() < 0)
        return {page, 0};
    if (point.y() > 1)
        return {page, text.size()};
    const int caret = text.caretNearest(QPointF(std::clamp(point.x(), 0.0, 1.0), point.y()));
    return {page, std::max(0, caret)};
}

bool PdfPageArea::hasSelection() const
{
    if (m_areaPage >= 0 && !m_areaRect.isEmpty())
        return true;
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [](const PdfPageRange &r) { return r.end > r.start; });
}

ViewSelection PdfPageArea::selection() const
{
    if (m_areaPage >= 0 && !m_areaRect.isEmpty())
        return pdfAreaSelection(m_areaPage, m_areaRect, m_texts, m_pageInfos, m_canonicalText);
    return pdfTextSelection(m_ranges, m_texts, m_pageInfos, m_canonicalText);
}

PdfTextPosition PdfPageArea::selectionStart() const
{
    if (m_areaPage >= 0 && !m_areaRect.isEmpty())
        return {m_areaPage, 0};
    for (const PdfPageRange &r : m_ranges) {
        if (r.end > r.start)
            return {r.page, r.start};
    }
    return {};
}

void PdfPageArea::clearSelection()
{
    m_anchorStart = m_anchorEnd = m_focus = PdfTextPosition();
    applySelection({});
    setAreaRect(-1, QRectF());
}

void PdfPageArea::selectText(PdfTextPosition from, PdfTextPosition to)
{
    setAreaRect(-1, QRectF());
    m_anchorStart = m_anchorEnd = from;
    m_focus = to;
    applySelection(pdfRangesBetween(from, to, m_texts));
}

void PdfPageArea::copySelection() const
{
    const QString quote = selection().quote;
    if (!quote.isEmpty())
        QApplication::clipboard()->setText(quote);
}

void PdfPageArea::updatePage(int page)
{
    const QRect r = pageRect(page);
    if (r.intersects(viewport()->rect()))
        viewport()->update(r);
}

void PdfPageArea::applySelection(QVector<PdfPageRange> ranges)
{
    const bool had = hasSelection();
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(), [](const PdfPageRange &r) { return r.end <= r.start; }),
                 ranges.end());
    // Only the pages whose part changed are measured and repainted: a drag
    // over one page of a long selection costs one page.
    QHash<int, PdfPageRange> before;
    for (const PdfPageRange &r : std::as_const(m_ranges))
        before.insert(r.page, r);
    QHash<int, PdfPageRange> after;
    for (const PdfPageRange &r : std::as_const(ranges))
        after.insert(r.page, r);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            m_selectionQuads.remove(it.key());
            updatePage(it.key());
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old != before.cend() && *old == *it)
            continue;
        m_selectionQuads.insert(it.key(), pageText(it.key()).quads(it->start, it->end));
        updatePage(it.key());
    }
    m_ranges = ranges;
    if (had != hasSelection())
        emit selectionChanged(!had);
}

void PdfPageArea::setAreaRect(int page, const QRectF &rect)
{
    const bool had = hasSelection();
    if (m_areaPage >= 0)
        updatePage(m_areaPage);
    m_areaPage = page;
    m_areaRect = rect;
    if (page >= 0)
        updatePage(page);
    if (had != hasSelection())
        emit selectionChanged(!had);
}

void PdfPageArea::setAreaMode(bool on)
{
    m_areaMode = on;
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

void PdfPageArea::setFindHits(const QVector<QPair<PdfTextPosition, PdfTextPosition>> &hits)
{
    m_findRanges.clear();
    m_findQuads.clear();
    for (const auto &hit : hits) {
        // Only hits on or near the pages in view are measured, at paint time.
        for (const PdfPageRange &r : pdfRangesBetween(hit.first, hit.second, m_texts)) {
            if (r.end > r.start)
                m_findRanges[r.page].append(r);
        }
    }
    viewport()->update();
}

// Mouse and keys -----------------------------------------------------------------

void PdfPageArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None && beginExtentDrag(pos))
        return;
    // A click on a stripe selects its claim, and selects no text.
    if (const qint64 stripe = stripeAt(pos); stripe >= 0) {
        m_drag = Drag::None;
        m_pressOnHighlight = false;
        emit stripeClicked(stripe);
        return;
    }
    m_pressPos = pos;
    m_lastDragPos = pos;
    m_moved = false;
    m_pressOnHighlight = !annotationsAt(pos).isEmpty();

    const bool triple = m_sinceDoubleClick.isValid()
        && m_sinceDoubleClick.elapsed() < QApplication::doubleClickInterval()
        && (pos - m_doubleClickPos).manhattanLength() < QApplication::startDragDistance();
    m_sinceDoubleClick.invalidate();
    const int page = pageAt(pos);
    if (triple && page >= 0 && !m_areaMode) {
        const PdfPageText &text = pageText(page);
        const int index = std::clamp(caretAt(pos).index, 0, std::max(0, text.size() - 1));
        if (text.hasText()) {
            const auto line = text.lineAt(index);
            m_unit = Unit::Line;
            m_drag = Drag::Text;
            m_anchorStart = {page, line.first};
            m_anchorEnd = m_focus = {page, line.second};
            setAreaRect(-1, QRectF());
            applySelection(pdfRangesBetween(m_anchorStart, m_anchorEnd, m_texts));
            return;
        }
    }
    beginDrag(event);
}

void PdfPageArea::beginDrag(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int page = pageAt(pos);
    m_unit = Unit::Character;
    if (page < 0) {
        m_drag = Drag::None;
        if (!(event->modifiers() & Qt::ShiftModifier))
            clearSelection();
        return;
    }
    const PdfPageText &text = pageText(page);
    const bool area = m_areaMode || (event->modifiers() & Qt::ControlModifier) || !text.hasText();
    if (!text.hasText())
        emit pageWithoutTextEntered(page);
    if (area) {
        m_drag = Drag::Area;
        clearSelection();
        m_areaPage = page;
        m_areaOrigin = normalised(page, pos);
        return;
    }
    m_drag = Drag::Text;
    if ((event->modifiers() & Qt::ShiftModifier) && m_anchorStart.isValid() && m_areaRect.isEmpty()) {
        dragTo(pos);
        return;
    }
    setAreaRect(-1, QRectF());
    m_anchorStart = m_anchorEnd = m_focus = caretAt(pos);
    applySelection({});
}

void PdfPageArea::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    // A quick second press on a handle is one more drag of it, not a word.
    const Handles h = handles();
    if (h.start.contains(pos) || h.end.contains(pos)) {
        mousePressEvent(event);
        return;
    }
    m_sinceDoubleClick.start();
    m_doubleClickPos = pos;
    const int page = pageAt(pos);
    if (page < 0 || m_areaMode || (event->modifiers() & Qt::ControlModifier))
        return;
    const PdfPageText &text = pageText(page);
    if (!text.hasText())
        return;
    int index = text.charAt(normalised(page, pos));
    if (index < 0)
        index = std::clamp(caretAt(pos).index, 0, text.size() - 1);
    const auto word = text.wordAt(index);
    if (word.second <= word.first)
        return;
    m_drag = Drag::Text;
    m_unit = Unit::Word;
    m_anchorStart = {page, word.first};
    m_anchorEnd = m_focus = {page, word.second};
    setAreaRect(-1, QRectF());
    applySelection(pdfRangesBetween(m_anchorStart, m_anchorEnd, m_texts));
}

void PdfPageArea::dragTo(const QPoint &viewportPos)
{
    m_lastDragPos = viewportPos;
    if (m_drag == Drag::Extent) {
        extentDragTo(viewportPos);
        return;
    }
    if (m_drag == Drag::Area) {
        const QPointF point = normalised(m_areaPage, viewportPos);
        const QPointF clamped(std::clamp(point.x(), 0.0, 1.0), std::clamp(point.y(), 0.0, 1.0));
        setAreaRect(m_areaPage, QRectF(m_areaOrigin, clamped).normalized());
        return;
    }
    if (m_drag != Drag::Text)
        return;
    PdfTextPosition focus = caretAt(viewportPos);
    if (!focus.isValid())
        return;
    // Words and lines grow by whole units from the one the drag began on.
    PdfTextPosition from = m_anchorStart;
    PdfTextPosition to = focus;
    if (m_unit != Unit::Character) {
        const PdfPageText &text = pageText(focus.page);
        if (text.hasText()) {
            const int index = std::clamp(focus < m_anchorStart ? focus.index : focus.index - 1, 0, text.size() - 1);
            const auto unit = m_unit == Unit::Word ? text.wordAt(index) : text.lineAt(index);
            if (focus < m_anchorStart) {
                to = {focus.page, unit.first};
                from = m_anchorEnd;
            } else {
                to = {focus.page, std::max(unit.second, index + 1)};
            }
        }
    }
    if (to == m_focus && !m_ranges.isEmpty())
        return;
    m_focus = to;
    applySelection(pdfRangesBetween(from, to, m_texts));
}

void PdfPageArea::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton) || m_drag == Drag::None) {
        hover(pos);
        return;
    }
    if (!m_moved && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_moved = true;
    dragTo(pos);
    const bool outside = pos.y() < 0 || pos.y() > viewport()->height();
    if (outside && !m_autoScroll->isActive())
        m_autoScroll->start();
    else if (!outside)
        m_autoScroll->stop();
}

void PdfPageArea::autoScroll()
{
    const int y = m_lastDragPos.y();
    const int beyond = y < 0 ? y : y - viewport()->height();
    if (beyond == 0 || m_drag == Drag::None) {
        m_autoScroll->stop();
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() + std::clamp(beyond, -60, 60));
    dragTo(m_lastDragPos);
}

void PdfPageArea::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_autoScroll->stop();
    const Drag drag = m_drag;
    if (drag == Drag::Extent) {
        finishExtentDrag();
        return;
    }
    m_drag = Drag::None;
    // A drag selects whole words, shown so before a claim is made of it;
    // with Alt, exactly what was dragged over.
    if (drag == Drag::Text && m_moved && m_unit == Unit::Character && !(event->modifiers() & Qt::AltModifier)) {
        const QVector<PdfPageRange> words = pdfRangesToWords(m_ranges, m_texts);
        if (words != m_ranges)
            applySelection(words);
    }
    if (drag == Drag::Area) {
        const QRect r = pageTransform(m_areaPage).mapRect(m_areaRect).toAlignedRect();
        // A click is not an area.
        if (r.width() < 4 || r.height() < 4)
            setAreaRect(-1, QRectF());
    }
    if (!m_moved && m_pressOnHighlight && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
        && m_unit == Unit::Character) {
        emit highlightClicked(event->position().toPoint());
    }
}

void PdfPageArea::hover(const QPoint &viewportPos)
{
    const Handles h = handles();
    if (h.start.contains(viewportPos) || h.end.contains(viewportPos)) {
        viewport()->setCursor(Qt::SizeHorCursor);
        return;
    }
    const int page = pageAt(viewportPos);
    if (page < 0) {
        viewport()->setCursor(stripeAt(viewportPos) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    // The text layer is read when the mouse first reaches a page.
    const PdfPageText &text = pageText(page);
    if (page != m_hoveredPage) {
        m_hoveredPage = page;
        if (!text.hasText())
            emit pageWithoutTextEntered(page);
    }
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_areaMode || !text.hasText())
        shape = Qt::CrossCursor;
    else if (!annotationsAt(viewportPos).isEmpty())
        shape = Qt::PointingHandCursor;
    else if (text.charAt(normalised(page, viewportPos)) >= 0)
        shape = Qt::IBeamCursor;
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}

void PdfPageArea::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            emit zoomStepRequested(steps, event->position().toPoint());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool PdfPageArea::event(QEvent *event)
{
    // Copy belongs to the selection here, not to a window-wide shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Copy && hasSelection()) {
            event->accept();
            return true;
        }
        // Escape ends a handle's drag here, before any window-wide use of it.
        if (key->key() == Qt::Key_Escape && m_drag == Drag::Extent) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool PdfPageArea::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PdfPageArea::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag == Drag::Extent) {
        cancelExtentDrag();
        event->accept();
        return;
    }
    if (event == QKeySequence::Copy) {
        copySelection();
        return;
    }
    QScrollBar *v = verticalScrollBar();
    // A little of the last screen stays in view, so the eye finds its line.
    const int screen = std::max(scrollStep, viewport()->height() - scrollStep);
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
        v->setValue(v->value() + screen);
        break;
    case Qt::Key_PageUp:
        v->setValue(v->value() - screen);
        break;
    case Qt::Key_Space:
        v->setValue(v->value() + (shift ? -screen : screen));
        break;
    case Qt::Key_Home:
        goToPage(0);
        break;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        v->setValue(v->maximum());
        break;
    case Qt::Key_Down:
        v->setValue(v->value() + v->singleStep());
        break;
    case Qt::Key_Up:
        v->setValue(v->value() - v->singleStep());
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - scrollStep);
        break;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + scrollStep);
        break;
    case Qt::Key_Escape:
        if (!hasSelection()) {
            event->ignore();
            return;
        }
        clearSelection();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PdfPageArea::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint pos = event->pos();
    if (event->reason() != QContextMenuEvent::Mouse) {
        // From the keyboard: at the selection if there is one in view.
        pos = viewport()->rect().center();
        const PdfTextPosition start = selectionStart();
        if (start.isValid()) {
            QRectF where = m_areaRect;
            if (m_areaRect.isEmpty()) {
                const QVector<QPolygonF> quads = m_selectionQuads.value(start.page);
                if (!quads.isEmpty())
                    where = quads.first().boundingRect();
            }
            const QPoint at = pageTransform(start.page).mapRect(where).toAlignedRect().bottomLeft();
            if (viewport()->rect().contains(at))
                pos = at;
        }
    }
    emit contextMenuRequestedAt(pos, viewport()->mapToGlobal(pos));
    event->accept();
}

// Claim margin ---------------------------------------------------------------------

void PdfPageArea::setClaimMarginVisible(bool visible)
{
    if (visible == m_marginVisible)
        return;
    m_marginVisible = visible;
    // The margin takes room beside the pages: fitting gives it back.
    m_layout.setLeftGutter(visible ? PdfClaimMargin::Gutter : 0);
    if (m_zoomMode != ZoomMode::Custom && pageCount() > 0) {
        const qreal zoom = fitZoom(m_zoomMode);
        if (!qFuzzyCompare(zoom, m_zoom)) {
            setZoom(zoom, m_zoomMode, QPoint(viewport()->width() / 2, 0));
            return;
        }
    }
    relayout();
    scheduleRenderRequests();
    viewport()->update();
}

QList<PdfMarginStripe> PdfPageArea::marginStripes() const
{
    QList<PdfMarginStripe> stripes;
    if (!m_marginVisible || !m_highlights || pageCount() == 0)
        return stripes;
    const int top = scrollOffset().y();
    auto [first, last] = m_layout.pagesBetween(top, top + viewport()->height());
    for (int page = first; page >= 0 && page <= last; ++page)
        stripes += m_margin.stripes(*m_highlights, page, pageRect(page), font());
    return stripes;
}

qint64 PdfPageArea::stripeAt(const QPoint &viewportPos) const
{
    if (!m_marginVisible || !m_highlights || pageCount() == 0)
        return -1;
    // Stripes stand beside their page, never on it.
    const int page = nearestPage(viewportPos);
    const QRect rect = pageRect(page);
    if (rect.isEmpty() || viewportPos.x() >= rect.left())
        return -1;
    return PdfClaimMargin::stripeAt(m_margin.stripes(*m_highlights, page, rect, font()), viewportPos);
}

// Handles of the selected claim ------------------------------------------------------

bool PdfPageArea::Handle::contains(const QPointF &pos) const
{
    // The knob only: a drag that starts on the words at the claim's edge
    // still selects text.
    return !knob.isEmpty() && knob.adjusted(-handleSlack, -handleSlack, handleSlack, handleSlack).contains(pos);
}

qint64 PdfPageArea::handleClaim() const
{
    if (!m_highlights)
        return -1;
    if (m_drag == Drag::Extent)
        return m_extentDrag.annotationId();
    // Only a text claim that is the one selected: areas are resized by no handle.
    const qint64 id = m_highlights->soleSelectedId();
    const PageHighlight *h = id >= 0 ? m_highlights->highlight(id) : nullptr;
    if (!h || h->anchor.kind() != Anchor::Kind::Page || h->anchor.regions().isEmpty())
        return -1;
    return id;
}

PdfPageArea::Handles PdfPageArea::handles() const
{
    Handles result;
    result.id = handleClaim();
    if (result.id < 0)
        return result;
    // While dragging, at the ends of the would-be extent.
    QRectF first;
    QRectF last;
    if (m_drag == Drag::Extent) {
        const QVector<PdfPageRange> ranges = m_extentDrag.ranges(m_texts);
        for (const PdfPageRange &r : ranges) {
            const QVector<QPolygonF> quads = pageText(r.page).quads(r.start, r.end);
            if (quads.isEmpty())
                continue;
            if (result.startPage < 0) {
                result.startPage = r.page;
                first = quads.first().boundingRect();
            }
            result.endPage = r.page;
            last = quads.last().boundingRect();
        }
    } else {
        const QVector<PageSelector> &regions = m_highlights->highlight(result.id)->anchor.regions();
        for (const PageSelector &region : regions) {
            if (region.quads.isEmpty())
                continue;
            if (result.startPage < 0) {
                result.startPage = region.page;
                first = region.quads.first().boundingRect();
            }
            result.endPage = region.page;
            last = region.quads.last().boundingRect();
        }
    }
    if (result.startPage < 0)
        return result;
    const QRectF a = pageTransform(result.startPage).mapRect(first);
    const QRectF b = pageTransform(result.endPage).mapRect(last);
    const qreal r = handleKnobRadius;
    // The start's knob above its line, the end's below: they never meet.
    result.start.bar = QRectF(a.left() - 1, a.top(), 2, a.height());
    result.start.knob = QRectF(a.left() - r, a.top() - 2 * r, 2 * r, 2 * r);
    result.end.bar = QRectF(b.right() - 1, b.top(), 2, b.height());
    result.end.knob = QRectF(b.right() - r, b.bottom(), 2 * r, 2 * r);
    return result;
}

QRectF PdfPageArea::extentHandle(PdfExtentDrag::End end) const
{
    const Handles h = handles();
    return end == PdfExtentDrag::End::Start ? h.start.knob : h.end.knob;
}

bool PdfPageArea::beginExtentDrag(const QPoint &viewportPos)
{
    const Handles h = handles();
    if (h.id < 0)
        return false;
    PdfExtentDrag::End end;
    // Where the two overlap (a one-letter claim) the nearer knob wins.
    const bool onStart = h.start.contains(viewportPos);
    const bool onEnd = h.end.contains(viewportPos);
    if (onStart && onEnd) {
        const qreal toStart = QLineF(viewportPos, h.start.knob.center()).length();
        const qreal toEnd = QLineF(viewportPos, h.end.knob.center()).length();
        end = toStart <= toEnd ? PdfExtentDrag::End::Start : PdfExtentDrag::End::End;
    } else if (onStart) {
        end = PdfExtentDrag::End::Start;
    } else if (onEnd) {
        end = PdfExtentDrag::End::End;
    } else {
        return false;
    }
    const PageHighlight *claim = m_highlights->highlight(h.id);
    if (!m_extentDrag.begin(h.id, claim->anchor, end, m_texts))
        return false;
    m_drag = Drag::Extent;
    m_pressPos = viewportPos;
    m_lastDragPos = viewportPos;
    m_moved = false;
    viewport()->setCursor(Qt::SizeHorCursor);
    showExtentPreview();
    return true;
}

void PdfPageArea::extentDragTo(const QPoint &viewportPos)
{
    const PdfTextPosition caret = caretAt(viewportPos);
    const int page = pageAt(viewportPos);
    const int under = page >= 0 && page == caret.page ? pageText(page).charAt(normalised(page, viewportPos)) : -1;
    if (m_extentDrag.moveTo(caret, under, m_texts))
        showExtentPreview();
}

void PdfPageArea::showExtentPreview()
{
    QHash<int, QVector<QPolygonF>> quads;
    for (const PdfPageRange &r : m_extentDrag.ranges(m_texts)) {
        if (r.end > r.start)
            quads.insert(r.page, pageText(r.page).quads(r.start, r.end));
    }
    setExtentQuads(std::move(quads));
}

void PdfPageArea::setExtentQuads(QHash<int, QVector<QPolygonF>> quads)
{
    // The pages it was and is on, with the margin where the handles' knobs reach.
    QSet<int> pages;
    for (auto it = m_extentQuads.cbegin(); it != m_extentQuads.cend(); ++it)
        pages.insert(it.key());
    for (auto it = quads.cbegin(); it != quads.cend(); ++it)
        pages.insert(it.key());
    m_extentQuads = std::move(quads);
    const int slack = int(2 * handleKnobRadius + handleSlack) + 2;
    for (int page : std::as_const(pages)) {
        const QRect r = pageRect(page).adjusted(-slack, -slack, slack, slack);
        if (r.intersects(viewport()->rect()))
            viewport()->update(r);
    }
}

void PdfPageArea::finishExtentDrag()
{
    const qint64 id = m_extentDrag.annotationId();
    const bool changed = m_extentDrag.hasChanged();
    const QVector<PdfPageRange> ranges = m_extentDrag.ranges(m_texts);
    cancelExtentDrag();
    if (!changed)
        return;
    // Built as a fresh selection of those words is, so the two cannot differ.
    const ViewSelection selection = pdfTextSelection(ranges, m_texts, m_pageInfos, m_canonicalText);
    if (!selection.isEmpty())
        emit extentChangeRequested(id, selection.anchor);
}

void PdfPageArea::cancelExtentDrag()
{
    m_autoScroll->stop();
    m_drag = Drag::None;
    m_extentDrag.cancel();
    setExtentQuads({});
    viewport()->update();
    hover(viewport()->mapFromGlobal(QCursor::pos()));
}

void PdfPageArea::paintExtentDrag(QPainter &painter, int page, const QTransform &toView)
{
    const auto quads = m_extentQuads.constFind(page);
    if (quads == m_extentQuads.cend() || !m_highlights)
        return;
    const PageHighlight *h = m_highlights->highlight(m_extentDrag.annotationId());
    const QColor colour = h ? h->colour : palette().color(QPalette::Highlight);
    // Filled as the claim is, outlined dashed: what it will be on release.
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    painter.setBrush(mix(Qt::white, colour, 0.55));
    for (const QPolygonF &quad : *quads)
        painter.drawRoundedRect(toView.map(quad).boundingRect().adjusted(-1, 0, 1, 0), 2, 2);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colour.darker(170), 1.5, Qt::DashLine));
    for (const QPolygonF &quad : *quads)
        painter.drawRoundedRect(toView.map(quad).boundingRect().adjusted(-1.5, -0.5, 1.5, 0.5), 2, 2);
    painter.setPen(Qt::NoPen);
}

void PdfPageArea::paintHandles(QPainter &painter, int page)
{
    const Handles h = handles();
    if (h.id < 0 || (page != h.startPage && page != h.endPage))
        return;
    const PageHighlight *claim = m_highlights->highlight(h.id);
    const QColor colour = (claim ? claim->colour : palette().color(QPalette::Highlight)).darker(170);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(colour);
    for (const Handle *handle : {page == h.startPage ? &h.start : nullptr, page == h.endPage ? &h.end : nullptr}) {
        if (!handle)
            continue;
        painter.drawRect(handle->bar);
        painter.drawEllipse(handle->knob);
    }
    painter.restore();
}

} // namespace ktk
