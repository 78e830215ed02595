// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlsanitizer.h"
#include "import/htmltokenizer.h"

#include <QRegularExpression>
#include <QTest>

using namespace ktk;

// What the sanitiser gives QTextDocument is bounded, whatever the page: Qt
// takes time with the square of the nesting, doubles its layout work per
// nested table, and spends about 10 us a tag. Beyond the bounds the text
// stays and the tags go. Speed itself is measured by bench_kanttekening and
// bounded by tests/hostile; these tests check what comes out.
class TestSanitizerLimits : public QObject
{
    Q_OBJECT

private slots:
    void duplicateAttributes_theFirstWins_evenAmongMany();
    void attributesBeyondTheLimit_areNotKept();
    void deepNesting_isFlattened_data();
    void deepNesting_isFlattened();
    void flattenedBlocks_keepTheirWordsApart();
    void strayEndTagsDeepDown_closeNothing();
    void endTagOfAnOuterElement_endsTheFlattenedOnesInside();
    void droppedElementsDeepDown_stayDropped();
    void nestedTables_beyondTheLimit_areFlattened();
    void tagsBeyondTheLimit_leaveTheirText();
    void fixedPitchElements_areWrittenAsCss();
};

namespace {

int count(const QString &html, const QString &what)
{
    return int(html.count(what));
}

QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

void TestSanitizerLimits::duplicateAttributes_theFirstWins_evenAmongMany()
{
    QString tag = QStringLiteral("<a");
    for (int i = 0; i < 100; ++i)
        tag += QStringLiteral(" data-x%1=%1").arg(i);
    tag += QStringLiteral(" href=\"https://een.example/\" data-x7=weer href=\"https://twee.example/\">link</a>");
    HtmlTokenizer tokenizer(tag);
    HtmlToken token;
    QVERIFY(tokenizer.next(token));
    QCOMPARE(token.attributes.size(), 101);
    QCOMPARE(token.attribute(QLatin1String("href")), QStringLiteral("https://een.example/"));
    QCOMPARE(token.attribute(QLatin1String("data-x7")), QStringLiteral("7"));
}

void TestSanitizerLimits::attributesBeyondTheLimit_areNotKept()
{
    // 200,000 attributes on one tag took the import 112 s; what no reader
    // needs is not kept, so a tag costs bounded memory.
    QString tag = QStringLiteral("<a");
    for (int i = 0; i < 5000; ++i)
        tag += QStringLiteral(" a%1=1").arg(i);
    tag += QStringLiteral(" href=\"https://laat.example/\">link</a>");
    HtmlTokenizer tokenizer(tag);
    HtmlToken token;
    QVERIFY(tokenizer.next(token));
    QVERIFY2(token.attributes.size() <= 1024, QByteArray::number(token.attributes.size()));
    QVERIFY(!token.hasAttribute(QLatin1String("href")));
    QVERIFY(tokenizer.next(token));
    QCOMPARE(token.text, QStringView(u"link"));   // the rest of the tag was read past
}

void TestSanitizerLimits::deepNesting_isFlattened_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::newRow("blocks") << QStringLiteral("<div>") << QStringLiteral("</div>");
    QTest::newRow("inline") << QStringLiteral("<b>") << QStringLiteral("</b>");
    QTest::newRow("unclosed") << QStringLiteral("<span>") << QString();
    QTest::newRow("lists") << QStringLiteral("<ul><li>") << QStringLiteral("</li></ul>");
}

void TestSanitizerLimits::deepNesting_isFlattened()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    // 100,000 levels took setHtml over two minutes (its time grows with the
    // square of the depth).
    const QString html = QStringLiteral("<p>begin ") + repeated(open, 100000) + QStringLiteral("diepe tekst")
        + repeated(close, 100000) + QStringLiteral(" einde</p>");
    const QString clean = HtmlSanitizer::sanitize(html);
    const QString firstTag = open.mid(1, open.indexOf(u'>') - 1);
    const int written = count(clean, u'<' + firstTag + u'>');
    QVERIFY2(written > 100 && written <= 1000, QByteArray::number(written));
    QCOMPARE(count(clean, QStringLiteral("</") + firstTag + u'>'), written);
    QVERIFY(clean.contains(QLatin1String("diepe tekst")));
    QVERIFY(clean.contains(QLatin1String("einde")));
}

