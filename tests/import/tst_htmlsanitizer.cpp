// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"

#include <QTest>

using namespace ktk;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void dangerousMarkup_isRemovedWithItsContent_data();
    void dangerousMarkup_isRemovedWithItsContent();
    void eventHandlersAndStyles_areStripped();
    void links_keepOnlyWebMailAndPageTargets_data();
    void links_keepOnlyWebMailAndPageTargets();
    void images_onlyEmbeddedDataImagesSurvive();
    void hiddenAndNavigationElements_areDropped();
    void droppedElementWithoutEndTag_endsWithItsParent();
    void html5Sections_becomeBlocks();
    void textThatLooksLikeMarkup_staysText();
    void entities_areLeftForTheDocumentToResolve();
    void wordsAroundADroppedBlock_stayApart();
    void omittedEndTags_areClosed();
    void decodeEntities_data();
    void decodeEntities();
    void metadata_readsTitleAuthorDateLanguageAndUrl();
    void metadata_prefersOpenGraphTitle();
    void metadata_fallsBackAcrossSources();
    void metadata_ignoresSvgTitleAndRelativeUrls();
    void metadata_parsesDateFormats_data();
    void metadata_parsesDateFormats();
    void metadata_ofEmptyPage_isEmpty();
};

void TestHtmlSanitizer::dangerousMarkup_isRemovedWithItsContent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");

    QTest::newRow("script") << QStringLiteral("<p>a</p><script>geheim()</script>") << QStringLiteral("geheim");
    QTest::newRow("upper-case script") << QStringLiteral("<SCRIPT type=text/javascript>geheim()</SCRIPT>")
                                       << QStringLiteral("geheim");
    QTest::newRow("markup inside script") << QStringLiteral("<script>var s = '<b>geheim</b>';</script><p>a</p>")
                                          << QStringLiteral("geheim");
    QTest::newRow("unterminated script") << QStringLiteral("<p>a</p><script>geheim(") << QStringLiteral("geheim");
    QTest::newRow("script src") << QStringLiteral("<script src=\"http://127.0.0.1/geheim.js\"></script>")
                                << QStringLiteral("geheim");
    QTest::newRow("style") << QStringLiteral("<style>p { color: red } /* geheim */</style>") << QStringLiteral("geheim");
    QTest::newRow("link stylesheet") << QStringLiteral("<link rel=stylesheet href=\"geheim.css\">")
                                     << QStringLiteral("geheim");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://x/geheim\">geheim</iframe>")
                            << QStringLiteral("geheim");
    QTest::newRow("object") << QStringLiteral("<object data=\"geheim.swf\"><param name=a value=geheim>geheim</object>")
                            << QStringLiteral("geheim");
    QTest::newRow("embed") << QStringLiteral("<embed src=\"geheim.swf\">") << QStringLiteral("geheim");
    QTest::newRow("form controls")
        << QStringLiteral("<form action=\"/geheim\"><input value=geheim><select><option>geheim</option></select>"
                          "<textarea>geheim</textarea><button>geheim</button></form>")
        << QStringLiteral("geheim");
    QTest::newRow("svg") << QStringLiteral("<svg><title>geheim</title><text>geheim</text></svg>")
                         << QStringLiteral("geheim");
    QTest::newRow("noscript") << QStringLiteral("<noscript><img src=\"http://x/geheim.gif\"></noscript>")
                              << QStringLiteral("geheim");
    QTest::newRow("template") << QStringLiteral("<template><p>geheim</p></template>") << QStringLiteral("geheim");
    QTest::newRow("conditional comment") << QStringLiteral("<!--[if IE]><script>geheim()</script><![endif]-->")
                                         << QStringLiteral("geheim");
    QTest::newRow("meta refresh") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=http://geheim\">")
                                  << QStringLiteral("geheim");
    QTest::newRow("base") << QStringLiteral("<base href=\"http://geheim/\">") << QStringLiteral("geheim");
    QTest::newRow("title") << QStringLiteral("<title>geheim</title><p>a</p>") << QStringLiteral("geheim");
}

void TestHtmlSanitizer::dangerousMarkup_isRemovedWithItsContent()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    const QString clean = HtmlSanitizer::sanitize(html);
    QVERIFY2(!clean.contains(forbidden, Qt::CaseInsensitive), qPrintable(clean));
}

