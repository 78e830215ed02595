// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace ktk;

Q_DECLARE_METATYPE(ktk::SourceFormat)

// QGuiApplication (QTEST_MAIN with QtGui): the no-network test lays the
// documents out and paints them, which is when Qt asks for images.
class TestDocumentImporter : public QObject
{
    Q_OBJECT

private slots:
    void textEncodings_allGiveTheSameText_data();
    void textEncodings_allGiveTheSameText();
    void importFile_fillsDocumentAndMetadata_data();
    void importFile_fillsDocumentAndMetadata();
    void importFile_keepsOriginalBytesAndStampsUtcTime();
    void htmlPage_givesArticleTextWithoutScriptsStylesOrMenus();
    void longFirstLine_becomesAShortTitle();
    void languageGuess_tellsDutchFromEnglish_data();
    void languageGuess_tellsDutchFromEnglish();
    void importBytes_fileNameDecidesTheFormat();
    void errors_nameTheFileAndTheReason_data();
    void errors_nameTheFileAndTheReason();
    void missingFile_isReported();
    void folder_isReported();
    void oversizedFile_isRefusedBeforeReading();
    void symlinkLoop_isNamedAsALinkThatLeadsNowhere();
    void textBeyondTheShownLimit_isRefused();
    void unreadableFile_isReported();
    void supportedSuffixes_matchIsSupportedFile();
    void importPasted_prefersHtml();
    void importPasted_usesTextWhenHtmlIsEmptyOrWordless();
    void importPasted_withNothing_fails();
    void importAndRender_fetchNothingFromTheNetwork();
    void fiveMegabyteTextFile_importsWhole();
    void fifo_isRefusedWithoutWaitingForAWriter();
    void device_isRefusedAsNoOrdinaryFile();
    void importPasted_deepPage_keepsItsText();
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KTK_TEST_DATA "/import/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString DutchText = QStringLiteral(
    "De gemeente wil het fietspad langs de rivier verbreden.\n"
    "Volgens de wethouder is dat “hard nodig” omdat er elke dag meer fietsers zijn.\n"
    "\n"
    "Het plan kost € 250.000 en is niet iedereen naar de zin: een café aan het water vreest voor zijn terras.\n");

} // namespace

void TestDocumentImporter::textEncodings_allGiveTheSameText_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8") << QStringLiteral("tekst-utf8.txt");
    QTest::newRow("utf-8 with BOM") << QStringLiteral("tekst-utf8-bom.txt");
    QTest::newRow("utf-16 LE with BOM, CRLF") << QStringLiteral("tekst-utf16le.txt");
    QTest::newRow("utf-16 BE with BOM") << QStringLiteral("tekst-utf16be.txt");
    QTest::newRow("windows-1252, CRLF") << QStringLiteral("tekst-cp1252.txt");
}

void TestDocumentImporter::textEncodings_allGiveTheSameText()
{
    QFETCH(QString, file);
    const Result<Document> result = DocumentImporter::importFile(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->canonicalText, DutchText);
    QCOMPARE(result->format, SourceFormat::PlainText);
    QCOMPARE(result->meta.title, QStringLiteral("De gemeente wil het fietspad langs de rivier verbreden."));
    QCOMPARE(result->meta.language, QStringLiteral("nl"));
}

