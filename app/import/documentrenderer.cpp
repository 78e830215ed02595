// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentrenderer.h"

#include "import/htmlsanitizer.h"
#include "import/safetextdocument.h"
#include "import/textdecoder.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVector>

namespace ktk {

namespace {

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

// Qt 6.4's Markdown importer slows down with the square of a block's line
// count (a 2,500-row table or a paragraph of 5,000 lines takes seconds,
// 10,000 rows minutes) and with the square of the number of tables (2,000
// take seconds); QTextDocument::setHtml has no such problem. Articles are
// far below these sizes; a source beyond them is shown as the plain text it
// is. The choice depends on the source alone, so import and render agree.
bool isTooSlowForQtMarkdown(const QString &markdown)
{
    constexpr int MaxBlockLines = 1000;
    constexpr int MaxTables = 300;
    int run = 0;
    int tables = 0;
    qsizetype lineStart = 0;
    while (lineStart < markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.size();
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.isEmpty())
            run = 0;
        else if (++run > MaxBlockLines)
            return true;
        if (isTableDelimiterRow(line) && ++tables > MaxTables)
            return true;
        lineStart = lineEnd + 1;
    }
    return false;
}

} // namespace

bool DocumentRenderer::render(const Document &doc, QTextDocument *target)
{
    // A PDF's bytes are no text; its canonical text is all there is to show.
    const QString source = doc.format == SourceFormat::Pdf ? doc.canonicalText
                                                           : decodeSource(doc.format, doc.originalBytes);
    renderSource(doc.format, source, target);
    if (target->toPlainText() == doc.canonicalText)
        return true;
    // Annotations index into canonicalText; a rendering that differs (a newer
    // Qt, a changed sanitiser) would misplace every one of them.
    const bool undo = target->isUndoRedoEnabled();
    target->setUndoRedoEnabled(false);
    target->setPlainText(doc.canonicalText);
    target->setUndoRedoEnabled(undo);
    target->setModified(false);
    return false;
}

void DocumentRenderer::renderSource(SourceFormat format, const QString &decodedSource, QTextDocument *target)
{
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
        target->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        removeOutsideImages(target);
        break;
    }
    case SourceFormat::Html:
        target->setHtml(HtmlSanitizer::sanitize(decodedSource));
        removeOutsideImages(target);
        break;
    }
    target->setUndoRedoEnabled(undo);
    target->setModified(false);
}

QString DocumentRenderer::decodeSource(SourceFormat format, const QByteArray &bytes)
{
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
