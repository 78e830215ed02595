// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportclaim.h"
#include "store/records.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace ktk {

struct TypesetResult
{
    QByteArray pdf;
    // The claims given, in the same order, with anchors replaced by
    // Anchor::forPages(one quad per typeset line, normalised, origin top-left;
    // the original text selector kept) and page set. A claim whose text range
    // is not in the document keeps its anchor and page -1.
    QVector<ExportClaim> claims;
    int pageCount = 0;
    // Numbers of the claims whose margin note did not fit whole beside its
    // text: the export then adds the appendix, where the note is in full.
    QVector<int> notesContinued;
};

// Typesets a text document (txt, md, html) as a PDF for AnnotatedPdfWriter:
// a title and metadata header, the rendered text page by page, page numbers,
// the claims as light fills in their colours with numbered markers, and notes
// in the right margin when options.notes is Margin. Needs a QGuiApplication
// (fonts). Ligatures are not formed, so the PDF's text equals the article's.
class TextPdfTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(TextPdfTypesetter)

public:
    static Result<TypesetResult> typeset(const Document &doc, const QVector<ExportClaim> &claims,
                                         const PdfExportOptions &options, const ExportProgress &progress = {});
};

} // namespace ktk
