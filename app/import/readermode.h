// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ktk {

// Reader mode: finds the article in a saved web page and leaves out what the
// site puts around it (navigation, share and subscribe blocks, comments,
// related stories, cookie notices, footers). Generic signals only, no rules
// for particular sites: how much text each block holds and how much of it is
// links, class and id names, <article>, <main>, role=main and schema.org's
// articleBody. The main container is chosen by scoring the parents of
// paragraphs (as Mozilla's Readability does), the blocks inside it that look
// like boilerplate are dropped (as jusText and trafilatura prune), and
// siblings that look like more of the article are added.
//
// Linear in the page: a bounded DOM built with HtmlTokenizer, no recursion,
// nesting beyond HtmlSanitizer::MaxDepth flattened as the sanitizer does.
class ReaderMode
{
public:
    struct Result
    {
        // The article as HTML: headline, byline and date when found, and
        // the body with its headings, paragraphs, lists, quotes, tables and
        // captions. Raw, not yet sanitised: the caller runs
        // HtmlSanitizer::sanitize() on it. Text is passed through as the
        // page has it, so what is kept renders exactly as on the full page.
        QString html;
        // False when the page has no main text (a front page, a search
        // result, an index): html is then empty and the caller shows the
        // whole page.
        bool isArticle = false;
    };

    // Pages with more elements than this are not looked into (isArticle false).
    static constexpr qsizetype MaxNodes = 2'000'000;

    static Result extract(const QString &decodedHtml);
};

} // namespace ktk
