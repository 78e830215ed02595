// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/officedocument.h"

#include "import/officezip.h"

#include <QHash>
#include <QMap>
#include <QXmlStreamReader>

namespace ktk {

namespace {

// How many characters of a paragraph are kept as plain text for the title
// and for telling headings; the HTML holds all of it.
constexpr qsizetype MaxPlainKept = 400;
constexpr qsizetype MaxQuote = 2000;
constexpr qsizetype MaxCommentText = 20000;
constexpr int MaxFormatStack = 256;     // nested spans and links with their own format
constexpr int MaxStyleChain = 32;       // basedOn / parent-style-name steps
constexpr qsizetype MaxHrefLength = 2048;
constexpr qsizetype MaxNameLength = 256;   // style names, ids

// ---------------------------------------------------------------- HTML parts

// Appended in runs: a character at a time took a 13 MB document.xml a
// noticeable part of its conversion.
void appendEscaped(QString &out, QStringView text)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x3F || (c >= 0x20 && c != u'&' && c != u'<' && c != u'>' && c != u'"'))
            continue;
        out += text.mid(from, i - from);
        from = i + 1;
        switch (c) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\t': out += u' '; break;
        case u'\n': out += u'\n'; break;
        default: break;   // other controls are no text (XML 1.0 forbids most anyway)
        }
    }
    out += text.mid(from);
}

QString escapedAttribute(QStringView text)
{
    QString out;
    appendEscaped(out, text);
    return out;
}

struct InlineFormat
{
    bool bold = false;
    bool italic = false;
    bool superscript = false;
    bool subscript = false;
    QString href;
    bool operator==(const InlineFormat &o) const
    {
        return bold == o.bold && italic == o.italic && superscript == o.superscript && subscript == o.subscript
            && href == o.href;
    }
    bool operator!=(const InlineFormat &o) const { return !(*this == o); }
};

// One paragraph's content: HTML with formatting tags opened and closed only
// where the format changes, plus what tells a heading.
class InlineWriter
{
public:
    void text(QStringView text, const InlineFormat &format, int size)
    {
        if (text.isEmpty())
            return;
        switchTo(format);
        appendEscaped(m_html, text);
        if (m_plain.size() < MaxPlainKept)
            m_plain += text.left(MaxPlainKept - m_plain.size());
        bool blank = true;
        for (QChar c : text) {
            if (!c.isSpace()) {
                blank = false;
                break;
            }
        }
        if (blank)
            return;
        m_hasText = true;
        m_allBold = m_allBold && format.bold;
        m_textChars += text.size();
        if (m_minSize < 0 || size < m_minSize)
            m_minSize = size;
    }
    // An image, a line break, a note mark: markup of its own.
    void object(const QString &html, const InlineFormat &format, bool counts)
    {
        switchTo(format);
        m_html += html;
        m_hasObject = m_hasObject || counts;
    }
    QString finish()
    {
        switchTo(InlineFormat());
        return std::move(m_html);
    }

    const QString &plain() const { return m_plain; }
    bool hasText() const { return m_hasText; }
    bool hasContent() const { return m_hasText || m_hasObject; }
    bool allBold() const { return m_hasText && m_allBold; }
    int minSize() const { return qMax(0, m_minSize); }
    qsizetype textChars() const { return m_textChars; }

private:
    void switchTo(const InlineFormat &format)
    {
        if (format == m_current)
            return;
        if (!m_current.href.isEmpty() || m_current.bold || m_current.italic || m_current.superscript
            || m_current.subscript) {
            if (m_current.subscript)
                m_html += QLatin1String("</sub>");
            if (m_current.superscript)
                m_html += QLatin1String("</sup>");
            if (m_current.italic)
                m_html += QLatin1String("</i>");
            if (m_current.bold)
                m_html += QLatin1String("</b>");
            if (!m_current.href.isEmpty())
                m_html += QLatin1String("</a>");
        }
        if (!format.href.isEmpty())
            m_html += QLatin1String("<a href=\"") + escapedAttribute(format.href) + QLatin1String("\">");
        if (format.bold)
            m_html += QLatin1String("<b>");
        if (format.italic)
            m_html += QLatin1String("<i>");
        if (format.superscript)
            m_html += QLatin1String("<sup>");
        if (format.subscript)
            m_html += QLatin1String("<sub>");
        m_current = format;
    }

    QString m_html;
    QString m_plain;
    InlineFormat m_current;
    bool m_hasText = false;
    bool m_hasObject = false;
    bool m_allBold = true;
    int m_minSize = -1;
    qsizetype m_textChars = 0;
};

enum class ListType { None, Bullet, Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman };

struct Block
{
    enum class Kind { Paragraph, Table };
    Kind kind = Kind::Paragraph;
    QString html;           // inline HTML of a paragraph, or a whole table
    QString plain;          // the paragraph's start
    int heading = 0;        // 1-6
    ListType list = ListType::None;
    QString listKey;        // items with the same key count on
    int listLevel = 0;
    int listStart = 1;
    bool hasContent = false;
    bool allBold = false;
    int size = 0;           // smallest font size of its text, half-points, 0 unknown
    qsizetype textChars = 0;
};

Block paragraphBlock(InlineWriter &writer)
{
    Block b;
    b.plain = writer.plain();
    b.hasContent = writer.hasContent();
    b.allBold = writer.allBold();
    b.size = writer.minSize();
    b.textChars = writer.textChars();
    b.html = writer.finish();
    return b;
}

// Content nested too deep for its structure: its text, as one paragraph.
Block plainBlock(const QString &text)
{
    InlineWriter writer;
    writer.text(text.simplified(), InlineFormat(), 0);
    return paragraphBlock(writer);
}

// Documents without heading styles: a short paragraph all bold or larger
// than the body text, followed by an ordinary paragraph, is a heading.
// Conservative: one heading style anywhere and nothing is guessed.
void guessHeadings(QVector<Block> &blocks)
{
    QHash<int, qsizetype> charsBySize;
    for (const Block &b : blocks) {
        if (b.heading > 0)
            return;
        if (b.kind == Block::Kind::Paragraph && b.list == ListType::None)
            charsBySize[b.size] += b.textChars;
    }
    int bodySize = 0;
    qsizetype most = -1;
    for (auto it = charsBySize.cbegin(); it != charsBySize.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < bodySize)) {
            most = it.value();
            bodySize = it.key();
        }
    }
    auto larger = [bodySize](const Block &b) { return bodySize > 0 && b.size * 100 >= bodySize * 115; };
    auto standsOut = [&](const Block &b) {
        if (b.kind != Block::Kind::Paragraph || b.list != ListType::None || !b.hasContent || b.textChars == 0)
            return false;
        const QString text = b.plain.trimmed();
        if (text.isEmpty() || text.size() > 150 || text.count(u' ') >= 20)
            return false;
        const QChar last = text.back();
        if (last == u'.' || last == u',' || last == u';' || last == u':')
            return false;
        return b.allBold || larger(b);
    };
    auto ordinary = [&](const Block &b) {
        return b.kind == Block::Kind::Paragraph && b.list == ListType::None && b.hasContent && !b.allBold
            && !larger(b) && b.textChars > 0;
    };
    QVector<int> levels(blocks.size(), 0);
    for (int i = 0; i + 1 < blocks.size(); ++i) {
        if (!standsOut(blocks.at(i)))
            continue;
        int next = i + 1;
        while (next < blocks.size() && blocks.at(next).kind == Block::Kind::Paragraph && !blocks.at(next).hasContent)
            ++next;
        if (next >= blocks.size() || !ordinary(blocks.at(next)))
            continue;
        const Block &b = blocks.at(i);
        if (bodySize > 0 && b.size * 100 >= bodySize * 150)
            levels[i] = 1;
        else if (larger(b))
            levels[i] = 2;
        else
            levels[i] = 3;
    }
    for (int i = 0; i < blocks.size(); ++i)
        blocks[i].heading = levels.at(i);
}

QString listOpenTag(const Block &b, int start)
{
    if (b.list == ListType::Bullet)
        return QStringLiteral("<ul>");
    QString tag = QStringLiteral("<ol");
    switch (b.list) {
    case ListType::LowerAlpha: tag += QLatin1String(" type=\"a\""); break;
    case ListType::UpperAlpha: tag += QLatin1String(" type=\"A\""); break;
    case ListType::LowerRoman: tag += QLatin1String(" type=\"i\""); break;
    case ListType::UpperRoman: tag += QLatin1String(" type=\"I\""); break;
    default: break;
    }
    if (start != 1 && start >= 0 && start < 10000)
        tag += QLatin1String(" start=\"") + QString::number(start) + u'"';
    return tag + u'>';
}

