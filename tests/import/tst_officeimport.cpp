// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// .docx and .odt files written here with QuaZip, imported, and checked for
// text, structure and details, and that the view renders the same text.

#include "officetestfiles.h"

#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/officedocument.h"
#include "import/officezip.h"
#include "import/safetextdocument.h"

#include <QElapsedTimer>
#include <QImage>
#include <QUrl>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace ktk;
using namespace officetest;

namespace {

QTextBlock blockWithText(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return QTextBlock();
}

QTextCharFormat formatOf(const QTextDocument &doc, const QString &word)
{
    const QTextCursor found = doc.find(word);
    if (found.isNull())
        return QTextCharFormat();
    QTextCursor c(const_cast<QTextDocument *>(&doc));
    c.setPosition(found.selectionStart() + 1);
    return c.charFormat();
}

// Pictures the document shows: each named by the file's own picture url and
// given to the document as a resource that decodes as an image.
int imagesIn(const QTextDocument &doc)
{
    int images = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            const QString name = f.toImageFormat().name();
            const QVariant picture = doc.resource(QTextDocument::ImageResource, QUrl(name));
            if (OfficeDocument::imageIndex(name) >= 0 && !QImage::fromData(picture.toByteArray()).isNull())
                ++images;
        }
    }
    return images;
}

QTextTable *firstTable(const QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        if (QTextTable *t = c.currentTable())
            return t;
    }
    return nullptr;
}

QByteArray oleHeader()
{
    QByteArray bytes = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    bytes.append(4096, '\0');
    return bytes;
}

} // namespace

class TestOfficeImport : public QObject
{
    Q_OBJECT

private slots:
    void richDocument_keepsTextStructureAndDetails_data();
    void richDocument_keepsTextStructureAndDetails();
    void comments_stayOutOfTheTextButAreKept_data();
    void comments_stayOutOfTheTextButAreKept();
    void documentWithoutHeadingStyles_boldShortLinesBecomeHeadings();
    void documentWithoutHeadingStyles_boldSentencesInTextStayParagraphs();
    void localizedHeadingStyleNames_data();
    void localizedHeadingStyleNames();
    void withoutMetadata_firstHeadingThenFileNameIsTitle();
    void conversion_isDeterministic();
    void otherFormats_messageListsDocxAndOdt();

    void hostile_refusedWithMessageNamingFile_data();
    void hostile_refusedWithMessageNamingFile();
    void hostile_deepNesting_importsTextQuickly_data();
    void hostile_deepNesting_importsTextQuickly();
    void hostile_hugeAttributes_areIgnored();
    void hostile_imagesThatAreNoImages_areDropped();
};

void TestOfficeImport::richDocument_keepsTextStructureAndDetails_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("docx") << richDocx() << QStringLiteral("brief.docx");
    QTest::newRow("odt") << richOdt() << QStringLiteral("brief.odt");
}

