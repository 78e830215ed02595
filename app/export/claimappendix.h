// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportclaim.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace ktk {

// The appendix of an export: a PDF with a table of the claims (number, page,
// type, status, claimant, quote, note), portrait, long text wrapped, the
// header row repeated on every page. AnnotatedPdfWriter appends its pages
// after the document's. Needs a QGuiApplication (fonts).
class ClaimAppendix
{
    Q_DECLARE_TR_FUNCTIONS(ClaimAppendix)

public:
    static Result<QByteArray> typeset(const QString &documentTitle, const QVector<ExportClaim> &claims);
};

} // namespace ktk
