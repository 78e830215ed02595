// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace ktk {

class PageHighlights;

// One claim's stripe beside a page, in viewport coordinates.
struct PdfMarginStripe
{
    QRectF rect;
    qint64 id = -1;
    int page = -1;
    int column = 0;     // 0 next to the page, counting outwards
    QString label;      // the type's number where it is shown at the stripe's top, else empty
    QRectF labelRect;   // where the number is shown
    QColor colour;      // as painted: faded outside the filter, darker when selected
};

// The claim margin of the PDF view: left of each page one stripe per claim
// on it, from the top of its first quad there to the bottom of its last.
// Claims that overlap vertically stand side by side, each in the lowest
// column no claim still open at its top holds, as in the text view's margin.
// The columns are worked out once per page after the claims change; a frame
// only maps the few stripes of the pages in view.
class PdfClaimMargin
{
public:
    // The room the margin takes beside the pages, beyond the layout's margin.
    static constexpr int Gutter = 40;

    // The stripes of page, shown at pageRect (viewport coordinates), with
    // the labels that fit in font.
    QList<PdfMarginStripe> stripes(const PageHighlights &highlights, int page, const QRect &pageRect,
                                   const QFont &font) const;
    static void paint(QPainter &painter, const QList<PdfMarginStripe> &stripes, const QFont &font);
    // The claim whose stripe is under pos among stripes, or -1.
    static qint64 stripeAt(const QList<PdfMarginStripe> &stripes, const QPointF &pos);
    // The font of the numbers: small, from the view's font.
    static QFont labelFont(const QFont &viewFont);

private:
    struct Entry
    {
        int index = -1;      // into PageHighlights::highlights()
        qreal top = 0;       // normalised
        qreal bottom = 0;
        int column = 0;
    };
    const QVector<Entry> &entries(const PageHighlights &highlights, int page) const;

    mutable QHash<int, QVector<Entry>> m_pages;
    mutable int m_generation = -1;
};

} // namespace ktk
