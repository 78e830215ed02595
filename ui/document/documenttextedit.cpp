// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documenttextedit.h"

#include "models/annotationroles.h"

#include "document/annotationspans.h"
#include "document/readingstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>

namespace ktk {

namespace {

constexpr int flashDurationMs = 900;
constexpr int flashBlinks = 3;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

DocumentTextEdit::DocumentTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setUndoRedoEnabled(false);
    // Hovering over a claim's handle shows the resize cursor.
    viewport()->setMouseTracking(true);
    setFont(ReadingStyle::font(m_zoom));
    m_geometry.setHighlightBox(ReadingStyle::highlightBox(font()));
    updatePalette();
    // A selection the program sets (a find hit) is kept as set; one made by
    // a drag is marked as such when the mouse button is released.
    connect(this, &QTextEdit::selectionChanged, this, [this] {
        if (!m_pressed)
            m_selectionOrigin = SelectionOrigin::Keyboard;
    });

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

DocumentTextEdit::~DocumentTextEdit() = default;

namespace {

// Qt lays out a word longer than a line again for each line it breaks into:
// a 300,000-character word took 20 s of CPU before the window painted, and a
// crafted project can hold one. Wrapping anywhere is linear. No real text
// has a word of this length, so ordinary documents keep wrapping at words.
constexpr int LongestOrdinaryWord = 1000;

QTextOption::WrapMode wrapModeFor(const QTextDocument *document)
{
    // Block by block: no copy of the whole text (the view makes one already).
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        int run = 0;
        for (const QChar c : block.text()) {
            if (c.isSpace())
                run = 0;
            else if (++run > LongestOrdinaryWord)
                return QTextOption::WrapAnywhere;
        }
    }
    return QTextOption::WrapAtWordBoundaryOrAnywhere;
}

} // namespace

void DocumentTextEdit::showDocument(QTextDocument *document)
{
    // The editor's own initial document is deleted by setDocument(); guard.
    QPointer<QTextDocument> old = this->document();
    if (old == document)
        return;
    m_flash->stop();
    m_flashStrength = 0;
    m_findMatches.clear();

    if (document) {
        // Parenting to the editor also routes resource requests through
        // loadResource() below instead of the file system.
        document->setParent(this);
        document->setUndoRedoEnabled(false);
        ReadingStyle::applyLineHeight(document, ReadingStyle::lineHeightPercent(ReadingStyle::font(1.0)));
        // QTextEdit::setDocument() lays the new document out with the
        // editor's wrap mode, and setWordWrapMode() relays out whichever
        // document is current. Order them so that the document with the
        // runaway word is never laid out at word boundaries: wrap anywhere
        // before it arrives, and back to words only after it has gone.
        const QTextOption::WrapMode wrap = wrapModeFor(document);
        if (wrap == QTextOption::WrapAnywhere && wordWrapMode() != wrap)
            setWordWrapMode(wrap);
        setDocument(document);
        if (wordWrapMode() != wrap)
            setWordWrapMode(wrap);
        document->setDefaultFont(font());
        connect(document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                [this] { m_geometry.invalidate(); });
    } else {
        setDocument(nullptr);
    }
    if (old && old->parent() == this)
        delete old;

    m_geometry.setDocument(this->document());
    m_plainText = this->document() ? this->document()->toPlainText() : QString();
    m_drag = HandleDrag();
    updateColumn();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void DocumentTextEdit::setSpans(const AnnotationSpans *spans)
{
    m_spans = spans;
    viewport()->update();
}

void DocumentTextEdit::setZoom(qreal zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the line at the top of the view in place while the text reflows.
    const bool atTop = verticalScrollBar()->value() == 0;
    const QTextCursor anchor = cursorForPosition(QPoint(viewport()->width() / 2, 0));
    const int oldTop = cursorRect(anchor).top();

    m_zoom = zoom;
    setFont(ReadingStyle::font(zoom)); // changeEvent() passes it on to the document

    if (!atTop)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(anchor).top() - oldTop);
}

void DocumentTextEdit::setFindMatches(const QList<TextRange> &matches)
{
    m_findMatches = matches;
    viewport()->update();
}

QPointF DocumentTextEdit::scrollOffset() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QList<QRectF> DocumentTextEdit::rangeRects(int start, int end)
{
    QList<QRectF> result;
    const QPointF offset = scrollOffset();
    for (const HighlightLine &line : m_geometry.lines(start, end))
        result.append(line.rect.translated(-offset));
    return result;
}

QList<qint64> DocumentTextEdit::annotationsAt(const QPoint &viewportPos)
{
    if (!m_spans || !document())
        return {};
    const QPointF point = QPointF(viewportPos) + scrollOffset();
    const int hit = document()->documentLayout()->hitTest(point, Qt::FuzzyHit);
    if (hit < 0)
        return {};
    // A point in the spacing below a block's last line may land in the next
    // block: look at the previous block too.
    QTextBlock block = document()->findBlock(hit);
    const int to = block.position() + block.length();
    if (block.previous().isValid())
        block = block.previous();

    const std::vector<AnnotationSpan> &spans = m_spans->spans();
    QList<const AnnotationSpan *> found;
    for (int i : m_spans->intersecting(block.position(), to)) {
        const AnnotationSpan &s = spans[size_t(i)];
        for (const HighlightLine &line : m_geometry.lines(s.start, s.end)) {
            if (line.rect.adjusted(-1, 0, 1, line.spaceBelow).contains(point)) {
                found.append(&s);
                break;
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const AnnotationSpan *a, const AnnotationSpan *b) {
        if (a->length() != b->length())
            return a->length() < b->length();
        if (a->start != b->start)
            return a->start > b->start;
        return a->id < b->id;
    });
    QList<qint64> ids;
    ids.reserve(found.size());
    for (const AnnotationSpan *s : std::as_const(found))
        ids.append(s->id);
    return ids;
}

void DocumentTextEdit::centreOnRange(int start, int end)
{
    QRectF rect = m_geometry.boundingRect(start, end);
    if (rect.isNull()) {
        QTextCursor cursor(document());
        cursor.setPosition(std::clamp(start, 0, document()->characterCount() - 1));
        rect = QRectF(cursorRect(cursor)).translated(scrollOffset());
    }
    const qreal viewHeight = viewport()->height();
    const qreal y = rect.height() > viewHeight * 0.8 ? rect.top() - fontMetrics().height()
                                                     : rect.center().y() - viewHeight / 2;
    verticalScrollBar()->setValue(qRound(y));
}

void DocumentTextEdit::flashRange(int start, int end, const QColor &colour)
{
    m_flashRange = {start, end};
    m_flashColour = colour;
    m_flash->stop();
    m_flash->start();
}

bool DocumentTextEdit::isFlashing() const
{
    return m_flash->state() == QAbstractAnimation::Running;
}

QVariant DocumentTextEdit::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    // Images embedded as data: URLs are part of the document; QTextDocument
    // decodes those itself when this returns nothing.
    if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0)
        return {};
    // Non-null, so QTextDocument does not fall back to reading local files.
    return QVariant(QByteArray());
}

