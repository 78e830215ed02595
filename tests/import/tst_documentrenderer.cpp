// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"
#include "import/textdecoder.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace ktk;

// QGuiApplication (QTEST_MAIN with QtGui): QTextDocument needs fonts for
// headings and layout, which a QCoreApplication does not provide.
class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private slots:
    void plainTextCanonical_equalsWhatQTextDocumentGives_data();
    void plainTextCanonical_equalsWhatQTextDocumentGives();
    void render_reproducesTheImportedCanonicalText_data();
    void render_reproducesTheImportedCanonicalText();
    void render_matchesTheGoldenFileMadeWithoutGui_data();
    void render_matchesTheGoldenFileMadeWithoutGui();
    void cursorPositions_equalCanonicalOffsets_data();
    void cursorPositions_equalCanonicalOffsets();
    void cursorSelections_quoteTheCanonicalText();
    void render_withChangedCanonicalText_fallsBackToPlainText();
    void render_pdfShowsItsCanonicalText();
    void render_leavesNoUndoStepThatCouldShiftOffsets();
    void markdown_outsideImagesAreRemoved_embeddedOnesKept();
    void safeTextDocument_loadsNothingFromDiskOrNetwork();
    void markdownTable_isATable();
    void manyMarkdownTables_stayTextInsteadOfTakingMinutes();
    void hugeMarkdownBlocks_stayTextInsteadOfTakingMinutes_data();
    void hugeMarkdownBlocks_stayTextInsteadOfTakingMinutes();
    void longLooseListsAndManyBlocks_stayTextInsteadOfTakingMinutes_data();
    void longLooseListsAndManyBlocks_stayTextInsteadOfTakingMinutes();
    void fixedPitchElements_giveTheTextAndBlocksQtGivesThem_data();
    void fixedPitchElements_giveTheTextAndBlocksQtGivesThem();
    void markdownWithRawHtml_losesNoWord_data();
    void markdownWithRawHtml_losesNoWord();
    void markdownWithRawHtml_keepsTagsInCodeAsTyped();
    void markdownWithDeepRawHtml_isShownAsText();
    void deeplyNestedTables_areFlattenedForTheLayout();
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KTK_TEST_DATA "/import/") + name;
}

// What toPlainText() makes of the document's raw characters.
QChar plainOf(QChar c)
{
    switch (c.unicode()) {
    case 0x2028: case 0x2029: case 0xFDD0: case 0xFDD1: return u'\n';
    case 0x00A0: return u' ';
    default: return c;
    }
}

QString plainSelection(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    for (QChar &c : text)
        c = plainOf(c);
    return text;
}

Document imported(const QString &fileName)
{
    const Result<Document> result = DocumentImporter::importFile(fixture(fileName));
    if (!result)
        qWarning() << result.error();
    return result ? result.value() : Document();
}

// A 1x1 transparent PNG.
const QString DataPng = QStringLiteral(
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

} // namespace

void TestDocumentRenderer::plainTextCanonical_equalsWhatQTextDocumentGives_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lines") << QStringLiteral("een\ntwee\n\ndrie\n");
    QTest::newRow("windows and mac line ends") << QStringLiteral("een\r\ntwee\rdrie\r\n\r\n");
    QTest::newRow("separators and no-break spaces")
        << QStringLiteral("a\u2028b\u2029c\u00A0d\uFDD0e\uFDD1f\tg\u200Bh\uFFFCi");
    QTest::newRow("outside the BMP") << QStringLiteral("emoji 😀 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
    QTest::newRow("stray controls") << QStringLiteral("form\ffeed\vtab\u001Aend");
    QTest::newRow("empty") << QString();
    QString everything;
    for (char16_t c = 1; c < 0xFFFF; ++c) {
        if (!QChar::isSurrogate(c))
            everything += QChar(c);
    }
    QTest::newRow("every BMP character") << everything;
}

void TestDocumentRenderer::plainTextCanonical_equalsWhatQTextDocumentGives()
{
    QFETCH(QString, text);
    QTextDocument document;
    document.setPlainText(TextDecoder::normaliseLineEndings(text));
    QCOMPARE(DocumentRenderer::plainTextCanonical(text), document.toPlainText());
}

