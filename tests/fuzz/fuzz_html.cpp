// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The HTML path of an import without Qt's text engine: tokenizer, sanitizer,
// metadata. Input: the page's bytes (read as UTF-8, as decodeHtml would).
// Oracles: the tokenizer moves forward on every token; what the sanitizer lets
// through holds only the elements, attributes and URLs it promises.

#include "fuzzcommon.h"

#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"

#include <QRegularExpression>
#include <QSet>

using namespace ktk;

namespace {

bool startsWithAny(const QString &value, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (value.startsWith(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The sanitizer writes a few fixed styles of its own (monospace for <code>
// and <pre>); a page's own styles go. Whatever its text, a style of plain
// words, numbers and separators can neither fetch (url(), @import) nor run
// (expression()) anything.
bool isInertStyle(const QString &style)
{
    for (QChar c : style) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !QStringView(u" :;.,%#-").contains(c))
            return false;
    }
    return !style.contains(QLatin1String("url"), Qt::CaseInsensitive)
        && !style.contains(QLatin1String("expression"), Qt::CaseInsensitive)
        && !style.contains(QLatin1String("import"), Qt::CaseInsensitive);
}

// The sanitizer's output goes to QTextDocument::setHtml. Read back with our
// own tokenizer it must hold nothing that runs, fetches or hides: only the
// elements HtmlSanitizer keeps or renames to, only structural attributes
// and inert styles, links only to the web, mail or the page itself, images
// only as data: URLs.
void checkSanitized(const QString &clean)
{
    static const QSet<QString> elements = [] {
        QSet<QString> s;
        for (const char *n : { "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                               "dl", "dt", "dd", "blockquote", "pre", "hr", "br", "table", "thead", "tbody",
                               "tfoot", "tr", "td", "th", "caption", "a", "b", "strong", "i", "em", "u", "s",
                               "sub", "sup", "small", "big", "code", "kbd", "samp", "tt", "var", "cite", "dfn",
                               "span", "nobr", "img", "address" })
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    static const QSet<QString> attributes = [] {
        QSet<QString> s;
        for (const char *n : { "lang", "dir", "id", "href", "name", "title", "src", "alt", "width", "height",
                               "colspan", "rowspan", "align", "valign", "border", "cellpadding", "cellspacing",
                               "start", "type", "value", "style" })
            s.insert(QString::fromLatin1(n));
        return s;
    }();

    HtmlTokenizer tokenizer(clean);
    HtmlToken token;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::Text)
            continue;
        QString problem;
        if (!elements.contains(token.name))
            problem = QStringLiteral("an element it does not keep");
        for (const HtmlAttribute &a : token.attributes) {
            if (!attributes.contains(a.name))
                problem = QStringLiteral("an attribute it does not keep: ") + a.name;
            else if (a.name == QLatin1String("href") && !a.value.startsWith(u'#')
                     && !startsWithAny(a.value, { "http:", "https:", "mailto:" }))
                problem = QStringLiteral("a link that is not to the web, mail or the page: ") + a.value;
            else if (a.name == QLatin1String("style") && !isInertStyle(a.value))
                problem = QStringLiteral("a style that could fetch or run something: ") + a.value;
            else if (a.name == QLatin1String("src")
                     && (token.name != QLatin1String("img")
                         || !a.value.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive)))
                problem = QStringLiteral("an image that is not embedded: ") + a.value;
        }
        if (!problem.isEmpty())
            std::fprintf(stderr, "<%s>: %s\n", qPrintable(token.name), qPrintable(problem));
        KTK_FUZZ_CHECK(problem.isEmpty(), "the sanitizer let through what it promises to remove");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // Every token consumes at least one character, so the number of tokens
    // is bounded by the length: the tokenizer is linear and cannot loop.
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    qsizetype tokens = 0;
    while (tokenizer.next(token))
        KTK_FUZZ_CHECK(++tokens <= html.size(), "the tokenizer returned a token without moving on");

    (void)HtmlTokenizer::decodeEntities(html);
    checkSanitized(HtmlSanitizer::sanitize(html));

    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(html);
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    KTK_FUZZ_CHECK(meta.language.isEmpty() || language.match(meta.language).hasMatch(),
                   "the page language is not an ISO 639 code");
    KTK_FUZZ_CHECK(meta.sourceUrl.isEmpty() || startsWithAny(meta.sourceUrl, { "http://", "https://", "//" }),
                   "the source URL is not a web address");
    return 0;
}
