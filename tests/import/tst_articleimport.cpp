// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"

#include "newspage.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;


// Reader mode as the importer and the view use it: a web page becomes its
// article and is shown the same way again; whole pages on request; a page
// with no article whole, with a note; pasted HTML as pasted.
class TestArticleImport : public QObject
{
    Q_OBJECT

private slots:
    void webPage_becomesItsArticle_andTheViewShowsTheSame()
    {
        const Result<Document> doc = DocumentImporter::importBytes(newsPage(), QStringLiteral("nieuws.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->extraction, ContentExtraction::Article);
        QVERIFY(doc->importNote.isEmpty());
        const QString text = doc->canonicalText;
        QVERIFY2(text.contains(QStringLiteral("Gemeente schrapt subsidie voor buurthuizen")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Door Anna de Vries")));
        for (int i = 1; i <= 8; ++i)
            QVERIFY(text.contains(QStringLiteral("Alinea %1 van het artikel").arg(i)));
        for (const char *clutter : {"Binnenland", "cookies", "Deel op Facebook", "Meer nieuws", "reageerder",
                                    "Copyright Dagblad"})
            QVERIFY2(!text.contains(QLatin1String(clutter)), clutter);

        // The view renders the stored document the same way: offsets agree.
        SafeTextDocument shown;
        QVERIFY(DocumentRenderer::render(*doc, &shown));
        QCOMPARE(shown.toPlainText(), doc->canonicalText);
        // Rendered as a whole page, the same bytes give other text: the mark matters.
        Document whole = *doc;
        whole.extraction = ContentExtraction::FullPage;
        SafeTextDocument wholeShown;
        QVERIFY(!DocumentRenderer::render(whole, &wholeShown) || wholeShown.toPlainText() != doc->canonicalText);
    }

    // A researcher cites author and date: the article shows them under the
    // headline when the page's metadata has them and its text does not.
    void articleWithoutByline_showsAuthorAndDateFromTheMetadata()
    {
        QByteArray bare = newsPage();
        bare.replace("<p class=\"byline\">Door Anna de Vries, 3 maart 2026</p>", "");
        QByteArray page = bare;
        page.replace("</title>", "</title><meta name=\"author\" content=\"Anna de Vries\">"
                                 "<meta property=\"article:published_time\" content=\"2026-03-03T08:00:00+01:00\">");
        const Result<Document> doc = DocumentImporter::importBytes(page, QStringLiteral("nieuws.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->extraction, ContentExtraction::Article);
        const QStringList lines = doc->canonicalText.split(u'\n');
        QVERIFY(lines.size() > 2);
        QCOMPARE(lines.at(0).trimmed(), QStringLiteral("Gemeente schrapt subsidie voor buurthuizen"));
        QCOMPARE(lines.at(1).trimmed(), QStringLiteral("Anna de Vries \u00b7 2026-03-03"));
        SafeTextDocument shown;
        QVERIFY(DocumentRenderer::render(*doc, &shown));   // the view shows the same
        // An article stored before the byline line existed is shown as it
        // was stored, with its formatting: not as plain text, not shifted.
        // (Its text then: what the same article without metadata gives now.)
        Document older = *doc;
        older.canonicalText = DocumentImporter::importBytes(bare, QStringLiteral("nieuws.html"))->canonicalText;
        QVERIFY(older.canonicalText != doc->canonicalText);
        SafeTextDocument shownOlder;
        QVERIFY(DocumentRenderer::render(older, &shownOlder));
        QCOMPARE(shownOlder.toPlainText(), older.canonicalText);
        QVERIFY(shownOlder.begin().blockFormat().headingLevel() > 0);
        // As a whole page the site's text is shown as it is: nothing added.
        DocumentImporter::Options whole;
        whole.fullPage = true;
        const Result<Document> full = DocumentImporter::importBytes(page, QStringLiteral("nieuws.html"), whole);
        QVERIFY(full.ok());
        QVERIFY(!full->canonicalText.contains(QStringLiteral("2026-03-03")));
    }

    void articleWithItsOwnByline_isNotGivenASecond()
    {
        QByteArray page = newsPage();
        page.replace("</title>", "</title><meta name=\"author\" content=\"Anna de Vries\">"
                                 "<meta property=\"article:published_time\" content=\"2026-03-03T08:00:00+01:00\">");
        const Result<Document> doc = DocumentImporter::importBytes(page, QStringLiteral("nieuws.html"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->canonicalText.count(QStringLiteral("Anna de Vries")), 1);
        QVERIFY(!doc->canonicalText.contains(QStringLiteral("2026-03-03")));
    }

    void fullPageOption_keepsEverything()
    {
        DocumentImporter::Options options;
        options.fullPage = true;
        const Result<Document> doc = DocumentImporter::importBytes(newsPage(), QStringLiteral("nieuws.html"), options);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->extraction, ContentExtraction::FullPage);
        QVERIFY(doc->canonicalText.contains(QStringLiteral("reageerder Piet")));
        QVERIFY(doc->canonicalText.contains(QStringLiteral("Alinea 8 van het artikel")));
    }

    void pageWithoutArticle_isKeptWhole_withANote()
    {
        const Result<Document> doc = DocumentImporter::importBytes(frontPage(), QStringLiteral("voorpagina.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->extraction, ContentExtraction::FullPage);
        QVERIFY(doc->canonicalText.contains(QStringLiteral("Kop van bericht 79")));
        QVERIFY(doc->canonicalText.size() >= 1500);
        QVERIFY2(doc->importNote.contains(QStringLiteral("voorpagina.html")), qPrintable(doc->importNote));

        // A page of one line is its own content: kept whole, nothing to remark.
        const Result<Document> tiny =
            DocumentImporter::importBytes("<html><body><p>Korte mededeling.</p></body></html>", QStringLiteral("kort.html"));
        QVERIFY(tiny.ok());
        QCOMPARE(tiny->extraction, ContentExtraction::FullPage);
        QVERIFY(tiny->importNote.isEmpty());
    }

    void pastedHtml_isKeptAsPasted()
    {
        const Result<Document> doc = DocumentImporter::importPasted(QString::fromUtf8(newsPage()), QString());
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->extraction, ContentExtraction::FullPage);
        QVERIFY(doc->canonicalText.contains(QStringLiteral("reageerder Klaas")));
    }

    // A page whose declared character set was not followed says so in the
    // import report, naming the file.
    void charsetOverruled_isInTheImportNote()
    {
        const QByteArray page = QStringLiteral("<html><head><meta charset=\"iso-8859-1\"></head><body>"
                                               "<p>Café en crème brûlée.</p></body></html>").toUtf8();
        const Result<Document> doc = DocumentImporter::importBytes(page, QStringLiteral("menu.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->canonicalText.contains(QStringLiteral("Café en crème brûlée.")));
        QVERIFY2(doc->importNote.contains(QStringLiteral("menu.html")), qPrintable(doc->importNote));
        QVERIFY2(doc->importNote.contains(QStringLiteral("UTF-8")), qPrintable(doc->importNote));
    }

    void otherFormats_areNeverArticles()
    {
        const Result<Document> doc = DocumentImporter::importBytes("Gewone tekst.\n", QStringLiteral("tekst.txt"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->extraction, ContentExtraction::FullPage);
    }
};

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestArticleImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articleimport.moc"
