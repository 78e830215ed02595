// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Web page metadata from each source (JSON-LD, citation_*, Dublin Core,
// Open Graph, bylines, <time>), and conflicts settled by trust.
#include "import/documentimporter.h"
#include "import/webmetadata.h"

#include <QTest>

using namespace ktk;

class TestWebMetadata : public QObject
{
    Q_OBJECT

private slots:
    void jsonLd_graphWithAuthorArrayAndReferences();
    void jsonLd_organisationOnlyAuthor_becomesPublisher();
    void jsonLd_brokenOrHugeScripts_areSkipped();
    void citationTags_areRead();
    void dublinCore_isRead();
    void openGraph_titleSiteAndUrl();
    void articleAuthorUrl_isNoAuthor();
    void byline_nearTheHeadline_data();
    void byline_nearTheHeadline();
    void timeElement_nearTheHeadline();
    void dates_keepThePagesOwnZone();
    void trustOrder_settlesConflicts();
    void titleSuffix_isStrippedOnlyWhenItIsTheSite();
    void importer_fillsAuthorWithPublisherWhenNoPerson();
};

namespace {

QString page(const QString &head, const QString &body = QString())
{
    return QStringLiteral("<!DOCTYPE html><html><head>") + head + QStringLiteral("</head><body>") + body
        + QStringLiteral("</body></html>");
}

QString ldScript(const QString &json)
{
    return QStringLiteral("<script type=\"application/ld+json\">") + json + QStringLiteral("</script>");
}

} // namespace

void TestWebMetadata::jsonLd_graphWithAuthorArrayAndReferences()
{
    // As Yoast writes it: one @graph, the article names its author by @id.
    const QString json = QStringLiteral(R"({"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"https://krant.example/#website","name":"De Krant"},
        {"@type":"WebPage","@id":"https://krant.example/a/#webpage","url":"https://krant.example/a/",
         "name":"Raad stemt in - De Krant","inLanguage":"nl-NL","datePublished":"2024-03-01T08:00:00+01:00"},
        {"@type":["NewsArticle"],"headline":"Raad stemt in met begroting",
         "author":[{"@id":"https://krant.example/#/person/1"},{"@type":"Person","name":"Piet de Vries"},
                   {"@type":"Organization","name":"ANP"}],
         "publisher":{"@type":"Organization","name":"De Krant"},
         "datePublished":"2024-03-02T23:30:00+01:00","mainEntityOfPage":{"@id":"https://krant.example/a/"}},
        {"@type":"Person","@id":"https://krant.example/#/person/1","name":"Anna Jansen"}]})");
    const WebPageMetadata meta = WebMetadata::read(page(ldScript(json) + QStringLiteral("<title>Iets anders</title>")));
    QCOMPARE(meta.title, QStringLiteral("Raad stemt in met begroting"));
    QCOMPARE(meta.author, QStringLiteral("Anna Jansen, Piet de Vries"));
    QCOMPARE(meta.publisher, QStringLiteral("De Krant"));
    QCOMPARE(meta.published, QDate(2024, 3, 2));
    QCOMPARE(meta.language, QStringLiteral("nl"));
    QCOMPARE(meta.sourceUrl, QStringLiteral("https://krant.example/a/"));

    // A top-level array, an author as a plain string.
    const WebPageMetadata array = WebMetadata::read(page(ldScript(QStringLiteral(
        R"([{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Notes","author":"Jane Doe",
            "dateCreated":"2021-05-06"}])"))));
    QCOMPARE(array.title, QStringLiteral("Notes"));
    QCOMPARE(array.author, QStringLiteral("Jane Doe"));
    QCOMPARE(array.published, QDate(2021, 5, 6));
}

void TestWebMetadata::jsonLd_organisationOnlyAuthor_becomesPublisher()
{
    const WebPageMetadata meta = WebMetadata::read(page(ldScript(QStringLiteral(
        R"({"@type":"Report","name":"Jaarverslag 2023","author":{"@type":"Organization","name":"Rekenkamer"}})"))));
    QCOMPARE(meta.title, QStringLiteral("Jaarverslag 2023"));
    QVERIFY2(meta.author.isEmpty(), qPrintable(meta.author));
    QCOMPARE(meta.publisher, QStringLiteral("Rekenkamer"));
}

void TestWebMetadata::jsonLd_brokenOrHugeScripts_areSkipped()
{
    const QString huge = ldScript(QStringLiteral(R"({"@type":"Article","headline":"Te groot","x":")")
                                  + QString(WebMetadata::PerScriptLimit, u'x') + QStringLiteral("\"}"));
    const QString broken = ldScript(QStringLiteral(R"({"@type":"Article","headline":"Kapot",)"));
    const WebPageMetadata meta = WebMetadata::read(
        page(huge + broken + QStringLiteral("<meta property=og:title content=\"Wel goed\">")));
    QCOMPARE(meta.title, QStringLiteral("Wel goed"));
    // Line breaks inside strings, as content systems write them, and an HTML comment around the JSON.
    const WebPageMetadata lenient = WebMetadata::read(page(ldScript(QStringLiteral(
        "<!--{\"@type\":\"Article\",\"headline\":\"Twee\nregels\"}-->"))));
    QCOMPARE(lenient.title, QStringLiteral("Twee regels"));
}

