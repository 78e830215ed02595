// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmltokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ktk {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isRawTextElement(const QString &name)
{
    static const char *const names[] = { "script", "style", "title", "textarea", "xmp", "iframe",
                                         "noembed", "noframes", "noscript", "plaintext" };
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

// Code points U+00A0..U+00FF, in order, as HTML 4 names them.
const char *const Latin1Names[96] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
    "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
    "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
    "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
    "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
    "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
    "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
    "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
};

struct NamedEntity { const char *name; char32_t code; };
const NamedEntity OtherNames[] = {
    { "quot", 34 }, { "amp", 38 }, { "apos", 39 }, { "lt", 60 }, { "gt", 62 },
    { "OElig", 338 }, { "oelig", 339 }, { "Scaron", 352 }, { "scaron", 353 }, { "Yuml", 376 },
    { "fnof", 402 }, { "circ", 710 }, { "tilde", 732 }, { "ensp", 8194 }, { "emsp", 8195 },
    { "thinsp", 8201 }, { "zwnj", 8204 }, { "zwj", 8205 }, { "lrm", 8206 }, { "rlm", 8207 },
    { "ndash", 8211 }, { "mdash", 8212 }, { "lsquo", 8216 }, { "rsquo", 8217 }, { "sbquo", 8218 },
    { "ldquo", 8220 }, { "rdquo", 8221 }, { "bdquo", 8222 }, { "dagger", 8224 }, { "Dagger", 8225 },
    { "bull", 8226 }, { "hellip", 8230 }, { "permil", 8240 }, { "prime", 8242 }, { "Prime", 8243 },
    { "lsaquo", 8249 }, { "rsaquo", 8250 }, { "oline", 8254 }, { "euro", 8364 }, { "trade", 8482 },
    { "larr", 8592 }, { "uarr", 8593 }, { "rarr", 8594 }, { "darr", 8595 }, { "harr", 8596 },
    { "minus", 8722 }, { "ne", 8800 }, { "le", 8804 }, { "ge", 8805 }, { "NewLine", 10 }, { "Tab", 9 },
};

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        for (int i = 0; i < 96; ++i)
            t.insert(QString::fromLatin1(Latin1Names[i]), char32_t(0xA0 + i));
        for (const NamedEntity &e : OtherNames)
            t.insert(QString::fromLatin1(e.name), e.code);
        return t;
    }();
    return table;
}

// HTML maps numeric references to C1 controls as if they were Windows-1252.
constexpr char16_t C1AsCp1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code <= 0x9F)
        code = C1AsCp1252[code - 0x80];
    const char32_t one[1] = { code };
    out.append(QString::fromUcs4(one, 1));
}

} // namespace

QString HtmlToken::attribute(QLatin1String wanted) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == wanted)
            return a.value;
    }
    return QString();
}

bool HtmlToken::hasAttribute(QLatin1String wanted) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == wanted)
            return true;
    }
    return false;
}

