// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpagetext.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ktk;

namespace {

// A word of 5-point-wide characters starting at x, on the line from top to
// top + 10, on a 100 x 100 point page (so normalised = points / 100).
PdfWordBox word(const QString &text, qreal x, qreal top, bool spaceAfter, bool lineEnds)
{
    PdfWordBox w;
    w.text = text;
    w.box = QRectF(x, top, 5 * text.size(), 10);
    for (int i = 0; i < text.size(); ++i)
        w.charBoxes.append(QRectF(x + 5 * i, top, 5, 10));
    w.spaceAfter = spaceAfter;
    w.lineEndsAfter = lineEnds;
    return w;
}

// "Hello world\nsecond line": H=0 ... o=4, ' '=5, w=6 ... d=10, '\n'=11,
// s=12 ... d=17, ' '=18, l=19 ... e=22.
PdfPageText twoLines()
{
    return PdfPageText::fromWords(QSizeF(100, 100), {
            word(QStringLiteral("Hello"), 10, 10, true, false),
            word(QStringLiteral("world"), 40, 10, false, true),
            word(QStringLiteral("second"), 10, 30, true, false),
            word(QStringLiteral("line"), 45, 30, false, true)});
}

QPolygonF quad(const QRectF &r)
{
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

bool near(const QRectF &a, const QRectF &b)
{
    return qAbs(a.left() - b.left()) < 1e-9 && qAbs(a.top() - b.top()) < 1e-9 && qAbs(a.right() - b.right()) < 1e-9
            && qAbs(a.bottom() - b.bottom()) < 1e-9;
}

} // namespace

class TestPdfPageText : public QObject
{
    Q_OBJECT

private slots:
    void wordsJoinWithSpacesAndLinesWithNewlines()
    {
        const PdfPageText t = twoLines();
        QCOMPARE(t.text(), QStringLiteral("Hello world\nsecond line"));
        QCOMPARE(t.size(), 23);
        QVERIFY(t.hasText());
    }

    void everyUnitHasItsBoxNormalised()
    {
        const PdfPageText t = twoLines();
        for (int i = 0; i < t.size(); ++i)
            QVERIFY2(!t.charBox(i).isNull() || t.text().at(i).isSpace(), qPrintable(QString::number(i)));
        QVERIFY(near(t.charBox(1), QRectF(0.15, 0.10, 0.05, 0.10)));
        QVERIFY(near(t.charBox(12), QRectF(0.10, 0.30, 0.05, 0.10)));
        // Separators: zero width at the end of the word before them.
        QCOMPARE(t.charBox(5).width(), 0.0);
        QCOMPARE(t.charBox(5).left(), 0.35);
        QCOMPARE(t.charBox(11).left(), 0.65);
        QVERIFY(t.charBox(-1).isNull());
        QVERIFY(t.charBox(23).isNull());
    }

    void linesCountInReadingOrder()
    {
        const PdfPageText t = twoLines();
        QCOMPARE(t.lineOf(0), 0);
        QCOMPARE(t.lineOf(11), 0);   // the line break belongs to the line it ends
        QCOMPARE(t.lineOf(12), 1);
        QCOMPARE(t.lineOf(22), 1);
        QCOMPARE(t.lineOf(23), -1);
    }

    void charAtFindsTheCharacterUnderThePointOnly()
    {
        const PdfPageText t = twoLines();
        QCOMPARE(t.charAt(QPointF(0.17, 0.15)), 1);
        QCOMPARE(t.charAt(QPointF(0.41, 0.15)), 6);
        QCOMPARE(t.charAt(QPointF(0.62, 0.35)), 22);
        QCOMPARE(t.charAt(QPointF(0.37, 0.15)), -1);   // the gap between words
        QCOMPARE(t.charAt(QPointF(0.5, 0.25)), -1);    // between lines
        QCOMPARE(t.charAt(QPointF(0.9, 0.9)), -1);
    }

    void caretNearest_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<int>("caret");
        QTest::newRow("left half of e") << QPointF(0.16, 0.15) << 1;
        QTest::newRow("right half of e") << QPointF(0.19, 0.15) << 2;
        QTest::newRow("right of the first line") << QPointF(0.9, 0.15) << 11;
        QTest::newRow("left of the second line") << QPointF(0.0, 0.35) << 12;
        QTest::newRow("between lines, nearer the first") << QPointF(0.5, 0.24) << 8;
        QTest::newRow("between lines, nearer the second") << QPointF(0.5, 0.27) << 20;   // on the edge of l and i
        QTest::newRow("below all text") << QPointF(0.12, 0.9) << 12;
        QTest::newRow("below all text, right") << QPointF(0.99, 0.99) << 23;
        QTest::newRow("above all text") << QPointF(0.42, 0.0) << 6;
    }

