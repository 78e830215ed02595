// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownrawhtml.h"

#include <QTest>

using namespace ktk;

// Qt 6.4's Markdown importer drops every word after a raw <br> or <img>
// (tst_documentrenderer shows the result); MarkdownRawHtml writes them
// self-closing, and only where they are HTML, never inside code.
class TestMarkdownRawHtml : public QObject
{
    Q_OBJECT

private slots:
    void prepare_closesVoidTagsOutsideCode_data();
    void prepare_closesVoidTagsOutsideCode();
    void prepare_tellsWhatHtmlItFound_data();
    void prepare_tellsWhatHtmlItFound();
    void prepare_isLinearOnALineOfAngleBrackets();
};

void TestMarkdownRawHtml::prepare_closesVoidTagsOutsideCode_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("prepared");
    auto row = [](const char *name, const char *markdown, const char *prepared) {
        QTest::newRow(name) << QString::fromUtf8(markdown) << QString::fromUtf8(prepared);
    };
    row("block", "Intro\n\n<img src=\"x.png\">\n\nMeer\n", "Intro\n\n<img src=\"x.png\" />\n\nMeer\n");
    row("br", "a<br>b<BR >c\n", "a<br />b<BR  />c\n");
    row("unquoted value", "<img src=x.png>\n", "<img src=x.png />\n");
    row("already closed", "<br/> <img src='a' />\n", "<br/> <img src='a' />\n");
    row("several", "<hr><input type=checkbox checked><wbr>", "<hr /><input type=checkbox checked /><wbr />");
    row("in a quote", "> tekst <br> meer\n", "> tekst <br /> meer\n");
    row("in a list", "- punt<br>\n  1. sub <img src=a>\n", "- punt<br />\n  1. sub <img src=a />\n");
    row("in a comment", "<!-- <img src=a> -->\n", "<!-- <img src=a /> -->\n");
    row("not void", "<p>a</p><div>b", "<p>a</p><div>b");
    row("code span", "`<br>` and ``a <br> ` b`` then <br>\n", "`<br>` and ``a <br> ` b`` then <br />\n");
    row("code span over lines", "`een\n<br>` twee <br>\n", "`een\n<br>` twee <br />\n");
    row("blank line ends a code span", "`open\n\n<br>\n", "`open\n\n<br />\n");
    row("fenced", "```\n<br>\n```\n<br>\n", "```\n<br>\n```\n<br />\n");
    row("tilde fence", "~~~~ html\n<br>\n~~~\n<br>\n~~~~\n<br>\n", "~~~~ html\n<br>\n~~~\n<br>\n~~~~\n<br />\n");
    row("unclosed fence", "```\n<br>\n", "```\n<br>\n");
    row("fence in a list", "- x\n  ```\n  <br>\n  ```\n", "- x\n  ```\n  <br>\n  ```\n");
    row("indented code", "Tekst\n\n    <br>\n\n<br>\n", "Tekst\n\n    <br>\n\n<br />\n");
    row("lazy line is no code", "Tekst\n    <br>\n", "Tekst\n    <br />\n");
    row("escaped", "\\<br> and \\\\<br>\n", "\\<br> and \\\\<br />\n");
    row("autolink", "<https://example.org/br> <br@example.org>\n", "<https://example.org/br> <br@example.org>\n");
    row("not a tag", "a <br x=> <br\"> <img src=\"x> <3\n", "a <br x=> <br\"> <img src=\"x> <3\n");
    row("CRLF kept", "a<br>\r\nb\r\n", "a<br />\r\nb\r\n");
    row("empty", "", "");
}

void TestMarkdownRawHtml::prepare_closesVoidTagsOutsideCode()
{
    QFETCH(QString, markdown);
    QFETCH(QString, prepared);
    QCOMPARE(MarkdownRawHtml::prepare(markdown).markdown, prepared);
}

void TestMarkdownRawHtml::prepare_tellsWhatHtmlItFound_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("hasRawHtml");
    QTest::addColumn<bool>("hasFixedPitchHtml");
    QTest::addColumn<bool>("exceedsHtmlLimits");
    QTest::newRow("none") << QStringLiteral("# Kop\n\n*tekst* 3 < 4 en `<code>`\n") << false << false << false;
    QTest::newRow("a tag") << QStringLiteral("tekst <b>vet</b>\n") << true << false << false;
    QTest::newRow("a comment") << QStringLiteral("<!-- x -->\n") << true << false << false;
    for (const char *tag : { "code", "kbd", "pre", "samp", "tt" })
        QTest::newRow(tag) << QStringLiteral("a <%1>b</%1>\n").arg(QLatin1String(tag)) << true << true << false;
    QTest::newRow("only in code") << QStringLiteral("```\n<pre>x</pre>\n```\n") << false << false << false;
    QString deep;
    for (int i = 0; i < 600; ++i)
        deep += QStringLiteral("<div>");
    QTest::newRow("600 nested divs") << deep << true << false << true;
    QString tables;
    for (int i = 0; i < 9; ++i)
        tables += QStringLiteral("<table><tr><td>");
    QTest::newRow("9 nested tables") << tables << true << false << true;
    QTest::newRow("tables side by side")
        << QStringLiteral("<table><tr><td>a</td></tr></table>").repeated(50) << true << false << false;
    QTest::newRow("closed divs") << QStringLiteral("<div>x</div>").repeated(2000) << true << false << false;
}

void TestMarkdownRawHtml::prepare_tellsWhatHtmlItFound()
{
    QFETCH(QString, markdown);
    QFETCH(bool, hasRawHtml);
    QFETCH(bool, hasFixedPitchHtml);
    QFETCH(bool, exceedsHtmlLimits);
    const MarkdownRawHtml::Prepared prepared = MarkdownRawHtml::prepare(markdown);
    QCOMPARE(prepared.hasRawHtml, hasRawHtml);
    QCOMPARE(prepared.hasFixedPitchHtml, hasFixedPitchHtml);
    QCOMPARE(prepared.exceedsHtmlLimits, exceedsHtmlLimits);
}

void TestMarkdownRawHtml::prepare_isLinearOnALineOfAngleBrackets()
{
    // Every '<' may start a tag; none is looked at for longer than a tag can be.
    const QString line = QStringLiteral("<a b=\"<\" ").repeated(200000) + QStringLiteral("<br>");
    const MarkdownRawHtml::Prepared prepared = MarkdownRawHtml::prepare(line);
    QVERIFY(prepared.markdown.endsWith(QLatin1String("<br />")));
}

QTEST_GUILESS_MAIN(TestMarkdownRawHtml)
#include "tst_markdownrawhtml.moc"
