// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlsanitizer.h"

#include "import/officedocument.h"

#include "import/htmltokenizer.h"
#include "import/webmetadata.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVector>

namespace ktk {

namespace {

enum class Action { Keep, Rename, Unwrap, Drop, DropSilently };

struct Rule { Action action; QLatin1String output; QLatin1String style = {}; };

// Qt 6.4 gives <code>, <kbd>, <samp>, <tt> and <pre> the system's fixed-pitch
// font, asked of the platform theme; without a QGuiApplication there is none
// and QTextDocument::setHtml dereferences null. CSS says the same without
// asking. A <dl> so styled gives exactly the text and blocks of a <pre>
// (tst_documentrenderer compares them); a <div> or <p> does not, since Qt
// ends and nests those differently.
const QLatin1String MonospaceStyle("font-family: monospace");
const QLatin1String PreformattedStyle("font-family: monospace; white-space: pre; margin: 12px 0px 12px 0px");

// What to do with each element. Kept elements are the ones QTextDocument
// understands; HTML5 sectioning elements become div (QTextDocument would
// take them for inline and run paragraphs together); unknown elements lose
// their tag but keep their text, as a browser would show it. A table, since
// a page can have millions of tags: comparing each with every name took a
// 60 MB page several seconds.
const QHash<QString, Rule> &ruleTable()
{
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        auto add = [&t](std::initializer_list<const char *> names, Rule rule) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), rule);
        };
        // Never shown, or only ever executed: gone with everything inside.
        add({ "script", "style", "template", "title", "noscript", "meta", "link", "base", "param", "source", "track",
              "datalist", "colgroup", "col", "rp", "wbr" },
            { Action::DropSilently, {} });
        // Shown by a browser, but as something we cannot or must not show: an
        // embedded page, a plug-in, a form control, a drawing, the site menu.
        add({ "iframe", "frame", "frameset", "noframes", "object", "embed", "applet", "svg", "math", "canvas",
              "audio", "video", "select", "button", "textarea", "input", "keygen", "nav", "dialog", "map", "area",
              "meter", "progress", "xmp", "plaintext", "noembed", "marquee" },
            { Action::Drop, {} });
        add({ "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "hr",
              "br", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "a", "b", "strong", "i", "em",
              "u", "s", "sub", "sup", "small", "big", "var", "cite", "dfn", "span", "nobr", "img", "address" },
            { Action::Keep, {} });
        add({ "code", "kbd", "samp", "tt" }, { Action::Rename, QLatin1String("span"), MonospaceStyle });
        add({ "pre" }, { Action::Rename, QLatin1String("dl"), PreformattedStyle });
        add({ "article", "section", "main", "header", "footer", "aside", "figure", "figcaption", "details", "summary",
              "hgroup", "fieldset", "legend", "center", "search" },
            { Action::Rename, QLatin1String("div") });
        add({ "menu", "dir" }, { Action::Rename, QLatin1String("ul") });
        add({ "del", "strike" }, { Action::Rename, QLatin1String("s") });
        add({ "ins" }, { Action::Rename, QLatin1String("u") });
        add({ "mark", "abbr", "acronym", "time", "label", "data", "bdi", "bdo", "output", "q", "ruby", "rb", "rt",
              "font" },
            { Action::Rename, QLatin1String("span") });
        return t;
    }();
    return table;
}

Rule ruleFor(const QString &name)
{
    // html, head, body, form, picture, custom elements ...
    return ruleTable().value(name, Rule{ Action::Unwrap, {} });
}

// Permalink markers that documentation generators put in every heading
// (Sphinx and MkDocs "headerlink", Jupyter "anchor-link", VuePress
// "header-anchor"): a "¶" or "#" shown on hover, no part of the text.
bool isPermalinkMarker(const HtmlToken &tag)
{
    if (tag.name != QLatin1String("a"))
        return false;
    const QStringList classes = tag.attribute(QLatin1String("class")).split(u' ', Qt::SkipEmptyParts);
    for (const QString &c : classes) {
        if (c == QLatin1String("headerlink") || c == QLatin1String("anchor-link") || c == QLatin1String("header-anchor"))
            return true;
    }
    return false;
}