void TestDocumentRenderer::render_reproducesTheImportedCanonicalText_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8 text") << QStringLiteral("tekst-utf8.txt");
    QTest::newRow("utf-16 text with CRLF") << QStringLiteral("tekst-utf16le.txt");
    QTest::newRow("cp1252 text") << QStringLiteral("tekst-cp1252.txt");
    QTest::newRow("old mac text") << QStringLiteral("text-english-cr.txt");
    QTest::newRow("markdown") << QStringLiteral("artikel.md");
    QTest::newRow("markdown with CRLF") << QStringLiteral("notities.md");
    QTest::newRow("html") << QStringLiteral("artikel.html");
    QTest::newRow("latin-1 html") << QStringLiteral("artikel-latin1.html");
}

void TestDocumentRenderer::render_reproducesTheImportedCanonicalText()
{
    QFETCH(QString, file);
    const Document doc = imported(file);
    QVERIFY(!doc.canonicalText.isEmpty());
    SafeTextDocument target;
    QVERIFY(DocumentRenderer::render(doc, &target));
    QCOMPARE(target.toPlainText(), doc.canonicalText);
    QVERIFY(!target.isModified());
}

void TestDocumentRenderer::render_matchesTheGoldenFileMadeWithoutGui_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << QStringLiteral("artikel.html");
    QTest::newRow("latin-1 html") << QStringLiteral("artikel-latin1.html");
    QTest::newRow("markdown") << QStringLiteral("artikel.md");
    QTest::newRow("html with <code>") << QStringLiteral("handleiding-code.html");
    QTest::newRow("html with <pre>") << QStringLiteral("voorbeeld-pre.html");
}

// tst_importwithoutgui checks the command line's import against the same
// files: together they prove GUI and command line agree on every offset.
void TestDocumentRenderer::render_matchesTheGoldenFileMadeWithoutGui()
{
    QFETCH(QString, file);
    const Document doc = imported(file);
    QFile golden(fixture(file + QStringLiteral(".canonical.txt")));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    SafeTextDocument target;
    DocumentRenderer::renderSource(doc.format, DocumentRenderer::decodeSource(doc.format, doc.originalBytes), &target);
    QCOMPARE(target.toPlainText(), QString::fromUtf8(golden.readAll()));
}

void TestDocumentRenderer::cursorPositions_equalCanonicalOffsets_data()
{
    render_reproducesTheImportedCanonicalText_data();
}

void TestDocumentRenderer::cursorPositions_equalCanonicalOffsets()
{
    QFETCH(QString, file);
    const Document doc = imported(file);
    SafeTextDocument target;
    QVERIFY(DocumentRenderer::render(doc, &target));
    // The document holds one more character than the canonical text: the
    // last block's separator, which toPlainText() leaves out.
    QCOMPARE(target.characterCount(), doc.canonicalText.size() + 1);
    for (int p = 0; p < doc.canonicalText.size(); ++p) {
        if (plainOf(target.characterAt(p)) != doc.canonicalText.at(p))
            QFAIL(qPrintable(QStringLiteral("offset %1 differs").arg(p)));
    }
    // Every block starts where the canonical text's line or cell starts.
    for (QTextBlock block = target.begin(); block.isValid(); block = block.next()) {
        const int start = block.position();
        QCOMPARE(doc.canonicalText.mid(start, block.length() - 1), block.text().replace(QChar(0x00A0), u' ')
                                                                       .replace(QChar(0x2028), u'\n'));
    }
}

