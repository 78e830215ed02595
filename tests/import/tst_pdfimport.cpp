// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handwrittenpdf.h"
#include "pdftestutil.h"

#include "anchor/anchor.h"
#include "cli/commandline.h"
#include "import/documentimporter.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ktk;
using namespace ktk::test;

Q_DECLARE_METATYPE(ktk::DocumentImporter::Failure)

// Importing PDFs: what a Document holds afterwards (format, pages, the file's
// bytes, title, author, date, language, text only when asked for), the
// passwords of an encrypted file, files that are no PDF or half of one, and a
// batch through the command line. PDFs are written by the test (QPdfWriter,
// or by hand where the Info dictionary matters) plus the fixtures of tests/data/pdf.
class TestPdfImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void generatedPdf_importsWithPagesBytesAndMetadata();
    void pdfWithoutTitle_isNamedAfterItsFile();
    void placeholderTitles_giveWayToTheFileName_data();
    void placeholderTitles_giveWayToTheFileName();
    void infoDictionary_givesAuthorAndDate();
    void creationDate_isTheDayTheDocumentSays_data();
    void creationDate_isTheDayTheDocumentSays();
    void language_isGuessedWithAndWithoutExtraction_data();
    void language_isGuessedWithAndWithoutExtraction();
    void text_isExtractedOnlyWhenAskedFor();
    void extractedText_joinsPagesAndEachPageSlicesExactly();
    void encryptedPdf_needsItsPassword_data();
    void encryptedPdf_needsItsPassword();
    void unencryptedPdf_keepsNoPassword();
    void brokenFiles_areRefusedNamingTheFile_data();
    void brokenFiles_areRefusedNamingTheFile();
    void commandLineBatch_importsWhatItCanAndNamesTheRest();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir *m_dir = nullptr;
};

namespace {

const QString Fixtures = QStringLiteral(KTK_TEST_DATA "/pdf/");

const QStringList DutchPageOne = {
    QStringLiteral("De minister van Financien stelt dat de begroting volgend jaar groeit."),
    QStringLiteral("Volgens het kabinet is er geen sprake van een tekort, maar de Raad"),
    QStringLiteral("van State is het daar niet mee eens en vraagt om een nieuwe raming."),
};
const QStringList DutchPageTwo = {
    QStringLiteral("Het is nog niet duidelijk wat de gevolgen voor de gemeenten zijn."),
    QStringLiteral("De Tweede Kamer wil dat het kabinet voor de zomer met een brief komt."),
};
const QStringList EnglishPage = {
    QStringLiteral("The minister says that the budget will grow by three percent next year."),
    QStringLiteral("According to the cabinet there is no deficit, but the council of state"),
    QStringLiteral("does not agree with that and it asks for a new estimate of the costs."),
};

// Every page's lines with baselines 30 pt apart.
QByteArray linesPdf(const QVector<QStringList> &pages, const PdfWriterOptions &options = {})
{
    return writePdf(int(pages.size()), [&](int page, QPainter &painter) {
        for (int i = 0; i < pages.at(page).size(); ++i)
            painter.drawText(QPointF(56, 100 + 30 * i), pages.at(page).at(i));
    }, options);
}

QString simplified(const QString &text)
{
    return text.simplified();
}

Result<Document> importPath(const QString &path, const DocumentImporter::Options &options = {},
                            DocumentImporter::Failure *failure = nullptr)
{
    return DocumentImporter::importFile(path, options, failure);
}

} // namespace