void DocumentTextEdit::updateColumn()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const QFontMetricsF metrics(font());
    const qreal em = metrics.height();
    const qreal width = viewport()->width();
    const qreal minSide = std::round(em * 1.2);
    const qreal column = std::max(std::min(ReadingStyle::columnWidth(font()), width - 2 * minSide), em * 8);
    const qreal side = std::max(minSide, std::floor((width - column) / 2));

    QTextFrameFormat format = doc->rootFrame()->frameFormat();
    const qreal top = std::round(em * 1.5);
    const qreal bottom = std::round(em * 3);
    if (format.leftMargin() == side && format.rightMargin() == side && format.topMargin() == top
        && format.bottomMargin() == bottom)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    doc->rootFrame()->setFrameFormat(format);
    m_geometry.invalidate();
}

void DocumentTextEdit::updatePalette()
{
    if (m_updatingPalette)
        return;
    m_updatingPalette = true;
    // The annotation editor takes focus while the user writes a note; the
    // selection being annotated should stay as visible as it was.
    QPalette p = palette();
    p.setColor(QPalette::Inactive, QPalette::Highlight, p.color(QPalette::Active, QPalette::Highlight));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, p.color(QPalette::Active, QPalette::HighlightedText));
    setPalette(p);
    m_updatingPalette = false;
}

void DocumentTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void DocumentTextEdit::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updatePalette();
    } else if (event->type() == QEvent::FontChange) {
        m_geometry.setHighlightBox(ReadingStyle::highlightBox(font()));
        updateColumn();
    }
}

void DocumentTextEdit::mousePressEvent(QMouseEvent *event)
{
    // A handle of the selected claim takes the press before the text does.
    if (event->button() == Qt::LeftButton && !isDraggingHandle()) {
        const Handle handle = handleAt(event->position().toPoint());
        if (handle != Handle::None) {
            const AnnotationSpan *span = m_spans->span(handleClaim());
            m_drag.handle = handle;
            m_drag.id = span->id;
            m_drag.original = {span->start, span->end};
            m_drag.range = m_drag.original;
            setFocus(Qt::MouseFocusReason);   // for Escape
            event->accept();
            return;
        }
    }
    // A click on a stripe in the margin selects its claim, and selects no text.
    if (event->button() == Qt::LeftButton && m_spans) {
        const qint64 id = stripeAt(event->position().toPoint());
        if (id >= 0) {
            emit stripeClicked(id);
            event->accept();
            return;
        }
    }
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void DocumentTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    if (isDraggingHandle()) {
        if (event->button() != Qt::LeftButton)
            return;
        dragHandleTo(event->position().toPoint(), event->modifiers() & Qt::AltModifier);
        const HandleDrag drag = m_drag;
        m_drag = HandleDrag();
        viewport()->update();
        if (!drag.range.isEmpty()
            && (drag.range.start != drag.original.start || drag.range.end != drag.original.end))
            emit extentDragged(drag.id, drag.range.start, drag.range.end);
        event->accept();
        return;
    }
    QTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    const bool plainClick = m_pressed && event->button() == Qt::LeftButton
        && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (plainClick && !textCursor().hasSelection())
        emit clicked(pos);
    if (event->button() == Qt::LeftButton && textCursor().hasSelection()) {
        // Alt keeps the selection to the letter; otherwise whole words.
        m_selectionOrigin = event->modifiers() & Qt::AltModifier ? SelectionOrigin::MouseExact : SelectionOrigin::Mouse;
        if (m_selectionOrigin == SelectionOrigin::Mouse)
            emit mouseSelectionFinished();
    }
}

void DocumentTextEdit::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (isDraggingHandle()) {
        // Past the top or the bottom, the text scrolls along.
        if (pos.y() < 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() + pos.y());
        else if (pos.y() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + pos.y() - viewport()->height());
        dragHandleTo(pos, event->modifiers() & Qt::AltModifier);
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const bool over = handleAt(pos) != Handle::None;
        if (over != m_overHandle) {
            m_overHandle = over;
            viewport()->setCursor(over ? Qt::SizeHorCursor : Qt::IBeamCursor);
        }
    }
    QTextEdit::mouseMoveEvent(event);
}

bool DocumentTextEdit::event(QEvent *event)
{
    // Escape during a handle drag cancels the drag, before any shortcut.
    if (event->type() == QEvent::ShortcutOverride && isDraggingHandle()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void DocumentTextEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A quick second press on a handle is one more drag of it, not a word selected under it.
    if (event->button() == Qt::LeftButton && handleAt(event->position().toPoint()) != Handle::None) {
        mousePressEvent(event);
        return;
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

void DocumentTextEdit::focusOutEvent(QFocusEvent *event)
{
    cancelHandleDrag();
    QTextEdit::focusOutEvent(event);
}

void DocumentTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (isDraggingHandle()) {
        if (event->key() == Qt::Key_Escape)
            cancelHandleDrag();
        event->accept();
        return;
    }
    // Shift+arrows select character by character: kept as selected, only
    // spaces and punctuation at the ends left out.
    m_selectionOrigin = SelectionOrigin::Keyboard;
    QTextEdit::keyPressEvent(event);
}

void DocumentTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // No built-in menu: the main window builds one around the annotations here.
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QPoint pos = cursorRect().center();
        emit contextMenuRequestedAt(pos, viewport()->mapToGlobal(pos));
    } else {
        emit contextMenuRequestedAt(event->pos(), event->globalPos());
    }
    event->accept();
}

