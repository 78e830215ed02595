// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QVector>

class QTextDocument;

namespace ktk {

// Fills a QTextDocument with a stored document's content. The importer uses
// the same function to compute the canonical text, so that QTextDocument
// positions and canonical-text offsets are the same numbers.
class DocumentRenderer
{
public:
    // Renders format + originalBytes (Markdown and HTML as rich text, sanitised;
    // plain text as is). Returns false, and falls back to plain canonicalText,
    // when the rendering's plain text differs from doc.canonicalText.
    // Best with a SafeTextDocument as target: any other document still gets
    // sanitised content, but its own loadResource() could read local files.
    static bool render(const Document &doc, QTextDocument *target);
    // The rich rendering alone, used at import: target->toPlainText() becomes
    // the canonical text.
    // extraction Article: a web page shows only the article reader mode
    // finds in it (the whole page when it finds none). Returns what was
    // shown: Article only when an article was found.
    static ContentExtraction renderSource(SourceFormat format, const QString &decodedSource, QTextDocument *target,
                             ContentExtraction extraction = ContentExtraction::FullPage);

    // Whether renderSource() shows this source as the plain text it is: text
    // files, and Markdown too large or too slow for Qt's importer. Then
    // plainTextCanonical() gives the canonical text without a document.
    static bool showsAsPlainText(SourceFormat format, const QString &decodedSource);

    // A Word or OpenDocument file's pictures (OfficeDocument::Converted::images)
    // as the target's resources, before its HTML is rendered.
    static void addOfficeImages(QTextDocument *target, const QVector<QByteArray> &images);

    // The text bytes of a stored document, decoded as at import.
    static QString decodeSource(SourceFormat format, const QByteArray &bytes);
    // What setPlainText(text) followed by toPlainText() gives, computed in one
    // pass without building a document (line endings made \n; paragraph and
    // line separators become \n and no-break spaces spaces, as toPlainText() does).
    static QString plainTextCanonical(const QString &text);

private:
    // byline false: an article as it was shown before articles got the
    // author and date line (December 2026), for documents stored then.
    static ContentExtraction renderSourceWith(SourceFormat format, const QString &decodedSource,
                                              QTextDocument *target, ContentExtraction extraction, bool byline);
};

} // namespace ktk