void TestDocumentRenderer::cursorSelections_quoteTheCanonicalText()
{
    const Document doc = imported(QStringLiteral("artikel.html"));
    SafeTextDocument target;
    QVERIFY(DocumentRenderer::render(doc, &target));
    // The HTML really produced the structures this test is about.
    bool hasHeading = false;
    bool hasList = false;
    for (QTextBlock block = target.begin(); block.isValid(); block = block.next()) {
        hasHeading = hasHeading || block.blockFormat().headingLevel() == 2;
        hasList = hasList || block.textList() != nullptr;
    }
    QVERIFY(hasHeading);
    QVERIFY(hasList);
    QTextCursor inTable(&target);
    inTable.setPosition(doc.canonicalText.indexOf(QLatin1String("Zutphen-Zuid")));
    QVERIFY(inTable.currentTable() != nullptr);

    const QStringList quotes = {
        QStringLiteral("Waarom nu?"),                                 // a heading
        QStringLiteral("vijf jaar"),                                  // bold inside a paragraph
        QStringLiteral("Waarom nu?\nDe dijken zijn getoetst"),        // heading into paragraph
        QStringLiteral("Hogere waterstanden\nZwakke plekken"),        // across list items
        QStringLiteral("bij Deventer\nbij Zutphen"),                  // nested list
        QStringLiteral("Zutphen-Zuid"),                               // a table cell
        QStringLiteral("dijkgraaf in een toelichting"),               // &nbsp; is a space in both
        QStringLiteral("informatieavond vragen stellen."),            // a link, and where a pixel was
    };
    for (const QString &quote : quotes) {
        const int a = doc.canonicalText.indexOf(quote);
        QVERIFY2(a >= 0, qPrintable(quote));
        const int b = a + quote.size();
        QTextCursor cursor(&target);
        cursor.setPosition(a);
        cursor.setPosition(b, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectionStart(), a);
        QCOMPARE(cursor.selectionEnd(), b);
        QCOMPARE(plainSelection(cursor), doc.canonicalText.mid(a, b - a));
    }
    // And a selection spanning the whole table, from the paragraph before
    // to the one after (Qt widens partial table selections; this one is whole).
    const int a = doc.canonicalText.indexOf(QLatin1String("bij Zutphen"));
    const int b = doc.canonicalText.indexOf(QLatin1String("Bewoners kunnen"));
    QTextCursor cursor(&target);
    cursor.setPosition(a);
    cursor.setPosition(b, QTextCursor::KeepAnchor);
    QCOMPARE(cursor.selectionStart(), a);
    QCOMPARE(cursor.selectionEnd(), b);
    QCOMPARE(plainSelection(cursor), doc.canonicalText.mid(a, b - a));
}

void TestDocumentRenderer::render_withChangedCanonicalText_fallsBackToPlainText()
{
    Document doc = imported(QStringLiteral("artikel.md"));
    doc.canonicalText.replace(QLatin1String("small parks"), QLatin1String("tiny parks"));
    SafeTextDocument target;
    QVERIFY(!DocumentRenderer::render(doc, &target));
    QCOMPARE(target.toPlainText(), doc.canonicalText);
    QVERIFY(target.begin().blockFormat().headingLevel() == 0);   // plain now
}

void TestDocumentRenderer::render_pdfShowsItsCanonicalText()
{
    Document doc;
    doc.format = SourceFormat::Pdf;
    doc.originalBytes = QByteArray("%PDF-1.7 ...");
    doc.canonicalText = QStringLiteral("Pagina een\nPagina twee");
    QTextDocument target;
    QVERIFY(DocumentRenderer::render(doc, &target));
    QCOMPARE(target.toPlainText(), doc.canonicalText);
}

void TestDocumentRenderer::render_leavesNoUndoStepThatCouldShiftOffsets()
{
    const Document doc = imported(QStringLiteral("artikel.html"));   // has an outside image removed
    QTextDocument target;
    QVERIFY(target.isUndoRedoEnabled());
    QVERIFY(DocumentRenderer::render(doc, &target));
    QVERIFY(target.isUndoRedoEnabled());
    QVERIFY(!target.isUndoAvailable());
    QCOMPARE(target.toPlainText(), doc.canonicalText);
}

void TestDocumentRenderer::markdown_outsideImagesAreRemoved_embeddedOnesKept()
{
    const QString markdown = QStringLiteral("Voor ![buiten](https://example.org/a.png) midden ![binnen](")
        + DataPng + QStringLiteral(") na <img src=\"http://example.org/b.png\"> eind\n");
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    const QString text = target.toPlainText();
    QCOMPARE(text.count(QChar::ObjectReplacementCharacter), 1);
    QVERIFY2(text.startsWith(QStringLiteral("Voor  midden \uFFFC na")), qPrintable(text));
    // The embedded picture really loads.
    const QVariant image = target.resource(QTextDocument::ImageResource, QUrl(DataPng));
    QVERIFY(image.isValid());
    QImage decoded;
    QVERIFY(decoded.loadFromData(image.toByteArray()));
    QCOMPARE(decoded.size(), QSize(1, 1));
}

