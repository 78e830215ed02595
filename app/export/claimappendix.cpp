// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/claimappendix.h"

#include "export/pdfpage_p.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace ktk {

namespace {

constexpr qreal Padding = 3.0;
constexpr int CellFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

struct Row
{
    QStringList cells;
    QColor colour;
    qreal height = 0;
};

} // namespace

// Rows are laid out by hand rather than as a QTextTable: a row never breaks
// over a page (Qt's table layout breaks inside cells, and QTextLayout draws a
// line above its clip as well, which a PDF keeps as duplicate text).
Result<QByteArray> ClaimAppendix::typeset(const QString &documentTitle, const QVector<ExportClaim> &claims)
{
    const pdfpage::PageGeometry geometry = pdfpage::PageGeometry::forLocale();
    const QRectF body = geometry.body;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    //: Title of the appendix PDF; %1 is the document's title
    const QString pdfTitle = tr("Claims in %1").arg(documentTitle);
    pdfpage::setUpWriter(writer, geometry, pdfTitle);

    const QStringList headers = {
        //: Column of the claims appendix: the claim's number
        tr("No."),
        //: Column of the claims appendix: the page the claim starts on
        tr("Page"), tr("Type"), tr("Status"), tr("Claimant"), tr("Quote"), tr("Note")};
    // Fractions of the width: the quote and the note get the room.
    const QVector<qreal> widths = {0.05, 0.06, 0.12, 0.13, 0.14, 0.28, 0.22};
    QVector<qreal> columnX;
    qreal x = body.left();
    for (qreal w : widths) {
        columnX.append(x);
        x += w * body.width();
    }
    columnX.append(body.right());

    const QFont cellFont = pdfpage::sansFont(8);
    const QFont quoteFont = pdfpage::bodyFont(8);
    const QFont headFont = pdfpage::headingFont(8);
    auto fontOf = [&](int column) { return column == 5 ? quoteFont : cellFont; };
    const qreal maxRowHeight = body.height() * 0.8;
    auto measure = [&](Row &row, const QFont &overrideFont) {
        row.height = 0;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QFontMetricsF fm(overrideFont.family().isEmpty() ? fontOf(c) : overrideFont, &writer);
            const qreal w = columnX.at(c + 1) - columnX.at(c) - 2 * Padding;
            const QRectF need = fm.boundingRect(QRectF(0, 0, w, 1e6), CellFlags, row.cells.at(c));
            row.height = std::max(row.height, need.height() + 2 * Padding);
        }
        // A row taller than a page is cut; the annotations still carry it all.
        row.height = std::min(row.height, maxRowHeight);
    };

    Row header{headers, QColor(230, 230, 230), 0};
    measure(header, headFont);
    QVector<Row> rows;
    rows.reserve(claims.size());
    for (const ExportClaim &claim : claims) {
        Row row;
        row.cells = QStringList{QString::number(claim.number),
                                claim.page >= 0 ? QString::number(claim.page + 1) : QString(),
                                claim.typeName, claim.statusName, claim.claimant,
                                claim.quote.simplified(), claim.note.trimmed()};
        row.colour = claim.colour;
        measure(row, QFont(QString()));
        rows.append(row);
    }

    // Pages: which rows go on which page.
    const QFont titleFont = pdfpage::headingFont(16);
    const QFont subtitleFont = pdfpage::bodyFont(10);
    const qreal titleHeight = QFontMetricsF(titleFont, &writer).height() + 4
        + QFontMetricsF(subtitleFont, &writer).height() + 10;
    QVector<QPair<int, int>> pages;   // [first, end) rows
    {
        int i = 0;
        qreal top = body.top() + titleHeight;
        do {
            qreal y = top + header.height;
            const int first = i;
            while (i < rows.size() && (i == first || y + rows.at(i).height <= body.bottom())) {
                y += rows.at(i).height;
                ++i;
            }
            pages.append({first, i});
            top = body.top();
        } while (i < rows.size());
    }

    auto drawRow = [&](QPainter &painter, const Row &row, qreal y, const QFont *onlyFont) {
        painter.setPen(Qt::NoPen);
        if (row.colour.isValid()) {
            QColor fill = row.colour;
            if (!onlyFont)
                fill.setAlphaF(0.35f);
            painter.setBrush(fill);
            const QRectF cell(columnX.at(0), y, onlyFont ? body.width() : columnX.at(1) - columnX.at(0), row.height);
            painter.drawRect(cell);
        }
        painter.setPen(QPen(QColor(160, 160, 160), 0.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(body.left(), y + row.height), QPointF(body.right(), y + row.height));
        painter.setPen(Qt::black);
        for (int c = 0; c < row.cells.size(); ++c) {
            painter.setFont(onlyFont ? *onlyFont : fontOf(c));
            const QRectF r(columnX.at(c) + Padding, y + Padding, columnX.at(c + 1) - columnX.at(c) - 2 * Padding,
                           row.height - 2 * Padding);
            painter.save();
            painter.setClipRect(r.adjusted(-Padding, -Padding, Padding, 0));
            painter.drawText(r.adjusted(0, 0, 0, 1e6), CellFlags, row.cells.at(c));
            painter.restore();
        }
    };

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<QByteArray>::failure(tr("The appendix for “%1” could not be started.").arg(documentTitle));
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        qreal y = body.top();
        if (p == 0) {
            painter.setPen(Qt::black);
            painter.setFont(titleFont);
            const QFontMetricsF tm(titleFont, &writer);
            painter.drawText(QPointF(body.left(), y + tm.ascent()), tr("Claims"));
            y += tm.height() + 4;
            painter.setFont(subtitleFont);
            const QFontMetricsF sm(subtitleFont, &writer);
            painter.drawText(QPointF(body.left(), y + sm.ascent()),
                             sm.elidedText(documentTitle.simplified(), Qt::ElideRight, body.width()));
            y = body.top() + titleHeight;
        }
        drawRow(painter, header, y, &headFont);
        y += header.height;
        for (int i = pages.at(p).first; i < pages.at(p).second; ++i) {
            drawRow(painter, rows.at(i), y, nullptr);
            y += rows.at(i).height;
        }
        if (rows.isEmpty()) {
            painter.setFont(cellFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(body.left(), y + 6, body.width(), 20), CellFlags, tr("This document has no claims."));
        }
        pdfpage::drawFooter(painter, geometry, p, int(pages.size()), pdfTitle);
    }
    if (!painter.end())
        return Result<QByteArray>::failure(tr("The appendix for “%1” could not be written.").arg(documentTitle));
    buffer.close();
    return bytes;
}

} // namespace ktk
