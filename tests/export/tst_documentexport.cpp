// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sampleproject.h"
#include "export/documentexport.h"
#include "import/documentimporter.h"
#include "pdf/pdfdocument.h"
#include "store/projectstore.h"
#include "../pdf/pdftestutil.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

using namespace ktk;

namespace {

// One claim annotation (/Highlight or /Square) as qpdf reads it back.
struct QpdfAnnot
{
    QString nm;
    std::string subtype;
    bool hasAp = false;
    bool hasPopup = false;
};

QVector<QpdfAnnot> claimAnnotations(const QByteArray &bytes, int *allAnnotations = nullptr)
{
    QVector<QpdfAnnot> out;
    if (allAnnotations)
        *allAnnotations = 0;
    QPDF pdf;
    pdf.processMemoryFile("exported", bytes.constData(), size_t(bytes.size()));
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray())
            continue;
        for (auto &a : annots.aitems()) {
            if (allAnnotations)
                ++*allAnnotations;
            const std::string subtype = a.getKey("/Subtype").isName() ? a.getKey("/Subtype").getName() : std::string();
            if (subtype != "/Highlight" && subtype != "/Square")
                continue;
            QpdfAnnot i;
            i.subtype = subtype;
            if (a.getKey("/NM").isString())
                i.nm = QString::fromStdString(a.getKey("/NM").getUTF8Value());
            i.hasAp = a.getKey("/AP").isDictionary() && a.getKey("/AP").getKey("/N").isStream();
            i.hasPopup = a.getKey("/Popup").isDictionary();
            out << i;
        }
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whitespace collapsed; a line break after a hyphen ("self-" | "regulation")
// comes back from Poppler as a space, so none is kept after a hyphen.
QString normalised(const QString &s)
{
    return s.simplified().replace(QStringLiteral("- "), QStringLiteral("-"));
}

// The quotes of the highlights Poppler reads back, claims crossing pages joined.
QStringList highlightQuotes(const QByteArray &bytes)
{
    auto loaded = PdfDocument::load(bytes, QStringLiteral("exported.pdf"));
    if (!loaded.ok())
        return {QStringLiteral("<unreadable: %1>").arg(loaded.message)};
    QStringList quotes;
    for (const PdfEmbeddedAnnotation &a : loaded.document->embeddedAnnotations()) {
        if (a.kind == PdfEmbeddedAnnotation::Kind::Highlight)
            quotes << normalised(a.quote);
    }
    return quotes;
}

const QString PdfSentence = QStringLiteral("The minister claims that unemployment fell by four percent");
const QString PdfSecond = QStringLiteral("Critics say the figures are misleading and incomplete");

} // namespace

class TestDocumentExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textDocuments_exportEveryClaim_withQuotesUnderTheHighlights();
    void reExport_keepsTheSameNames();
    void notes_becomePopups();
    void filter_exportsOnlyMatchingClaims_data();
    void filter_exportsOnlyMatchingClaims();
    void documentWithoutClaims_stillExports();
    void pdfDocument_quotesMatch_andProjectIsUnchanged();
    void targetInMissingFolder_failsAndLeavesNothing();
    void targetThatIsAFolder_failsAndLeavesNothing();
    void flatten_leavesNoAnnotations();
    void marginNotesThatDoNotFit_areInTheAppendixInFull();
    void claimOnAPageTheFileLacks_isCountedAndInTheAppendix();
    void marginNotesOnAPdf_becomePopups();
    void encryptedPdf_exportsWithItsPassword();
    void damagedStoredPdf_failsNamingTheDocument();

private:
    DocumentId addPdf(const QByteArray &bytes, const QString &fileName, const QString &password = {});
    void addClaimOnWords(DocumentId id, const QByteArray &pdf, int page, const QString &words, const QString &note,
                         const QString &password = {});

    QTemporaryDir m_dir;
    QString m_project;
    ProjectStore m_store;
    QVector<DocumentId> m_textDocs;
    int m_outCount = 0;

    QString outPath() { return m_dir.filePath(QStringLiteral("out-%1.pdf").arg(++m_outCount)); }
    QByteArray exportToBytes(DocumentId id, const ClaimFilter &filter = {}, const PdfExportOptions &options = {},
                             int *claims = nullptr);
};

