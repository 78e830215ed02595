// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/wordsnapping.h"
#include "document/highlightgeometry.h"
#include "document/textmatches.h"

#include <QColor>
#include <QTextEdit>

class QVariantAnimation;

namespace ktk {

class AnnotationSpans;

// The read-only text of a document, set in a centred reading column, with the
// annotations painted as translucent highlights behind the glyphs. Knows
// nothing of the annotation model: it draws what AnnotationSpans holds and
// reports where the user clicked.
class DocumentTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit DocumentTextEdit(QWidget *parent = nullptr);
    ~DocumentTextEdit() override;

    // Shows document and becomes its owner; the previous one is deleted.
    void showDocument(QTextDocument *document);
    void setSpans(const AnnotationSpans *spans);
    void setZoom(qreal zoom);

    void setFindMatches(const QList<TextRange> &matches);

    // Geometry in viewport coordinates.
    QList<QRectF> rangeRects(int start, int end);
    // Annotations whose highlight (including its underline) is under pos,
    // innermost (shortest) first.
    QList<qint64> annotationsAt(const QPoint &viewportPos);

    void centreOnRange(int start, int end);
    void flashRange(int start, int end, const QColor &colour);
    bool isFlashing() const;

    // Resources of the document (images) are never fetched: the text is
    // read from an untrusted source.
    QVariant loadResource(int type, const QUrl &name) override;

    // The claim margin: one coloured stripe per claim beside the lines it
    // covers, left of the reading column; overlapping claims side by side.
    void setClaimMarginVisible(bool visible);
    bool isClaimMarginVisible() const { return m_marginVisible; }
    // The stripes as last painted, in viewport coordinates (for tests and
    // hit testing); empty while the margin is hidden.
    struct MarginStripe
    {
        QRectF rect;
        qint64 id = -1;
    };
    const QList<MarginStripe> &marginStripes() const { return m_stripes; }
    // The claim whose stripe is under a viewport position, or -1.
    qint64 stripeAt(const QPoint &viewportPos) const;

    // Handles at the start and the end of the one selected claim: dragging
    // one moves that end, to whole words unless Alt is held. The text as
    // plain text, whose offsets the claims' ranges are in.
    enum class Handle { None, Start, End };
    // The claim that shows handles (the only selected claim), or -1.
    qint64 handleClaim() const;
    // A handle's grip (the round knob and its bar) in viewport coordinates;
    // empty when no handles are shown.
    QRectF handleRect(Handle handle);
    bool isDraggingHandle() const { return m_drag.handle != Handle::None; }
    // The extent shown while a handle is dragged.
    WordSnapping::Range draggedRange() const { return m_drag.range; }
    const QString &plainText() const { return m_plainText; }

    // How the current selection was made: it decides how a claim is cut
    // from it (WordSnapping). A selection set by the program (a find hit)
    // counts as made from the keyboard: kept, not widened.
    enum class SelectionOrigin { Mouse, MouseExact, Keyboard };
    SelectionOrigin selectionOrigin() const { return m_selectionOrigin; }

signals:
    // A plain click (no drag, no text selected) at a viewport position.
    void clicked(const QPoint &viewportPos);
    void contextMenuRequestedAt(const QPoint &viewportPos, const QPoint &globalPos);
    void zoomStepRequested(int steps);
    // A drag with the mouse selected text, without Alt: the view widens it
    // to whole words.
    void mouseSelectionFinished();
    // A click on a claim's stripe in the margin.
    void stripeClicked(qint64 annotationId);
    // A handle was dropped: the claim should cover [start, end) of plainText().
    void extentDragged(qint64 annotationId, int start, int end);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateColumn();
    void updatePalette();
    QPointF scrollOffset() const;
    void visibleRange(const QRectF &documentRect, int *from, int *to) const;
    void paintFindMatches(QPainter &painter, const QRectF &exposed, int from, int to);
    void paintAnnotations(QPainter &painter, const QRectF &exposed, int from, int to);
    void paintFlash(QPainter &painter);
    void paintMarginStripes(QPainter &painter, const QRectF &exposed, int from, int to);
    void paintHandles(QPainter &painter);
    // The extent handles are drawn for: the dragged one while dragging.
    WordSnapping::Range handleRange() const;
    Handle handleAt(const QPoint &viewportPos);
    void dragHandleTo(const QPoint &viewportPos, bool exact);
    void cancelHandleDrag();
    qreal handleRadius() const;
    bool viewportEvent(QEvent *event) override;
    qreal underlineThickness() const;

    const AnnotationSpans *m_spans = nullptr;
    HighlightGeometry m_geometry;
    QList<TextRange> m_findMatches;
    qreal m_zoom = 1.0;

    QPoint m_pressPos;
    bool m_pressed = false;
    // Set by the program (find, tests) unless a mouse release says otherwise.
    SelectionOrigin m_selectionOrigin = SelectionOrigin::Keyboard;
    int m_wheelRemainder = 0;
    bool m_updatingPalette = false;

    QString m_plainText;
    struct HandleDrag
    {
        Handle handle = Handle::None;
        qint64 id = -1;
        WordSnapping::Range original;
        WordSnapping::Range range;
    } m_drag;
    bool m_overHandle = false;

    bool m_marginVisible = true;
    QList<MarginStripe> m_stripes;

    QVariantAnimation *m_flash = nullptr;
    TextRange m_flashRange;
    QColor m_flashColour;
    qreal m_flashStrength = 0;
};

} // namespace ktk
