// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/webmetadata.h"

#include <QString>

namespace ktk {

struct HtmlToken;

// Strips what a reader must never run or fetch from a saved web page: scripts,
// styles, iframes, objects, forms, links to style sheets, event attributes, and
// every image that is not an embedded data: URL. Also reads the metadata
// (WebMetadata).
class HtmlSanitizer
{
public:
    using Metadata = WebPageMetadata;

    // Limits on what QTextDocument is given (see Writer in the .cpp): beyond
    // them elements are flattened, their text kept and their tags not.
    static constexpr int MaxDepth = 512;              // nested elements
    static constexpr int MaxTableDepth = 8;           // nested tables
    static constexpr qsizetype MaxElements = 100000;  // tags in all

    static QString sanitize(const QString &html);
    // The end tags HTML lets authors leave out: whether a start tag start
    // ends the open element open (a new <li> the previous one, a block an
    // open <p>). Reader mode builds its tree by the same rule, so that both
    // see the same nesting.
    static bool impliesEndOf(const QString &start, const QString &open);
    static Metadata metadata(const QString &html);
    // Whether an element is left out with everything in it: hidden from a
    // browser (hidden, display:none, role=navigation) or a heading's
    // permalink marker. Reader mode asks too, so that it never keeps text
    // from inside such an element that the full page does not show.
    static bool isUnshown(const HtmlToken &tag);
};

} // namespace ktk