    void caretNearest()
    {
        QFETCH(QPointF, point);
        QFETCH(int, caret);
        QCOMPARE(twoLines().caretNearest(point), caret);
    }

    void caretNearestPrefersTheColumnBesideThePoint()
    {
        // Two columns whose lines share their heights.
        const PdfPageText t = PdfPageText::fromWords(QSizeF(100, 100), {
                word(QStringLiteral("aa"), 5, 10, false, true), word(QStringLiteral("bb"), 5, 20, false, true),
                word(QStringLiteral("cc"), 60, 10, false, true), word(QStringLiteral("dd"), 60, 20, false, true)});
        QCOMPARE(t.text(), QStringLiteral("aa\nbb\ncc\ndd"));
        QCOMPARE(t.caretNearest(QPointF(0.58, 0.25)), 9);   // before "dd", not after "bb"
        QCOMPARE(t.caretNearest(QPointF(0.2, 0.25)), 5);    // after "bb"
    }

    void wordAndLineAroundACharacter()
    {
        const PdfPageText t = twoLines();
        QCOMPARE(t.wordAt(7), qMakePair(6, 11));
        QCOMPARE(t.wordAt(0), qMakePair(0, 5));
        QCOMPARE(t.wordAt(22), qMakePair(19, 23));
        QCOMPARE(t.wordAt(5), qMakePair(5, 6));
        QCOMPARE(t.lineAt(3), qMakePair(0, 11));
        QCOMPARE(t.lineAt(14), qMakePair(12, 23));
        QCOMPARE(t.lineAt(11), qMakePair(0, 11));
    }

    void quadsOnePerLineClockwiseFromTopLeft()
    {
        const PdfPageText t = twoLines();
        const QVector<QPolygonF> q = t.quads(2, 15);
        QCOMPARE(q.size(), 2);
        QVERIFY(near(q.at(0).boundingRect(), QRectF(QPointF(0.20, 0.10), QPointF(0.65, 0.20))));
        QVERIFY(near(q.at(1).boundingRect(), QRectF(QPointF(0.10, 0.30), QPointF(0.25, 0.40))));
        const QPolygonF &first = q.at(0);
        QCOMPARE(first.size(), 4);
        QVERIFY(first.at(0).x() < first.at(1).x() && first.at(0).y() == first.at(1).y());      // top-left, top-right
        QVERIFY(first.at(2).y() > first.at(1).y() && first.at(2).x() == first.at(1).x());      // bottom-right
        QVERIFY(first.at(3).x() == first.at(0).x() && first.at(3).y() == first.at(2).y());     // bottom-left
        // The line break alone marks nothing; ranges are clamped.
        QVERIFY(t.quads(11, 12).isEmpty());
        QVERIFY(t.quads(5, 5).isEmpty());
        QCOMPARE(t.quads(-10, 100).size(), 2);
    }

