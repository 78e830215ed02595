// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace ktk {

// One word as Poppler's text layer gives it: the word, its box and the box
// of each character, in points with the origin top-left, and whether a space
// or a line end follows it. Kept free of Poppler so the layer can be tested
// with made-up words.
struct PdfWordBox
{
    QString text;
    QRectF box;                 // points
    QVector<QRectF> charBoxes;  // points, one per UTF-16 unit of text (may be empty: then spread over box)
    bool spaceAfter = false;
    bool lineEndsAfter = false; // the last word of a line (Poppler: no nextWord())
};

// The text of one PDF page in reading order, with where every character is.
// text joins words with a space where Poppler says one follows, and lines
// with '\n'. Every UTF-16 unit of text has a box (the separators a box of
// zero width at the end of the word before them), normalised 0..1 with the
// origin top-left, as annotation quads are.
class PdfPageText
{
public:
    PdfPageText() = default;
    static PdfPageText fromWords(const QSizeF &pageSizePoints, const QVector<PdfWordBox> &words);

    const QString &text() const { return m_text; }
    bool hasText() const;           // false for a scanned page without a text layer
    int size() const { return int(m_text.size()); }
    QRectF charBox(int index) const;   // normalised
    int lineOf(int index) const;       // line number, counting from 0, in reading order

    // The character a point (normalised) is on, or -1.
    int charAt(const QPointF &point) const;
    // The character nearest to a point: the one it is on, else the nearest
    // on the nearest line. -1 only on a page without text. For dragging: a
    // point right of a character's centre gives index + 1 (a caret position
    // between characters, 0..size()).
    int caretNearest(const QPointF &point) const;
    // [start, end) of the word / line around a character.
    QPair<int, int> wordAt(int index) const;
    QPair<int, int> lineAt(int index) const;
    // One quadrilateral per line for the characters [start, end),
    // normalised, points in the order top-left, top-right, bottom-right,
    // bottom-left. Separators at line ends add nothing.
    QVector<QPolygonF> quads(int start, int end) const;
    // The characters [start, end) whose boxes' centres lie in rect (normalised), as
    // ranges in reading order; used for area claims and taking over highlights.
    QVector<QPair<int, int>> rangesIn(const QRectF &rect) const;
    QString textIn(const QVector<QPolygonF> &quads) const;

private:
    QString m_text;
    QVector<QRectF> m_boxes;   // one per UTF-16 unit of m_text
    QVector<int> m_lines;      // line of each unit
    QVector<int> m_lineStarts; // first index of each line
    QVector<int> m_lineEnds;   // end of each line's text, without the '\n' after it
    QVector<QRectF> m_lineRects; // union of each line's boxes, for hit tests

    bool isSeparator(int index) const;
    int lineContaining(const QPointF &point) const;
    int nearestLine(const QPointF &point) const;
};

} // namespace ktk
