// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"

#include "pdf/pdfcrossreference.h"

#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QLoggingCategory>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <cmath>
#include <cstdio>
#include <mutex>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcPdf, "ktk.pdf", QtWarningMsg)

namespace ktk {

namespace {

// Poppler reports every oddity of a damaged file on stderr; route it to a
// logging category that is quiet unless asked for.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

// A path is shown by its file name; anything else as given, so that a
// document title such as "Regulation 2016/679" is not cut at its slash.
QString displayName(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!info.isAbsolute() || info.fileName().isEmpty())
        return fileName;
    return info.fileName();
}

// The time zone of a PDF date string, "D:YYYYMMDDHHmmSS" then "Z", nothing,
// or "+HH'mm'" / "-HH'mm" (the apostrophes are often missing): seconds east
// of UTC, 0 when absent or unreadable, as Poppler assumes.
int dateOffsetSeconds(const QString &pdfDate)
{
    static const QRegularExpression zone(QStringLiteral("^\\s*(?:D:)?\\d{4,14}([+-])(\\d{2})'?(\\d{2})?"));
    const QRegularExpressionMatch m = zone.match(pdfDate);
    if (!m.hasMatch())
        return 0;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return 0;
    const int offset = hours * 3600 + minutes * 60;
    return m.captured(1) == QLatin1String("-") ? -offset : offset;
}

PdfEmbeddedAnnotation::Kind kindOf(const Poppler::Annotation &a)
{
    using K = PdfEmbeddedAnnotation::Kind;
    switch (a.subType()) {
    case Poppler::Annotation::AHighlight:
        switch (static_cast<const Poppler::HighlightAnnotation &>(a).highlightType()) {
        case Poppler::HighlightAnnotation::Highlight: return K::Highlight;
        case Poppler::HighlightAnnotation::Underline: return K::Underline;
        case Poppler::HighlightAnnotation::StrikeOut: return K::StrikeOut;
        case Poppler::HighlightAnnotation::Squiggly: return K::Squiggly;
        }
        return K::Highlight;
    case Poppler::Annotation::AText:
        return static_cast<const Poppler::TextAnnotation &>(a).textType() == Poppler::TextAnnotation::InPlace
                ? K::FreeText : K::Note;
    case Poppler::Annotation::AStamp: return K::Stamp;
    case Poppler::Annotation::AInk: return K::Ink;
    case Poppler::Annotation::AGeom:
    case Poppler::Annotation::ALine: return K::Shape;
    default: return K::Other;
    }
}

bool isMarkup(PdfEmbeddedAnnotation::Kind kind)
{
    using K = PdfEmbeddedAnnotation::Kind;
    return kind == K::Highlight || kind == K::Underline || kind == K::StrikeOut || kind == K::Squiggly;
}

// Poppler 22.12 (built with lcms) makes a PDF's output intent its display
// profile for every page it draws or reads the text of: four colour
// transforms built anew each time, whatever the page holds. On PDF/A files
// such as the EU Official Journal that was half of every page render and
// four fifths of text extraction (bench_pdf on the 88-page GDPR: render
// median 34 -> 17 ms, whole text 3.0 -> 0.7 s). A screen is drawn in sRGB,
// Poppler's default, so Poppler gets the file with the key renamed where it
// can be seen (not in a compressed object stream): same length, so every
// offset in the file holds. Only "/OutputIntents" followed by an array or a
// reference counts, and only the first few (a catalog per revision of the
// file): a crafted file full of them costs no more. Returns the offsets changed.
constexpr char OutputIntentsKey[] = "/OutputIntents";
constexpr int MaxOutputIntentsHidden = 64;
constexpr char OutputIntentsHidden = 'X';   // replaces the final 's'

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\0';
}

QVector<qsizetype> hideOutputIntents(QByteArray &bytes)
{
    QVector<qsizetype> changed;
    const qsizetype keyLength = qsizetype(sizeof(OutputIntentsKey)) - 1;
    for (qsizetype at = bytes.indexOf(OutputIntentsKey); at >= 0 && changed.size() < MaxOutputIntentsHidden;
         at = bytes.indexOf(OutputIntentsKey, at + keyLength)) {
        qsizetype next = at + keyLength;
        while (next < bytes.size() && isPdfSpace(bytes.at(next)))
            ++next;
        if (next < bytes.size() && (bytes.at(next) == '[' || (bytes.at(next) >= '0' && bytes.at(next) <= '9')))
            changed.append(at + keyLength - 1);
    }
    for (qsizetype offset : std::as_const(changed))
        bytes[offset] = OutputIntentsHidden;   // detaches once, on the first
    return changed;
}

} // namespace