QByteArray TestDocumentExport::exportToBytes(DocumentId id, const ClaimFilter &filter,
                                             const PdfExportOptions &options, int *claims)
{
    const QString path = outPath();
    const auto done = DocumentExport::exportDocument(m_store, id, filter, options, path);
    if (!done) {
        qWarning() << done.error();
        return {};
    }
    if (claims)
        *claims = done->claims;
    if (done->path != path)
        qWarning() << "written to" << done->path << "not" << path;
    return readFile(path);
}

void TestDocumentExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("sample.ktk"));
    const Status made = SampleProject::create(m_project);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(m_store.open(m_project).ok());
    for (const DocumentSummary &d : m_store.documents()) {
        if (d.format != SourceFormat::Pdf)
            m_textDocs << d.id;
    }
    QCOMPARE(m_textDocs.size(), 2);
}

void TestDocumentExport::textDocuments_exportEveryClaim_withQuotesUnderTheHighlights()
{
    for (DocumentId id : qAsConst(m_textDocs)) {
        const QVector<ExportClaim> claims = DocumentExport::claimsOf(m_store, id, {});
        QCOMPARE(claims.size(), m_store.annotations(id).size());
        QVERIFY(!claims.isEmpty());
        int written = -1;
        const QByteArray bytes = exportToBytes(id, {}, {}, &written);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(written, int(claims.size()));

        // One claim may cross a page and get one annotation per page: count names.
        const QVector<QpdfAnnot> annots = claimAnnotations(bytes);
        QSet<QString> names;
        for (const QpdfAnnot &a : annots) {
            QVERIFY(a.hasAp);
            names.insert(a.nm);
        }
        QCOMPARE(names.size(), int(claims.size()));
        for (const ExportClaim &c : claims)
            QVERIFY2(names.contains(c.uniqueName), qPrintable(c.uniqueName));

        QStringList quotes = highlightQuotes(bytes);
        QStringList expected;
        for (const ExportClaim &c : claims)
            expected << normalised(c.quote);
        // Poppler lists by page; a claim over two pages gives two pieces, so
        // compare what every claim's quote covers rather than a zip.
        QCOMPARE(quotes.size(), annots.size());
        if (quotes.size() == expected.size()) {
            std::sort(quotes.begin(), quotes.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(quotes, expected);
        } else {
            const QString all = quotes.join(u' ');
            for (const QString &q : qAsConst(expected))
                QVERIFY2(all.contains(q.left(20)), qPrintable(q));
        }
    }
}

void TestDocumentExport::reExport_keepsTheSameNames()
{
    const DocumentId id = m_textDocs.first();
    auto namesOf = [](const QByteArray &bytes) {
        QStringList names;
        for (const QpdfAnnot &a : claimAnnotations(bytes))
            names << a.nm;
        return names;
    };
    const QStringList first = namesOf(exportToBytes(id));
    const QStringList second = namesOf(exportToBytes(id));
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), int(DocumentExport::claimsOf(m_store, id, {}).size()));
}

void TestDocumentExport::notes_becomePopups()
{
    for (DocumentId id : qAsConst(m_textDocs)) {
        QHash<QString, bool> hasNote;
        for (const ExportClaim &c : DocumentExport::claimsOf(m_store, id, {}))
            hasNote.insert(c.uniqueName, !c.note.trimmed().isEmpty());
        QVERIFY2(std::count(hasNote.cbegin(), hasNote.cend(), true) > 0, "the sample has notes");
        PdfExportOptions options;
        options.notes = NotePlacement::Popup;
        const QByteArray bytes = exportToBytes(id, {}, options);
        QVERIFY(!bytes.isEmpty());
        for (const QpdfAnnot &a : claimAnnotations(bytes)) {
            QVERIFY2(hasNote.contains(a.nm), qPrintable(a.nm));
            if (hasNote.value(a.nm))
                QVERIFY2(a.hasPopup, qPrintable(a.nm));
        }
    }
}

void TestDocumentExport::filter_exportsOnlyMatchingClaims_data()
{
    QTest::addColumn<QString>("by");
    QTest::newRow("type") << QStringLiteral("type");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("tag") << QStringLiteral("tag");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("type and status") << QStringLiteral("type+status");
}

