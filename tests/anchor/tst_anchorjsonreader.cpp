// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/anchorjsonreader.h"

#include <QTest>

using namespace ktk;

// The fast reader must give exactly what Anchor::fromJson gives, for every
// input; it only may be faster.
class TestAnchorJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void textAnchor_readsLikeFromJsonOnTheFastPath_data();
    void textAnchor_readsLikeFromJsonOnTheFastPath();
    void pageAnchor_readsLikeFromJsonOnTheFastPath_data();
    void pageAnchor_readsLikeFromJsonOnTheFastPath();
    void unusualPageForms_fallBackToFromJson_data();
    void unusualPageForms_fallBackToFromJson();
    void otherForms_fallBackToFromJson_data();
    void otherForms_fallBackToFromJson();
    void hostileSelector_isBoundedAlikeOnBothPaths_data();
    void hostileSelector_isBoundedAlikeOnBothPaths();
};

void TestAnchorJsonReader::textAnchor_readsLikeFromJsonOnTheFastPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("plain") << QStringLiteral("Het kabinet verhoogt de belasting met 3 procent.") << 4 << 11;
    QTest::newRow("at the very start") << QStringLiteral("Kabinet valt") << 0 << 7;
    QTest::newRow("quotes and backslashes") << QStringLiteral("Hij zei: \"dit\\dat\" en 'zo'.") << 3 << 20;
    QTest::newRow("line breaks, tabs, control characters")
        << QStringLiteral("Eerste regel\nTweede\tregel\r\n\x01\x1f\b\f einde") << 6 << 30;
    QTest::newRow("accents and typographic quotes")
        << QStringLiteral("\u201cCr\u00e8me br\u00fbl\u00e9e\u201d \u2014 na\u00efef") << 1 << 14;
    QTest::newRow("outside the BMP") << QStringLiteral("Klimaat \U0001F30D en \U0001F525 nu") << 8 << 16;
    QTest::newRow("slash and html") << QStringLiteral("</script><b>a/b</b>") << 2 << 12;
    QTest::newRow("long offsets") << QString(200000, u'x') + QStringLiteral("claim") << 200000 << 200005;
}

void TestAnchorJsonReader::textAnchor_readsLikeFromJsonOnTheFastPath()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    const Anchor original = Anchor::forText(TextSelector::fromRange(text, start, end));
    const QString json = original.toJson();
    Anchor fast;
    QVERIFY2(AnchorJsonReader::readTextAnchor(json.toUtf8(), &fast), qPrintable(json.left(120)));
    QCOMPARE(fast, Anchor::fromJson(json));
    QCOMPARE(fast, original);
    QCOMPARE(AnchorJsonReader::read(json.toUtf8()), original);
}

void TestAnchorJsonReader::pageAnchor_readsLikeFromJsonOnTheFastPath_data()
{
    QTest::addColumn<Anchor>("anchor");
    const auto quad = [](qreal x, qreal y, qreal w, qreal h) {
        return QPolygonF({QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)});
    };
    const QString text = QStringLiteral("Eerste pagina eindigt hier.\n\nTweede \u201cpagina\u201d begint.");
    QTest::newRow("one region with text")
        << Anchor::forPage({0, {quad(0.1, 0.2, 0.3, 0.02)}}, TextSelector::fromRange(text, 0, 6));
    QTest::newRow("across a page break")
        << Anchor::forPages({{4, {quad(0.1, 0.9, 0.5, 0.015), quad(0.1, 0.92, 0.2, 0.015)}},
                             {5, {quad(1.0 / 3.0, 0.05, 2.0 / 7.0, 0.0125)}}},
                            TextSelector::fromRange(text, 14, 40));
    QTest::newRow("without text") << Anchor::forPage({12, {quad(0, 0, 1, 1)}});
    QTest::newRow("tiny, negative and exponent numbers")
        << Anchor::forPage({1, {quad(1e-7, -0.0001, 0.123456789012345678, 2.5e-5)}});
    TextSelector quoteOnly;
    quoteOnly.exact = QStringLiteral("voor de extractie");
    QTest::newRow("quote without offsets") << Anchor::forPage({2, {quad(0.2, 0.3, 0.4, 0.02)}}, quoteOnly);
    QTest::newRow("area") << Anchor::forArea({3, {quad(0.12, 0.4, 0.5, 0.25)}}, TextSelector::fromRange(text, 7, 13));
}

void TestAnchorJsonReader::pageAnchor_readsLikeFromJsonOnTheFastPath()
{
    QFETCH(Anchor, anchor);
    QVERIFY(anchor.isValid());
    const QByteArray json = anchor.toJson().toUtf8();
    Anchor fast;
    QVERIFY2(AnchorJsonReader::readPageAnchor(json, &fast), json.left(160).constData());
    QCOMPARE(fast, Anchor::fromJson(QString::fromUtf8(json)));
    QCOMPARE(fast, anchor);
    QCOMPARE(AnchorJsonReader::read(json), anchor);
}

