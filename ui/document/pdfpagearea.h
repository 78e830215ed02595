// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdfclaimmargin.h"
#include "document/pdfextentdrag.h"
#include "document/pdfpagelayout.h"
#include "document/pdfselection.h"
#include "pdf/pdfdocument.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;
class QVariantAnimation;

namespace ktk {

class PageHighlights;
class PdfPageRenderer;

// The scrolling column of pages inside PdfView: draws the rendered pages,
// the claims on them, the find hits and the text or area the user selects,
// and turns mouse and keys into selections, clicks and scrolling. PdfView
// adds the tool bar and the find bar, and speaks AnnotatableView.
class PdfPageArea : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class ZoomMode { Custom, FitWidth, FitPage };
    static constexpr qreal MinZoom = 0.1;
    static constexpr qreal MaxZoom = 8.0;

    explicit PdfPageArea(QWidget *parent = nullptr);
    ~PdfPageArea() override;

    void setDocument(std::shared_ptr<PdfDocument> document);
    std::shared_ptr<PdfDocument> document() const { return m_document; }
    PdfPageRenderer *renderer() const { return m_renderer.get(); }
    const PdfTextLayers &textLayers() const { return m_texts; }
    void setExtractedText(const QVector<PdfPageInfo> &pages, const QString &canonicalText);
    void setHighlights(PageHighlights *highlights);
    int pageCount() const { return m_layout.pageCount(); }

    qreal zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    // Keeps the point under anchor (viewport coordinates; the centre when
    // null) in place.
    void setZoom(qreal zoom, ZoomMode mode, const QPoint &anchor = QPoint(-1, -1));
    qreal fitZoom(ZoomMode mode) const;

    QRect pageRect(int page) const;            // viewport coordinates
    int pageAt(const QPoint &viewportPos) const;   // the page under the point, or -1
    int currentPage() const { return m_currentPage; }
    void goToPage(int page);
    // Scrolls so that rect (normalised on page) is in the middle of the viewport.
    void centreOn(int page, const QRectF &rect);
    bool isInView(int page, const QRectF &rect) const;

    QList<QRect> highlightRects(qint64 annotationId) const;
    QList<qint64> annotationsAt(const QPoint &viewportPos) const;
    std::optional<PdfEmbeddedAnnotation> embeddedAnnotationAt(const QPoint &viewportPos) const;
    void flash(qint64 annotationId);

    bool isAreaMode() const { return m_areaMode; }
    void setAreaMode(bool on);
    bool hasSelection() const;
    ViewSelection selection() const;
    void clearSelection();
    void selectText(PdfTextPosition from, PdfTextPosition to);
    // Where the selection starts (or the area's page): where find goes on from.
    PdfTextPosition selectionStart() const;
    void copySelection() const;

    // Find hits to mark, in document order.
    void setFindHits(const QVector<QPair<PdfTextPosition, PdfTextPosition>> &hits);

    QString toolTipAt(const QPoint &viewportPos) const;

    // The claim margin beside the pages (PdfClaimMargin).
    void setClaimMarginVisible(bool visible);
    bool isClaimMarginVisible() const { return m_marginVisible; }
    // The stripes of the pages in view, in viewport coordinates; empty
    // while the margin is hidden.
    QList<PdfMarginStripe> marginStripes() const;
    qint64 stripeAt(const QPoint &viewportPos) const;

