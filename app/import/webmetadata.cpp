// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/webmetadata.h"

#include "import/htmltokenizer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QVector>

namespace ktk {

namespace {

// How far (in tokens) from the first <h1> a byline or a <time> still counts
// as the article's own: a header holds a few dozen tags, a page thousands.
constexpr int AfterHeadline = 400;
constexpr int BeforeHeadline = 120;
constexpr qsizetype MaxCapture = 300;   // characters of a byline element kept

QString primaryLanguage(const QString &tag)
{
    const QString lang = tag.trimmed().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).toLower();
    static const QRegularExpression letters(QStringLiteral("^[a-z]{2,3}$"));
    return letters.match(lang).hasMatch() ? lang : QString();
}

QString absoluteWebUrl(const QString &value)
{
    QString url;
    for (QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    }
    url = url.trimmed();
    if (url.startsWith(QLatin1String("//")))
        url.prepend(QLatin1String("https:"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QString();
    const QString scheme = parsed.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) ? url : QString();
}

bool looksLikeUrl(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
        || v.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) || v.startsWith(QLatin1String("//"))
        || v.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

// The date as written in the page's own zone: 2024-11-05T00:30+01:00 is
// the 5th, though it was still the 4th in UTC.
QDate parseDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QDate();
    static const QRegularExpression isoDate(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d]))"));
    QRegularExpressionMatch m = isoDate.match(v);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Dutch and German sites write day first.
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b)"));
    m = dayFirst.match(v);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(?:T|$))"));
    m = compact.match(v);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression slashes(QStringLiteral(R"(^(\d{4})/(\d{1,2})/(\d{1,2})\b)"));
    m = slashes.match(v);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QDateTime dt = QDateTime::fromString(v, Qt::RFC2822Date);
    return dt.isValid() ? dt.date() : QDate();
}

// A date written out in the text: 3.11.2023, 3 November 2023, 3. März 2023,
// November 3, 2023, 2023-11-03.
QDate textDate(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral(R"((?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d))"));
    QRegularExpressionMatch m = numeric.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression iso(QStringLiteral(R"((?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    m = iso.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QStringList months[] = {
        { QStringLiteral("jan"), QStringLiteral("ja"), QStringLiteral("jän") },
        { QStringLiteral("feb"), QStringLiteral("fé"), QStringLiteral("fe") },
        { QStringLiteral("mar"), QStringLiteral("mär"), QStringLiteral("maa") },
        { QStringLiteral("apr"), QStringLiteral("av") },
        { QStringLiteral("may"), QStringLiteral("mai"), QStringLiteral("mei") },
        { QStringLiteral("jun"), QStringLiteral("juin") },
        { QStringLiteral("jul"), QStringLiteral("juil") },
        { QStringLiteral("aug"), QStringLiteral("aoû"), QStringLiteral("ao") },
        { QStringLiteral("sep") },
        { QStringLiteral("oct"), QStringLiteral("okt") },
        { QStringLiteral("nov") },
        { QStringLiteral("dec"), QStringLiteral("dez"), QStringLiteral("déc") },
    };
    static const QString name = QStringLiteral(R"((jan(?:uary|uar|vier|uari)?|jän(?:ner)?|feb(?:ruary|ruar|ruari)?|février|mar(?:ch|s|et)?|märz|maart|apr(?:il|ile)?|avril|may|mai|mei|jun(?:e|i)?|juin|jul(?:y|i)?|juillet|aug(?:ust|ustus)?|août|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|décembre)\.?)");
    static const QRegularExpression dayMonth(QStringLiteral(R"((?<!\d)(\d{1,2})\.?\s+)") + name + QStringLiteral(R"(\s+(\d{4})(?!\d))"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression monthDay(QStringLiteral(R"(\b)") + name + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d))"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    auto monthOf = [](const QString &word) {
        const QString w = word.toLower();
        // Longest prefixes first would be nicer; the lists above do not overlap
        // except ma(r/i/a), which are told apart by their third letter.
        if (w.startsWith(QLatin1String("mär")) || w.startsWith(QLatin1String("maa")) || w.startsWith(QLatin1String("mar")))
            return 3;
        if (w.startsWith(QLatin1String("mai")) || w.startsWith(QLatin1String("may")) || w.startsWith(QLatin1String("mei")))
            return 5;
        if (w.startsWith(QLatin1String("juin")) || w.startsWith(QLatin1String("jun")))
            return 6;
        if (w.startsWith(QLatin1String("juil")) || w.startsWith(QLatin1String("jul")))
            return 7;
        for (int i = 0; i < 12; ++i) {
            for (const QString &p : months[i]) {
                if (w.startsWith(p))
                    return i + 1;
            }
        }
        return 0;
    };
    m = dayMonth.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
    m = monthDay.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
    return QDate();
}

