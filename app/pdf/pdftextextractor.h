// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QString>
#include <QVector>

#include <functional>

namespace ktk {

class PdfDocument;

// The text of a whole PDF: every page's PdfPageText::text() in page order,
// joined by PageSeparator. This becomes the document's canonical text, so
// text anchors of PDF claims are offsets into it.
struct PdfText
{
    static constexpr QStringView PageSeparator = u"\n\n";
    QString text;
    QVector<PdfPageInfo> pages;
};

class PdfTextExtractor
{
public:
    // Called after each page with (pages done, page count); returning false
    // cancels, and extract() then returns an empty PdfText with no pages.
    using Progress = std::function<bool(int done, int total)>;
    // Page by page, so it can run in a worker thread while the view renders
    // from the same document: each page takes the document's lock only briefly.
    static PdfText extract(const PdfDocument &document, const Progress &progress = {});
};

} // namespace ktk