void DocumentTextEdit::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QTextEdit::wheelEvent(event);
        return;
    }
    // Touchpads send many small deltas; act on whole notches only.
    m_wheelRemainder += event->angleDelta().y();
    const int steps = m_wheelRemainder / QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0) {
        m_wheelRemainder -= steps * QWheelEvent::DefaultDeltasPerStep;
        emit zoomStepRequested(steps);
    }
    event->accept();
}

void DocumentTextEdit::visibleRange(const QRectF &documentRect, int *from, int *to) const
{
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int first = layout->hitTest(documentRect.topLeft(), Qt::FuzzyHit);
    int last = layout->hitTest(documentRect.bottomRight(), Qt::FuzzyHit);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = doc->characterCount();
    QTextBlock firstBlock = doc->findBlock(first);
    if (firstBlock.previous().isValid())
        firstBlock = firstBlock.previous();
    QTextBlock lastBlock = doc->findBlock(last);
    if (lastBlock.next().isValid())
        lastBlock = lastBlock.next();
    *from = firstBlock.isValid() ? firstBlock.position() : 0;
    *to = lastBlock.isValid() ? lastBlock.position() + lastBlock.length() : doc->characterCount();
}

qreal DocumentTextEdit::underlineThickness() const
{
    const qreal em = font().pointSizeF() * QFontMetricsF(font()).fontDpi() / 72.0;
    return std::max(1.5, std::round(em / 9.0 * 2) / 2);
}

void DocumentTextEdit::paintEvent(QPaintEvent *event)
{
    if (document() && (m_spans || !m_findMatches.isEmpty() || m_flashStrength > 0)) {
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF offset = scrollOffset();
        painter.translate(-offset);
        const QRectF exposed = QRectF(event->rect()).translated(offset);
        int from = 0;
        int to = 0;
        visibleRange(exposed, &from, &to);
        paintFindMatches(painter, exposed, from, to);
        paintAnnotations(painter, exposed, from, to);
        paintMarginStripes(painter, exposed, from, to);
        paintFlash(painter);
    }
    // The glyphs go on top of the highlights, the handles on top of the glyphs.
    QTextEdit::paintEvent(event);
    if (handleClaim() >= 0) {
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing);
        paintHandles(painter);
    }
}

qint64 DocumentTextEdit::handleClaim() const
{
    if (isDraggingHandle())
        return m_drag.id;
    if (!m_spans || m_spans->selectedCount() != 1)
        return -1;
    const qint64 id = m_spans->currentId();
    if (id < 0 || !m_spans->isSelected(id) || !m_spans->span(id))
        return -1;
    return id;
}

WordSnapping::Range DocumentTextEdit::handleRange() const
{
    if (isDraggingHandle())
        return m_drag.range;
    const AnnotationSpan *span = m_spans ? m_spans->span(handleClaim()) : nullptr;
    return span ? WordSnapping::Range{span->start, span->end} : WordSnapping::Range{};
}

qreal DocumentTextEdit::handleRadius() const
{
    return std::max(4.0, 4.5 * m_zoom);
}