void TestDocumentRenderer::safeTextDocument_loadsNothingFromDiskOrNetwork()
{
    // Unsanitised HTML straight into the document: the second wall alone.
    QTemporaryDir dir;
    QImage red(4, 4, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString imagePath = dir.filePath(QStringLiteral("lokaal.png"));
    QVERIFY(red.save(imagePath));
    const QString html = QStringLiteral(
        "<html><head><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/a.css\"></head>"
        "<body><p>Tekst<img src=\"%1\"><img src=\"lokaal.png\"><img src=\"http://127.0.0.1:9/b.png\">"
        "<img src=\"%2\"></p><table><tr><td background=\"http://127.0.0.1:9/c.png\">x</td></tr></table>"
        "</body></html>").arg(QUrl::fromLocalFile(imagePath).toString(), DataPng);

    QStringList askedGlobally;
    QTextDocument::setDefaultResourceProvider([&](const QUrl &url) {
        askedGlobally.append(url.toString());
        return QVariant();
    });
    auto restoreProvider = qScopeGuard([] { QTextDocument::setDefaultResourceProvider({}); });

    auto layOutAndPaint = [&](QTextDocument *document) {
        document->setBaseUrl(QUrl::fromLocalFile(dir.path() + u'/'));
        document->setHtml(html);
        document->setTextWidth(300);
        document->documentLayout()->documentSize();
        QImage canvas(300, 300, QImage::Format_ARGB32);
        QPainter painter(&canvas);
        document->drawContents(&painter);
    };

    SafeTextDocument safe;
    layOutAndPaint(&safe);
    QCOMPARE(askedGlobally, QStringList());
    QVERIFY(!safe.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(imagePath)).isValid());
    QVERIFY(!safe.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("lokaal.png"))).isValid());
    QVERIFY(safe.resource(QTextDocument::ImageResource, QUrl(DataPng)).isValid());

    // The same HTML in an ordinary document does reach out: the checks above can fail.
    QTextDocument ordinary;
    layOutAndPaint(&ordinary);
    QVERIFY2(!askedGlobally.isEmpty(), "an ordinary document asked for nothing");
    QVERIFY(ordinary.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(imagePath)).isValid());
}

void TestDocumentRenderer::markdownTable_isATable()
{
    const Document doc = imported(QStringLiteral("artikel.md"));
    SafeTextDocument target;
    QVERIFY(DocumentRenderer::render(doc, &target));
    QTextCursor cursor(&target);
    cursor.setPosition(doc.canonicalText.indexOf(QLatin1String("Complaints")));
    QVERIFY(cursor.currentTable() != nullptr);
}

void TestDocumentRenderer::manyMarkdownTables_stayTextInsteadOfTakingMinutes()
{
    QString markdown;
    for (int i = 0; i < 2000; ++i)
        markdown += QStringLiteral("| a | b |\n| :-- | --: |\n| c %1 | d |\n\nTekst.\n\n").arg(i);
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    // Shown as the text itself, not parsed as Markdown.
    QCOMPARE(target.toPlainText(), markdown);
}

void TestDocumentRenderer::hugeMarkdownBlocks_stayTextInsteadOfTakingMinutes_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("table") << QStringLiteral("| rij %1 | %2 |\n");
    QTest::newRow("paragraph") << QStringLiteral("regel %1 van een heel lange alinea, %2\n");
}

void TestDocumentRenderer::hugeMarkdownBlocks_stayTextInsteadOfTakingMinutes()
{
    QFETCH(QString, line);
    QString markdown = QStringLiteral("# Gegevens\n\n| rij | waarde |\n|---|---|\n");
    for (int i = 0; i < 5000; ++i)
        markdown += line.arg(i).arg(i * 3);
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    // As Markdown this takes many seconds; it is shown as the text itself.
    QCOMPARE(target.toPlainText(), markdown);

    // A thousand lines are still Markdown.
    markdown = QStringLiteral("# Gegevens\n\n| rij | waarde |\n|---|---|\n");
    for (int i = 0; i < 990; ++i)
        markdown += line.arg(i).arg(i * 3);
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    QCOMPARE(target.begin().blockFormat().headingLevel(), 1);
    QVERIFY(target.toPlainText().startsWith(QLatin1String("Gegevens\n")));
}

void TestDocumentRenderer::longLooseListsAndManyBlocks_stayTextInsteadOfTakingMinutes_data()
{
    QTest::addColumn<QString>("markdown");
    // Qt's importer takes time with the square of one list's items, blank
    // lines between them or not: 8,000 items took 4 s.
    QString list = QStringLiteral("# Lijst\n\n");
    for (int i = 0; i < 3000; ++i)
        list += QStringLiteral("- punt %1\n\n").arg(i);
    QTest::newRow("3,000 items of one loose list") << list;
    // About 15 us a block: a 60 MB file of short paragraphs took a minute.
    QString paragraphs;
    for (int i = 0; i < 260000; ++i)
        paragraphs += QStringLiteral("Alinea %1.\n\n").arg(i);
    QTest::newRow("260,000 paragraphs") << paragraphs;
}

