// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/wordsnapping.h"

#include <QTest>

using namespace ktk;

// Selections made by hand become whole words (#11: a drag two letters into
// "platforms" quoted "atforms zijn een gevaar").
class TestWordSnapping : public QObject
{
    Q_OBJECT

    static QString quoted(const QString &text, WordSnapping::Range r) { return text.mid(r.start, r.end - r.start); }

private slots:
    void toWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("selected");   // what the hand selected: its first occurrence
        QTest::addColumn<QString>("quote");
        const QString sentence = QStringLiteral("De platforms zijn een gevaar voor de rechtsstaat. Zegt hij.");
        QTest::newRow("starts two letters in") << sentence << QStringLiteral("atforms zijn een gevaar")
                                               << QStringLiteral("platforms zijn een gevaar");
        QTest::newRow("ends mid-word") << sentence << QStringLiteral("platforms zijn een gev")
                                       << QStringLiteral("platforms zijn een gevaar");
        QTest::newRow("both ends mid-word") << sentence << QStringLiteral("tforms zijn een ge")
                                            << QStringLiteral("platforms zijn een gevaar");
        QTest::newRow("punctuation and space at the end") << sentence << QStringLiteral("de rechtsstaat. ")
                                                          << QStringLiteral("de rechtsstaat");
        QTest::newRow("space before a word") << sentence << QStringLiteral(" zijn een")
                                             << QStringLiteral("zijn een");
        QTest::newRow("whole words stay") << sentence << QStringLiteral("een gevaar") << QStringLiteral("een gevaar");
        QTest::newRow("punctuation inside stays") << sentence << QStringLiteral("staat. Zeg")
                                                  << QStringLiteral("rechtsstaat. Zegt");
        QTest::newRow("apostrophe inside a word") << QStringLiteral("Dat is Jansen’s plan, zei ze.")
                                                  << QStringLiteral("sen’s pl") << QStringLiteral("Jansen’s plan");
        QTest::newRow("quotation marks at the ends") << QStringLiteral("Hij zei: “dit is fout”, echt.")
                                                     << QStringLiteral("“dit is fout”") << QStringLiteral("dit is fout");
        QTest::newRow("accents and digits") << QStringLiteral("Het café kost 1.250 euro.") << QStringLiteral("fé kost 1.2")
                                            << QStringLiteral("café kost 1.250");
        QTest::newRow("only punctuation") << sentence << QStringLiteral(". ") << QString();
    }

    void toWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, selected);
        QFETCH(QString, quote);
        const int start = int(text.indexOf(selected));
        QVERIFY(start >= 0);
        QCOMPARE(quoted(text, WordSnapping::toWords(text, start, start + int(selected.size()))), quote);
    }

    void exact_keepsWhatWasSelected_withoutOuterSpaces()
    {
        const QString text = QStringLiteral("De platforms zijn een gevaar.");
        QCOMPARE(quoted(text, WordSnapping::exact(text, 5, 20)), text.mid(5, 15).trimmed());
        QCOMPARE(quoted(text, WordSnapping::exact(text, 2, 13)), QStringLiteral("platforms"));
    }

    void trimmed_takesOffPunctuation_butDoesNotWiden()
    {
        const QString text = QStringLiteral("De platforms zijn een gevaar.");
        QCOMPARE(quoted(text, WordSnapping::trimmed(text, 5, 29)), QStringLiteral("atforms zijn een gevaar"));
    }

    void stepped_movesAnEndByAWord()
    {
        const QString text = QStringLiteral("De platforms zijn een gevaar, zegt hij.");
        const int start = int(text.indexOf(QStringLiteral("platforms")));
        const WordSnapping::Range r{start, start + int(QStringLiteral("platforms zijn").size())};
        using Step = WordSnapping::Step;
        QCOMPARE(quoted(text, WordSnapping::stepped(text, r, Step::ExtendEnd)), QStringLiteral("platforms zijn een"));
        QCOMPARE(quoted(text, WordSnapping::stepped(text, r, Step::ShrinkEnd)), QStringLiteral("platforms"));
        QCOMPARE(quoted(text, WordSnapping::stepped(text, r, Step::ExtendStart)), QStringLiteral("De platforms zijn"));
        QCOMPARE(quoted(text, WordSnapping::stepped(text, r, Step::ShrinkStart)), QStringLiteral("zijn"));
        // Past punctuation, as a reader counts words.
        const WordSnapping::Range g{int(text.indexOf(QStringLiteral("een"))), int(text.indexOf(u','))};
        QCOMPARE(quoted(text, WordSnapping::stepped(text, g, Step::ExtendEnd)), QStringLiteral("een gevaar, zegt"));
        // Never empty: one word does not shrink away.
        const WordSnapping::Range one{start, start + 9};
        QCOMPARE(quoted(text, WordSnapping::stepped(text, one, Step::ShrinkEnd)), QStringLiteral("platforms"));
        QCOMPARE(quoted(text, WordSnapping::stepped(text, one, Step::ShrinkStart)), QStringLiteral("platforms"));
        // At the ends of the text nothing moves.
        const WordSnapping::Range all{0, int(text.size())};
        QCOMPARE(quoted(text, WordSnapping::stepped(text, all, Step::ExtendEnd)), text);
        QCOMPARE(quoted(text, WordSnapping::stepped(text, all, Step::ExtendStart)), text);
    }

    void dragged_movesOneEndToAWordBoundary()
    {
        const QString text = QStringLiteral("De platforms zijn een gevaar, zegt hij.");
        const int start = int(text.indexOf(QStringLiteral("platforms")));
        const WordSnapping::Range r{start, start + int(QStringLiteral("platforms zijn").size())};
        using End = WordSnapping::End;
        const auto at = [&text](const char *word, int into = 0) {
            return int(text.indexOf(QString::fromUtf8(word))) + into;
        };
        // Into a word: the whole word.
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::End, at("gevaar", 2), false)),
                 QStringLiteral("platforms zijn een gevaar"));
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::Start, at("De", 1), false)),
                 QStringLiteral("De platforms zijn"));
        // Onto punctuation or a space: up to the word before it, from the word after it.
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::End, at(",", 1), false)),
                 QStringLiteral("platforms zijn een gevaar"));
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::Start, at(" zijn"), false)),
                 QStringLiteral("zijn"));
        // Exactly where dropped with Alt.
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::End, at("gevaar", 3), true)),
                 QStringLiteral("platforms zijn een gev"));
        // Past the other end: the one word beside the end that stays.
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::Start, at("hij"), false)), QStringLiteral("zijn"));
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::End, 0, false)), QStringLiteral("platforms"));
        // Out of the text: bounded.
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::End, 9999, false)),
                 QStringLiteral("platforms zijn een gevaar, zegt hij"));
        QCOMPARE(quoted(text, WordSnapping::dragged(text, r, End::Start, -5, false)),
                 QStringLiteral("De platforms zijn"));
    }

    void outOfRange_isBounded()
    {
        const QString text = QStringLiteral("kort");
        QCOMPARE(quoted(text, WordSnapping::toWords(text, -5, 99)), text);
        QVERIFY(WordSnapping::toWords(text, 3, 1).isEmpty());
        QVERIFY(WordSnapping::toWords(QString(), 0, 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordSnapping)
#include "tst_wordsnapping.moc"
