// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentimporter.h"

#include "import/documentrenderer.h"
#include "import/htmlsanitizer.h"
#include "import/languageguesser.h"
#include "import/officedocument.h"
#include "import/safetextdocument.h"
#include "import/textdecoder.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "store/documentlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ktk {

namespace {

constexpr int MaxTitleLength = 200;

bool formatForSuffix(const QString &suffix, SourceFormat *format)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("txt") || s == QLatin1String("text"))
        *format = SourceFormat::PlainText;
    else if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        *format = SourceFormat::Markdown;
    else if (s == QLatin1String("html") || s == QLatin1String("htm"))
        *format = SourceFormat::Html;
    else if (s == QLatin1String("pdf"))
        *format = SourceFormat::Pdf;
    else if (s == QLatin1String("docx"))
        *format = SourceFormat::Docx;
    else if (s == QLatin1String("odt"))
        *format = SourceFormat::Odt;
    else
        return false;
    return true;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

qint64 maxFileSize(SourceFormat format)
{
    return DocumentLimits::maxOriginalBytes(format == SourceFormat::Pdf);
}

Status fileTooLarge(const QString &shownName, qint64 size, SourceFormat format)
{
    return Status::failure(DocumentImporter::tr("“%1” is %2 MB; Kanttekening imports files of at most %3 MB.")
                               .arg(shownName, megabytes(size), megabytes(maxFileSize(format))));
}

Status notAnOrdinaryFile(const QString &shownName)
{
    return Status::failure(DocumentImporter::tr("“%1” is not an ordinary file but a device, a pipe or a socket, "
                                                "which Kanttekening does not read. Save its content as a file "
                                                "and import that.")
                               .arg(shownName));
}

Status unreadable(const QString &shownName, const QString &reason)
{
    return Status::failure(DocumentImporter::tr("“%1” cannot be read: %2.").arg(shownName, reason));
}

// Opens path for reading only if it is an ordinary file. The caller has
// checked that already, but the name may since stand for a FIFO, whose
// opening would wait for a writer: open without waiting, then look at what
// was opened.
Status openOrdinaryFile(const QString &path, const QString &shownName, QFile *file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return unreadable(shownName, qt_error_string(errno));
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return notAnOrdinaryFile(shownName);
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return unreadable(shownName, file->errorString());
    }
#else
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return unreadable(shownName, file->errorString());
#endif
    return Status();
}

// Reads at most limit + 1 bytes, never readAll(): a file may grow while it is
// read, and files under /proc claim a size of 0 whatever they hold.
Status readBounded(QFile &file, const QString &shownName, qint64 limit, QByteArray *bytes)
{
    constexpr qint64 Chunk = 1024 * 1024;
    bytes->reserve(qMin(file.size(), limit) + 1);
    for (;;) {
        const qint64 wanted = qMin(Chunk, limit + 1 - bytes->size());
        if (wanted <= 0)
            break;
        const qsizetype before = bytes->size();
        bytes->resize(before + wanted);
        const qint64 got = file.read(bytes->data() + before, wanted);
        if (got < 0) {
            bytes->clear();
            return unreadable(shownName, file.errorString());
        }
        bytes->resize(before + got);
        if (got == 0)
            break;
    }
    if (bytes->size() > limit) {
        bytes->clear();
        return Status::failure(DocumentImporter::tr("“%1” holds more than %2 MB; Kanttekening imports files of at "
                                                    "most %2 MB.")
                                   .arg(shownName, megabytes(limit)));
    }
    return Status();
}

Status unsupportedFormat(const QString &shownName, const QString &suffix)
{
    const QString supported = QLatin1Char('.') + DocumentImporter::supportedSuffixes().join(QLatin1String(", ."));
    if (suffix.isEmpty()) {
        return Status::failure(DocumentImporter::tr("“%1” has no file name extension, so Kanttekening cannot tell "
                                                    "its format; supported are %2.")
                                   .arg(shownName, supported));
    }
    return Status::failure(DocumentImporter::tr("“%1” has a format Kanttekening cannot import (.%2); supported are %3.")
                               .arg(shownName, suffix, supported));
}

