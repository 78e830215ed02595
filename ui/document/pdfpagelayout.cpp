// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfpagelayout.h"

#include <algorithm>
#include <cmath>

namespace ktk {

void PdfPageLayout::setPageSizes(const QVector<QSizeF> &points)
{
    m_sizes = points;
    m_largest = QSizeF();
    for (QSizeF &size : m_sizes) {
        // A page with no usable size (a broken file) is shown as A4.
        if (!size.isValid() || size.isEmpty())
            size = QSizeF(595, 842);
        m_largest = m_largest.expandedTo(size);
    }
    relayout();
}

void PdfPageLayout::setScale(qreal pixelsPerPoint)
{
    m_scale = pixelsPerPoint;
    relayout();
}

void PdfPageLayout::setViewportWidth(int width)
{
    if (width == m_viewportWidth)
        return;
    m_viewportWidth = width;
    relayout();
}

void PdfPageLayout::setLeftGutter(int width)
{
    width = std::max(0, width);
    if (width == m_leftGutter)
        return;
    m_leftGutter = width;
    relayout();
}

QSizeF PdfPageLayout::pageSizePoints(int page) const
{
    return page >= 0 && page < m_sizes.size() ? m_sizes.at(page) : QSizeF();
}

QRect PdfPageLayout::pageRect(int page) const
{
    return page >= 0 && page < m_rects.size() ? m_rects.at(page) : QRect();
}

void PdfPageLayout::relayout()
{
    m_rects.resize(m_sizes.size());
    int widest = 0;
    for (int i = 0; i < m_sizes.size(); ++i) {
        const int w = std::max(1, int(std::lround(m_sizes.at(i).width() * m_scale)));
        const int h = std::max(1, int(std::lround(m_sizes.at(i).height() * m_scale)));
        m_rects[i] = QRect(0, 0, w, h);
        widest = std::max(widest, w);
    }
    const int contentWidth = std::max(m_viewportWidth, widest + 2 * Margin + m_leftGutter);
    int y = Margin;
    for (QRect &r : m_rects) {
        r.moveTo(std::max(Margin + m_leftGutter, (contentWidth - r.width()) / 2), y);
        y += r.height() + Gap;
    }
    const int height = m_rects.isEmpty() ? 0 : y - Gap + Margin;
    m_contentSize = QSize(m_rects.isEmpty() ? 0 : contentWidth, height);
}

int PdfPageLayout::pageAtY(int y) const
{
    if (m_rects.isEmpty())
        return -1;
    // The first page whose bottom, plus half the gap after it, is below y.
    const auto it = std::lower_bound(m_rects.cbegin(), m_rects.cend(), y, [](const QRect &r, int value) {
        return r.bottom() + Gap / 2 < value;
    });
    return it == m_rects.cend() ? int(m_rects.size()) - 1 : int(it - m_rects.cbegin());
}

QPair<int, int> PdfPageLayout::pagesBetween(int top, int bottom) const
{
    const auto first = std::lower_bound(m_rects.cbegin(), m_rects.cend(), top,
                                        [](const QRect &r, int value) { return r.bottom() < value; });
    if (first == m_rects.cend() || first->top() >= bottom)
        return {-1, -1};
    const auto last = std::lower_bound(first, m_rects.cend(), bottom,
                                       [](const QRect &r, int value) { return r.top() < value; });
    return {int(first - m_rects.cbegin()), int(last - m_rects.cbegin()) - 1};
}

} // namespace ktk
