// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/officecommentclaims.h"

#include "anchor/textanchorresolver.h"

namespace ktk {

QVector<OfficeComment> OfficeCommentClaims::commentsOf(const Document &doc)
{
    if (!applies(doc.format))
        return {};
    const auto kind = doc.format == SourceFormat::Docx ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
    const Result<OfficeDocument::Converted> converted = OfficeDocument::convert(kind, doc.originalBytes, doc.fileName);
    return converted ? converted->comments : QVector<OfficeComment>();
}

OfficeCommentClaims::Outcome OfficeCommentClaims::toClaims(const QVector<OfficeComment> &comments,
                                                           DocumentId document, const QString &canonicalText,
                                                           ClaimTypeId type)
{
    Outcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OfficeComment &comment : comments) {
        if (comment.quote.trimmed().isEmpty()) {
            ++outcome.withoutText;
            continue;
        }
        // The converter's count of text before the comment is near its place
        // in the shown text: where the same words stand twice, the nearer wins.
        TextSelector selector;
        selector.exact = comment.quote;
        if (comment.position >= 0 && comment.position <= canonicalText.size() - comment.quote.size()) {
            selector.start = comment.position;
            selector.end = comment.position + int(comment.quote.size());
        }
        const TextAnchorResolver::Resolution found = TextAnchorResolver::resolve(canonicalText, selector);
        if (!found.isAnchored()) {
            ++outcome.notFound;
            continue;
        }
        Annotation claim;
        claim.documentId = document;
        claim.anchor = Anchor::forText(TextSelector::fromRange(canonicalText, found.start, found.end));
        claim.typeId = type;
        claim.note = comment.text;
        claim.author = comment.author.simplified();
        claim.created = comment.date.isValid() ? comment.date.toUTC() : now;
        outcome.claims.append(claim);
    }
    return outcome;
}

} // namespace ktk