struct PdfDocument::Private
{
    QByteArray bytes;                     // as Poppler reads them: see hideOutputIntents()
    QVector<qsizetype> hiddenIntents;     // offsets where bytes differ from the file
    std::unique_ptr<Poppler::Document> doc;
    bool encrypted = false;
    int pageCount = 0;
    mutable QMutex mutex;
    mutable QHash<int, QSizeF> sizes;   // under mutex

    // Callers hold mutex.
    std::unique_ptr<Poppler::Page> page(int index) const
    {
        if (index < 0 || index >= pageCount)
            return nullptr;
        return doc->page(index);
    }
    QSizeF sizeOf(int index, const Poppler::Page *p) const
    {
        auto it = sizes.constFind(index);
        if (it != sizes.constEnd())
            return *it;
        const QSizeF s = p ? p->pageSizeF() : QSizeF();
        sizes.insert(index, s);
        return s;
    }
    PdfPageText pageText(int index) const;
    QVector<PdfEmbeddedAnnotation> annotations(int index) const;
};

PdfDocument::PdfDocument() : d(std::make_unique<Private>()) {}
PdfDocument::~PdfDocument() = default;

PdfDocument::LoadResult PdfDocument::load(const QByteArray &bytes, const QString &fileName, const QString &password)
{
    silencePoppler();
    LoadResult result;
    const QString name = displayName(fileName);
    auto fail = [&](LoadError error, const QString &message) {
        result.error = error;
        result.message = message;
        return result;
    };
    if (bytes.isEmpty()) {
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::Damaged, tr("\u201c%1\u201d is empty: it holds no PDF.").arg(name));
    }
    // Poppler, like Acrobat, looks for the header within the first kilobyte.
    if (!bytes.left(1024).contains("%PDF-")) {
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::Damaged,
                    tr("\u201c%1\u201d is not a PDF: it does not begin as a PDF file does. Check that it is the file you meant.")
                            .arg(name));
    }

    if (const qint64 declared = PdfCrossReference::largestDeclaredSize(bytes);
        !PdfCrossReference::isPlausible(declared, bytes.size())) {
        //: %1 is a file name or a document title, %2 a number of objects, %3 a size such as "1.2 KB"
        return fail(LoadError::Damaged,
                    tr("\u201c%1\u201d is damaged: its table of contents claims %2 objects, more than a file of %3 "
                       "can hold. If you have the file from elsewhere, try that copy.")
                            .arg(name, QLocale().toString(declared), QLocale().formattedDataSize(bytes.size())));
    }

    const QByteArray utf8 = password.toUtf8();
    QByteArray shown = bytes;
    const QVector<qsizetype> hiddenIntents = hideOutputIntents(shown);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(shown, utf8, utf8);
    if (!doc) {
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::Damaged,
                    tr("\u201c%1\u201d is not a PDF or is damaged: its structure cannot be read. "
                       "If you have the file from elsewhere, try that copy.").arg(name));
    }
    // AES-256 passwords are UTF-8; the older kinds are Latin-1.
    if (doc->isLocked() && !password.isEmpty()) {
        const QByteArray latin1 = password.toLatin1();
        if (latin1 != utf8)
            doc->unlock(latin1, latin1);
    }
    if (doc->isLocked()) {
        if (password.isEmpty())
            //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
            return fail(LoadError::PasswordRequired,
                        tr("\u201c%1\u201d is protected with a password. Enter the password to open it.").arg(name));
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::WrongPassword,
                    tr("The password for \u201c%1\u201d is not right. Check it and try again.").arg(name));
    }
    const int pages = doc->numPages();
    if (pages <= 0) {
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::NoPages, tr("\u201c%1\u201d has no pages to show.").arg(name));
    }
    if (!doc->page(0)) {
        //: %1 is a file name or a document title; the message is shown when a PDF cannot be opened
        return fail(LoadError::Damaged,
                    tr("\u201c%1\u201d is damaged: its first page cannot be read. "
                       "If you have the file from elsewhere, try that copy.").arg(name));
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->setRenderHint(Poppler::Document::ThinLineShape);

    std::shared_ptr<PdfDocument> document(new PdfDocument);
    document->d->bytes = shown;
    document->d->hiddenIntents = hiddenIntents;
    document->d->encrypted = doc->isEncrypted();
    document->d->pageCount = pages;
    document->d->doc = std::move(doc);
    result.document = std::move(document);
    return result;
}

int PdfDocument::pageCount() const
{
    return d->pageCount;
}

