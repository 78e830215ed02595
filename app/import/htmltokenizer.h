// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ktk {

struct HtmlAttribute
{
    QString name;    // lower-case
    QString value;   // entities decoded
};

struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag };
    Type type = Type::Text;
    QStringView text;                  // Text: the raw text, entities not decoded
    QString name;                      // tags: lower-case name
    QList<HtmlAttribute> attributes;   // start tags

    QString attribute(QLatin1String name) const;
    bool hasAttribute(QLatin1String name) const;
};

// A forgiving, linear HTML tokenizer: enough of the HTML5 rules to take saved
// web pages apart without building a DOM. Comments, doctypes and processing
// instructions are skipped. The content of raw-text elements (script, style,
// title, textarea, ...) comes back as one Text token, never parsed as markup.
class HtmlTokenizer
{
public:
    // Attributes of one tag beyond this many are skipped (the first of
    // duplicates is kept, as in browsers).
    static constexpr qsizetype MaxAttributes = 1024;

    explicit HtmlTokenizer(QStringView html) : m_html(html) {}

    bool next(HtmlToken &token);

    static bool isVoidElement(QStringView name);
    // Named (HTML 4 set and a few more), decimal and hexadecimal references.
    static QString decodeEntities(QStringView text);

private:
    bool readTag(HtmlToken &token);
    void readAttributes(HtmlToken &token);
    void skipPast(QStringView terminator);

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd;   // non-empty while inside a raw-text element
};

} // namespace ktk