void TestPdfImport::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestPdfImport::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestPdfImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestPdfImport::generatedPdf_importsWithPagesBytesAndMetadata()
{
    PdfWriterOptions options;
    options.title = QStringLiteral("Kamerbrief over de begroting");
    options.creator = QStringLiteral("Ministerie van Financi\u00ebn");
    const QByteArray bytes = linesPdf({ DutchPageOne, DutchPageTwo, { QStringLiteral("Bijlage") } }, options);
    const QString path = write(QStringLiteral("kamerbrief.pdf"), bytes);

    DocumentImporter::Failure failure = DocumentImporter::Failure::WrongPassword;
    const Result<Document> doc = importPath(path, {}, &failure);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(failure, DocumentImporter::Failure::Other);
    QCOMPARE(doc->format, SourceFormat::Pdf);
    QCOMPARE(doc->pageCount, 3);
    QCOMPARE(doc->originalBytes, bytes);
    QCOMPARE(doc->fileName, QStringLiteral("kamerbrief.pdf"));
    QCOMPARE(doc->meta.title, options.title);
    // /Creator names the program or organisation that made the file, not the
    // person who wrote the text: it is no author.
    QVERIFY2(doc->meta.author != options.creator, qPrintable(doc->meta.author));
    QVERIFY(doc->pdfPassword.isEmpty());
    QVERIFY(doc->importedAt.isValid());
    QCOMPARE(doc->importedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(doc->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // QPdfWriter stamps the time of writing.
    QCOMPARE(doc->meta.publishedOn, QDate::currentDate());
}

void TestPdfImport::pdfWithoutTitle_isNamedAfterItsFile()
{
    const QString path = write(QStringLiteral("nota-stikstof.v2.pdf"), linesPdf({ DutchPageOne }));
    const Result<Document> doc = importPath(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->meta.title, QStringLiteral("nota-stikstof.v2"));
}

void TestPdfImport::placeholderTitles_giveWayToTheFileName_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QString>("title");
    const QString file = QStringLiteral("nota-stikstof");
    QTest::newRow("no Info dictionary") << QByteArray() << file;
    QTest::newRow("None") << QByteArray("/Title (None)") << file;
    QTest::newRow("untitled, padded") << QByteArray("/Title (  Untitled  )") << file;
    QTest::newRow("empty") << QByteArray("/Title ()") << file;
    QTest::newRow("Microsoft Word - nota.docx") << QByteArray("/Title (Microsoft Word - nota.docx)") << file;
    QTest::newRow("a file name") << QByteArray("/Title (Concept_v3_def.doc)") << file;
    QTest::newRow("Word prefix before a real title")
        << QByteArray("/Title (Microsoft Word - Kamerbrief over stikstof)") << QStringLiteral("Kamerbrief over stikstof");
    QTest::newRow("a real title with line breaks")
        << QByteArray("/Title (Kamerbrief\\r\\n   over stikstof)") << QStringLiteral("Kamerbrief over stikstof");
    QTest::newRow("UTF-16 title") << (QByteArray("/Title ") + pdfUnicodeString(QStringLiteral("Financi\u00eble verantwoording 2025")))
                                  << QStringLiteral("Financi\u00eble verantwoording 2025");
}

void TestPdfImport::placeholderTitles_giveWayToTheFileName()
{
    QFETCH(QByteArray, info);
    QFETCH(QString, title);
    const QString path = write(QStringLiteral("nota-stikstof.pdf"),
                               textPdf({ { "De stikstof is een probleem voor de natuur." } }, info));
    const Result<Document> doc = importPath(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->meta.title, title);
}

void TestPdfImport::infoDictionary_givesAuthorAndDate()
{
    const QByteArray info = "/Title (Kamerbrief) /Author (  J. de  Vries ) /Creator (Microsoft Word) "
                            "/CreationDate (D:20240301120000+01'00')";
    const QString path = write(QStringLiteral("brief.pdf"), textPdf({ { "Tekst." } }, info));
    const Result<Document> doc = importPath(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->meta.title, QStringLiteral("Kamerbrief"));
    QCOMPARE(doc->meta.author, QStringLiteral("J. de Vries"));
    QCOMPARE(doc->meta.publishedOn, QDate(2024, 3, 1));
}

void TestPdfImport::creationDate_isTheDayTheDocumentSays_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QDate>("day");
    // Regression: Poppler gives the moment in UTC, and its day was taken.
    QTest::newRow("half past midnight in Amsterdam, the evening before in UTC")
        << QByteArray("D:20240615003000+02'00'") << QDate(2024, 6, 15);
    QTest::newRow("late evening in New York, the next morning in UTC")
        << QByteArray("D:20240615233000-05'00'") << QDate(2024, 6, 15);
    QTest::newRow("offset without minutes or apostrophes") << QByteArray("D:20240615003000+02") << QDate(2024, 6, 15);
    QTest::newRow("offset with minutes, no apostrophes") << QByteArray("D:20240101001500+0530") << QDate(2024, 1, 1);
    QTest::newRow("UTC") << QByteArray("D:20231231233000Z") << QDate(2023, 12, 31);
    QTest::newRow("no time zone") << QByteArray("D:20231231233000") << QDate(2023, 12, 31);
    QTest::newRow("only a year and month") << QByteArray("D:202402") << QDate(2024, 2, 1);
    QTest::newRow("no date at all") << QByteArray("gisteren") << QDate();
}