void TestHtmlSanitizer::eventHandlersAndStyles_areStripped()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral(
        "<body onload=\"start()\"><p onclick='alert(1)' onMouseOver=steel() style=\"color:red\" class=intro>"
        "Tekst</p><td background=\"http://x/a.png\">cel</td></body>"));
    QVERIFY2(clean.contains(QLatin1String("<p>Tekst</p>")), qPrintable(clean));
    for (const char *word : { "onload", "onclick", "onmouseover", "alert", "steel", "style", "class", "background" })
        QVERIFY2(!clean.contains(QLatin1String(word), Qt::CaseInsensitive), word);
}

void TestHtmlSanitizer::links_keepOnlyWebMailAndPageTargets_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << QStringLiteral("https://example.org/a?b=1&amp;c=2") << true;
    QTest::newRow("http") << QStringLiteral("HTTP://example.org/") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:redactie@example.org") << true;
    QTest::newRow("fragment") << QStringLiteral("#bronnen") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript, mixed case and spaces") << QStringLiteral("  JavaScript:alert(1)") << false;
    QTest::newRow("javascript, tab inside") << QStringLiteral("java&#x09;script:alert(1)") << false;
    QTest::newRow("javascript, encoded") << QStringLiteral("&#106;avascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("relative") << QStringLiteral("../andere-pagina.html") << false;
}

void TestHtmlSanitizer::links_keepOnlyWebMailAndPageTargets()
{
    QFETCH(QString, href);
    QFETCH(bool, kept);
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral("<p><a href=\"") + href + QStringLiteral("\">link</a></p>"));
    QVERIFY2(clean.contains(QLatin1String(">link</a>")), qPrintable(clean));   // the text always stays
    QCOMPARE(clean.contains(QLatin1String("href=")), kept);
    QVERIFY2(!clean.contains(QLatin1String("alert"), Qt::CaseInsensitive), qPrintable(clean));
}

void TestHtmlSanitizer::images_onlyEmbeddedDataImagesSurvive()
{
    const QString dataImage = QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
    const QString clean = HtmlSanitizer::sanitize(
        QStringLiteral("<p>a<img src=\"http://127.0.0.1/remote.png\" alt=remote>"
                       "<img src=\"//cdn.example/protocol-relative.png\">"
                       "<img src=\"lokaal.png\"><img src=\"file:///etc/lokaal.png\">"
                       "<img srcset=\"http://x/set.png 2x\">"
                       "<IMG SRC=\" ") + dataImage + QStringLiteral("\" alt=\"grafiek\" width=20 height=\"10\" "
                       "onerror=\"alert(1)\">b</p>"));
    QCOMPARE(clean.count(QLatin1String("<img")), 1);
    QVERIFY2(clean.contains(QLatin1String("src=\"") + dataImage + u'"'), qPrintable(clean));
    QVERIFY(clean.contains(QLatin1String("alt=\"grafiek\"")));
    QVERIFY(!clean.contains(QLatin1String("remote")));
    QVERIFY(!clean.contains(QLatin1String("lokaal")));
    QVERIFY(!clean.contains(QLatin1String("alert")));
}

void TestHtmlSanitizer::hiddenAndNavigationElements_areDropped()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral(
        "<nav><a href=\"/\">Menu</a></nav>"
        "<div role=\"navigation\">Kruimelpad</div>"
        "<p hidden>Verborgen</p>"
        "<div style=\"DISPLAY: none;\">Onzichtbaar</div>"
        "<span style=\"visibility:hidden\">Weg</span>"
        "<h2>Kop<a class=\"headerlink\" href=\"#kop\">¶</a></h2>"
        "<p>Inhoud</p>"));
    QVERIFY2(clean.contains(QLatin1String("Inhoud")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("<h2>Kop</h2>")), qPrintable(clean));
    for (const char *word : { "Menu", "Kruimelpad", "Verborgen", "Onzichtbaar", "Weg", "¶" })
        QVERIFY2(!clean.contains(QString::fromUtf8(word)), word);
}