// What a browser would not show at all, so neither do we.
bool isHidden(const HtmlToken &tag)
{
    if (tag.hasAttribute(QLatin1String("hidden")))
        return true;
    if (tag.attribute(QLatin1String("role")).compare(QLatin1String("navigation"), Qt::CaseInsensitive) == 0)
        return true;
    QString style = tag.attribute(QLatin1String("style")).toLower();
    if (style.isEmpty())
        return false;
    style.remove(u' ').remove(u'\t').remove(u'\n');
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

// Text keeps its character references for QTextDocument to resolve; only a
// bare '<' or '>' must not look like markup. Appended in runs: a character
// at a time took a 60 MB page seconds.
void appendEscapedText(QString &out, QStringView text)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'<' && c != u'>')
            continue;
        out += text.mid(from, i - from);
        out += c == u'<' ? QLatin1String("&lt;") : QLatin1String("&gt;");
        from = i + 1;
    }
    out += text.mid(from);
}

QString escaped(QStringView text)
{
    // Copied in spans: an embedded picture is megabytes of base64 with
    // nothing to escape.
    QString out;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1String replacement;
        switch (text[i].unicode()) {
        case u'<': replacement = QLatin1String("&lt;"); break;
        case u'>': replacement = QLatin1String("&gt;"); break;
        case u'&': replacement = QLatin1String("&amp;"); break;
        case u'"': replacement = QLatin1String("&quot;"); break;
        default: continue;
        }
        if (out.isEmpty())
            out.reserve(text.size() + 16);
        out += text.mid(from, i - from);
        out += replacement;
        from = i + 1;
    }
    if (from == 0)
        return text.toString();
    out += text.mid(from);
    return out;
}

// Browsers ignore tabs, newlines and leading/trailing controls in URLs;
// so must a check for the scheme ("java\tscript:" is javascript:).
QString cleanUrl(const QString &value)
{
    QString url = value;   // shared, not copied, when there is nothing to take out
    if (url.contains(u'\t') || url.contains(u'\n') || url.contains(u'\r')) {
        url.remove(u'\t');
        url.remove(u'\n');
        url.remove(u'\r');
    }
    qsizetype start = 0;
    qsizetype end = url.size();
    while (start < end && url.at(start).unicode() <= 0x20)
        ++start;
    while (end > start && url.at(end - 1).unicode() <= 0x20)
        --end;
    return start == 0 && end == url.size() ? url : url.mid(start, end - start);
}

bool isDataImage(const QString &src)
{
    // The scheme is all that is asked about: the start of a picture of megabytes will do.
    return cleanUrl(src.left(256)).startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive);
}