void TestDocumentExport::filter_exportsOnlyMatchingClaims()
{
    QFETCH(QString, by);
    int tried = 0;
    for (DocumentId id : qAsConst(m_textDocs)) {
        const QVector<Annotation> all = m_store.annotations(id);
        // Pick the filter from a claim in the middle, so that it lets some through.
        const Annotation &pick = all.at(all.size() / 2);
        ClaimFilter filter;
        if (by.contains(QLatin1String("type"))) {
            filter.types = {pick.typeId};
        }
        if (by.contains(QLatin1String("status"))) {
            filter.statuses = {pick.status};
        }
        if (by == QLatin1String("tag")) {
            const auto tagged = std::find_if(all.cbegin(), all.cend(), [](const Annotation &a) { return !a.tags.isEmpty(); });
            if (tagged == all.cend())
                continue;
            filter.tag = tagged->tags.first().toUpper();   // case-insensitive
        }
        if (by == QLatin1String("text")) {
            // A word of the quote, in another case.
            const QStringList words = pick.quote().split(u' ', Qt::SkipEmptyParts);
            filter.text = *std::max_element(words.cbegin(), words.cend(), [](const QString &a, const QString &b) {
                return a.size() < b.size();
            });
            filter.text = filter.text.toUpper();
        }
        QSet<QString> expected;
        for (const Annotation &a : all) {
            bool in = true;
            if (!filter.types.isEmpty())
                in = in && a.typeId == pick.typeId;
            if (!filter.statuses.isEmpty())
                in = in && a.status == pick.status;
            if (!filter.tag.isEmpty())
                in = in && a.tags.contains(filter.tag, Qt::CaseInsensitive);
            if (!filter.text.isEmpty())
                in = in
                     && (a.quote().contains(filter.text, Qt::CaseInsensitive)
                         || a.note.contains(filter.text, Qt::CaseInsensitive)
                         || a.claimant.contains(filter.text, Qt::CaseInsensitive));
            if (in)
                expected.insert(QStringLiteral("kanttekening-%1-%2").arg(a.id).arg(a.created.toMSecsSinceEpoch()));
        }
        QVERIFY(!expected.isEmpty());
        int written = -1;
        const QByteArray bytes = exportToBytes(id, filter, {}, &written);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(written, int(expected.size()));
        QSet<QString> names;
        for (const QpdfAnnot &a : claimAnnotations(bytes))
            names.insert(a.nm);
        QCOMPARE(names, expected);
        ++tried;
    }
    QVERIFY(tried > 0);
}