QSizeF PdfDocument::pageSize(int page) const
{
    QMutexLocker lock(&d->mutex);
    if (page < 0 || page >= d->pageCount)
        return {};
    auto it = d->sizes.constFind(page);
    if (it != d->sizes.constEnd())
        return *it;
    const auto p = d->page(page);
    return d->sizeOf(page, p.get());
}

PdfMetadata PdfDocument::metadata() const
{
    QMutexLocker lock(&d->mutex);
    PdfMetadata m;
    // Titles often come padded with runs of spaces and line breaks.
    m.title = d->doc->info(QStringLiteral("Title")).simplified();
    m.author = d->doc->info(QStringLiteral("Author")).simplified();
    m.subject = d->doc->info(QStringLiteral("Subject")).simplified();
    m.creator = d->doc->info(QStringLiteral("Creator")).simplified();
    m.created = d->doc->date(QStringLiteral("CreationDate"));
    // Poppler gives the moment in UTC; shown in the offset the file wrote,
    // it falls on the day the document says ("00:30+02'00'" on the 15th was
    // the 14th in UTC).
    if (m.created.isValid())
        m.created = m.created.toOffsetFromUtc(dateOffsetSeconds(d->doc->info(QStringLiteral("CreationDate"))));
    return m;
}

bool PdfDocument::isEncrypted() const
{
    return d->encrypted;
}

QByteArray PdfDocument::bytes() const
{
    QByteArray original = d->bytes;
    for (qsizetype offset : std::as_const(d->hiddenIntents))
        original[offset] = 's';
    return original;
}

QImage PdfDocument::renderPage(int page, int widthPixels) const
{
    return renderPage(page, widthPixels, {});
}

namespace {

// The address space the process holds, in bytes; 0 where it cannot be told.
qint64 addressSpace()
{
#ifdef Q_OS_LINUX
    std::FILE *statm = std::fopen("/proc/self/statm", "re");
    if (!statm)
        return 0;
    long long pages = 0;
    const bool read = std::fscanf(statm, "%lld", &pages) == 1;
    std::fclose(statm);
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    return read && pageSize > 0 ? qint64(pages) * pageSize : 0;
#else
    return 0;
#endif
}

// What running one page's content may cost. Poppler keeps a copy of the
// graphics state for every "q" and has no limit of its own: a page of ten
// million nested "q" took gigabytes and ended in std::bad_alloc thrown through
// Poppler, a crash. Poppler asks its abort callback every ten operators or so;
// this answers yes once the page has grown the process by more than
// PageAddressSpaceBudget, or when the caller's abort says so.
class PageBudget
{
public:
    static constexpr qint64 PageAddressSpaceBudget = 1024ll * 1024 * 1024;

    explicit PageBudget(const std::function<bool()> *abort = nullptr) : m_abort(abort), m_start(addressSpace()) {}

    bool exhausted()
    {
        if (m_abort && *m_abort && (*m_abort)())
            return true;
        if (m_exceeded)
            return true;
        // About every 2,500 operators: reading /proc costs microseconds.
        if (m_start > 0 && ++m_calls % 256 == 0)
            m_exceeded = addressSpace() - m_start > PageAddressSpaceBudget;
        return m_exceeded;
    }
    bool exceeded() const { return m_exceeded; }

    QVariant payload() { return QVariant::fromValue(static_cast<void *>(this)); }
    static bool callback(const QVariant &payload)
    {
        auto *budget = static_cast<PageBudget *>(payload.value<void *>());
        return budget && budget->exhausted();
    }

private:
    const std::function<bool()> *m_abort;
    const qint64 m_start;
    quint64 m_calls = 0;
    bool m_exceeded = false;
};

} // namespace

QImage PdfDocument::renderPage(int page, int widthPixels, const std::function<bool()> &abort) const
{
    if (widthPixels <= 0)
        return {};
    QMutexLocker lock(&d->mutex);
    const auto p = d->page(page);
    if (!p)
        return {};
    const QSizeF size = d->sizeOf(page, p.get());
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    const qreal dpi = 72.0 * widthPixels / size.width();
    const qreal height = std::ceil(size.height() * widthPixels / size.width() - 0.01);
    if (!std::isfinite(height) || height < 1 || height * widthPixels > qreal(MaxRenderPixels))
        return {};
    const int heightPixels = int(height);
    PageBudget budget(&abort);
    QImage image = p->renderToImage(dpi, dpi, 0, 0, widthPixels, heightPixels, Poppler::Page::Rotate0, nullptr,
                                    nullptr, PageBudget::callback, budget.payload());
    if ((abort && abort()) || budget.exceeded()) {
        if (budget.exceeded())
            qCDebug(lcPdf) << "page" << page << "not rendered: its content needs too much memory";
        return {};
    }
    return image;
}

