// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/readermode.h"

#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ktk {

namespace {

// What the reader needs to know of an element's name, looked up once per name.
enum TagFlag : quint32 {
    Void = 1u << 0,
    DropSilently = 1u << 1,   // the sanitizer drops it with its content, without a trace
    Drop = 1u << 2,           // the sanitizer drops it with its content, leaving a space
    Block = 1u << 3,          // starts a block (ends an open <p>)
    RawText = 1u << 4,        // the tokenizer returns its content as one text token
    Heading = 1u << 5,
    Paragraph = 1u << 6,      // p, pre, td: the blocks whose text is scored
    Anchor = 1u << 7,
    Image = 1u << 8,
    Control = 1u << 9,        // input, select, textarea, button
    Embed = 1u << 10,         // iframe, object, embed, video, audio
    List = 1u << 11,          // ul, ol, dl, menu
    ListItem = 1u << 12,      // li, dt, dd
    TablePart = 1u << 13,
    Structural = 1u << 14,    // html, body, article, main: never pruned by their names
    Aside = 1u << 15,         // aside, footer, nav: the page's furniture
    Header = 1u << 16,
    Form = 1u << 17,
    Figure = 1u << 18,
    Table = 1u << 19,
    Div = 1u << 20,           // div, section and the like: Readability's +5 for a div
};

quint32 flagsOf(const QString &name)
{
    static const QHash<QString, quint32> table = [] {
        QHash<QString, quint32> t;
        auto add = [&t](std::initializer_list<const char *> names, quint32 flags) {
            for (const char *n : names)
                t[QString::fromLatin1(n)] |= flags;
        };
        // As in HtmlSanitizer's rule table.
        add({ "script", "style", "template", "title", "noscript", "meta", "link", "base", "param", "source", "track",
              "datalist", "colgroup", "col", "rp", "wbr" },
            DropSilently);
        add({ "iframe", "frame", "frameset", "noframes", "object", "embed", "applet", "svg", "math", "canvas",
              "audio", "video", "select", "button", "textarea", "input", "keygen", "nav", "dialog", "map", "area",
              "meter", "progress", "xmp", "plaintext", "noembed", "marquee" },
            Drop);
        add({ "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
              "source", "track", "wbr", "frame", "basefont", "bgsound" },
            Void);
        add({ "p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
              "article", "section", "main", "header", "footer", "aside", "figure", "details", "fieldset", "nav",
              "address", "menu", "center", "form", "hgroup", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody",
              "tfoot", "caption", "figcaption", "br", "summary", "legend" },
            Block);
        add({ "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
              "plaintext" },
            RawText);
        add({ "h1", "h2", "h3", "h4", "h5", "h6" }, Heading);
        add({ "p", "pre", "td" }, Paragraph);
        add({ "a" }, Anchor);
        add({ "img", "picture" }, Image);
        add({ "input", "select", "textarea", "button" }, Control);
        add({ "iframe", "object", "embed", "video", "audio" }, Embed);
        add({ "ul", "ol", "dl", "menu", "dir" }, List);
        add({ "li", "dt", "dd" }, ListItem);
        add({ "tr", "td", "th", "thead", "tbody", "tfoot", "caption" }, TablePart);
        add({ "html", "body", "article", "main" }, Structural);
        add({ "aside", "footer", "nav" }, Aside);
        add({ "header" }, Header);
        add({ "form", "fieldset" }, Form);
        add({ "figure" }, Figure);
        add({ "table" }, Table);
        add({ "div", "section", "article", "main" }, Div);
        return t;
    }();
    return table.value(name, 0);
}

// Class and id names, looked up once per distinct value.
enum ClassFlag : quint8 {
    Positive = 1u << 0,   // article, content, entry, post, story, body, main, text ...
    Negative = 1u << 1,   // nav, footer, comment, share, related, ... (Readability's weight)
    Unlikely = 1u << 2,   // skipped when scoring, unless also MaybeOk (Readability's unlikely candidates)
    MaybeOk = 1u << 3,
    Boilerplate = 1u << 4,   // pruned inside the article, unless the name also says content
    StrongBoilerplate = 1u << 5,   // pruned inside the article whatever else the name says
};

quint8 classFlagsOf(const QString &value)
{
    // Readability's lists, plus the brief's: cookie notices, newsletter
    // sign-ups, author boxes, "more stories". Short words only as whole
    // words of a name ("ad" in "ad-slot", not in "header").
    static const QRegularExpression positive(QStringLiteral(
        "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text"));
    static const QRegularExpression negative(QStringLiteral(
        "(^|[^a-z])(ad|ads|hid|nav|tags?|meta|bio|tools?|login|modal|byline-?social)([^a-z]|$)|-ad-|hidden|"
        "banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|outbrain|promo|related|"
        "share|shoutbox|sidebar|skyscraper|sponsor|shopping|widget|cookie|consent|subscri|newsletter|signup|"
        "breadcrumb|social|menu|teaser|recommend|popular|trending|more-?stories|taboola|navigation|navbar"));
    static const QRegularExpression unlikely(QStringLiteral(
        "(^|[^a-z])(ad|ads|nav|tags)([^a-z]|$)|-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|"
        "disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
        "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|"
        "subscri|share|sharing|navbar|navigation|recommend|trending|more-?stories|taboola|outbrain"));
    static const QRegularExpression maybeOk(QStringLiteral("and|article|body|column|content|main|shadow"));
    static const QRegularExpression boilerplate(QStringLiteral(
        "(^|[^a-z])(ad|ads|advert\\w*|nav|tags|tag-?list|share|sharing|social|related|comments?|"
        "newsletter|subscribe|subscription|breadcrumbs?|cookie\\w*|consent|promo|sponsor\\w*|widget|popup|modal|"
        "author-?bio|about-?the-?author|author-?box|more-?stories|recommended|trending|outbrain|taboola|disqus|"
        "pagination|pager|toolbar|navigation|navbar|menu|sidebar|footer|signup|login|rating|votes?)([^a-z]|$)|"
        "relatedarticles|relatedposts|sharebar|socialshare|shareicons|commentlist|comment-list|comments-area|"
        "newsletterbox|cookiebanner|cookienotice|credits?|copyright|photographer|byline-?social|print-?only|"
        "(caption|image|img|photo|picture|media|bild|foto)[-_]*(source|credits?|copyright|rights)"));
    static const QRegularExpression strongBoilerplate(QStringLiteral(
        "share|sharing|social|related|comment|newsletter|subscri|cookie|consent|breadcrumb|outbrain|taboola|"
        "advert|buy-?box|paywall|purchase|(^|[^a-z])(ad|ads|tags|tag-?list)([^a-z]|$)"));
    quint8 flags = 0;
    if (positive.match(value).hasMatch())
        flags |= Positive;
    if (negative.match(value).hasMatch())
        flags |= Negative;
    if (unlikely.match(value).hasMatch())
        flags |= Unlikely;
    if (maybeOk.match(value).hasMatch())
        flags |= MaybeOk;
    if (boilerplate.match(value).hasMatch())
        flags |= Boilerplate;
    if (strongBoilerplate.match(value).hasMatch())
        flags |= StrongBoilerplate;
    return flags;
}

// The attributes the sanitizer reads (HtmlSanitizer's keptAttributes), and
// class for its permalink markers: all that the output needs to carry.
bool isKeptAttribute(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *n : { "lang", "dir", "id", "href", "name", "title", "src", "alt", "width", "height",
                               "colspan", "rowspan", "align", "valign", "border", "cellpadding", "cellspacing",
                               "start", "type", "value", "class" })
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return names.contains(name);
}