// Writes blocks as HTML: list items become nested lists, numbered on from
// earlier items of the same list even when paragraphs come between.
QString blocksToHtml(const QVector<Block> &blocks, QHash<QString, QVector<int>> *counters)
{
    struct OpenList { QString key; int level; ListType type; bool ordered; };
    QVector<OpenList> open;
    QString out;
    auto closeTop = [&] {
        out += open.last().type == ListType::Bullet ? QLatin1String("</li></ul>") : QLatin1String("</li></ol>");
        open.removeLast();
    };
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Paragraph && !b.hasContent)
            continue;
        if (b.kind == Block::Kind::Paragraph && b.list != ListType::None && b.heading == 0) {
            const int level = qBound(0, b.listLevel, 9);
            while (!open.isEmpty() && open.last().level > level)
                closeTop();
            if (!open.isEmpty() && open.last().level == level
                && (open.last().key != b.listKey || open.last().type != b.list))
                closeTop();
            QVector<int> &count = (*counters)[b.listKey];
            if (count.size() < 10)
                count.resize(10);
            if (count[level] == 0)
                count[level] = b.listStart - 1;
            ++count[level];
            for (int l = level + 1; l < 10; ++l)
                count[l] = 0;
            if (!open.isEmpty() && open.last().level == level) {
                out += QLatin1String("</li><li>");
            } else {
                out += listOpenTag(b, count[level]);
                out += QLatin1String("<li>");
                open.append({ b.listKey, level, b.list, b.list != ListType::Bullet });
            }
            out += b.html;
            continue;
        }
        while (!open.isEmpty())
            closeTop();
        if (b.kind == Block::Kind::Table) {
            out += b.html;
        } else if (b.heading > 0) {
            const QString h = QString::number(qBound(1, b.heading, 6));
            out += QLatin1String("<h") + h + u'>' + b.html + QLatin1String("</h") + h + u'>';
        } else {
            out += QLatin1String("<p>") + b.html + QLatin1String("</p>");
        }
    }
    while (!open.isEmpty())
        closeTop();
    return out;
}

struct TableCell
{
    QString html;
    int column = 0;
    int span = 1;
    int rowSpan = 1;
    enum class Merge { None, Restart, Continue } merge = Merge::None;
};

QString tableToHtml(QVector<QVector<TableCell>> &rows)
{
    // Word marks vertically merged cells as "restart" then "continue" below;
    // HTML wants a rowspan on the first and nothing for the others.
    for (int r = 0; r < rows.size(); ++r) {
        for (TableCell &cell : rows[r]) {
            if (cell.merge != TableCell::Merge::Restart)
                continue;
            for (int below = r + 1; below < rows.size(); ++below) {
                bool continues = false;
                for (const TableCell &c : rows.at(below)) {
                    if (c.column == cell.column && c.merge == TableCell::Merge::Continue) {
                        continues = true;
                        break;
                    }
                }
                if (!continues)
                    break;
                ++cell.rowSpan;
            }
        }
    }
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const QVector<TableCell> &row : rows) {
        out += QLatin1String("<tr>");
        for (const TableCell &cell : row) {
            if (cell.merge == TableCell::Merge::Continue)
                continue;
            out += QLatin1String("<td");
            if (cell.span > 1 && cell.span < 1000)
                out += QLatin1String(" colspan=\"") + QString::number(cell.span) + u'"';
            if (cell.rowSpan > 1 && cell.rowSpan < 10000)
                out += QLatin1String(" rowspan=\"") + QString::number(cell.rowSpan) + u'"';
            out += u'>' + cell.html + QLatin1String("</td>");
        }
        out += QLatin1String("</tr>");
    }
    out += QLatin1String("</table>");
    return out;
}

// Heading levels of style names in the languages our users write in. Word
// stores the English built-in names ("heading 1") but localised style ids
// ("Kop1"); other producers write localised names.
int headingLevelOfStyleName(const QString &rawName)
{
    QString name = rawName.toLower();
    name.remove(u' ').remove(u'_').remove(u'-');
    name.replace(QLatin1String("x0020"), QString());   // ODF's escaped spaces: Heading_20_1
    name.replace(QLatin1String("20"), QString());
    static const char *const titles[] = { "title", "titel", "titre", "titulo", "título", "titolo" };
    for (const char *t : titles) {
        if (name == QString::fromUtf8(t))
            return 1;
    }
    static const char *const prefixes[] = { "heading", "kop", "überschrift", "uberschrift", "titre", "título",
                                            "titulo", "titolo", "rubrik", "overskrift", "otsikko", "nagłówek" };
    for (const char *p : prefixes) {
        const QString prefix = QString::fromUtf8(p);
        if (name.size() == prefix.size() + 1 && name.startsWith(prefix) && name.back().isDigit()) {
            const int level = name.back().digitValue();
            if (level >= 1 && level <= 9)
                return qMin(level, 6);
        }
    }
    return 0;
}

QString notesHeading(const QString &language)
{
    // Part of the document's text, so it follows the document's language,
    // never the interface's: the view must render the same text in any.
    const QString lang = language.left(2).toLower();
    if (lang == QLatin1String("nl"))
        return QStringLiteral("Noten");
    if (lang == QLatin1String("de"))
        return QStringLiteral("Anmerkungen");
    return QStringLiteral("Notes");
}

struct Note
{
    QVector<Block> blocks;
};

QString notesSection(const QVector<Note> &notes, const QString &language, QHash<QString, QVector<int>> *counters)
{
    if (notes.isEmpty())
        return QString();
    QString out = QLatin1String("<h2>") + notesHeading(language) + QLatin1String("</h2>");
    for (int i = 0; i < notes.size(); ++i) {
        const QString n = QString::number(i + 1);
        const QString mark = QLatin1String("<a name=\"ktk-note-") + n + QLatin1String("\"></a><sup>") + n
            + QLatin1String("</sup> ");
        QVector<Block> blocks = notes.at(i).blocks;
        int first = -1;
        for (int b = 0; b < blocks.size(); ++b) {
            if (blocks.at(b).hasContent || blocks.at(b).kind == Block::Kind::Table) {
                first = b;
                break;
            }
        }
        if (first >= 0 && blocks.at(first).kind == Block::Kind::Paragraph) {
            blocks[first].html.prepend(mark);
            blocks[first].heading = 0;
            blocks[first].list = ListType::None;
        } else {
            Block b;
            b.html = mark;
            b.hasContent = true;
            blocks.insert(qMax(0, first), b);
        }
        out += blocksToHtml(blocks, counters);
    }
    return out;
}

QString noteReference(int number)
{
    const QString n = QString::number(number);
    return QLatin1String("<a href=\"#ktk-note-") + n + QLatin1String("\">") + n + QLatin1String("</a>");
}

QString imageMime(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArrayLiteral("GIF87a")) || bytes.startsWith(QByteArrayLiteral("GIF89a")))
        return QStringLiteral("image/gif");
    return QString();
}

// Resolves "../media/x.png" against a folder inside the zip.
QString resolvePartName(const QString &base, const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : base + target;
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(part);
    }
    return out.join(u'/');
}

QDate dateOf(const QString &value)
{
    const QString v = value.trimmed();
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
    // Word writes 1601-01-01 or 1900 when nobody set a date.
    return d.isValid() && d.year() > 1970 ? d : QDate();
}

// The text of the element just started, children included, at most limit
// characters; the reader ends after the element. Qt's readElementText()
// with IncludeChildElements recurses once per level: 150,000 nested
// elements overflow the stack.
QString elementText(QXmlStreamReader &r, qsizetype limit)
{
    QString text;
    int depth = 0;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            ++depth;
        } else if (t == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
        } else if (t == QXmlStreamReader::Characters && text.size() < limit) {
            text += r.text().left(limit - text.size());
        }
    }
    return text;
}

