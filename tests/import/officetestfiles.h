// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real .docx and .odt files written in the test with QuaZip: the parts a
// word processor writes, as little of each as the format needs.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace officetest {

using Parts = QList<QPair<QString, QByteArray>>;

inline QByteArray zip(const Parts &parts, int level = 6)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip archive(&buffer);
        archive.setAutoClose(false);
        if (!archive.open(QuaZip::mdCreate))
            return QByteArray();
        for (const auto &part : parts) {
            QuaZipFile file(&archive);
            QuaZipNewInfo info(part.first);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, level ? Z_DEFLATED : 0, level))
                return QByteArray();
            file.write(part.second);
            file.close();
        }
        archive.close();
    }
    buffer.close();
    return bytes;
}

// A 2x2 red PNG.
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
}

inline QByteArray w(const QString &body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                           "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                           "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                           "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                           "<w:body>")
            + body + QStringLiteral("<w:sectPr/></w:body></w:document>"))
        .toUtf8();
}

inline QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>");
}

inline QByteArray rootRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
}

// A docx of document.xml's body and optional other parts.
inline QByteArray docx(const QString &body, const Parts &more = {})
{
    Parts parts{ { QStringLiteral("[Content_Types].xml"), contentTypes() },
                 { QStringLiteral("_rels/.rels"), rootRels() },
                 { QStringLiteral("word/document.xml"), w(body) } };
    parts += more;
    return zip(parts);
}

inline QString para(const QString &text, const QString &pPr = QString())
{
    return QStringLiteral("<w:p>") + (pPr.isEmpty() ? QString() : QStringLiteral("<w:pPr>") + pPr + QStringLiteral("</w:pPr>"))
        + QStringLiteral("<w:r><w:t xml:space=\"preserve\">") + text + QStringLiteral("</w:t></w:r></w:p>");
}

// Everything the converter handles, in one document.
inline QByteArray richDocx()
{
    const QString ns = QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
    const QString styles = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles ") + ns + QStringLiteral(">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:lang w:val=\"nl-NL\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Standaard\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Standaard\"/>"
        "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"Kop 2\"/><w:basedOn w:val=\"Standaard\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Eigen\"><w:name w:val=\"Mijn kopje\"/>"
        "<w:basedOn w:val=\"Standaard\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Nadruk\"><w:name w:val=\"Emphasis\"/><w:rPr><w:i/></w:rPr></w:style>"
        "</w:styles>");
    const QString numbering = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering ") + ns + QStringLiteral(">"
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"1\">"
        "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "</w:numbering>");
    const QString footnotes = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes ") + ns + QStringLiteral(">"
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Bron: CBS, 2025.</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>");
    const QString comments = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments ") + ns + QStringLiteral(">"
        "<w:comment w:id=\"7\" w:author=\"Eva Jansen\" w:date=\"2026-03-01T10:00:00Z\"><w:p><w:r><w:t>Klopt dit wel?</w:t></w:r></w:p></w:comment>"
        "</w:comments>");
    const QString core = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>Kamerbrief over de woningmarkt</dc:title><dc:creator>Minister van BZK</dc:creator>"
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-02-14T09:30:00Z</dcterms:created>"
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-02-20T09:30:00Z</dcterms:modified>"
        "</cp:coreProperties>");
    const QString rels = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
        "Target=\"https://www.rijksoverheid.nl/wonen\" TargetMode=\"External\"/>"
        "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
        "Target=\"media/image1.png\"/>"
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
        "Target=\"javascript:alert(1)\" TargetMode=\"External\"/>"
        "</Relationships>");
    const QString image = QStringLiteral(
        "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"952500\" cy=\"476250\"/>"
        "<wp:docPr id=\"1\" name=\"Afbeelding 1\" descr=\"Grafiek van de huizenprijzen\"/>"
        "<a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"rId6\"/></pic:blipFill></pic:pic>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    const QString num = QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>");
    const QString body =
        para(QStringLiteral("De woningmarkt"), QStringLiteral("<w:pStyle w:val=\"Titel\"/>"))
        + para(QStringLiteral("Inleiding"), QStringLiteral("<w:pStyle w:val=\"Kop1\"/>"))
        + QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">Er is een </w:t></w:r>"
                         "<w:r><w:rPr><w:b/></w:rPr><w:t>groot</w:t></w:r>"
                         "<w:r><w:t xml:space=\"preserve\"> en </w:t></w:r>"
                         "<w:r><w:rPr><w:rStyle w:val=\"Nadruk\"/></w:rPr><w:t>blijvend</w:t></w:r>"
                         "<w:r><w:t xml:space=\"preserve\"> tekort.</w:t></w:r>"
                         "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>")
        + QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">Zie </w:t></w:r>"
                         "<w:hyperlink r:id=\"rId5\"><w:r><w:t>de website</w:t></w:r></w:hyperlink>"
                         "<w:r><w:t xml:space=\"preserve\"> en </w:t></w:r>"
                         "<w:hyperlink r:id=\"rId7\"><w:r><w:t>niets</w:t></w:r></w:hyperlink>"
                         "<w:r><w:t>.</w:t></w:r></w:p>")
        + para(QStringLiteral("Maatregelen"), QStringLiteral("<w:pStyle w:val=\"Kop2\"/>"))
        + para(QStringLiteral("Meer bouwen"), num.arg(0).arg(1))
        + para(QStringLiteral("Sneller vergunnen"), num.arg(1).arg(1))
        + para(QStringLiteral("Minder bezwaar"), num.arg(1).arg(1))
        + para(QStringLiteral("Betaalbaar huren"), num.arg(0).arg(1))
        + para(QStringLiteral("Sociale huur"), num.arg(0).arg(2))
        + para(QStringLiteral("Middenhuur"), num.arg(1).arg(2))
        + para(QStringLiteral("Cijfers"), QStringLiteral("<w:outlineLvl w:val=\"1\"/>"))
        + QStringLiteral("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                         "<w:tr><w:tc><w:p><w:r><w:t>Jaar</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Woningen</w:t></w:r></w:p></w:tc></w:tr>"
                         "<w:tr><w:tc><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>82.000</w:t></w:r></w:p></w:tc></w:tr>"
                         "</w:tbl>")
        + image
        + para(QStringLiteral("Een eigen kop"), QStringLiteral("<w:pStyle w:val=\"Eigen\"/>"))
        + QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">Het kabinet </w:t></w:r>"
                         "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>verwacht </w:delText></w:r></w:del>"
                         "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">garandeert </w:t></w:r></w:ins>"
                         "<w:commentRangeStart w:id=\"7\"/><w:r><w:t>100.000 woningen per jaar</w:t></w:r><w:commentRangeEnd w:id=\"7\"/>"
                         "<w:r><w:commentReference w:id=\"7\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>");
    return docx(body, { { QStringLiteral("word/styles.xml"), styles.toUtf8() },
                        { QStringLiteral("word/numbering.xml"), numbering.toUtf8() },
                        { QStringLiteral("word/footnotes.xml"), footnotes.toUtf8() },
                        { QStringLiteral("word/comments.xml"), comments.toUtf8() },
                        { QStringLiteral("word/_rels/document.xml.rels"), rels.toUtf8() },
                        { QStringLiteral("word/media/image1.png"), tinyPng() },
                        { QStringLiteral("docProps/core.xml"), core.toUtf8() } });
}