void TestDocumentImporter::importFile_fillsDocumentAndMetadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SourceFormat>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("sourceUrl");
    QTest::addColumn<QString>("textStart");

    QTest::newRow("latin-1 text") << QStringLiteral("tekst-latin1.txt") << SourceFormat::PlainText
                                  << QStringLiteral("Één café, één crème brûlée en een naïeve überzichtelijke façade.")
                                  << QStringLiteral("nl") << QString() << QDate() << QString()
                                  << QStringLiteral("Één café, één crème brûlée");
    QTest::newRow("english, CR line ends") << QStringLiteral("text-english-cr.txt") << SourceFormat::PlainText
                                           << QStringLiteral("Council approves the new harbour plan")
                                           << QStringLiteral("en") << QString() << QDate() << QString()
                                           << QStringLiteral("Council approves the new harbour plan\n\nThe council");
    QTest::newRow("markdown") << QStringLiteral("artikel.md") << SourceFormat::Markdown
                              << QStringLiteral("Why small parks matter") << QStringLiteral("en") << QString()
                              << QDate() << QString()
                              << QStringLiteral("Why small parks matter\nCities that add small parks see fewer");
    QTest::newRow("markdown without heading") << QStringLiteral("notities.md") << SourceFormat::Markdown
                                              << QStringLiteral("notities") << QStringLiteral("nl") << QString()
                                              << QDate() << QString() << QStringLiteral("Notities van het overleg\n");
    QTest::newRow("html") << QStringLiteral("artikel.html") << SourceFormat::Html
                          << QStringLiteral("Waterschap verhoogt dijken langs de IJssel") << QStringLiteral("nl")
                          << QStringLiteral("Marieke de Vries") << QDate(2025, 3, 14)
                          << QStringLiteral("https://voorbeeldkrant.example/nieuws/dijken")
                          << QStringLiteral("Waterschap verhoogt dijken langs de IJssel\nHet waterschap gaat");
    QTest::newRow("latin-1 html") << QStringLiteral("artikel-latin1.html") << SourceFormat::Html
                                  << QStringLiteral("Münster: Café opent opnieuw") << QStringLiteral("nl") << QString()
                                  << QDate(2024, 2, 3) << QStringLiteral("https://stadskrant.example/cafe")
                                  << QStringLiteral("Café opent opnieuw\nHet café aan de Domplatz in Münster is weer "
                                                    "open. De eigenaar noemt het “een feest” en schenkt € 2 koffie.");
    QTest::newRow("html without title, .htm") << QStringLiteral("brief-zonder-titel.htm") << SourceFormat::Html
                                              << QStringLiteral("Brief aan de raad") << QStringLiteral("nl")
                                              << QString() << QDate() << QString()
                                              << QStringLiteral("Brief aan de raad\nGeachte raad,");
}

void TestDocumentImporter::importFile_fillsDocumentAndMetadata()
{
    QFETCH(QString, file);
    QFETCH(SourceFormat, format);
    QFETCH(QString, title);
    QFETCH(QString, language);
    QFETCH(QString, author);
    QFETCH(QDate, published);
    QFETCH(QString, sourceUrl);
    QFETCH(QString, textStart);

    const Result<Document> result = DocumentImporter::importFile(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Document &doc = result.value();
    QCOMPARE(doc.format, format);
    QCOMPARE(doc.fileName, file);
    QCOMPARE(doc.meta.title, title);
    QCOMPARE(doc.meta.language, language);
    QCOMPARE(doc.meta.author, author);
    QCOMPARE(doc.meta.publishedOn, published);
    QCOMPARE(doc.meta.sourceUrl, sourceUrl);
    QVERIFY2(doc.canonicalText.startsWith(textStart), qPrintable(doc.canonicalText));
    QCOMPARE(doc.id, DocumentId(0));
}

void TestDocumentImporter::importFile_keepsOriginalBytesAndStampsUtcTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Result<Document> result = DocumentImporter::importFile(fixture(QStringLiteral("tekst-cp1252.txt")));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(result.ok());
    QCOMPARE(result->originalBytes, readFixture(QStringLiteral("tekst-cp1252.txt")));
    QCOMPARE(result->importedAt.timeSpec(), Qt::UTC);
    QVERIFY(result->importedAt >= before.addMSecs(-1) && result->importedAt <= after.addMSecs(1));
}

void TestDocumentImporter::htmlPage_givesArticleTextWithoutScriptsStylesOrMenus()
{
    const Result<Document> result = DocumentImporter::importFile(fixture(QStringLiteral("artikel.html")));
    QVERIFY(result.ok());
    const QString &text = result->canonicalText;
    QVERIFY(text.contains(QLatin1String("Traject\nLengte\nDeventer-Noord\n8 km")));
    QVERIFY(text.contains(QStringLiteral("© Voorbeeldkrant – alle rechten")));
    for (const char *absent : { "scripttekst", "Geheimschrift", "color", "Menu-item", "Verborgen", "Ook verborgen",
                                "volg()", "Voorbeeldkrant</title>", "\u00A0", "\uFFFC" }) {
        QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
    }
}

