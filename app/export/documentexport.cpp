// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/documentexport.h"

#include "export/annotatedpdfwriter.h"
#include "export/claimappendix.h"
#include "export/textpdftypesetter.h"
#include "store/defaultcodebook.h"
#include "store/documentlimits.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ktk {

bool ClaimFilter::matches(const Annotation &a) const
{
    if (!types.isEmpty() && !types.contains(a.typeId))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(a.status))
        return false;
    if (!tag.isEmpty()
        && std::none_of(a.tags.cbegin(), a.tags.cend(),
                        [this](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; }))
        return false;
    if (!text.isEmpty() && !a.quote().contains(text, Qt::CaseInsensitive) && !a.note.contains(text, Qt::CaseInsensitive)
        && !a.claimant.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

QVector<ExportClaim> DocumentExport::claimsOf(const ProjectStore &store, DocumentId id, const ClaimFilter &filter)
{
    QHash<ClaimTypeId, ClaimType> types;
    for (const ClaimType &t : store.claimTypes())
        types.insert(t.id, t);
    QVector<Annotation> annotations = store.annotations(id);
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        const qint64 ka = a.anchor.positionKey();
        const qint64 kb = b.anchor.positionKey();
        return ka != kb ? ka < kb : a.id < b.id;
    });
    QVector<ExportClaim> claims;
    for (const Annotation &a : qAsConst(annotations)) {
        if (!a.anchor.isValid() || !filter.matches(a))
            continue;
        const ClaimType type = types.value(a.typeId);
        ExportClaim c;
        c.id = a.id;
        c.number = int(claims.size()) + 1;
        // The same on every export of the same claim, and different for
        // another claim that happens to have the same id in another project.
        c.uniqueName = QStringLiteral("kanttekening-%1-%2").arg(a.id).arg(a.created.toMSecsSinceEpoch());
        c.anchor = a.anchor;
        c.colour = type.colour.isValid() ? type.colour : QColor(QStringLiteral("#ffd54f"));
        c.typeName = DefaultCodebook::displayName(type);
        c.statusName = VerificationStatusNames::displayName(a.status);
        c.claimant = a.claimant;
        c.note = a.note;
        c.quote = a.quote();
        c.author = a.author;
        c.created = a.created;
        c.modified = a.modified;
        c.page = a.anchor.isOnPages() ? a.anchor.page().page : -1;
        claims.append(c);
    }
    return claims;
}

namespace {
// Whether a claim has anything to draw on a file of pageCount pages.
bool placeable(const ExportClaim &claim, int pageCount)
{
    for (const PageSelector &region : claim.anchor.regions()) {
        if (region.isValid() && region.page < pageCount && !region.quads.isEmpty())
            return true;
    }
    return false;
}

int unplaceable(const QVector<ExportClaim> &claims, int pageCount)
{
    return int(std::count_if(claims.cbegin(), claims.cend(),
                             [pageCount](const ExportClaim &c) { return !placeable(c, pageCount); }));
}
} // namespace

Result<DocumentExport::Outcome> DocumentExport::exportDocument(const ProjectStore &store, DocumentId id,
                                                               const ClaimFilter &filter,
                                                               const PdfExportOptions &options,
                                                               const QString &outPath, const ExportProgress &progress)
{
    const auto size = store.documentSize(id);
    std::optional<Document> doc = store.document(id, ProjectStore::Content::WithoutOriginal);
    if (!doc || !size)
        return Status::failure(tr("The project has no document %1.").arg(id));
    const QString title = doc->meta.title.isEmpty() ? doc->fileName : doc->meta.title;
    if (size->characters > DocumentLimits::MaxCharacters
        || size->originalBytes > DocumentLimits::maxOriginalBytes(doc->format == SourceFormat::Pdf)) {
        return Status::failure(tr("\u201c%1\u201d is too large to export.").arg(title));
    }
    const QVector<ExportClaim> claims = claimsOf(store, id, filter);

    QByteArray appendix;
    auto makeAppendix = [&](const QVector<ExportClaim> &numbered, bool needed) -> Status {
        if (!needed && !options.appendix && options.notes != NotePlacement::Appendix)
            return {};
        const Result<QByteArray> typeset = ClaimAppendix::typeset(title, numbered);
        if (!typeset)
            return Status::failure(typeset.error());
        appendix = *typeset;
        return {};
    };

    if (doc->format == SourceFormat::Pdf) {
        const QByteArray bytes = store.originalBytes(id);
        // A claim with no place on the pages (a page the file lacks) is
        // still carried, in the appendix.
        const int notPlaced = unplaceable(claims, doc->pageCount);
        if (const Status s = makeAppendix(claims, notPlaced > 0); !s)
            return s;
        // A PDF's own pages have no margin to spare: its notes become pop-ups.
        PdfExportOptions pdfOptions = options;
        if (pdfOptions.notes == NotePlacement::Margin)
            pdfOptions.notes = NotePlacement::Popup;
        const Status written = AnnotatedPdfWriter::write(bytes, doc->pdfPassword, title, claims, pdfOptions, outPath,
                                                         appendix, progress);
        if (!written)
            return written;
        return Outcome{outPath, int(claims.size()), notPlaced};
    }

    doc->originalBytes = store.originalBytes(id);
    const Result<TypesetResult> typeset = TextPdfTypesetter::typeset(*doc, claims, options, progress);
    if (!typeset)
        return Status::failure(typeset.error());
    const int notPlaced = unplaceable(typeset->claims, typeset->pageCount);
    if (const Status s = makeAppendix(typeset->claims, notPlaced > 0 || !typeset->notesContinued.isEmpty()); !s)
        return s;
    const Status written = AnnotatedPdfWriter::write(typeset->pdf, QString(), title, typeset->claims, options,
                                                     outPath, appendix, progress);
    if (!written)
        return written;
    return Outcome{outPath, int(claims.size()), notPlaced};
}

QString DocumentExport::fileNameFor(const DocumentSummary &doc, QStringList *taken)
{
    QString base = (doc.meta.title.isEmpty() ? QFileInfo(doc.fileName).completeBaseName() : doc.meta.title).simplified();
    // Characters that some file system refuses, and leading dots.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    base.replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.size() > 80)
        base = base.left(80).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("document-%1").arg(doc.id);
    QString name = base + QStringLiteral(".pdf");
    for (int n = 2; taken && taken->contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2).pdf").arg(base).arg(n);
    if (taken)
        taken->append(name);
    return name;
}

} // namespace ktk
