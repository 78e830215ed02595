// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfextentdrag.h"

#include "anchor/wordsnapping.h"

#include <algorithm>

namespace ktk {

namespace {

bool isInside(const QVector<QRectF> &rects, const QPointF &point)
{
    return std::any_of(rects.cbegin(), rects.cend(), [&point](const QRectF &r) { return r.contains(point); });
}

QVector<QRectF> boundingRects(const QVector<QPolygonF> &quads)
{
    QVector<QRectF> rects;
    for (const QPolygonF &quad : quads)
        rects.append(quad.boundingRect());
    return rects;
}

bool isWordCharacter(const QString &text, int index)
{
    return index >= 0 && index < text.size() && !text.at(index).isSpace();
}

// The start of the word at or after a caret.
PdfTextPosition wordStartFrom(PdfTextPosition caret, int underPointer, const PdfTextLayers &layers)
{
    const PdfPageText &page = layers.page(caret.page);
    const QString &text = page.text();
    int index = isWordCharacter(text, underPointer) ? underPointer : caret.index;
    while (index < text.size() && text.at(index).isSpace())
        ++index;
    if (index < text.size())
        index = page.wordAt(index).first;
    return {caret.page, index};
}

// The end of the word at or before a caret.
PdfTextPosition wordEndFrom(PdfTextPosition caret, int underPointer, const PdfTextLayers &layers)
{
    const PdfPageText &page = layers.page(caret.page);
    const QString &text = page.text();
    int index = isWordCharacter(text, underPointer) ? underPointer : std::min(caret.index, int(text.size())) - 1;
    while (index >= 0 && text.at(index).isSpace())
        --index;
    return {caret.page, index >= 0 ? page.wordAt(index).second : 0};
}

} // namespace

QPair<PdfTextPosition, PdfTextPosition> pdfClaimExtent(const Anchor &anchor, const PdfTextLayers &layers)
{
    if (anchor.kind() != Anchor::Kind::Page || anchor.regions().isEmpty())
        return {};
    // A character is the claim's when its centre is inside one of the quads.
    auto charactersIn = [&layers](const PageSelector &region, bool first) {
        const PdfPageText &page = layers.page(region.page);
        const QVector<QRectF> rects = boundingRects(region.quads);
        const int n = page.size();
        if (first) {
            for (int i = 0; i < n; ++i) {
                if (isWordCharacter(page.text(), i) && isInside(rects, page.charBox(i).center()))
                    return i;
            }
        } else {
            for (int i = n - 1; i >= 0; --i) {
                if (isWordCharacter(page.text(), i) && isInside(rects, page.charBox(i).center()))
                    return i + 1;
            }
        }
        return -1;
    };
    const PageSelector &first = anchor.regions().first();
    const PageSelector &last = anchor.regions().last();
    const int start = charactersIn(first, true);
    const int end = charactersIn(last, false);
    if (start < 0 || end < 0)
        return {};
    const PdfTextPosition from{first.page, start};
    const PdfTextPosition to{last.page, end};
    if (!(from < to))
        return {};
    return {from, to};
}

bool PdfExtentDrag::begin(qint64 annotationId, const Anchor &anchor, End end, const PdfTextLayers &layers)
{
    const auto extent = pdfClaimExtent(anchor, layers);
    if (!extent.first.isValid()) {
        m_id = -1;
        return false;
    }
    m_id = annotationId;
    m_end = end;
    m_startFrom = m_from = extent.first;
    m_startTo = m_to = extent.second;
    return true;
}

bool PdfExtentDrag::moveTo(PdfTextPosition caret, int underPointer, const PdfTextLayers &layers)
{
    if (!isActive() || !caret.isValid())
        return false;
    PdfTextPosition from = m_startFrom;
    PdfTextPosition to = m_startTo;
    if (m_end == End::Start) {
        from = wordStartFrom(caret, underPointer, layers);
        // Past the other end: the claim keeps its last word.
        if (!(from < to))
            from = wordStartFrom({to.page, std::max(0, to.index - 1)}, -1, layers);
        if (!(from < to))
            from = m_startFrom;
    } else {
        to = wordEndFrom(caret, underPointer, layers);
        if (!(from < to))
            to = wordEndFrom({from.page, from.index + 1}, -1, layers);
        if (!(from < to))
            to = m_startTo;
    }
    // Punctuation at the moved end is left out, as a selection's is
    // (WordSnapping): "«Dredging" starts at the D, "Oord?" ends at the d.
    if (m_end == End::Start) {
        const QString &text = layers.page(from.page).text();
        const int end = to.page == from.page ? to.index : int(text.size());
        const WordSnapping::Range r = WordSnapping::trimmed(text, from.index, end);
        if (!r.isEmpty())
            from.index = r.start;
    } else {
        const QString &text = layers.page(to.page).text();
        const int start = from.page == to.page ? from.index : 0;
        const WordSnapping::Range r = WordSnapping::trimmed(text, start, to.index);
        if (!r.isEmpty())
            to.index = r.end;
    }
    if (from == m_from && to == m_to)
        return false;
    m_from = from;
    m_to = to;
    return true;
}

QVector<PdfPageRange> PdfExtentDrag::ranges(const PdfTextLayers &layers) const
{
    return isActive() ? pdfRangesBetween(m_from, m_to, layers) : QVector<PdfPageRange>();
}

} // namespace ktk