// A NUL never occurs in text. Other control characters turn up now and then
// in real text files (copied from terminals, old word processors), but not
// in quantity; C1 controls only appear after Windows-1252 decoding of bytes
// that code page leaves undefined.
bool looksLikeText(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if (u < 0x20) {
            if (u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1A)
                ++controls;
        } else if (u >= 0x7F && u <= 0x9F) {
            ++controls;
        }
    }
    return controls <= 4 + text.size() / 1000;
}

// A first line that is a whole paragraph makes a poor title; its first
// sentence, if short enough, reads better than a cut-off line.
QString cleanTitle(const QString &raw)
{
    QString title = raw.simplified();
    if (title.size() > MaxTitleLength) {
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?= )"));
        const QRegularExpressionMatch m = sentenceEnd.match(title, 20);
        if (m.hasMatch() && m.capturedStart() < MaxTitleLength)
            return title.left(m.capturedEnd());
    }
    if (title.size() > MaxTitleLength) {
        qsizetype cut = title.lastIndexOf(u' ', MaxTitleLength);
        if (cut < MaxTitleLength / 2)
            cut = MaxTitleLength;
        title = title.left(cut) + QChar(0x2026);
    }
    return title;
}

// Its start only: a title is at most MaxTitleLength long, and a file of one
// 60 MB line would otherwise be copied and simplified whole.
QString firstNonEmptyLine(const QString &text)
{
    constexpr qsizetype MaxLength = 20 * MaxTitleLength;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line.left(MaxLength).toString();
        start = end + 1;
    }
    return QString();
}

// A text's first line as its title, when it is short enough to be a
// headline. A longer line is a paragraph: a file's name says more then, and
// pasted text (which has none) gets its first sentence or first words, short.
constexpr qsizetype MaxHeadlineLength = 90;

QString titleFromFirstLine(const QString &text, bool hasFileName)
{
    const QString line = firstNonEmptyLine(text).simplified();
    if (line.size() <= MaxHeadlineLength)
        return line;
    if (hasFileName)
        return QString();
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?= )"));
    const QRegularExpressionMatch m = sentenceEnd.match(line, 20);
    if (m.hasMatch() && m.capturedEnd() <= MaxHeadlineLength)
        return line.left(m.capturedEnd());
    qsizetype cut = line.lastIndexOf(u' ', MaxHeadlineLength - 1);
    if (cut < MaxHeadlineLength / 2)
        cut = MaxHeadlineLength - 1;
    return line.left(cut) + QChar(0x2026);
}

QString firstHeading(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            const QString text = block.text().simplified();
            if (!text.isEmpty())
                return text;
        }
    }
    return QString();
}

struct Source
{
    QByteArray bytes;
    SourceFormat format = SourceFormat::PlainText;
    QString fileName;    // as stored; empty for pasted content
    QString shownName;   // for messages
};

