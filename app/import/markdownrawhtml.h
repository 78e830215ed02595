// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ktk {

// Raw HTML inside Markdown, as Qt 6.4's Markdown importer will meet it.
//
// That importer collects raw HTML until as many tags have closed as opened,
// counting "<x" against "</" and "/>". A void element written the HTML way,
// <br> or <img src="...">, never closes, so it waits for ever: every word
// after it is lost, without a warning. Written <br /> it closes.
class MarkdownRawHtml
{
public:
    struct Prepared
    {
        QString markdown;                 // void elements outside code written self-closing
        bool hasRawHtml = false;          // tags, comments or declarations outside code
        bool hasFixedPitchHtml = false;   // among them <code>, <kbd>, <pre>, <samp> or <tt>
        // More tags, or deeper nested elements or tables, than HtmlSanitizer
        // gives Qt: too slow to parse or lay out.
        bool exceedsHtmlLimits = false;
    };

    // Looks for tags outside fenced, indented and inline code, as CommonMark
    // tells them apart. Where it cannot tell (lists, lazy lines), it leaves
    // the text alone: the renderer checks that nothing was lost anyway.
    static Prepared prepare(const QString &markdown);
};

} // namespace ktk
