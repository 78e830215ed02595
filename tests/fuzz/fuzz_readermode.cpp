// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reader mode on any page: ReaderMode::extract, then the sanitizer as the
// importer runs it. Input: the page's bytes (read as UTF-8, as decodeHtml
// would). Oracles: no article means no HTML; the same page gives the same
// result; what comes out is bounded by what went in; and the text kept is
// text of the page (every character of the reader's sanitized output that is
// not markup is found, in order, in the full page's).

#include "fuzzcommon.h"

#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"
#include "import/readermode.h"

using namespace ktk;

namespace {

// The decoded text of a sanitized page, markup left out.
QString textOf(const QString &html)
{
    QString text;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::Text)
            text += HtmlTokenizer::decodeEntities(token.text);
    }
    text.remove(u' ');   // the sanitizer keeps words apart with spaces of its own
    return text;
}

// Whether needle's characters all occur in haystack in the same order.
bool isSubsequence(const QString &needle, const QString &haystack)
{
    qsizetype h = 0;
    for (QChar c : needle) {
        while (h < haystack.size() && haystack.at(h) != c)
            ++h;
        if (h == haystack.size())
            return false;
        ++h;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const ReaderMode::Result result = ReaderMode::extract(html);
    KTK_FUZZ_CHECK(result.isArticle || result.html.isEmpty(), "no article found, but HTML returned");
    KTK_FUZZ_CHECK(!result.isArticle || !result.html.isEmpty(), "an article found without HTML");
    // Attribute values are escaped again ('&' takes five characters), tags
    // closed and a frame added: a bounded growth.
    KTK_FUZZ_CHECK(result.html.size() <= 6 * html.size() + 4096, "the article is out of proportion to the page");

    const ReaderMode::Result again = ReaderMode::extract(html);
    KTK_FUZZ_CHECK(again.isArticle == result.isArticle && again.html == result.html,
                   "the same page gave another result");

    if (result.isArticle) {
        const QString reader = textOf(HtmlSanitizer::sanitize(result.html));
        const QString full = textOf(HtmlSanitizer::sanitize(html));
        KTK_FUZZ_CHECK(isSubsequence(reader, full), "the reader shows text the full page does not have");
    }
    return 0;
}