void TestWebMetadata::citationTags_areRead()
{
    const WebPageMetadata meta = WebMetadata::read(page(QStringLiteral(
        "<meta name=citation_title content=\"Effects of policy on claims\">"
        "<meta name=citation_author content=\"Doe, Jane\"><meta name=citation_author content=\"Roe, Richard\">"
        "<meta name=citation_publication_date content=\"2019/07/15\">"
        "<meta name=citation_publisher content=\"Journal of Politics\">"
        "<meta name=citation_public_url content=\"https://journal.example/1\">")));
    QCOMPARE(meta.title, QStringLiteral("Effects of policy on claims"));
    QCOMPARE(meta.author, QStringLiteral("Doe, Jane, Roe, Richard"));
    QCOMPARE(meta.published, QDate(2019, 7, 15));
    QCOMPARE(meta.publisher, QStringLiteral("Journal of Politics"));
    QCOMPARE(meta.sourceUrl, QStringLiteral("https://journal.example/1"));
}

void TestWebMetadata::dublinCore_isRead()
{
    const WebPageMetadata meta = WebMetadata::read(page(QStringLiteral(
        "<meta name=\"DC.title\" content=\"Kamerbrief over stikstof\">"
        "<meta name=\"dc.creator\" content=\"Minister van LNV\">"
        "<meta name=\"DCTERMS.issued\" content=\"2022-06-10\">"
        "<meta name=\"DC.publisher\" content=\"Rijksoverheid\">"
        "<meta name=\"DC.language\" content=\"nl-NL\">")));
    QCOMPARE(meta.title, QStringLiteral("Kamerbrief over stikstof"));
    QCOMPARE(meta.author, QStringLiteral("Minister van LNV"));
    QCOMPARE(meta.published, QDate(2022, 6, 10));
    QCOMPARE(meta.publisher, QStringLiteral("Rijksoverheid"));
    QCOMPARE(meta.language, QStringLiteral("nl"));
}

void TestWebMetadata::openGraph_titleSiteAndUrl()
{
    const WebPageMetadata meta = WebMetadata::read(page(QStringLiteral(
        "<title>Storm op komst | Weerblad</title><meta property=og:title content=\"Storm op komst\">"
        "<meta property=og:site_name content=Weerblad><meta property=og:url content=\"https://weer.example/storm\">"
        "<meta property=article:published_time content=\"2023-10-01T06:00:00Z\">")));
    QCOMPARE(meta.title, QStringLiteral("Storm op komst"));
    QCOMPARE(meta.publisher, QStringLiteral("Weerblad"));
    QVERIFY2(meta.author.isEmpty(), qPrintable(meta.author));
    QCOMPARE(meta.sourceUrl, QStringLiteral("https://weer.example/storm"));
    QCOMPARE(meta.published, QDate(2023, 10, 1));
}

void TestWebMetadata::articleAuthorUrl_isNoAuthor()
{
    const WebPageMetadata meta = WebMetadata::read(page(QStringLiteral(
        "<meta property=article:author content=\"https://facebook.com/weerblad\">"
        "<meta property=article:author content=\"Kees Bakker\">")));
    QCOMPARE(meta.author, QStringLiteral("Kees Bakker"));
}

void TestWebMetadata::byline_nearTheHeadline_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("author");
    QTest::newRow("By, English") << QStringLiteral("<h1>Storm</h1><p>By Jane Doe</p><p>Text.</p>")
                                 << QStringLiteral("Jane Doe");
    QTest::newRow("Door, Dutch, with a date") << QStringLiteral("<h1>Storm</h1><p>Door Jan van der Berg | 3 maart 2024</p>")
                                              << QStringLiteral("Jan van der Berg");
    QTest::newRow("rel=author") << QStringLiteral("<h1>Storm</h1><div><a rel=author href=/p/1>Kees Bakker</a></div>")
                                << QStringLiteral("Kees Bakker");
    QTest::newRow("itemprop=author with name")
        << QStringLiteral("<h1>Storm</h1><span itemprop=author itemscope><span itemprop=name>Eva Smit</span></span>")
        << QStringLiteral("Eva Smit");
    QTest::newRow("class byline") << QStringLiteral("<h1>Storm</h1><div class=\"article__byline\">Von Max Müller</div>")
                                  << QStringLiteral("Max Müller");
    QTest::newRow("comment author far below does not count")
        << QStringLiteral("<h1>Storm</h1>") + QStringLiteral("<p>tekst</p>").repeated(500)
               + QStringLiteral("<div class=comment-author>Troll Ingrid</div>")
        << QString();
    QTest::newRow("the site is no byline")
        << QStringLiteral("<h1>Storm</h1><p class=author>Weerblad</p>") << QString();
}