constexpr int MaxDepth = HtmlSanitizer::MaxDepth;
// Measured on the reader-mode corpus (bench_readermode):
constexpr qint64 MinGoodParagraph = 100;   // characters of a paragraph that counts when widening
constexpr double WidenShare = 0.2;         // widen when the parent adds this share of good text
constexpr qint64 TailShort = 50;           // blocks after the last long paragraph shorter than this go
constexpr qint64 TailLong = 80;            // a long paragraph, for that

struct Node
{
    int parent = -1;
    int end = -1;            // one past the last node of the subtree (nodes are in document order)
    int name = -1;           // index into names; -1 for text
    int attrFirst = 0;
    int classIndex = -1;     // index into classValues, the element's class and id
    quint32 tagFlags = 0;
    quint8 classFlags = 0;
    bool hidden = false;     // hidden, or dropped by the sanitizer: no text of it is shown
    bool spaceOnly = false;  // a text node standing for a flattened block: one space
    quint16 attrCount = 0;
    qsizetype textPos = 0;   // text nodes: the raw text in the page
    qsizetype textLen = 0;
};

// Counts fit 32 bits: extract() takes pages of fewer than 2^31 characters.
struct Stats
{
    qint32 chars = 0;        // visible characters, spaces not counted
    qint32 linkChars = 0;
    qint32 commas = 0;
    qint32 paragraphs = 0;
    qint32 listItems = 0;
    qint32 controls = 0;
    qint32 embeds = 0;
    qint32 headings = 0;
    qint32 inlineChars = 0;  // of chars, those not inside a block element inside
    qint32 inlineCommas = 0;
    bool hasBlock = false;   // a block element inside
    bool hasMain = false;    // <main>, <article>, role=main or articleBody inside, or itself
};

class Tree
{
public:
    explicit Tree(const QString &html) : m_html(html) {}

    bool build();
    void computeStats();

    const QString &m_html;
    std::vector<Node> nodes;
    std::vector<Stats> stats;
    std::vector<HtmlAttribute> attributes;
    QVector<QString> names;
    QVector<QString> classValues;
    std::vector<quint8> classFlagsByValue;

    QStringView text(const Node &n) const { return QStringView(m_html).mid(n.textPos, n.textLen); }
    const QString &nameOf(int i) const { return names.at(nodes[size_t(i)].name); }

private:
    int intern(const QString &name);
    int addNode(Node node);
    void pop();

    QHash<QString, int> m_nameIds;
    QVector<quint32> m_nameFlags;
    QHash<QString, int> m_classIds;
    std::vector<int> m_stack;
    std::vector<int> m_openByName;
    QHash<int, int> m_deepByName;   // flattened elements still open, beyond MaxDepth
    // As HtmlSanitizer: a hidden or dropped element beyond MaxDepth, outside
    // any hidden one, is skipped with its content until its end tag.
    int m_deepDropName = -1;
    int m_deepDropNesting = 0;
    int m_hiddenOpen = 0;           // hidden elements on m_stack
    bool m_overflow = false;
};

