// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Importing a 10 MB .docx through DocumentImporter::importBytes, and showing
// it again (DocumentRenderer::render, what the view does). Target: import
// under 2 s on a 2-core machine.
//
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_office [FILE.docx|FILE.odt ...]
// Without files it writes the document: paragraphs of Dutch-like words with
// bold and italic runs, a heading every 25 paragraphs, nested lists, tables,
// footnotes, and photos, as reports are: a 10 MB Word file is mostly
// pictures, since its text compresses about fourfold. With files it imports
// each and prints its figures and the start of its text.

#include "officetestfiles.h"

#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/htmlsanitizer.h"
#include "import/officedocument.h"
#include "import/safetextdocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextStream>

#include <cstdio>

using namespace ktk;

namespace {

QString word(QRandomGenerator &random)
{
    static const char *const syllables[] = { "de", "ge", "ver", "ste", "lijk", "heid", "wo", "ning", "markt", "be",
                                             "lei", "ka", "bi", "net", "ra", "ad", "pro", "vin", "cie", "ge", "meen",
                                             "te", "zorg", "on", "der", "wijs", "kli", "maat", "ener", "gie" };
    QString w;
    const int n = 1 + int(random.bounded(3));
    for (int i = 0; i < n; ++i)
        w += QLatin1String(syllables[random.bounded(int(std::size(syllables)))]);
    return w;
}

QString sentence(QRandomGenerator &random, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += u' ';
        s += word(random);
    }
    s[0] = s[0].toUpper();
    return s + u'.';
}

struct Generated
{
    QByteArray bytes;
    qsizetype xmlBytes = 0;
    int paragraphs = 0;
    int tables = 0;
    int listItems = 0;
    int images = 0;
};

Generated generateDocx(qint64 targetZipBytes, int paragraphs, int images)
{
    QRandomGenerator random(20261201);
    Generated g;
    QString body;
    QString footnotes = QStringLiteral("<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    int notes = 0;
    for (int p = 0; p < paragraphs; ++p) {
        if (p % 25 == 0) {
            body += officetest::para(sentence(random, 4).chopped(1), QStringLiteral("<w:outlineLvl w:val=\"%1\"/>").arg(p % 100 ? 1 : 0));
            ++g.paragraphs;
        }
        if (p % 60 == 30) {
            for (int i = 0; i < 6; ++i) {
                body += officetest::para(sentence(random, 8), QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>")
                                                                   .arg(i % 3 == 2 ? 1 : 0).arg(p % 120 == 30 ? 1 : 2));
                ++g.listItems;
            }
        }
        if (p % 200 == 100) {
            body += QStringLiteral("<w:tbl>");
            for (int r = 0; r < 8; ++r) {
                body += QStringLiteral("<w:tr>");
                for (int c = 0; c < 4; ++c)
                    body += QStringLiteral("<w:tc>") + officetest::para(sentence(random, 3)) + QStringLiteral("</w:tc>");
                body += QStringLiteral("</w:tr>");
            }
            body += QStringLiteral("</w:tbl>");
            ++g.tables;
        }
        body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">") + sentence(random, 25)
            + QStringLiteral(" </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>") + sentence(random, 4)
            + QStringLiteral("</w:t></w:r><w:r><w:t xml:space=\"preserve\"> ") + sentence(random, 30)
            + QStringLiteral(" </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>") + sentence(random, 5)
            + QStringLiteral("</w:t></w:r>");
        if (p % 40 == 0) {
            ++notes;
            body += QStringLiteral("<w:r><w:footnoteReference w:id=\"%1\"/></w:r>").arg(notes);
            footnotes += QStringLiteral("<w:footnote w:id=\"%1\">").arg(notes) + officetest::para(sentence(random, 12))
                + QStringLiteral("</w:footnote>");
        }
        body += QStringLiteral("</w:p>");
        ++g.paragraphs;
    }
    footnotes += QStringLiteral("</w:footnotes>");
    const QString numbering = QStringLiteral(
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "</w:numbering>");

    // Photos: a PNG signature and incompressible bytes, enough of them to
    // make the file as large as asked.
    QString rels = QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    officetest::Parts parts;
    const QByteArray documentXml = officetest::w(body);
    g.xmlBytes = documentXml.size() + footnotes.size() + numbering.size();
    const QByteArray textOnly = officetest::docx(body, { { QStringLiteral("word/footnotes.xml"), footnotes.toUtf8() },
                                                         { QStringLiteral("word/numbering.xml"), numbering.toUtf8() } });
    const qint64 imageBytes = images > 0 ? qMax<qint64>(0, (targetZipBytes - textOnly.size()) / images) : 0;
    for (int i = 0; i < images && imageBytes > 0; ++i) {
        QByteArray png = officetest::tinyPng().left(8);
        png.resize(imageBytes);
        for (qsizetype b = 8; b < png.size(); b += 4) {
            const quint32 v = random.generate();
            memcpy(png.data() + b, &v, qMin<qsizetype>(4, png.size() - b));
        }
        parts.append({ QStringLiteral("word/media/photo%1.png").arg(i), png });
        rels += QStringLiteral("<Relationship Id=\"img%1\" Target=\"media/photo%1.png\"/>").arg(i);
        body += QStringLiteral("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"5715000\" cy=\"3810000\"/>"
                               "<wp:docPr id=\"%1\" descr=\"Foto %1\"/><a:blip r:embed=\"img%1\"/></wp:inline></w:drawing></w:r></w:p>")
                    .arg(i);
        ++g.images;
    }
    rels += QStringLiteral("</Relationships>");
    parts.append({ QStringLiteral("word/footnotes.xml"), footnotes.toUtf8() });
    parts.append({ QStringLiteral("word/numbering.xml"), numbering.toUtf8() });
    parts.append({ QStringLiteral("word/_rels/document.xml.rels"), rels.toUtf8() });
    g.bytes = officetest::docx(body, parts);
    return g;
}

