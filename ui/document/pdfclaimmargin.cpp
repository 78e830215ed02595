// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfclaimmargin.h"

#include "document/pagehighlights.h"
#include "document/pdfpagelayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

namespace ktk {

namespace {

constexpr qreal StripeWidth = 4;
constexpr qreal StripeGap = 2;
constexpr qreal PageDistance = 6;    // between the page and the innermost column
constexpr qreal LabelRoom = 14;      // kept left of the columns for the numbers
constexpr qreal MinHeight = 4;
// Lines touch or overlap by a hair; a claim that ends where the next begins
// is not beside it.
constexpr qreal Touching = 0.001;

} // namespace

const QVector<PdfClaimMargin::Entry> &PdfClaimMargin::entries(const PageHighlights &highlights, int page) const
{
    const int generation = highlights.generation();
    if (generation != m_generation) {
        m_pages.clear();
        m_generation = generation;
    }
    auto it = m_pages.find(page);
    if (it != m_pages.end())
        return *it;

    const std::vector<PageHighlight> &all = highlights.highlights();
    QVector<Entry> list;
    for (int i : highlights.onPage(page)) {
        Entry e;
        e.index = i;
        bool first = true;
        for (const QPolygonF &quad : all[size_t(i)].anchor.quadsOnPage(page)) {
            const QRectF r = quad.boundingRect();
            e.top = first ? r.top() : std::min(e.top, r.top());
            e.bottom = first ? r.bottom() : std::max(e.bottom, r.bottom());
            first = false;
        }
        if (!first)
            list.append(e);
    }
    // As the text view: by start, the longer first, then interval colouring.
    std::sort(list.begin(), list.end(), [&all](const Entry &a, const Entry &b) {
        if (a.top != b.top)
            return a.top < b.top;
        if (a.bottom != b.bottom)
            return a.bottom > b.bottom;
        return all[size_t(a.index)].id < all[size_t(b.index)].id;
    });
    using Open = std::pair<qreal, int>;   // bottom, column
    std::priority_queue<Open, std::vector<Open>, std::greater<Open>> open;
    std::priority_queue<int, std::vector<int>, std::greater<int>> freeColumns;
    int columns = 0;
    for (Entry &e : list) {
        while (!open.empty() && open.top().first <= e.top + Touching) {
            freeColumns.push(open.top().second);
            open.pop();
        }
        if (freeColumns.empty()) {
            e.column = columns++;
        } else {
            e.column = freeColumns.top();
            freeColumns.pop();
        }
        open.push({e.bottom, e.column});
    }
    return *m_pages.insert(page, list);
}

QList<PdfMarginStripe> PdfClaimMargin::stripes(const PageHighlights &highlights, int page, const QRect &pageRect,
                                               const QFont &font) const
{
    QList<PdfMarginStripe> result;
    const QVector<Entry> &list = entries(highlights, page);
    if (list.isEmpty() || pageRect.isEmpty())
        return result;
    const std::vector<PageHighlight> &all = highlights.highlights();
    // Columns that do not fit share the outermost one.
    const qreal right = pageRect.left() - PageDistance;
    const qreal room = PdfPageLayout::Margin + Gutter - PageDistance - LabelRoom;
    const int columns = std::max(1, int(room / (StripeWidth + StripeGap)));
    qreal leftmost = right;
    for (const Entry &e : list) {
        const PageHighlight &h = all[size_t(e.index)];
        PdfMarginStripe s;
        s.id = h.id;
        s.page = page;
        s.column = std::min(e.column, columns - 1);
        const qreal top = pageRect.top() + e.top * pageRect.height();
        const qreal bottom = std::max(top + MinHeight, pageRect.top() + e.bottom * pageRect.height());
        s.rect = QRectF(right - (s.column + 1) * StripeWidth - s.column * StripeGap, top, StripeWidth, bottom - top);
        s.colour = highlights.isSelected(h.id) ? h.colour.darker(125) : h.colour;
        leftmost = std::min(leftmost, s.rect.left());
        result.append(s);
    }

    // The type's number beside the top of each stripe, left of the columns,
    // where there is room and no other number stands already.
    const QFontMetricsF metrics(labelFont(font));
    const qreal limit = pageRect.left() - PdfPageLayout::Margin - Gutter;
    QList<QRectF> taken;
    for (int i = 0; i < result.size(); ++i) {
        PdfMarginStripe &s = result[i];
        const int number = all[size_t(list.at(i).index)].typeNumber;
        if (number <= 0)
            continue;
        const QString text = QString::number(number);
        const qreal width = metrics.horizontalAdvance(text) + 2;
        const QRectF box(leftmost - StripeGap - width, s.rect.top(), width, metrics.height());
        if (box.left() < limit || box.bottom() > s.rect.bottom() + metrics.height() * 0.5)
            continue;
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.append(box);
        s.label = text;
        s.labelRect = box;
    }
    return result;
}

void PdfClaimMargin::paint(QPainter &painter, const QList<PdfMarginStripe> &stripes, const QFont &font)
{
    if (stripes.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (const PdfMarginStripe &s : stripes) {
        painter.setBrush(s.colour);
        painter.drawRoundedRect(s.rect, StripeWidth / 2, StripeWidth / 2);
    }
    painter.setFont(labelFont(font));
    for (const PdfMarginStripe &s : stripes) {
        if (s.label.isEmpty())
            continue;
        painter.setPen(s.colour.darker(160));
        painter.drawText(s.labelRect, Qt::AlignRight | Qt::AlignTop, s.label);
    }
    painter.restore();
}

qint64 PdfClaimMargin::stripeAt(const QList<PdfMarginStripe> &stripes, const QPointF &pos)
{
    // Narrow targets: a pixel or two either side counts. Inner columns first.
    const PdfMarginStripe *best = nullptr;
    for (const PdfMarginStripe &s : stripes) {
        if (s.rect.adjusted(-StripeGap / 2, 0, StripeGap / 2, 0).contains(pos)
            && (!best || s.column < best->column))
            best = &s;
    }
    return best ? best->id : -1;
}

QFont PdfClaimMargin::labelFont(const QFont &viewFont)
{
    QFont small = viewFont;
    if (viewFont.pointSizeF() > 0)
        small.setPointSizeF(std::max(6.5, viewFont.pointSizeF() * 0.8));
    return small;
}

} // namespace ktk