void TestDocumentImporter::longFirstLine_becomesAShortTitle()
{
    // #11: a text file whose first line is a paragraph was titled with its
    // whole first sentence (109 characters). A short first line is a
    // headline; a long one is not a title at all: the file name is.
    const QString sentence = QStringLiteral("De raad besluit vandaag over het nieuwe parkeerbeleid.");
    QString words;
    while (words.size() < 400)
        words += QStringLiteral("woord ");
    Result<Document> result = DocumentImporter::importBytes((sentence + u' ' + words + u'\n').toUtf8(),
                                                            QStringLiteral("parkeerbeleid-2026.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result->meta.title, QStringLiteral("parkeerbeleid-2026"));

    const QString longSentence = QStringLiteral("Het college van burgemeester en wethouders heeft dinsdag besloten "
                                                "dat de parkeertarieven in de binnenstad volgend jaar stijgen.");
    QVERIFY(longSentence.size() > 90);
    result = DocumentImporter::importBytes((longSentence + QStringLiteral("\n\nTweede alinea.\n")).toUtf8(),
                                           QStringLiteral("tarieven.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result->meta.title, QStringLiteral("tarieven"));

    result = DocumentImporter::importBytes(QByteArray("Parkeren wordt duurder\n\n") + longSentence.toUtf8(),
                                           QStringLiteral("kop.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result->meta.title, QStringLiteral("Parkeren wordt duurder"));

    result = DocumentImporter::importBytes(QByteArray("\n\n   \n  Eerste echte regel  \nTweede"),
                                           QStringLiteral("regels.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result->meta.title, QStringLiteral("Eerste echte regel"));

    // Pasted text has no file name: its first sentence, or its first words, never over 90 characters.
    result = DocumentImporter::importPasted(QString(), sentence + u' ' + words);
    QVERIFY(result.ok());
    QCOMPARE(result->meta.title, sentence);
    result = DocumentImporter::importPasted(QString(), words);
    QVERIFY(result.ok());
    QVERIFY2(result->meta.title.size() <= 90, qPrintable(result->meta.title));
    QVERIFY(result->meta.title.endsWith(QChar(0x2026)));
    QVERIFY(result->meta.title.startsWith(QLatin1String("woord woord")));
}

void TestDocumentImporter::languageGuess_tellsDutchFromEnglish_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("dutch") << QStringLiteral("Het is niet zo dat de regering een plan heeft voor de zorg van ouderen.")
                           << QStringLiteral("nl");
    QTest::newRow("english") << QStringLiteral("It is not the case that the government has a plan for the care of the "
                                               "elderly, and it should have one.")
                             << QStringLiteral("en");
    QTest::newRow("german") << QStringLiteral("Die Regierung hat keinen Plan für die Pflege, und das ist nicht gut.")
                            << QStringLiteral("de");
    QTest::newRow("too short") << QStringLiteral("Amsterdam Rotterdam Utrecht") << QString();
}

void TestDocumentImporter::languageGuess_tellsDutchFromEnglish()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const Result<Document> result = DocumentImporter::importBytes(text.toUtf8(), QStringLiteral("t.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result->meta.language, language);
}

void TestDocumentImporter::importBytes_fileNameDecidesTheFormat()
{
    const QByteArray bytes("# Kop\n\n*nadruk* en <b>vet</b>\n");
    Result<Document> result = DocumentImporter::importBytes(bytes, QStringLiteral("map/x.MARKDOWN"));
    QVERIFY(result.ok());
    QCOMPARE(result->format, SourceFormat::Markdown);
    QCOMPARE(result->fileName, QStringLiteral("x.MARKDOWN"));
    QCOMPARE(result->canonicalText, QStringLiteral("Kop\nnadruk en vet"));

    result = DocumentImporter::importBytes(bytes, QStringLiteral("x.text"));
    QVERIFY(result.ok());
    QCOMPARE(result->format, SourceFormat::PlainText);
    QCOMPARE(result->canonicalText, QString::fromUtf8(bytes));

    result = DocumentImporter::importBytes(bytes, QStringLiteral("x.HTM"));
    QVERIFY(result.ok());
    QCOMPARE(result->format, SourceFormat::Html);
    QCOMPARE(result->canonicalText, QStringLiteral("# Kop *nadruk* en vet "));
}

void TestDocumentImporter::errors_nameTheFileAndTheReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messageParts");
    // .docx is imported now; the message for formats that are not is in tst_officeimport.
    QTest::newRow("docx that is no zip") << QStringLiteral("verslag.docx")
                                         << QStringList{ QStringLiteral("verslag.docx"), QStringLiteral("damaged") };
    QTest::newRow("no extension") << QStringLiteral("geen-extensie")
                                  << QStringList{ QStringLiteral("geen-extensie"), QStringLiteral("extension") };
    QTest::newRow("empty") << QStringLiteral("leeg.txt")
                           << QStringList{ QStringLiteral("leeg.txt"), QStringLiteral("is empty") };
    QTest::newRow("binary with NUL") << QStringLiteral("binair.txt")
                                     << QStringList{ QStringLiteral("binair.txt"), QStringLiteral("not a text file") };
    QTest::newRow("control characters") << QStringLiteral("besturingstekens.txt")
                                        << QStringList{ QStringLiteral("besturingstekens.txt"),
                                                        QStringLiteral("not a text file") };
}

void TestDocumentImporter::errors_nameTheFileAndTheReason()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messageParts);
    const Result<Document> result = DocumentImporter::importFile(fixture(file));
    QVERIFY(!result.ok());
    for (const QString &part : messageParts)
        QVERIFY2(result.error().contains(part), qPrintable(result.error()));

    // The same from memory.
    const Result<Document> fromBytes = DocumentImporter::importBytes(readFixture(file), file);
    QVERIFY(!fromBytes.ok());
    QVERIFY2(fromBytes.error().contains(file), qPrintable(fromBytes.error()));
}

void TestDocumentImporter::missingFile_isReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bestaat-niet.txt"));
    const Result<Document> result = DocumentImporter::importFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("bestaat-niet.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("does not exist")), qPrintable(result.error()));
}

void TestDocumentImporter::folder_isReported()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("map.txt")));
    const Result<Document> result = DocumentImporter::importFile(dir.filePath(QStringLiteral("map.txt")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("folder")), qPrintable(result.error()));
}

void TestDocumentImporter::oversizedFile_isRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groot.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DocumentImporter::MaxFileSize + 1));   // sparse: costs no disk
    file.close();
    const Result<Document> result = DocumentImporter::importFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("groot.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("64.0 MB")), qPrintable(result.error()));
}

