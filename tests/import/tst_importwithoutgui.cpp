// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace ktk;

// The command line imports under a QCoreApplication: no fonts, no platform.
// The canonical text must be the very text the GUI computes (the golden
// files were checked by eye against the GUI's rendering), since anchors made
// in one are read in the other.
class TestImportWithoutGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void canonicalText_matchesTheGoldenFile_data();
    void canonicalText_matchesTheGoldenFile();
};

void TestImportWithoutGui::init()
{
    // Qt's warnings about fonts without a size would show on the terminal.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestImportWithoutGui::canonicalText_matchesTheGoldenFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << QStringLiteral("artikel.html");
    QTest::newRow("latin-1 html") << QStringLiteral("artikel-latin1.html");
    QTest::newRow("markdown") << QStringLiteral("artikel.md");
}

void TestImportWithoutGui::canonicalText_matchesTheGoldenFile()
{
    QFETCH(QString, file);
    QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    const QString dir = QStringLiteral(KTK_TEST_DATA "/import/");
    const Result<Document> result = DocumentImporter::importFile(dir + file);
    QVERIFY2(result.ok(), qPrintable(result.error()));

    QFile golden(dir + QFileInfo(file).fileName() + QStringLiteral(".canonical.txt"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(result->canonicalText, QString::fromUtf8(golden.readAll()));
}

QTEST_GUILESS_MAIN(TestImportWithoutGui)
#include "tst_importwithoutgui.moc"