void TestHtmlSanitizer::droppedElementWithoutEndTag_endsWithItsParent()
{
    // The unclosed <nav> ends where its parent <div> ends, as in a browser:
    // the rest of the page must not vanish with it.
    const QString clean = HtmlSanitizer::sanitize(
        QStringLiteral("<div><nav><ul><li>Menu</div><p>Artikeltekst</p>"));
    QVERIFY2(clean.contains(QLatin1String("Artikeltekst")), qPrintable(clean));
    QVERIFY(!clean.contains(QLatin1String("Menu")));
}

void TestHtmlSanitizer::html5Sections_becomeBlocks()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral(
        "<article><section>Een</section><section>Twee</section></article><figure><figcaption>Bijschrift"
        "</figcaption></figure><custom-widget>Drie</custom-widget>"));
    QVERIFY2(clean.contains(QLatin1String("<div><div>Een</div><div>Twee</div></div>")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("<div><div>Bijschrift</div></div>")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("Drie")) && !clean.contains(QLatin1String("custom")), qPrintable(clean));
}

void TestHtmlSanitizer::textThatLooksLikeMarkup_staysText()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral("<p>3 < 4 en 5 > 2, <3 </p>"));
    QVERIFY2(clean.contains(QLatin1String("3 &lt; 4 en 5 &gt; 2, &lt;3 ")), qPrintable(clean));
}

void TestHtmlSanitizer::entities_areLeftForTheDocumentToResolve()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral("<p>caf&eacute; &amp; &#8220;bar&#8221;</p>"));
    QVERIFY2(clean.contains(QLatin1String("caf&eacute; &amp; &#8220;bar&#8221;")), qPrintable(clean));
}

void TestHtmlSanitizer::wordsAroundADroppedBlock_stayApart()
{
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral("<div>Voor<nav>menu</nav>Na</div>"));
    QVERIFY2(clean.contains(QLatin1String("Voor Na")), qPrintable(clean));
}

void TestHtmlSanitizer::omittedEndTags_areClosed()
{
    const QString clean = HtmlSanitizer::sanitize(
        QStringLiteral("<ul><li>een<li>twee</ul><p>drie<p>vier<table><tr><td>a<td>b<tr><td>c</table>"));
    QVERIFY2(clean.contains(QLatin1String("<ul><li>een</li><li>twee</li></ul>")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("<p>drie</p><p>vier</p><table>")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("<tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")),
             qPrintable(clean));
}

void TestHtmlSanitizer::decodeEntities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << QStringLiteral("caf&eacute; &amp; cr&egrave;me") << QStringLiteral("café & crème");
    QTest::newRow("typographic") << QStringLiteral("&lsquo;a&rsquo; &ldquo;b&rdquo; &hellip; &euro;&ndash;")
                                 << QStringLiteral("‘a’ “b” … €–");
    QTest::newRow("decimal and hex") << QStringLiteral("&#233;&#xE9;&#X1F600;") << QStringLiteral("éé😀");
    QTest::newRow("C1 numbers read as cp1252") << QStringLiteral("&#150;&#147;") << QStringLiteral("–“");
    QTest::newRow("unknown stays") << QStringLiteral("&bogus; & a&") << QStringLiteral("&bogus; & a&");
    QTest::newRow("legacy without semicolon") << QStringLiteral("&copy 2024") << QStringLiteral("© 2024");
    QTest::newRow("query string untouched") << QStringLiteral("?a=1&copy=2") << QStringLiteral("?a=1&copy=2");
    QTest::newRow("out of range") << QStringLiteral("&#0;&#x110000;") << QStringLiteral("\uFFFD\uFFFD");
}

void TestHtmlSanitizer::decodeEntities()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlTokenizer::decodeEntities(input), expected);
}