void TestPdfImport::creationDate_isTheDayTheDocumentSays()
{
    QFETCH(QByteArray, date);
    QFETCH(QDate, day);
    const QString path = write(QStringLiteral("brief.pdf"), textPdf({ { "Tekst." } }, "/CreationDate " + pdfString(date)));
    const Result<Document> doc = importPath(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->meta.publishedOn, day);
}

void TestPdfImport::language_isGuessedWithAndWithoutExtraction_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("language");
    QTest::newRow("Dutch") << (DutchPageOne + DutchPageTwo) << QStringLiteral("nl");
    QTest::newRow("English") << EnglishPage << QStringLiteral("en");
}

void TestPdfImport::language_isGuessedWithAndWithoutExtraction()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, language);
    const QString path = write(QStringLiteral("taal.pdf"), linesPdf({ lines }));
    for (const bool extract : { false, true }) {
        DocumentImporter::Options options;
        options.extractPdfText = extract;
        const Result<Document> doc = importPath(path, options);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->meta.language, language);
    }
}

void TestPdfImport::text_isExtractedOnlyWhenAskedFor()
{
    const QString path = write(QStringLiteral("brief.pdf"), linesPdf({ DutchPageOne, DutchPageTwo }));
    const Result<Document> later = importPath(path);
    QVERIFY2(later.ok(), qPrintable(later.error()));
    QVERIFY(later->pages.isEmpty());
    QVERIFY(later->canonicalText.isEmpty());
    QCOMPARE(later->pageCount, 2);

    DocumentImporter::Options options;
    options.extractPdfText = true;
    const Result<Document> now = importPath(path, options);
    QVERIFY2(now.ok(), qPrintable(now.error()));
    QCOMPARE(now->pages.size(), 2);
    QVERIFY(simplified(now->canonicalText).contains(DutchPageTwo.first()));
}

void TestPdfImport::extractedText_joinsPagesAndEachPageSlicesExactly()
{
    const QVector<QStringList> pages = { DutchPageOne, DutchPageTwo, {}, EnglishPage };
    const QByteArray bytes = linesPdf(pages);
    const QString path = write(QStringLiteral("vier.pdf"), bytes);
    DocumentImporter::Options options;
    options.extractPdfText = true;
    const Result<Document> doc = importPath(path, options);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->pageCount, 4);
    QCOMPARE(doc->pages.size(), 4);

    // The same file opened anew, page by page: what each page says on its own.
    const PdfDocument::LoadResult loaded = PdfDocument::load(bytes, path);
    QVERIFY(loaded.ok());
    QStringList pageTexts;
    for (int i = 0; i < 4; ++i)
        pageTexts.append(loaded.document->pageText(i).text());
    QCOMPARE(doc->canonicalText, pageTexts.join(QStringLiteral("\n\n")));

    for (int i = 0; i < 4; ++i) {
        const PdfPageInfo &page = doc->pages.at(i);
        QCOMPARE(page.page, i);
        QVERIFY(page.textStart >= 0 && page.textStart <= page.textEnd && page.textEnd <= doc->canonicalText.size());
        const QString slice = doc->canonicalText.mid(page.textStart, page.textEnd - page.textStart);
        QCOMPARE(slice, pageTexts.at(i));
        // And it is the text drawn on that page, not on another.
        for (int p = 0; p < pages.size(); ++p) {
            for (const QString &line : pages.at(p))
                QCOMPARE(simplified(slice).contains(line), p == i);
        }
        QCOMPARE(page.size.toSize(), QSize(595, 842));
        if (i > 0) {
            QCOMPARE(page.textStart, doc->pages.at(i - 1).textEnd + 2);
            QCOMPARE(doc->canonicalText.mid(page.textStart - 2, 2), QStringLiteral("\n\n"));
        }
    }
    QCOMPARE(doc->pages.first().textStart, 0);
    QCOMPARE(doc->pages.last().textEnd, doc->canonicalText.size());
    QVERIFY(doc->pages.at(2).textStart == doc->pages.at(2).textEnd);   // the empty page
}

