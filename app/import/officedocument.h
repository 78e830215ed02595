// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace ktk {

// A comment a reviewer left in a Word or OpenDocument file, with the text it
// was made on. Not part of the document's text; kept so that a later step
// can offer comments as claims.
struct OfficeComment
{
    QString author;
    QDateTime date;      // invalid when the file has none
    QString text;        // the comment itself, paragraphs joined by \n
    QString quote;       // the document's text the comment covers, may be empty
    // Where the covered text begins, counted in characters of the document's
    // text before it: near its offset in the shown text, not exact (that
    // also has paragraph breaks, list numbers). -1 when unknown.
    int position = -1;
};

struct OfficeMetadata
{
    QString title;
    QString author;
    QDate created;
    QDate modified;
    QString language;    // as the file declares it ("nl-NL"), may be empty
};

// Converts .docx (WordprocessingML) and .odt (OpenDocument text) files to the
// HTML that HtmlSanitizer keeps: headings, paragraphs, lists, tables, bold,
// italic, links, embedded images as data: URLs, and the footnotes and
// endnotes as a section at the end. Tracked changes show as accepted.
// Deterministic: the view converts the stored bytes again every time it
// shows the document, and must get the same text.
class OfficeDocument
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDocument)
public:
    enum class Kind { Docx, Odt };

    // Limits on what a file may make us read and write.
    static constexpr qint64 MaxXmlPartBytes = 64ll * 1024 * 1024;   // one XML part, uncompressed
    static constexpr qint64 MaxImageBytes = 4ll * 1024 * 1024;      // one embedded image
    static constexpr qint64 MaxTotalImageBytes = 16ll * 1024 * 1024;
    static constexpr int MaxNesting = 16;        // tables in tables, text boxes, notes: deeper is flattened
    static constexpr int MaxNotes = 10000;
    static constexpr int MaxComments = 10000;

    // The pictures of a file are not inlined as data: URLs (megabytes of
    // base64 to write, sanitise and decode again) but named
    // "kanttekening-image:N", N an index into Converted::images; the
    // renderer adds them to the QTextDocument as resources.
    static QString imageUrl(int index);
    // The index in a url made by imageUrl(), -1 for any other url.
    static int imageIndex(QStringView url);

    struct Converted
    {
        QString html;
        QVector<QByteArray> images;     // PNG, JPEG or GIF bytes, as imageUrl() numbers them
        OfficeMetadata meta;
        QVector<OfficeComment> comments;
    };

    // Failure messages are translated and name shownName and the reason.
    static Result<Converted> convert(Kind kind, const QByteArray &bytes, const QString &shownName);
    // The HTML alone; empty when the file cannot be read.
    static QString toHtml(Kind kind, const QByteArray &bytes);
};

} // namespace ktk