QString attr(const QXmlStreamReader &r, QLatin1String localName)
{
    for (const QXmlStreamAttribute &a : r.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return QString();
}

QString boundedAttr(const QXmlStreamReader &r, QLatin1String localName, qsizetype limit = MaxNameLength)
{
    for (const QXmlStreamAttribute &a : r.attributes()) {
        if (a.name() == localName)
            return a.value().size() > limit ? QString() : a.value().toString();
    }
    return QString();
}

bool isTrue(const QString &val)
{
    return val.isEmpty() || !(val == QLatin1String("0") || val == QLatin1String("false") || val == QLatin1String("off")
                              || val == QLatin1String("none"));
}

// A safe target for a link: the web or mail.
QString linkTarget(const QString &target)
{
    const QString t = target.trimmed();
    if (t.size() > MaxHrefLength)
        return QString();
    for (const char *scheme : { "http:", "https:", "mailto:" }) {
        if (t.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return t;
    }
    return QString();
}

// ------------------------------------------------------------------- reading

class Reader
{
public:
    Reader(OfficeZip &zip, const QString &shownName) : m_zip(zip), m_shownName(shownName) {}

    QString failure() const { return m_failure; }

protected:
    // Reads an XML part; on failure m_failure says why (when required).
    bool readPart(const QString &name, QByteArray *out, bool required)
    {
        const OfficeZip::Error e = m_zip.read(name, OfficeDocument::MaxXmlPartBytes, out);
        switch (e) {
        case OfficeZip::Error::None:
            return true;
        case OfficeZip::Error::Missing:
            if (required)
                fail(OfficeDocument::tr("“%1” is not a word-processing document: it has no %2.")
                         .arg(m_shownName, name));
            return false;
        case OfficeZip::Error::Encrypted:
            fail(OfficeDocument::tr("“%1” is protected with a password. Save it without a password and import it "
                                    "again.")
                     .arg(m_shownName));
            return false;
        case OfficeZip::Error::TooLarge:
            fail(OfficeDocument::tr("“%1” unpacks to more than %2 MB of text and markup (%3), more than Kanttekening "
                                    "reads; it may be a zip bomb.")
                     .arg(m_shownName, QString::number(OfficeZip::MaxTotalBytes / (1024 * 1024)), name));
            return false;
        default:
            fail(OfficeDocument::tr("“%1” is damaged: its part %2 cannot be unpacked.").arg(m_shownName, name));
            return false;
        }
    }

    void fail(const QString &message)
    {
        if (m_failure.isEmpty())
            m_failure = message;
    }

    bool xmlFailed(const QXmlStreamReader &r, const QString &part)
    {
        if (!r.hasError())
            return false;
        fail(OfficeDocument::tr("“%1” is damaged: its part %2 is no well-formed XML (line %3: %4).")
                 .arg(m_shownName, part, QString::number(r.lineNumber()), r.errorString()));
        return true;
    }

    // An embedded picture as an <img>, or nothing when it is missing, too
    // large or not PNG, JPEG or GIF.
    QString imageHtml(const QString &partName, const QString &alt, int width, int height)
    {
        if (partName.isEmpty() || !m_zip.contains(partName))
            return QString();
        auto cached = m_images.constFind(partName);
        QString src;
        if (cached != m_images.constEnd()) {
            src = *cached;
        } else {
            QByteArray bytes;
            if (m_imageBytes < OfficeDocument::MaxTotalImageBytes
                && m_zip.read(partName, qMin(OfficeDocument::MaxImageBytes,
                                             OfficeDocument::MaxTotalImageBytes - m_imageBytes),
                              &bytes)
                    == OfficeZip::Error::None) {
                const QString mime = imageMime(bytes);
                if (!mime.isEmpty()) {
                    m_imageBytes += bytes.size();
                    src = OfficeDocument::imageUrl(int(m_imageData.size()));
                    m_imageData.append(bytes);
                }
            }
            m_images.insert(partName, src);
        }
        if (src.isEmpty())
            return QString();
        QString html = QLatin1String("<img src=\"") + src + u'"';
        if (!alt.isEmpty())
            html += QLatin1String(" alt=\"") + escapedAttribute(alt.left(500)) + u'"';
        if (width > 0 && width < 10000 && height > 0 && height < 10000) {
            html += QLatin1String(" width=\"") + QString::number(width) + QLatin1String("\" height=\"")
                + QString::number(height) + u'"';
        }
        return html + u'>';
    }

    // Comments whose range is open collect the text written meanwhile.
    void quoteText(QStringView text)
    {
        m_textSeen += text.size();
        for (auto it = m_openQuotes.begin(); it != m_openQuotes.end(); ++it) {
            if (it->size() < MaxQuote)
                it->append(text.left(MaxQuote - it->size()));
        }
    }

    OfficeZip &m_zip;
    QString m_shownName;
    QString m_failure;
    QHash<QString, QString> m_images;       // part name -> src ("" when not shown)
    QVector<QByteArray> m_imageData;        // what imageUrl(i) stands for
    qint64 m_imageBytes = 0;
    QVector<Note> m_notes;
    QHash<QString, QString> m_openQuotes;   // comment id -> quoted text so far
    QHash<QString, QString> m_quotes;       // comment id -> quoted text
    QHash<QString, int> m_quoteStarts;      // comment id -> m_textSeen where its range began
    qint64 m_textSeen = 0;                  // characters of text written so far
    QHash<QString, QVector<int>> m_listCounters;
};

// -------------------------------------------------------------------- .docx

struct DocxStyle
{
    QString name;
    QString basedOn;
    int outlineLevel = -1;
    QString numId;
    int numLevel = -1;
    int bold = -1;
    int italic = -1;
    int size = 0;
};

struct DocxLevel
{
    ListType type = ListType::Decimal;
    int start = 1;
};

struct DocxRunProps
{
    int bold = -1;
    int italic = -1;
    int size = 0;
    bool superscript = false;
    bool subscript = false;
    QString style;
};

class DocxReader : public Reader
{
public:
    using Reader::Reader;

    bool read(OfficeDocument::Converted *out)
    {
        QByteArray bytes;
        if (!m_zip.contains(QStringLiteral("word/document.xml"))) {
            fail(OfficeDocument::tr("“%1” is not a Word document: it has no word/document.xml.").arg(m_shownName));
            return false;
        }
        readCore(&out->meta);
        if (!m_failure.isEmpty())
            return false;
        if (readPart(QStringLiteral("word/styles.xml"), &bytes, false))
            readStyles(bytes);
        if (readPart(QStringLiteral("word/numbering.xml"), &bytes, false))
            readNumbering(bytes);
        if (!m_failure.isEmpty())
            return false;
        if (out->meta.language.isEmpty())
            out->meta.language = m_language;
        readNotes(QStringLiteral("footnotes"), QLatin1String("footnote"), &m_footnotes);
        readNotes(QStringLiteral("endnotes"), QLatin1String("endnote"), &m_endnotes);
        readComments();
        if (!m_failure.isEmpty())
            return false;

        if (!readPart(QStringLiteral("word/document.xml"), &bytes, true))
            return false;
        m_rels = readRels(QStringLiteral("word/_rels/document.xml.rels"));
        if (!m_failure.isEmpty())
            return false;
        QXmlStreamReader r(bytes);
        bytes.clear();
        QVector<Block> blocks;
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("body")) {
                readBlocks(r, &blocks, 0, nullptr);
                break;
            }
        }
        if (xmlFailed(r, QStringLiteral("word/document.xml")))
            return false;
        guessHeadings(blocks);
        out->images = m_imageData;
        out->html = QLatin1String("<html><body>") + blocksToHtml(blocks, &m_listCounters)
            + notesSection(m_notes, out->meta.language, &m_listCounters) + QLatin1String("</body></html>");
        for (OfficeComment &c : m_comments) {
            // quote held the id until now
            c.position = m_quotes.contains(c.quote) ? m_quoteStarts.value(c.quote, -1) : -1;
            c.quote = m_quotes.value(c.quote).simplified();
        }
        out->comments = m_comments;
        return true;
    }

private:
    void readCore(OfficeMetadata *meta)
    {
        QByteArray bytes;
        if (!readPart(QStringLiteral("docProps/core.xml"), &bytes, false))
            return;
        QXmlStreamReader r(bytes);
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("title"))
                meta->title = elementText(r, 1000).simplified();
            else if (n == QLatin1String("creator"))
                meta->author = elementText(r, 1000).simplified();
            else if (n == QLatin1String("created"))
                meta->created = dateOf(elementText(r, 100));
            else if (n == QLatin1String("modified"))
                meta->modified = dateOf(elementText(r, 100));
            else if (n == QLatin1String("language"))
                meta->language = elementText(r, 35).trimmed();
        }
        // Metadata is a convenience: a damaged core.xml is no reason to refuse the text.
    }

    QHash<QString, QString> readRels(const QString &part)
    {
        QHash<QString, QString> rels;
        QByteArray bytes;
        if (!readPart(part, &bytes, false))
            return rels;
        QXmlStreamReader r(bytes);
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement || r.name() != QLatin1String("Relationship"))
                continue;
            const QString id = boundedAttr(r, QLatin1String("Id"));
            const QString target = boundedAttr(r, QLatin1String("Target"), MaxHrefLength);
            const bool external = attr(r, QLatin1String("TargetMode")) == QLatin1String("External");
            if (id.isEmpty() || target.isEmpty())
                continue;
            rels.insert(id, external ? QLatin1String("ext:") + target
                                     : QLatin1String("int:") + resolvePartName(QStringLiteral("word/"), target));
        }
        return rels;
    }

    void readRunProps(QXmlStreamReader &r, DocxRunProps *props)
    {
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
            } else if (t == QXmlStreamReader::StartElement) {
                const QStringView n = r.name();
                if (n == QLatin1String("rPrChange")) {
                    r.skipCurrentElement();
                    continue;
                }
                ++depth;
                const QString val = boundedAttr(r, QLatin1String("val"));
                if (n == QLatin1String("b"))
                    props->bold = isTrue(val) ? 1 : 0;
                else if (n == QLatin1String("i"))
                    props->italic = isTrue(val) ? 1 : 0;
                else if (n == QLatin1String("sz"))
                    props->size = qBound(0, val.toInt(), 4000);
                else if (n == QLatin1String("vertAlign")) {
                    props->superscript = val == QLatin1String("superscript");
                    props->subscript = val == QLatin1String("subscript");
                } else if (n == QLatin1String("rStyle"))
                    props->style = val;
                else if (n == QLatin1String("lang") && m_language.isEmpty() && m_inDefaults)
                    m_language = val.left(35);
            }
        }
    }

    void readStyles(const QByteArray &bytes)
    {
        QXmlStreamReader r(bytes);
        DocxStyle *style = nullptr;
        QString defaultParagraphStyle;
        int depth = 0;
        int styleDepth = -1;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (--depth < styleDepth) {
                    style = nullptr;
                    styleDepth = -1;
                }
                if (r.name() == QLatin1String("docDefaults"))
                    m_inDefaults = false;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const QStringView n = r.name();
            if (n == QLatin1String("docDefaults")) {
                m_inDefaults = true;
            } else if (n == QLatin1String("style")) {
                const QString id = boundedAttr(r, QLatin1String("styleId"));
                style = &m_styles[id];
                styleDepth = depth;
                if (attr(r, QLatin1String("type")) == QLatin1String("paragraph")
                    && isTrue(attr(r, QLatin1String("default"))) && !attr(r, QLatin1String("default")).isEmpty())
                    defaultParagraphStyle = id;
            } else if (n == QLatin1String("rPr")) {
                DocxRunProps props;
                readRunProps(r, &props);
                --depth;
                if (style) {
                    style->bold = props.bold;
                    style->italic = props.italic;
                    style->size = props.size;
                } else if (m_inDefaults && props.size > 0) {
                    m_defaultSize = props.size;
                }
            } else if (n == QLatin1String("pPrChange")) {
                r.skipCurrentElement();
                --depth;
            } else if (style) {
                const QString val = boundedAttr(r, QLatin1String("val"));
                if (n == QLatin1String("name"))
                    style->name = val;
                else if (n == QLatin1String("basedOn"))
                    style->basedOn = val;
                else if (n == QLatin1String("outlineLvl"))
                    style->outlineLevel = qBound(0, val.toInt(), 9);
                else if (n == QLatin1String("numId"))
                    style->numId = val;
                else if (n == QLatin1String("ilvl"))
                    style->numLevel = qBound(0, val.toInt(), 9);
            }
        }
        if (!defaultParagraphStyle.isEmpty()) {
            const int size = styleSize(defaultParagraphStyle);
            if (size > 0)
                m_defaultSize = size;
        }
        m_normalStyle = defaultParagraphStyle;
    }

    template<typename F>
    void walkStyles(const QString &id, F f) const
    {
        QString current = id;
        for (int i = 0; i < MaxStyleChain && !current.isEmpty(); ++i) {
            const auto it = m_styles.constFind(current);
            if (it == m_styles.constEnd())
                return;
            if (f(*it))
                return;
            current = it->basedOn;
        }
    }

    int styleSize(const QString &id) const
    {
        int size = 0;
        walkStyles(id, [&](const DocxStyle &s) { return (size = s.size) > 0; });
        return size;
    }

    int styleBold(const QString &id) const
    {
        int bold = -1;
        walkStyles(id, [&](const DocxStyle &s) { return (bold = s.bold) >= 0; });
        return bold;
    }

    int styleItalic(const QString &id) const
    {
        int italic = -1;
        walkStyles(id, [&](const DocxStyle &s) { return (italic = s.italic) >= 0; });
        return italic;
    }

    int styleHeading(const QString &id) const
    {
        int level = 0;
        walkStyles(id, [&](const DocxStyle &s) {
            if (s.outlineLevel >= 0 && s.outlineLevel < 9) {
                level = s.outlineLevel + 1;
                return true;
            }
            if (s.outlineLevel == 9)
                return true;
            level = headingLevelOfStyleName(s.name);
            return level > 0;
        });
        if (level == 0)
            level = headingLevelOfStyleName(id);
        return qMin(level, 6);
    }

    void readNumbering(const QByteArray &bytes)
    {
        QXmlStreamReader r(bytes);
        QHash<QString, QVector<DocxLevel>> abstracts;
        struct Num { QString abstractId; QHash<int, int> starts; };
        QHash<QString, Num> nums;
        QVector<DocxLevel> *abstract = nullptr;
        Num *num = nullptr;
        int level = -1;
        int overrideLevel = -1;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("abstractNum")) {
                abstract = &abstracts[boundedAttr(r, QLatin1String("abstractNumId"))];
                abstract->resize(10);
                num = nullptr;
            } else if (n == QLatin1String("num")) {
                num = &nums[boundedAttr(r, QLatin1String("numId"))];
                abstract = nullptr;
            } else if (n == QLatin1String("lvl") && abstract) {
                level = qBound(0, attr(r, QLatin1String("ilvl")).left(3).toInt(), 9);
            } else if (n == QLatin1String("numFmt") && abstract && level >= 0) {
                const QString v = boundedAttr(r, QLatin1String("val"));
                ListType type = ListType::Decimal;
                if (v == QLatin1String("bullet"))
                    type = ListType::Bullet;
                else if (v == QLatin1String("none"))
                    type = ListType::None;
                else if (v == QLatin1String("lowerLetter"))
                    type = ListType::LowerAlpha;
                else if (v == QLatin1String("upperLetter"))
                    type = ListType::UpperAlpha;
                else if (v == QLatin1String("lowerRoman"))
                    type = ListType::LowerRoman;
                else if (v == QLatin1String("upperRoman"))
                    type = ListType::UpperRoman;
                (*abstract)[level].type = type;
            } else if (n == QLatin1String("start") && abstract && level >= 0) {
                (*abstract)[level].start = qBound(0, boundedAttr(r, QLatin1String("val")).toInt(), 9999);
            } else if (n == QLatin1String("abstractNumId") && num) {
                num->abstractId = boundedAttr(r, QLatin1String("val"));
            } else if (n == QLatin1String("lvlOverride") && num) {
                overrideLevel = qBound(0, attr(r, QLatin1String("ilvl")).left(3).toInt(), 9);
            } else if (n == QLatin1String("startOverride") && num && overrideLevel >= 0) {
                num->starts.insert(overrideLevel, qBound(0, boundedAttr(r, QLatin1String("val")).toInt(), 9999));
            }
        }
        for (auto it = nums.cbegin(); it != nums.cend(); ++it) {
            QVector<DocxLevel> levels = abstracts.value(it->abstractId);
            if (levels.isEmpty())
                continue;
            for (auto s = it->starts.cbegin(); s != it->starts.cend(); ++s)
                levels[s.key()].start = s.value();
            m_numbering.insert(it.key(), levels);
        }
    }

    void readNotes(const QString &part, QLatin1String element, QHash<QString, QVector<Block>> *notes)
    {
        QByteArray bytes;
        const QString name = QLatin1String("word/") + part + QLatin1String(".xml");
        if (!readPart(name, &bytes, false))
            return;
        const QHash<QString, QString> savedRels = m_rels;
        m_rels = readRels(QLatin1String("word/_rels/") + part + QLatin1String(".xml.rels"));
        QXmlStreamReader r(bytes);
        while (!r.atEnd() && notes->size() < OfficeDocument::MaxNotes) {
            if (r.readNext() != QXmlStreamReader::StartElement || r.name() != element)
                continue;
            const QString id = boundedAttr(r, QLatin1String("id"));
            const QString type = attr(r, QLatin1String("type"));
            if (!type.isEmpty() && type != QLatin1String("normal")) {
                r.skipCurrentElement();
                continue;
            }
            QVector<Block> blocks;
            m_inNote = true;
            readBlocks(r, &blocks, 1, nullptr);
            m_inNote = false;
            notes->insert(id, blocks);
        }
        xmlFailed(r, name);
        m_rels = savedRels;
    }

    void readComments()
    {
        QByteArray bytes;
        if (!readPart(QStringLiteral("word/comments.xml"), &bytes, false))
            return;
        QXmlStreamReader r(bytes);
        while (!r.atEnd() && m_comments.size() < OfficeDocument::MaxComments) {
            if (r.readNext() != QXmlStreamReader::StartElement || r.name() != QLatin1String("comment"))
                continue;
            OfficeComment c;
            c.author = boundedAttr(r, QLatin1String("author"), 1000).simplified();
            c.date = QDateTime::fromString(boundedAttr(r, QLatin1String("date")), Qt::ISODate);
            c.quote = boundedAttr(r, QLatin1String("id"));   // the id until the document is read
            int depth = 0;
            while (!r.atEnd()) {
                const auto t = r.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    ++depth;
                    if (r.name() == QLatin1String("p") && !c.text.isEmpty())
                        c.text += u'\n';
                } else if (t == QXmlStreamReader::EndElement) {
                    if (depth-- == 0)
                        break;
                } else if (t == QXmlStreamReader::Characters && c.text.size() < MaxCommentText) {
                    c.text += r.text().left(MaxCommentText - c.text.size());
                }
            }
            c.text = c.text.trimmed();
            m_comments.append(c);
        }
        xmlFailed(r, QStringLiteral("word/comments.xml"));
    }

    // Reads the block-level content of the element just started (body, a
    // cell, a note, a text box) until it ends.
    void readBlocks(QXmlStreamReader &r, QVector<Block> *blocks, int nesting, TableCell *cell)
    {
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("p")) {
                readParagraph(r, blocks, nesting);
            } else if (n == QLatin1String("tbl") && nesting < OfficeDocument::MaxNesting) {
                readTable(r, blocks, nesting + 1);
            } else if (n == QLatin1String("del") || n == QLatin1String("moveFrom") || n == QLatin1String("sectPr")
                       || n == QLatin1String("tblPr") || n == QLatin1String("tblGrid") || n == QLatin1String("trPr")
                       || n == QLatin1String("sdtPr") || n == QLatin1String("sdtEndPr")) {
                r.skipCurrentElement();
            } else if (n == QLatin1String("tcPr") && cell && depth == 0) {
                readCellProps(r, cell);
            } else {
                ++depth;   // sdt, sdtContent, customXml, ins, moveTo, a table too deep: only a wrapper
            }
        }
    }

    void readCellProps(QXmlStreamReader &r, TableCell *cell)
    {
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
            } else if (t == QXmlStreamReader::StartElement) {
                ++depth;
                if (r.name() == QLatin1String("gridSpan")) {
                    cell->span = qBound(1, boundedAttr(r, QLatin1String("val")).toInt(), 999);
                } else if (r.name() == QLatin1String("vMerge")) {
                    cell->merge = boundedAttr(r, QLatin1String("val")) == QLatin1String("restart")
                        ? TableCell::Merge::Restart
                        : TableCell::Merge::Continue;
                }
            }
        }
    }

    void readTable(QXmlStreamReader &r, QVector<Block> *blocks, int nesting)
    {
        QVector<QVector<TableCell>> rows;
        int depth = 0;
        int column = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("tr")) {
                rows.append(QVector<TableCell>());
                column = 0;
                ++depth;
            } else if (n == QLatin1String("tc")) {
                if (rows.isEmpty())
                    rows.append(QVector<TableCell>());
                TableCell cell;
                cell.column = column;
                QVector<Block> content;
                readBlocks(r, &content, nesting, &cell);
                cell.html = blocksToHtml(content, &m_listCounters);
                column += cell.span;
                rows.last().append(cell);
            } else if (n == QLatin1String("del") || n == QLatin1String("tblPr") || n == QLatin1String("tblGrid")
                       || n == QLatin1String("trPr") || n == QLatin1String("tblPrEx")) {
                r.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        Block b;
        b.kind = Block::Kind::Table;
        b.html = tableToHtml(rows);
        b.hasContent = true;
        blocks->append(b);
    }

    void readParagraphProps(QXmlStreamReader &r, QString *style, int *outline, QString *numId, int *numLevel,
                            DocxRunProps *markProps)
    {
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
            } else if (t == QXmlStreamReader::StartElement) {
                const QStringView n = r.name();
                if (n == QLatin1String("pPrChange") || n == QLatin1String("sectPr")) {
                    r.skipCurrentElement();
                    continue;
                }
                if (n == QLatin1String("rPr")) {
                    readRunProps(r, markProps);
                    continue;
                }
                ++depth;
                const QString val = boundedAttr(r, QLatin1String("val"));
                if (n == QLatin1String("pStyle"))
                    *style = val;
                else if (n == QLatin1String("outlineLvl"))
                    *outline = qBound(0, val.toInt(), 9);
                else if (n == QLatin1String("numId"))
                    *numId = val;
                else if (n == QLatin1String("ilvl"))
                    *numLevel = qBound(0, val.toInt(), 9);
            }
        }
    }

    QString drawingHtml(QXmlStreamReader &r, QVector<Block> *deferred, int nesting)
    {
        QString embed;
        QString alt;
        qint64 cx = 0;
        qint64 cy = 0;
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("txbxContent")) {
                if (nesting < OfficeDocument::MaxNesting)
                    readBlocks(r, deferred, nesting + 1, nullptr);
                else
                    deferred->append(plainBlock(elementText(r, OfficeDocument::MaxXmlPartBytes)));
                continue;
            }
            if (n == QLatin1String("Fallback")) {
                r.skipCurrentElement();
                continue;
            }
            ++depth;
            if (n == QLatin1String("extent") && cx == 0) {
                cx = attr(r, QLatin1String("cx")).left(15).toLongLong();
                cy = attr(r, QLatin1String("cy")).left(15).toLongLong();
            } else if (n == QLatin1String("docPr")) {
                alt = boundedAttr(r, QLatin1String("descr"), 2000);
                if (alt.isEmpty())
                    alt = boundedAttr(r, QLatin1String("title"), 2000);
            } else if ((n == QLatin1String("blip") || n == QLatin1String("imagedata")) && embed.isEmpty()) {
                embed = boundedAttr(r, QLatin1String("embed"));
                if (embed.isEmpty())
                    embed = boundedAttr(r, QLatin1String("id"));
            }
        }
        const QString target = m_rels.value(embed);
        if (!target.startsWith(QLatin1String("int:")))
            return QString();
        // EMU: 914,400 an inch, 96 pixels an inch.
        return imageHtml(target.mid(4), alt.simplified(), int(qBound(qint64(0), cx / 9525, qint64(99999))),
                         int(qBound(qint64(0), cy / 9525, qint64(99999))));
    }

    void readParagraph(QXmlStreamReader &r, QVector<Block> *blocks, int nesting)
    {
        InlineWriter writer;
        QString style;
        int outline = -1;
        QString numId;
        int numLevel = -1;
        DocxRunProps markProps;
        DocxRunProps run;
        bool inRun = false;
        // Links and the depth they end at.
        struct Scope { int depth; QString href; };
        QVector<Scope> links;
        QVector<Block> deferred;
        int depth = 0;

        auto currentFormat = [&] {
            InlineFormat f;
            int bold = run.bold;
            if (bold < 0 && !run.style.isEmpty())
                bold = styleBold(run.style);
            if (bold < 0)
                bold = styleBold(style.isEmpty() ? m_normalStyle : style);
            int italic = run.italic;
            if (italic < 0 && !run.style.isEmpty())
                italic = styleItalic(run.style);
            if (italic < 0)
                italic = styleItalic(style.isEmpty() ? m_normalStyle : style);
            f.bold = bold > 0;
            f.italic = italic > 0;
            f.superscript = run.superscript;
            f.subscript = run.subscript;
            if (!links.isEmpty())
                f.href = links.last().href;
            return f;
        };
        auto currentSize = [&] {
            int size = run.size;
            if (size <= 0 && !run.style.isEmpty())
                size = styleSize(run.style);
            if (size <= 0)
                size = styleSize(style.isEmpty() ? m_normalStyle : style);
            return size > 0 ? size : m_defaultSize;
        };
        auto addText = [&](QStringView text) {
            writer.text(text, currentFormat(), currentSize());
            quoteText(text);
        };

        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break;
                while (!links.isEmpty() && links.last().depth == depth)
                    links.removeLast();
                if (r.name() == QLatin1String("r") && inRun) {
                    run = DocxRunProps();
                    inRun = false;
                }
                --depth;
                continue;
            }
            if (t == QXmlStreamReader::Characters) {
                continue;   // text only counts inside w:t, handled at its start
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("pPr")) {
                readParagraphProps(r, &style, &outline, &numId, &numLevel, &markProps);
            } else if (n == QLatin1String("rPr")) {
                readRunProps(r, &run);
            } else if (n == QLatin1String("t")) {
                addText(r.readElementText(QXmlStreamReader::SkipChildElements));
            } else if (n == QLatin1String("del") || n == QLatin1String("moveFrom") || n == QLatin1String("instrText")
                       || n == QLatin1String("delText") || n == QLatin1String("delInstrText")
                       || n == QLatin1String("Fallback") || n == QLatin1String("footnoteRef")
                       || n == QLatin1String("endnoteRef") || n == QLatin1String("annotationRef")) {
                r.skipCurrentElement();
            } else if (n == QLatin1String("drawing") || n == QLatin1String("pict") || n == QLatin1String("object")) {
                const QString img = drawingHtml(r, &deferred, nesting);
                if (!img.isEmpty())
                    writer.object(img, currentFormat(), true);
            } else if (n == QLatin1String("tab") || n == QLatin1String("ptab")) {
                r.skipCurrentElement();
                addText(u" ");
            } else if (n == QLatin1String("br") || n == QLatin1String("cr")) {
                const QString type = attr(r, QLatin1String("type"));
                r.skipCurrentElement();
                if (type.isEmpty() || type == QLatin1String("textWrapping"))
                    writer.object(QStringLiteral("<br>"), currentFormat(), false);
                else
                    addText(u" ");
            } else if (n == QLatin1String("noBreakHyphen")) {
                r.skipCurrentElement();
                addText(u"\u2011");
            } else if (n == QLatin1String("sym")) {
                const QString ch = boundedAttr(r, QLatin1String("char"));
                r.skipCurrentElement();
                bool ok = false;
                uint code = ch.toUInt(&ok, 16);
                if (ok && code >= 0xF000 && code <= 0xF0FF)
                    code -= 0xF000;   // symbol fonts' private-use range
                if (ok && code >= 0x20 && code < 0xD800)
                    addText(QString(QChar(char16_t(code))));
            } else if ((n == QLatin1String("footnoteReference") || n == QLatin1String("endnoteReference"))) {
                const QString id = boundedAttr(r, QLatin1String("id"));
                r.skipCurrentElement();
                const auto &source = n == QLatin1String("footnoteReference") ? m_footnotes : m_endnotes;
                if (!m_inNote && source.contains(id) && m_notes.size() < OfficeDocument::MaxNotes) {
                    m_notes.append({ source.value(id) });
                    InlineFormat f = currentFormat();
                    f.superscript = true;
                    f.subscript = false;
                    f.href.clear();
                    writer.object(noteReference(int(m_notes.size())), f, true);
                }
            } else if (n == QLatin1String("commentRangeStart")) {
                const QString id = boundedAttr(r, QLatin1String("id"));
                r.skipCurrentElement();
                if (m_openQuotes.size() < 64) {
                    m_openQuotes.insert(id, QString());
                    m_quoteStarts.insert(id, int(qMin<qint64>(m_textSeen, INT_MAX)));
                }
            } else if (n == QLatin1String("commentRangeEnd")) {
                const QString id = boundedAttr(r, QLatin1String("id"));
                r.skipCurrentElement();
                if (m_openQuotes.contains(id) && m_quotes.size() < OfficeDocument::MaxComments)
                    m_quotes.insert(id, m_openQuotes.take(id));
            } else if (n == QLatin1String("p") || n == QLatin1String("tbl")) {
                // Block content where runs belong (damaged or odd files): its text, in order.
                if (nesting < OfficeDocument::MaxNesting) {
                    QVector<Block> inner;
                    if (n == QLatin1String("p"))
                        readParagraph(r, &inner, nesting + 1);
                    else
                        readTable(r, &inner, nesting + 1);
                    deferred += inner;
                } else {
                    ++depth;
                }
            } else {
                ++depth;
                if (n == QLatin1String("r")) {
                    run = DocxRunProps();
                    inRun = true;
                } else if (n == QLatin1String("hyperlink") && links.size() < MaxFormatStack) {
                    const QString target = m_rels.value(boundedAttr(r, QLatin1String("id")));
                    links.append({ depth, target.startsWith(QLatin1String("ext:")) ? linkTarget(target.mid(4))
                                                                                   : QString() });
                }
            }
        }

        Block b = paragraphBlock(writer);
        const QString paragraphStyle = style.isEmpty() ? m_normalStyle : style;
        if (outline >= 0 && outline < 9)
            b.heading = qMin(outline + 1, 6);
        else if (outline < 0)
            b.heading = styleHeading(paragraphStyle);
        if (numId.isEmpty() || numLevel < 0) {
            walkStyles(paragraphStyle, [&](const DocxStyle &s) {
                if (numId.isEmpty() && !s.numId.isEmpty())
                    numId = s.numId;
                if (numLevel < 0 && s.numLevel >= 0)
                    numLevel = s.numLevel;
                return !numId.isEmpty() && numLevel >= 0;
            });
        }
        if (!numId.isEmpty() && numId != QLatin1String("0") && !m_inNote) {
            const QVector<DocxLevel> levels = m_numbering.value(numId);
            const int level = qBound(0, numLevel, 9);
            if (level < levels.size() && levels.at(level).type != ListType::None) {
                b.list = levels.at(level).type;
                b.listKey = QLatin1String("docx:") + numId;
                b.listLevel = level;
                b.listStart = levels.at(level).start;
            }
        }
        if (nesting > 0 && b.heading > 0 && m_inNote)
            b.heading = 0;
        blocks->append(b);
        *blocks += deferred;
    }

    QHash<QString, DocxStyle> m_styles;
    QString m_normalStyle;
    int m_defaultSize = 20;   // Word's default: 10 pt
    bool m_inDefaults = false;
    QString m_language;
    QHash<QString, QVector<DocxLevel>> m_numbering;
    QHash<QString, QString> m_rels;
    QHash<QString, QVector<Block>> m_footnotes;
    QHash<QString, QVector<Block>> m_endnotes;
    QVector<OfficeComment> m_comments;
    bool m_inNote = false;
};