void TestPdfImport::encryptedPdf_needsItsPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("imports");
    QTest::addColumn<DocumentImporter::Failure>("failure");
    QTest::addColumn<QString>("reason");   // in the message
    QTest::newRow("none") << QString() << false << DocumentImporter::Failure::PasswordRequired
                          << QStringLiteral("password");
    QTest::newRow("wrong") << QStringLiteral("user") << false << DocumentImporter::Failure::WrongPassword
                           << QStringLiteral("not right");
    QTest::newRow("user password") << QStringLiteral("user-pw") << true << DocumentImporter::Failure::Other << QString();
    QTest::newRow("owner password") << QStringLiteral("owner-pw") << true << DocumentImporter::Failure::Other
                                    << QString();
}

void TestPdfImport::encryptedPdf_needsItsPassword()
{
    QFETCH(QString, password);
    QFETCH(bool, imports);
    QFETCH(DocumentImporter::Failure, failure);
    QFETCH(QString, reason);
    const QString path = Fixtures + QStringLiteral("encrypted-aes256.pdf");
    DocumentImporter::Options options;
    options.password = password;
    options.extractPdfText = true;
    // Anything but what is expected, so that a failure left unset shows.
    DocumentImporter::Failure got = failure == DocumentImporter::Failure::Other ? DocumentImporter::Failure::WrongPassword
                                                                                : DocumentImporter::Failure::Other;
    const Result<Document> doc = importPath(path, options, &got);
    QCOMPARE(doc.ok(), imports);
    QCOMPARE(got, failure);
    if (!imports) {
        QVERIFY2(doc.error().contains(QLatin1String("encrypted-aes256.pdf")), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(reason), qPrintable(doc.error()));
        // The file name, not the whole path.
        QVERIFY2(!doc.error().contains(QLatin1String(KTK_TEST_DATA)), qPrintable(doc.error()));
        return;
    }
    QCOMPARE(doc->pdfPassword, password);
    QCOMPARE(doc->pageCount, 1);
    QVERIFY2(simplified(doc->canonicalText).contains(QLatin1String("The budget grows by three percent next year.")),
             qPrintable(doc->canonicalText));
    QCOMPARE(doc->originalBytes, readTestFile(path));
    QCOMPARE(doc->meta.language, QStringLiteral("en"));
}

void TestPdfImport::unencryptedPdf_keepsNoPassword()
{
    DocumentImporter::Options options;
    options.password = QStringLiteral("geheim");
    const Result<Document> doc = importPath(Fixtures + QStringLiteral("annotated.pdf"), options);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QVERIFY(doc->pdfPassword.isEmpty());
    QCOMPARE(doc->meta.title, QStringLiteral("Annotated fixture"));
}

void TestPdfImport::brokenFiles_areRefusedNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");   // a word of the message besides the file name
    const QByteArray whole = linesPdf({ DutchPageOne, DutchPageTwo, EnglishPage });
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("first 200 bytes") << whole.left(200) << QStringLiteral("damaged");
    QTest::newRow("first half") << whole.left(whole.size() / 2) << QStringLiteral("damaged");
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("garbage") << garbage << QStringLiteral("not a PDF");
    QTest::newRow("a text file named .pdf") << QByteArray("Dit is gewoon tekst.\n") << QStringLiteral("not a PDF");
    QTest::newRow("only a header") << QByteArray("%PDF-1.7\n") << QStringLiteral("damaged");
    QTest::newRow("no pages") << buildPdf({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" },
                                          "/Root 1 0 R")
                              << QStringLiteral("no pages");
}

void TestPdfImport::brokenFiles_areRefusedNamingTheFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("rapport 2025.pdf"), bytes);
    for (const bool extract : { false, true }) {
        DocumentImporter::Options options;
        options.extractPdfText = extract;
        DocumentImporter::Failure failure = DocumentImporter::Failure::PasswordRequired;
        const Result<Document> doc = importPath(path, options, &failure);
        QVERIFY2(!doc.ok(), "a broken PDF was imported");
        QCOMPARE(failure, DocumentImporter::Failure::Other);
        QVERIFY2(doc.error().contains(QLatin1String("rapport 2025.pdf")), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(reason, Qt::CaseInsensitive), qPrintable(doc.error()));
    }
}