bool HtmlTokenizer::isVoidElement(QStringView name)
{
    static const char *const names[] = { "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
                                         "link", "meta", "param", "source", "track", "wbr", "frame", "basefont",
                                         "bgsound" };
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (amp >= 0) {
        out.append(text.mid(pos, amp - pos));
        qsizetype p = amp + 1;
        bool decoded = false;
        if (p < text.size() && text.at(p) == u'#') {
            ++p;
            const bool hex = p < text.size() && (text.at(p) == u'x' || text.at(p) == u'X');
            if (hex)
                ++p;
            const qsizetype digitsStart = p;
            char32_t code = 0;
            while (p < text.size()) {
                const QChar c = text.at(p);
                const int digit = (c >= u'0' && c <= u'9') ? c.unicode() - u'0'
                    : (hex && c >= u'a' && c <= u'f') ? c.unicode() - u'a' + 10
                    : (hex && c >= u'A' && c <= u'F') ? c.unicode() - u'A' + 10
                    : -1;
                if (digit < 0)
                    break;
                if (code <= 0x10FFFF)
                    code = code * (hex ? 16 : 10) + char32_t(digit);
                ++p;
            }
            if (p > digitsStart) {
                if (p < text.size() && text.at(p) == u';')
                    ++p;
                appendCodePoint(out, code);
                decoded = true;
            }
        } else {
            const qsizetype nameStart = p;
            while (p < text.size() && p - nameStart < 32 && isAsciiAlnum(text.at(p)))
                ++p;
            const QString name = text.mid(nameStart, p - nameStart).toString();
            const auto it = entityTable().constFind(name);
            if (it != entityTable().constEnd()) {
                const bool semicolon = p < text.size() && text.at(p) == u';';
                // Legacy references without ';' only where they cannot be
                // part of a query string such as "?a=1&copy=2".
                const bool legacyOk = !semicolon && *it < 0x100
                    && !(p < text.size() && (text.at(p) == u'=' || isAsciiAlnum(text.at(p))));
                if (semicolon || legacyOk) {
                    if (semicolon)
                        ++p;
                    appendCodePoint(out, *it);
                    decoded = true;
                }
            }
        }
        if (!decoded) {
            out.append(u'&');
            p = amp + 1;
        }
        pos = p;
        amp = text.indexOf(u'&', pos);
    }
    out.append(text.mid(pos));
    return out;
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token.attributes.clear();
    token.name.clear();
    token.text = QStringView();
    const qsizetype size = m_html.size();

    if (!m_rawTextEnd.isEmpty()) {
        const QString name = std::exchange(m_rawTextEnd, QString());
        qsizetype end = size;
        for (qsizetype from = m_pos;;) {
            const qsizetype i = m_html.indexOf(u"</", from);
            if (i < 0)
                break;
            const qsizetype after = i + 2 + name.size();
            if (m_html.mid(i + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (after >= size || isHtmlSpace(m_html.at(after)) || m_html.at(after) == u'>'
                    || m_html.at(after) == u'/')) {
                end = i;
                break;
            }
            from = i + 2;
        }
        if (end > m_pos) {
            token.type = HtmlToken::Type::Text;
            token.text = m_html.mid(m_pos, end - m_pos);
            m_pos = end;
            return true;
        }
    }

    while (m_pos < size) {
        if (m_html.at(m_pos) != u'<') {
            qsizetype end = m_html.indexOf(u'<', m_pos);
            if (end < 0)
                end = size;
            token.type = HtmlToken::Type::Text;
            token.text = m_html.mid(m_pos, end - m_pos);
            m_pos = end;
            return true;
        }
        const qsizetype before = m_pos;
        if (readTag(token))
            return true;
        if (m_pos == before) {
            // A '<' that starts no markup is text.
            token.type = HtmlToken::Type::Text;
            token.text = m_html.mid(m_pos, 1);
            ++m_pos;
            return true;
        }
    }
    return false;
}

void HtmlTokenizer::skipPast(QStringView terminator)
{
    const qsizetype i = m_html.indexOf(terminator, m_pos);
    m_pos = i < 0 ? m_html.size() : i + terminator.size();
}

// At a '<'. Returns true with a tag in token; false after skipping a comment
// or similar (m_pos moved), or false with m_pos unchanged for a literal '<'.
bool HtmlTokenizer::readTag(HtmlToken &token)
{
    const qsizetype size = m_html.size();
    const QStringView rest = m_html.mid(m_pos);
    if (rest.size() < 2)
        return false;
    const QChar second = rest.at(1);

    if (second == u'!') {
        if (rest.startsWith(u"<!--")) {
            m_pos += 2;   // so that "<!-->" ends at once, as in browsers
            skipPast(u"-->");
        } else if (rest.startsWith(u"<![CDATA[")) {
            skipPast(u"]]>");
        } else {
            skipPast(u">");
        }
        return false;
    }
    if (second == u'?') {
        skipPast(u">");
        return false;
    }

    const bool endTag = second == u'/';
    const qsizetype nameStart = m_pos + (endTag ? 2 : 1);
    if (nameStart >= size || !isAsciiLetter(m_html.at(nameStart))) {
        if (endTag) {   // "</>" or "</3": ignored by browsers
            skipPast(u">");
            return false;
        }
        return false;
    }
    qsizetype p = nameStart;
    while (p < size && !isHtmlSpace(m_html.at(p)) && m_html.at(p) != u'/' && m_html.at(p) != u'>')
        ++p;
    token.name = m_html.mid(nameStart, p - nameStart).toString().toLower();
    m_pos = p;

    if (endTag) {
        token.type = HtmlToken::Type::EndTag;
        skipPast(u">");
        return true;
    }
    token.type = HtmlToken::Type::StartTag;
    readAttributes(token);
    if (isRawTextElement(token.name))
        m_rawTextEnd = token.name;
    return true;
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    // Real tags have a handful of attributes, found by a scan; a crafted one
    // with 200,000 made that scan quadratic (minutes). Past a few, a hash
    // finds duplicates, and past MaxAttributes the rest are read but not
    // kept: nothing we show needs them, and memory stays bounded per tag.
    constexpr qsizetype ScanLimit = 16;
    QSet<QString> seen;
    const qsizetype size = m_html.size();
    qsizetype &p = m_pos;
    for (;;) {
        while (p < size && (isHtmlSpace(m_html.at(p)) || m_html.at(p) == u'/'))
            ++p;
        if (p >= size)
            return;
        if (m_html.at(p) == u'>') {
            ++p;
            return;
        }
        const qsizetype nameStart = p;
        ++p;   // a first '=' belongs to the name
        while (p < size && !isHtmlSpace(m_html.at(p)) && m_html.at(p) != u'/' && m_html.at(p) != u'>'
               && m_html.at(p) != u'=')
            ++p;
        HtmlAttribute attribute;
        attribute.name = m_html.mid(nameStart, p - nameStart).toString().toLower();
        while (p < size && isHtmlSpace(m_html.at(p)))
            ++p;
        if (p < size && m_html.at(p) == u'=') {
            ++p;
            while (p < size && isHtmlSpace(m_html.at(p)))
                ++p;
            if (p < size && (m_html.at(p) == u'"' || m_html.at(p) == u'\'')) {
                const QChar quote = m_html.at(p++);
                qsizetype end = m_html.indexOf(quote, p);
                if (end < 0)
                    end = size;
                attribute.value = decodeEntities(m_html.mid(p, end - p));
                p = qMin(end + 1, size);
            } else {
                const qsizetype valueStart = p;
                while (p < size && !isHtmlSpace(m_html.at(p)) && m_html.at(p) != u'>')
                    ++p;
                attribute.value = decodeEntities(m_html.mid(valueStart, p - valueStart));
            }
        }
        if (token.attributes.size() >= MaxAttributes)
            continue;
        // The first of duplicated attributes wins, as in browsers.
        bool duplicate = false;
        if (token.attributes.size() < ScanLimit) {
            duplicate = std::any_of(token.attributes.cbegin(), token.attributes.cend(),
                                    [&](const HtmlAttribute &a) { return a.name == attribute.name; });
        } else {
            if (seen.isEmpty()) {
                for (const HtmlAttribute &a : std::as_const(token.attributes))
                    seen.insert(a.name);
            }
            duplicate = seen.contains(attribute.name);
            if (!duplicate)
                seen.insert(attribute.name);
        }
        if (!duplicate)
            token.attributes.append(std::move(attribute));
    }
}

} // namespace ktk
