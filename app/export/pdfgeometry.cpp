// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfgeometry.h"

namespace ktk {

PdfPageGeometry::PdfPageGeometry(const QRectF &cropBox, int rotate)
    : m_crop(cropBox.normalized())
{
    // Readers round /Rotate to a multiple of 90 and accept negative ones.
    int r = ((rotate % 360) + 360) % 360;
    m_rotate = (r / 90) * 90;
}

// /Rotate turns the page clockwise for display: at 90 the unrotated
// bottom-left corner is shown top-left and user space +y runs to the right.
QPointF PdfPageGeometry::toUserSpace(const QPointF &n) const
{
    const qreal l = m_crop.left(), b = m_crop.top(), w = m_crop.width(), h = m_crop.height();
    const qreal r = l + w, t = b + h;
    switch (m_rotate) {
    case 90:
        return {l + n.y() * w, b + n.x() * h};
    case 180:
        return {r - n.x() * w, b + n.y() * h};
    case 270:
        return {r - n.y() * w, t - n.x() * h};
    default:
        return {l + n.x() * w, t - n.y() * h};
    }
}

QPolygonF PdfPageGeometry::toUserSpace(const QPolygonF &normalised) const
{
    QPolygonF out;
    out.reserve(normalised.size());
    for (const QPointF &p : normalised)
        out << toUserSpace(p);
    return out;
}

QPointF PdfPageGeometry::toNormalised(const QPointF &u) const
{
    const qreal w = m_crop.width(), h = m_crop.height();
    if (w <= 0 || h <= 0)
        return {};
    const qreal fx = (u.x() - m_crop.left()) / w;       // 0 at the left of the unrotated crop
    const qreal fy = (u.y() - m_crop.top()) / h;        // 0 at its bottom
    switch (m_rotate) {
    case 90:
        return {fy, fx};
    case 180:
        return {1 - fx, fy};
    case 270:
        return {1 - fy, 1 - fx};
    default:
        return {fx, 1 - fy};
    }
}

} // namespace ktk