void TestWebMetadata::byline_nearTheHeadline()
{
    QFETCH(QString, body);
    QFETCH(QString, author);
    const WebPageMetadata meta = WebMetadata::read(
        page(QStringLiteral("<meta property=og:site_name content=Weerblad>"), body));
    QCOMPARE(meta.author, author);
}

void TestWebMetadata::timeElement_nearTheHeadline()
{
    const WebPageMetadata meta = WebMetadata::read(page(QString(), QStringLiteral(
        "<aside><time datetime=\"2020-01-01\">oud</time></aside>" ) + QStringLiteral("<p>x</p>").repeated(200)
        + QStringLiteral("<h1>Nieuws</h1><time datetime=\"2024-02-03T10:00:00+01:00\">3 februari</time>")));
    QCOMPARE(meta.published, QDate(2024, 2, 3));

    const WebPageMetadata written = WebMetadata::read(page(QString(), QStringLiteral(
        "<h1>Nieuws</h1><p class=meta>Gepubliceerd op 3. März 2024</p>")));
    QCOMPARE(written.published, QDate(2024, 3, 3));
}

void TestWebMetadata::dates_keepThePagesOwnZone()
{
    // 00:30 in Amsterdam is still the previous day in UTC, and 23:30 in New York the next.
    QCOMPARE(WebMetadata::read(page(QStringLiteral(
                 "<meta property=article:published_time content=\"2024-11-05T00:30:00+01:00\">"))).published,
             QDate(2024, 11, 5));
    QCOMPARE(WebMetadata::read(page(ldScript(QStringLiteral(
                 R"({"@type":"NewsArticle","datePublished":"2024-11-04T23:30:00-05:00"})")))).published,
             QDate(2024, 11, 4));
}

void TestWebMetadata::trustOrder_settlesConflicts()
{
    const QString head = ldScript(QStringLiteral(
                             R"({"@type":"NewsArticle","headline":"Uit JSON-LD","author":{"@type":"Person","name":"Ld Auteur"},
                                 "datePublished":"2024-01-01"})"))
        + QStringLiteral("<meta name=citation_title content=\"Uit citation\">"
                         "<meta name=citation_author content=\"Citation Auteur\">"
                         "<meta name=DC.date content=2023-01-01>"
                         "<meta property=og:title content=\"Uit og\">"
                         "<meta name=author content=\"Meta Auteur\">"
                         "<meta property=article:published_time content=2022-01-01>");
    WebPageMetadata meta = WebMetadata::read(page(head, QStringLiteral("<h1>Kop</h1><p>By Byline Auteur</p>")));
    QCOMPARE(meta.title, QStringLiteral("Uit JSON-LD"));
    QCOMPARE(meta.author, QStringLiteral("Ld Auteur"));
    QCOMPARE(meta.published, QDate(2024, 1, 1));

    // Without JSON-LD: citation and Dublin Core before article:* and og:*.
    const QString withoutLd = head.mid(head.indexOf(QLatin1String("<meta")));
    meta = WebMetadata::read(page(withoutLd, QStringLiteral("<h1>Kop</h1><p>By Byline Auteur</p>")));
    QCOMPARE(meta.title, QStringLiteral("Uit citation"));
    QCOMPARE(meta.author, QStringLiteral("Citation Auteur"));
    QCOMPARE(meta.published, QDate(2023, 1, 1));

    // Only the byline left.
    meta = WebMetadata::read(page(QString(), QStringLiteral("<h1>Kop</h1><p>By Byline Auteur</p>")));
    QCOMPARE(meta.author, QStringLiteral("Byline Auteur"));
}

void TestWebMetadata::titleSuffix_isStrippedOnlyWhenItIsTheSite()
{
    WebPageMetadata meta = WebMetadata::read(page(QStringLiteral(
        "<title>Kabinet valt - NOS</title><meta property=og:site_name content=NOS>")));
    QCOMPARE(meta.title, QStringLiteral("Kabinet valt"));
    meta = WebMetadata::read(page(QStringLiteral("<title>Rutte - Een biografie</title>"
                                                 "<meta property=og:site_name content=NOS>")));
    QCOMPARE(meta.title, QStringLiteral("Rutte - Een biografie"));
}

void TestWebMetadata::importer_fillsAuthorWithPublisherWhenNoPerson()
{
    const QByteArray withSiteOnly = page(QStringLiteral("<meta property=og:site_name content=Weerblad>"),
                                         QStringLiteral("<h1>Storm</h1><p>Het waait.</p>"))
                                        .toUtf8();
    Result<Document> result = DocumentImporter::importBytes(withSiteOnly, QStringLiteral("storm.html"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->meta.author, QStringLiteral("Weerblad"));

    const QByteArray withPerson = page(QStringLiteral("<meta property=og:site_name content=Weerblad>"),
                                       QStringLiteral("<h1>Storm</h1><p>Door Jan Jansen</p><p>Het waait.</p>"))
                                      .toUtf8();
    result = DocumentImporter::importBytes(withPerson, QStringLiteral("storm.html"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->meta.author, QStringLiteral("Jan Jansen"));
}

QTEST_MAIN(TestWebMetadata)
#include "tst_webmetadata.moc"
