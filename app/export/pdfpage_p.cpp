// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfpage_p.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace ktk::pdfpage {

PageGeometry PageGeometry::forLocale(bool marginNotes)
{
    PageGeometry g;
    g.pageSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                             : QPageSize(QPageSize::A4);
    g.paper = g.pageSize.size(QPageSize::Point);
    const qreal left = 25 * Mm;
    const qreal right = marginNotes ? 62 * Mm : 25 * Mm;
    const qreal top = 22 * Mm;
    const qreal bottom = 24 * Mm;
    g.body = QRectF(left, top, g.paper.width() - left - right, g.paper.height() - top - bottom);
    return g;
}

void setUpWriter(QPdfWriter &writer, const PageGeometry &geometry, const QString &title)
{
    writer.setPageSize(geometry.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kanttekening"));
}

static QFont noShaping(QFont f)
{
    // Qt's shaping writes U+FB01 "fi" and friends into the PDF; Poppler's
    // text extraction then gives those, not the letters (PLATFORM.md).
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setKerning(false);
    return f;
}

QFont bodyFont(qreal points)
{
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSizeF(points);
    return noShaping(f);
}

QFont headingFont(qreal points)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(true);
    return noShaping(f);
}

QFont sansFont(qreal points)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    return noShaping(f);
}

void drawFooter(QPainter &painter, const PageGeometry &geometry, int page, int pageCount, const QString &title)
{
    painter.save();
    painter.setFont(sansFont(8));
    painter.setPen(QColor(90, 90, 90));
    const qreal y = geometry.paper.height() - 14 * Mm;
    const QRectF line(geometry.body.left(), y, geometry.paper.width() - 2 * geometry.body.left(), 12);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, Strings::pageOf(page + 1, pageCount));
    if (!title.isEmpty()) {
        const QFontMetricsF fm(painter.font(), painter.device());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                         fm.elidedText(title.simplified(), Qt::ElideRight, line.width() * 0.6));
    }
    painter.restore();
}

QString Strings::pageOf(int page, int pageCount)
{
    //: Footer of every page of an exported PDF
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

} // namespace ktk::pdfpage
