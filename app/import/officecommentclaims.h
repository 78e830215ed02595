// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/officedocument.h"
#include "store/records.h"

#include <QVector>

namespace ktk {

// The comments reviewers left in a Word or OpenDocument file, as claims on
// the words they were made on, for the user to take over: the comment
// becomes the note, its author and date stay. Comments on no text (a point
// in the text) or on words the shown text does not hold are counted, not
// guessed at.
class OfficeCommentClaims
{
public:
    struct Outcome
    {
        QVector<Annotation> claims;
        int withoutText = 0;    // made at a point, not on words
        int notFound = 0;       // their words are not in the text
    };

    static bool applies(SourceFormat format) { return format == SourceFormat::Docx || format == SourceFormat::Odt; }

    // The comments of a stored Word or OpenDocument document (with its
    // original bytes); empty for other formats and unreadable files.
    static QVector<OfficeComment> commentsOf(const Document &doc);

    // Claims of the given type on canonicalText, the document's shown text.
    static Outcome toClaims(const QVector<OfficeComment> &comments, DocumentId document,
                            const QString &canonicalText, ClaimTypeId type);
};

} // namespace ktk