void TestAnchorJsonReader::unusualPageForms_fallBackToFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("quad of three points") << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[[0,0,1,0,1,1]]}]})");
    QTest::newRow("quad of five points")
        << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[[0,0,1,0,1,1,0,1,0,0]]}]})");
    QTest::newRow("negative page") << QByteArray(R"({"kind":"page","pages":[{"page":-1,"quads":[[0,0,1,0,1,1,0,1]]}]})");
    QTest::newRow("no quads") << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[]}]})");
    QTest::newRow("no regions") << QByteArray(R"({"kind":"page","pages":[]})");
    QTest::newRow("area of two regions")
        << QByteArray(R"({"kind":"area","pages":[{"page":1,"quads":[[0,0,1,0,1,1,0,1]]},)"
                      R"({"page":2,"quads":[[0,0,1,0,1,1,0,1]]}]})");
    QTest::newRow("number as string") << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[["0",0,1,0,1,1,0,1]]}]})");
    QTest::newRow("leading zero") << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[[00.5,0,1,0,1,1,0,1]]}]})");
    QTest::newRow("the single-page form of version 1")
        << QByteArray(R"({"kind":"page","page":{"page":2,"quads":[[0.1,0.2,0.9,0.2,0.9,0.25,0.1,0.25]]}})");
    QTest::newRow("trailing bytes") << QByteArray(R"({"kind":"page","pages":[{"page":1,"quads":[[0,0,1,0,1,1,0,1]]}]} )");
}

void TestAnchorJsonReader::unusualPageForms_fallBackToFromJson()
{
    QFETCH(QByteArray, json);
    Anchor fast;
    const Anchor before = fast;
    QVERIFY(!AnchorJsonReader::readPageAnchor(json, &fast));
    QCOMPARE(fast, before);
    QCOMPARE(AnchorJsonReader::read(json), Anchor::fromJson(QString::fromUtf8(json)));
}

void TestAnchorJsonReader::otherForms_fallBackToFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    PageSelector page;
    page.page = 2;
    page.quads = {QPolygonF({QPointF(0.1, 0.2), QPointF(0.4, 0.2), QPointF(0.4, 0.3), QPointF(0.1, 0.3)})};
    QTest::newRow("page anchor")
        << Anchor::forPage(page, TextSelector::fromRange(QStringLiteral("tekst op pagina"), 0, 5)).toJson().toUtf8();
    QTest::newRow("spaced") << QByteArray(R"({ "kind": "text", "text": {"end": 5, "exact": "abcde", "prefix": "",)"
                                          R"( "start": 0, "suffix": ""}})");
    QTest::newRow("unknown key") << QByteArray(R"({"kind":"text","text":{"end":5,"exact":"abcde","extra":1,)"
                                               R"("prefix":"","start":0,"suffix":""}})");
    QTest::newRow("fractional offset") << QByteArray(R"({"kind":"text","text":{"end":5.5,"exact":"abcde",)"
                                                     R"("prefix":"","start":0,"suffix":""}})");
    QTest::newRow("offset too large") << QByteArray(R"({"kind":"text","text":{"end":99999999999,"exact":"a",)"
                                                    R"("prefix":"","start":0,"suffix":""}})");
    QTest::newRow("trailing bytes") << QByteArray(R"({"kind":"text","text":{"end":5,"exact":"abcde",)"
                                                  R"("prefix":"","start":0,"suffix":""}}x)");
    QTest::newRow("bad escape") << QByteArray(R"({"kind":"text","text":{"end":5,"exact":"ab\qde",)"
                                              R"("prefix":"","start":0,"suffix":""}})");
    QTest::newRow("unterminated") << QByteArray(R"({"kind":"text","text":{"end":5,"exact":"abcde)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("kabinet");
}

void TestAnchorJsonReader::otherForms_fallBackToFromJson()
{
    QFETCH(QByteArray, json);
    Anchor fast;
    const Anchor before = fast;
    QVERIFY(!AnchorJsonReader::readTextAnchor(json, &fast));
    QCOMPARE(fast, before);
    QCOMPARE(AnchorJsonReader::read(json), Anchor::fromJson(QString::fromUtf8(json)));
}

void TestAnchorJsonReader::hostileSelector_isBoundedAlikeOnBothPaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    const QByteArray prefix(300'000, 'a');
    // ktk/resolver_dos.ktk's anchor, in the compact form of the fast path...
    QTest::newRow("compact") << QByteArray(R"({"kind":"text","text":{"end":5,"exact":"a","prefix":")" + prefix
                                           + R"(","start":3,"suffix":""}})")
                             << 3 << 5;
    // ...and spaced, for the general parser.
    QTest::newRow("spaced") << QByteArray(R"({ "kind": "text", "text": {"end": 5, "exact": "a", "prefix": ")" + prefix
                                          + R"(", "start": 3, "suffix": ""}})")
                            << 3 << 5;
    QTest::newRow("compact, offsets overflow") << QByteArray(R"({"kind":"text","text":{"end":-1828814239,"exact":"a",)"
                                                             R"("prefix":")" + prefix
                                                             + R"(","start":1627389956,"suffix":""}})")
                                               << -1 << -1;
}

void TestAnchorJsonReader::hostileSelector_isBoundedAlikeOnBothPaths()
{
    QFETCH(QByteArray, json);
    QFETCH(int, start);
    QFETCH(int, end);
    const Anchor a = AnchorJsonReader::read(json);
    QCOMPARE(a.text().prefix, QString(TextSelector::MaxContextLength, u'a'));
    QCOMPARE(a.text().exact, QStringLiteral("a"));
    QCOMPARE(a.text().start, start);
    QCOMPARE(a.text().end, end);
    QCOMPARE(a, Anchor::fromJson(QString::fromUtf8(json)));
}

QTEST_GUILESS_MAIN(TestAnchorJsonReader)
#include "tst_anchorjsonreader.moc"