inline QByteArray odt(const QString &text, const QString &automaticStyles = QString(), const Parts &more = {})
{
    const QString content = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "office:version=\"1.3\"><office:automatic-styles>")
        + automaticStyles + QStringLiteral("</office:automatic-styles><office:body><office:text>") + text
        + QStringLiteral("</office:text></office:body></office:document-content>");
    // The mimetype comes first and stored, as ODF asks.
    Parts parts{ { QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text") },
                 { QStringLiteral("content.xml"), content.toUtf8() } };
    parts += more;
    return zip(parts);
}

inline QByteArray richOdt()
{
    const QString styles = QStringLiteral(
        "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
        "<text:list-style style:name=\"L1\">"
        "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\"/>"
        "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\"/></text:list-style>"
        "<text:list-style style:name=\"L2\">"
        "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/>"
        "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"◦\"/></text:list-style>");
    const QString text = QStringLiteral(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info>"
        "<dc:creator>A</dc:creator></office:change-info><text:p>verwacht </text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:h text:outline-level=\"1\">Inleiding</text:h>"
        "<text:p>Er is een <text:span text:style-name=\"T1\">groot</text:span> en "
        "<text:span text:style-name=\"T2\">blijvend</text:span> tekort.<text:note text:id=\"ftn1\" "
        "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Bron: CBS, 2025.</text:p></text:note-body></text:note></text:p>"
        "<text:p>Zie <text:a xlink:type=\"simple\" xlink:href=\"https://www.rijksoverheid.nl/wonen\">de website</text:a>.</text:p>"
        "<text:h text:outline-level=\"2\">Maatregelen</text:h>"
        "<text:list text:style-name=\"L1\"><text:list-item><text:p>Meer bouwen</text:p>"
        "<text:list><text:list-item><text:p>Sneller vergunnen</text:p></text:list-item>"
        "<text:list-item><text:p>Minder bezwaar</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>Betaalbaar huren</text:p></text:list-item></text:list>"
        "<text:list text:style-name=\"L2\"><text:list-item><text:p>Sociale huur</text:p>"
        "<text:list><text:list-item><text:p>Middenhuur</text:p></text:list-item></text:list></text:list-item></text:list>"
        "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"2\"/>"
        "<table:table-row><table:table-cell><text:p>Jaar</text:p></table:table-cell><table:table-cell><text:p>Woningen</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>2025</text:p></table:table-cell><table:table-cell><text:p>82.000</text:p></table:table-cell></table:table-row>"
        "</table:table>"
        "<text:p><draw:frame draw:name=\"img1\" svg:width=\"2.54cm\" svg:height=\"1.27cm\"><draw:image xlink:href=\"Pictures/grafiek.png\"/>"
        "<svg:desc>Grafiek van de huizenprijzen</svg:desc></draw:frame></text:p>"
        "<text:p>Het kabinet <text:change text:change-id=\"c1\"/>garandeert "
        "<office:annotation office:name=\"a1\"><dc:creator>Eva Jansen</dc:creator><dc:date>2026-03-01T10:00:00</dc:date>"
        "<text:p>Klopt dit wel?</text:p></office:annotation>100.000 woningen per jaar<office:annotation-end office:name=\"a1\"/>.</text:p>");
    const QByteArray meta = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<office:meta><dc:title>Kamerbrief over de woningmarkt</dc:title>"
        "<meta:initial-creator>Minister van BZK</meta:initial-creator><dc:creator>Iemand anders</dc:creator>"
        "<meta:creation-date>2026-02-14T09:30:00</meta:creation-date><dc:date>2026-02-20T09:30:00</dc:date>"
        "<dc:language>nl-NL</dc:language></office:meta></office:document-meta>");
    return odt(text, styles, { { QStringLiteral("meta.xml"), meta },
                               { QStringLiteral("Pictures/grafiek.png"), tinyPng() } });
}

} // namespace officetest