void TestDocumentRenderer::longLooseListsAndManyBlocks_stayTextInsteadOfTakingMinutes()
{
    QFETCH(QString, markdown);
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    QCOMPARE(target.toPlainText(), markdown);

    // Many short lists are still lists.
    QString lists;
    for (int i = 0; i < 500; ++i)
        lists += QStringLiteral("Tekst %1.\n\n- a\n\n- b\n\n- c\n\n- d\n\n- e\n\n").arg(i);
    DocumentRenderer::renderSource(SourceFormat::Markdown, lists, &target);
    QVERIFY(target.lastBlock().textList() != nullptr);
}

void TestDocumentRenderer::fixedPitchElements_giveTheTextAndBlocksQtGivesThem_data()
{
    // The sanitiser writes <pre> and <code> as CSS (Qt crashes on them
    // without a QGuiApplication). Documents imported before that were
    // rendered from the elements themselves: their text must not move.
    QTest::addColumn<QString>("html");
    const char *const cases[] = {
        "<p>a</p><pre>x  y\n z</pre><p>b</p>", "<pre>\nlead</pre>", "<pre>\n\nlead</pre>", "<pre>trail\n</pre>after",
        "<pre>trail\n\n</pre>after", "<p>intro<pre>in p</pre>out</p>", "<ul><li>item<pre>code\nmore</pre>tail</li></ul>",
        "<table><tr><td><pre>c1\nc2</pre></td><td>x</td></tr></table>", "<blockquote><pre>q  1\nq2</pre></blockquote>",
        "<pre><code>int x;\n  return;</code></pre>", "<pre>a<br>b\tc &amp; &lt;d&gt;</pre>",
        "<pre><b>bold\n</b>  <i>x</i>\n</pre>", "<div>d<pre>p</pre>e</div>", "<pre>one</pre><pre>two</pre>",
        "<pre></pre>x", "<pre>  </pre>x", "text <pre>p</pre> text", "<h1>h</h1><pre>\n  indented\n</pre>",
        "<pre>a<p>b</p>c</pre>", "<pre>a<div>b</div>c</pre>", "<pre>a<pre>b</pre>c</pre>",
        "<p>a<pre>b<p>c</p>d</pre>e</p>", "<b><pre>x</pre></b>y", "<p><span>a<pre>b</pre>c</span>d</p>",
        "<i>a<pre>b\n c</pre>d</i>", "<pre>x</pre>tail text", "<li>a<pre>b</pre></li><li>c</li>",
        "<pre>a<li>b</li>c</pre>", "<pre>a<dd>b</dd>c<dt>d</dt>e</pre>", "<ol><li><pre>x</pre></li><li>y</li></ol>",
        "<p>a <code>b  c</code> d <tt>e</tt> <kbd>f</kbd> <samp>g\nh</samp></p>", "<code>\n x \n</code>",
        "<pre>a</pre>   <pre>b</pre>", "<dl><dt>t</dt><dd><pre>dd pre</pre></dd></dl>",
    };
    for (const char *html : cases)
        QTest::newRow(QByteArray(html).replace('\n', "\\n").constData()) << QString::fromUtf8(html);
}

void TestDocumentRenderer::fixedPitchElements_giveTheTextAndBlocksQtGivesThem()
{
    QFETCH(QString, html);
    auto blockLengths = [](const QTextDocument &document) {
        QList<int> lengths;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            lengths.append(block.length());
        return lengths;
    };
    QTextDocument asQtReadsIt;   // QTEST_MAIN: a QGuiApplication, so Qt can
    asQtReadsIt.setHtml(html);
    SafeTextDocument sanitised;
    DocumentRenderer::renderSource(SourceFormat::Html, html, &sanitised);
    QCOMPARE(sanitised.toPlainText(), asQtReadsIt.toPlainText());
    QCOMPARE(blockLengths(sanitised), blockLengths(asQtReadsIt));
}