int Tree::intern(const QString &name)
{
    const auto it = m_nameIds.constFind(name);
    if (it != m_nameIds.constEnd())
        return *it;
    const int id = int(names.size());
    names.append(name);
    m_nameFlags.append(flagsOf(name));
    m_openByName.push_back(0);
    m_nameIds.insert(name, id);
    return id;
}

int Tree::addNode(Node node)
{
    if (qsizetype(nodes.size()) >= ReaderMode::MaxNodes) {
        m_overflow = true;
        return -1;
    }
    node.parent = m_stack.empty() ? 0 : m_stack.back();
    nodes.push_back(std::move(node));
    return int(nodes.size()) - 1;
}

void Tree::pop()
{
    const int top = m_stack.back();
    m_stack.pop_back();
    nodes[size_t(top)].end = int(nodes.size());
    --m_openByName[size_t(nodes[size_t(top)].name)];
    if (nodes[size_t(top)].hidden)
        --m_hiddenOpen;
}

bool Tree::build()
{
    Node root;
    root.name = intern(QStringLiteral("#root"));
    root.parent = -1;
    nodes.push_back(root);
    m_stack.push_back(0);
    ++m_openByName[size_t(root.name)];

    HtmlTokenizer tokenizer(m_html);
    HtmlToken token;
    bool skipRawText = false;
    while (!m_overflow && tokenizer.next(token)) {
        switch (token.type) {
        case HtmlToken::Type::Text: {
            if (std::exchange(skipRawText, false))
                break;   // script, style, textarea ...: never shown
            if (m_deepDropNesting > 0)
                break;   // inside a hidden element beyond MaxDepth
            Node n;
            n.textPos = token.text.data() - m_html.constData();
            n.textLen = token.text.size();
            const int i = addNode(n);
            if (i >= 0)
                nodes[size_t(i)].end = i + 1;
            break;
        }
        case HtmlToken::Type::StartTag: {
            skipRawText = false;
            const int id = intern(token.name);
            const quint32 flags = m_nameFlags.at(id);
            if (flags & RawText)
                skipRawText = true;
            // The sanitiser's rule for end tags left out: both see the same nesting.
            if (m_deepByName.isEmpty()) {
                while (m_stack.size() > 1
                       && HtmlSanitizer::impliesEndOf(token.name, names.at(nodes[size_t(m_stack.back())].name)))
                    pop();
            }
            const bool isVoid = flags & Void;
            if (!isVoid && int(m_stack.size()) > MaxDepth) {
                if (m_deepDropNesting > 0) {
                    if (id == m_deepDropName)
                        ++m_deepDropNesting;
                    break;
                }
                if (m_hiddenOpen == 0 && ((flags & (Drop | DropSilently)) || HtmlSanitizer::isUnshown(token))) {
                    m_deepDropName = id;
                    m_deepDropNesting = 1;
                    if (flags & Drop) {
                        Node n;
                        n.spaceOnly = true;
                        const int i = addNode(n);
                        if (i >= 0)
                            nodes[size_t(i)].end = i + 1;
                    }
                    break;
                }
                // Flattened, as the sanitizer flattens it: text stays, tags go.
                ++m_deepByName[id];
                if (flags & Block) {
                    Node n;
                    n.spaceOnly = true;
                    const int i = addNode(n);
                    if (i >= 0)
                        nodes[size_t(i)].end = i + 1;
                }
                break;
            }
            Node n;
            n.name = id;
            n.tagFlags = flags;
            n.hidden = (flags & (Drop | DropSilently)) || HtmlSanitizer::isUnshown(token);
            if (token.name == QLatin1String("img")
                && !token.attribute(QLatin1String("src")).trimmed().startsWith(QLatin1String("data:image/"),
                                                                                 Qt::CaseInsensitive))
                n.hidden = true;   // the sanitizer shows only embedded images
            n.attrFirst = int(attributes.size());
            QString classValue;
            for (HtmlAttribute &a : token.attributes) {
                if (a.name == QLatin1String("class") || a.name == QLatin1String("id")) {
                    if (!classValue.isEmpty())
                        classValue += u' ';
                    classValue += a.value.toLower();
                }
                if (a.name == QLatin1String("itemprop") && a.value.contains(QLatin1String("articleBody")))
                    classValue += QLatin1String(" articlebody");
                if (a.name == QLatin1String("role")) {
                    const QString role = a.value.toLower();
                    if (role == QLatin1String("main") || role == QLatin1String("article"))
                        classValue += QLatin1String(" main role-main");
                    else if (role == QLatin1String("complementary") || role == QLatin1String("contentinfo")
                             || role == QLatin1String("banner") || role == QLatin1String("menu")
                             || role == QLatin1String("menubar") || role == QLatin1String("dialog")
                             || role == QLatin1String("alertdialog"))
                        classValue += QLatin1String(" sidebar");
                }
                if (isKeptAttribute(a.name) && n.attrCount < 64) {
                    attributes.push_back(std::move(a));
                    ++n.attrCount;
                }
            }
            if (!classValue.isEmpty()) {
                auto it = m_classIds.constFind(classValue);
                if (it == m_classIds.constEnd()) {
                    it = m_classIds.insert(classValue, int(classValues.size()));
                    classValues.append(classValue);
                    classFlagsByValue.push_back(classFlagsOf(classValue));
                }
                n.classIndex = *it;
                n.classFlags = classFlagsByValue[size_t(*it)];
            }
            const int i = addNode(std::move(n));
            if (i < 0)
                break;
            if (isVoid) {
                nodes[size_t(i)].end = i + 1;
            } else {
                m_stack.push_back(i);
                ++m_openByName[size_t(id)];
                if (nodes[size_t(i)].hidden)
                    ++m_hiddenOpen;
            }
            break;
        }
        case HtmlToken::Type::EndTag: {
            skipRawText = false;
            const auto known = m_nameIds.constFind(token.name);
            if (known == m_nameIds.constEnd())
                break;
            const int id = *known;
            if (m_deepDropNesting > 0) {
                if (id == m_deepDropName) {
                    if (--m_deepDropNesting == 0)
                        m_deepDropName = -1;
                    break;
                }
                // Inside the dropped element, unless it ends one around it.
                if (!m_deepByName.contains(id) && m_openByName[size_t(id)] == 0)
                    break;
                m_deepDropNesting = 0;
                m_deepDropName = -1;
            }
            const auto deep = m_deepByName.find(id);
            if (deep != m_deepByName.end()) {
                if (--*deep == 0)
                    m_deepByName.erase(deep);
                break;
            }
            if (m_openByName[size_t(id)] == 0 || id == nodes[0].name)
                break;   // a stray end tag
            m_deepByName.clear();
            while (nodes[size_t(m_stack.back())].name != id)
                pop();
            pop();
            break;
        }
        }
    }
    while (!m_stack.empty())
        pop();
    return !m_overflow;
}