// Links stay clickable only to the web, mail or inside the page; relative
// links would point at files we do not have, and anything else may run code.
QString safeHref(const QString &value)
{
    const QString url = cleanUrl(value);
    if (url.startsWith(u'#'))
        return url;
    for (const char *scheme : { "http:", "https:", "mailto:" }) {
        if (url.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return url;
    }
    return QString();
}

bool isNumber(const QString &value)
{
    if (value.isEmpty() || value.size() > 4)
        return false;
    for (QChar c : value) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

void appendAttribute(QString &out, QLatin1String name, const QString &value)
{
    out += u' ';
    out += name;
    out += QLatin1String("=\"");
    out += escaped(value);
    out += u'"';
}

// Only attributes that carry structure; style, class and event handlers go.
QString keptAttributes(const QString &element, const HtmlToken &tag)
{
    QString out;
    for (const HtmlAttribute &a : tag.attributes) {
        const QString &n = a.name;
        bool keep = false;
        if (n == QLatin1String("lang") || n == QLatin1String("dir") || n == QLatin1String("id")) {
            keep = true;
        } else if (element == QLatin1String("a")) {
            if (n == QLatin1String("href")) {
                const QString href = safeHref(a.value);
                if (!href.isEmpty())
                    appendAttribute(out, QLatin1String("href"), href);
                continue;
            }
            keep = n == QLatin1String("name") || n == QLatin1String("title");
        } else if (element == QLatin1String("img")) {
            if (n == QLatin1String("src")) {
                appendAttribute(out, QLatin1String("src"), cleanUrl(a.value));
                continue;
            }
            keep = n == QLatin1String("alt") || ((n == QLatin1String("width") || n == QLatin1String("height"))
                                                  && isNumber(a.value));
        } else if (element == QLatin1String("td") || element == QLatin1String("th")) {
            keep = ((n == QLatin1String("colspan") || n == QLatin1String("rowspan")) && isNumber(a.value))
                || n == QLatin1String("align") || n == QLatin1String("valign");
        } else if (element == QLatin1String("table")) {
            keep = (n == QLatin1String("border") || n == QLatin1String("cellpadding")
                    || n == QLatin1String("cellspacing")) && isNumber(a.value);
        } else if (element == QLatin1String("ol")) {
            keep = (n == QLatin1String("start") && isNumber(a.value)) || n == QLatin1String("type");
        } else if (element == QLatin1String("li")) {
            keep = n == QLatin1String("value") && isNumber(a.value);
        } else if (element == QLatin1String("p") || element == QLatin1String("div")
                   || (element.size() == 2 && element.at(0) == u'h')) {
            keep = n == QLatin1String("align");
        }
        if (keep)
            appendAttribute(out, QLatin1String(n.toLatin1()), a.value);
    }
    return out;
}

struct OpenElement
{
    QString name;
    QString emitted;   // the tag written for it, empty when none
    bool dropping = false;
    bool table = false;       // a <table> written
    bool flatTable = false;   // a <table> not written, nested too deep
};

bool isTablePart(const QString &name)
{
    static const QSet<QString> names{ QStringLiteral("tr"),    QStringLiteral("td"),    QStringLiteral("th"),
                                      QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot"),
                                      QStringLiteral("caption") };
    return names.contains(name);
}

bool isBlockStart(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *n : { "p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "h1", "h2", "h3",
                               "h4", "h5", "h6", "article", "section", "main", "header", "footer", "aside", "figure",
                               "details", "fieldset", "nav", "address", "menu", "center", "form", "hgroup", "li",
                               "dt", "dd" })
            set.insert(QString::fromLatin1(n));
        return set;
    }();
    return names.contains(name);
}

// Whether an element whose tag is not written would run the words before
// and after it together.
bool separatesWords(const QString &name, const Rule &rule)
{
    return isBlockStart(name) || isTablePart(name) || rule.output == QLatin1String("div")
        || name == QLatin1String("br");
}

// What a start tag does, all things considered.
Rule ruleForTag(const HtmlToken &tag)
{
    Rule rule = ruleFor(tag.name);
    if (rule.action != Action::DropSilently && rule.action != Action::Drop
        && HtmlSanitizer::isUnshown(tag))
        rule.action = Action::DropSilently;
    // Pictures the document carries: inline, or a Word or OpenDocument
    // file's own, which the renderer adds (a web page naming one gets nothing).
    if (tag.name == QLatin1String("img")) {
        const QString src = tag.attribute(QLatin1String("src"));
        if (!isDataImage(src) && OfficeDocument::imageIndex(src) < 0)
            rule.action = Action::DropSilently;
    }
    return rule;
}

// Writes the HTML that QTextDocument gets, keeping track of the open
// elements to close what authors left open and to find what an end tag
// ends. Every step costs the same whatever the depth: open elements are
// counted by name, so a stray end tag is recognised at once, and a search
// down the stack pops what it passes.
//
// What Qt is given is bounded, since its time grows faster than the page:
// - QTextDocument::setHtml takes time with the square of the depth (25,000
//   levels: 9 s), so elements opened deeper than MaxDepth are flattened:
//   their text stays, their tags go. Down there only counts by name are
//   kept, enough to match end tags on pages no browser would show as
//   anything but a staircase.
// - Laying out a table inside a table doubles the work per level (20
//   levels: 19 s in the reading view; 8 levels 20 ms, and old sites nest
//   7 deep), so tables deeper than MaxTableDepth are flattened.
// - Each tag costs setHtml 10 to 30 us, so after MaxElements tags only the
//   text is written: a 64 MB page of tags would otherwise take minutes.
//   Articles have a few thousand.
class Writer
{
public:
    explicit Writer(qsizetype sizeHint)
    {
        m_out.reserve(sizeHint / 2 + 64);
        m_out += QLatin1String("<html><body>");
    }

