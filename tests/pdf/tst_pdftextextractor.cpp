// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "pdftestutil.h"

#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

// Four pages; the third has no text (a scanned page would look the same).
std::shared_ptr<PdfDocument> fourPages()
{
    const QByteArray bytes = writePdf(4, [](int page, QPainter &p) {
        if (page == 2)
            return;
        for (int line = 0; line < 3; ++line)
            p.drawText(QPointF(72, 100 + 20 * line), QStringLiteral("Page %1 line %2 of the letter").arg(page).arg(line));
    });
    return PdfDocument::load(bytes, QStringLiteral("letter.pdf")).document;
}

} // namespace

class TestPdfTextExtractor : public QObject
{
    Q_OBJECT

private slots:
    void pageTextsJoinedByABlankLine()
    {
        const auto d = fourPages();
        QVERIFY(d);
        const PdfText text = PdfTextExtractor::extract(*d);
        QStringList pages;
        for (int i = 0; i < d->pageCount(); ++i)
            pages.append(d->pageText(i).text());
        QCOMPARE(PdfText::PageSeparator, QStringView(u"\n\n"));
        QCOMPARE(text.text, pages.join(QStringLiteral("\n\n")));
        QVERIFY(text.text.startsWith(QStringLiteral("Page 0 line 0 of the letter\nPage 0 line 1")));
        QVERIFY(pages.at(2).isEmpty());
        QVERIFY(!pages.at(3).isEmpty());
    }

    void pageInfoSlicesTheTextExactly()
    {
        const auto d = fourPages();
        const PdfText text = PdfTextExtractor::extract(*d);
        QCOMPARE(text.pages.size(), 4);
        int expectedStart = 0;
        for (int i = 0; i < 4; ++i) {
            const PdfPageInfo &info = text.pages.at(i);
            QCOMPARE(info.page, i);
            QCOMPARE(info.size, d->pageSize(i));
            QCOMPARE(info.textStart, expectedStart);
            QCOMPARE(text.text.mid(info.textStart, info.textEnd - info.textStart), d->pageText(i).text());
            expectedStart = info.textEnd + 2;
        }
        QCOMPARE(text.pages.last().textEnd, int(text.text.size()));
    }

    void progressOncePerPage()
    {
        const auto d = fourPages();
        QVector<QPair<int, int>> calls;
        PdfTextExtractor::extract(*d, [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QCOMPARE(calls, (QVector<QPair<int, int>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}}));
    }

    void cancelReturnsNothing()
    {
        const auto d = fourPages();
        int calls = 0;
        const PdfText text = PdfTextExtractor::extract(*d, [&calls](int done, int) {
            ++calls;
            return done < 2;
        });
        QCOMPARE(calls, 2);   // stopped at once
        QVERIFY(text.text.isEmpty());
        QVERIFY(text.pages.isEmpty());
    }
};

QTEST_MAIN(TestPdfTextExtractor)
#include "tst_pdftextextractor.moc"