void TestPdfImport::commandLineBatch_importsWhatItCanAndNamesTheRest()
{
    const QString project = m_dir->filePath(QStringLiteral("p.ktk"));
    const QString good = write(QStringLiteral("good.pdf"), linesPdf({ DutchPageOne, DutchPageTwo }));
    const QString broken = write(QStringLiteral("broken.pdf"), linesPdf({ DutchPageOne }).left(200));
    const QString encrypted = write(QStringLiteral("encrypted.pdf"),
                                    readTestFile(Fixtures + QStringLiteral("encrypted-aes256.pdf")));
    auto run = [](const QStringList &args, QString *out, QString *err) {
        out->clear();
        err->clear();
        QTextStream o(out), e(err);
        CommandLine commandLine(o, e);
        const int code = commandLine.run(QStringList{ QStringLiteral("kanttekening") } + args).exitCode;
        o.flush();
        e.flush();
        return code;
    };
    QString out, err;
    QCOMPARE(run({ QStringLiteral("import"), project, good, broken, encrypted }, &out, &err), 1);
    QStringList outLines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(outLines.size(), 1);
    QVERIFY2(outLines.first().startsWith(QLatin1String("imported: ")) && outLines.first().contains(QLatin1String("good.pdf")),
             qPrintable(out));
    const QStringList errLines = err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 2);
    QVERIFY2(errLines.at(0).contains(QLatin1String("broken.pdf")), qPrintable(err));
    QVERIFY2(errLines.at(1).contains(QLatin1String("encrypted.pdf")), qPrintable(err));
    QVERIFY2(errLines.at(1).contains(QLatin1String("--password")), qPrintable(err));
    QVERIFY2(!errLines.at(0).contains(QLatin1String("--password")), qPrintable(err));

    QCOMPARE(run({ QStringLiteral("import"), project, encrypted, QStringLiteral("--password"), QStringLiteral("user-pw") },
                 &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("encrypted.pdf")), qPrintable(out));

    // Both PDFs have their text already; a claim on page 2 of the good one
    // and one on page 1.
    DocumentId goodId = 0;
    {
        ProjectStore store;
        QVERIFY(store.open(project).ok());
        const QVector<DocumentSummary> docs = store.documents();
        QCOMPARE(docs.size(), 2);
        QVERIFY(store.pdfDocumentsWithoutText().isEmpty());
        for (const DocumentSummary &s : docs) {
            if (s.fileName == QLatin1String("good.pdf"))
                goodId = s.id;
        }
        QVERIFY(goodId != 0);
        const QString text = store.canonicalText(goodId);
        const QVector<PdfPageInfo> pages = store.pdfPages(goodId);
        QCOMPARE(pages.size(), 2);
        auto claimOn = [&](int page, const QString &quote) {
            const int start = int(text.indexOf(quote, pages.at(page).textStart));
            QVERIFY2(start >= 0 && start < pages.at(page).textEnd, qPrintable(quote));
            Annotation a;
            a.documentId = goodId;
            PageSelector region;
            region.page = page;
            region.quads = { QPolygonF({ QPointF(0.1, 0.1), QPointF(0.5, 0.1), QPointF(0.5, 0.12), QPointF(0.1, 0.12) }) };
            a.anchor = Anchor::forPage(region, TextSelector::fromRange(text, start, start + int(quote.size())));
            a.typeId = store.claimTypes().first().id;
            QVERIFY(store.addAnnotation(a).ok());
        };
        claimOn(1, QStringLiteral("gevolgen voor de gemeenten"));
        claimOn(0, QStringLiteral("begroting"));
        store.close();
    }
    QCOMPARE(run({ QStringLiteral("list"), project }, &out, &err), 0);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first().split(u'\t').last(), QStringLiteral("page"));
    QMap<QString, QString> pageOfQuote;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 10);
        if (fields.at(0) == QString::number(goodId))
            pageOfQuote.insert(fields.at(7), fields.at(9));
        else
            QCOMPARE(fields.at(9), QString());   // the encrypted PDF has no claims
    }
    QCOMPARE(pageOfQuote.value(QStringLiteral("gevolgen voor de gemeenten")), QStringLiteral("2"));
    QCOMPARE(pageOfQuote.value(QStringLiteral("begroting")), QStringLiteral("1"));
}

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