bool isDate(const QString &value)
{
    return parseDate(value).isValid();
}

QString clean(const QString &value)
{
    return HtmlTokenizer::decodeEntities(value).simplified();
}

bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// "Jane Doe", not "Redactie Binnenland, 5 maart 2024 | Leestijd 3 minuten".
QString cleanPersonName(const QString &raw)
{
    QString name = clean(raw);
    static const QRegularExpression prefix(
        QStringLiteral(R"(^(?:(?:view\s+)?(?:all\s+)?(?:posts|articles|stories|beiträge|artikel)\s+(?:by|von|door)|(?:written|posted|published|text|story|reported)\s+by|by|door|von|van|par|por|di|de|text|tekst|autor|author|auteur|verfasst von|geschrieben von|ein (?:beitrag|artikel) von)\s*[:\-–]?\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    name.remove(prefix);
    // A date, a reading time or a role after the name.
    static const QRegularExpression tail(QStringLiteral(R"(\s*(?:[|•·]|\s[-–—]\s|\bam\s+\d|\bon\s+\d|\bop\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\bupdated\b|\bpublished\b|\bgeplaatst\b|\baktualisiert\b).*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    name.remove(tail);
    name = name.trimmed();
    while (name.endsWith(u',') || name.endsWith(u':') || name.endsWith(u'-') || name.endsWith(u'|')
           || name.endsWith(QChar(0x2013))) {
        name.chop(1);
        name = name.trimmed();
    }
    // What content systems write when nobody is named.
    static const QRegularExpression placeholder(QStringLiteral("^(?:no author|unknown|anonymous|admin|administrator|posted|author|autor|null|none)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(name).hasMatch())
        return QString();
    return name;
}

bool plausiblePersonName(const QString &name)
{
    if (name.size() < 3 || name.size() > 80 || looksLikeUrl(name) || name.contains(u'@'))
        return false;
    if (!name.at(0).isLetter() || !name.at(0).isUpper())
        return false;
    for (QChar c : name) {
        if (c.isDigit())
            return false;
    }
    return name.split(u' ', Qt::SkipEmptyParts).size() <= 8;
}

// schema.org types, by how much they say about the page being an article.
int typeRank(const QJsonValue &type)
{
    QStringList types;
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types << t.toString();
    } else {
        types << type.toString();
    }
    int rank = 0;
    for (QString t : types) {
        t = t.section(u'/', -1).section(u':', -1);
        if (t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") || t == QLatin1String("Report")
            || t == QLatin1String("SocialMediaPosting") || t == QLatin1String("LiveBlogPosting")
            || t == QLatin1String("Review") || t == QLatin1String("Legislation") || t == QLatin1String("Thesis"))
            rank = qMax(rank, 3);
        else if (t.endsWith(QLatin1String("Page")) || t == QLatin1String("CreativeWork") || t == QLatin1String("Recipe")
                 || t == QLatin1String("Event") || t == QLatin1String("Book") || t == QLatin1String("Dataset"))
            rank = qMax(rank, 2);
    }
    return rank;
}

bool hasType(const QJsonObject &o, QLatin1String wanted)
{
    const QJsonValue type = o.value(QLatin1String("@type"));
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{ type };
    for (const QJsonValue &t : types) {
        if (t.toString().section(u'/', -1).section(u':', -1) == wanted)
            return true;
    }
    return false;
}

struct JsonLd
{
    QVector<QJsonObject> nodes;            // every object met, for @id references
    QHash<QString, QJsonObject> byId;

    void collect(const QJsonValue &value, int depth)
    {
        if (depth > 8)
            return;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                collect(v, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject o = value.toObject();
        nodes.append(o);
        const QString id = o.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && o.size() > 1 && !byId.contains(id))
            byId.insert(id, o);
        if (o.contains(QLatin1String("@graph")))
            collect(o.value(QLatin1String("@graph")), depth + 1);
    }

    QJsonObject resolve(const QJsonObject &o) const
    {
        const QString id = o.value(QLatin1String("@id")).toString();
        if (o.size() == 1 && !id.isEmpty())
            return byId.value(id, o);
        return o;
    }

    // A name from a string, an object or its @id.
    QString nameOf(const QJsonValue &value) const
    {
        if (value.isString())
            return clean(value.toString());
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            return a.isEmpty() ? QString() : nameOf(a.first());
        }
        const QJsonObject o = resolve(value.toObject());
        QString name = clean(o.value(QLatin1String("name")).toString());
        if (name.isEmpty()) {
            name = clean(o.value(QLatin1String("givenName")).toString() + u' '
                         + o.value(QLatin1String("familyName")).toString());
        }
        return name;
    }

    // Persons and organisations named as authors.
    void authors(const QJsonValue &value, QStringList *persons, QStringList *organisations) const
    {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                authors(v, persons, organisations);
            return;
        }
        if (value.isString()) {
            const QString name = clean(value.toString());
            if (!name.isEmpty() && !looksLikeUrl(name) && !persons->contains(name))
                persons->append(name);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject o = resolve(value.toObject());
        const QString name = nameOf(o);
        if (name.isEmpty() || looksLikeUrl(name))
            return;
        const bool organisation = hasType(o, QLatin1String("Organization")) || hasType(o, QLatin1String("NewsMediaOrganization"))
            || hasType(o, QLatin1String("Corporation")) || hasType(o, QLatin1String("GovernmentOrganization"))
            || hasType(o, QLatin1String("WebSite"));
        QStringList *list = organisation ? organisations : persons;
        if (!list->contains(name))
            list->append(name);
    }
};

struct Found
{
    QString title, publisher, date, language, url;
    QStringList persons, organisations;
};

Found readJsonLd(const QStringList &scripts)
{
    JsonLd ld;
    for (QString script : scripts) {
        script = script.trimmed();
        if (script.startsWith(QLatin1String("<!--")))
            script = script.mid(4);
        if (script.endsWith(QLatin1String("-->")))
            script.chop(3);
        if (script.startsWith(QLatin1String("<![CDATA[")))
            script = script.mid(9);
        if (script.endsWith(QLatin1String("]]>")))
            script.chop(3);
        // Raw line breaks inside strings are invalid JSON but common.
        for (QChar &c : script) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(script.trimmed().toUtf8(), &error);
        if (doc.isArray())
            ld.collect(doc.array(), 0);
        else if (doc.isObject())
            ld.collect(doc.object(), 0);
    }

    // Article nodes first, then pages; within a rank, document order.
    QVector<QJsonObject> ranked;
    for (int rank = 3; rank >= 2; --rank) {
        for (const QJsonObject &o : std::as_const(ld.nodes)) {
            if (typeRank(o.value(QLatin1String("@type"))) == rank)
                ranked.append(o);
        }
    }
    Found f;
    for (const QJsonObject &o : std::as_const(ranked)) {
        const bool article = typeRank(o.value(QLatin1String("@type"))) == 3;
        if (f.title.isEmpty())
            f.title = clean(o.value(QLatin1String("headline")).toString());
        if (f.title.isEmpty() && article)
            f.title = clean(o.value(QLatin1String("name")).toString());
        if (f.persons.isEmpty()) {
            QStringList organisations;
            ld.authors(o.value(QLatin1String("author")), &f.persons, &organisations);
            if (f.persons.isEmpty())
                ld.authors(o.value(QLatin1String("creator")), &f.persons, &organisations);
            if (f.organisations.isEmpty())
                f.organisations = organisations;
        }
        if (f.publisher.isEmpty())
            f.publisher = ld.nameOf(o.value(QLatin1String("publisher")));
        if (f.date.isEmpty()) {
            for (const char *key : { "datePublished", "dateCreated", "uploadDate" }) {
                const QString d = o.value(QLatin1String(key)).toString();
                if (isDate(d)) {
                    f.date = d;
                    break;
                }
            }
        }
        if (f.language.isEmpty()) {
            const QJsonValue lang = o.value(QLatin1String("inLanguage"));
            f.language = lang.isObject() ? lang.toObject().value(QLatin1String("alternateName")).toString()
                                         : lang.toString();
        }
        if (f.url.isEmpty() && article) {
            const QJsonValue main = o.value(QLatin1String("mainEntityOfPage"));
            QString url = main.isObject() ? main.toObject().value(QLatin1String("@id")).toString() : main.toString();
            if (absoluteWebUrl(url).isEmpty())
                url = o.value(QLatin1String("url")).toString();
            f.url = absoluteWebUrl(url);
        }
    }
    // A page node's own url, when no article said where it lives.
    for (const QJsonObject &o : std::as_const(ranked)) {
        if (!f.url.isEmpty())
            break;
        f.url = absoluteWebUrl(o.value(QLatin1String("url")).toString());
    }
    return f;
}

// " | Site", " - Site", " – Site" ... at either end of a title, when Site is
// the site's own name.
QString stripSiteName(const QString &title, const QStringList &siteNames)
{
    static const QStringList separators = { QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
                                            QStringLiteral(" — "), QStringLiteral(" :: "), QStringLiteral(" · "),
                                            QStringLiteral(" • "), QStringLiteral(" : "), QStringLiteral(" / ") };
    for (const QString &site : siteNames) {
        if (site.isEmpty())
            continue;
        for (const QString &sep : separators) {
            if (title.endsWith(sep + site, Qt::CaseInsensitive) && title.size() > sep.size() + site.size())
                return title.left(title.size() - sep.size() - site.size()).trimmed();
            if (title.startsWith(site + sep, Qt::CaseInsensitive) && title.size() > sep.size() + site.size())
                return title.mid(site.size() + sep.size()).trimmed();
        }
    }
    return title;
}

struct Candidate
{
    int token = 0;      // index of the token where it was found
    int strength = 0;   // for bylines: 3 itemprop/rel, 2 class, 1 text
    QString value;
};

// class="author", "byline", "c-article-author__name", id="author" ...
bool marksAuthor(const HtmlToken &token, int *strength)
{
    const QString rel = token.attribute(QLatin1String("rel")).toLower();
    const QString itemprop = token.attribute(QLatin1String("itemprop")).toLower();
    if (rel.split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("author"))
        || itemprop.split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("author"))) {
        *strength = 3;
        return true;
    }
    static const QRegularExpression marker(QStringLiteral(R"((?:^|[\s_-])(?:author|byline|autor|auteur)(?:[\s_-](?:name|names|link)|s?$|s?\s))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notAuthor(QStringLiteral(R"(avatar|image|img|photo|bio|description|date|time|about|box|comment)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString classes = token.attribute(QLatin1String("class")) + u' ' + token.attribute(QLatin1String("id"));
    if (marker.match(classes).hasMatch() && !notAuthor.match(classes).hasMatch()) {
        *strength = 2;
        return true;
    }
    return false;
}

} // namespace

WebPageMetadata WebMetadata::read(const QString &html)
{
    QString title;
    QString htmlLang;
    QString canonical;
    QHash<QString, QStringList> metas;   // lower-cased name/property/itemprop -> contents in page order
    QStringList jsonLd;
    qsizetype jsonLdChars = 0;
    int foreignDepth = 0;                // inside svg or math, whose <title> is no page title

    int headlineToken = -1;              // the first <h1>
    QString headline;                    // and its text
    bool inHeadline = false;
    QVector<Candidate> times;
    QVector<Candidate> textDates;        // dates written in the text near the headline
    QVector<Candidate> bylines;

    // A byline element being read: its name, nesting and text so far.
    QString captureTag;
    int captureDepth = 0;
    Candidate capture;

    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    bool inTitle = false;
    bool inJsonLd = false;
    int index = -1;
    static const QRegularExpression textByline(
        QStringLiteral(R"(^\s*(?:by|door|von|par|por)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|de|der|den|von|du|la|le|di|da|del|ter|ten|\p{Lu}[\p{L}'’.-]*)){1,4})(?:$|\s*[,|•·]|\s+(?:und|and|en|et|y)\s))"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    while (tokenizer.next(token)) {
        ++index;
        if (token.type == HtmlToken::Type::Text) {
            if (inTitle && title.isEmpty())
                title = clean(token.text.toString());
            if (inHeadline && headline.size() < 1000)
                headline += token.text.left(1000) + u' ';
            if (inJsonLd) {
                inJsonLd = false;
                if (token.text.size() <= PerScriptLimit && jsonLdChars + token.text.size() <= TotalLimit) {
                    jsonLd << token.text.toString();
                    jsonLdChars += token.text.size();
                }
            }
            if (headlineToken >= 0 && index - headlineToken <= AfterHeadline && textDates.isEmpty()
                && token.text.size() < 300) {
                const QDate d = textDate(HtmlTokenizer::decodeEntities(token.text));
                if (d.isValid())
                    textDates.append({ index, 0, d.toString(Qt::ISODate) });
            }
            if (!captureTag.isEmpty() && capture.value.size() < MaxCapture)
                capture.value += token.text.left(MaxCapture) + u' ';
            else if (captureTag.isEmpty() && token.text.size() < 200 && token.text.size() > 5
                     && (headlineToken < 0 || index - headlineToken <= AfterHeadline)) {
                const QRegularExpressionMatch m = textByline.match(clean(token.text.toString()));
                if (m.hasMatch())
                    bylines.append({ index, 1, m.captured(1) });
            }
            continue;
        }
        inTitle = false;
        inJsonLd = false;
        const QString &name = token.name;
        if (inHeadline && token.type == HtmlToken::Type::EndTag && name == QLatin1String("h1"))
            inHeadline = false;
        if (!captureTag.isEmpty() && name == captureTag) {
            captureDepth += token.type == HtmlToken::Type::StartTag ? 1 : -1;
            if (captureDepth == 0) {
                bylines.append(capture);
                captureTag.clear();
            }
        }
        if (name == QLatin1String("svg") || name == QLatin1String("math")) {
            foreignDepth += token.type == HtmlToken::Type::StartTag ? 1 : (foreignDepth > 0 ? -1 : 0);
            continue;
        }
        if (token.type != HtmlToken::Type::StartTag)
            continue;
        if (name == QLatin1String("html")) {
            if (htmlLang.isEmpty())
                htmlLang = token.attribute(QLatin1String("lang"));
            if (htmlLang.isEmpty())
                htmlLang = token.attribute(QLatin1String("xml:lang"));
        } else if (name == QLatin1String("title")) {
            inTitle = foreignDepth == 0;
        } else if (name == QLatin1String("script")) {
            inJsonLd = token.attribute(QLatin1String("type")).trimmed().compare(QLatin1String("application/ld+json"),
                                                                                 Qt::CaseInsensitive) == 0;
        } else if (name == QLatin1String("meta")) {
            QStringList keys;
            for (const char *attr : { "name", "property", "itemprop" }) {
                const QString k = token.attribute(QLatin1String(attr)).trimmed().toLower();
                if (!k.isEmpty())
                    keys << k.split(u' ', Qt::SkipEmptyParts);
            }
            if (token.hasAttribute(QLatin1String("http-equiv")))
                keys << QLatin1String("http-equiv:") + token.attribute(QLatin1String("http-equiv")).trimmed().toLower();
            QString content = token.attribute(QLatin1String("content"));
            if (content.isEmpty())
                content = token.attribute(QLatin1String("datetime"));
            content = content.simplified();
            if (!content.isEmpty()) {
                for (const QString &key : std::as_const(keys))
                    metas[key].append(content);
            }
        } else if (name == QLatin1String("link")) {
            const QStringList rels = token.attribute(QLatin1String("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
            if (canonical.isEmpty() && rels.contains(QLatin1String("canonical")))
                canonical = absoluteWebUrl(token.attribute(QLatin1String("href")));
        } else if (name == QLatin1String("h1") && headlineToken < 0 && foreignDepth == 0) {
            headlineToken = index;
            inHeadline = true;
        } else {
            if (name == QLatin1String("time") || token.attribute(QLatin1String("itemprop")).toLower() == QLatin1String("datepublished")) {
                QString when = token.attribute(QLatin1String("datetime"));
                if (when.isEmpty())
                    when = token.attribute(QLatin1String("content"));
                if (isDate(when))
                    times.append({ index, 0, when });
            }
            int strength = 0;
            if (captureTag.isEmpty() && !HtmlTokenizer::isVoidElement(name) && marksAuthor(token, &strength)) {
                captureTag = name;
                captureDepth = 1;
                capture = { index, strength, QString() };
                const QString content = token.attribute(QLatin1String("content"));
                if (!content.isEmpty())
                    capture.value = content + u' ';
            }
        }
    }
    if (!captureTag.isEmpty())
        bylines.append(capture);

    auto all = [&metas](std::initializer_list<const char *> keys) {
        QStringList values;
        for (const char *k : keys)
            values << metas.value(QLatin1String(k));
        return values;
    };
    auto firstOf = [&all](std::initializer_list<const char *> keys, auto accept) {
        for (const QString &v : all(keys)) {
            if (!v.isEmpty() && accept(v))
                return v;
        }
        return QString();
    };
    auto any = [](const QString &) { return true; };

    const Found ld = readJsonLd(jsonLd);
    WebPageMetadata meta;

    // Publisher: the site, which is never the author.
    meta.publisher = ld.publisher;
    if (meta.publisher.isEmpty())
        meta.publisher = clean(firstOf({ "citation_publisher", "dc.publisher", "dcterms.publisher", "og:site_name",
                                         "publisher", "application-name" },
                                       [](const QString &v) { return !looksLikeUrl(v); }));
    if (meta.publisher.isEmpty() && !ld.organisations.isEmpty())
        meta.publisher = ld.organisations.first();
    const QStringList siteNames = { meta.publisher, clean(metas.value(QLatin1String("og:site_name")).value(0)),
                                    clean(metas.value(QLatin1String("application-name")).value(0)) };
    auto isSite = [&siteNames](const QString &v) {
        for (const QString &site : siteNames) {
            if (sameName(v, site))
                return true;
        }
        return false;
    };

    // Title.
    meta.title = ld.title;
    if (meta.title.isEmpty()) {
        meta.title = clean(firstOf({ "citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title" },
                                   any));
    }
    if (meta.title.isEmpty())
        meta.title = title;
    meta.title = stripSiteName(meta.title, siteNames);
    // The headline as shown, when the title is it plus something after it (a
    // site name the page does not declare, a section). Something before it
    // ("Münster: ...") is more often a dateline or a kicker that belongs to
    // the title.
    const QString shownHeadline = clean(headline);
    if (shownHeadline.size() >= 8 && meta.title.size() > shownHeadline.size()
        && meta.title.startsWith(shownHeadline, Qt::CaseInsensitive)
        && !meta.title.at(shownHeadline.size()).isLetterOrNumber())
        meta.title = shownHeadline;

    // Author: persons only.
    QStringList persons;
    for (const QString &p : ld.persons) {
        const QString name = cleanPersonName(p);
        if (!name.isEmpty() && !isSite(name) && !persons.contains(name))
            persons << name;
    }
    auto personsFrom = [&](std::initializer_list<const char *> keys) {
        for (const QString &v : all(keys)) {
            const QString name = cleanPersonName(v);
            if (!name.isEmpty() && !looksLikeUrl(name) && !isSite(name) && !persons.contains(name))
                persons << name;
        }
    };
    if (persons.isEmpty())
        personsFrom({ "citation_author" });
    if (persons.isEmpty())
        personsFrom({ "dc.creator", "dcterms.creator" });
    if (persons.isEmpty()) {
        const QString v = firstOf({ "author", "article:author", "parsely-author", "sailthru.author" },
                                  [&](const QString &v) { return !looksLikeUrl(v) && !isSite(cleanPersonName(v)); });
        if (!v.isEmpty())
            persons << cleanPersonName(v);
    }
    if (persons.isEmpty()) {
        // The byline nearest the headline, the most explicit first.
        const Candidate *best = nullptr;
        int bestDistance = 0;
        for (const Candidate &c : std::as_const(bylines)) {
            const QString name = cleanPersonName(c.value);
            if (!plausiblePersonName(name) || isSite(name))
                continue;
            int distance = 0;
            if (headlineToken >= 0) {
                distance = c.token >= headlineToken ? c.token - headlineToken : (headlineToken - c.token) * 3;
                if (c.token > headlineToken + AfterHeadline || c.token < headlineToken - BeforeHeadline)
                    continue;
            } else {
                distance = c.token;
            }
            if (!best || c.strength > best->strength || (c.strength == best->strength && distance < bestDistance)) {
                best = &c;
                bestDistance = distance;
            }
        }
        if (best)
            persons << cleanPersonName(best->value);
    }
    meta.author = persons.join(QLatin1String(", "));

    // Date.
    QString date = ld.date;
    if (date.isEmpty()) {
        date = firstOf({ "citation_publication_date", "citation_date", "citation_online_date", "dc.date",
                         "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created",
                         "article:published_time", "og:published_time", "og:article:published_time",
                         "datepublished", "date", "pubdate", "publishdate", "publish-date", "publication_date",
                         "sailthru.date", "parsely-pub-date" },
                       isDate);
    }
    if (date.isEmpty()) {
        const Candidate *best = nullptr;
        int bestDistance = 0;
        for (const Candidate &c : std::as_const(times)) {
            int distance = c.token;
            if (headlineToken >= 0) {
                if (c.token > headlineToken + AfterHeadline || c.token < headlineToken - BeforeHeadline)
                    continue;
                distance = c.token >= headlineToken ? c.token - headlineToken : (headlineToken - c.token) * 3;
            }
            if (!best || distance < bestDistance) {
                best = &c;
                bestDistance = distance;
            }
        }
        if (best)
            date = best->value;
    }
    if (date.isEmpty() && !textDates.isEmpty())
        date = textDates.first().value;
    meta.published = parseDate(date);

    // Language.
    meta.language = primaryLanguage(ld.language);
    if (meta.language.isEmpty())
        meta.language = primaryLanguage(htmlLang);
    if (meta.language.isEmpty()) {
        meta.language = primaryLanguage(firstOf({ "http-equiv:content-language", "content-language", "language",
                                                  "citation_language", "dc.language", "dcterms.language",
                                                  "og:locale" },
                                                [](const QString &v) { return !primaryLanguage(v).isEmpty(); }));
    }

    // Where the page lives.
    meta.sourceUrl = ld.url;
    if (meta.sourceUrl.isEmpty())
        meta.sourceUrl = canonical;
    if (meta.sourceUrl.isEmpty())
        meta.sourceUrl = absoluteWebUrl(firstOf({ "og:url", "citation_public_url", "citation_abstract_html_url" }, any));
    return meta;
}

} // namespace ktk