qint32 visibleChars(QStringView text, qint32 *commas)
{
    qint32 n = 0;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        ++n;
        if (c == u',' || c == u'\u060C' || c == u'\uFE50' || c == u'\uFE10' || c == u'\uFE11' || c == u'\u2E41'
            || c == u'\u2E34' || c == u'\u2E32' || c == u'\uFF0C')
            ++*commas;
    }
    return n;
}

void Tree::computeStats()
{
    stats.assign(nodes.size(), Stats());
    for (size_t i = nodes.size(); i-- > 0;) {
        const Node &n = nodes[i];
        Stats &s = stats[i];
        if (n.name < 0) {
            if (!n.spaceOnly)
                s.chars = visibleChars(text(n), &s.commas);
            s.inlineChars = s.chars;
            s.inlineCommas = s.commas;
        } else {
            if (n.tagFlags & Anchor) {
                // Links within the page ("#top", footnotes) count less, as in Readability.
                bool local = false;
                for (int a = n.attrFirst; a < n.attrFirst + n.attrCount; ++a) {
                    if (attributes[size_t(a)].name == QLatin1String("href"))
                        local = attributes[size_t(a)].value.startsWith(u'#');
                }
                s.linkChars = local ? s.chars * 3 / 10 : s.chars;
            }
            if (n.tagFlags & Heading) {
                ++s.headings;
            }
            if (n.tagFlags & Control)
                ++s.controls;
            if (n.tagFlags & Embed)
                ++s.embeds;
            if (n.tagFlags & ListItem)
                ++s.listItems;
            if (names.at(n.name) == QLatin1String("p"))
                ++s.paragraphs;
            if (names.at(n.name) == QLatin1String("main") || names.at(n.name) == QLatin1String("article")
                || (n.classIndex >= 0 && (classValues.at(n.classIndex).contains(QLatin1String(" articlebody"))
                                          || classValues.at(n.classIndex).contains(QLatin1String(" role-main")))))
                s.hasMain = true;
        }
        if (i == 0 || n.hidden)
            continue;
        Stats &p = stats[size_t(n.parent)];
        p.chars += s.chars;
        p.linkChars += s.linkChars;
        p.commas += s.commas;
        p.paragraphs += s.paragraphs;
        p.listItems += s.listItems;
        p.controls += s.controls;
        p.embeds += s.embeds;
        p.headings += s.headings;
        p.hasBlock = p.hasBlock || s.hasBlock || ((n.tagFlags & Block) && names.at(n.name) != QLatin1String("br"));
        p.hasMain = p.hasMain || s.hasMain;
        if (n.name < 0 || !(n.tagFlags & Block) || names.at(n.name) == QLatin1String("br")) {
            p.inlineChars += s.inlineChars;
            p.inlineCommas += s.inlineCommas;
        }
    }
}

double linkDensity(const Stats &s)
{
    return s.chars > 0 ? double(s.linkChars) / double(s.chars) : 0.0;
}

// Readability's weight of class and id names.
int classWeight(const Node &n)
{
    int w = 0;
    if (n.classFlags & Negative)
        w -= 25;
    if (n.classFlags & Positive)
        w += 25;
    return w;
}

class Extractor
{
public:
    struct Options { bool stripUnlikely = true; bool weightClasses = true; bool prune = true; };

    Extractor(const Tree &tree) : t(tree) {}