double mb(qint64 bytes) { return double(bytes) / (1024.0 * 1024.0); }

void measure(const QByteArray &bytes, const QString &name, bool showText)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Document> imported = DocumentImporter::importBytes(bytes, name);
    const qint64 importMs = timer.elapsed();
    if (!imported.ok()) {
        std::printf("%s: %s\n", qPrintable(name), qPrintable(imported.error()));
        return;
    }
    timer.restart();
    SafeTextDocument view;
    const bool same = DocumentRenderer::render(*imported, &view);
    const qint64 renderMs = timer.elapsed();
    int headings = 0;
    int listItems = 0;
    for (QTextBlock b = view.begin(); b.isValid(); b = b.next()) {
        headings += b.blockFormat().headingLevel() > 0 ? 1 : 0;
        listItems += b.textList() ? 1 : 0;
    }
    std::printf("%s: %.1f MB file, %lld characters, %d blocks (%d headings, %d list items); import %lld ms, "
                "view render %lld ms, view text %s\n",
                qPrintable(QFileInfo(name).fileName()), mb(bytes.size()), qint64(imported->canonicalText.size()),
                view.blockCount(), headings, listItems, importMs, renderMs, same ? "identical" : "DIFFERENT");
    std::printf("  title \"%s\", author \"%s\", date %s, language %s\n", qPrintable(imported->meta.title),
                qPrintable(imported->meta.author), qPrintable(imported->meta.publishedOn.toString(Qt::ISODate)),
                qPrintable(imported->meta.language));
    // Where the time goes.
    timer.restart();
    const QString html = OfficeDocument::toHtml(name.endsWith(QLatin1String(".odt")) ? OfficeDocument::Kind::Odt
                                                                                   : OfficeDocument::Kind::Docx,
                                                bytes);
    const qint64 convertMs = timer.restart();
    const QString clean = HtmlSanitizer::sanitize(html);
    const qint64 sanitizeMs = timer.restart();
    SafeTextDocument plain;
    plain.setHtml(clean);
    const qint64 setHtmlMs = timer.restart();
    std::printf("  of which: conversion to HTML %lld ms (%.1f MB), sanitizer %lld ms, QTextDocument::setHtml %lld ms\n",
                convertMs, mb(html.size() * 2), sanitizeMs, setHtmlMs);
    if (showText)
        std::printf("---\n%s\n---\n", qPrintable(imported->canonicalText.left(1500)));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (!files.isEmpty()) {
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::printf("%s: %s\n", qPrintable(path), qPrintable(f.errorString()));
                continue;
            }
            measure(f.readAll(), path, true);
        }
        return 0;
    }

    constexpr qint64 Target = 10 * 1024 * 1024;
    constexpr qint64 TargetMs = 2000;
    const Generated g = generateDocx(Target, 20000, 8);
    std::printf("generated: %.1f MB .docx (%.1f MB of XML: %d paragraphs, %d list items, %d tables; %d photos)\n",
                mb(g.bytes.size()), mb(g.xmlBytes), g.paragraphs, g.listItems, g.tables, g.images);
    QElapsedTimer timer;
    timer.start();
    const Result<Document> imported = DocumentImporter::importBytes(g.bytes, QStringLiteral("rapport.docx"));
    const qint64 ms = timer.elapsed();
    measure(g.bytes, QStringLiteral("rapport.docx"), false);
    std::printf("import of the 10 MB .docx: %lld ms (target < %lld ms): %s\n", ms, TargetMs,
                imported.ok() && ms < TargetMs ? "ok" : "MISSED");

    const Generated text = generateDocx(0, 20000, 0);
    std::printf("\nthe same without photos: %.1f MB .docx, %.1f MB of XML\n", mb(text.bytes.size()), mb(text.xmlBytes));
    measure(text.bytes, QStringLiteral("tekst.docx"), false);
    return imported.ok() && ms < TargetMs ? 0 : 1;
}