    void text(QStringView text)
    {
        if (!isDropping())
            appendEscapedText(m_out, text);
    }

    void startTag(const HtmlToken &tag)
    {
        if (!isDeep()) {
            // A new cell also ends the row's open cell before a new row ends the row.
            while (!m_stack.isEmpty() && HtmlSanitizer::impliesEndOf(tag.name, m_stack.last().name))
                closeTop();
        }
        const bool isVoid = HtmlTokenizer::isVoidElement(tag.name);
        if (!isVoid && m_stack.size() >= HtmlSanitizer::MaxDepth) {
            startDeep(tag);
            return;
        }
        if (isDropping()) {
            if (!isVoid)
                push({ tag.name, QString(), false });
            return;
        }
        const Rule rule = ruleForTag(tag);
        OpenElement element{ tag.name, QString(), false };
        switch (rule.action) {
        case Action::Drop:
            // It took room on the page: keep the words around it apart.
            m_out += u' ';
            Q_FALLTHROUGH();
        case Action::DropSilently:
            element.dropping = true;
            break;
        case Action::Unwrap:
            break;
        case Action::Keep:
        case Action::Rename:
            if (!mayWriteTag(tag.name, &element)) {
                if (separatesWords(tag.name, rule))
                    m_out += u' ';
                break;
            }
            ++m_writtenTags;
            element.emitted = rule.action == Action::Keep ? tag.name : QString(rule.output);
            m_out += u'<' + element.emitted + keptAttributes(element.emitted, tag);
            if (!rule.style.isEmpty())
                appendAttribute(m_out, QLatin1String("style"), QString(rule.style));
            m_out += u'>';
            break;
        }
        if (!isVoid)
            push(std::move(element));
    }

    void endTag(const QString &name)
    {
        if (m_deepDropNesting > 0) {
            if (name == m_deepDropName) {
                if (--m_deepDropNesting == 0)
                    m_deepDropName.clear();
                return;
            }
            // Inside the dropped element, unless it ends one around it.
            if (!m_deepByName.contains(name) && m_openByName.value(name) == 0)
                return;
            m_deepDropNesting = 0;
            m_deepDropName.clear();
        }
        const auto deep = m_deepByName.find(name);
        if (deep != m_deepByName.end()) {
            if (--*deep == 0)
                m_deepByName.erase(deep);
            return;
        }
        if (m_openByName.value(name) == 0)
            return;   // a stray end tag, as browsers ignore it
        // Everything opened after it ends with it, flattened elements too.
        m_deepByName.clear();
        while (m_stack.last().name != name)
            closeTop();
        closeTop();
    }

    QString finish()
    {
        while (!m_stack.isEmpty())
            closeTop();
        m_out += QLatin1String("</body></html>");
        return std::move(m_out);
    }

private:
    bool isDropping() const { return m_firstDropping >= 0 || m_deepDropNesting > 0; }
    bool isDeep() const { return !m_deepByName.isEmpty() || m_deepDropNesting > 0; }

    // Decides for an element that would be written whether it is; notes
    // the tables in element.
    bool mayWriteTag(const QString &name, OpenElement *element)
    {
        if (m_writtenTags >= HtmlSanitizer::MaxElements)
            return false;
        if (name == QLatin1String("table")) {
            if (m_flatTables > 0 || m_openTables >= HtmlSanitizer::MaxTableDepth) {
                element->flatTable = true;
                return false;
            }
            element->table = true;
            return true;
        }
        // Inside a table not written, its rows and cells would become cells
        // of the table around it. (Cells outside any table are left to Qt:
        // it makes one table for them, never one inside another.)
        return !(isTablePart(name) && m_flatTables > 0);
    }