// --------------------------------------------------------------------- .odt

struct OdtStyle
{
    QString parent;
    QString displayName;
    QString listStyle;
    int outlineLevel = 0;
    int bold = -1;
    int italic = -1;
    int size = 0;          // half-points
    int position = 0;      // 1 super, -1 sub
};

struct OdtListLevel
{
    ListType type = ListType::Bullet;
    int start = 1;
};

class OdtReader : public Reader
{
public:
    using Reader::Reader;

    bool read(OfficeDocument::Converted *out)
    {
        if (!m_zip.contains(QStringLiteral("content.xml"))) {
            fail(OfficeDocument::tr("“%1” is not an OpenDocument text: it has no content.xml.").arg(m_shownName));
            return false;
        }
        QByteArray bytes;
        if (readPart(QStringLiteral("meta.xml"), &bytes, false))
            readMeta(bytes, &out->meta);
        if (readPart(QStringLiteral("styles.xml"), &bytes, false))
            readStyles(bytes, nullptr);
        if (!m_failure.isEmpty())
            return false;
        if (!readPart(QStringLiteral("content.xml"), &bytes, true))
            return false;
        QXmlStreamReader r(bytes);
        bytes.clear();
        QVector<Block> blocks;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == QLatin1String("automatic-styles"))
                readStyles(QByteArray(), &r);
            else if (r.name() == QLatin1String("text") && r.namespaceUri().endsWith(QLatin1String(":office:1.0"))) {
                readBlocks(r, &blocks, 0, nullptr, QString(), 0);
                break;
            }
        }
        if (xmlFailed(r, QStringLiteral("content.xml")))
            return false;
        if (out->meta.language.isEmpty())
            out->meta.language = m_language;
        guessHeadings(blocks);
        out->images = m_imageData;
        out->html = QLatin1String("<html><body>") + blocksToHtml(blocks, &m_listCounters)
            + notesSection(m_notes, out->meta.language, &m_listCounters) + QLatin1String("</body></html>");
        for (OfficeComment &c : m_comments) {
            const QString name = c.quote.startsWith(u'\x1') ? c.quote.mid(1) : QString();
            c.position = m_quotes.contains(name) ? m_quoteStarts.value(name, -1) : -1;
            c.quote = m_quotes.value(name).simplified();
        }
        out->comments = m_comments;
        return true;
    }

