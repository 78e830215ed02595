// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatableview.h"
#include "document/pdfpagearea.h"
#include "pdf/pdfdocument.h"
#include "store/records.h"

#include <QVector>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QSpinBox;
class QTimer;
class QToolButton;

namespace ktk {

class FindBar;
class PageHighlights;

// A PDF shown for reading and annotating: its pages in one scrolling
// column, the claims on them highlighted, text and areas to select and turn
// into claims, a page and zoom bar above and a find bar below.
class PdfView : public AnnotatableView
{
    Q_OBJECT

public:
    using ZoomMode = PdfPageArea::ZoomMode;

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    // Shows a PDF; pages/canonicalText are the stored extracted text, empty until extracted.
    void setDocument(qint64 documentId, std::shared_ptr<PdfDocument> document,
                     const QVector<PdfPageInfo> &pages = {}, const QString &canonicalText = {});
    void clearDocument();
    // Background extraction finished: from now on selections get text offsets.
    void setExtractedText(const QVector<PdfPageInfo> &pages, const QString &canonicalText);
    std::shared_ptr<PdfDocument> pdfDocument() const;

    qint64 documentId() const override;
    void setAnnotationModel(QAbstractItemModel *model, QItemSelectionModel *selection) override;
    ViewSelection currentSelection() const override;
    void clearTextSelection() override;
    bool scrollToAnnotation(qint64 annotationId) override;
    qreal zoomFactor() const override;

    int pageCount() const;
    int currentPage() const;            // 0-based, the page in the middle of the viewport
    void goToPage(int page);
    ZoomMode zoomMode() const;
    void setZoomMode(ZoomMode mode);
    // 1.0 = 100 % (one point = one logical pixel * logicalDpi/72); switches to ZoomMode::Custom.
    void setZoomFactor(qreal factor);

    // Where an annotation is drawn, in viewport coordinates; empty when not visible.
    QList<QRect> annotationRects(qint64 annotationId) const;
    // The page rectangle of a page in viewport coordinates.
    QRect pageRect(int page) const;
    // The claims under a point of the viewport, innermost (smallest) first.
    QList<qint64> annotationsAt(const QPoint &viewportPos) const;
    // The annotation the PDF itself carries at a point of the viewport.
    std::optional<PdfEmbeddedAnnotation> embeddedAnnotationAt(const QPoint &viewportPos) const;
    bool isAreaMode() const;

    // The claim margin: a stripe per claim beside each page (PdfClaimMargin).
    void setClaimMarginVisible(bool visible);
    bool isClaimMarginVisible() const;
    // The stripes of the pages in view, in viewport coordinates (for tests).
    QList<PdfMarginStripe> marginStripes() const;
    // The claim whose stripe is under a viewport position, or -1.
    qint64 stripeAt(const QPoint &viewportPos) const;
    // The knob of the selected text claim's start or end handle, in viewport
    // coordinates; empty when no single text claim is selected.
    QRectF extentHandle(PdfExtentDrag::End end) const;

    QWidget *pageViewport() const;
    PdfPageArea *pageArea() const { return m_area; }
    FindBar *findBar() const { return m_findBar; }

public slots:
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;
    void showFindBar() override;
    void hideFindBar();
    void findNext();
    void findPrevious();
    void setAreaMode(bool on);
    void fitWidth();
    void fitPage();
    void focusPageNumber();

signals:
    void currentPageChanged(int page);
    // The user asked to take over annotations that were already in the PDF.
    void takeOverRequested(const QVector<ktk::PdfEmbeddedAnnotation> &annotations);
    // Area mode went on or off, also by the button in the page bar.
    void areaModeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildToolBar();
    QFrame *buildNotice();
    void retranslate();
    void restoreZoom();
    void onZoomChanged(qreal zoom, ZoomMode mode);
    void updateZoomControls();
    void onZoomActivated(int index);
    void onZoomTextEntered();
    void onCurrentPageChanged(int page);
    void onHighlightClicked(const QPoint &viewportPos);
    void selectFromClick(qint64 id);
    void onContextMenu(const QPoint &viewportPos, const QPoint &globalPos);
    void onCurrentAnnotationChanged(qint64 id);
    void onPageWithoutText(int page);
    void stepZoom(int steps, const QPoint &anchor = QPoint(-1, -1));
    void refreshMatches();
    void find(bool backwards, bool includeCurrent);
    PdfTextPosition positionOf(int offset, bool isEnd) const;

    PdfPageArea *m_area = nullptr;
    FindBar *m_findBar = nullptr;
    PageHighlights *m_highlights = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QToolButton *m_areaButton = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QTimer *m_noticeTimer = nullptr;
    int m_noticePage = -1;
    bool m_noticeShown = false;

    qint64 m_documentId = -1;
    QVector<PdfPageInfo> m_pages;
    QString m_canonicalText;
    QVector<QPair<PdfTextPosition, PdfTextPosition>> m_hits;
    QString m_matchedText;
    bool m_selectingFromClick = false;
    bool m_restoringZoom = false;
    qreal m_announcedZoom = 1.0;
};

} // namespace ktk