QRectF DocumentTextEdit::handleRect(Handle handle)
{
    const WordSnapping::Range range = handleRange();
    if (handle == Handle::None || range.isEmpty())
        return {};
    // A bar along the first letter's left edge with a knob above it; at the
    // end, along the last letter's right edge with a knob below. Only that
    // letter is laid out: this runs on every mouse move over the text.
    const QList<QRectF> letter = handle == Handle::Start ? rangeRects(range.start, range.start + 1)
                                                         : rangeRects(range.end - 1, range.end);
    if (letter.isEmpty())
        return {};
    const qreal r = handleRadius();
    if (handle == Handle::Start) {
        const QRectF &line = letter.first();
        return QRectF(line.left() - r, line.top() - 2 * r, 2 * r, line.height() + 2 * r);
    }
    const QRectF &line = letter.last();
    return QRectF(line.right() - r, line.top(), 2 * r, line.height() + 2 * r);
}

DocumentTextEdit::Handle DocumentTextEdit::handleAt(const QPoint &viewportPos)
{
    if (handleClaim() < 0)
        return Handle::None;
    // A little more than what is drawn: a knob is a small target.
    const qreal slack = 3;
    for (Handle h : {Handle::End, Handle::Start}) {
        if (handleRect(h).adjusted(-slack, -slack, slack, slack).contains(viewportPos))
            return h;
    }
    return Handle::None;
}

void DocumentTextEdit::dragHandleTo(const QPoint &viewportPos, bool exact)
{
    const int position = cursorForPosition(viewportPos).position();
    const WordSnapping::Range range = WordSnapping::dragged(
        m_plainText, m_drag.original,
        m_drag.handle == Handle::Start ? WordSnapping::End::Start : WordSnapping::End::End, position, exact);
    if (range.start != m_drag.range.start || range.end != m_drag.range.end) {
        m_drag.range = range;
        viewport()->update();
    }
}

void DocumentTextEdit::cancelHandleDrag()
{
    if (!isDraggingHandle())
        return;
    m_drag = HandleDrag();
    viewport()->update();
}

void DocumentTextEdit::paintHandles(QPainter &painter)
{
    const AnnotationSpan *span = m_spans ? m_spans->span(handleClaim()) : nullptr;
    if (!span)
        return;
    const bool dark = isDark(palette());
    const QColor colour = dark ? span->colour.lighter(150) : span->colour.darker(150);
    const qreal r = handleRadius();
    if (isDraggingHandle()) {
        // The extent it will have: a dashed frame around each line.
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &line : rangeRects(m_drag.range.start, m_drag.range.end))
            painter.drawRect(line.adjusted(-1.5, -1, 1.5, 1));
    }
    for (Handle h : {Handle::Start, Handle::End}) {
        const QRectF grip = handleRect(h);
        if (grip.isEmpty())
            continue;
        const qreal x = grip.center().x();
        const QPointF knob = h == Handle::Start ? QPointF(x, grip.top() + r) : QPointF(x, grip.bottom() - r);
        painter.setPen(QPen(colour, 2));
        painter.drawLine(QPointF(x, h == Handle::Start ? grip.top() + r : grip.top()),
                         QPointF(x, h == Handle::Start ? grip.bottom() : grip.bottom() - r));
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(knob, r, r);
    }
}

void DocumentTextEdit::setClaimMarginVisible(bool visible)
{
    if (m_marginVisible == visible)
        return;
    m_marginVisible = visible;
    m_stripes.clear();
    viewport()->update();
}

