// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace ktk {

// Where in the canonical text a claim sits, modelled on the W3C Web
// Annotation TextPositionSelector (start/end, in UTF-16 code units of the
// document's canonical text) and TextQuoteSelector (exact/prefix/suffix).
struct TextSelector
{
    int start = -1;
    int end = -1;         // exclusive
    QString exact;        // the quote
    QString prefix;       // up to ContextLength characters before
    QString suffix;       // up to ContextLength characters after

    // What fromRange writes.
    static constexpr int ContextLength = 32;
    // What a selector read from a file keeps. The W3C TextQuoteSelector's
    // context is meant to be short; other tools write more than we do, so
    // this is generous, but a file cannot hand the resolver a context of
    // 300,000 characters to compare at every occurrence of the quote.
    static constexpr int MaxContextLength = 256;

    bool isValid() const { return start >= 0 && end > start; }
    // 0 unless valid: offsets come from files, and end - start of two
    // arbitrary ints overflows.
    int length() const { return isValid() ? end - start : 0; }
    bool operator==(const TextSelector &o) const
    { return start == o.start && end == o.end && exact == o.exact && prefix == o.prefix && suffix == o.suffix; }

    // Builds a selector for [start, end) of text with quote and context filled in.
    static TextSelector fromRange(const QString &text, int start, int end);

    // The selector as it may be kept after reading it from a file: context
    // cut to the MaxContextLength characters nearest the quote, and offsets
    // that cannot describe a range (negative, reversed) replaced by -1, so the
    // quote alone decides where it is. The quote is the claim and is kept whole.
    TextSelector boundedForLoading() const;
};

// A region on one PDF page: quadrilaterals in page coordinates normalised to
// 0..1, origin top-left (as Poppler's annotation quads are). A claim that
// crosses a page break has one region per page.
struct PageSelector
{
    // What a selector read from a file keeps: one quadrilateral per line of
    // a claim, of four points each. A file could otherwise hand every claim
    // millions of them (34 MB of JSON became 200 MB of polygons).
    static constexpr int MaxQuads = 4096;
    static constexpr int QuadPoints = 4;

    int page = -1;               // 0-based
    QVector<QPolygonF> quads;
    bool isValid() const { return page >= 0 && !quads.isEmpty(); }
    bool operator==(const PageSelector &o) const { return page == o.page && quads == o.quads; }
};

// An annotation's anchor. A text anchor has only a TextSelector. A PDF
// anchor has page regions, which are the truth for drawing (the PDF never
// changes), and also a TextSelector into the PDF's extracted text where that
// text is known, so search, quotes and re-anchoring work the same for both
// kinds of document view. A text claim on a PDF (Kind::Page) has one quad per
// line; an area claim (Kind::Area: a figure, a table, a scanned page) one
// rectangle, drawn as a box rather than as highlighted lines.
class Anchor
{
public:
    enum class Kind { Text, Page, Area };

    // What a file may hand us: one region per page a claim crosses.
    static constexpr int MaxRegions = 1000;

    Anchor() = default;
    static Anchor forText(const TextSelector &text);
    static Anchor forPage(const PageSelector &page, const TextSelector &text = {});
    // Regions in page order; empty ones are dropped.
    static Anchor forPages(const QVector<PageSelector> &regions, const TextSelector &text = {});
    static Anchor forArea(const PageSelector &region, const TextSelector &text = {});

    Kind kind() const { return m_kind; }
    bool isOnPages() const { return m_kind != Kind::Text; }
    const TextSelector &text() const { return m_text; }
    // The first region (where the claim starts), or an invalid one.
    const PageSelector &page() const;
    const QVector<PageSelector> &regions() const { return m_regions; }
    // The regions on one page (usually none or one).
    QVector<QPolygonF> quadsOnPage(int page) const;
    void setText(const TextSelector &text) { m_text = text; }

    bool isValid() const;
    QString quote() const { return m_text.exact; }

    // A key that orders anchors by reading position within one document.
    qint64 positionKey() const;

    // Stored in the project file as compact JSON; fromJson returns an
    // invalid anchor for anything it cannot read.
    QString toJson() const;
    static Anchor fromJson(const QString &json);
    // The same for the UTF-8 bytes of the project file's anchor column, with
    // a fast path for the compact text form toJson() writes (loading 10,000
    // claims spends half its time here otherwise).
    static Anchor fromUtf8Json(const QByteArray &json);

    bool operator==(const Anchor &o) const { return m_kind == o.m_kind && m_text == o.m_text && m_regions == o.m_regions; }
    bool operator!=(const Anchor &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Text;
    TextSelector m_text;
    QVector<PageSelector> m_regions;
};

} // namespace ktk

Q_DECLARE_METATYPE(ktk::Anchor)