void TestOfficeImport::richDocument_keepsTextStructureAndDetails()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    const Result<Document> imported = DocumentImporter::importBytes(bytes, fileName);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const Document &doc = *imported;
    QCOMPARE(doc.format, fileName.endsWith(QLatin1String("docx")) ? SourceFormat::Docx : SourceFormat::Odt);
    QCOMPARE(doc.originalBytes, bytes);
    QCOMPARE(doc.meta.title, QStringLiteral("Kamerbrief over de woningmarkt"));
    QCOMPARE(doc.meta.author, QStringLiteral("Minister van BZK"));
    QCOMPARE(doc.meta.publishedOn, QDate(2026, 2, 14));
    QCOMPARE(doc.meta.language, QStringLiteral("nl"));

    const QString &text = doc.canonicalText;
    QVERIFY2(text.contains(QLatin1String("Er is een groot en blijvend tekort.1")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Het kabinet garandeert 100.000 woningen per jaar.")));
    QVERIFY(!text.contains(QLatin1String("verwacht")));        // a tracked deletion
    QVERIFY(!text.contains(QLatin1String("Klopt dit wel")));   // a comment
    QVERIFY(text.contains(QLatin1String("Zie de website")));
    // The footnote, in a section of its own at the end, numbered.
    QVERIFY(text.contains(QLatin1String("\nNoten\n1 Bron: CBS, 2025.")));
    QVERIFY(text.trimmed().endsWith(QLatin1String("Bron: CBS, 2025.")));

    // The view shows the same text.
    SafeTextDocument view;
    QVERIFY(DocumentRenderer::render(doc, &view));
    QCOMPARE(view.toPlainText(), text);

    // Headings.
    const bool docx = doc.format == SourceFormat::Docx;
    if (docx)
        QCOMPARE(blockWithText(view, QStringLiteral("De woningmarkt")).blockFormat().headingLevel(), 1);   // Title
    QCOMPARE(blockWithText(view, QStringLiteral("Inleiding")).blockFormat().headingLevel(), 1);
    QCOMPARE(blockWithText(view, QStringLiteral("Maatregelen")).blockFormat().headingLevel(), 2);
    if (docx) {
        QCOMPARE(blockWithText(view, QStringLiteral("Cijfers")).blockFormat().headingLevel(), 2);   // outline level
        QCOMPARE(blockWithText(view, QStringLiteral("Een eigen kop")).blockFormat().headingLevel(), 3);
    }
    QCOMPARE(blockWithText(view, QStringLiteral("Noten")).blockFormat().headingLevel(), 2);
    QCOMPARE(blockWithText(view, QStringLiteral("Er is een groot en blijvend tekort.1")).blockFormat().headingLevel(), 0);

    // Lists: numbered with a lettered level below, bulleted with a level below.
    const QTextBlock first = blockWithText(view, QStringLiteral("Meer bouwen"));
    const QTextBlock sub = blockWithText(view, QStringLiteral("Sneller vergunnen"));
    const QTextBlock second = blockWithText(view, QStringLiteral("Betaalbaar huren"));
    QVERIFY(first.textList() && sub.textList() && second.textList());
    QCOMPARE(first.textList()->format().style(), QTextListFormat::ListDecimal);
    QCOMPARE(sub.textList()->format().style(), QTextListFormat::ListLowerAlpha);
    QVERIFY(sub.textList()->format().indent() > first.textList()->format().indent());
    QCOMPARE(second.textList(), first.textList());
    QCOMPARE(second.textList()->itemNumber(second), 1);
    QCOMPARE(blockWithText(view, QStringLiteral("Minder bezwaar")).textList(), sub.textList());
    const QTextBlock bullet = blockWithText(view, QStringLiteral("Sociale huur"));
    const QTextBlock subBullet = blockWithText(view, QStringLiteral("Middenhuur"));
    QVERIFY(bullet.textList() && subBullet.textList());
    QVERIFY(bullet.textList()->format().style() < 0 && bullet.textList()->format().style() >= QTextListFormat::ListSquare);
    QVERIFY(subBullet.textList()->format().style() < 0);
    QVERIFY(subBullet.textList()->format().indent() > bullet.textList()->format().indent());
    QVERIFY(bullet.textList() != first.textList());

    // The table.
    QTextTable *table = firstTable(view);
    QVERIFY(table);
    QCOMPARE(table->rows(), 2);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(QTextCursor(table->cellAt(1, 1).firstCursorPosition()).block().text(), QStringLiteral("82.000"));

    // Bold, italic, the link, the note mark, the image.
    QCOMPARE(formatOf(view, QStringLiteral("groot")).fontWeight(), int(QFont::Bold));
    QVERIFY(formatOf(view, QStringLiteral("blijvend")).fontItalic());
    QVERIFY(formatOf(view, QStringLiteral("tekort")).fontWeight() != int(QFont::Bold));
    QCOMPARE(formatOf(view, QStringLiteral("de website")).anchorHref(), QStringLiteral("https://www.rijksoverheid.nl/wonen"));
    if (docx)
        QVERIFY(formatOf(view, QStringLiteral("niets")).anchorHref().isEmpty());   // javascript: is no link
    const QTextCursor mark = view.find(QStringLiteral("tekort.1"));
    QTextCursor markChar(&view);
    markChar.setPosition(mark.selectionEnd());
    QCOMPARE(markChar.charFormat().verticalAlignment(), QTextCharFormat::AlignSuperScript);
    QCOMPARE(markChar.charFormat().anchorHref(), QStringLiteral("#ktk-note-1"));
    QCOMPARE(imagesIn(view), 1);
}

void TestOfficeImport::comments_stayOutOfTheTextButAreKept_data()
{
    richDocument_keepsTextStructureAndDetails_data();
}

void TestOfficeImport::comments_stayOutOfTheTextButAreKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    const auto kind = fileName.endsWith(QLatin1String("docx")) ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
    const Result<OfficeDocument::Converted> converted = OfficeDocument::convert(kind, bytes, fileName);
    QVERIFY2(converted.ok(), qPrintable(converted.error()));
    QCOMPARE(converted->comments.size(), 1);
    const OfficeComment &c = converted->comments.first();
    QCOMPARE(c.author, QStringLiteral("Eva Jansen"));
    QCOMPARE(c.text, QStringLiteral("Klopt dit wel?"));
    QCOMPARE(c.quote, QStringLiteral("100.000 woningen per jaar"));
    QCOMPARE(c.date.date(), QDate(2026, 3, 1));
    QVERIFY(!converted->html.contains(QLatin1String("Klopt")));
}

