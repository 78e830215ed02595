// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownrawhtml.h"

#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"

namespace ktk {

namespace {

// A tag longer than this is not looked at: it keeps the scan linear on a
// line of a million '<', and what is missed is caught by the renderer.
constexpr qsizetype MaxTagLength = 512;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c == u'\r';
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

bool isFixedPitchElement(const QString &name)
{
    return name == QLatin1String("code") || name == QLatin1String("kbd") || name == QLatin1String("pre")
        || name == QLatin1String("samp") || name == QLatin1String("tt");
}

struct Tag
{
    qsizetype end = -1;   // just past the tag; -1 when there is none
    QString name;         // lower-case
    bool closing = false;
    bool selfClosing = false;
};

// An open or closing tag as CommonMark defines raw HTML, starting at the
// '<' at line[at] and ending on the same line.
Tag readTag(QStringView line, qsizetype at)
{
    Tag tag;
    const qsizetype size = qMin(line.size(), at + MaxTagLength);
    qsizetype p = at + 1;
    if (p < size && line.at(p) == u'/') {
        tag.closing = true;
        ++p;
    }
    if (p >= size || !isAsciiLetter(line.at(p)))
        return tag;
    const qsizetype nameStart = p;
    while (p < size && (isAsciiLetter(line.at(p)) || isAsciiDigit(line.at(p)) || line.at(p) == u'-'))
        ++p;
    const QString name = line.mid(nameStart, p - nameStart).toString().toLower();
    if (tag.closing) {
        while (p < size && isSpace(line.at(p)))
            ++p;
        if (p < size && line.at(p) == u'>') {
            tag.name = name;
            tag.end = p + 1;
        }
        return tag;
    }
    for (;;) {
        const qsizetype beforeSpace = p;
        while (p < size && isSpace(line.at(p)))
            ++p;
        if (p >= size)
            return tag;
        if (line.at(p) == u'>' || (line.at(p) == u'/' && p + 1 < size && line.at(p + 1) == u'>')) {
            tag.selfClosing = line.at(p) == u'/';
            tag.name = name;
            tag.end = p + (tag.selfClosing ? 2 : 1);
            return tag;
        }
        // An attribute: whitespace, a name, and perhaps "=" and a value.
        const QChar c = line.at(p);
        if (p == beforeSpace || !(isAsciiLetter(c) || c == u'_' || c == u':'))
            return tag;
        while (p < size && (isAsciiLetter(line.at(p)) || isAsciiDigit(line.at(p)) || line.at(p) == u'_'
                            || line.at(p) == u'.' || line.at(p) == u':' || line.at(p) == u'-'))
            ++p;
        qsizetype q = p;
        while (q < size && isSpace(line.at(q)))
            ++q;
        if (q >= size || line.at(q) != u'=')
            continue;
        ++q;
        while (q < size && isSpace(line.at(q)))
            ++q;
        if (q >= size)
            return tag;
        if (line.at(q) == u'"' || line.at(q) == u'\'') {
            const qsizetype close = line.mid(q + 1, size - q - 1).indexOf(line.at(q));
            if (close < 0)
                return tag;
            p = q + 1 + close + 1;
        } else {
            const qsizetype valueStart = q;
            while (q < size && !isSpace(line.at(q)) && !QStringView(u"\"'=<>`").contains(line.at(q)))
                ++q;
            if (q == valueStart)
                return tag;
            p = q;
        }
    }
}

int indentWidth(QStringView line, qsizetype *contentStart)
{
    int columns = 0;
    qsizetype p = 0;
    while (p < line.size() && (line.at(p) == u' ' || line.at(p) == u'\t')) {
        columns = line.at(p) == u'\t' ? (columns / 4 + 1) * 4 : columns + 1;
        ++p;
    }
    *contentStart = p;
    return columns;
}

// The line without the block quote markers in front of it ("> > text").
QStringView withoutQuoteMarkers(QStringView line)
{
    for (;;) {
        qsizetype start = 0;
        if (indentWidth(line, &start) > 3 || start >= line.size() || line.at(start) != u'>')
            return line;
        line = line.mid(start + 1);
        if (!line.isEmpty() && line.at(0) == u' ')
            line = line.mid(1);
    }
}

// The line without a list marker in front of it ("- ", "12. ").
QStringView withoutListMarker(QStringView line)
{
    qsizetype start = 0;
    if (indentWidth(line, &start) > 3 || start >= line.size())
        return line;
    qsizetype p = start;
    if (line.at(p) == u'-' || line.at(p) == u'+' || line.at(p) == u'*') {
        ++p;
    } else {
        while (p < line.size() && p - start < 9 && isAsciiDigit(line.at(p)))
            ++p;
        if (p == start || p >= line.size() || (line.at(p) != u'.' && line.at(p) != u')'))
            return line;
        ++p;
    }
    if (p < line.size() && !isSpace(line.at(p)))
        return line;
    return line.mid(p);
}

// A code fence ("```", "~~~" or longer) opening or closing at the line's start.
bool readFence(QStringView line, QChar *fenceChar, qsizetype *length)
{
    qsizetype start = 0;
    if (indentWidth(line, &start) > 3 || start >= line.size())
        return false;
    const QChar c = line.at(start);
    if (c != u'`' && c != u'~')
        return false;
    qsizetype p = start;
    while (p < line.size() && line.at(p) == c)
        ++p;
    if (p - start < 3)
        return false;
    // A backtick fence's info string has no backticks: "``` a ` b" is inline code.
    if (c == u'`' && line.mid(p).contains(u'`'))
        return false;
    *fenceChar = c;
    *length = p - start;
    return true;
}

bool isClosingFence(QStringView line, QChar fenceChar, qsizetype fenceLength)
{
    QChar c;
    qsizetype length = 0;
    if (!readFence(line, &c, &length) || c != fenceChar || length < fenceLength)
        return false;
    qsizetype start = 0;
    indentWidth(line, &start);
    return line.mid(start + length).trimmed().isEmpty();
}

} // namespace

MarkdownRawHtml::Prepared MarkdownRawHtml::prepare(const QString &markdown)
{
    Prepared prepared;
    prepared.markdown.reserve(markdown.size() + 16);

    QChar fenceChar;
    qsizetype fenceLength = 0;        // > 0 inside a fenced code block
    bool previousBlank = true;
    bool inIndentedCode = false;
    qsizetype openBackticks = 0;      // > 0 inside a code span, which may go on over lines
    qsizetype tags = 0;
    int depth = 0;                    // of elements opened by raw tags
    int tableDepth = 0;
    auto countTag = [&](const Tag &tag) {
        ++tags;
        const bool table = tag.name == QLatin1String("table");
        if (tag.closing) {
            depth = qMax(0, depth - 1);
            tableDepth = table ? qMax(0, tableDepth - 1) : tableDepth;
        } else if (!tag.selfClosing && !HtmlTokenizer::isVoidElement(tag.name)) {
            ++depth;
            tableDepth += table ? 1 : 0;
        }
        if (tags > HtmlSanitizer::MaxElements || depth > HtmlSanitizer::MaxDepth
            || tableDepth > HtmlSanitizer::MaxTableDepth)
            prepared.exceedsHtmlLimits = true;
    };

    qsizetype lineStart = 0;
    while (lineStart <= markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.size();
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        const QStringView content = withoutQuoteMarkers(line);
        qsizetype contentStart = 0;
        const int indent = indentWidth(content, &contentStart);
        const bool blank = contentStart >= content.size();

        bool isText = false;
        if (fenceLength > 0) {
            if (isClosingFence(withoutListMarker(content), fenceChar, fenceLength))
                fenceLength = 0;
        } else if (blank) {
            openBackticks = 0;   // a blank line ends the paragraph, and any code span in it
        } else if (indent >= 4 && (previousBlank || inIndentedCode) && openBackticks == 0) {
            inIndentedCode = true;
        } else if (openBackticks == 0 && readFence(withoutListMarker(content), &fenceChar, &fenceLength)) {
            inIndentedCode = false;
        } else {
            inIndentedCode = false;
            isText = true;
        }
        previousBlank = blank;

        qsizetype copied = 0;   // of line, already in prepared.markdown
        for (qsizetype i = 0; isText && i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'`') {
                qsizetype run = 1;
                while (i + run < line.size() && line.at(i + run) == u'`')
                    ++run;
                if (openBackticks == 0)
                    openBackticks = run;
                else if (run == openBackticks)
                    openBackticks = 0;
                i += run - 1;
            } else if (openBackticks > 0) {
                continue;
            } else if (c == u'\\' && i + 1 < line.size() && isAsciiPunctuation(line.at(i + 1))) {
                ++i;
            } else if (c == u'<' && i + 1 < line.size()) {
                const QChar next = line.at(i + 1);
                if (next == u'!' || next == u'?') {
                    // Comments, declarations, processing instructions: HTML
                    // too, and the tags inside a comment count for Qt.
                    prepared.hasRawHtml = true;
                    continue;
                }
                const Tag tag = readTag(line, i);
                if (tag.end < 0)
                    continue;
                prepared.hasRawHtml = true;
                prepared.hasFixedPitchHtml = prepared.hasFixedPitchHtml || isFixedPitchElement(tag.name);
                countTag(tag);
                if (!tag.closing && !tag.selfClosing && HtmlTokenizer::isVoidElement(tag.name)) {
                    const qsizetype greaterThan = tag.end - 1;
                    prepared.markdown += line.mid(copied, greaterThan - copied);
                    prepared.markdown += QLatin1String(" />");
                    copied = tag.end;
                }
                i = tag.end - 1;
            }
        }
        prepared.markdown += line.mid(copied);
        if (lineEnd < markdown.size())
            prepared.markdown += u'\n';
        lineStart = lineEnd + 1;
    }
    return prepared;
}

} // namespace ktk