    // Returns the chosen container, or -1.
    int choose(const Options &options);
    QString serialize(int container, const Options &options, qint64 *keptChars);
    double readerableScore() const;

    const Tree &t;
    std::vector<float> score;
    std::vector<bool> excluded;   // hidden, or (when stripping) in an unlikely subtree
    int headline = -1;
    int tailStart = -1;   // nodes from here on come after the article's last long paragraph

private:
    float initialScore(int i, const Options &options) const;
    bool isPruned(int i, int container, const Options &options) const;
    bool headsPrunedBlock(int i, int container, const Options &options) const;
    void serializeRange(int from, int to, int container, const Options &options, QString &out, qint64 *kept);
};

float Extractor::initialScore(int i, const Options &options) const
{
    const Node &n = t.nodes[size_t(i)];
    float s = 0;
    const QString &name = t.names.at(n.name);
    if (n.tagFlags & Div)
        s += 5;
    else if (name == QLatin1String("pre") || name == QLatin1String("td") || name == QLatin1String("blockquote"))
        s += 3;
    else if ((n.tagFlags & (List | ListItem | Form)) || name == QLatin1String("address"))
        s -= 3;
    else if ((n.tagFlags & Heading) || name == QLatin1String("th"))
        s -= 5;
    if (options.weightClasses)
        s += float(classWeight(n));
    if (n.classIndex >= 0 && t.classValues.at(n.classIndex).contains(QLatin1String("articlebody")))
        s += 25;
    return s;
}