void TestHtmlSanitizer::metadata_readsTitleAuthorDateLanguageAndUrl()
{
    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(QStringLiteral(
        "<!DOCTYPE html><html lang=\"nl-NL\"><head><title> Gemeente &amp; provincie\n sluiten akkoord </title>"
        "<meta name=\"AUTHOR\" content=\"Jan Jansen\">"
        "<meta property=\"article:published_time\" content=\"2024-11-05T09:30:00+01:00\">"
        "<link rel=\"canonical\" href=\"https://nieuws.example/akkoord\">"
        "<meta property=\"og:url\" content=\"https://nieuws.example/og-akkoord\">"
        "</head><body><p>x</p></body></html>"));
    QCOMPARE(meta.title, QStringLiteral("Gemeente & provincie sluiten akkoord"));
    QCOMPARE(meta.author, QStringLiteral("Jan Jansen"));
    QCOMPARE(meta.published, QDate(2024, 11, 5));
    QCOMPARE(meta.language, QStringLiteral("nl"));
    QCOMPARE(meta.sourceUrl, QStringLiteral("https://nieuws.example/akkoord"));
}

void TestHtmlSanitizer::metadata_prefersOpenGraphTitle()
{
    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(QStringLiteral(
        "<title>Raad stemt in | Stadskrant</title><meta property=\"og:title\" content=\"Raad stemt in\">"));
    QCOMPARE(meta.title, QStringLiteral("Raad stemt in"));
}

void TestHtmlSanitizer::metadata_fallsBackAcrossSources()
{
    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(QStringLiteral(
        "<html><head><meta http-equiv=\"Content-Language\" content=\"en-GB\">"
        "<meta name=\"DC.creator\" content=\"Council press office\">"
        "<meta name=\"DC.date\" content=\"2023-06-30\">"
        "<meta property=\"og:url\" content=\"//council.example/news/1\">"
        "<meta property=\"og:site_name\" content=\"Council\">"
        "</head><body></body></html>"));
    QCOMPARE(meta.language, QStringLiteral("en"));
    QCOMPARE(meta.author, QStringLiteral("Council press office"));
    QCOMPARE(meta.published, QDate(2023, 6, 30));
    QCOMPARE(meta.sourceUrl, QStringLiteral("https://council.example/news/1"));
    QVERIFY(meta.title.isEmpty());
}

void TestHtmlSanitizer::metadata_ignoresSvgTitleAndRelativeUrls()
{
    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(QStringLiteral(
        "<html><head><link rel=\"canonical\" href=\"/relatief\"></head><body>"
        "<svg><title>Icoon</title></svg><p>x</p></body></html>"));
    QVERIFY2(meta.title.isEmpty(), qPrintable(meta.title));
    QVERIFY2(meta.sourceUrl.isEmpty(), qPrintable(meta.sourceUrl));
}

void TestHtmlSanitizer::metadata_parsesDateFormats_data()
{
    QTest::addColumn<QString>("metaTag");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("date, iso with offset") << QStringLiteral("<meta name=date content=\"2022-12-12T12:48:15+02:00\">")
                                           << QDate(2022, 12, 12);
    QTest::newRow("dcterms.date, day only") << QStringLiteral("<meta name=dcterms.date content=2021-01-09>")
                                            << QDate(2021, 1, 9);
    QTest::newRow("DC.date, day first") << QStringLiteral("<meta name=DC.date content=\"09-01-2021\">")
                                        << QDate(2021, 1, 9);
    QTest::newRow("utc with fraction") << QStringLiteral("<meta property=article:published_time "
                                                         "content=\"2020-02-29T23:10:00.123Z\">")
                                       << QDate(2020, 2, 29);
    QTest::newRow("rfc 2822") << QStringLiteral("<meta name=date content=\"Tue, 05 Mar 2024 10:00:00 +0100\">")
                              << QDate(2024, 3, 5);
    QTest::newRow("nonsense") << QStringLiteral("<meta name=date content=\"gisteren\">") << QDate();
}

void TestHtmlSanitizer::metadata_parsesDateFormats()
{
    QFETCH(QString, metaTag);
    QFETCH(QDate, expected);
    QCOMPARE(HtmlSanitizer::metadata(metaTag).published, expected);
}

void TestHtmlSanitizer::metadata_ofEmptyPage_isEmpty()
{
    const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(QStringLiteral("<p>Alleen tekst</p>"));
    QVERIFY(meta.title.isEmpty());
    QVERIFY(meta.author.isEmpty());
    QVERIFY(!meta.published.isValid());
    QVERIFY(meta.language.isEmpty());
    QVERIFY(meta.sourceUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