void DocumentTextEdit::paintMarginStripes(QPainter &painter, const QRectF &exposed, int, int)
{
    m_stripes.clear();
    if (!m_marginVisible || !m_spans)
        return;
    // The stripes of the whole viewport, not only of the exposed part: they
    // are also what a click or a tooltip is tested against.
    int from = 0;
    int to = 0;
    visibleRange(QRectF(viewport()->rect()).translated(scrollOffset()), &from, &to);
    const QList<int> visible = m_spans->intersecting(from, to);
    if (visible.isEmpty())
        return;
    // Left of the reading column, in the white space the column leaves;
    // levels that do not fit share the outermost column.
    const qreal em = QFontMetricsF(font()).height();
    const qreal width = std::max(3.0, std::round(em * 0.22));
    const qreal gap = std::max(1.0, std::round(width / 3));
    const qreal columnLeft = document()->rootFrame()->frameFormat().leftMargin();
    const qreal right = columnLeft - std::round(em * 0.45);
    const int room = std::max(1, int((right - em * 0.2) / (width + gap)));
    const QPointF offset = scrollOffset();
    const std::vector<AnnotationSpan> &spans = m_spans->spans();
    struct Label
    {
        QRectF stripe;
        int number;
        QColor colour;
    };
    QList<Label> labels;
    painter.setPen(Qt::NoPen);
    for (int i : visible) {
        const AnnotationSpan &s = spans[size_t(i)];
        const QList<HighlightLine> &lines = m_geometry.lines(s.start, s.end);
        if (lines.isEmpty())
            continue;
        const qreal top = lines.first().rect.top();
        const qreal bottom = lines.last().rect.bottom();
        const int column = std::min(s.level, room - 1);
        const QRectF stripe(right - (column + 1) * width - column * gap, top, width, bottom - top);
        m_stripes.append({stripe.translated(-offset), s.id});
        if (!stripe.intersects(exposed))
            continue;
        QColor colour = s.colour;
        if (m_spans->isSelected(s.id))
            colour = colour.darker(125);
        painter.setBrush(colour);
        painter.drawRoundedRect(stripe, width / 2, width / 2);
        labels.append({stripe, s.typeNumber, colour});
    }
    // The type's number beside the top of each stripe, where the margin has
    // room and no other number stands there already.
    if (labels.isEmpty())
        return;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.62));
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    // Just left of the leftmost column in use here.
    qreal leftmost = right;
    for (const Label &label : std::as_const(labels))
        leftmost = std::min(leftmost, label.stripe.left());
    QList<QRectF> taken;
    for (const Label &label : std::as_const(labels)) {
        if (label.number <= 0)
            continue;
        const QString text = QString::number(label.number);
        const QRectF box(leftmost - gap - metrics.horizontalAdvance(text) - 2, label.stripe.top(),
                         metrics.horizontalAdvance(text) + 2, metrics.height());
        if (box.left() < 0 || box.bottom() > label.stripe.bottom() + metrics.height() * 0.5)
            continue;
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.append(box);
        painter.setPen(label.colour.darker(160));
        painter.drawText(box, Qt::AlignRight | Qt::AlignTop, text);
    }
    painter.setPen(Qt::NoPen);
}

qint64 DocumentTextEdit::stripeAt(const QPoint &viewportPos) const
{
    // Narrow targets: a few pixels either side count. Innermost (last drawn) first.
    for (auto it = m_stripes.crbegin(); it != m_stripes.crend(); ++it) {
        if (it->rect.adjusted(-2, 0, 2, 0).contains(viewportPos))
            return it->id;
    }
    return -1;
}

bool DocumentTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_spans) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = stripeAt(help->pos());
        if (id < 0)
            return QTextEdit::viewportEvent(event);
        const QModelIndex index = m_spans->indexOf(id);
        QStringList lines{index.data(TypeNameRole).toString() + QStringLiteral(" \u00b7 ")
                          + index.data(StatusNameRole).toString()};
        const QString claimant = index.data(ClaimantRole).toString();
        if (!claimant.isEmpty())
            lines << claimant;
        QString note = index.data(NoteRole).toString().simplified();
        if (note.size() > 120)
            note = note.left(119) + QChar(0x2026);
        if (!note.isEmpty())
            lines << note;
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void DocumentTextEdit::paintFindMatches(QPainter &painter, const QRectF &exposed, int from, int to)
{
    if (m_findMatches.isEmpty())
        return;
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(isDark(palette()) ? 0.40 : 0.25);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    const int length = m_findMatches.first().end - m_findMatches.first().start;
    auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), from - length,
                               [](const TextRange &r, int pos) { return r.start < pos; });
    for (; it != m_findMatches.cend() && it->start < to; ++it) {
        for (const HighlightLine &line : m_geometry.lines(it->start, it->end)) {
            if (line.rect.intersects(exposed))
                painter.drawRoundedRect(line.rect.adjusted(-1, 0, 1, 0), 2, 2);
        }
    }
}