// Within the file size limit but more text than the window shows: refused at
// import, so that everything imported can be shown.
void TestDocumentImporter::symlinkLoop_isNamedAsALinkThatLeadsNowhere()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.txt"));
    const QString b = dir.filePath(QStringLiteral("b.txt"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    const Result<Document> result = DocumentImporter::importFile(a);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("a.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("link")), qPrintable(result.error()));
}

void TestDocumentImporter::textBeyondTheShownLimit_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lang.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray("De minister zegt dat het beleid werkt.\n");
    const qint64 lines = DocumentLimits::MaxCharacters / line.size() + 2;
    for (qint64 i = 0; i < lines; ++i)
        file.write(line);
    file.close();
    const Result<Document> result = DocumentImporter::importFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("lang.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("characters")), qPrintable(result.error()));
}

void TestDocumentImporter::unreadableFile_isReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("geheim.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tekst");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    QString unreadable = path;
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        // Root reads anything; a file whose reading fails is the next best
        // thing: /proc/self/mem refuses reads at offset 0.
        unreadable = dir.filePath(QStringLiteral("geheim-geheugen.txt"));
        if (!QFile::link(QStringLiteral("/proc/self/mem"), unreadable))
            QSKIP("No unreadable file can be made here");
    }
    const Result<Document> result = DocumentImporter::importFile(unreadable);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QFileInfo(unreadable).fileName()), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("cannot be read")), qPrintable(result.error()));
}

void TestDocumentImporter::supportedSuffixes_matchIsSupportedFile()
{
    for (const QString &suffix : DocumentImporter::supportedSuffixes()) {
        QVERIFY(DocumentImporter::isSupportedFile(QStringLiteral("/a/b.") + suffix));
        QVERIFY(DocumentImporter::isSupportedFile(QStringLiteral("B.") + suffix.toUpper()));
    }
    for (const char *name : { "a.doc", "a.rtf", "a.pdf.zip", "a", "a.txt.gz", "txt" })
        QVERIFY2(!DocumentImporter::isSupportedFile(QString::fromLatin1(name)), name);
}

