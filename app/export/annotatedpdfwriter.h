// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportclaim.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace ktk {

// Writes claims into a copy of a PDF as real annotations that every reader
// draws the same: /Highlight (text claims, one per page a claim crosses) or
// /Square (area claims), each with an /AP appearance stream blended with
// /Multiply, a stable /NM and, for claims with a note, a /Popup.
// Built on qpdf's library: Poppler-Qt6 22.12 writes no /AP, no /Popup and an
// empty /NM. The source bytes are never changed.
class AnnotatedPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatedPdfWriter)

public:
    // The annotated copy written to outPath through a temporary file in the
    // same folder, renamed into place only when all went well.
    // sourceName names the source in messages; appendixPdf (may be empty) is
    // appended after the document's pages.
    static Status write(const QByteArray &sourcePdf, const QString &password, const QString &sourceName,
                        const QVector<ExportClaim> &claims, const PdfExportOptions &options,
                        const QString &outPath, const QByteArray &appendixPdf = {},
                        const ExportProgress &progress = {});

    // The same into memory.
    static Result<QByteArray> annotate(const QByteArray &sourcePdf, const QString &password,
                                       const QString &sourceName, const QVector<ExportClaim> &claims,
                                       const PdfExportOptions &options, const QByteArray &appendixPdf = {},
                                       const ExportProgress &progress = {});

    // The /Contents of a claim's annotation: type, status, claimant and note,
    // one per line, with translated labels.
    static QString contentsFor(const ExportClaim &claim);
    // D:YYYYMMDDHHmmSSZ
    static QByteArray pdfDate(const QDateTime &utc);
};

} // namespace ktk
