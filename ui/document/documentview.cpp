// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentview.h"

#include "anchor/wordsnapping.h"

#include "document/annotationspans.h"
#include "document/documenttextedit.h"
#include "document/findbar.h"
#include "models/annotationroles.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace ktk {

namespace {

constexpr std::array<qreal, 13> zoomSteps = {0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
constexpr int maxPrefillLength = 100;

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : AnnotatableView(parent)
{
    setObjectName(QStringLiteral("documentView"));

    m_text = new DocumentTextEdit(this);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_findBar = new FindBar(this);
    m_findBar->hide();
    m_spans = new AnnotationSpans(this);
    m_text->setSpans(m_spans);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);
    m_text->viewport()->installEventFilter(this);

    connect(m_spans, &AnnotationSpans::changed, m_text->viewport(), qOverload<>(&QWidget::update));
    connect(m_spans, &AnnotationSpans::currentChanged, this, &DocumentView::onCurrentAnnotationChanged);
    connect(m_text, &DocumentTextEdit::clicked, this, &DocumentView::onClicked);
    connect(m_text, &DocumentTextEdit::stripeClicked, this, [this](qint64 id) { m_spans->select(id); });
    // What a drag selected is shown widened to whole words, as it will be quoted.
    connect(m_text, &DocumentTextEdit::mouseSelectionFinished, this, [this] {
        QTextCursor cursor = m_text->textCursor();
        const WordSnapping::Range words =
            WordSnapping::toWords(m_plainText, cursor.selectionStart(), cursor.selectionEnd());
        if (words.isEmpty() || (words.start == cursor.selectionStart() && words.end == cursor.selectionEnd()))
            return;
        cursor.setPosition(words.start);
        cursor.setPosition(words.end, QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
    });
    connect(m_text, &DocumentTextEdit::extentDragged, this, [this](qint64 id, int start, int end) {
        emit extentChangeRequested(id, Anchor::forText(TextSelector::fromRange(m_plainText, start, end)));
    });
    connect(m_text, &DocumentTextEdit::contextMenuRequestedAt, this, &DocumentView::onContextMenu);
    connect(m_text, &DocumentTextEdit::zoomStepRequested, this, [this](int steps) {
        for (int i = 0; i < std::abs(steps); ++i)
            steps > 0 ? zoomIn() : zoomOut();
    });
    connect(m_text, &QTextEdit::selectionChanged, this,
            [this] { emit selectionChanged(m_text->textCursor().hasSelection()); });

    connect(m_findBar, &FindBar::textEdited, this, &DocumentView::onFindTextEdited);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentView::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, &DocumentView::hideFindBar);

    // Local to the view: F3 in another part of the window is not ours.
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), this, this, &DocumentView::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, this, &DocumentView::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
}

DocumentView::~DocumentView() = default;

void DocumentView::setDocument(qint64 documentId, QTextDocument *document)
{
    m_documentId = documentId;
    m_text->showDocument(document);
    m_plainText = m_text->plainText();
    m_spans->setDocumentId(documentId);
    m_matchedText.clear();
    if (m_findBar->isVisible())
        refreshMatches();
    m_findBar->showOutcome(FindBar::Outcome::None);
}

QTextDocument *DocumentView::document() const
{
    return m_text->document();
}

qint64 DocumentView::documentId() const
{
    return m_documentId;
}

void DocumentView::setClaimMarginVisible(bool visible)
{
    m_text->setClaimMarginVisible(visible);
}

void DocumentView::setAnnotationModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    m_spans->setModel(model, selection);
}