void TestDocumentImporter::importPasted_prefersHtml()
{
    const QString html = QStringLiteral("<html><body><!--StartFragment--><h2>Plakkop</h2><p>Geplakte "
                                        "<i>tekst</i> met één accent.</p><!--EndFragment--></body></html>");
    const Result<Document> result = DocumentImporter::importPasted(html, QStringLiteral("platte tekst"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->format, SourceFormat::Html);
    QCOMPARE(result->originalBytes, html.toUtf8());
    QCOMPARE(result->canonicalText, QStringLiteral("Plakkop\nGeplakte tekst met één accent."));
    QCOMPARE(result->meta.title, QStringLiteral("Plakkop"));
    QVERIFY(result->fileName.isEmpty());

    SafeTextDocument rendered;
    QVERIFY(DocumentRenderer::render(result.value(), &rendered));
}

void TestDocumentImporter::importPasted_usesTextWhenHtmlIsEmptyOrWordless()
{
    const QString text = QStringLiteral("Eerste regel\r\nTweede regel");
    for (const QString &html : { QString(), QStringLiteral("  \n"), QStringLiteral("<script>x()</script><img src=a>") }) {
        const Result<Document> result = DocumentImporter::importPasted(html, text);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->format, SourceFormat::PlainText);
        QCOMPARE(result->originalBytes, text.toUtf8());
        QCOMPARE(result->canonicalText, QStringLiteral("Eerste regel\nTweede regel"));
        QCOMPARE(result->meta.title, QStringLiteral("Eerste regel"));
    }
}

void TestDocumentImporter::importPasted_withNothing_fails()
{
    Result<Document> result = DocumentImporter::importPasted(QString(), QStringLiteral(" \n\t"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    result = DocumentImporter::importPasted(QStringLiteral("<p> </p>"), QString());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("no readable text")), qPrintable(result.error()));
}

void TestDocumentImporter::importAndRender_fetchNothingFromTheNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->deleteLater();
        }
    });
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());

    // Stands for anything in the application that would fetch URLs: if our
    // documents ever fell through to the global provider, it would connect.
    QStringList askedGlobally;
    QTextDocument::setDefaultResourceProvider([&](const QUrl &url) {
        askedGlobally.append(url.toString());
        QTcpSocket fetch;
        fetch.connectToHost(url.host(), quint16(url.port(80)));
        fetch.waitForConnected(1000);
        return QVariant();
    });
    auto restoreProvider = qScopeGuard([] { QTextDocument::setDefaultResourceProvider({}); });

    const QString html = QStringLiteral(
        "<html><head><title>Proef</title>"
        "<link rel=\"stylesheet\" href=\"%1style.css\">"
        "<style>@import url(%1import.css); body { background-image: url(%1body.png); } p { color: red }</style>"
        "<script src=\"%1app.js\"></script><script>document.write('scripttekst');</script></head>"
        "<body background=\"%1attribute.png\">"
        "<h1 style=\"background-image: url(%1kop.png)\">Kop</h1>"
        "<p>Zichtbare tekst.<img src=\"%1img.png\" alt=\"plaatje\"><img src=\"//127.0.0.1:%2/proto.png\"></p>"
        "<iframe src=\"%1frame.html\">iframetekst</iframe>"
        "<object data=\"%1object.swf\">objecttekst</object><video src=\"%1film.mp4\" poster=\"%1poster.png\"></video>"
        "<table background=\"%1tabel.png\"><tr><td style=\"background: url(%1cel.png)\">Cel</td></tr></table>"
        "<svg><image href=\"%1svg.png\"/></svg>"
        "</body></html>").arg(base).arg(server.serverPort());
    const QString markdown = QStringLiteral(
        "# Kop\n\nZichtbare tekst ![plaatje](%1md.png) en meer.\n\n"
        "<img src=\"%1raw.png\">\n\n"
        "<link rel=\"stylesheet\" href=\"%1md.css\">\n\n"
        "<style>p { background-image: url(%1mdstyle.png) } .stijltekst {}</style>\n\n"
        "<script src=\"%1md.js\">scripttekst()</script>\n\n"
        "<iframe src=\"%1md.html\"></iframe>\n\n"
        "Slot.\n").arg(base);

    const Result<Document> fromHtml = DocumentImporter::importBytes(html.toUtf8(), QStringLiteral("proef.html"));
    const Result<Document> fromMarkdown = DocumentImporter::importBytes(markdown.toUtf8(), QStringLiteral("proef.md"));
    QVERIFY2(fromHtml.ok(), qPrintable(fromHtml.error()));
    QVERIFY2(fromMarkdown.ok(), qPrintable(fromMarkdown.error()));

    for (const Document *doc : { &fromHtml.value(), &fromMarkdown.value() }) {
        QVERIFY2(doc->canonicalText.contains(QLatin1String("Zichtbare tekst")), qPrintable(doc->canonicalText));
        for (const char *absent : { "scripttekst", "iframetekst", "objecttekst", "color", "stijltekst", "url(",
                                    "127.0.0.1", "\uFFFC" })
            QVERIFY2(!doc->canonicalText.contains(QString::fromUtf8(absent)), absent);

        // Lay out and paint, into our document and into a plain one: that
        // is when a QTextDocument asks for its images.
        SafeTextDocument safe;
        QTextDocument plain;
        for (QTextDocument *target : { static_cast<QTextDocument *>(&safe), &plain }) {
            QVERIFY(DocumentRenderer::render(*doc, target));
            target->setTextWidth(400);
            QVERIFY(target->documentLayout()->documentSize().height() > 0);
            QImage canvas(400, 600, QImage::Format_ARGB32);
            QPainter painter(&canvas);
            target->drawContents(&painter);
        }
    }
    QTest::qWait(500);   // let any connection attempt arrive
    QCOMPARE(askedGlobally, QStringList());
    QCOMPARE(connections, 0);

    // The trap works: a document that does ask lets the server know.
    QTextDocument careless;
    careless.setHtml(QStringLiteral("<img src=\"%1controle.png\">").arg(base));
    careless.setTextWidth(400);
    careless.documentLayout()->documentSize();
    QTRY_COMPARE(connections, 1);
    QCOMPARE(askedGlobally.size(), 1);
}

