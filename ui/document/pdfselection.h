// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatableview.h"
#include "pdf/pdfpagetext.h"
#include "store/records.h"

#include <QHash>
#include <QRectF>
#include <QVector>

#include <memory>

namespace ktk {

class PdfDocument;

// A caret position in the text of a PDF: before character index of page.
struct PdfTextPosition
{
    int page = -1;
    int index = 0;

    bool isValid() const { return page >= 0; }
    bool operator<(const PdfTextPosition &o) const { return page != o.page ? page < o.page : index < o.index; }
    bool operator==(const PdfTextPosition &o) const { return page == o.page && index == o.index; }
    bool operator!=(const PdfTextPosition &o) const { return !(*this == o); }
};

// [start, end) of one page's text.
struct PdfPageRange
{
    int page = -1;
    int start = 0;
    int end = 0;

    bool operator==(const PdfPageRange &o) const { return page == o.page && start == o.start && end == o.end; }
};

// The text layers of a PDF's pages, read from the document on first use and
// kept: Poppler takes a few milliseconds per page, too slow for every mouse move.
class PdfTextLayers
{
public:
    void setDocument(std::shared_ptr<PdfDocument> document);
    bool isLoaded(int page) const { return m_pages.contains(page); }
    // An empty layer for a page out of range.
    const PdfPageText &page(int page) const;

private:
    std::shared_ptr<PdfDocument> m_document;
    mutable QHash<int, PdfPageText> m_pages;
};

// The per-page ranges of the text between two caret positions, in reading order.
QVector<PdfPageRange> pdfRangesBetween(PdfTextPosition from, PdfTextPosition to, const PdfTextLayers &layers);

// A dragged selection widened to whole words at both its ends, with spaces
// and punctuation there left out (WordSnapping::toWords, as in text
// documents): a drag that starts two letters into a word takes the word.
QVector<PdfPageRange> pdfRangesToWords(const QVector<PdfPageRange> &ranges, const PdfTextLayers &layers);

// What the page view hands the window for a text selection: the quote with
// whitespace at both ends left out, one page region per page (a quad per
// line), and a text selector into the canonical text where that text is
// known and agrees with the page texts; otherwise a quote selector alone.
ViewSelection pdfTextSelection(const QVector<PdfPageRange> &ranges, const PdfTextLayers &layers,
                               const QVector<PdfPageInfo> &pages, const QString &canonicalText);
// The same for a rectangle (normalised) dragged on a page: an area anchor,
// with the text inside it, if any.
ViewSelection pdfAreaSelection(int page, const QRectF &rect, const PdfTextLayers &layers,
                               const QVector<PdfPageInfo> &pages, const QString &canonicalText);

} // namespace ktk