ViewSelection DocumentView::currentSelection() const
{
    const QTextCursor cursor = m_text->textCursor();
    ViewSelection selection;
    if (!cursor.hasSelection())
        return selection;
    // Whole words from a drag, as selected from the keyboard, to the letter
    // with Alt; never spaces at the ends.
    WordSnapping::Range range;
    switch (m_text->selectionOrigin()) {
    case DocumentTextEdit::SelectionOrigin::Mouse:
        range = WordSnapping::toWords(m_plainText, cursor.selectionStart(), cursor.selectionEnd());
        break;
    case DocumentTextEdit::SelectionOrigin::Keyboard:
        range = WordSnapping::trimmed(m_plainText, cursor.selectionStart(), cursor.selectionEnd());
        break;
    case DocumentTextEdit::SelectionOrigin::MouseExact:
        range = WordSnapping::exact(m_plainText, cursor.selectionStart(), cursor.selectionEnd());
        break;
    }
    if (range.isEmpty())
        return selection;
    const int start = range.start;
    const int end = range.end;
    // The plain text, not selectedText(): that has U+2029 between paragraphs.
    selection.anchor = Anchor::forText(TextSelector::fromRange(m_plainText, start, end));
    selection.quote = selection.anchor.quote();
    return selection;
}

void DocumentView::clearTextSelection()
{
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection();
    m_text->setTextCursor(cursor);
}

bool DocumentView::scrollToAnnotation(qint64 annotationId)
{
    const AnnotationSpan *span = m_spans->span(annotationId);
    if (!span)
        return false;
    m_text->centreOnRange(span->start, span->end);
    m_text->flashRange(span->start, span->end, span->colour);
    return true;
}

qreal DocumentView::zoomFactor() const
{
    return m_zoom;
}

QList<QRect> DocumentView::annotationRects(qint64 annotationId) const
{
    QList<QRect> result;
    const AnnotationSpan *span = m_spans->span(annotationId);
    if (!span)
        return result;
    for (const QRectF &r : m_text->rangeRects(span->start, span->end))
        result.append(r.toRect());
    return result;
}

QRect DocumentView::annotationRect(qint64 annotationId) const
{
    QRect result;
    for (const QRect &r : annotationRects(annotationId))
        result = result.united(r);
    return result;
}

QList<qint64> DocumentView::annotationsAt(const QPoint &viewportPos) const
{
    return m_text->annotationsAt(viewportPos);
}

QTextEdit *DocumentView::textView() const
{
    return m_text;
}

FindBar *DocumentView::findBar() const
{
    return m_findBar;
}

void DocumentView::zoomIn()
{
    const auto it = std::find_if(zoomSteps.begin(), zoomSteps.end(), [this](qreal z) { return z > m_zoom + 0.001; });
    if (it != zoomSteps.end())
        setZoomFactor(*it);
}

void DocumentView::zoomOut()
{
    const auto it = std::find_if(zoomSteps.rbegin(), zoomSteps.rend(), [this](qreal z) { return z < m_zoom - 0.001; });
    if (it != zoomSteps.rend())
        setZoomFactor(*it);
}

void DocumentView::resetZoom()
{
    setZoomFactor(1.0);
}

void DocumentView::setZoomFactor(qreal factor)
{
    factor = std::clamp(factor, zoomSteps.front(), zoomSteps.back());
    if (qFuzzyCompare(factor, m_zoom))
        return;
    m_zoom = factor;
    m_text->setZoom(factor);
    emit zoomFactorChanged(factor);
}

void DocumentView::showFindBar()
{
    const ViewSelection selection = currentSelection();
    if (!selection.isEmpty() && selection.quote.size() <= maxPrefillLength && !selection.quote.contains(u'\n'))
        m_findBar->setText(selection.quote);
    m_findBar->activate();
    refreshMatches();
}

void DocumentView::hideFindBar()
{
    const bool hadFocus = m_findBar->isAncestorOf(QApplication::focusWidget());
    m_findBar->hide();
    m_findBar->showOutcome(FindBar::Outcome::None);
    m_matches.clear();
    m_matchedText.clear();
    m_text->setFindMatches({});
    if (hadFocus)
        m_text->setFocus(Qt::OtherFocusReason);
}

void DocumentView::findNext()
{
    find(false, false);
}

void DocumentView::findPrevious()
{
    find(true, false);
}

