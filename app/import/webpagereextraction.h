// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QVector>

namespace ktk {

// Imports a stored web page again from the bytes the project keeps, as the
// article reader mode finds in it or as the whole page, and carries its
// claims across to the new text by their quote and context. Computes only:
// the caller stores the result (ReextractDocumentCommand), so that it can be
// undone. Safe to run on a worker thread.
class WebPageReextraction
{
    Q_DECLARE_TR_FUNCTIONS(WebPageReextraction)
public:
    struct Plan
    {
        DocumentId document = 0;
        QString text;                       // the new canonical text
        ContentExtraction extraction = ContentExtraction::FullPage;   // what the new text is
        QVector<Annotation> carried;        // anchors moved into the new text
        QVector<Annotation> notFound;       // quote not in the new text: left as they were
        // Nothing to do: reader mode finds no article in the page, so "as
        // article" would give the whole page it already is. Translated.
        QString unchangedReason;
        bool changesText() const { return unchangedReason.isEmpty(); }
    };

    // Whether a stored document can be imported either way: web pages only.
    static bool applies(SourceFormat format) { return format == SourceFormat::Html; }

    // doc with its original bytes; claims are the document's claims. Fails
    // with a translated message naming the document when its stored bytes
    // cannot be read as a page any more.
    static Result<Plan> prepare(const Document &doc, const QVector<Annotation> &claims, ContentExtraction wanted);
};

} // namespace ktk
