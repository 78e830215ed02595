// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the typeset PDFs (a text document, the claims appendix) share: the
// page, the fonts and the footer. Private to app/export.

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace ktk::pdfpage {

constexpr qreal Mm = 72.0 / 25.4;

struct PageGeometry
{
    QPageSize pageSize;
    QSizeF paper;       // points
    QRectF body;        // points, origin top-left

    // A4, or US Letter where the locale measures in inches. marginNotes
    // widens the right margin to a column for notes.
    static PageGeometry forLocale(bool marginNotes = false);
};

// Resolution 72 dpi (one unit a point), no margins of its own, title and creator set.
void setUpWriter(QPdfWriter &writer, const PageGeometry &geometry, const QString &title);

// Fonts that never form ligatures: the PDF's text is the article's text.
QFont bodyFont(qreal points = 10.5);
QFont headingFont(qreal points);
QFont sansFont(qreal points);

// "Page 3 of 12" centred at the foot, and the document's title left of it.
void drawFooter(QPainter &painter, const PageGeometry &geometry, int page, int pageCount, const QString &title);

class Strings
{
    Q_DECLARE_TR_FUNCTIONS(TypesetPage)
public:
    static QString pageOf(int page, int pageCount);
};

} // namespace ktk::pdfpage
