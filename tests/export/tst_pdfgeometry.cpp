// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfgeometry.h"

#include <QtTest>

using namespace ktk;

class TestPdfGeometry : public QObject
{
    Q_OBJECT

private slots:
    void shownTopLeft_isTheRightUserSpaceCorner_data();
    void shownTopLeft_isTheRightUserSpaceCorner();
    void toNormalised_undoesToUserSpace();
    void negativeRotate_isNormalised();
};

void TestPdfGeometry::shownTopLeft_isTheRightUserSpaceCorner_data()
{
    QTest::addColumn<int>("rotate");
    QTest::addColumn<QPointF>("topLeft");
    QTest::addColumn<QPointF>("topRight");
    // CropBox [10 20 110 220]: 100 wide, 200 high.
    QTest::newRow("0") << 0 << QPointF(10, 220) << QPointF(110, 220);
    QTest::newRow("90") << 90 << QPointF(10, 20) << QPointF(10, 220);
    QTest::newRow("180") << 180 << QPointF(110, 20) << QPointF(10, 20);
    QTest::newRow("270") << 270 << QPointF(110, 220) << QPointF(110, 20);
}

void TestPdfGeometry::shownTopLeft_isTheRightUserSpaceCorner()
{
    QFETCH(int, rotate);
    QFETCH(QPointF, topLeft);
    QFETCH(QPointF, topRight);
    const PdfPageGeometry g(QRectF(10, 20, 100, 200), rotate);
    QCOMPARE(g.toUserSpace(QPointF(0, 0)), topLeft);
    QCOMPARE(g.toUserSpace(QPointF(1, 0)), topRight);
}

void TestPdfGeometry::toNormalised_undoesToUserSpace()
{
    for (int r : {0, 90, 180, 270}) {
        const PdfPageGeometry g(QRectF(30, 40, 400, 600), r);
        const QPointF n(0.25, 0.7);
        const QPointF back = g.toNormalised(g.toUserSpace(n));
        QVERIFY2(qAbs(back.x() - n.x()) < 1e-9 && qAbs(back.y() - n.y()) < 1e-9, qPrintable(QString::number(r)));
    }
}

void TestPdfGeometry::negativeRotate_isNormalised()
{
    QCOMPARE(PdfPageGeometry(QRectF(0, 0, 1, 1), -90).rotate(), 270);
    QCOMPARE(PdfPageGeometry(QRectF(0, 0, 1, 1), 450).rotate(), 90);
}

QTEST_GUILESS_MAIN(TestPdfGeometry)
#include "tst_pdfgeometry.moc"
