// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentrenderer.h"

#include "import/htmlsanitizer.h"
#include "import/readermode.h"
#include "import/markdownrawhtml.h"
#include "import/officedocument.h"
#include "import/safetextdocument.h"
#include "import/textdecoder.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVector>

namespace ktk {

namespace {

// The words of HTML, lower-case, tags left out: enough to ask whether a name
// or a year is among them.
QString roughText(QStringView html, qsizetype limit)
{
    QString text;
    text.reserve(qMin(html.size(), limit));
    bool inTag = false;
    for (const QChar c : html) {
        if (text.size() >= limit)
            break;
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        else if (!inTag)
            text += c.toLower();
    }
    return text;
}

// The article as reader mode found it, with a line naming its author and
// date when the page's metadata knows them and the article's opening does
// not show them: a researcher cites by both. Made from the page alone (the
// date in ISO form, never in the interface language), so that every
// rendering of the stored page gives the same text.
QString withByline(const QString &articleHtml, const QString &page)
{
    const WebPageMetadata meta = HtmlSanitizer::metadata(page);
    const QString opening = roughText(articleHtml, 3000);
    QString author = meta.author.simplified().left(200);
    if (!author.isEmpty()) {
        // "Anna de Vries en Piet Bos": the first author's last name will do.
        static const QRegularExpression separators(QStringLiteral("\\s*(,|;|&|\\band\\b|\\ben\\b|\\bund\\b)\\s*"),
                                                   QRegularExpression::CaseInsensitiveOption);
        const QString first = author.split(separators, Qt::SkipEmptyParts).value(0);
        const QString lastName = first.section(u' ', -1).toLower();
        if (lastName.size() < 2 || opening.contains(lastName))
            author.clear();
    }
    QString date;
    if (meta.published.isValid() && !opening.left(1000).contains(QString::number(meta.published.year())))
        date = meta.published.toString(Qt::ISODate);
    if (author.isEmpty() && date.isEmpty())
        return articleHtml;
    QString line = author.toHtmlEscaped();
    if (!author.isEmpty() && !date.isEmpty())
        line += QStringLiteral(" \u00b7 ");
    line += date;
    const QString byline = QStringLiteral("<p class=\"byline\">") + line + QStringLiteral("</p>");
    // Under the headline, else at the top.
    const qsizetype headlineEnd = articleHtml.indexOf(QLatin1String("</h1>"), 0, Qt::CaseInsensitive);
    if (headlineEnd < 0)
        return byline + articleHtml;
    QString html = articleHtml;
    html.insert(headlineEnd + 5, byline);
    return html;
}

// The sanitiser drops outside images from HTML, but Markdown (and raw HTML
// inside it) is not sanitised: take out every image that is not embedded
// before anything lays the document out and asks for the picture.
void removeOutsideImages(QTextDocument *document)
{
    QVector<int> positions;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name().trimmed();
            if (name.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive))
                continue;
            // A Word or OpenDocument picture that was added as a resource.
            if (OfficeDocument::imageIndex(name) >= 0
                && document->resource(QTextDocument::ImageResource, QUrl(name)).isValid())
                continue;
            for (int i = 0; i < fragment.length(); ++i)
                positions.append(fragment.position() + i);
        }
    }
    QTextCursor cursor(document);
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.setPosition(*it + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

bool isTableDelimiterRow(QStringView line)
{
    if (!line.contains(u'|') || !line.contains(u'-'))
        return false;
    for (QChar c : line) {
        if (c != u'|' && c != u'-' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

bool isListItem(QStringView trimmedLine)
{
    qsizetype p = 0;
    if (trimmedLine.startsWith(u'-') || trimmedLine.startsWith(u'+') || trimmedLine.startsWith(u'*')) {
        p = 1;
    } else {
        while (p < trimmedLine.size() && p < 9 && trimmedLine.at(p).isDigit())
            ++p;
        if (p == 0 || p >= trimmedLine.size() || (trimmedLine.at(p) != u'.' && trimmedLine.at(p) != u')'))
            return false;
        ++p;
    }
    return p == trimmedLine.size() || trimmedLine.at(p) == u' ' || trimmedLine.at(p) == u'\t';
}

// Qt 6.4's Markdown importer slows down with the square of a block's line
// count (a 2,500-row table or a paragraph of 5,000 lines takes seconds,
// 10,000 rows minutes), with the square of the number of tables (2,000
// take seconds) and with the square of the items of one list, blank lines
// between them or not (8,000 items: 4 s); and each block costs about 15 us
// (a 60 MB file of short paragraphs: a minute). QTextDocument::setHtml has
// no such problems. Articles are far below these sizes; a source beyond them
// is shown as the plain text it is. The choice depends on the source alone,
// so import and render agree.
bool isTooSlowForQtMarkdown(const QString &markdown)
{
    constexpr int MaxBlockLines = 1000;
    constexpr int MaxTables = 300;
    constexpr int MaxListItems = 2000;
    constexpr int MaxLines = 250000;
    int run = 0;
    int tables = 0;
    int listItems = 0;   // of the list going on: blank and indented lines do not end it
    int lines = 0;
    qsizetype lineStart = 0;
    while (lineStart < markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.size();
        const QStringView rawLine = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty())
            run = 0;
        else if (++run > MaxBlockLines || ++lines > MaxLines)
            return true;
        if (isTableDelimiterRow(line) && ++tables > MaxTables)
            return true;
        if (isListItem(line)) {
            if (++listItems > MaxListItems)
                return true;
        } else if (!line.isEmpty() && !rawLine.startsWith(u' ') && !rawLine.startsWith(u'\t')) {
            listItems = 0;
        }
        lineStart = lineEnd + 1;
    }
    return false;
}

constexpr auto GitHubMarkdown = QTextDocument::MarkdownDialectGitHub;
constexpr auto GitHubMarkdownWithoutHtml =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// Whether Qt's Markdown importer shows every word of markdown. It collects
// raw HTML until its tags balance; when they never do (an unclosed <p>, a
// stray </div>), all that follows is dropped without a word. A marker
// paragraph at the end shows whether that happened: it is dropped too.
bool keepsAllText(const QString &markdown)
{
    // A run of a private-use character longer than any in the text, so no
    // document can fake the marker.
    constexpr char16_t MarkerChar = 0xE000;
    qsizetype longestRun = 0;
    qsizetype run = 0;
    for (QChar c : markdown) {
        run = c == MarkerChar ? run + 1 : 0;
        longestRun = qMax(longestRun, run);
    }
    const QString marker(longestRun + 1, QChar(MarkerChar));
    SafeTextDocument probe;
    probe.setMarkdown(markdown + QLatin1String("\n\n") + marker + u'\n', GitHubMarkdown);
    return probe.toPlainText().contains(marker);
}

void renderMarkdown(const QString &markdown, QTextDocument *target)
{
    const MarkdownRawHtml::Prepared prepared = MarkdownRawHtml::prepare(markdown);
    if (!prepared.hasRawHtml) {
        target->setMarkdown(markdown, GitHubMarkdown);
        return;
    }
    // Raw HTML that Qt would read without all its text, or could not read
    // at all (its fixed-pitch elements crash Qt without a QGuiApplication,
    // see HtmlSanitizer), or only slowly, is shown as the text it is: tags
    // and all, but nothing lost. Import and view run the same test.
    const bool canParseHtml = !prepared.exceedsHtmlLimits
        && (!prepared.hasFixedPitchHtml || qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    if (canParseHtml && keepsAllText(prepared.markdown))
        target->setMarkdown(prepared.markdown, GitHubMarkdown);
    else
        target->setMarkdown(markdown, GitHubMarkdownWithoutHtml);
}

} // namespace

bool DocumentRenderer::render(const Document &doc, QTextDocument *target)
{
    // A PDF's bytes are no text; its canonical text is all there is to show.
    QString source;
    if (doc.format == SourceFormat::Pdf) {
        source = doc.canonicalText;
    } else if (doc.format == SourceFormat::Docx || doc.format == SourceFormat::Odt) {
        // With its pictures, which the HTML alone only names.
        const auto kind = doc.format == SourceFormat::Docx ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
        const Result<OfficeDocument::Converted> converted = OfficeDocument::convert(kind, doc.originalBytes, QString());
        if (converted) {
            addOfficeImages(target, converted->images);
            source = converted->html;
        }
    } else {
        source = decodeSource(doc.format, doc.originalBytes);
    }
    renderSource(doc.format, source, target, doc.extraction);
    if (target->toPlainText() == doc.canonicalText)
        return true;
    // An article stored before articles showed a byline line: as it was then.
    if (doc.format == SourceFormat::Html && doc.extraction == ContentExtraction::Article) {
        target->clear();
        renderSourceWith(doc.format, source, target, doc.extraction, false);
        if (target->toPlainText() == doc.canonicalText)
            return true;
    }
    // Annotations index into canonicalText; a rendering that differs (a newer
    // Qt, a changed sanitiser) would misplace every one of them.
    const bool undo = target->isUndoRedoEnabled();
    target->setUndoRedoEnabled(false);
    target->setPlainText(doc.canonicalText);
    target->setUndoRedoEnabled(undo);
    target->setModified(false);
    return false;
}

ContentExtraction DocumentRenderer::renderSource(SourceFormat format, const QString &decodedSource,
                                                 QTextDocument *target, ContentExtraction extraction)
{
    return renderSourceWith(format, decodedSource, target, extraction, true);
}

ContentExtraction DocumentRenderer::renderSourceWith(SourceFormat format, const QString &decodedSource,
                                                     QTextDocument *target, ContentExtraction extraction, bool byline)
{
    ContentExtraction shown = ContentExtraction::FullPage;
    SafeTextDocument::installRefusingProvider(target);
    // Our own clean-up below must not be undoable: undo would bring back
    // characters and shift every offset after them.
    const bool undo = target->isUndoRedoEnabled();
    target->setUndoRedoEnabled(false);
    switch (format) {
    case SourceFormat::PlainText:
    case SourceFormat::Pdf:
        target->setPlainText(TextDecoder::normaliseLineEndings(decodedSource));
        break;
    case SourceFormat::Markdown:
    {
        const QString markdown = TextDecoder::normaliseLineEndings(decodedSource);
        if (isTooSlowForQtMarkdown(markdown)) {
            target->setPlainText(markdown);
            break;
        }
        renderMarkdown(markdown, target);
        removeOutsideImages(target);
        break;
    }
    case SourceFormat::Html:
    case SourceFormat::Docx:   // decodeSource() made HTML of them
    case SourceFormat::Odt:
    {
        // A web page kept as its article shows that article (the whole page
        // when reader mode finds none, as at import).
        ReaderMode::Result article;
        if (format == SourceFormat::Html && extraction == ContentExtraction::Article)
            article = ReaderMode::extract(decodedSource);
        const QString shownHtml = !article.isArticle ? decodedSource
            : byline                                 ? withByline(article.html, decodedSource)
                                                     : article.html;
        target->setHtml(HtmlSanitizer::sanitize(shownHtml));
        removeOutsideImages(target);
        if (article.isArticle)
            shown = ContentExtraction::Article;
        break;
    }
    }
    target->setUndoRedoEnabled(undo);
    target->setModified(false);
    return shown;
}

bool DocumentRenderer::showsAsPlainText(SourceFormat format, const QString &decodedSource)
{
    switch (format) {
    case SourceFormat::PlainText:
    case SourceFormat::Pdf:
        return true;
    case SourceFormat::Markdown:
        return isTooSlowForQtMarkdown(TextDecoder::normaliseLineEndings(decodedSource));
    case SourceFormat::Html:
    case SourceFormat::Docx:
    case SourceFormat::Odt:
        break;
    }
    return false;
}

void DocumentRenderer::addOfficeImages(QTextDocument *target, const QVector<QByteArray> &images)
{
    // Bytes, not QImages: Qt decodes a picture when it is first drawn.
    for (int i = 0; i < images.size(); ++i)
        target->addResource(QTextDocument::ImageResource, QUrl(OfficeDocument::imageUrl(i)), images.at(i));
}

QString DocumentRenderer::decodeSource(SourceFormat format, const QByteArray &bytes)
{
    if (format == SourceFormat::Docx)
        return OfficeDocument::toHtml(OfficeDocument::Kind::Docx, bytes);
    if (format == SourceFormat::Odt)
        return OfficeDocument::toHtml(OfficeDocument::Kind::Odt, bytes);
    return format == SourceFormat::Html ? TextDecoder::decodeHtml(bytes).text : TextDecoder::decode(bytes).text;
}

QString DocumentRenderer::plainTextCanonical(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    const QChar *src = text.constData();
    const QChar *end = src + text.size();
    for (; src != end; ++src) {
        switch (src->unicode()) {
        case u'\r':
            *dst++ = u'\n';
            if (src + 1 != end && src[1] == u'\n')
                ++src;
            break;
        case 0x2028:   // line separator
        case 0x2029:   // paragraph separator
        case 0xFDD0:   // QTextBeginningOfFrame
        case 0xFDD1:   // QTextEndOfFrame
            *dst++ = u'\n';
            break;
        case 0x00A0:   // no-break space
            *dst++ = u' ';
            break;
        default:
            *dst++ = *src;
        }
    }
    out.truncate(dst - out.constData());
    return out;
}

} // namespace ktk
