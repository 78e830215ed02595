// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace ktk {

// One claim as an export writes it: everything already resolved to what the
// reader of the exported file sees, in the interface language of the moment.
struct ExportClaim
{
    qint64 id = 0;
    int number = 0;             // 1, 2, … in reading order: the marker in the text and the appendix
    QString uniqueName;         // /NM: the same on every export of the same claim
    Anchor anchor;              // page regions for a PDF; a text anchor for a text document
    QColor colour;              // the claim type's colour
    QString typeName;
    QString statusName;
    QString claimant;
    QString note;
    QString quote;
    QString author;             // who made the claim
    QDateTime created;          // UTC
    QDateTime modified;         // UTC
    int page = -1;              // 0-based page the claim starts on (PDFs, and typeset text once laid out)
};

enum class NotePlacement { Popup, Margin, Appendix };

struct PdfExportOptions
{
    NotePlacement notes = NotePlacement::Popup;
    bool appendix = false;      // a table of the claims after the document
    bool flatten = false;       // highlights and notes burnt into the page content, no annotations left
    QString annotationAuthor;   // /T of every annotation (a setting; the user name by default)
};

// Called after each step (a page, a claim) with (done, total); false cancels.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace ktk