void TestDocumentExport::documentWithoutClaims_stillExports()
{
    Document doc;
    doc.meta.title = QStringLiteral("Zonder kanttekeningen");
    doc.format = SourceFormat::PlainText;
    doc.fileName = QStringLiteral("leeg.txt");
    doc.originalBytes = "Een tekst waarin niemand iets beweert.";
    doc.canonicalText = QString::fromUtf8(doc.originalBytes);
    doc.importedAt = QDateTime::currentDateTimeUtc();
    const auto added = m_store.addDocument(doc);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    int written = -1;
    const QByteArray bytes = exportToBytes(*added, {}, {}, &written);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(written, 0);
    auto loaded = PdfDocument::load(bytes, QStringLiteral("leeg.pdf"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(loaded.document->pageCount() >= 1);
    QVERIFY(loaded.document->embeddedAnnotations().isEmpty());

    // A filter that lets nothing through: the same.
    ClaimFilter none;
    none.text = QStringLiteral("no claim says this 7f3a");
    written = -1;
    const QByteArray filtered = exportToBytes(m_textDocs.first(), none, {}, &written);
    QVERIFY(!filtered.isEmpty());
    QCOMPARE(written, 0);
    QVERIFY(claimAnnotations(filtered).isEmpty());
    QVERIFY(m_store.removeDocument(*added).ok());
}

void TestDocumentExport::pdfDocument_quotesMatch_andProjectIsUnchanged()
{
    const QByteArray source = test::writePdf(2, [](int page, QPainter &p) {
        p.drawText(QPointF(72, 120), page == 0 ? PdfSentence : PdfSecond);
        p.drawText(QPointF(72, 180), QStringLiteral("Page %1 closes with this line").arg(page + 1));
    });
    const QString sourcePath = m_dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile f(sourcePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source);
    }
    DocumentImporter::Options opts;
    opts.extractPdfText = true;
    const Result<Document> imported = DocumentImporter::importFile(sourcePath, opts);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const auto added = m_store.addDocument(*imported);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const DocumentId id = *added;

    auto loaded = PdfDocument::load(source, QStringLiteral("report.pdf"));
    QVERIFY(loaded.ok());
    const ClaimTypeId type = m_store.claimTypes().first().id;
    const QVector<QPair<int, QString>> wanted = {{0, QStringLiteral("unemployment fell")},
                                                 {1, QStringLiteral("misleading and incomplete")},
                                                 {0, QStringLiteral("minister")}};
    int n = 0;
    for (const auto &[page, words] : wanted) {
        const PdfPageText text = loaded.document->pageText(page);
        const int start = int(text.text().indexOf(words));
        QVERIFY2(start >= 0, qPrintable(text.text()));
        PageSelector sel;
        sel.page = page;
        sel.quads = text.quads(start, start + int(words.size()));
        QVERIFY(!sel.quads.isEmpty());
        const QString canonical = imported->canonicalText;
        const int at = int(canonical.indexOf(words));
        QVERIFY(at >= 0);
        Annotation a;
        a.documentId = id;
        a.anchor = Anchor::forPage(sel, TextSelector::fromRange(canonical, at, at + int(words.size())));
        a.typeId = type;
        a.note = n == 1 ? QStringLiteral("Source?") : QString();
        a.claimant = QStringLiteral("Minister");
        a.author = QStringLiteral("tester");
        a.created = a.modified = QDateTime::currentDateTimeUtc().addSecs(n);
        QVERIFY(m_store.addAnnotation(a).ok());
        ++n;
    }

    const QByteArray originalBefore = m_store.originalBytes(id);
    QCOMPARE(originalBefore, source);
    const QByteArray projectBefore = readFile(m_project);
    const QByteArray walBefore = readFile(m_project + QStringLiteral("-wal"));

    int written = -1;
    const QByteArray bytes = exportToBytes(id, {}, {}, &written);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(written, int(wanted.size()));
    QCOMPARE(claimAnnotations(bytes).size(), int(wanted.size()));
    QStringList quotes = highlightQuotes(bytes);
    QStringList expected;
    for (const auto &w : wanted)
        expected << w.second;
    std::sort(quotes.begin(), quotes.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(quotes, expected);
    for (const QpdfAnnot &a : claimAnnotations(bytes))
        QVERIFY(a.hasAp);

    QCOMPARE(m_store.originalBytes(id), originalBefore);
    QCOMPARE(readFile(m_project), projectBefore);
    QCOMPARE(readFile(m_project + QStringLiteral("-wal")), walBefore);
    QCOMPARE(readFile(sourcePath), source);
}

void TestDocumentExport::targetInMissingFolder_failsAndLeavesNothing()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(QStringLiteral("missing/sub/out.pdf"));
    const auto done = DocumentExport::exportDocument(m_store, m_textDocs.first(), {}, {}, path);
    QVERIFY(!done.ok());
    QVERIFY(!done.error().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDocumentExport::targetThatIsAFolder_failsAndLeavesNothing()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    QVERIFY(QDir(target.path()).mkdir(QStringLiteral("taken.pdf")));
    const QString path = target.filePath(QStringLiteral("taken.pdf"));
    const auto done = DocumentExport::exportDocument(m_store, m_textDocs.first(), {}, {}, path);
    QVERIFY(!done.ok());
    QVERIFY(!done.error().isEmpty());
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken.pdf")});
}

void TestDocumentExport::flatten_leavesNoAnnotations()
{
    for (DocumentId id : qAsConst(m_textDocs)) {
        PdfExportOptions options;
        options.flatten = true;
        int written = -1;
        const QByteArray bytes = exportToBytes(id, {}, options, &written);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(written > 0);
        int all = -1;
        QVERIFY(claimAnnotations(bytes, &all).isEmpty());
        QCOMPARE(all, 0);
        auto loaded = PdfDocument::load(bytes, QStringLiteral("flat.pdf"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.document->embeddedAnnotations().isEmpty());
    }
}

DocumentId TestDocumentExport::addPdf(const QByteArray &bytes, const QString &fileName, const QString &password)
{
    DocumentImporter::Options opts;
    opts.extractPdfText = true;
    opts.password = password;
    const Result<Document> imported = DocumentImporter::importBytes(bytes, fileName, opts);
    if (!imported) {
        qWarning() << imported.error();
        return 0;
    }
    const auto added = m_store.addDocument(*imported);
    return added ? *added : 0;
}

void TestDocumentExport::addClaimOnWords(DocumentId id, const QByteArray &pdf, int page, const QString &words,
                                         const QString &note, const QString &password)
{
    auto loaded = PdfDocument::load(pdf, QStringLiteral("claims.pdf"), password);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const PdfPageText text = loaded.document->pageText(page);
    const int start = int(text.text().indexOf(words));
    QVERIFY2(start >= 0, qPrintable(text.text()));
    PageSelector sel;
    sel.page = page;
    sel.quads = text.quads(start, start + int(words.size()));
    Annotation a;
    a.documentId = id;
    a.anchor = Anchor::forPage(sel);
    a.typeId = m_store.claimTypes().first().id;
    a.note = note;
    a.author = QStringLiteral("tester");
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store.addAnnotation(a).ok());
}

// Thirty claims in one paragraph, each with a long note: the margin of that
// page cannot hold them all. Every note must still be in the file, in full.
void TestDocumentExport::marginNotesThatDoNotFit_areInTheAppendixInFull()
{
    QStringList sentences;
    for (int i = 1; i <= 30; ++i)
        sentences << QStringLiteral("Claim number %1 says the policy works.").arg(i);
    Document doc;
    doc.meta.title = QStringLiteral("Crowded margin");
    doc.format = SourceFormat::PlainText;
    doc.fileName = QStringLiteral("crowded.txt");
    doc.canonicalText = sentences.join(u' ');
    doc.originalBytes = doc.canonicalText.toUtf8();
    doc.importedAt = QDateTime::currentDateTimeUtc();
    const auto added = m_store.addDocument(doc);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const ClaimTypeId type = m_store.claimTypes().first().id;
    for (int i = 1; i <= 30; ++i) {
        const QString sentence = QStringLiteral("Claim number %1 says").arg(i);
        const int at = int(doc.canonicalText.indexOf(sentence));
        QVERIFY(at >= 0);
        Annotation a;
        a.documentId = *added;
        a.anchor = Anchor::forText(TextSelector::fromRange(doc.canonicalText, at, at + int(sentence.size())));
        a.typeId = type;
        a.note = QStringLiteral("A long remark on this claim that needs several lines in a narrow margin, "
                                "about its sources, its numbers and what the ministry said, ending in slotwoord%1")
                     .arg(i);
        a.author = QStringLiteral("tester");
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store.addAnnotation(a).ok());
    }

    PdfExportOptions options;
    options.notes = NotePlacement::Margin;
    const QString path = outPath();
    const auto done = DocumentExport::exportDocument(m_store, *added, {}, options, path);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done->claims, 30);
    QCOMPARE(done->notPlaced, 0);
    auto loaded = PdfDocument::load(readFile(path), QStringLiteral("crowded.pdf"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY2(loaded.document->pageCount() >= 2, "no appendix after the typeset page");
    QString all;
    for (int p = 0; p < loaded.document->pageCount(); ++p)
        all += loaded.document->pageText(p).text() + u'\n';
    for (int i = 1; i <= 30; ++i)
        QVERIFY2(all.contains(QStringLiteral("slotwoord%1").arg(i)), qPrintable(QString::number(i)));
    // The margin points to the appendix for the notes it had to cut.
    const QString first = normalised(loaded.document->pageText(0).text());
    QVERIFY2(first.contains(QStringLiteral("in full in the appendix")), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("slotwoord1")));   // the first notes fit whole
    QVERIFY(m_store.removeDocument(*added).ok());
}

void TestDocumentExport::claimOnAPageTheFileLacks_isCountedAndInTheAppendix()
{
    const QByteArray source = test::writePdf(1, [](int, QPainter &p) { p.drawText(QPointF(72, 120), PdfSentence); });
    const DocumentId id = addPdf(source, QStringLiteral("one-page.pdf"));
    QVERIFY(id > 0);
    addClaimOnWords(id, source, 0, QStringLiteral("unemployment fell"), QString());
    // A second claim on page 6 of a one-page file (a project file edited by hand).
    PageSelector far;
    far.page = 5;
    far.quads = {QPolygonF({QPointF(0.1, 0.1), QPointF(0.3, 0.1), QPointF(0.3, 0.12), QPointF(0.1, 0.12)})};
    Annotation a;
    a.documentId = id;
    a.anchor = Anchor::forPage(far);
    a.typeId = m_store.claimTypes().first().id;
    a.note = QStringLiteral("Verloren gewaande notitie");
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store.addAnnotation(a).ok());

    const QString path = outPath();
    const auto done = DocumentExport::exportDocument(m_store, id, {}, {}, path);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done->claims, 2);
    QCOMPARE(done->notPlaced, 1);
    const QByteArray bytes = readFile(path);
    QCOMPARE(claimAnnotations(bytes).size(), 1);
    auto loaded = PdfDocument::load(bytes, QStringLiteral("one-page.pdf"));
    QVERIFY(loaded.ok());
    QVERIFY2(loaded.document->pageCount() >= 2, "the appendix that carries the claim is missing");
    QVERIFY(normalised(loaded.document->pageText(1).text()).contains(QStringLiteral("Verloren gewaande notitie")));
    QVERIFY(m_store.removeDocument(id).ok());
}