// What word processors and converters leave in a PDF's Title when nobody
// set one is not a title: "None", "untitled", "Microsoft Word - nota.docx",
// a file name. Then the file's own name says more.
QString usefulPdfTitle(const QString &raw)
{
    QString title = raw.simplified();
    static const QRegularExpression wordPrefix(QStringLiteral("^Microsoft (Word|PowerPoint|Excel) - "),
                                               QRegularExpression::CaseInsensitiveOption);
    title.remove(wordPrefix);
    static const QRegularExpression placeholder(
        QStringLiteral("^(none|null|untitled|unknown|title|document|titel|naamloos|\\(anonymous\\)|-+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fileName(QStringLiteral("^\\S+\\.(docx?|odt|rtf|pdf|pptx?|xlsx?|indd|qxp|tex|dvi|ps|html?)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (title.size() < 3 || placeholder.match(title).hasMatch() || fileName.match(title).hasMatch())
        return QString();
    return cleanTitle(title);
}

// A PDF keeps its bytes; its text is extracted page by page, later in the
// background (the window) or now (the command line).
Result<Document> buildPdf(const Source &source, const DocumentImporter::Options &options,
                          DocumentImporter::Failure *failure)
{
    const PdfDocument::LoadResult loaded = PdfDocument::load(source.bytes, source.shownName, options.password);
    if (!loaded.ok()) {
        if (failure) {
            if (loaded.error == PdfDocument::LoadError::PasswordRequired)
                *failure = DocumentImporter::Failure::PasswordRequired;
            else if (loaded.error == PdfDocument::LoadError::WrongPassword)
                *failure = DocumentImporter::Failure::WrongPassword;
        }
        return Status::failure(loaded.message);
    }
    const PdfDocument &pdf = *loaded.document;
    if (pdf.pageCount() > DocumentLimits::MaxPdfPages) {
        return Status::failure(DocumentImporter::tr("“%1” has %2 pages; Kanttekening imports PDFs of at most %3 "
                                                    "pages.")
                                   .arg(source.shownName, QLocale().toString(pdf.pageCount()),
                                        QLocale().toString(DocumentLimits::MaxPdfPages)));
    }
    Document doc;
    doc.format = SourceFormat::Pdf;
    doc.fileName = source.fileName;
    doc.originalBytes = source.bytes;
    doc.importedAt = QDateTime::currentDateTimeUtc();
    doc.pageCount = pdf.pageCount();
    if (pdf.isEncrypted())
        doc.pdfPassword = options.password;

    const PdfMetadata meta = pdf.metadata();
    doc.meta.title = usefulPdfTitle(meta.title);
    doc.meta.author = meta.author.simplified().left(MaxTitleLength);
    if (meta.created.isValid())
        doc.meta.publishedOn = meta.created.date();
    if (doc.meta.title.isEmpty())
        doc.meta.title = QFileInfo(source.fileName.isEmpty() ? source.shownName : source.fileName).completeBaseName();

    if (options.extractPdfText) {
        const PdfText text = PdfTextExtractor::extract(pdf);
        if (text.text.size() > DocumentLimits::MaxCharacters) {
            return Status::failure(DocumentImporter::tr("“%1” holds %2 characters of text; Kanttekening imports "
                                                        "documents of at most %3 characters.")
                                       .arg(source.shownName, QLocale().toString(qint64(text.text.size())),
                                            QLocale().toString(DocumentLimits::MaxCharacters)));
        }
        doc.canonicalText = text.text;
        doc.pages = text.pages;
        doc.meta.language = LanguageGuesser::guess(doc.canonicalText.left(20'000));
    } else {
        // The first pages are enough to tell Dutch from English, and cost
        // milliseconds; the rest waits for the background.
        QString start;
        for (int page = 0; page < qMin(3, pdf.pageCount()) && start.size() < 20'000; ++page)
            start += pdf.pageText(page).text() + u'\n';
        doc.meta.language = LanguageGuesser::guess(start);
    }
    return doc;
}

// Word and OpenDocument files are zips: converted to HTML (the view does the
// same with the stored bytes) and rendered like a web page. Title, author and
// date come from the file's own details, else the first heading.
// What is imported must be text, and what the window can show.
Status checkShownText(const QString &text, const QString &shownName)
{
    if (text.trimmed().isEmpty())
        return Status::failure(DocumentImporter::tr("“%1” contains no readable text.").arg(shownName));
    if (text.size() > DocumentLimits::MaxCharacters) {
        return Status::failure(DocumentImporter::tr("“%1” holds %2 characters of text; Kanttekening imports "
                                                    "documents of at most %3 characters.")
                                   .arg(shownName, QLocale().toString(qint64(text.size())),
                                        QLocale().toString(DocumentLimits::MaxCharacters)));
    }
    return {};
}

Result<Document> buildOffice(const Source &source)
{
    const auto kind = source.format == SourceFormat::Docx ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
    const Result<OfficeDocument::Converted> converted = OfficeDocument::convert(kind, source.bytes, source.shownName);
    if (!converted)
        return converted.status();
    Document doc;
    doc.format = source.format;
    doc.fileName = source.fileName;
    doc.originalBytes = source.bytes;
    doc.importedAt = QDateTime::currentDateTimeUtc();
    SafeTextDocument rendered;
    DocumentRenderer::addOfficeImages(&rendered, converted->images);
    DocumentRenderer::renderSource(source.format, converted->html, &rendered);
    doc.canonicalText = rendered.toPlainText();
    if (const Status shown = checkShownText(doc.canonicalText, source.shownName); !shown)
        return shown;
    const OfficeMetadata &meta = converted->meta;
    QString title = usefulPdfTitle(meta.title);   // Word leaves the same placeholders as in PDFs
    if (title.isEmpty())
        title = cleanTitle(firstHeading(rendered));
    if (title.isEmpty())
        title = QFileInfo(source.fileName.isEmpty() ? source.shownName : source.fileName).completeBaseName();
    doc.meta.title = title;
    doc.meta.author = meta.author.left(MaxTitleLength);
    doc.meta.publishedOn = meta.created.isValid() ? meta.created : meta.modified;
    doc.meta.language = LanguageGuesser::guess(doc.canonicalText.left(200'000));
    // Reviewers' comments are not the text; the user may take them over.
    if (!converted->comments.isEmpty()) {
        //: %1 a file name. The menu names are those of the Claims menu.
        doc.importNote = DocumentImporter::tr("\u201c%1\u201d carries %n reviewer comment(s): Claims \u2192 Take "
                                              "Over Annotations and Comments makes claims of them.",
                                              nullptr, int(converted->comments.size()))
                             .arg(source.shownName);
    }
    return doc;
}

Result<Document> buildGunzipped(const Source &source, const DocumentImporter::Options &options,
                                DocumentImporter::Failure *failure);

// Below this many characters a page without an article is not remarked on.
constexpr qsizetype MinTextForArticleNote = 1500;

Result<Document> build(const Source &source, const DocumentImporter::Options &options = {},
                       DocumentImporter::Failure *failure = nullptr)
{
    if (failure)
        *failure = DocumentImporter::Failure::Other;
    if (source.bytes.isEmpty())
        return Status::failure(DocumentImporter::tr("“%1” is empty.").arg(source.shownName));
    if (source.bytes.size() > maxFileSize(source.format))
        return fileTooLarge(source.shownName, source.bytes.size(), source.format);
    if (source.format == SourceFormat::Pdf)
        return buildPdf(source, options, failure);
    if (TextDecoder::isGzip(source.bytes))
        return buildGunzipped(source, options, failure);
    if (source.format == SourceFormat::Docx || source.format == SourceFormat::Odt)
        return buildOffice(source);

    const TextDecoder::Decoded decoded = source.format == SourceFormat::Html ? TextDecoder::decodeHtml(source.bytes)
                                                                              : TextDecoder::decode(source.bytes);
    if (decoded.malformed) {
        return Status::failure(DocumentImporter::tr("“%1” is not a text file: its characters cannot be decoded "
                                                    "as %2.")
                                   .arg(source.shownName, decoded.name()));
    }
    if (!looksLikeText(decoded.text)) {
        return Status::failure(DocumentImporter::tr("“%1” is not a text file: it contains binary data.")
                                   .arg(source.shownName));
    }

    Document doc;
    doc.format = source.format;
    doc.fileName = source.fileName;
    doc.originalBytes = source.bytes;
    doc.importedAt = QDateTime::currentDateTimeUtc();

    QString title;
    if (DocumentRenderer::showsAsPlainText(source.format, decoded.text)) {
        // Equal to what a QTextDocument would give (the renderer's test checks
        // that), at a fraction of the cost for large files: setPlainText()
        // takes 5 us a line, 20 s for a file of 4 million.
        doc.canonicalText = DocumentRenderer::plainTextCanonical(decoded.text);
        // Markdown shown as text has no heading; its file name is the title.
        if (source.format == SourceFormat::PlainText)
            title = titleFromFirstLine(doc.canonicalText, !source.fileName.isEmpty());
    } else {
        SafeTextDocument rendered;
        // Reader mode: a web page becomes the article it holds; a page that
        // holds none (a front page, a list of links) is kept whole, and the
        // import report says so.
        const ContentExtraction wanted = source.format == SourceFormat::Html && !options.fullPage
            ? ContentExtraction::Article
            : ContentExtraction::FullPage;
        doc.extraction = DocumentRenderer::renderSource(source.format, decoded.text, &rendered, wanted);
        doc.canonicalText = rendered.toPlainText();
        if (doc.extraction == ContentExtraction::Article && doc.canonicalText.trimmed().isEmpty()) {
            rendered.clear();
            doc.extraction = DocumentRenderer::renderSource(source.format, decoded.text, &rendered,
                                                            ContentExtraction::FullPage);
            doc.canonicalText = rendered.toPlainText();
        }
        if (wanted == ContentExtraction::Article && doc.extraction == ContentExtraction::FullPage) {
            doc.importNote = DocumentImporter::tr("\u201c%1\u201d holds no article that reader mode recognises "
                                                  "(a front page or a list of links, say): the whole page was "
                                                  "imported.").arg(source.shownName);
        }
        // A page of a few lines is its own content: nothing to remark on.
        if (doc.canonicalText.size() < MinTextForArticleNote)
            doc.importNote.clear();
        // How the characters were read, when the page said otherwise.
        if (!decoded.note.isEmpty()) {
            //: %1 a file name, %2 a remark on its character encoding
            const QString charsetNote = DocumentImporter::tr("\u201c%1\u201d: %2").arg(source.shownName, decoded.note);
            doc.importNote = doc.importNote.isEmpty() ? charsetNote : doc.importNote + u'\n' + charsetNote;
        }
        if (source.format == SourceFormat::Html) {
            const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(decoded.text);
            title = meta.title;
            // DocumentMeta has one field for "author or publisher": the
            // person when the page names one, else the site.
            doc.meta.author = (meta.author.isEmpty() ? meta.publisher : meta.author).simplified();
            doc.meta.publishedOn = meta.published;
            doc.meta.language = meta.language;
            doc.meta.sourceUrl = meta.sourceUrl;
        }
        if (title.trimmed().isEmpty())
            title = firstHeading(rendered);
        // Pasted content has no file name to fall back on.
        if (title.trimmed().isEmpty() && source.fileName.isEmpty())
            title = titleFromFirstLine(doc.canonicalText, false);
    }

    if (const Status shown = checkShownText(doc.canonicalText, source.shownName); !shown)
        return shown;

    title = cleanTitle(title);
    if (title.isEmpty())
        title = QFileInfo(source.fileName).completeBaseName();
    doc.meta.title = title;
    if (doc.meta.language.isEmpty())
        doc.meta.language = LanguageGuesser::guess(doc.canonicalText);
    return doc;
}

// A page saved compressed (gzip; wget and some browsers do that) is imported
// as what it unpacks to, and the project keeps that, so the view decodes it
// like any page. Unpacked once only: what unpacks to gzip again (a gzip
// quine unpacks to itself) is refused as binary.
Result<Document> buildGunzipped(const Source &source, const DocumentImporter::Options &options,
                                DocumentImporter::Failure *failure)
{
    Source unpacked = source;
    const qint64 limit = maxFileSize(source.format);
    switch (TextDecoder::gunzip(source.bytes, limit, &unpacked.bytes)) {
    case TextDecoder::GzipResult::Ok:
        break;
    case TextDecoder::GzipResult::TooLarge:
        return Status::failure(DocumentImporter::tr("“%1” is compressed (gzip) and unpacks to more than %2 MB; "
                                                    "Kanttekening imports files of at most %2 MB.")
                                   .arg(source.shownName, megabytes(limit)));
    case TextDecoder::GzipResult::Damaged:
        return Status::failure(DocumentImporter::tr("“%1” is compressed (gzip) and cannot be unpacked: the "
                                                    "compressed data is damaged or cut off.")
                                   .arg(source.shownName));
    }
    if (TextDecoder::isGzip(unpacked.bytes)) {
        return Status::failure(DocumentImporter::tr("“%1” is not a text file: it contains binary data.")
                                   .arg(source.shownName));
    }
    return build(unpacked, options, failure);
}

} // namespace

bool DocumentImporter::isSupportedFile(const QString &path)
{
    SourceFormat format;
    return formatForSuffix(QFileInfo(path).suffix(), &format);
}

QStringList DocumentImporter::supportedSuffixes()
{
    return { QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"),
             QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("docx"),
             QStringLiteral("odt") };
}

Result<Document> DocumentImporter::importFile(const QString &path, const Options &options, Failure *failure)
{
    if (failure)
        *failure = Failure::Other;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (info.isSymLink()) {
            return Status::failure(tr("“%1” is a link that leads to no file (its target is missing, or links "
                                      "lead round in a circle).")
                                       .arg(shown));
        }
        return Status::failure(tr("“%1” does not exist.").arg(shown));
    }
    if (info.isDir())
        return Status::failure(tr("“%1” is a folder, not a file.").arg(shown));

    Source source;
    if (!formatForSuffix(info.suffix(), &source.format))
        return unsupportedFormat(shown, info.suffix());
    // A device or a pipe may never end (/dev/zero filled the memory) or
    // never start (a FIFO without a writer hung the import).
    if (!info.isFile())
        return notAnOrdinaryFile(shown);
    // Refuse before reading, so a huge file costs nothing.
    if (info.size() > maxFileSize(source.format))
        return fileTooLarge(shown, info.size(), source.format);

    QFile file;
    const Status opened = openOrdinaryFile(path, shown, &file);
    if (!opened)
        return opened;
    const Status read = readBounded(file, shown, maxFileSize(source.format), &source.bytes);
    if (!read)
        return read;

    source.fileName = info.fileName();
    source.shownName = shown;
    return build(source, options, failure);
}

Result<Document> DocumentImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                               const Options &options, Failure *failure)
{
    Source source;
    const QString suffix = QFileInfo(fileName).suffix();
    if (!formatForSuffix(suffix, &source.format))
        return unsupportedFormat(fileName, suffix);
    source.bytes = bytes;
    source.fileName = QFileInfo(fileName).fileName();
    source.shownName = fileName;
    return build(source, options, failure);
}

Result<Document> DocumentImporter::importPasted(const QString &html, const QString &plainText)
{
    const bool hasHtml = !html.trimmed().isEmpty();
    const bool hasText = !plainText.trimmed().isEmpty();
    if (!hasHtml && !hasText)
        return Status::failure(tr("There is nothing to import: the pasted content holds no text."));

    Source source;
    //: Stands in for a file name in messages about pasted content
    source.shownName = tr("pasted content");
    if (hasHtml) {
        source.format = SourceFormat::Html;
        source.bytes = html.toUtf8();
        // What was copied is what the researcher chose: all of it, no reader mode.
        DocumentImporter::Options whole;
        whole.fullPage = true;
        Result<Document> result = build(source, whole);
        // Rich content of nothing but pictures or scripts: the text may still do.
        if (result.ok() || !hasText)
            return result;
    }
    source.format = SourceFormat::PlainText;
    source.bytes = plainText.toUtf8();
    return build(source);
}

} // namespace ktk