void TestDocumentRenderer::markdownWithRawHtml_losesNoWord_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("words");
    const QStringList words{ QStringLiteral("Intro"), QStringLiteral("Some words here"), QStringLiteral("More words") };
    // Qt 6.4 counts raw tags and waits for them to balance: everything after
    // a <br> or <img> that never closes was dropped without a word.
    QTest::newRow("<img> block") << QStringLiteral("Intro\n\n<img src=\"x.png\">\n\nSome words here\n\nMore words\n")
                                 << words;
    QTest::newRow("<img> first") << QStringLiteral("<img src=\"file:///etc/passwd\">\n\nSome words here\n\nMore words\n")
                                 << words.mid(1);
    QTest::newRow("<br> block") << QStringLiteral("Intro\n\n<br>\n\nSome words here\n\nMore words\n") << words;
    QTest::newRow("inline <img>") << QStringLiteral("Intro <img src=x.png> and\n\nSome words here\n\nMore words\n")
                                  << words;
    QTest::newRow("<hr> and <input>") << QStringLiteral("Intro\n\n<hr>\n\n<input type=checkbox>\n\nSome words here\n\n"
                                                        "More words\n")
                                      << words;
    QTest::newRow("<img> in a comment") << QStringLiteral("Intro\n\n<!-- <img src=a.png> -->\n\nSome words here\n\n"
                                                          "More words\n")
                                        << words;
    QTest::newRow("<img> in a quote") << QStringLiteral("> Intro <img src=a.png>\n\nSome words here\n\nMore words\n")
                                      << words;
    // What cannot be mended is shown as text, tags and all.
    QTest::newRow("unclosed <p>") << QStringLiteral("Intro\n\n<p align=center>\n\nSome words here\n\nMore words\n")
                                  << words;
    QTest::newRow("stray </div>") << QStringLiteral("Intro\n\n</div>\n\nSome words here\n\nMore words\n") << words;
    QTest::newRow("unclosed <b>") << QStringLiteral("Intro <b>bold\n\nSome words here\n\nMore words\n") << words;
}

void TestDocumentRenderer::markdownWithRawHtml_losesNoWord()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, words);
    const Result<Document> result = DocumentImporter::importBytes(markdown.toUtf8(), QStringLiteral("notitie.md"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    for (const QString &word : words)
        QVERIFY2(result->canonicalText.contains(word), qPrintable(result->canonicalText));
    // The view builds the same text.
    SafeTextDocument target;
    QVERIFY(DocumentRenderer::render(result.value(), &target));
}

void TestDocumentRenderer::markdownWithRawHtml_keepsTagsInCodeAsTyped()
{
    const QString markdown = QStringLiteral("Write `<br>` or\n\n```\n<img src=a.png>\n```\n\n"
                                            "    <hr>\n\nand <br> ends a line.\n");
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    const QString text = target.toPlainText();
    QVERIFY2(text.contains(QLatin1String("Write <br> or")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<img src=a.png>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("<hr>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ends a line.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("and <br>")), qPrintable(text));   // that one was HTML
}

namespace {

int deepestTable(const QTextDocument &document)
{
    int deepest = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        int depth = 0;
        for (QTextFrame *frame = QTextCursor(block).currentFrame(); frame; frame = frame->parentFrame())
            depth += qobject_cast<QTextTable *>(frame) ? 1 : 0;
        deepest = qMax(deepest, depth);
    }
    return deepest;
}

} // namespace

void TestDocumentRenderer::markdownWithDeepRawHtml_isShownAsText()
{
    QString markdown = QStringLiteral("Intro\n\n");
    for (int i = 0; i < 30; ++i)
        markdown += QStringLiteral("<table><tr><td>cel%1 ").arg(i);
    for (int i = 0; i < 30; ++i)
        markdown += QStringLiteral("</td></tr></table>");
    markdown += QStringLiteral("\n\nOutro\n");
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Markdown, markdown, &target);
    QVERIFY2(deepestTable(target) <= 8, "laying out 30 nested tables takes hours");
    const QString text = target.toPlainText();
    QVERIFY(text.contains(QLatin1String("cel29")));
    QVERIFY(text.contains(QLatin1String("Outro")));
}

void TestDocumentRenderer::deeplyNestedTables_areFlattenedForTheLayout()
{
    QString html;
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<table><tr><td>links%1</td><td>").arg(i);
    html += QStringLiteral("diep");
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("</td></tr></table>");
    SafeTextDocument target;
    DocumentRenderer::renderSource(SourceFormat::Html, html, &target);
    // Each level doubles the layout's work: 20 levels took 19 s.
    QCOMPARE(deepestTable(target), 8);
    const QString text = target.toPlainText();
    for (int i = 0; i < 30; ++i)
        QVERIFY2(text.contains(QStringLiteral("links%1").arg(i)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("links29 diep")));
    target.setTextWidth(600);
    QVERIFY(target.documentLayout()->documentSize().height() > 0);
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