void TestOfficeImport::documentWithoutHeadingStyles_boldShortLinesBecomeHeadings()
{
    const QString bold = QStringLiteral("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r></w:p>");
    const QString big = QStringLiteral("<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>%1</w:t></w:r></w:p>");
    const QString body = big.arg(QStringLiteral("Jaarverslag 2025")) + para(QStringLiteral("Dit is het verslag over het jaar."))
        + bold.arg(QStringLiteral("Financiën")) + para(QStringLiteral("De begroting sloot met een tekort."))
        + para(QStringLiteral("Verder niets."));
    const Result<Document> imported = DocumentImporter::importBytes(docx(body), QStringLiteral("verslag.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    SafeTextDocument view;
    QVERIFY(DocumentRenderer::render(*imported, &view));
    QCOMPARE(blockWithText(view, QStringLiteral("Jaarverslag 2025")).blockFormat().headingLevel(), 1);
    QCOMPARE(blockWithText(view, QStringLiteral("Financiën")).blockFormat().headingLevel(), 3);
    QCOMPARE(blockWithText(view, QStringLiteral("De begroting sloot met een tekort.")).blockFormat().headingLevel(), 0);
    QCOMPARE(imported->meta.title, QStringLiteral("Jaarverslag 2025"));
}

void TestOfficeImport::documentWithoutHeadingStyles_boldSentencesInTextStayParagraphs()
{
    const QString bold = QStringLiteral("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%1</w:t></w:r></w:p>");
    // A bold sentence (ends with a full stop), bold lines in a row, a bold last line.
    const QString body = bold.arg(QStringLiteral("Let op: dit is belangrijk.")) + para(QStringLiteral("Gewone tekst."))
        + bold.arg(QStringLiteral("Eerste")) + bold.arg(QStringLiteral("Tweede")) + para(QStringLiteral("Meer tekst."))
        + bold.arg(QStringLiteral("Slot"));
    const Result<Document> imported = DocumentImporter::importBytes(docx(body), QStringLiteral("notitie.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    SafeTextDocument view;
    QVERIFY(DocumentRenderer::render(*imported, &view));
    for (const char *line : { "Let op: dit is belangrijk.", "Eerste", "Slot" })
        QCOMPARE(blockWithText(view, QString::fromUtf8(line)).blockFormat().headingLevel(), 0);
    QCOMPARE(blockWithText(view, QStringLiteral("Tweede")).blockFormat().headingLevel(), 3);
    QCOMPARE(imported->meta.title, QStringLiteral("Tweede"));
}

void TestOfficeImport::localizedHeadingStyleNames_data()
{
    QTest::addColumn<QString>("styleName");
    QTest::addColumn<int>("level");
    QTest::newRow("Kop 1") << QStringLiteral("Kop 1") << 1;
    QTest::newRow("heading 2") << QStringLiteral("heading 2") << 2;
    QTest::newRow("Überschrift 3") << QStringLiteral("Überschrift 3") << 3;
    QTest::newRow("Titre 1") << QStringLiteral("Titre 1") << 1;
    QTest::newRow("Titel") << QStringLiteral("Titel") << 1;
    QTest::newRow("Title") << QStringLiteral("Title") << 1;
    QTest::newRow("Body Text") << QStringLiteral("Body Text") << 0;
}

void TestOfficeImport::localizedHeadingStyleNames()
{
    QFETCH(QString, styleName);
    QFETCH(int, level);
    const QString styles = QStringLiteral(
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"paragraph\" w:styleId=\"S1\"><w:name w:val=\"%1\"/></w:style></w:styles>")
                               .arg(styleName);
    const QByteArray bytes = docx(para(QStringLiteral("Kopje"), QStringLiteral("<w:pStyle w:val=\"S1\"/>"))
                                      + para(QStringLiteral("Tekst eronder.")),
                                  { { QStringLiteral("word/styles.xml"), styles.toUtf8() } });
    const Result<Document> imported = DocumentImporter::importBytes(bytes, QStringLiteral("a.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    SafeTextDocument view;
    QVERIFY(DocumentRenderer::render(*imported, &view));
    QCOMPARE(blockWithText(view, QStringLiteral("Kopje")).blockFormat().headingLevel(), level);

    // The same in an OpenDocument text, by display name.
    const QString odtStyles = QStringLiteral("<style:style style:name=\"P1\" style:family=\"paragraph\" "
                                             "style:display-name=\"%1\"/>")
                                  .arg(styleName);
    const Result<Document> fromOdt = DocumentImporter::importBytes(
        odt(QStringLiteral("<text:p text:style-name=\"P1\">Kopje</text:p><text:p>Tekst eronder.</text:p>"), odtStyles),
        QStringLiteral("a.odt"));
    QVERIFY2(fromOdt.ok(), qPrintable(fromOdt.error()));
    SafeTextDocument odtView;
    QVERIFY(DocumentRenderer::render(*fromOdt, &odtView));
    QCOMPARE(blockWithText(odtView, QStringLiteral("Kopje")).blockFormat().headingLevel(), level);
}

void TestOfficeImport::withoutMetadata_firstHeadingThenFileNameIsTitle()
{
    const Result<Document> headed = DocumentImporter::importBytes(
        odt(QStringLiteral("<text:p>Vooraf.</text:p><text:h text:outline-level=\"2\">Het kopje</text:h><text:p>Tekst.</text:p>")),
        QStringLiteral("map/stuk.odt"));
    QVERIFY2(headed.ok(), qPrintable(headed.error()));
    QCOMPARE(headed->meta.title, QStringLiteral("Het kopje"));
    QCOMPARE(headed->fileName, QStringLiteral("stuk.odt"));
    const Result<Document> plain = DocumentImporter::importBytes(docx(para(QStringLiteral("Alleen tekst."))),
                                                                 QStringLiteral("notitie.docx"));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain->meta.title, QStringLiteral("notitie"));
    QCOMPARE(plain->canonicalText, QStringLiteral("Alleen tekst."));
}

void TestOfficeImport::conversion_isDeterministic()
{
    for (const QByteArray &bytes : { richDocx(), richOdt() }) {
        const auto kind = bytes == richDocx() ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
        const QString html = OfficeDocument::toHtml(kind, bytes);
        QVERIFY(!html.isEmpty());
        QCOMPARE(OfficeDocument::toHtml(kind, bytes), html);
    }
}

void TestOfficeImport::otherFormats_messageListsDocxAndOdt()
{
    QVERIFY(DocumentImporter::isSupportedFile(QStringLiteral("a/B.DOCX")));
    QVERIFY(DocumentImporter::isSupportedFile(QStringLiteral("b.odt")));
    QVERIFY(!DocumentImporter::isSupportedFile(QStringLiteral("c.doc")));
    const Result<Document> imported = DocumentImporter::importBytes(QByteArrayLiteral("{\\rtf1 x}"),
                                                                    QStringLiteral("verslag.rtf"));
    QVERIFY(!imported.ok());
    for (const char *part : { "verslag.rtf", "(.rtf)", "cannot import", ".txt", ".docx", ".odt" })
        QVERIFY2(imported.error().contains(QLatin1String(part)), qPrintable(imported.error()));
}

void TestOfficeImport::hostile_refusedWithMessageNamingFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not a zip") << QByteArrayLiteral("Dit is gewoon tekst.") << QStringLiteral("nep.docx")
                               << QStringLiteral("no zip archive");
    QTest::newRow("odt not a zip") << QByteArrayLiteral("<html>") << QStringLiteral("nep.odt")
                                   << QStringLiteral("no zip archive");
    QTest::newRow("password (OLE)") << oleHeader() << QStringLiteral("geheim.docx")
                                    << QStringLiteral("protected with a password");
    QTest::newRow("zip without document.xml")
        << zip({ { QStringLiteral("word/styles.xml"), QByteArrayLiteral("<w:styles/>") } })
        << QStringLiteral("leeg.docx") << QStringLiteral("word/document.xml");
    QTest::newRow("odt without content.xml") << zip({ { QStringLiteral("mimetype"), QByteArrayLiteral("x") } })
                                             << QStringLiteral("leeg.odt") << QStringLiteral("content.xml");
    QByteArray truncated = richDocx();
    truncated.truncate(truncated.size() / 2);
    QTest::newRow("truncated") << truncated << QStringLiteral("half.docx") << QStringLiteral("damaged");
    QTest::newRow("broken xml") << docx(QStringLiteral("<w:p><w:r><w:t>open")) << QStringLiteral("kapot.docx")
                                << QStringLiteral("no well-formed XML");

    // 70 MB of markup in one part that compresses to about 70 KB.
    QByteArray bomb = officetest::w(QString());
    bomb.insert(bomb.indexOf("<w:sectPr"), QByteArray(70 * 1024 * 1024, ' '));
    QTest::newRow("zip bomb, one part") << zip({ { QStringLiteral("word/document.xml"), bomb } }, 1)
                                        << QStringLiteral("bom.docx") << QStringLiteral("zip bomb");
    // Parts of 20 MB each, together beyond the limit.
    const QByteArray twenty(20 * 1024 * 1024, ' ');
    const QByteArray styles = QByteArrayLiteral("<w:styles xmlns:w=\"x\">") + twenty + QByteArrayLiteral("</w:styles>");
    QTest::newRow("zip bomb, many parts")
        << zip({ { QStringLiteral("word/styles.xml"), styles }, { QStringLiteral("word/numbering.xml"), styles },
                 { QStringLiteral("word/footnotes.xml"), styles }, { QStringLiteral("word/endnotes.xml"), styles },
                 { QStringLiteral("word/document.xml"), officetest::w(para(QStringLiteral("x"))) } },
               1)
        << QStringLiteral("bommen.docx") << QStringLiteral("zip bomb");
    Parts many;
    for (int i = 0; i <= OfficeZip::MaxEntries; ++i)
        many.append({ QStringLiteral("f%1").arg(i), QByteArray() });
    QTest::newRow("too many entries") << zip(many, 0) << QStringLiteral("veel.docx") << QStringLiteral("10000 files");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("niets.docx") << QStringLiteral("empty");
    QTest::newRow("no text") << docx(QString()) << QStringLiteral("blanco.docx") << QStringLiteral("no readable text");
}

void TestOfficeImport::hostile_refusedWithMessageNamingFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const Result<Document> imported = DocumentImporter::importBytes(bytes, fileName);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(fileName), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(reason), qPrintable(imported.error()));
    // Never a hang; the bound leaves room for a busy CI machine (a bomb's 64 MB unpack twice).
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    // The view gets nothing to show from such bytes, and does not crash either.
    const auto kind = fileName.endsWith(QLatin1String("docx")) ? OfficeDocument::Kind::Docx : OfficeDocument::Kind::Odt;
    QVERIFY(!OfficeDocument::toHtml(kind, bytes).contains(QLatin1String("<p>")));
}

void TestOfficeImport::hostile_deepNesting_importsTextQuickly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    constexpr int Levels = 150000;
    auto nested = [](const char *open, const char *close, const QString &inner) {
        QString out;
        out.reserve(int((qstrlen(open) + qstrlen(close)) * Levels + inner.size()));
        for (int i = 0; i < Levels; ++i)
            out += QLatin1String(open);
        out += inner;
        for (int i = 0; i < Levels; ++i)
            out += QLatin1String(close);
        return out;
    };
    const QString text = QStringLiteral("<w:r><w:t>Diep verstopt.</w:t></w:r>");
    QTest::newRow("docx sdt") << docx(nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>",
                                             QStringLiteral("<w:p>") + text + QStringLiteral("</w:p>")))
                              << QStringLiteral("sdt.docx");
    QTest::newRow("docx tables") << docx(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
                                                QStringLiteral("<w:p>") + text + QStringLiteral("</w:p>")))
                                 << QStringLiteral("tabellen.docx");
    QTest::newRow("docx links") << docx(QStringLiteral("<w:p>")
                                        + nested("<w:hyperlink w:anchor=\"x\">", "</w:hyperlink>", text)
                                        + QStringLiteral("</w:p>"))
                                << QStringLiteral("links.docx");
    QTest::newRow("docx text boxes") << docx(nested("<w:p><w:r><w:drawing><w:txbxContent>",
                                                    "</w:txbxContent></w:drawing></w:r></w:p>",
                                                    QStringLiteral("<w:p>") + text + QStringLiteral("</w:p>")))
                                     << QStringLiteral("kaders.docx");
    QTest::newRow("docx core.xml title")
        << docx(QStringLiteral("<w:p>") + text + QStringLiteral("</w:p>"),
                { { QStringLiteral("docProps/core.xml"),
                    (QStringLiteral("<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:title>")
                     + nested("<b>", "</b>", QStringLiteral("x")) + QStringLiteral("</dc:title></cp:coreProperties>"))
                        .toUtf8() } })
        << QStringLiteral("kern.docx");
    const QString odtText = QStringLiteral("Diep verstopt.");
    QTest::newRow("odt frame title") << odt(QStringLiteral("<text:p>") + odtText + QStringLiteral("<draw:frame><svg:title>")
                                            + nested("<text:span>", "</text:span>", QStringLiteral("x"))
                                            + QStringLiteral("</svg:title></draw:frame></text:p>"))
                                     << QStringLiteral("frame.odt");
    QTest::newRow("odt text boxes") << odt(nested("<text:p><draw:frame><draw:text-box>",
                                                  "</draw:text-box></draw:frame></text:p>",
                                                  QStringLiteral("<text:p>") + odtText + QStringLiteral("</text:p>")))
                                    << QStringLiteral("kaders.odt");
    QTest::newRow("odt spans") << odt(QStringLiteral("<text:p>") + nested("<text:span>", "</text:span>", odtText)
                                      + QStringLiteral("</text:p>"))
                               << QStringLiteral("spans.odt");
    QTest::newRow("odt lists") << odt(nested("<text:list><text:list-item>", "</text:list-item></text:list>",
                                             QStringLiteral("<text:p>") + odtText + QStringLiteral("</text:p>")))
                               << QStringLiteral("lijsten.odt");
    QTest::newRow("odt sections") << odt(nested("<text:section>", "</text:section>",
                                                QStringLiteral("<text:p>") + odtText + QStringLiteral("</text:p>")))
                                  << QStringLiteral("secties.odt");
}