private:
    void readMeta(const QByteArray &bytes, OfficeMetadata *meta)
    {
        QXmlStreamReader r(bytes);
        QString creator;
        QString initialCreator;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            auto text = [&r](qsizetype limit) {
                return elementText(r, limit).simplified();
            };
            if (n == QLatin1String("title"))
                meta->title = text(1000);
            else if (n == QLatin1String("initial-creator"))
                initialCreator = text(1000);
            else if (n == QLatin1String("creator"))
                creator = text(1000);
            else if (n == QLatin1String("creation-date"))
                meta->created = dateOf(text(100));
            else if (n == QLatin1String("date"))
                meta->modified = dateOf(text(100));
            else if (n == QLatin1String("language"))
                meta->language = text(35);
        }
        meta->author = initialCreator.isEmpty() ? creator : initialCreator;
    }

    // Styles of styles.xml (bytes) or the automatic styles of content.xml
    // (the reader positioned at office:automatic-styles).
    void readStyles(const QByteArray &bytes, QXmlStreamReader *positioned)
    {
        QXmlStreamReader own(bytes);
        QXmlStreamReader &r = positioned ? *positioned : own;
        OdtStyle *style = nullptr;
        QVector<OdtListLevel> *list = nullptr;
        int depth = 0;
        int styleDepth = -1;
        int listDepth = -1;
        bool defaultParagraph = false;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (positioned && depth == 0)
                    return;
                if (depth == styleDepth) {
                    style = nullptr;
                    styleDepth = -1;
                    defaultParagraph = false;
                }
                if (depth == listDepth) {
                    list = nullptr;
                    listDepth = -1;
                }
                --depth;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            const QStringView n = r.name();
            if (n == QLatin1String("style") || n == QLatin1String("default-style")) {
                const QString family = attr(r, QLatin1String("family"));
                if (n == QLatin1String("default-style")) {
                    m_scratch = OdtStyle();
                    style = &m_scratch;
                    defaultParagraph = family == QLatin1String("paragraph");
                } else {
                    const QString key = family + u':' + boundedAttr(r, QLatin1String("name"));
                    style = &m_styles[key];
                    style->parent = boundedAttr(r, QLatin1String("parent-style-name"));
                    style->displayName = boundedAttr(r, QLatin1String("display-name"));
                    style->listStyle = boundedAttr(r, QLatin1String("list-style-name"));
                    style->outlineLevel = qBound(0, boundedAttr(r, QLatin1String("default-outline-level")).toInt(), 10);
                }
                styleDepth = depth;
            } else if (n == QLatin1String("text-properties") && style) {
                const QString weight = attr(r, QLatin1String("font-weight")).left(20);
                if (!weight.isEmpty())
                    style->bold = weight == QLatin1String("bold") || weight.toInt() >= 600 ? 1 : 0;
                const QString fontStyle = attr(r, QLatin1String("font-style")).left(20);
                if (!fontStyle.isEmpty())
                    style->italic = fontStyle == QLatin1String("italic") || fontStyle == QLatin1String("oblique");
                const QString size = attr(r, QLatin1String("font-size")).left(20);
                if (size.endsWith(QLatin1String("pt")))
                    style->size = qBound(0, int(size.chopped(2).toDouble() * 2 + 0.5), 4000);
                const QString position = attr(r, QLatin1String("text-position")).left(20);
                if (position.startsWith(QLatin1String("super")))
                    style->position = 1;
                else if (position.startsWith(QLatin1String("sub")))
                    style->position = -1;
                else if (position.startsWith(u'-'))
                    style->position = -1;
                else if (!position.isEmpty() && position.at(0).isDigit() && position.toInt() > 0)
                    style->position = 1;
                if (defaultParagraph && style->size > 0)
                    m_defaultSize = style->size;
                const QString language = attr(r, QLatin1String("language")).left(8);
                if (defaultParagraph && !language.isEmpty() && m_language.isEmpty())
                    m_language = language;
            } else if (n == QLatin1String("list-style")) {
                list = &m_listStyles[boundedAttr(r, QLatin1String("name"))];
                list->resize(10);
                listDepth = depth;
            } else if (list && (n == QLatin1String("list-level-style-number")
                                || n == QLatin1String("list-level-style-bullet")
                                || n == QLatin1String("list-level-style-image"))) {
                const int level = qBound(1, boundedAttr(r, QLatin1String("level")).toInt(), 10) - 1;
                OdtListLevel l;
                if (n == QLatin1String("list-level-style-number")) {
                    const QString format = boundedAttr(r, QLatin1String("num-format"));
                    l.type = format == QLatin1String("a")   ? ListType::LowerAlpha
                        : format == QLatin1String("A")      ? ListType::UpperAlpha
                        : format == QLatin1String("i")      ? ListType::LowerRoman
                        : format == QLatin1String("I")      ? ListType::UpperRoman
                        : format.isEmpty()                  ? ListType::None
                                                            : ListType::Decimal;
                    const QString start = boundedAttr(r, QLatin1String("start-value"));
                    l.start = start.isEmpty() ? 1 : qBound(0, start.toInt(), 9999);
                }
                (*list)[level] = l;
            }
        }
    }

    template<typename F>
    void walkStyles(const QString &family, const QString &name, F f) const
    {
        QString current = name;
        for (int i = 0; i < MaxStyleChain && !current.isEmpty(); ++i) {
            const auto it = m_styles.constFind(family + u':' + current);
            if (it == m_styles.constEnd())
                return;
            if (f(current, *it))
                return;
            current = it->parent;
        }
    }

    int headingOfStyle(const QString &name) const
    {
        int level = 0;
        walkStyles(QStringLiteral("paragraph"), name, [&](const QString &styleName, const OdtStyle &s) {
            if (s.outlineLevel > 0) {
                level = s.outlineLevel;
                return true;
            }
            level = headingLevelOfStyleName(styleName);
            if (level == 0)
                level = headingLevelOfStyleName(s.displayName);
            return level > 0;
        });
        return qMin(level, 6);
    }

    struct TextFormat { int bold = -1; int italic = -1; int size = 0; int position = 0; };

    TextFormat formatOf(const QString &family, const QString &name) const
    {
        TextFormat f;
        walkStyles(family, name, [&](const QString &, const OdtStyle &s) {
            if (f.bold < 0)
                f.bold = s.bold;
            if (f.italic < 0)
                f.italic = s.italic;
            if (f.size == 0)
                f.size = s.size;
            if (f.position == 0)
                f.position = s.position;
            return false;
        });
        return f;
    }

    QString paragraphListStyle(const QString &name) const
    {
        QString list;
        walkStyles(QStringLiteral("paragraph"), name, [&](const QString &, const OdtStyle &s) {
            list = s.listStyle;
            return !list.isEmpty();
        });
        return list;
    }

    // Block content until the element just started ends. listStyle and
    // listLevel describe the list item being read, if any.
    void readBlocks(QXmlStreamReader &r, QVector<Block> *blocks, int nesting, TableCell *cell,
                    const QString &listStyle, int listLevel, const QString &listKey = QString())
    {
        Q_UNUSED(cell);
        int depth = 0;
        bool firstInItem = true;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("p") || n == QLatin1String("h")) {
                const int before = int(blocks->size());
                readParagraph(r, blocks, nesting, n == QLatin1String("h"));
                if (listLevel > 0 && before < blocks->size()) {
                    Block &b = (*blocks)[before];
                    const QVector<OdtListLevel> levels = m_listStyles.value(listStyle);
                    const int level = qMin(listLevel, 10) - 1;
                    const OdtListLevel l = level < levels.size() ? levels.at(level) : OdtListLevel();
                    if (l.type != ListType::None && b.heading == 0) {
                        b.list = l.type;
                        b.listKey = listKey;
                        b.listLevel = level;
                        b.listStart = l.start;
                        // Further paragraphs of one item are paragraphs of their own.
                        if (!firstInItem)
                            b.list = ListType::None;
                    }
                    firstInItem = false;
                }
            } else if (n == QLatin1String("list") && nesting < OfficeDocument::MaxNesting) {
                QString style = boundedAttr(r, QLatin1String("style-name"));
                if (style.isEmpty())
                    style = listStyle;
                QString key = listKey;
                if (listLevel == 0) {
                    const QString continues = attr(r, QLatin1String("continue-numbering"));
                    key = continues == QLatin1String("true") && !m_lastListKey.isEmpty()
                        ? m_lastListKey
                        : QLatin1String("odt:") + QString::number(++m_listCount);
                    m_lastListKey = key;
                }
                readList(r, blocks, nesting + 1, style, listLevel + 1, key);
            } else if (n == QLatin1String("table") && nesting < OfficeDocument::MaxNesting) {
                readTable(r, blocks, nesting + 1);
            } else if (n == QLatin1String("tracked-changes") || n == QLatin1String("table-of-content-source")
                       || n == QLatin1String("alphabetical-index-source") || n == QLatin1String("illustration-index-source")
                       || n == QLatin1String("table-index-source") || n == QLatin1String("user-index-source")
                       || n == QLatin1String("bibliography-source") || n == QLatin1String("sequence-decls")
                       || n == QLatin1String("variable-decls") || n == QLatin1String("user-field-decls")
                       || n == QLatin1String("forms") || n == QLatin1String("table-columns")
                       || n == QLatin1String("table-column") || n == QLatin1String("annotation")) {
                r.skipCurrentElement();
            } else {
                ++depth;   // section, list-item, index-body, soft-page-break, a list or table too deep ...
            }
        }
    }

    void readList(QXmlStreamReader &r, QVector<Block> *blocks, int nesting, const QString &style, int level,
                  const QString &key)
    {
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == QLatin1String("list-item") || r.name() == QLatin1String("list-header")) {
                readBlocks(r, blocks, nesting, nullptr, style, r.name() == QLatin1String("list-item") ? level : 0,
                           key);
            } else {
                ++depth;
            }
        }
    }

    void readTable(QXmlStreamReader &r, QVector<Block> *blocks, int nesting)
    {
        QVector<QVector<TableCell>> rows;
        int depth = 0;
        int column = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("table-row")) {
                rows.append(QVector<TableCell>());
                column = 0;
                ++depth;
            } else if (n == QLatin1String("table-cell")) {
                if (rows.isEmpty())
                    rows.append(QVector<TableCell>());
                TableCell cell;
                cell.column = column;
                cell.span = qBound(1, boundedAttr(r, QLatin1String("number-columns-spanned")).toInt(), 999);
                cell.rowSpan = qBound(1, boundedAttr(r, QLatin1String("number-rows-spanned")).toInt(), 9999);
                QVector<Block> content;
                readBlocks(r, &content, nesting, &cell, QString(), 0);
                cell.html = blocksToHtml(content, &m_listCounters);
                column += cell.span;
                rows.last().append(cell);
            } else if (n == QLatin1String("covered-table-cell")) {
                r.skipCurrentElement();
                ++column;
            } else if (n == QLatin1String("table-column") || n == QLatin1String("table-columns")
                       || n == QLatin1String("table-source")) {
                r.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        Block b;
        b.kind = Block::Kind::Table;
        b.html = tableToHtml(rows);
        b.hasContent = true;
        blocks->append(b);
    }

    QString frameHtml(QXmlStreamReader &r, QVector<Block> *deferred, int nesting)
    {
        QString href;
        QString alt;
        const QString width = attr(r, QLatin1String("width")).left(20);
        const QString height = attr(r, QLatin1String("height")).left(20);
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("text-box")) {
                if (nesting < OfficeDocument::MaxNesting)
                    readBlocks(r, deferred, nesting + 1, nullptr, QString(), 0);
                else
                    deferred->append(plainBlock(elementText(r, OfficeDocument::MaxXmlPartBytes)));
            } else if (n == QLatin1String("image") && href.isEmpty()) {
                href = boundedAttr(r, QLatin1String("href"), MaxHrefLength);
                ++depth;
            } else if ((n == QLatin1String("desc") || n == QLatin1String("title")) && alt.isEmpty()) {
                alt = elementText(r, 2000).simplified();
            } else {
                ++depth;
            }
        }
        if (href.isEmpty() || href.contains(u':'))
            return QString();
        return imageHtml(resolvePartName(QString(), href), alt, lengthToPixels(width), lengthToPixels(height));
    }

    static int lengthToPixels(const QString &length)
    {
        static const struct { const char *unit; double pixels; } units[] = {
            { "cm", 96 / 2.54 }, { "mm", 96 / 25.4 }, { "in", 96 }, { "pt", 96 / 72.0 }, { "px", 1 } };
        for (const auto &u : units) {
            if (length.endsWith(QLatin1String(u.unit))) {
                const double v = length.chopped(2).toDouble() * u.pixels;
                return v > 0 && v < 10000 ? int(v + 0.5) : 0;
            }
        }
        return 0;
    }

    void readParagraph(QXmlStreamReader &r, QVector<Block> *blocks, int nesting, bool isHeading)
    {
        InlineWriter writer;
        const QString style = boundedAttr(r, QLatin1String("style-name"));
        int outline = isHeading ? qBound(1, attr(r, QLatin1String("outline-level")).left(3).toInt(), 10) : 0;
        if (isHeading && attr(r, QLatin1String("outline-level")).isEmpty())
            outline = 1;
        const TextFormat base = formatOf(QStringLiteral("paragraph"), style);
        struct Scope { int depth; TextFormat format; QString href; };
        QVector<Scope> scopes;
        QVector<Block> deferred;
        int depth = 0;

        auto current = [&] {
            TextFormat f = base;
            QString href;
            for (const Scope &s : scopes) {
                if (s.format.bold >= 0)
                    f.bold = s.format.bold;
                if (s.format.italic >= 0)
                    f.italic = s.format.italic;
                if (s.format.size > 0)
                    f.size = s.format.size;
                if (s.format.position != 0)
                    f.position = s.format.position;
                if (!s.href.isEmpty())
                    href = s.href;
            }
            InlineFormat format;
            format.bold = f.bold > 0;
            format.italic = f.italic > 0;
            format.superscript = f.position > 0;
            format.subscript = f.position < 0;
            format.href = href;
            return std::make_pair(format, f.size > 0 ? f.size : m_defaultSize);
        };
        auto addText = [&](QStringView text) {
            const auto f = current();
            writer.text(text, f.first, f.second);
            quoteText(text);
        };

        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break;
                while (!scopes.isEmpty() && scopes.last().depth == depth)
                    scopes.removeLast();
                --depth;
                continue;
            }
            if (t == QXmlStreamReader::Characters) {
                // Whitespace inside ODF paragraphs collapses as in HTML.
                addText(r.text());
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("s")) {
                const int count = qBound(1, boundedAttr(r, QLatin1String("c")).toInt(), 100);
                r.skipCurrentElement();
                addText(QString(count, u' '));
            } else if (n == QLatin1String("tab")) {
                r.skipCurrentElement();
                addText(u" ");
            } else if (n == QLatin1String("line-break")) {
                r.skipCurrentElement();
                writer.object(QStringLiteral("<br>"), current().first, false);
            } else if (n == QLatin1String("note")) {
                readNote(r, &writer, current().first, nesting);
            } else if (n == QLatin1String("frame")) {
                const QString img = frameHtml(r, &deferred, nesting);
                if (!img.isEmpty())
                    writer.object(img, current().first, true);
            } else if (n == QLatin1String("annotation")) {
                readAnnotation(r);
            } else if (n == QLatin1String("annotation-end")) {
                const QString name = boundedAttr(r, QLatin1String("name"));
                r.skipCurrentElement();
                if (m_openQuotes.contains(name) && m_quotes.size() < OfficeDocument::MaxComments)
                    m_quotes.insert(name, m_openQuotes.take(name));
            } else if (n == QLatin1String("tracked-changes") || n == QLatin1String("ruby-text")
                       || n == QLatin1String("bookmark-ref") || n == QLatin1String("note-citation")) {
                if (n == QLatin1String("bookmark-ref"))
                    ++depth;   // a cross-reference shows the text it holds
                else
                    r.skipCurrentElement();
            } else if ((n == QLatin1String("p") || n == QLatin1String("h") || n == QLatin1String("list")
                        || n == QLatin1String("table"))
                       && nesting < OfficeDocument::MaxNesting) {
                // Blocks inside a paragraph (shapes, odd files): after it, in order.
                QVector<Block> inner;
                if (n == QLatin1String("list"))
                    readList(r, &inner, nesting + 1, boundedAttr(r, QLatin1String("style-name")), 1,
                             QLatin1String("odt:") + QString::number(++m_listCount));
                else if (n == QLatin1String("table"))
                    readTable(r, &inner, nesting + 1);
                else
                    readParagraph(r, &inner, nesting + 1, n == QLatin1String("h"));
                deferred += inner;
            } else {
                ++depth;
                if ((n == QLatin1String("span") || n == QLatin1String("a")) && scopes.size() < MaxFormatStack) {
                    Scope s{ depth, {}, {} };
                    const QString spanStyle = boundedAttr(r, QLatin1String("style-name"));
                    if (!spanStyle.isEmpty())
                        s.format = formatOf(QStringLiteral("text"), spanStyle);
                    if (n == QLatin1String("a"))
                        s.href = linkTarget(attr(r, QLatin1String("href")).left(MaxHrefLength + 1));
                    scopes.append(s);
                }
            }
        }

        Block b = paragraphBlock(writer);
        if (outline > 0)
            b.heading = qMin(outline, 6);
        else if (!isHeading)
            b.heading = headingOfStyle(style);
        if (m_inNote)
            b.heading = 0;
        blocks->append(b);
        *blocks += deferred;
    }

    void readNote(QXmlStreamReader &r, InlineWriter *writer, InlineFormat format, int nesting)
    {
        if (m_inNote || nesting >= OfficeDocument::MaxNesting || m_notes.size() >= OfficeDocument::MaxNotes) {
            r.skipCurrentElement();
            return;
        }
        Note note;
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == QLatin1String("note-body")) {
                m_inNote = true;
                readBlocks(r, &note.blocks, nesting + 1, nullptr, QString(), 0);
                m_inNote = false;
            } else {
                r.skipCurrentElement();
            }
        }
        m_notes.append(note);
        format.superscript = true;
        format.subscript = false;
        format.href.clear();
        writer->object(noteReference(int(m_notes.size())), format, true);
    }

    void readAnnotation(QXmlStreamReader &r)
    {
        OfficeComment c;
        const QString name = boundedAttr(r, QLatin1String("name"));
        int depth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    break;
                continue;
            }
            if (t == QXmlStreamReader::Characters) {
                if (c.text.size() < MaxCommentText)
                    c.text += r.text().left(MaxCommentText - c.text.size());
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.name();
            if (n == QLatin1String("creator")) {
                c.author = elementText(r, 1000).simplified();
            } else if (n == QLatin1String("date")) {
                c.date = QDateTime::fromString(elementText(r, 100),
                                               Qt::ISODate);
            } else {
                ++depth;
                if ((n == QLatin1String("p") || n == QLatin1String("h")) && !c.text.isEmpty())
                    c.text += u'\n';
            }
        }
        c.text = c.text.trimmed();
        if (!name.isEmpty() && m_openQuotes.size() < 64) {
            m_openQuotes.insert(name, QString());
            m_quoteStarts.insert(name, int(qMin<qint64>(m_textSeen, INT_MAX)));
            c.quote = u'\x1' + name;
        }
        if (m_comments.size() < OfficeDocument::MaxComments)
            m_comments.append(c);
    }

    QHash<QString, OdtStyle> m_styles;   // family:name
    OdtStyle m_scratch;
    QHash<QString, QVector<OdtListLevel>> m_listStyles;
    int m_defaultSize = 24;
    QString m_language;
    int m_listCount = 0;
    QString m_lastListKey;
    QVector<OfficeComment> m_comments;
    bool m_inNote = false;
};

} // namespace