    void rangesInTakeCharactersByTheirCentres()
    {
        const PdfPageText t = twoLines();
        const auto ranges = t.rangesIn(QRectF(0.3, 0.0, 0.4, 0.5));
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0), qMakePair(4, 11));    // "o world": the space between joins them
        QCOMPARE(ranges.at(1), qMakePair(16, 23));   // "nd line"
        QVERIFY(t.rangesIn(QRectF(0.8, 0.8, 0.1, 0.1)).isEmpty());
        // Both lines whole: one range, the line break included.
        QCOMPARE(t.rangesIn(QRectF(0, 0, 1, 1)), (QVector<QPair<int, int>>{{0, 23}}));
    }

    void textInQuadsTakesTheQuoteWhateverThePointOrder()
    {
        const PdfPageText t = twoLines();
        QCOMPARE(t.textIn({quad(QRectF(0.40, 0.10, 0.25, 0.10))}), QStringLiteral("world"));
        // The PDF specification's own order (a "Z"), over two lines.
        const QPolygonF z({QPointF(0.40, 0.10), QPointF(0.65, 0.10), QPointF(0.40, 0.20), QPointF(0.65, 0.20)});
        QCOMPARE(t.textIn({z, quad(QRectF(0.10, 0.30, 0.30, 0.10))}), QStringLiteral("world\nsecond"));
        QCOMPARE(t.textIn({}), QString());
    }

    void textInLeavesOutTextFarLargerThanTheMarkedLine()
    {
        // A large heading behind the marked line (a watermark): its letters'
        // centres fall in the quad, but the reader marked the small line.
        PdfWordBox big;
        big.text = QStringLiteral("BIG");
        big.box = QRectF(10, 5, 60, 30);
        big.lineEndsAfter = true;
        const PdfPageText t = PdfPageText::fromWords(QSizeF(100, 100), {
                big, word(QStringLiteral("small"), 10, 15, false, true)});
        QCOMPARE(t.text(), QStringLiteral("BIG\nsmall"));
        QCOMPARE(t.textIn({quad(QRectF(0.10, 0.15, 0.25, 0.10))}), QStringLiteral("small"));
    }

    void surrogatePairsShareTheirCharactersBox()
    {
        PdfWordBox w;
        w.text = QStringLiteral("a") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("b");
        w.box = QRectF(10, 10, 15, 10);
        w.charBoxes = {QRectF(10, 10, 5, 10), QRectF(15, 10, 5, 10), QRectF(20, 10, 5, 10)};   // per character
        w.lineEndsAfter = true;
        const PdfPageText t = PdfPageText::fromWords(QSizeF(100, 100), {w});
        QCOMPARE(t.size(), 4);
        QVERIFY(near(t.charBox(1), QRectF(0.15, 0.10, 0.05, 0.10)));
        QCOMPARE(t.charBox(2), t.charBox(1));
        QVERIFY(near(t.charBox(3), QRectF(0.20, 0.10, 0.05, 0.10)));
        QCOMPARE(t.caretNearest(QPointF(0.24, 0.15)), 4);
    }

    void wordWithoutCharacterBoxesIsSpreadOverItsBox()
    {
        PdfWordBox w;
        w.text = QStringLiteral("abcd");
        w.box = QRectF(0, 0, 40, 10);
        w.lineEndsAfter = true;
        const PdfPageText t = PdfPageText::fromWords(QSizeF(100, 100), {w});
        QCOMPARE(t.size(), 4);
        QVERIFY(near(t.charBox(2), QRectF(0.20, 0, 0.10, 0.10)));
    }

    void visibleGapWithoutSpaceBecomesASpace()
    {
        // Poppler splits words where the font changes and may then say no
        // space follows; a gap the reader sees still separates them.
        const PdfPageText gap = PdfPageText::fromWords(QSizeF(100, 100), {
                word(QStringLiteral("bold"), 10, 10, false, false), word(QStringLiteral("text"), 35, 10, false, true)});
        QCOMPARE(gap.text(), QStringLiteral("bold text"));
        const PdfPageText touching = PdfPageText::fromWords(QSizeF(100, 100), {
                word(QStringLiteral("bold"), 10, 10, false, false), word(QStringLiteral("text"), 30.5, 10, false, true)});
        QCOMPARE(touching.text(), QStringLiteral("boldtext"));
    }

    void emptyPageHasNoText()
    {
        const PdfPageText t = PdfPageText::fromWords(QSizeF(100, 100), {});
        QVERIFY(!t.hasText());
        QCOMPARE(t.size(), 0);
        QCOMPARE(t.caretNearest(QPointF(0.5, 0.5)), -1);
        QCOMPARE(t.charAt(QPointF(0.5, 0.5)), -1);
        QVERIFY(t.quads(0, 10).isEmpty());
        QVERIFY(t.rangesIn(QRectF(0, 0, 1, 1)).isEmpty());
        QVERIFY(!PdfPageText().hasText());
        QVERIFY(!PdfPageText::fromWords(QSizeF(0, 0), {word(QStringLiteral("x"), 0, 0, false, true)}).hasText());
    }

    void caretNearestIsFastOnAFullPage()
    {
        // 60 lines of 15 words of 6 characters: about 6,000 characters.
        QVector<PdfWordBox> words;
        for (int line = 0; line < 60; ++line) {
            for (int w = 0; w < 15; ++w) {
                PdfWordBox b;
                b.text = QStringLiteral("abcdef");
                b.box = QRectF(20 + w * 36, 20 + line * 13, 33, 11);
                for (int c = 0; c < 6; ++c)
                    b.charBoxes.append(QRectF(b.box.left() + c * 5.5, b.box.top(), 5.5, 11));
                b.spaceAfter = w < 14;
                b.lineEndsAfter = w == 14;
                words.append(b);
            }
        }
        const PdfPageText t = PdfPageText::fromWords(QSizeF(595, 842), words);
        QVERIFY(t.size() > 5000);
        QElapsedTimer timer;
        timer.start();
        qint64 sum = 0;
        int calls = 0;
        for (int y = 0; y < 100; ++y) {
            for (int x = 0; x < 100; ++x) {
                sum += t.caretNearest(QPointF(x / 100.0, y / 100.0));
                ++calls;
            }
        }
        const double microseconds = timer.nsecsElapsed() / 1000.0 / calls;
        qInfo("caretNearest: %.2f us per call on %d characters", microseconds, t.size());
        QVERIFY(sum > 0);
        QVERIFY2(microseconds < 100, qPrintable(QString::number(microseconds)));
    }
};

QTEST_GUILESS_MAIN(TestPdfPageText)
#include "tst_pdfpagetext.moc"
