// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpagetext.h"

#include <QChar>

#include <cmath>
#include <limits>

namespace ktk {

namespace {

// Poppler splits a word where the font changes even when no space is drawn,
// and says "no space after" when the gap is small. A gap wider than this
// share of the line height is a space the reader sees, so the text gets one.
constexpr qreal VisibleGapShare = 0.3;

// One box per UTF-16 unit. Poppler gives one box per Unicode character, so a
// surrogate pair shares its character's box; a count that fits neither
// spreads the word's box evenly.
QVector<QRectF> unitBoxes(const PdfWordBox &word)
{
    const int units = int(word.text.size());
    if (word.charBoxes.size() == units)
        return word.charBoxes;
    QVector<QRectF> boxes;
    boxes.reserve(units);
    int codePoints = 0;
    for (int i = 0; i < units; ++i) {
        if (!(word.text.at(i).isLowSurrogate() && i > 0 && word.text.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    if (word.charBoxes.size() == codePoints) {
        int c = -1;
        for (int i = 0; i < units; ++i) {
            if (!(word.text.at(i).isLowSurrogate() && i > 0 && word.text.at(i - 1).isHighSurrogate()))
                ++c;
            boxes.append(word.charBoxes.at(c));
        }
        return boxes;
    }
    const qreal w = units > 0 ? word.box.width() / units : 0;
    for (int i = 0; i < units; ++i)
        boxes.append(QRectF(word.box.left() + i * w, word.box.top(), w, word.box.height()));
    return boxes;
}

// Squared distance from a point to a rectangle; 0 inside.
qreal distanceSquared(const QRectF &r, const QPointF &p)
{
    const qreal dx = p.x() < r.left() ? r.left() - p.x() : (p.x() > r.right() ? p.x() - r.right() : 0);
    const qreal dy = p.y() < r.top() ? r.top() - p.y() : (p.y() > r.bottom() ? p.y() - r.bottom() : 0);
    return dx * dx + dy * dy;
}

bool isSeparatorChar(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n');
}

} // namespace

PdfPageText PdfPageText::fromWords(const QSizeF &pageSizePoints, const QVector<PdfWordBox> &words)
{
    PdfPageText t;
    if (pageSizePoints.width() <= 0 || pageSizePoints.height() <= 0)
        return t;
    const qreal sx = 1.0 / pageSizePoints.width();
    const qreal sy = 1.0 / pageSizePoints.height();
    auto normalised = [sx, sy](const QRectF &r) {
        return QRectF(r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy);
    };

    int line = 0;
    bool lineOpen = false;
    QRectF lineRect;
    auto closeLine = [&](int end) {
        t.m_lineEnds.append(end);
        t.m_lineRects.append(lineRect);
        lineOpen = false;
        lineRect = QRectF();
    };

    for (int w = 0; w < words.size(); ++w) {
        const PdfWordBox &word = words.at(w);
        if (word.text.isEmpty())
            continue;
        if (!lineOpen) {
            t.m_lineStarts.append(int(t.m_text.size()));
            lineOpen = true;
        }
        const QVector<QRectF> boxes = unitBoxes(word);
        t.m_text.append(word.text);
        for (const QRectF &b : boxes) {
            const QRectF n = normalised(b);
            t.m_boxes.append(n);
            t.m_lines.append(line);
            lineRect = lineRect.isNull() ? n : lineRect.united(n);
        }

        const bool last = w + 1 == words.size();
        if (last) {
            closeLine(int(t.m_text.size()));
            break;
        }
        const QRectF wordBox = normalised(word.box);
        // A zero-width box at the end of the word, as high as the word.
        const QRectF separatorBox(wordBox.right(), wordBox.top(), 0, wordBox.height());
        if (word.lineEndsAfter) {
            closeLine(int(t.m_text.size()));
            t.m_text.append(QLatin1Char('\n'));
            t.m_boxes.append(separatorBox);
            t.m_lines.append(line);
            ++line;
            continue;
        }
        bool space = word.spaceAfter;
        if (!space) {
            const PdfWordBox &next = words.at(w + 1);
            const qreal height = qMin(word.box.height(), next.box.height());
            space = next.box.left() - word.box.right() > VisibleGapShare * height;
        }
        if (space) {
            t.m_text.append(QLatin1Char(' '));
            t.m_boxes.append(separatorBox);
            t.m_lines.append(line);
        }
    }
    if (lineOpen)
        closeLine(int(t.m_text.size()));
    return t;
}

bool PdfPageText::hasText() const
{
    for (const QChar c : m_text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

QRectF PdfPageText::charBox(int index) const
{
    return index >= 0 && index < m_boxes.size() ? m_boxes.at(index) : QRectF();
}

int PdfPageText::lineOf(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines.at(index) : -1;
}

bool PdfPageText::isSeparator(int index) const
{
    return isSeparatorChar(m_text.at(index)) && m_boxes.at(index).width() <= 0;
}

int PdfPageText::lineContaining(const QPointF &point) const
{
    for (int l = 0; l < m_lineRects.size(); ++l) {
        if (m_lineRects.at(l).contains(point))
            return l;
    }
    return -1;
}

int PdfPageText::nearestLine(const QPointF &point) const
{
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int l = 0; l < m_lineRects.size(); ++l) {
        const qreal d = distanceSquared(m_lineRects.at(l), point);
        if (d < bestDistance) {
            bestDistance = d;
            best = l;
            if (d == 0)
                break;
        }
    }
    return best;
}

int PdfPageText::charAt(const QPointF &point) const
{
    // Lines may overlap (a superscript, a drop capital): look in each one that
    // contains the point.
    for (int l = 0; l < m_lineRects.size(); ++l) {
        if (!m_lineRects.at(l).contains(point))
            continue;
        for (int i = m_lineStarts.at(l); i < m_lineEnds.at(l); ++i) {
            if (m_boxes.at(i).width() > 0 && m_boxes.at(i).contains(point))
                return i;
        }
    }
    return -1;
}

int PdfPageText::caretNearest(const QPointF &point) const
{
    const int l = nearestLine(point);
    if (l < 0)
        return -1;
    const int start = m_lineStarts.at(l);
    const int end = m_lineEnds.at(l);
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int i = start; i < end; ++i) {
        const QRectF &b = m_boxes.at(i);
        if (b.width() <= 0)
            continue;
        const qreal dx = point.x() < b.left() ? b.left() - point.x() : (point.x() > b.right() ? point.x() - b.right() : 0);
        if (dx < bestDistance) {
            bestDistance = dx;
            best = i;
            if (dx == 0)
                break;
        }
    }
    if (best < 0)
        return start;
    return point.x() > m_boxes.at(best).center().x() ? best + 1 : best;
}

QPair<int, int> PdfPageText::wordAt(int index) const
{
    if (index < 0 || index >= size())
        return {qBound(0, index, size()), qBound(0, index, size())};
    if (m_text.at(index).isSpace())
        return {index, index + 1};
    int start = index;
    while (start > 0 && !m_text.at(start - 1).isSpace())
        --start;
    int end = index + 1;
    while (end < size() && !m_text.at(end).isSpace())
        ++end;
    return {start, end};
}

QPair<int, int> PdfPageText::lineAt(int index) const
{
    const int l = lineOf(index);
    if (l < 0)
        return {qBound(0, index, size()), qBound(0, index, size())};
    return {m_lineStarts.at(l), m_lineEnds.at(l)};
}

QVector<QPolygonF> PdfPageText::quads(int start, int end) const
{
    QVector<QPolygonF> result;
    start = qBound(0, start, size());
    end = qBound(start, end, size());
    if (start == end)
        return result;
    for (int l = m_lines.at(start); l <= m_lines.at(end - 1); ++l) {
        const int from = qMax(start, m_lineStarts.at(l));
        const int to = qMin(end, m_lineEnds.at(l));
        QRectF r;
        for (int i = from; i < to; ++i) {
            const QRectF &b = m_boxes.at(i);
            if (b.width() <= 0 && isSeparator(i))
                continue;
            r = r.isNull() ? b : r.united(b);
        }
        if (r.isNull())
            continue;
        result.append(QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}));
    }
    return result;
}

namespace {

// Characters chosen by their centres, and the separators between two chosen
// characters, as ranges.
template<typename Inside>
QVector<QPair<int, int>> chosenRanges(const QString &text, const QVector<QRectF> &boxes, Inside inside)
{
    const int n = int(text.size());
    QVector<char> chosen(n, 0);
    for (int i = 0; i < n; ++i) {
        if (!(isSeparatorChar(text.at(i)) && boxes.at(i).width() <= 0))
            chosen[i] = inside(boxes.at(i).center()) ? 1 : 0;
    }
    // A separator (or a run of them) joins two chosen characters.
    for (int i = 0; i < n; ++i) {
        if (!(isSeparatorChar(text.at(i)) && boxes.at(i).width() <= 0))
            continue;
        int j = i;
        while (j < n && isSeparatorChar(text.at(j)) && boxes.at(j).width() <= 0)
            ++j;
        if (i > 0 && j < n && chosen.at(i - 1) && chosen.at(j)) {
            for (int k = i; k < j; ++k)
                chosen[k] = 1;
        }
        i = j - 1;
    }
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < n; ++i) {
        if (!chosen.at(i))
            continue;
        int j = i;
        while (j < n && chosen.at(j))
            ++j;
        ranges.append({i, j});
        i = j;
    }
    return ranges;
}

} // namespace

QVector<QPair<int, int>> PdfPageText::rangesIn(const QRectF &rect) const
{
    const QRectF r = rect.normalized();
    return chosenRanges(m_text, m_boxes, [&r](const QPointF &p) { return r.contains(p); });
}

QString PdfPageText::textIn(const QVector<QPolygonF> &quads) const
{
    // Quads from other programs come in either point order (the PDF
    // specification's own example is a "Z"), so a bounding rectangle is the
    // test that does not depend on it.
    QVector<QRectF> rects;
    rects.reserve(quads.size());
    for (const QPolygonF &q : quads) {
        if (!q.isEmpty())
            rects.append(q.boundingRect());
    }
    // A character belongs to the quote when its centre is inside a quad and
    // it is not much larger than the quad: text set over or behind the
    // marked line in a far larger size (a heading, a watermark) is not what
    // the reader marked.
    constexpr qreal LargerAtMost = 1.5;
    const int n = size();
    QVector<QRectF> boxes = m_boxes;
    for (int i = 0; i < n; ++i) {
        const QRectF &b = m_boxes.at(i);
        bool inside = false;
        for (const QRectF &r : rects) {
            if (r.contains(b.center()) && b.height() <= LargerAtMost * r.height()
                && b.width() <= LargerAtMost * r.width()) {
                inside = true;
                break;
            }
        }
        if (!inside)
            boxes[i] = QRectF(-1, -1, b.width(), b.height());   // a centre no quad holds
    }
    const auto ranges = chosenRanges(m_text, boxes, [&rects](const QPointF &p) {
        for (const QRectF &r : rects) {
            if (r.contains(p))
                return true;
        }
        return false;
    });
    QString result;
    for (const auto &range : ranges) {
        if (!result.isEmpty())
            result.append(QLatin1Char(' '));
        result.append(QStringView(m_text).mid(range.first, range.second - range.first));
    }
    return result;
}

} // namespace ktk
