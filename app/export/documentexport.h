// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportclaim.h"
#include "store/records.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

namespace ktk {

class ProjectStore;

// Which claims an export takes: all, or those a filter in the panel (or on
// the command line) lets through. Empty sets let everything through.
struct ClaimFilter
{
    QSet<ClaimTypeId> types;
    QSet<VerificationStatus> statuses;
    QString tag;            // case-insensitive, whole tag
    QString text;           // case-insensitive, in quote, note or claimant
    bool matches(const Annotation &a) const;
};

// One document of the project exported as an annotated PDF: a PDF gets real
// annotations on its own pages; a text document is typeset first and gets the
// same annotations over the typeset words. Reads the project, never writes
// it; the target is written through a temporary file (AnnotatedPdfWriter).
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExport)

public:
    // The document's claims as the export writes them, in reading order,
    // numbered from 1, names and statuses in the interface language.
    static QVector<ExportClaim> claimsOf(const ProjectStore &store, DocumentId id, const ClaimFilter &filter);

    struct Outcome
    {
        QString path;       // what was written
        int claims = 0;     // how many claims it carries
        int notPlaced = 0;  // of those, how many had no place on the pages (in the appendix only)
    };
    static Result<Outcome> exportDocument(const ProjectStore &store, DocumentId id, const ClaimFilter &filter,
                                          const PdfExportOptions &options, const QString &outPath,
                                          const ExportProgress &progress = {});

    // A file name for a document in a folder export: its title made safe,
    // ending in .pdf, unique among taken (case-insensitively).
    static QString fileNameFor(const DocumentSummary &doc, QStringList *taken);
};

} // namespace ktk
