// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which parts of a note are checked as words.

#include "spelling/spellingwords.h"

#include <QtTest>

using namespace ktk;

class TestSpellingWords : public QObject
{
    Q_OBJECT

    static QStringList words(const QString &text)
    {
        QStringList out;
        for (const SpellingWords::Range &r : SpellingWords::find(text))
            out << text.mid(r.start, r.length);
        return out;
    }

private slots:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QStringLiteral("De financiële gevolgen.")
                               << QStringList{QStringLiteral("De"), QStringLiteral("financiële"), QStringLiteral("gevolgen")};
        QTest::newRow("apostrophes and hyphens inside")
            << QStringLiteral("Zo'n auto’s in Noord-Holland, don't 'quote' -dash-")
            << QStringList{QStringLiteral("Zo'n"), QStringLiteral("auto’s"), QStringLiteral("in"), QStringLiteral("Noord-Holland"),
                           QStringLiteral("don't"), QStringLiteral("quote"), QStringLiteral("dash")};
        QTest::newRow("digits, capitals, single letters")
            << QStringLiteral("In 2030 daalt CO2 volgens het CBS met 55% (zie tabel 3b) a b")
            << QStringList{QStringLiteral("In"), QStringLiteral("daalt"), QStringLiteral("volgens"), QStringLiteral("het"),
                           QStringLiteral("met"), QStringLiteral("zie"), QStringLiteral("tabel")};
        QTest::newRow("addresses") << QStringLiteral("Zie https://www.cbs.nl/nl-nl/cijfers of mail info@cbs.nl en www.rijksoverheid.nl")
                                   << QStringList{QStringLiteral("Zie"), QStringLiteral("of"), QStringLiteral("mail"), QStringLiteral("en")};
        QTest::newRow("abbreviations with and without full stops")
            << QStringLiteral("Zie bijv. het rapport, o.a. p. 4 enz.")
            << QStringList{QStringLiteral("Zie"), QStringLiteral("bijv"), QStringLiteral("het"), QStringLiteral("rapport"),
                           QStringLiteral("enz")};
        QTest::newRow("combining diaeresis") << QStringLiteral("coo\u0308peratie") << QStringList{QStringLiteral("coo\u0308peratie")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    void fullStopAfter_toldForAbbreviations()
    {
        const QString text = QStringLiteral("Zie bijv. het rapport.");
        const QVector<SpellingWords::Range> ranges = SpellingWords::find(text);
        QCOMPARE(ranges.size(), 4);
        QCOMPARE(ranges.at(1), (SpellingWords::Range{4, 4, true}));
        QVERIFY(!ranges.at(2).fullStopAfter);
        QVERIFY(ranges.at(3).fullStopAfter);
    }

    void ranges_pointIntoTheText()
    {
        const QString text = QStringLiteral("  Het   kabinet\tzegt\n");
        const QVector<SpellingWords::Range> ranges = SpellingWords::find(text);
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(ranges.at(0), (SpellingWords::Range{2, 3}));
        QCOMPARE(ranges.at(1), (SpellingWords::Range{8, 7}));
        QCOMPARE(ranges.at(2), (SpellingWords::Range{16, 4}));
    }
};

QTEST_GUILESS_MAIN(TestSpellingWords)
#include "tst_spellingwords.moc"