void DocumentView::onFindTextEdited(const QString &text)
{
    Q_UNUSED(text)
    // Typing refines the search in place rather than jumping past the match.
    find(false, true);
}

void DocumentView::refreshMatches()
{
    const QString text = m_findBar->text();
    if (text == m_matchedText && (!m_matches.isEmpty() || text.isEmpty()))
        return;
    m_matchedText = text;
    m_matches.search(m_plainText, text);
    m_text->setFindMatches(m_matches.ranges());
}

void DocumentView::find(bool backwards, bool includeCurrent)
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
    if (m_matches.isEmpty()) {
        m_findBar->showOutcome(FindBar::Outcome::NotFound);
        return;
    }

    const QTextCursor cursor = m_text->textCursor();
    const int start = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    bool wrapped = false;
    const int index = backwards ? m_matches.previous(start, &wrapped)
                                : m_matches.next(includeCurrent || !cursor.hasSelection() ? start : start + 1, &wrapped);
    const TextRange match = m_matches.ranges().at(index);

    QTextCursor found(m_text->document());
    found.setPosition(match.start);
    found.setPosition(match.end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(found);
    const QRect viewport = m_text->viewport()->rect();
    const QList<QRectF> rects = m_text->rangeRects(match.start, match.end);
    if (rects.isEmpty() || !viewport.contains(rects.first().toRect()))
        m_text->centreOnRange(match.start, match.end);

    FindBar::Outcome outcome = FindBar::Outcome::Found;
    if (wrapped)
        outcome = backwards ? FindBar::Outcome::WrappedBackward : FindBar::Outcome::WrappedForward;
    m_findBar->showOutcome(outcome, index, m_matches.count());
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_text->viewport());
        return true;
    }
    return AnnotatableView::eventFilter(watched, event);
}

QString DocumentView::toolTipAt(const QPoint &viewportPos) const
{
    constexpr int maxShown = 3;
    constexpr int maxNoteLength = 160;
    const QList<qint64> ids = m_text->annotationsAt(viewportPos);
    QStringList parts;
    for (qint64 id : ids.mid(0, maxShown)) {
        const QModelIndex index = m_spans->indexOf(id);
        const QString type = index.data(TypeNameRole).toString().toHtmlEscaped();
        QString note = index.data(NoteRole).toString().simplified();
        if (note.size() > maxNoteLength)
            note = note.left(maxNoteLength - 1).trimmed() + QChar(0x2026);
        const QColor colour = index.data(ColourRole).value<QColor>();
        QString part = QStringLiteral("<span style=\"color:%1\">\u25A0</span> <b>%2</b>")
                           .arg(colour.isValid() ? colour.name() : QStringLiteral("gray"), type);
        if (!note.isEmpty())
            part += QStringLiteral("<br>") + note.toHtmlEscaped();
        parts.append(part);
    }
    if (ids.size() > maxShown)
        //: Tooltip over overlapping highlights, after the first three
        parts.append(tr("and %n more", nullptr, int(ids.size() - maxShown)));
    return parts.isEmpty() ? QString() : QStringLiteral("<p>")
            + parts.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

void DocumentView::onClicked(const QPoint &viewportPos)
{
    const QList<qint64> ids = m_text->annotationsAt(viewportPos);
    if (ids.isEmpty())
        return;
    // Repeated clicks on overlapping highlights step outwards from the innermost.
    const int current = int(ids.indexOf(m_spans->currentId()));
    const qint64 id = ids.at((current + 1) % ids.size());
    m_selectingFromClick = true;
    m_spans->select(id);
    m_selectingFromClick = false;
    m_text->viewport()->update();
    emit annotationActivated(id);
}

void DocumentView::onContextMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    emit annotationContextMenuRequested(m_text->annotationsAt(viewportPos), globalPos,
                                        m_text->textCursor().hasSelection());
}

void DocumentView::onCurrentAnnotationChanged(qint64 id)
{
    // A clicked highlight is already in view; jumping would lose the reader's place.
    if (!m_selectingFromClick)
        scrollToAnnotation(id);
}

} // namespace ktk
