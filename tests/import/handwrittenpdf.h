// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs written byte by byte, for what QPdfWriter will not write: a chosen
// document information dictionary (Title "None", an Author, a date), page
// trees that loop or lie about their size, content streams of any length.
// The cross-reference table is always correct, so what Poppler meets is the
// structure the test meant, not one it had to repair.

#include <QByteArray>
#include <QVector>

namespace ktk::test {

// A stream object's body: dictionary entries (without << >>) plus data.
inline QByteArray pdfStream(const QByteArray &data, const QByteArray &dictionary = {})
{
    const QByteArray extra = dictionary.isEmpty() ? QByteArray() : QByteArray(' ' + dictionary);
    return "<< /Length " + QByteArray::number(data.size()) + extra + " >>\nstream\n" + data + "\nendstream";
}

// A literal PDF string: ( ) and \ escaped.
inline QByteArray pdfString(const QByteArray &latin1)
{
    QByteArray out = "(";
    for (char c : latin1) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

// A text string in UTF-16BE with a byte order mark, as PDFs carry non-Latin text.
inline QByteArray pdfUnicodeString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode() + 0x10000, 16).mid(1).toUpper();
    return hex + '>';
}

// objects[i] is the body of object i + 1; trailer holds the trailer's
// entries besides /Size (at least /Root).
inline QByteArray buildPdf(const QVector<QByteArray> &objects, const QByteArray &trailer)
{
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QVector<qsizetype> offsets;
    offsets.reserve(objects.size());
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + ' ' + trailer + " >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// One text line per entry, 14 pt apart from the top of an A4 page, in
// Helvetica (a standard font: no font file needed). Latin-1 text only.
inline QByteArray textContent(const QVector<QByteArray> &lines)
{
    QByteArray content = "BT /F1 11 Tf 14 TL 56 780 Td\n";
    for (const QByteArray &line : lines)
        content += pdfString(line) + " Tj T*\n";
    return content + "ET";
}

// A PDF of pages.size() A4 pages with the given lines each, and an Info
// dictionary of the given entries (e.g. "/Title (None) /Author (X)"); no
// Info dictionary when info is empty.
inline QByteArray textPdf(const QVector<QVector<QByteArray>> &pages, const QByteArray &info = {})
{
    // 1 catalog, 2 page tree, 3 font, 4 info, then page and content pairs.
    QVector<QByteArray> objects(4);
    QByteArray kids;
    for (int p = 0; p < pages.size(); ++p) {
        const int page = 5 + 2 * p;
        kids += QByteArray::number(page) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       "/Contents " + QByteArray::number(page + 1) + " 0 R >>");
        objects.append(pdfStream(textContent(pages.at(p))));
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects[3] = "<< " + info + " >>";
    return buildPdf(objects, info.isEmpty() ? "/Root 1 0 R" : "/Root 1 0 R /Info 4 0 R");
}

} // namespace ktk::test
