// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QRect>
#include <QSize>
#include <QSizeF>
#include <QVector>

namespace ktk {

// Where the pages of a PDF sit in the page view's scrollable content: one
// centred column, a gap between pages and a margin around the column.
// Integer pixels, so page images land on whole pixels and stay sharp.
class PdfPageLayout
{
public:
    static constexpr int Margin = 16;   // around the column, logical pixels
    static constexpr int Gap = 12;      // between pages

    void setPageSizes(const QVector<QSizeF> &points);
    // Logical pixels per point (zoom * logical dpi / 72).
    void setScale(qreal pixelsPerPoint);
    qreal scale() const { return m_scale; }
    // Pages are centred in this width when the column is narrower.
    void setViewportWidth(int width);
    // Room kept free left of the pages (for the claim margin), in logical
    // pixels beyond Margin; pages stay centred where the width allows.
    void setLeftGutter(int width);
    int leftGutter() const { return m_leftGutter; }

    int pageCount() const { return int(m_sizes.size()); }
    QSizeF pageSizePoints(int page) const;
    QSizeF largestPageSize() const { return m_largest; }
    QRect pageRect(int page) const;     // content coordinates; null when out of range
    QSize contentSize() const { return m_contentSize; }

    // The page at height y, a gap counting to the nearer page; -1 when empty.
    int pageAtY(int y) const;
    // The first and last page that reach into [top, bottom); {-1, -1} when none.
    QPair<int, int> pagesBetween(int top, int bottom) const;

private:
    void relayout();

    QVector<QSizeF> m_sizes;
    QVector<QRect> m_rects;
    QSizeF m_largest;
    QSize m_contentSize;
    qreal m_scale = 1.0;
    int m_viewportWidth = 0;
    int m_leftGutter = 0;
};

} // namespace ktk