void TestOfficeImport::hostile_deepNesting_importsTextQuickly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QElapsedTimer timer;
    timer.start();
    const Result<Document> imported = DocumentImporter::importBytes(bytes, fileName);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY2(imported->canonicalText.contains(QLatin1String("Diep verstopt.")), qPrintable(imported->canonicalText.left(200)));
    SafeTextDocument view;
    QVERIFY(DocumentRenderer::render(*imported, &view));
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

void TestOfficeImport::hostile_hugeAttributes_areIgnored()
{
    const QString huge(8 * 1024 * 1024, u'x');
    const QString body = QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"") + huge
        + QStringLiteral("\"/><w:numPr><w:ilvl w:val=\"") + huge + QStringLiteral("\"/><w:numId w:val=\"") + huge
        + QStringLiteral("\"/></w:numPr></w:pPr><w:hyperlink r:id=\"") + huge
        + QStringLiteral("\"><w:r><w:t>Lange attributen.</w:t></w:r></w:hyperlink></w:p>");
    const Result<Document> imported = DocumentImporter::importBytes(docx(body), QStringLiteral("attr.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->canonicalText, QStringLiteral("Lange attributen."));
}

void TestOfficeImport::hostile_imagesThatAreNoImages_areDropped()
{
    const QString rels = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"r1\" Target=\"media/fake.png\"/><Relationship Id=\"r2\" Target=\"../../../etc/passwd\"/>"
        "<Relationship Id=\"r3\" Target=\"media/big.png\"/></Relationships>");
    auto image = [](const char *id) {
        return QStringLiteral("<w:r><w:drawing><a:blip r:embed=\"%1\"/></w:drawing></w:r>").arg(QLatin1String(id));
    };
    QByteArray big = tinyPng();
    big.append(QByteArray(int(OfficeDocument::MaxImageBytes), 'x'));
    const QByteArray bytes = docx(QStringLiteral("<w:p>") + image("r1") + image("r2") + image("r3") + image("nix")
                                      + QStringLiteral("<w:r><w:t>Tekst.</w:t></w:r></w:p>"),
                                  { { QStringLiteral("word/_rels/document.xml.rels"), rels.toUtf8() },
                                    { QStringLiteral("word/media/fake.png"), QByteArrayLiteral("<svg onload=x>") },
                                    { QStringLiteral("word/media/big.png"), big } });
    const Result<Document> imported = DocumentImporter::importBytes(bytes, QStringLiteral("plaatjes.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->canonicalText, QStringLiteral("Tekst."));
}

QTEST_MAIN(TestOfficeImport)
#include "tst_officeimport.moc"
