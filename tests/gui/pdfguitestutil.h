// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs written by a GUI test with QPdfWriter, remembering where every word
// went, and the mouse and key helpers to work on them in a PdfView: A4 at
// 72 dpi, so painter units are points from the page's top-left, which is
// where Poppler finds the words.

#include "document/pdfview.h"
#include "pdf/pdfdocument.h"

#include <QApplication>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <memory>

namespace ktk::test {

// A word written into a test PDF: its page and box in points.
struct PdfWord
{
    QString text;
    int page = 0;
    QRectF box;
};

struct WrittenPdf
{
    QString path;                            // empty when written to memory
    QByteArray bytes;                        // when written to memory
    QVector<PdfWord> words;

    const PdfWord &word(const QString &text, int nth = 0) const
    {
        for (const PdfWord &w : words) {
            if (w.text == text && nth-- == 0)
                return w;
        }
        qFatal("no word %s in the test PDF", qPrintable(text));
    }
    std::shared_ptr<PdfDocument> load() const
    {
        const PdfDocument::LoadResult loaded = PdfDocument::load(bytes, QStringLiteral("test.pdf"));
        if (!loaded.ok())
            qFatal("test PDF does not load: %s", qPrintable(loaded.message));
        return loaded.document;
    }
};

class PdfWordWriter
{
public:
    // Into a file when path is given, else into memory (WrittenPdf::bytes).
    explicit PdfWordWriter(const QString &path = {}, const QString &title = QStringLiteral("Test PDF"))
        : m_path(path)
    {
        if (path.isEmpty()) {
            m_buffer.open(QIODevice::WriteOnly);
            m_writer = std::make_unique<QPdfWriter>(&m_buffer);
        } else {
            m_writer = std::make_unique<QPdfWriter>(path);
        }
        m_writer->setTitle(title);
        m_writer->setResolution(72);
        m_writer->setPageSize(QPageSize(QPageSize::A4));
        m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
        m_painter.begin(m_writer.get());
        m_font = QFont(QStringLiteral("DejaVu Sans"));
        m_font.setPointSizeF(12);
        m_font.setStyleStrategy(QFont::PreferNoShaping);   // no ligatures in the text layer
        m_painter.setFont(m_font);
    }

    void newPage()
    {
        m_writer->newPage();
        ++m_page;
    }

    // One line of words from (x, baseline).
    void line(qreal x, qreal baseline, const QString &text)
    {
        const QFontMetricsF metrics(m_font, m_writer.get());
        m_painter.drawText(QPointF(x, baseline), text);
        int from = 0;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const int at = int(text.indexOf(word, from));
            m_words.append({word, m_page,
                            QRectF(x + metrics.horizontalAdvance(text.left(at)), baseline - metrics.ascent(),
                                   metrics.horizontalAdvance(word), metrics.ascent() + metrics.descent())});
            from = at + int(word.size());
        }
    }

    WrittenPdf finish()
    {
        m_painter.end();
        m_writer.reset();
        return {m_path, m_buffer.data(), m_words};
    }

private:
    QString m_path;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_font;
    QVector<PdfWord> m_words;
    int m_page = 0;
};

// One page, one column of ten lines.
inline WrittenPdf oneColumnPdf(const QString &path = {})
{
    PdfWordWriter w(path, QStringLiteral("One column report"));
    w.line(72, 100, QStringLiteral("Alpha Bravo Charlie Delta Echo"));
    w.line(72, 130, QStringLiteral("Golf Hotel India Juliet Kilo"));
    w.line(72, 160, QStringLiteral("Lima Mike November Oscar Papa"));
    for (int i = 0; i < 7; ++i)
        w.line(72, 190 + 30 * i, QStringLiteral("Line%1 of the column with some words").arg(i));
    return w.finish();
}

// Two pages: a line at the foot of the first, two at the head of the second.
inline WrittenPdf pageBreakPdf(const QString &path = {})
{
    PdfWordWriter w(path, QStringLiteral("Page break letter"));
    w.line(72, 100, QStringLiteral("First page opens here"));
    w.line(72, 780, QStringLiteral("Zebra crossing ends page one"));
    w.newPage();
    w.line(72, 100, QStringLiteral("Second page starts plainly"));
    w.line(72, 130, QStringLiteral("and carries on"));
    return w.finish();
}

// A point of a page (in points) as a position in the PDF view's page viewport.
inline QPoint pointOnPage(const PdfView *view, int page, const QPointF &points)
{
    const QRect r = view->pageRect(page);
    const QSizeF size = view->pdfDocument()->pageSize(page);
    return QPoint(r.x() + int(points.x() / size.width() * r.width()),
                  r.y() + int(points.y() / size.height() * r.height()));
}
inline QPoint leftOf(const PdfView *v, const PdfWord &w)
{
    return pointOnPage(v, w.page, {w.box.left() + 1, w.box.center().y()});
}
inline QPoint rightOf(const PdfView *v, const PdfWord &w)
{
    return pointOnPage(v, w.page, {w.box.right() - 1, w.box.center().y()});
}
inline QPoint centreOf(const PdfView *v, const PdfWord &w)
{
    return pointOnPage(v, w.page, w.box.center());
}
// The box of a word normalised to its page, as quads are.
inline QRectF normalisedBox(const PdfView *view, const PdfWord &w)
{
    const QSizeF size = view->pdfDocument()->pageSize(w.page);
    return QRectF(w.box.x() / size.width(), w.box.y() / size.height(), w.box.width() / size.width(),
                  w.box.height() / size.height());
}

inline bool covers(const QVector<QPolygonF> &quads, const QPointF &point)
{
    return std::any_of(quads.begin(), quads.end(),
                       [&point](const QPolygonF &q) { return q.boundingRect().contains(point); });
}

inline void moveWithButton(QWidget *widget, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

// Presses at from, moves there in steps with the button held; no release.
inline void pressAndMove(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    constexpr int steps = 6;
    for (int i = 1; i <= steps; ++i)
        moveWithButton(widget, from + (to - from) * i / steps);
}

inline void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    pressAndMove(widget, from, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// A key pressed where the user's focus is, as the keyboard would: shortcuts
// go through the shortcut map, never QAction::trigger().
inline void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, Qt::Key(key), modifiers);
}

// The pixel of a grab at a logical position (grabs are in device pixels).
inline QColor pixelAt(const QImage &image, const QPointF &logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

} // namespace ktk::test