void TestSanitizerLimits::flattenedBlocks_keepTheirWordsApart()
{
    QString html;
    for (int i = 0; i < 2000; ++i)
        html += QStringLiteral("<div>w%1").arg(i);
    html += repeated(QStringLiteral("</div>"), 2000);
    const QString clean = HtmlSanitizer::sanitize(html);
    // Tags written stand for a block boundary; those not written must leave a space.
    const QString text = QString(clean).replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "))
                             .simplified();
    QStringList words;
    for (int i = 0; i < 2000; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    QCOMPARE(text, words.join(u' '));
}

void TestSanitizerLimits::strayEndTagsDeepDown_closeNothing()
{
    // End tags that match nothing were looked for down the whole stack, each
    // of them: 200,000 under 200,000 open divs never finished.
    const QString html = QStringLiteral("<p>tekst</p>") + repeated(QStringLiteral("<div>"), 3000)
        + repeated(QStringLiteral("</x>"), 3000) + QStringLiteral("binnen") + repeated(QStringLiteral("</div>"), 3000)
        + QStringLiteral("buiten");
    const QString clean = HtmlSanitizer::sanitize(html);
    QVERIFY(clean.contains(QLatin1String("binnen")));
    QVERIFY(clean.endsWith(QLatin1String("buiten</body></html>")));
    QCOMPARE(count(clean, QStringLiteral("<div>")), count(clean, QStringLiteral("</div>")));
}

void TestSanitizerLimits::endTagOfAnOuterElement_endsTheFlattenedOnesInside()
{
    const QString html = QStringLiteral("<blockquote>") + repeated(QStringLiteral("<span>"), 2000)
        + QStringLiteral("citaat</blockquote><p>daarna</p>");
    const QString clean = HtmlSanitizer::sanitize(html);
    QVERIFY2(clean.contains(QLatin1String("citaat</span>")), qPrintable(clean.right(200)));
    QVERIFY2(clean.contains(QLatin1String("</blockquote><p>daarna</p>")), qPrintable(clean.right(200)));
}

void TestSanitizerLimits::droppedElementsDeepDown_stayDropped()
{
    const QString html = repeated(QStringLiteral("<div>"), 1000)
        + QStringLiteral("voor<script>geheim()</script><svg><g><text>tekening</text></g></svg>"
                         "<nav><ul><li>menu</li></ul></nav><span hidden>verborgen</span>na")
        + repeated(QStringLiteral("</div>"), 1000) + QStringLiteral("<p>slot</p>");
    const QString clean = HtmlSanitizer::sanitize(html);
    for (const char *gone : { "geheim", "tekening", "menu", "verborgen" })
        QVERIFY2(!clean.contains(QLatin1String(gone)), gone);
    QVERIFY(clean.contains(QLatin1String("voor")));
    QVERIFY(clean.contains(QLatin1String("na")));
    QVERIFY(clean.contains(QLatin1String("<p>slot</p>")));

    // A dropped element left open deep down ends with its parent.
    const QString unclosed = HtmlSanitizer::sanitize(QStringLiteral("<section>") + repeated(QStringLiteral("<b>"), 1000)
                                                     + QStringLiteral("<nav>menu</section><p>artikel</p>"));
    QVERIFY(!unclosed.contains(QLatin1String("menu")));
    QVERIFY(unclosed.contains(QLatin1String("<p>artikel</p>")));
}

void TestSanitizerLimits::nestedTables_beyondTheLimit_areFlattened()
{
    QString html;
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<table><tr><td>cel%1</td><td>").arg(i);
    html += QStringLiteral("kern");
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("</td></tr></table>");
    const QString clean = HtmlSanitizer::sanitize(html);
    QCOMPARE(count(clean, QStringLiteral("<table>")), 8);
    QCOMPARE(count(clean, QStringLiteral("</table>")), 8);
    QCOMPARE(count(clean, QStringLiteral("<td>")), 16);
    QVERIFY2(clean.contains(QLatin1String("cel29 kern")), qPrintable(clean));

    // Side by side they are no deeper.
    const QString siblings = HtmlSanitizer::sanitize(repeated(QStringLiteral("<table><tr><td>x</td></tr></table>"), 50));
    QCOMPARE(count(siblings, QStringLiteral("<table>")), 50);
}

void TestSanitizerLimits::tagsBeyondTheLimit_leaveTheirText()
{
    // About 10 us a tag in setHtml: a 60 MB page of them took minutes.
    const QString html = QStringLiteral("<p>") + repeated(QStringLiteral("<b>w</b> "), 250000);
    const QString clean = HtmlSanitizer::sanitize(html);
    const int written = count(clean, QStringLiteral("<b>"));
    QVERIFY2(written >= 50000 && written < 250000, QByteArray::number(written));
    QCOMPARE(count(clean, QStringLiteral("w")), 250000);
}

void TestSanitizerLimits::fixedPitchElements_areWrittenAsCss()
{
    // Qt 6.4's setHtml asks the platform for the fixed-pitch font of these
    // and dereferences null without a QGuiApplication.
    const QString clean = HtmlSanitizer::sanitize(QStringLiteral(
        "<pre>een\n  twee</pre><p><code>a</code> <kbd>b</kbd> <samp>c</samp> <tt>d</tt></p>"));
    for (const char *element : { "<pre", "<code", "<kbd", "<samp", "<tt" })
        QVERIFY2(!clean.contains(QLatin1String(element)), qPrintable(clean));
    QCOMPARE(count(clean, QStringLiteral("font-family: monospace")), 5);
    QVERIFY2(clean.contains(QLatin1String("white-space: pre")), qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("een\n  twee")), qPrintable(clean));
}

QTEST_GUILESS_MAIN(TestSanitizerLimits)
#include "tst_sanitizerlimits.moc"
