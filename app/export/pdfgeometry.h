// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace ktk {

// Where a page's shown picture lies in its PDF user space: the effective
// CropBox and the /Rotate of the page. Anchors store points normalised to the
// page as shown (rotation applied, relative to the CropBox, origin top-left);
// annotations need user space (origin bottom-left of the unrotated page).
class PdfPageGeometry
{
public:
    PdfPageGeometry() = default;
    // cropBox in user space (left, bottom, width, height as given by the
    // PDF's [llx lly urx ury]); rotate in degrees, any multiple of 90,
    // negative ones too.
    PdfPageGeometry(const QRectF &cropBox, int rotate);

    const QRectF &cropBox() const { return m_crop; }
    int rotate() const { return m_rotate; }   // 0, 90, 180 or 270

    QPointF toUserSpace(const QPointF &normalised) const;
    QPolygonF toUserSpace(const QPolygonF &normalised) const;
    QPointF toNormalised(const QPointF &userSpace) const;

private:
    QRectF m_crop;     // x = llx, y = lly (bottom), width, height
    int m_rotate = 0;
};

} // namespace ktk