PdfPageText PdfDocument::Private::pageText(int index) const
{
    const auto p = page(index);
    if (!p)
        return {};
    const QSizeF size = sizeOf(index, p.get());
    // A page whose content runs over its budget keeps the text found until then.
    PageBudget budget;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes =
            p->textList(Poppler::Page::Rotate0, PageBudget::callback, budget.payload());
    if (budget.exceeded())
        qCDebug(lcPdf) << "text of page" << index << "cut short: its content needs too much memory";
    QVector<PdfWordBox> words;
    words.reserve(int(boxes.size()));
    for (const auto &box : boxes) {
        PdfWordBox w;
        w.text = box->text();
        w.box = box->boundingBox();
        // Poppler keeps one box per Unicode character; PdfPageText maps
        // them onto UTF-16 units.
        int characters = 0;
        for (int i = 0; i < w.text.size(); ++i) {
            if (!(w.text.at(i).isLowSurrogate() && i > 0 && w.text.at(i - 1).isHighSurrogate()))
                ++characters;
        }
        w.charBoxes.reserve(characters);
        for (int i = 0; i < characters; ++i) {
            const QRectF c = box->charBoundingBox(i);
            if (c.isNull() && !c.isValid()) {
                w.charBoxes.clear();   // fewer boxes than characters: spread over the word
                break;
            }
            w.charBoxes.append(c);
        }
        w.spaceAfter = box->hasSpaceAfter();
        w.lineEndsAfter = box->nextWord() == nullptr;
        words.append(std::move(w));
    }
    return PdfPageText::fromWords(size, words);
}

PdfPageText PdfDocument::pageText(int page) const
{
    QMutexLocker lock(&d->mutex);
    return d->pageText(page);
}

QVector<PdfEmbeddedAnnotation> PdfDocument::Private::annotations(int index) const
{
    QVector<PdfEmbeddedAnnotation> result;
    const auto p = page(index);
    if (!p)
        return result;
    const QSet<Poppler::Annotation::SubType> wanted = {
        Poppler::Annotation::AText, Poppler::Annotation::ALine, Poppler::Annotation::AGeom,
        Poppler::Annotation::AHighlight, Poppler::Annotation::AStamp, Poppler::Annotation::AInk,
        Poppler::Annotation::ACaret, Poppler::Annotation::AFileAttachment, Poppler::Annotation::ASound,
        Poppler::Annotation::AMovie, Poppler::Annotation::AScreen, Poppler::Annotation::ARichMedia};
    const auto annotations = p->annotations(wanted);
    std::unique_ptr<PdfPageText> text;
    for (const auto &a : annotations) {
        // Links, popups (which Poppler folds into their parent) and form
        // fields are not remarks anyone made.
        if (!a || a->subType() == Poppler::Annotation::ALink || a->subType() == Poppler::Annotation::AWidget)
            continue;
        PdfEmbeddedAnnotation e;
        e.kind = kindOf(*a);
        e.page = index;
        e.author = a->author();
        e.contents = a->contents();
        e.colour = a->style().color();
        e.modified = a->modificationDate();
        if (!e.modified.isValid())
            e.modified = a->creationDate();
        e.boundary = a->boundary().normalized();
        if (a->subType() == Poppler::Annotation::AHighlight) {
            const auto quads = static_cast<const Poppler::HighlightAnnotation &>(*a).highlightQuads();
            for (const auto &q : quads)
                e.quads.append(QPolygonF({q.points[0], q.points[1], q.points[2], q.points[3]}));
        }
        if (isMarkup(e.kind) && !e.quads.isEmpty()) {
            if (!text)
                text = std::make_unique<PdfPageText>(pageText(index));
            e.quote = text->textIn(e.quads);
        }
        result.append(std::move(e));
    }
    return result;
}

QVector<PdfEmbeddedAnnotation> PdfDocument::embeddedAnnotations() const
{
    QMutexLocker lock(&d->mutex);
    QVector<PdfEmbeddedAnnotation> result;
    for (int i = 0; i < d->pageCount; ++i)
        result += d->annotations(i);
    return result;
}

QVector<PdfEmbeddedAnnotation> PdfDocument::embeddedAnnotations(int page) const
{
    QMutexLocker lock(&d->mutex);
    return d->annotations(page);
}

} // namespace ktk