void TestDocumentImporter::fiveMegabyteTextFile_importsWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groot.txt"));
    QByteArray line = QStringLiteral("De minister zegt dat het “niet anders kan” en dat de kosten € 12 miljoen zijn.\r\n")
                          .toUtf8();
    QByteArray big;
    big.reserve(5 * 1024 * 1024 + line.size());
    while (big.size() < 5 * 1024 * 1024)
        big += line;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();

    // Its speed is measured by bench_kanttekening; here: the text is whole.
    const Result<Document> result = DocumentImporter::importFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result->canonicalText.size(), QString::fromUtf8(big).size() - big.count("\r\n"));
}

void TestDocumentImporter::fifo_isRefusedWithoutWaitingForAWriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pijp.txt"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        QSKIP("No FIFO can be made here");
    Result<Document> result = Status::failure(QString());
    QScopedPointer<QThread> import(QThread::create([&] { result = DocumentImporter::importFile(path); }));
    import->start();
    if (!import->wait(QDeadlineTimer(10000))) {
        // It waits for a writer: be one, so that the thread ends.
        QFile writer(path);
        writer.open(QIODevice::WriteOnly);
        writer.close();
        import->wait();
        QFAIL("importing a FIFO waited for a writer");
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("pijp.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("not an ordinary file")), qPrintable(result.error()));
}

void TestDocumentImporter::device_isRefusedAsNoOrdinaryFile()
{
    // /dev/zero behind a .txt name ran the import out of memory; /dev/null
    // is the harmless kind of the same thing (tests/hostile tries /dev/zero).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("apparaat.txt"));
    if (!QFile::link(QStringLiteral("/dev/null"), path))
        QSKIP("No link to a device can be made here");
    const Result<Document> result = DocumentImporter::importFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("apparaat.txt")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("not an ordinary file")), qPrintable(result.error()));
}

void TestDocumentImporter::importPasted_deepPage_keepsItsText()
{
    // Pasting goes through the same sanitiser as files: its depth bound
    // holds here too (bench_kanttekening measures the time).
    QString html = QStringLiteral("<p>Begin</p>");
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("Diepe tekst");
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("</div>");
    const Result<Document> result = DocumentImporter::importPasted(html, QString());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->canonicalText, QStringLiteral("Begin\nDiepe tekst"));
    SafeTextDocument rendered;
    QVERIFY(DocumentRenderer::render(result.value(), &rendered));
}

QTEST_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
