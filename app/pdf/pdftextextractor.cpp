// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdftextextractor.h"

#include "pdf/pdfdocument.h"

namespace ktk {

PdfText PdfTextExtractor::extract(const PdfDocument &document, const Progress &progress)
{
    PdfText result;
    const int count = document.pageCount();
    result.pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        // pageText() takes the document's lock for this page only.
        const PdfPageText page = document.pageText(i);
        if (i > 0)
            result.text.append(PdfText::PageSeparator);
        PdfPageInfo info;
        info.page = i;
        info.size = document.pageSize(i);
        info.textStart = int(result.text.size());
        result.text.append(page.text());
        info.textEnd = int(result.text.size());
        result.pages.append(info);
        if (progress && !progress(i + 1, count))
            return {};
    }
    return result;
}

} // namespace ktk
