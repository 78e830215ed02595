// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/anchor.h"

#include <QTest>

#include <limits>

using namespace ktk;

class TstAnchor : public QObject
{
    Q_OBJECT

private slots:
    void fromRange_fillsQuoteAndContext()
    {
        const QString text = QString(40, u'a') + QStringLiteral("QUOTE") + QString(40, u'b');
        const TextSelector s = TextSelector::fromRange(text, 40, 45);
        QCOMPARE(s.exact, QStringLiteral("QUOTE"));
        QCOMPARE(s.prefix, QString(TextSelector::ContextLength, u'a'));
        QCOMPARE(s.suffix, QString(TextSelector::ContextLength, u'b'));
        QVERIFY(s.isValid());
        QCOMPARE(s.length(), 5);
    }

    void fromRange_atTextEdges_hasShortOrEmptyContext_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("start") << 0 << 3 << QStringLiteral("Het") << QString() << QStringLiteral(" plan.");
        QTest::newRow("end") << 4 << 9 << QStringLiteral("plan.") << QStringLiteral("Het ") << QString();
        QTest::newRow("whole") << 0 << 9 << QStringLiteral("Het plan.") << QString() << QString();
        QTest::newRow("clamped past end") << 4 << 99 << QStringLiteral("plan.") << QStringLiteral("Het ") << QString();
        QTest::newRow("clamped before start") << -5 << 3 << QStringLiteral("Het") << QString() << QStringLiteral(" plan.");
    }

    void fromRange_atTextEdges_hasShortOrEmptyContext()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, exact);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        const TextSelector s = TextSelector::fromRange(QStringLiteral("Het plan."), start, end);
        QCOMPARE(s.exact, exact);
        QCOMPARE(s.prefix, prefix);
        QCOMPARE(s.suffix, suffix);
        QVERIFY(s.isValid());
    }

    void fromRange_emptyRangeOrText_isInvalid()
    {
        QVERIFY(!TextSelector::fromRange(QString(), 0, 5).isValid());
        QVERIFY(!TextSelector::fromRange(QStringLiteral("abc"), 2, 2).isValid());
        QVERIFY(!TextSelector::fromRange(QStringLiteral("abc"), 2, 1).isValid());
    }

    void length_ofOffsetsThatDescribeNoRange_isZero_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        // fuzz_resolver crash-7940044d...: end - start overflowed an int.
        QTest::newRow("crash-7940 offsets") << 0x61000004 << int(0x92fe8261u);
        QTest::newRow("widest") << std::numeric_limits<int>::min() << std::numeric_limits<int>::max();
        QTest::newRow("reversed") << 40 << 10;
        QTest::newRow("negative start") << -5 << 3;
        QTest::newRow("empty") << 7 << 7;
    }

    void length_ofOffsetsThatDescribeNoRange_isZero()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        TextSelector s;
        s.start = start;
        s.end = end;
        QCOMPARE(s.length(), 0);
    }

    void length_atTheTopOfTheIntRange_isExact()
    {
        TextSelector s;
        s.start = 0;
        s.end = std::numeric_limits<int>::max();
        QCOMPARE(s.length(), std::numeric_limits<int>::max());
        s.start = std::numeric_limits<int>::max() - 1;
        QCOMPARE(s.length(), 1);
    }

    void fromJson_hugeContext_keepsWhatIsNearestTheQuote()
    {
        // ktk/resolver_dos.ktk stored 300,000 characters of prefix.
        const QString before = QStringLiteral("begin") + QString(300'000, u'p') + QStringLiteral("VOOR");
        const QString after = QStringLiteral("NA") + QString(300'000, u's') + QStringLiteral("einde");
        TextSelector t;
        t.start = 300'009;
        t.end = 300'014;
        t.exact = QStringLiteral("claim");
        t.prefix = before;
        t.suffix = after;
        const Anchor back = Anchor::fromJson(Anchor::forText(t).toJson());
        QCOMPARE(back.text().prefix.size(), TextSelector::MaxContextLength);
        QCOMPARE(back.text().suffix.size(), TextSelector::MaxContextLength);
        QVERIFY(back.text().prefix.endsWith(QStringLiteral("pVOOR")));
        QVERIFY(back.text().suffix.startsWith(QStringLiteral("NAs")));
        QCOMPARE(back.text().exact, t.exact);
        QCOMPARE(back.text().start, t.start);
        QCOMPARE(back.text().end, t.end);
        QCOMPARE(Anchor::fromUtf8Json(Anchor::forText(t).toJson().toUtf8()), back);
    }

    void fromJson_contextCutInASurrogatePair_dropsTheHalf()
    {
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        TextSelector t;
        t.start = 0;
        t.end = 1;
        t.exact = QStringLiteral("x");
        // The cut falls between the two halves of the emoji on either side.
        t.prefix = emoji + QString(TextSelector::MaxContextLength - 1, u'p');
        t.suffix = QString(TextSelector::MaxContextLength - 1, u's') + emoji;
        const Anchor back = Anchor::fromJson(Anchor::forText(t).toJson());
        QCOMPARE(back.text().prefix, QString(TextSelector::MaxContextLength - 1, u'p'));
        QCOMPARE(back.text().suffix, QString(TextSelector::MaxContextLength - 1, u's'));
    }

    void fromJson_offsetsThatDescribeNoRange_leaveTheQuoteToDecide_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("crash-7940 offsets") << 0x61000004 << int(0x92fe8261u);
        QTest::newRow("negative") << -7 << 3;
        QTest::newRow("reversed") << 40 << 10;
        QTest::newRow("widest") << std::numeric_limits<int>::min() << std::numeric_limits<int>::max();
    }

    void fromJson_offsetsThatDescribeNoRange_leaveTheQuoteToDecide()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        TextSelector t;
        t.start = start;
        t.end = end;
        t.exact = QStringLiteral("claim");
        t.prefix = QStringLiteral("de ");
        const QByteArray json = Anchor::forText(t).toJson().toUtf8();
        for (const Anchor &back : {Anchor::fromJson(QString::fromUtf8(json)), Anchor::fromUtf8Json(json)}) {
            QCOMPARE(back.text().start, -1);
            QCOMPARE(back.text().end, -1);
            QCOMPARE(back.text().exact, t.exact);
            QCOMPARE(back.text().prefix, t.prefix);
        }
    }

    void textAnchor_roundTripsThroughJson()
    {
        const QString text = QStringLiteral("Zij zei: \"dit klopt niet\"\n\tmet een tab, é en ") + QString::fromUcs4(U"\U0001F600");
        const Anchor a = Anchor::forText(TextSelector::fromRange(text, 9, 25));
        QVERIFY(a.isValid());
        const QString json = a.toJson();
        QVERIFY(!json.contains(u'\n'));   // one line in the project file
        const Anchor back = Anchor::fromJson(json);
        QCOMPARE(back.kind(), Anchor::Kind::Text);
        QCOMPARE(back, a);
        QCOMPARE(back.quote(), QStringLiteral("\"dit klopt niet\""));
    }

    void pageAnchor_roundTripsThroughJson_data()
    {
        QTest::addColumn<bool>("withText");
        QTest::newRow("with text") << true;
        QTest::newRow("without text") << false;
    }

    void pageAnchor_roundTripsThroughJson()
    {
        QFETCH(bool, withText);
        PageSelector page;
        page.page = 3;
        page.quads.append(QPolygonF({QPointF(0.1, 0.2), QPointF(0.9, 0.2), QPointF(0.9, 0.23), QPointF(0.1, 0.23)}));
        page.quads.append(QPolygonF({QPointF(1.0 / 3.0, 0.25), QPointF(0.5, 0.25), QPointF(0.5, 0.28), QPointF(1.0 / 3.0, 0.28)}));
        const TextSelector text = withText ? TextSelector::fromRange(QStringLiteral("pagina drie tekst"), 7, 11) : TextSelector();
        const Anchor a = Anchor::forPage(page, text);
        QVERIFY(a.isValid());
        const Anchor back = Anchor::fromJson(a.toJson());
        QCOMPARE(back.kind(), Anchor::Kind::Page);
        QCOMPARE(back.page().page, 3);
        QCOMPARE(back.page().quads, page.quads);   // exact doubles, not approximations
        QCOMPARE(back.text(), text);
        QCOMPARE(back, a);
    }

    void pageAnchor_acrossAPageBreak_keepsEveryRegion()
    {
        PageSelector end;
        end.page = 4;
        end.quads.append(QPolygonF(QRectF(0.1, 0.85, 0.5, 0.02)));
        PageSelector start;
        start.page = 5;
        start.quads.append(QPolygonF(QRectF(0.1, 0.08, 0.7, 0.02)));
        start.quads.append(QPolygonF(QRectF(0.1, 0.11, 0.3, 0.02)));
        const Anchor a = Anchor::forPages({end, PageSelector(), start},
                                          TextSelector::fromRange(QStringLiteral("einde\n\nbegin"), 0, 12));
        QCOMPARE(a.regions().size(), 2);   // the empty region is dropped
        const Anchor back = Anchor::fromUtf8Json(a.toJson().toUtf8());
        QCOMPARE(back, a);
        QCOMPARE(back.page().page, 4);
        QCOMPARE(back.quadsOnPage(5), a.regions().last().quads);
        QCOMPARE(back.quadsOnPage(5).first().size(), PageSelector::QuadPoints);   // QRectF closes with a fifth point
        QVERIFY(back.quadsOnPage(6).isEmpty());
        QCOMPARE(back.positionKey(), Anchor::forPage(end).positionKey());
    }

    void areaAnchor_roundTripsAsArea()
    {
        PageSelector box;
        box.page = 0;
        box.quads.append(QPolygonF(QRectF(0.2, 0.3, 0.4, 0.25)));
        const Anchor a = Anchor::forArea(box);
        QVERIFY(a.isValid());
        QVERIFY(a.isOnPages());
        const Anchor back = Anchor::fromJson(a.toJson());
        QCOMPARE(back.kind(), Anchor::Kind::Area);
        QCOMPARE(back, a);
    }

    void fromJson_singlePageForm_isStillRead()
    {
        // What version 1 wrote: one "page" object.
        const Anchor a = Anchor::fromJson(QStringLiteral(
            "{\"kind\":\"page\",\"page\":{\"page\":2,\"quads\":[[0.1,0.2,0.9,0.2,0.9,0.25,0.1,0.25]]}}"));
        QVERIFY(a.isValid());
        QCOMPARE(a.regions().size(), 1);
        QCOMPARE(a.page().page, 2);
    }

    void fromJson_tooManyRegions_keepsTheFirst()
    {
        QByteArray json = R"({"kind":"page","pages":[)";
        for (int i = 0; i < Anchor::MaxRegions + 50; ++i)
            json += "{\"page\":" + QByteArray::number(i) + ",\"quads\":[[0,0,1,0,1,1,0,1]]},";
        json.chop(1);
        json += "]}";
        const Anchor a = Anchor::fromUtf8Json(json);
        QCOMPARE(a.regions().size(), Anchor::MaxRegions);
        QCOMPARE(a.regions().last().page, Anchor::MaxRegions - 1);
    }

    void fromJson_garbage_isInvalid_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QString();
        QTest::newRow("not json") << QStringLiteral("dit is geen json");
        QTest::newRow("truncated") << QStringLiteral("{\"kind\":\"text\",\"text\":{\"start\":1");
        QTest::newRow("array") << QStringLiteral("[1,2,3]");
        QTest::newRow("number") << QStringLiteral("42");
        QTest::newRow("empty object") << QStringLiteral("{}");
        QTest::newRow("unknown kind") << QStringLiteral("{\"kind\":\"video\",\"text\":{\"start\":0,\"end\":3,\"exact\":\"abc\"}}");
        QTest::newRow("text without selector") << QStringLiteral("{\"kind\":\"text\"}");
        QTest::newRow("text with wrong types") << QStringLiteral("{\"kind\":\"text\",\"text\":{\"start\":\"0\",\"end\":\"3\"}}");
        QTest::newRow("page without quads") << QStringLiteral("{\"kind\":\"page\",\"page\":{\"page\":2,\"quads\":[]}}");
        QTest::newRow("page with negative page") << QStringLiteral("{\"kind\":\"page\",\"page\":{\"page\":-1,\"quads\":[[0,0,1,0,1,1,0,1]]}}");
        QTest::newRow("page as string") << QStringLiteral("{\"kind\":\"page\",\"page\":\"drie\"}");
        QTest::newRow("pages with one bad region") << QStringLiteral(
            "{\"kind\":\"page\",\"pages\":[{\"page\":1,\"quads\":[[0,0,1,0,1,1,0,1]]},{\"page\":-3,\"quads\":[]}]}");
        QTest::newRow("area without region") << QStringLiteral("{\"kind\":\"area\",\"pages\":[]}");
    }

    void fromJson_garbage_isInvalid()
    {
        QFETCH(QString, json);
        QVERIFY(!Anchor::fromJson(json).isValid());
    }

    void fromJson_pageWithTooManyQuads_keepsTheFirstOfFourPoints()
    {
        QByteArray json = R"({"kind":"page","page":{"page":1,"quads":[[0,0,1,0,1,1,0,1,0.5,0.5,0.2,0.2],)";
        for (int i = 0; i < 10'000; ++i)
            json += "[0.1,0.2,0.3,0.2,0.3,0.25,0.1,0.25],";
        json += "[0,0,1,0,1,1,0,1]]}}";
        const Anchor a = Anchor::fromUtf8Json(json);
        QVERIFY(a.isValid());
        QCOMPARE(a.page().quads.size(), PageSelector::MaxQuads);
        QCOMPARE(a.page().quads.first(), QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1)}));
        for (const QPolygonF &quad : a.page().quads)
            QCOMPARE(quad.size(), PageSelector::QuadPoints);
    }

    void positionKey_ordersPageAnchorsInReadingOrder()
    {
        auto at = [](int page, qreal top, qreal left) {
            PageSelector p;
            p.page = page;
            p.quads.append(QPolygonF(QRectF(left, top, 0.1, 0.02)));
            return Anchor::forPage(p);
        };
        QVERIFY(at(0, 0.9, 0.9).positionKey() < at(1, 0.0, 0.0).positionKey());
        QVERIFY(at(1, 0.1, 0.9).positionKey() < at(1, 0.2, 0.1).positionKey());
        QVERIFY(at(1, 0.2, 0.1).positionKey() < at(1, 0.2, 0.5).positionKey());
    }
};

QTEST_GUILESS_MAIN(TstAnchor)
#include "tst_anchor.moc"
