// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/highlightgeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>

namespace ktk {

void HighlightGeometry::setDocument(QTextDocument *document)
{
    m_document = document;
    invalidate();
}

void HighlightGeometry::setHighlightBox(const ReadingStyle::HighlightBox &box)
{
    m_box = box;
    invalidate();
}

void HighlightGeometry::invalidate()
{
    m_cache.clear();
}

const QList<HighlightLine> &HighlightGeometry::lines(int start, int end)
{
    const quint64 key = (quint64(quint32(start)) << 32) | quint32(end);
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, compute(start, end));
    return *it;
}

QRectF HighlightGeometry::boundingRect(int start, int end)
{
    QRectF result;
    for (const HighlightLine &line : lines(start, end))
        result = result.united(line.rect);
    return result;
}

QList<HighlightLine> HighlightGeometry::compute(int start, int end) const
{
    QList<HighlightLine> result;
    if (!m_document || end <= start)
        return result;
    QAbstractTextDocumentLayout *documentLayout = m_document->documentLayout();
    const int lastPosition = std::min(end, m_document->characterCount() - 1);

    for (QTextBlock block = m_document->findBlock(start); block.isValid() && block.position() < lastPosition;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || !block.isVisible())
            continue;
        // blockBoundingRect lays the block out if need be and includes the
        // offsets of enclosing frames and table cells.
        const QPointF origin = documentLayout->blockBoundingRect(block).topLeft();
        const QTextBlockFormat format = block.blockFormat();
        const int from = std::max(start - block.position(), 0);
        const int to = std::min(end - block.position(), block.length() - 1);
        const QString text = block.text();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int a = std::max(from, lineStart);
            int b = std::min(to, lineEnd);
            // A space where the line wraps is invisible; a highlight that
            // reaches past it would stick out beyond the text column.
            if (b == lineEnd && b - 1 > a && b - 1 < text.size() && text.at(b - 1).isSpace())
                --b;
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            const qreal baseline = line.y() + line.ascent();
            const qreal top = baseline - line.ascent() * m_box.ascentFraction;
            const qreal bottom = baseline + line.descent() * m_box.descentFraction;
            // The distance QTextDocumentLayout puts between this line and the next.
            const qreal raw = qCeil(line.ascent() + line.descent() + std::max<qreal>(0, line.leading()));
            const qreal distance = format.hasProperty(QTextFormat::LineHeight) ? format.lineHeight(raw, 1.0) : raw;
            HighlightLine piece;
            // Right-to-left runs give x2 < x1.
            piece.rect = QRectF(std::min(x1, x2), top, std::abs(x2 - x1), bottom - top).translated(origin);
            // Up to where the next line's box would start.
            piece.spaceBelow = std::max<qreal>(0, distance - (bottom - top));
            result.append(piece);
        }
    }
    return result;
}

} // namespace ktk
