// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs written by the tests with QPdfWriter: one point per unit, origin at
// the top-left of the paper, so what a test draws is where Poppler finds it.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>

namespace ktk::test {

inline QFont pdfTestFont(qreal points = 12)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    // No "fi"/"fl" ligatures in the PDF: extracted text equals what was drawn.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

struct PdfWriterOptions
{
    QString title;
    QString creator;
    QPageSize pageSize = QPageSize(QPageSize::A4);
};

// Calls draw once per page (page, painter); pages > 1 are started with newPage().
inline QByteArray writePdf(int pages, const std::function<void(int, QPainter &)> &draw,
                           const PdfWriterOptions &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(options.pageSize);
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!options.title.isEmpty())
            writer.setTitle(options.title);
        if (!options.creator.isEmpty())
            writer.setCreator(options.creator);
        QPainter painter(&writer);
        painter.setFont(pdfTestFont());
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            draw(p, painter);
        }
    }
    return bytes;
}

inline QByteArray readTestFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace ktk::test