void TestDocumentExport::marginNotesOnAPdf_becomePopups()
{
    const QByteArray source = test::writePdf(1, [](int, QPainter &p) { p.drawText(QPointF(72, 120), PdfSentence); });
    const DocumentId id = addPdf(source, QStringLiteral("margin.pdf"));
    QVERIFY(id > 0);
    addClaimOnWords(id, source, 0, QStringLiteral("minister claims"), QStringLiteral("Which minister?"));
    PdfExportOptions options;
    options.notes = NotePlacement::Margin;
    const QByteArray bytes = exportToBytes(id, {}, options);
    const QVector<QpdfAnnot> annots = claimAnnotations(bytes);
    QCOMPARE(annots.size(), 1);
    QVERIFY(annots.first().hasPopup);
    QVERIFY(m_store.removeDocument(id).ok());
}

// An encrypted PDF exports with the password it was opened with; the copy
// keeps the owner's protection and opens with the same password.
void TestDocumentExport::encryptedPdf_exportsWithItsPassword()
{
    const QByteArray source = test::readTestFile(QStringLiteral(KTK_TEST_DATA "/pdf/encrypted-aes256.pdf"));
    QVERIFY(!source.isEmpty());
    const QString password = QStringLiteral("user-pw");
    const DocumentId id = addPdf(source, QStringLiteral("encrypted-aes256.pdf"), password);
    QVERIFY(id > 0);
    addClaimOnWords(id, source, 0, QStringLiteral("budget grows"), QStringLiteral("Three percent of what?"), password);

    const QByteArray bytes = exportToBytes(id);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(PdfDocument::load(bytes, QStringLiteral("out.pdf")).error, PdfDocument::LoadError::PasswordRequired);
    auto loaded = PdfDocument::load(bytes, QStringLiteral("out.pdf"), password);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    int highlights = 0;
    for (const PdfEmbeddedAnnotation &a : loaded.document->embeddedAnnotations()) {
        if (a.kind != PdfEmbeddedAnnotation::Kind::Highlight)
            continue;
        ++highlights;
        QCOMPARE(normalised(a.quote), QStringLiteral("budget grows"));
        QVERIFY2(a.contents.contains(QStringLiteral("Three percent of what?")), qPrintable(a.contents));
    }
    QCOMPARE(highlights, 1);
    QVERIFY(m_store.removeDocument(id).ok());
}

// The stored bytes of a PDF damaged after import (a project file edited or
// broken on disk): the export fails with the document's name, writes nothing.
void TestDocumentExport::damagedStoredPdf_failsNamingTheDocument()
{
    const QByteArray source = test::writePdf(1, [](int, QPainter &p) { p.drawText(QPointF(72, 120), PdfSentence); });
    const DocumentId id = addPdf(source, QStringLiteral("soon-damaged.pdf"));
    QVERIFY(id > 0);
    addClaimOnWords(id, source, 0, QStringLiteral("unemployment"), QString());
    const QString title = m_store.document(id, ProjectStore::Content::WithoutOriginal)->meta.title;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(m_project);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE documents SET original_bytes = ? WHERE id = ?")));
        q.addBindValue(QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer <<>>\n"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("out.pdf"));
    const auto done = DocumentExport::exportDocument(m_store, id, {}, {}, path);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().contains(title), qPrintable(done.error()));
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(m_store.removeDocument(id).ok());
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestDocumentExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentexport.moc"
