// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfcrossreference.h"
#include "pdf/pdfdocument.h"
#include "pdftestutil.h"

#include <QGuiApplication>
#include <QtTest>

using namespace ktk;

// What a file's cross-reference sections claim, read from its raw bytes, and
// the refusal of claims no file of that size can hold.
class TestPdfCrossReference : public QObject
{
    Q_OBJECT

private slots:
    void largestDeclaredSize_data();
    void largestDeclaredSize();
    void plausibility();
    void load_refusesATableThatLies_andKeepsAnHonestOne();
};

void TestPdfCrossReference::largestDeclaredSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("nothing") << QByteArray("%PDF-1.4\n") << qint64(0);
    QTest::newRow("classic subsections") << QByteArray("xref\n0 6\n...\n40 3\n") << qint64(6);
    QTest::newRow("startxref is not a table") << QByteArray("startxref\n999999999\n%%EOF") << qint64(0);
    QTest::newRow("trailer size") << QByteArray("trailer\n<< /Size 12 /Root 1 0 R >>") << qint64(12);
    QTest::newRow("function /Size array is not a count")
        << QByteArray("<< /FunctionType 0 /Size [ 90000000 ] >>") << qint64(0);
    QTest::newRow("/Index ranges") << QByteArray("<< /Type /XRef /Size 8 /Index [0 3 500 20] >>") << qint64(520);
    QTest::newRow("absurd digits held") << QByteArray("/Size 99999999999999999999999999") << qint64(1'000'000'000'000'000);
}

void TestPdfCrossReference::largestDeclaredSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, expected);
    QCOMPARE(PdfCrossReference::largestDeclaredSize(bytes), expected);
}

void TestPdfCrossReference::plausibility()
{
    QVERIFY(PdfCrossReference::isPlausible(100'000, 500));
    QVERIFY(!PdfCrossReference::isPlausible(100'001, 500));
    QVERIFY(PdfCrossReference::isPlausible(2'000'000, 3'000'000));
    QVERIFY(!PdfCrossReference::isPlausible(20'000'000, 1'000));
}

void TestPdfCrossReference::load_refusesATableThatLies_andKeepsAnHonestOne()
{
    const QByteArray honest = test::writePdf(1, [](int, QPainter &p) { p.drawText(QPointF(72, 100), QStringLiteral("Eerlijk")); });
    QVERIFY(PdfDocument::load(honest, QStringLiteral("honest.pdf")).ok());
    QByteArray lying = honest;
    const qsizetype xref = lying.lastIndexOf("\nxref\n");
    QVERIFY(xref >= 0);
    const qsizetype line = lying.indexOf('\n', xref + 6);
    lying.replace(xref + 6, line - xref - 6, "0 20000000");
    const auto loaded = PdfDocument::load(lying, QStringLiteral("lying.pdf"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error, PdfDocument::LoadError::Damaged);
    QVERIFY2(loaded.message.contains(QStringLiteral("lying.pdf")), qPrintable(loaded.message));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdfCrossReference test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfcrossreference.moc"
