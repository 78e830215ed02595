// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/claimappendix.h"

#include "pdf/pdfdocument.h"

#include <QGuiApplication>
#include <QtTest>

using namespace ktk;

namespace {

QVector<ExportClaim> makeClaims(int count)
{
    QVector<ExportClaim> claims;
    for (int i = 0; i < count; ++i) {
        ExportClaim c;
        c.id = 100 + i;
        c.number = i + 1;
        c.page = i / 4;
        c.colour = QColor::fromHsv((i * 53) % 360, 180, 240);
        c.typeName = i % 2 ? QStringLiteral("Causaal") : QStringLiteral("Feitelijk");
        c.statusName = i % 3 ? QStringLiteral("Betwist") : QStringLiteral("Ondersteund");
        c.claimant = QStringLiteral("Minister van Financiën");
        c.quote = QStringLiteral("Citaat %1: de financiële fictie van het officieel beleid is flexibel en efficiënt, "
                                 "zegt men in ’s-Hertogenbosch over het ĳsvrije café.").arg(i + 1);
        c.note = i % 2 ? QString() : QStringLiteral("Notitie %1: bron ontbreekt.\nZie ook <b>de</b> Raad & State.").arg(i + 1);
        claims.append(c);
    }
    return claims;
}

QString allText(const PdfDocument &pdf)
{
    QString s;
    for (int p = 0; p < pdf.pageCount(); ++p)
        s += pdf.pageText(p).text() + QLatin1Char('\n');
    return s;
}

} // namespace

class TestClaimAppendix : public QObject
{
    Q_OBJECT

private slots:
    void table_holdsEveryClaimsNumberQuoteAndNote();
    void noClaims_stillMakesAPage();
};

void TestClaimAppendix::table_holdsEveryClaimsNumberQuoteAndNote()
{
    const QVector<ExportClaim> claims = makeClaims(40);
    const auto result = ClaimAppendix::typeset(QStringLiteral("Miljoenennota 2027"), claims);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    if (const QByteArray dir = qgetenv("KTK_DUMP_DIR"); !dir.isEmpty()) {
        QFile f(QString::fromLocal8Bit(dir) + QStringLiteral("/appendix.pdf"));
        if (f.open(QIODevice::WriteOnly))
            f.write(*result);
    }
    auto loaded = PdfDocument::load(*result, QStringLiteral("appendix.pdf"));
    QVERIFY(loaded.ok());
    const PdfDocument &pdf = *loaded.document;
    QVERIFY(pdf.pageCount() >= 2);
    const QString first = pdf.pageText(0).text();
    QVERIFY2(first.startsWith(QStringLiteral("Claims\nMiljoenennota 2027")), qPrintable(first.left(100)));
    // The header row is repeated on every page.
    for (int p = 0; p < pdf.pageCount(); ++p) {
        const QString t = pdf.pageText(p).text();
        QVERIFY2(t.contains(QStringLiteral("Claimant")) && t.contains(QStringLiteral("Quote")), qPrintable(t.left(300)));
        QVERIFY(t.simplified().contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pdf.pageCount())));
    }
    const QString text = allText(pdf);
    for (QChar c = QChar(0xFB00); c.unicode() <= 0xFB06; c = QChar(c.unicode() + 1))
        QVERIFY(!text.contains(c));
    // Cells wrap, so compare each cell's words in reading order within the table row.
    const QString flat = text.simplified();
    for (const ExportClaim &c : claims) {
        // Once: a row broken over a page break is not in the text twice.
        QCOMPARE(flat.count(QStringLiteral("Citaat %1:").arg(c.number)), 1);
        // Every word of the quote and of the note is in the PDF, diacritics exact.
        for (const QString &w : c.quote.split(QLatin1Char(' ')))
            QVERIFY2(flat.contains(w), qPrintable(w));
        if (!c.note.isEmpty()) {
            QCOMPARE(flat.count(QStringLiteral("Notitie %1:").arg(c.number)), 1);
            for (const QString &w : c.note.simplified().split(QLatin1Char(' ')))
                QVERIFY2(flat.contains(w), qPrintable(w));
        }
    }
    // Markup in a note is text, not markup.
    QVERIFY(flat.contains(QStringLiteral("<b>de</b>")));
}

void TestClaimAppendix::noClaims_stillMakesAPage()
{
    const auto result = ClaimAppendix::typeset(QStringLiteral("Leeg"), {});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto loaded = PdfDocument::load(*result, QStringLiteral("appendix.pdf"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.document->pageCount(), 1);
    QVERIFY(loaded.document->pageText(0).text().contains(QStringLiteral("This document has no claims.")));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestClaimAppendix test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_claimappendix.moc"
