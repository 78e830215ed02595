// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlsanitizer.h"
#include "import/readermode.h"
#include "import/safetextdocument.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ktk;

// Reader mode on hand-made pages: what a news site puts around an article
// goes, the article stays with its words as the full page shows them; pages
// without an article say so; hostile pages come back quickly. (How well it
// does on real pages is measured by tests/bench/bench_readermode.)
class TestReaderMode : public QObject
{
    Q_OBJECT

private slots:
    void newsArticle_keepsTheArticle_dropsNavigationCookiesSharingRelatedAndComments();
    void articleSplitOverSiblingDivs_keepsEveryPart();
    void listsAndTablesInTheArticle_areKept();
    void keptText_isRenderedExactlyAsOnTheFullPage();
    void frontPageOfTeasers_isNoArticle();
    void emptyOrGarbagePages_areNoArticle_data();
    void emptyOrGarbagePages_areNoArticle();
    void deepNesting_isFlattened_withoutRecursion();
    void millionUnclosedTags_returnWithinBounds();
};

namespace {

// What the importer shows: the HTML sanitised and read by Qt.
QString rendered(const QString &html)
{
    SafeTextDocument document;
    document.setHtml(HtmlSanitizer::sanitize(html));
    return document.toPlainText();
}

QString paragraph(int n)
{
    return QStringLiteral("<p>Paragraph %1 of the report: the ministry expects unemployment to fall by four percent "
                          "within two years, although critics say the figures are misleading, and the opposition "
                          "wants a debate in parliament before the summer.</p>\n")
        .arg(n);
}

QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QString NewsPage = QStringLiteral(R"(<!DOCTYPE html>
<html lang="en"><head><title>Unemployment to fall | Daily Example</title></head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience on our site. By
continuing you accept our cookie policy, which you can read here at any time you like.</p>
<a href="/privacy">Privacy settings</a></div>
<header class="site-header"><a href="/">Daily Example</a>
<ul class="menu"><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/culture">Culture</a></li></ul></header>
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<div class="page">
<article class="story">
<h1>Ministry expects unemployment to fall</h1>
<p class="byline">By Anna de Vries, 12 March 2026</p>
%1
<div class="share-buttons"><a href="https://facebook.example/share">Share on Facebook</a>
<a href="https://twitter.example/share">Share on Twitter</a><a href="mailto:?x">Email this story</a></div>
</article>
<div class="related-stories"><h2>More stories</h2>
<ul><li><a href="/a">Inflation falls again in February, says the bureau</a></li>
<li><a href="/b">Minister resigns after a week of questions about her budget</a></li>
<li><a href="/c">Five things you need to know about the new pension law</a></li></ul></div>
<section id="comments" class="comments-area"><h3>Reader comments</h3>
<div class="comment"><p>Commenter one writes: I do not believe a single word of these figures, they said
the same thing last year, and the year before that, and nothing happened at all in my town.</p></div>
<div class="comment"><p>Commenter two writes: Finally some good news, although I wonder who is going to pay
for all of this in the end, probably the people who already pay for everything else.</p></div>
</section>
</div>
<footer class="site-footer"><p>Copyright 2026 Daily Example Media Group. All rights reserved.</p>
<a href="/about">About us</a> <a href="/contact">Contact</a></footer>
</body></html>)");

} // namespace

void TestReaderMode::newsArticle_keepsTheArticle_dropsNavigationCookiesSharingRelatedAndComments()
{
    QString body;
    for (int i = 1; i <= 5; ++i)
        body += paragraph(i);
    const ReaderMode::Result result = ReaderMode::extract(NewsPage.arg(body));
    QVERIFY(result.isArticle);
    const QString text = rendered(result.html);
    QVERIFY2(text.contains(QLatin1String("Ministry expects unemployment to fall")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("By Anna de Vries, 12 March 2026")), qPrintable(text));
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(text.contains(QStringLiteral("Paragraph %1 of the report").arg(i)), qPrintable(text));
    for (const char *gone : { "We use cookies", "Privacy settings", "Politics", "World news", "Share on Facebook",
                              "Email this story", "More stories", "Inflation falls again", "Reader comments",
                              "Commenter one", "Commenter two", "All rights reserved", "About us" })
        QVERIFY2(!text.contains(QLatin1String(gone)), gone);
    // The headline comes first, the body follows in its order.
    QVERIFY(text.indexOf(QLatin1String("Ministry expects")) < text.indexOf(QLatin1String("Paragraph 1 ")));
    QVERIFY(text.indexOf(QLatin1String("Paragraph 4 ")) < text.indexOf(QLatin1String("Paragraph 5 ")));
}