Result<OfficeDocument::Converted> OfficeDocument::convert(Kind kind, const QByteArray &bytes,
                                                          const QString &shownName)
{
    // Encrypted Office files, and the old binary formats, are OLE compound
    // files rather than zips.
    if (bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0"))) {
        return Status::failure(tr("“%1” is protected with a password (or is an old binary Word file). Save it "
                                  "as .docx or .odt without a password and import it again.")
                                   .arg(shownName));
    }
    OfficeZip zip;
    switch (zip.open(bytes)) {
    case OfficeZip::Error::None:
        break;
    case OfficeZip::Error::NotAZip:
        return Status::failure(kind == Kind::Docx
                                   ? tr("“%1” is not a Word document (.docx): it is no zip archive.").arg(shownName)
                                   : tr("“%1” is not an OpenDocument text (.odt): it is no zip archive.")
                                         .arg(shownName));
    case OfficeZip::Error::TooManyEntries:
        return Status::failure(tr("“%1” holds more than %2 files inside; Kanttekening does not read it.")
                                   .arg(shownName, QString::number(OfficeZip::MaxEntries)));
    default:
        return Status::failure(tr("“%1” is damaged: its zip archive cannot be read.").arg(shownName));
    }
    Converted converted;
    if (kind == Kind::Docx) {
        DocxReader reader(zip, shownName);
        if (!reader.read(&converted))
            return Status::failure(reader.failure());
    } else {
        OdtReader reader(zip, shownName);
        if (!reader.read(&converted))
            return Status::failure(reader.failure());
    }
    return converted;
}

QString OfficeDocument::imageUrl(int index)
{
    return QLatin1String("kanttekening-image:") + QString::number(index);
}

int OfficeDocument::imageIndex(QStringView url)
{
    constexpr QLatin1String Scheme("kanttekening-image:");
    if (!url.startsWith(Scheme) || url.size() > Scheme.size() + 9 || url.size() == Scheme.size())
        return -1;
    int index = 0;
    for (const QChar c : url.mid(Scheme.size())) {
        if (c < u'0' || c > u'9')
            return -1;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

QString OfficeDocument::toHtml(Kind kind, const QByteArray &bytes)
{
    const Result<Converted> converted = convert(kind, bytes, QString());
    return converted.ok() ? converted->html : QString();
}

} // namespace ktk