void DocumentTextEdit::paintAnnotations(QPainter &painter, const QRectF &exposed, int from, int to)
{
    if (!m_spans)
        return;
    const std::vector<AnnotationSpan> &spans = m_spans->spans();
    QList<int> visible = m_spans->intersecting(from, to);
    if (visible.isEmpty())
        return;
    // Outer spans first, so the fills of inner ones land on top.
    std::stable_sort(visible.begin(), visible.end(), [&spans](int a, int b) {
        return spans[size_t(a)].length() > spans[size_t(b)].length();
    });

    const bool dark = isDark(palette());
    const qreal thickness = underlineThickness();
    const int levels = std::max(1, m_spans->levelCount());
    const qreal radius = std::max(2.0, thickness);

    struct Piece
    {
        QRectF rect;
        qreal spaceBelow;
        const AnnotationSpan *span;
    };
    QList<Piece> pieces;
    for (int i : std::as_const(visible)) {
        const AnnotationSpan &s = spans[size_t(i)];
        for (const HighlightLine &line : m_geometry.lines(s.start, s.end)) {
            if (line.rect.adjusted(-2, -2, 2, line.spaceBelow + 2).intersects(exposed))
                pieces.append({line.rect, line.spaceBelow, &s});
        }
    }

    painter.setPen(Qt::NoPen);
    for (const Piece &piece : std::as_const(pieces)) {
        const bool selected = m_spans->isSelected(piece.span->id);
        QColor fill = piece.span->colour;
        fill.setAlphaF((dark ? 0.38 : 0.26) + (selected ? 0.14 : 0));
        painter.setBrush(fill);
        painter.drawRoundedRect(piece.rect.adjusted(-1, 0, 1, 0), radius, radius);
    }

    // One underline per stack level, so two claims over the same words show
    // as two lines even where their fills blend into one colour.
    for (const Piece &piece : std::as_const(pieces)) {
        // Squeeze the lines together when many levels share little room,
        // down to bands that touch; deeper levels than that share the last.
        const qreal room = piece.spaceBelow - 1;
        const qreal step = levels > 1 ? std::clamp((room - thickness) / (levels - 1), thickness, thickness + 1)
                                      : thickness + 1;
        const int capacity = std::max(1, int((room - thickness) / step) + 1);
        const int level = std::min(piece.span->level, capacity - 1);
        QColor line = piece.span->colour;
        if (dark)
            line = line.lighter(120);
        line.setAlphaF(0.9);
        const qreal y = piece.rect.bottom() + 0.5 + level * step;
        painter.fillRect(QRectF(piece.rect.left(), y, piece.rect.width(), thickness), line);
    }

    painter.setBrush(Qt::NoBrush);
    for (const Piece &piece : std::as_const(pieces)) {
        if (!m_spans->isSelected(piece.span->id))
            continue;
        const QColor outline = dark ? piece.span->colour.lighter(150) : piece.span->colour.darker(150);
        painter.setPen(QPen(outline, std::max(1.5, thickness * 0.75)));
        painter.drawRoundedRect(piece.rect.adjusted(-1.5, -0.5, 1.5, 0.5), radius, radius);
    }
    painter.setPen(Qt::NoPen);
}

void DocumentTextEdit::paintFlash(QPainter &painter)
{
    if (m_flashStrength <= 0.01)
        return;
    QColor fill = m_flashColour;
    fill.setAlphaF(0.55 * m_flashStrength);
    QColor outline = isDark(palette()) ? m_flashColour.lighter(130) : m_flashColour.darker(130);
    outline.setAlphaF(m_flashStrength);
    painter.setBrush(fill);
    painter.setPen(QPen(outline, 2));
    for (const HighlightLine &line : m_geometry.lines(m_flashRange.start, m_flashRange.end))
        painter.drawRoundedRect(line.rect.adjusted(-3, -2, 3, 2), 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::NoBrush);
}

} // namespace ktk