int Extractor::choose(const Options &options)
{
    const size_t count = t.nodes.size();
    score.assign(count, 0.f);
    excluded.assign(count, false);
    std::vector<bool> initialised(count, false);
    for (size_t i = 1; i < count; ++i) {
        const Node &n = t.nodes[i];
        bool ex = excluded[size_t(n.parent)] || n.hidden;
        if (!ex && options.stripUnlikely && n.name >= 0 && !(n.tagFlags & Structural) && !(n.tagFlags & Anchor)) {
            // A layout named "sidebar-container" that holds the article is no sidebar.
            const Stats &s = t.stats[i];
            if ((n.classFlags & Unlikely) && !(n.classFlags & MaybeOk) && !s.hasMain
                && s.chars * 2 < t.stats[0].chars)
                ex = true;
            if (n.tagFlags & Aside)
                ex = true;
        }
        excluded[i] = ex;
    }
    for (size_t i = 1; i < count; ++i) {
        const Node &n = t.nodes[i];
        if (n.name < 0 || excluded[i])
            continue;
        const Stats &s = t.stats[i];
        // Paragraphs, and blocks that hold text but no other block (Readability turns those into <p>).
        const bool paragraph = (n.tagFlags & Paragraph) || (!s.hasBlock && (n.tagFlags & Div));
        // Text straight in a block that also holds blocks: Readability wraps it in a <p>.
        const bool inlineRun = !paragraph && s.hasBlock && (n.tagFlags & Div) && s.inlineChars >= 20;
        if ((!paragraph || s.chars < 20) && !inlineRun)
            continue;
        const qint64 chars = inlineRun ? s.inlineChars : s.chars;
        const qint32 commas = inlineRun ? s.inlineCommas : s.commas;
        const float contentScore = 1.f + float(commas) + std::min(3.f, float(chars) / 85.f);
        int ancestor = inlineRun ? int(i) : n.parent;
        for (int level = 0; level < 5 && ancestor > 0; ++level, ancestor = t.nodes[size_t(ancestor)].parent) {
            if (!initialised[size_t(ancestor)]) {
                initialised[size_t(ancestor)] = true;
                score[size_t(ancestor)] = initialScore(ancestor, options);
            }
            const float divider = level == 0 ? 1.f : level == 1 ? 2.f : float(level) * 3.f;
            score[size_t(ancestor)] += contentScore / divider;
        }
    }
    int top = -1;
    for (size_t i = 1; i < count; ++i) {
        if (!initialised[i])
            continue;
        score[i] *= float(1.0 - linkDensity(t.stats[i]));
        if (top < 0 || score[i] > score[size_t(top)])
            top = int(i);
    }
    if (top < 0)
        return -1;

    // A list is part of an article, never all of it (a long list of references is no article).
    while ((t.nodes[size_t(top)].tagFlags & (List | ListItem)) && t.nodes[size_t(top)].parent > 0)
        top = t.nodes[size_t(top)].parent;
    // Several good candidates under one ancestor: the article is that ancestor.
    std::vector<int> best;
    for (size_t i = 1; i < count; ++i) {
        if (initialised[i] && int(i) != top && score[i] >= 0.75f * score[size_t(top)])
            best.push_back(int(i));
    }
    if (best.size() >= 3 && best.size() < 50) {
        for (int a = t.nodes[size_t(top)].parent; a > 0; a = t.nodes[size_t(a)].parent) {
            int inside = 0;
            for (int b : best) {
                if (b > a && b < t.nodes[size_t(a)].end)
                    ++inside;
            }
            if (inside >= 3) {
                top = a;
                break;
            }
        }
    }
    // Climb while the parent scores about as well.
    {
        float lastScore = score[size_t(top)];
        const float threshold = lastScore / 3.f;
        for (int parent = t.nodes[size_t(top)].parent; parent > 0; parent = t.nodes[size_t(parent)].parent) {
            if (!initialised[size_t(parent)])
                continue;
            const float parentScore = score[size_t(parent)];
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
    }
    // The article split over several blocks (page builders' rows and
    // columns, one section each): widen to the ancestor whose other blocks
    // add a good share of paragraph text, as trafilatura's wider first pass.
    {
        std::vector<double> good(count, 0.0);
        for (size_t i = count; i-- > 1;) {
            const Node &n = t.nodes[i];
            if (excluded[i])
                continue;
            const Stats &s = t.stats[i];
            if (n.name >= 0 && s.chars >= MinGoodParagraph && linkDensity(s) < 0.25
                && ((n.tagFlags & Paragraph) || (!s.hasBlock && (n.tagFlags & (Div | ListItem | Heading))))) {
                good[i] = double(s.chars);
            } else if (n.name >= 0 && s.hasBlock && (n.tagFlags & Div) && s.inlineChars >= MinGoodParagraph) {
                good[i] = double(s.inlineChars);
            }
            if (n.parent >= 0)
                good[size_t(n.parent)] += good[i];
        }
        for (int parent = t.nodes[size_t(top)].parent; parent > 0; parent = t.nodes[size_t(parent)].parent) {
            const double mine = good[size_t(top)];
            const double more = good[size_t(parent)] - mine;
            if (mine <= 0 || more < WidenShare * mine || linkDensity(t.stats[size_t(parent)]) > 0.5)
                break;
            top = parent;
        }
    }
    return top;
}

bool Extractor::isPruned(int i, int container, const Options &options) const
{
    const Node &n = t.nodes[size_t(i)];
    if (n.name < 0)
        return false;
    if (n.hidden)
        return true;
    if (!options.prune || i == container)
        return false;
    const Stats &s = t.stats[size_t(i)];
    const Stats &c = t.stats[size_t(container)];
    const QString &name = t.names.at(n.name);
    const double share = c.chars > 0 ? double(s.chars) / double(c.chars) : 0.0;

    if (((n.classFlags & StrongBoilerplate) || ((n.classFlags & Boilerplate) && !(n.classFlags & Positive)))
        && !(n.tagFlags & Structural) && share < 0.5)
        return true;
    // "Read also: <a>another story</a>"
    if ((name == QLatin1String("p") || (n.tagFlags & ListItem)) && linkDensity(s) >= 0.6 && s.chars < 400)
        return true;
    if ((n.tagFlags & Aside) && share < 0.5)
        return true;
    if ((n.tagFlags & Form) && (s.controls > 0 || linkDensity(s) > 0.3) && share < 0.5)
        return true;
    if ((n.tagFlags & Header) && s.headings == 0 && linkDensity(s) > 0.3)
        return true;
    if ((n.tagFlags & Heading) && classWeight(n) < 0 && options.weightClasses)
        return true;

    // The container was chosen for its text: a block holding most of it is the article.
    if (share >= 0.5 || (n.tagFlags & Structural))
        return false;
    // Readability's conditional clean-up of blocks.
    const bool conditional = (n.tagFlags & (Div | List | Table | Form)) || name == QLatin1String("aside")
        || name == QLatin1String("header") || name == QLatin1String("figure");
    if (!conditional)
        return false;
    const int weight = options.weightClasses ? classWeight(n) : 0;
    const double ld = linkDensity(s);
    if (weight + score[size_t(i)] < 0 && s.chars < 2000 && (ld > 0.1 || s.chars < 200))
        return true;
    if (s.commas >= 10)
        return false;
    const bool isList = n.tagFlags & List;
    const qint64 p = s.paragraphs;
    if (!isList && s.listItems > p + 2 && ld > 0.4)
        return true;
    if (s.controls > p / 3 + 1)
        return true;
    if (!isList && s.chars < 25 && s.headings == 0 && ld > 0)
        return true;
    if (weight < 25 && ld > 0.33 && s.chars < 3000)
        return true;
    if (weight >= 25 && ld > 0.5)
        return true;
    if ((s.embeds == 1 && s.chars < 75) || s.embeds > 1)
        return s.chars < 500;
    return false;
}

// The title of a block that goes ("Related stories", "Share this:") goes with it.
bool Extractor::headsPrunedBlock(int i, int container, const Options &options) const
{
    const Node &n = t.nodes[size_t(i)];
    if (!options.prune || n.name < 0 || i == container || n.parent < 0)
        return false;
    const Stats &s = t.stats[size_t(i)];
    if (!(n.tagFlags & Heading) && (s.hasBlock || s.chars > 40 || !(n.tagFlags & (Div | Paragraph))))
        return false;
    const int parentEnd = t.nodes[size_t(n.parent)].end;
    int k = n.end;
    while (k < parentEnd && (t.nodes[size_t(k)].name < 0 || t.nodes[size_t(k)].hidden) && t.stats[size_t(k)].chars == 0)
        k = std::max(k + 1, t.nodes[size_t(k)].end);
    return k < parentEnd && t.nodes[size_t(k)].name >= 0 && t.stats[size_t(k)].chars > 0
        && !(t.nodes[size_t(k)].tagFlags & Heading) && isPruned(k, container, options);
}

void appendEscaped(QString &out, const QString &value)
{
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'&': out += QLatin1String("&amp;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
}

// Writes nodes [from, to) in document order, skipping pruned subtrees. No
// recursion: the open elements are a stack, closed when the walk passes
// their end.
void Extractor::serializeRange(int from, int to, int container, const Options &options, QString &out,
                               qint64 *kept)
{
    std::vector<int> open;
    for (int i = from; i < to;) {
        while (!open.empty() && t.nodes[size_t(open.back())].end <= i) {
            out += QLatin1String("</") + t.nameOf(open.back()) + u'>';
            open.pop_back();
        }
        const Node &n = t.nodes[size_t(i)];
        if (n.name < 0) {
            if (n.spaceOnly) {
                out += u' ';
            } else {
                // A bare '<' must stay text: what follows it may differ now.
                const QStringView text = t.text(n);
                qsizetype start = 0;
                for (qsizetype k = 0; k < text.size(); ++k) {
                    if (text.at(k) == u'<') {
                        out += text.mid(start, k - start);
                        out += QLatin1String("&lt;");
                        start = k + 1;
                    }
                }
                out += text.mid(start);
                *kept += t.stats[size_t(i)].chars;
            }
            ++i;
            continue;
        }
        const Stats &st = t.stats[size_t(i)];
        const bool shortTail = tailStart >= 0 && i >= tailStart && (n.tagFlags & Block)
            && !(n.tagFlags & (Heading | TablePart | ListItem)) && !st.hasBlock && st.chars < TailShort;
        if (shortTail || isPruned(i, container, options) || headsPrunedBlock(i, container, options)) {
            // Keeps the words before and after apart, as the sanitizer does for what it drops.
            if (!(n.tagFlags & DropSilently))
                out += u' ';
            i = std::max(n.end, i + 1);
            continue;
        }
        if (i != 0) {
            const QString &name = t.nameOf(i);
            out += u'<' + name;
            for (int a = n.attrFirst; a < n.attrFirst + n.attrCount; ++a) {
                const HtmlAttribute &attr = t.attributes[size_t(a)];
                out += u' ' + attr.name + QLatin1String("=\"");
                appendEscaped(out, attr.value);
                out += u'"';
            }
            out += u'>';
            if (!(n.tagFlags & Void))
                open.push_back(i);
        }
        ++i;
    }
    while (!open.empty()) {
        out += QLatin1String("</") + t.nameOf(open.back()) + u'>';
        open.pop_back();
    }
}

QString Extractor::serialize(int container, const Options &options, qint64 *keptChars)
{
    QString out;
    *keptChars = 0;
    const Node &top = t.nodes[size_t(container)];
    const int parent = top.parent;
    const float topScore = score[size_t(container)];
    out += QLatin1String("<html><body>");
    // jusText's context: short blocks after the last long paragraph are the
    // site's ("Did you like this article?", "Sources:", a sign-up line).
    tailStart = -1;
    if (options.prune) {
        const int from = parent < 0 ? container : parent;
        for (int i = t.nodes[size_t(from)].end - 1; i > from; --i) {
            const Node &n = t.nodes[size_t(i)];
            const Stats &s = t.stats[size_t(i)];
            if (n.name >= 0 && !excluded[size_t(i)] && (n.tagFlags & (Paragraph | Div | ListItem)) && !s.hasBlock
                && s.chars >= TailLong && linkDensity(s) < 0.3) {
                tailStart = n.end;
                break;
            }
        }
    }

    // The headline: the page's <h1> before the article, when the article
    // does not hold one; in its place, so that the text keeps the page's order.
    const int from = parent < 0 ? container : parent;
    const auto writeHeadline = [&] {
        serializeRange(headline, t.nodes[size_t(headline)].end, headline, Options{ true, true, false }, out,
                       keptChars);
    };
    // The lead, deck or intro between the headline and the article's body:
    // short blocks of plain text that no name marks as the site's.
    qint64 leadBudget = 1500;
    int scanBudget = 5000;
    const auto writeLead = [&](int begin, int end) {
        for (int k = begin; k < end && leadBudget > 0 && scanBudget-- > 0;) {
            const Node &n = t.nodes[size_t(k)];
            const Stats &s = t.stats[size_t(k)];
            if (n.name < 0) {
                ++k;
                continue;
            }
            if (n.hidden || excluded[size_t(k)] || (n.classFlags & (Boilerplate | StrongBoilerplate | Negative))
                || (n.tagFlags & (Aside | Form | List | Table | Figure)) || linkDensity(s) >= 0.3) {
                k = std::max(k + 1, n.end);
                continue;
            }
            if ((n.tagFlags & (Paragraph | Div | Heading)) && !s.hasBlock) {
                if (s.chars >= 20) {
                    serializeRange(k, n.end, k, options, out, keptChars);
                    leadBudget -= s.chars;
                }
                k = std::max(k + 1, n.end);
                continue;
            }
            ++k;
        }
    };
    if (headline >= 0 && t.nodes[size_t(headline)].end <= from) {
        writeHeadline();
        writeLead(t.nodes[size_t(headline)].end, from);
    }

    if (parent < 0) {
        serializeRange(container, top.end, container, options, out, keptChars);
    } else {
        // Siblings that look like more of the article (Readability's sibling merge).
        const float threshold = std::max(10.f, topScore * 0.2f);
        const QString topClass = top.classIndex >= 0 ? t.classValues.at(top.classIndex) : QString();
        for (int i = parent + 1; i < t.nodes[size_t(parent)].end; i = std::max(t.nodes[size_t(i)].end, i + 1)) {
            bool append = i == container;
            const Node &n = t.nodes[size_t(i)];
            if (!append && n.name >= 0 && !excluded[size_t(i)]) {
                float bonus = 0;
                if (!topClass.isEmpty() && n.classIndex == top.classIndex)
                    bonus += topScore * 0.2f;
                const Stats &s = t.stats[size_t(i)];
                if (score[size_t(i)] != 0.f && score[size_t(i)] + bonus >= threshold) {
                    append = true;
                } else if (t.nameOf(i) == QLatin1String("p")) {
                    const double ld = linkDensity(s);
                    if (s.chars > 70 && ld < 0.25)
                        append = true;
                    else if (s.chars > 0 && s.chars <= 70 && ld == 0) {
                        // A short paragraph that ends a sentence.
                        QString text;
                        for (int k = i; k < n.end; ++k) {
                            if (t.nodes[size_t(k)].name < 0)
                                text += t.text(t.nodes[size_t(k)]);
                        }
                        static const QRegularExpression sentence(QStringLiteral("\\.( |$)"));
                        append = sentence.match(text.simplified()).hasMatch();
                    }
                }
            }
            if (append)
                serializeRange(i, n.end, i == container ? container : i, options, out, keptChars);
            else if (headline >= i && t.nodes[size_t(headline)].end <= n.end && headline < container) {
                writeHeadline();
                writeLead(t.nodes[size_t(headline)].end, n.end);
            } else if (headline >= 0 && i >= t.nodes[size_t(headline)].end && i < container) {
                writeLead(i, n.end);
            }
        }
    }
    out += QLatin1String("</body></html>");
    return out;
}

// Mozilla's isProbablyReaderable: enough long paragraphs outside the page's furniture.
double Extractor::readerableScore() const
{
    double total = 0;
    for (size_t i = 1; i < t.nodes.size(); ++i) {
        const Node &n = t.nodes[i];
        if (n.name < 0 || excluded[i])
            continue;
        const Stats &s = t.stats[i];
        const bool paragraph = (n.tagFlags & Paragraph) || (!s.hasBlock && (n.tagFlags & (Div | ListItem)));
        const qint64 chars = paragraph ? s.chars : (n.tagFlags & Div) ? s.inlineChars : 0;
        if (chars < 120)
            continue;
        total += std::sqrt(double(chars - 120) * (1.0 - linkDensity(s)));
    }
    return total;
}

} // namespace

ReaderMode::Result ReaderMode::extract(const QString &decodedHtml)
{
    Result result;
    if (decodedHtml.size() >= std::numeric_limits<qint32>::max())
        return result;
    Tree tree(decodedHtml);
    if (!tree.build())
        return result;
    tree.computeStats();

    Extractor extractor(tree);
    // The first visible <h1> is the headline.
    for (size_t i = 1; i < tree.nodes.size(); ++i) {
        const Node &n = tree.nodes[i];
        if (n.name >= 0 && tree.names.at(n.name) == QLatin1String("h1") && tree.stats[i].chars > 0) {
            bool visible = true;
            for (int a = int(i); a > 0; a = tree.nodes[size_t(a)].parent) {
                if (tree.nodes[size_t(a)].hidden) {
                    visible = false;
                    break;
                }
            }
            if (visible) {
                // With the header around it: the byline, date and lead that go with the headline.
                extractor.headline = int(i);
                const int parent = n.parent;
                if (parent > 0) {
                    const Node &p = tree.nodes[size_t(parent)];
                    const Stats &s = tree.stats[size_t(parent)];
                    const bool header = tree.names.at(p.name) == QLatin1String("header")
                        || tree.names.at(p.name) == QLatin1String("hgroup");
                    if (header && s.chars < 1000 && linkDensity(s) < 0.3)
                        extractor.headline = parent;
                }
                break;
            }
        }
    }

    // As Readability does: when stripping unlikely blocks leaves too little,
    // try again with fewer assumptions, and keep the longest.
    constexpr qint64 EnoughChars = 400;
    const Extractor::Options attempts[] = { { true, true, true }, { false, true, true }, { false, false, true } };
    QString bestHtml;
    qint64 bestChars = 0;
    // Whether the page has an article at all: long paragraphs, wherever they are.
    extractor.choose(attempts[1]);
    const double readerable = extractor.readerableScore();
    for (const Extractor::Options &options : attempts) {
        const int container = extractor.choose(options);
        if (container < 0)
            continue;
        qint64 kept = 0;
        QString html = extractor.serialize(container, options, &kept);
        if (kept > bestChars) {
            bestChars = kept;
            bestHtml = std::move(html);
        }
        if (bestChars >= EnoughChars)
            break;
    }
    if (bestChars < 200 || (readerable < 4 && bestChars < 400))
        return result;
    result.html = std::move(bestHtml);
    result.isArticle = true;
    return result;
}

} // namespace ktk