void TestReaderMode::articleSplitOverSiblingDivs_keepsEveryPart()
{
    const QString page = QStringLiteral(R"(<html><body>
<div class="sidebar"><ul><li><a href="/1">Most read one</a></li><li><a href="/2">Most read two</a></li></ul></div>
<div class="content">
<h1>Budget plans for the coming year</h1>
<div class="text-block">%1%2</div>
<div class="image-block"><img src="https://img.example/photo.jpg" alt="photo.jpg"></div>
<div class="text-block">%3%4</div>
<div class="text-block">%5</div>
</div>
<div class="footer"><a href="/imprint">Imprint</a></div>
</body></html>)")
                             .arg(paragraph(1), paragraph(2), paragraph(3), paragraph(4), paragraph(5));
    const ReaderMode::Result result = ReaderMode::extract(page);
    QVERIFY(result.isArticle);
    const QString text = rendered(result.html);
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(text.contains(QStringLiteral("Paragraph %1 of the report").arg(i)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Budget plans for the coming year")));
    QVERIFY2(!text.contains(QLatin1String("Most read")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Imprint")), qPrintable(text));
}

void TestReaderMode::listsAndTablesInTheArticle_areKept()
{
    const QString page = QStringLiteral(R"(<html><body>
<nav class="menu"><a href="/">Home</a><a href="/news">News</a></nav>
<main><article>
<h1>What the new law changes</h1>
%1
<h2>The main points</h2>
<ul><li>Pensions rise by two percent from July onwards</li><li>The retirement age stays at sixty-seven for now</li>
<li>Self-employed people may join the public scheme</li></ul>
%2
<table><caption>Effect per income group</caption>
<tr><th>Income</th><th>Change</th></tr><tr><td>Below 20,000 euro</td><td>plus 3.1 percent</td></tr>
<tr><td>Above 80,000 euro</td><td>minus 0.4 percent</td></tr></table>
<blockquote><p>This is the largest reform in twenty years, said the minister on Tuesday.</p></blockquote>
%3
</article></main>
<aside class="related"><h3>Related</h3><a href="/x">Another story about pensions and the law</a></aside>
</body></html>)")
                             .arg(paragraph(1), paragraph(2), paragraph(3));
    const ReaderMode::Result result = ReaderMode::extract(page);
    QVERIFY(result.isArticle);
    const QString text = rendered(result.html);
    for (const char *kept : { "The main points", "Pensions rise by two percent", "Self-employed people may join",
                              "Effect per income group", "Below 20,000 euro", "minus 0.4 percent",
                              "the largest reform in twenty years", "Paragraph 3 of the report" })
        QVERIFY2(text.contains(QLatin1String(kept)), kept);
    QVERIFY2(!text.contains(QLatin1String("Another story about pensions")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("News")), qPrintable(text));
}

void TestReaderMode::keptText_isRenderedExactlyAsOnTheFullPage()
{
    // Entities, inline markup, a bare '<' and line breaks: the reader passes
    // the page's text through, so Qt renders the same characters.
    const QString special = QStringLiteral(
        "<p>Prices rose by 5&nbsp;% &amp; wages by <b>3</b>&#8239;%, <i>per</i> the <a href=\"https://cbs.example/\">"
        "bureau</a>; 2 &lt; 3 and 4 < 5 &mdash; &quot;quoted&quot; &eacute;t&eacute;, caf&#xE9;<br>next line "
        "after a break, written long enough to count as a paragraph of real text.</p>");
    const QString page = NewsPage.arg(paragraph(1) + special + paragraph(2) + paragraph(3));
    const ReaderMode::Result result = ReaderMode::extract(page);
    QVERIFY(result.isArticle);
    const QString full = rendered(page);
    const QString reader = rendered(result.html);
    const QString specialText = rendered(QStringLiteral("<html><body>") + special + QStringLiteral("</body></html>"));
    QVERIFY(full.contains(specialText));
    QVERIFY2(reader.contains(specialText), qPrintable(reader));
    // Every line the reader keeps is a line of the full page.
    for (const QString &line : reader.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(full.contains(line), qPrintable(line));
}

void TestReaderMode::frontPageOfTeasers_isNoArticle()
{
    QString teasers;
    for (int i = 0; i < 40; ++i) {
        teasers += QStringLiteral("<li class=\"teaser\"><a href=\"/story/%1\"><h3>Headline number %1 about the "
                                  "news of the day</h3></a><a href=\"/section/%2\">Section %2</a></li>\n")
                       .arg(i)
                       .arg(i % 5);
    }
    const QString page = QStringLiteral("<html><body><header><a href=\"/\">Front</a></header><main><ul>")
        + teasers + QStringLiteral("</ul></main><footer>Contact us</footer></body></html>");
    const ReaderMode::Result result = ReaderMode::extract(page);
    QVERIFY2(!result.isArticle, qPrintable(result.html.left(300)));
    QVERIFY(result.html.isEmpty());
}

void TestReaderMode::emptyOrGarbagePages_areNoArticle_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << QStringLiteral(" \n\t ");
    QTest::newRow("angle brackets") << QStringLiteral("<<<>>></></<!---->>");
    QTest::newRow("unclosed comment") << QStringLiteral("<p>start<!-- never closed ") + repeated(QStringLiteral("x "), 500);
    QTest::newRow("only a script") << QStringLiteral("<script>") + repeated(QStringLiteral("var a = 1; "), 300)
            + QStringLiteral("</script>");
    QTest::newRow("one word") << QStringLiteral("<html><body><p>Hello</p></body></html>");
    QTest::newRow("stray end tags") << repeated(QStringLiteral("</div></p></li></table>"), 1000);
    QString binary;
    for (int i = 0; i < 2000; ++i)
        binary += QChar(char16_t((i * 7919) % 0xD000 + 1));
    QTest::newRow("binary") << binary;
}

void TestReaderMode::emptyOrGarbagePages_areNoArticle()
{
    QFETCH(QString, page);
    const ReaderMode::Result result = ReaderMode::extract(page);
    QVERIFY(!result.isArticle);
    QVERIFY(result.html.isEmpty());
}

void TestReaderMode::deepNesting_isFlattened_withoutRecursion()
{
    // 150,000 nested elements around an article: a recursive walk would
    // overflow the stack, a quadratic one take minutes.
    constexpr int Depth = 150000;
    QString body;
    for (int i = 1; i <= 6; ++i)
        body += paragraph(i);
    const QString page = QStringLiteral("<html><body>") + repeated(QStringLiteral("<div>"), Depth)
        + QStringLiteral("<h1>Deep down</h1>") + body + repeated(QStringLiteral("</div>"), Depth)
        + QStringLiteral("<div class=\"footer\"><a href=\"/\">Home</a></div></body></html>");
    QElapsedTimer timer;
    timer.start();
    const ReaderMode::Result result = ReaderMode::extract(page);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY(result.isArticle);
    // Beyond HtmlSanitizer::MaxDepth the tags are flattened, the text stays.
    const QString html = HtmlSanitizer::sanitize(result.html);
    for (int i = 1; i <= 6; ++i)
        QVERIFY(html.contains(QStringLiteral("Paragraph %1 of the report").arg(i)));
    QVERIFY(result.html.count(QLatin1String("<div")) <= HtmlSanitizer::MaxDepth + 8);
}

void TestReaderMode::millionUnclosedTags_returnWithinBounds()
{
    // A million tags never closed, of the kinds that nest (div, span) and
    // the kinds HTML closes by itself (p, li): bounded time and memory.
    const QString page = QStringLiteral("<html><body>")
        + repeated(QStringLiteral("<div><span><p>word <li>item "), 250000) + paragraph(1);
    QCOMPARE(page.count(u'<'), 1000000 + 4);
    QElapsedTimer timer;
    timer.start();
    const ReaderMode::Result result = ReaderMode::extract(page);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    if (result.isArticle)
        QVERIFY(result.html.size() < 4 * page.size());
}

QTEST_MAIN(TestReaderMode)
#include "tst_readermode.moc"
