// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/webpagereextraction.h"

#include "anchor/textanchorresolver.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"
#include "store/documentlimits.h"

#include <QLocale>

namespace ktk {

namespace {

QString shownName(const Document &doc)
{
    return doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title;
}

} // namespace

Result<WebPageReextraction::Plan> WebPageReextraction::prepare(const Document &doc, const QVector<Annotation> &claims,
                                                               ContentExtraction wanted)
{
    if (!applies(doc.format)) {
        return Status::failure(tr("\u201c%1\u201d is not a web page: only web pages can be imported as article or "
                                  "as whole page.").arg(shownName(doc)));
    }
    // A project file comes from anywhere: its stored page is held to the
    // import's limits before anything is made of it.
    if (doc.originalBytes.size() > DocumentLimits::MaxOriginalBytes) {
        return Status::failure(tr("\u201c%1\u201d cannot be imported again: its stored page is larger than the "
                                  "%2 MB Kanttekening imports.")
                                   .arg(shownName(doc), QString::number(DocumentLimits::MaxOriginalBytes >> 20)));
    }
    const QString source = DocumentRenderer::decodeSource(doc.format, doc.originalBytes);
    Plan plan;
    plan.document = doc.id;
    {
        SafeTextDocument rendered;
        plan.extraction = DocumentRenderer::renderSource(doc.format, source, &rendered, wanted);
        plan.text = rendered.toPlainText();
        // As at import: an "article" of nothing but white space is no article.
        if (plan.extraction == ContentExtraction::Article && plan.text.trimmed().isEmpty()) {
            rendered.clear();
            plan.extraction = DocumentRenderer::renderSource(doc.format, source, &rendered, ContentExtraction::FullPage);
            plan.text = rendered.toPlainText();
        }
    }
    if (plan.text.trimmed().isEmpty()) {
        return Status::failure(tr("\u201c%1\u201d cannot be imported again: its stored page shows no text.")
                                   .arg(shownName(doc)));
    }
    if (plan.text.size() > DocumentLimits::MaxCharacters) {
        return Status::failure(tr("\u201c%1\u201d cannot be imported again: the page holds %2 characters of "
                                  "text, more than the %3 Kanttekening shows.")
                                   .arg(shownName(doc), QLocale().toString(qint64(plan.text.size())),
                                        QLocale().toString(DocumentLimits::MaxCharacters)));
    }
    if (plan.extraction == doc.extraction && plan.text == doc.canonicalText) {
        plan.unchangedReason = wanted == ContentExtraction::Article && plan.extraction == ContentExtraction::FullPage
            ? tr("Reader mode finds no article in \u201c%1\u201d (a front page or a list of links, say): it stays "
                 "the whole page.").arg(shownName(doc))
            : tr("\u201c%1\u201d is shown this way already.").arg(shownName(doc));
        return plan;
    }

    for (const Annotation &claim : claims) {
        if (claim.documentId != doc.id)
            continue;
        // The old offsets mean nothing in the new text: the quote and its
        // context decide where the claim now is. The old text is at hand,
        // so the context can be as wide as the resolver weighs: a quote
        // repeated in every paragraph is told apart by what precedes it.
        TextSelector selector = claim.anchor.text();
        if (TextAnchorResolver::holdsQuote(doc.canonicalText, selector)) {
            const int from = qMax(0, selector.start - TextSelector::MaxContextLength);
            selector.prefix = doc.canonicalText.mid(from, selector.start - from);
            selector.suffix = doc.canonicalText.mid(selector.end, TextSelector::MaxContextLength);
        }
        selector.start = selector.end = -1;
        const TextAnchorResolver::Resolution found = selector.exact.isEmpty()
            ? TextAnchorResolver::Resolution()
            : TextAnchorResolver::resolve(plan.text, selector);
        if (!found.isAnchored()) {
            plan.notFound.append(claim);
            continue;
        }
        Annotation moved = claim;
        moved.anchor.setText(TextSelector::fromRange(plan.text, found.start, found.end));
        plan.carried.append(moved);
    }
    return plan;
}

} // namespace ktk