    // The knob of a handle of the selected text claim, in viewport
    // coordinates; empty when there is none to drag.
    QRectF extentHandle(PdfExtentDrag::End end) const;
    bool isDraggingExtent() const { return m_drag == Drag::Extent; }

signals:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom, ZoomMode mode);
    void selectionChanged(bool hasSelection);
    // A click (no drag) at a point with claims under it.
    void highlightClicked(const QPoint &viewportPos);
    void contextMenuRequestedAt(const QPoint &viewportPos, const QPoint &globalPos);
    void zoomStepRequested(int steps, const QPoint &viewportPos);
    // The user pointed at a page that has no text to select.
    void pageWithoutTextEntered(int page);
    // A click on a claim's stripe in the margin.
    void stripeClicked(qint64 annotationId);
    // A handle of the selected claim was dragged: it should cover newAnchor.
    void extentChangeRequested(qint64 annotationId, const ktk::Anchor &newAnchor);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag { None, Text, Area, Extent };
    // The selected text claim's handles: a bar along the edge of its first
    // (last) line and a knob above (below) it, in viewport coordinates.
    struct Handle
    {
        QRectF bar;
        QRectF knob;
        bool contains(const QPointF &pos) const;
    };
    struct Handles
    {
        qint64 id = -1;
        int startPage = -1;
        int endPage = -1;
        Handle start;
        Handle end;
    };
    enum class Unit { Character, Word, Line };

    qreal pixelsPerPoint(qreal zoom) const;
    void relayout();
    void updateScrollBars();
    QPoint scrollOffset() const;
    void scheduleRenderRequests();
    void sendRenderRequests();
    void updateCurrentPage();
    void onPageRendered(int page, int widthPixels);

    QTransform pageTransform(int page) const;   // normalised page -> viewport
    QPointF normalised(int page, const QPoint &viewportPos) const;
    int nearestPage(const QPoint &viewportPos) const;
    PdfTextPosition caretAt(const QPoint &viewportPos) const;
    const PdfPageText &pageText(int page) const;
    const QVector<PdfEmbeddedAnnotation> &embeddedAnnotations(int page) const;

    void beginDrag(QMouseEvent *event);
    void dragTo(const QPoint &viewportPos);
    void applySelection(QVector<PdfPageRange> ranges);
    void setAreaRect(int page, const QRectF &rect);
    void updatePage(int page);
    void hover(const QPoint &viewportPos);
    void autoScroll();

    void paintPage(QPainter &painter, int page, const QRect &rect);
    void paintPlaceholder(QPainter &painter, int page, const QRect &rect);
    void paintHighlights(QPainter &painter, int page, const QTransform &toView);
    void paintFindHits(QPainter &painter, int page, const QTransform &toView);
    void paintSelection(QPainter &painter, int page, const QTransform &toView);
    void paintFlash(QPainter &painter, int page, const QTransform &toView);
    void paintExtentDrag(QPainter &painter, int page, const QTransform &toView);
    void paintHandles(QPainter &painter, int page);

    qint64 handleClaim() const;
    Handles handles() const;
    bool beginExtentDrag(const QPoint &viewportPos);
    void extentDragTo(const QPoint &viewportPos);
    void showExtentPreview();
    void finishExtentDrag();
    void cancelExtentDrag();
    void setExtentQuads(QHash<int, QVector<QPolygonF>> quads);

    std::shared_ptr<PdfDocument> m_document;
    std::unique_ptr<PdfPageRenderer> m_renderer;
    PdfTextLayers m_texts;
    QVector<PdfPageInfo> m_pageInfos;
    QString m_canonicalText;
    QPointer<PageHighlights> m_highlights;
    PdfPageLayout m_layout;
    qreal m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::Custom;
    int m_currentPage = -1;
    bool m_requestScheduled = false;

    // Selection: text between two carets, or a rectangle on one page.
    Drag m_drag = Drag::None;
    Unit m_unit = Unit::Character;
    bool m_areaMode = false;
    PdfTextPosition m_anchorStart;   // the unit (character, word, line) the drag began on
    PdfTextPosition m_anchorEnd;
    PdfTextPosition m_focus;
    QVector<PdfPageRange> m_ranges;
    QHash<int, QVector<QPolygonF>> m_selectionQuads;   // normalised, per page
    int m_areaPage = -1;
    QPointF m_areaOrigin;
    QRectF m_areaRect;                                 // normalised
    QPoint m_pressPos;
    bool m_moved = false;
    bool m_pressOnHighlight = false;
    QElapsedTimer m_sinceDoubleClick;
    QPoint m_doubleClickPos;
    QPoint m_lastDragPos;
    QTimer *m_autoScroll = nullptr;
    int m_hoveredPage = -1;

    QHash<int, QVector<PdfPageRange>> m_findRanges;    // per page
    mutable QHash<int, QVector<QPolygonF>> m_findQuads;
    mutable QHash<int, QVector<PdfEmbeddedAnnotation>> m_embedded;

    bool m_marginVisible = false;   // the window turns it on (View → Claim Margin)
    PdfClaimMargin m_margin;

    PdfExtentDrag m_extentDrag;
    QHash<int, QVector<QPolygonF>> m_extentQuads;      // the would-be extent while dragging, per page

    QVariantAnimation *m_flash = nullptr;
    qint64 m_flashId = -1;
    qreal m_flashStrength = 0;
};

} // namespace ktk
