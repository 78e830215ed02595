// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfselection.h"

#include "anchor/wordsnapping.h"

#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"

#include <algorithm>

namespace ktk {

namespace {

// A quote selector alone, with context from the page text around it.
TextSelector quoteOnly(const QString &quote, const QString &before, const QString &after)
{
    TextSelector s;
    s.exact = quote;
    s.prefix = before.right(TextSelector::ContextLength);
    s.suffix = after.left(TextSelector::ContextLength);
    return s;
}

// The selector for [start, end) of the canonical text if the canonical text
// there reads as quote, else an invalid one.
TextSelector canonicalSelector(const QString &canonicalText, int start, int end, const QString &quote)
{
    if (canonicalText.isEmpty() || start < 0 || end <= start || end > canonicalText.size())
        return {};
    if (QStringView(canonicalText).mid(start, end - start) != quote)
        return {};
    return TextSelector::fromRange(canonicalText, start, end);
}

const PdfPageInfo *pageInfo(const QVector<PdfPageInfo> &pages, int page)
{
    if (page >= 0 && page < pages.size() && pages.at(page).page == page)
        return &pages.at(page);
    const auto it = std::find_if(pages.cbegin(), pages.cend(), [page](const PdfPageInfo &p) { return p.page == page; });
    return it == pages.cend() ? nullptr : &*it;
}

// The four corners of a rectangle in the order quads use.
QPolygonF quadOf(const QRectF &r)
{
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

} // namespace

void PdfTextLayers::setDocument(std::shared_ptr<PdfDocument> document)
{
    m_document = std::move(document);
    m_pages.clear();
}

const PdfPageText &PdfTextLayers::page(int page) const
{
    static const PdfPageText none;
    if (!m_document || page < 0 || page >= m_document->pageCount())
        return none;
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        it = m_pages.insert(page, m_document->pageText(page));
    return *it;
}

QVector<PdfPageRange> pdfRangesBetween(PdfTextPosition from, PdfTextPosition to, const PdfTextLayers &layers)
{
    QVector<PdfPageRange> ranges;
    if (!from.isValid() || !to.isValid())
        return ranges;
    if (to < from)
        std::swap(from, to);
    for (int page = from.page; page <= to.page; ++page) {
        const int size = layers.page(page).size();
        PdfPageRange r;
        r.page = page;
        r.start = page == from.page ? std::clamp(from.index, 0, size) : 0;
        r.end = page == to.page ? std::clamp(to.index, r.start, size) : size;
        ranges.append(r);
    }
    return ranges;
}

QVector<PdfPageRange> pdfRangesToWords(const QVector<PdfPageRange> &input, const PdfTextLayers &layers)
{
    QVector<PdfPageRange> ranges = input;
    if (ranges.isEmpty())
        return ranges;
    PdfPageRange &first = ranges.first();
    const WordSnapping::Range head = WordSnapping::toWords(layers.page(first.page).text(), first.start, first.end);
    if (!head.isEmpty()) {
        first.start = head.start;
        if (ranges.size() == 1)
            first.end = head.end;
    }
    if (ranges.size() > 1) {
        PdfPageRange &last = ranges.last();
        const WordSnapping::Range tail = WordSnapping::toWords(layers.page(last.page).text(), last.start, last.end);
        if (!tail.isEmpty())
            last.end = tail.end;
    }
    return ranges;
}

ViewSelection pdfTextSelection(const QVector<PdfPageRange> &input, const PdfTextLayers &layers,
                               const QVector<PdfPageInfo> &pages, const QString &canonicalText)
{
    ViewSelection selection;
    QVector<PdfPageRange> ranges = input;
    // Whitespace at both ends is not part of the claim; a page whose part is
    // only whitespace drops out at the ends (not in the middle: the quote
    // has to read as the canonical text does).
    while (!ranges.isEmpty()) {
        PdfPageRange &r = ranges.first();
        const QString &text = layers.page(r.page).text();
        while (r.start < r.end && text.at(r.start).isSpace())
            ++r.start;
        if (r.start < r.end)
            break;
        ranges.removeFirst();
    }
    while (!ranges.isEmpty()) {
        PdfPageRange &r = ranges.last();
        const QString &text = layers.page(r.page).text();
        while (r.end > r.start && text.at(r.end - 1).isSpace())
            --r.end;
        if (r.start < r.end)
            break;
        ranges.removeLast();
    }
    if (ranges.isEmpty())
        return selection;

    QStringList parts;
    QVector<PageSelector> regions;
    for (const PdfPageRange &r : std::as_const(ranges)) {
        const PdfPageText &text = layers.page(r.page);
        parts.append(text.text().mid(r.start, r.end - r.start));
        PageSelector region;
        region.page = r.page;
        region.quads = text.quads(r.start, r.end);
        if (region.isValid())
            regions.append(region);
    }
    if (regions.isEmpty())
        return selection;
    selection.quote = parts.join(PdfText::PageSeparator);

    const PdfPageRange &first = ranges.first();
    const PdfPageRange &last = ranges.last();
    TextSelector text;
    const PdfPageInfo *firstInfo = pageInfo(pages, first.page);
    const PdfPageInfo *lastInfo = pageInfo(pages, last.page);
    if (firstInfo && lastInfo)
        text = canonicalSelector(canonicalText, firstInfo->textStart + first.start, lastInfo->textStart + last.end,
                                 selection.quote);
    if (!text.isValid()) {
        const QString &firstText = layers.page(first.page).text();
        const QString &lastText = layers.page(last.page).text();
        text = quoteOnly(selection.quote, firstText.left(first.start), lastText.mid(last.end));
    }
    selection.anchor = Anchor::forPages(regions, text);
    return selection;
}

ViewSelection pdfAreaSelection(int page, const QRectF &input, const PdfTextLayers &layers,
                               const QVector<PdfPageInfo> &pages, const QString &canonicalText)
{
    ViewSelection selection;
    const QRectF rect = input.normalized() & QRectF(0, 0, 1, 1);
    if (page < 0 || rect.isEmpty())
        return selection;
    PageSelector region;
    region.page = page;
    region.quads = {quadOf(rect)};

    const PdfPageText &layer = layers.page(page);
    const QString &pageText = layer.text();
    QVector<QPair<int, int>> ranges = layer.rangesIn(rect);
    // Whitespace at the ends of the runs is not part of the quote.
    for (auto &r : ranges) {
        while (r.first < r.second && pageText.at(r.first).isSpace())
            ++r.first;
        while (r.second > r.first && pageText.at(r.second - 1).isSpace())
            --r.second;
    }
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(), [](const auto &r) { return r.first >= r.second; }),
                 ranges.end());

    TextSelector text;
    if (!ranges.isEmpty()) {
        QStringList parts;
        for (const auto &r : std::as_const(ranges))
            parts.append(pageText.mid(r.first, r.second - r.first));
        selection.quote = parts.join(u'\n');
        const int start = ranges.first().first;
        const int end = ranges.last().second;
        // One run reads as the canonical text does; several (a box over part
        // of a column) do not, and are kept as a quote with context.
        if (ranges.size() == 1) {
            if (const PdfPageInfo *info = pageInfo(pages, page))
                text = canonicalSelector(canonicalText, info->textStart + start, info->textStart + end,
                                         selection.quote);
        }
        if (!text.isValid())
            text = quoteOnly(selection.quote, pageText.left(start), pageText.mid(end));
    }
    selection.anchor = Anchor::forArea(region, text);
    return selection;
}

} // namespace ktk