    void push(OpenElement element)
    {
        if (element.dropping && m_firstDropping < 0)
            m_firstDropping = m_stack.size();
        m_openTables += element.table ? 1 : 0;
        m_flatTables += element.flatTable ? 1 : 0;
        ++m_openByName[element.name];
        m_stack.append(std::move(element));
    }

    void closeTop()
    {
        const OpenElement closed = m_stack.takeLast();
        if (!closed.emitted.isEmpty())
            m_out += QLatin1String("</") + closed.emitted + u'>';
        // Names are kept at zero rather than erased and inserted again for
        // every tag, unless a page makes up more names than pages use.
        const auto open = m_openByName.find(closed.name);
        if (--*open == 0 && m_openByName.size() > 256)
            m_openByName.erase(open);
        m_openTables -= closed.table ? 1 : 0;
        m_flatTables -= closed.flatTable ? 1 : 0;
        if (m_firstDropping >= m_stack.size())
            m_firstDropping = -1;
    }

    // A non-void element opened with the stack full.
    void startDeep(const HtmlToken &tag)
    {
        if (m_deepDropNesting > 0) {
            if (tag.name == m_deepDropName)
                ++m_deepDropNesting;
            return;
        }
        if (m_firstDropping >= 0) {
            ++m_deepByName[tag.name];
            return;
        }
        const Rule rule = ruleForTag(tag);
        if (rule.action == Action::Drop || rule.action == Action::DropSilently) {
            if (rule.action == Action::Drop)
                m_out += u' ';
            m_deepDropName = tag.name;
            m_deepDropNesting = 1;
            return;
        }
        ++m_deepByName[tag.name];
        if (separatesWords(tag.name, rule))
            m_out += u' ';
    }

    QString m_out;
    QVector<OpenElement> m_stack;
    QHash<QString, int> m_openByName;   // how many elements of m_stack have each name
    qsizetype m_writtenTags = 0;
    int m_openTables = 0;               // tables written and still open
    int m_flatTables = 0;               // tables not written and still open
    qsizetype m_firstDropping = -1;     // index into m_stack, -1 when nothing is being dropped
    QHash<QString, int> m_deepByName;   // flattened elements still open, beyond MaxDepth
    QString m_deepDropName;             // an element dropped beyond MaxDepth,
    int m_deepDropNesting = 0;          // and how often its name is open inside it
};

} // namespace

bool HtmlSanitizer::isUnshown(const HtmlToken &tag)
{
    return isHidden(tag) || isPermalinkMarker(tag);
}

QString HtmlSanitizer::sanitize(const QString &html)
{
    Writer writer(html.size());
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text:
            writer.text(token.text);
            break;
        case HtmlToken::Type::StartTag:
            writer.startTag(token);
            break;
        case HtmlToken::Type::EndTag:
            writer.endTag(token.name);
            break;
        }
    }
    return writer.finish();
}

HtmlSanitizer::Metadata HtmlSanitizer::metadata(const QString &html)
{
    return WebMetadata::read(html);
}

// Closing them keeps the stack shallow (and the search for end tags cheap)
// on pages that never close anything.
bool HtmlSanitizer::impliesEndOf(const QString &start, const QString &open)
{
    if (open == QLatin1String("p"))
        return isBlockStart(start);
    if (open == QLatin1String("li"))
        return start == QLatin1String("li");
    if (open == QLatin1String("dt") || open == QLatin1String("dd"))
        return start == QLatin1String("dt") || start == QLatin1String("dd");
    if (open == QLatin1String("td") || open == QLatin1String("th"))
        return start == QLatin1String("td") || start == QLatin1String("th") || start == QLatin1String("tr");
    if (open == QLatin1String("tr"))
        return start == QLatin1String("tr");
    if (open == QLatin1String("option"))
        return start == QLatin1String("option");
    return false;
}

} // namespace ktk
