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
    void rawFixedPitchHtmlInMarkdown_importsWithEveryWord();
    void fixedPitchElementsAnywhere_doNotCrash_data();
    void fixedPitchElementsAnywhere_doNotCrash();
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
    // Qt 6.4's setHtml dereferenced null on these without a QGuiApplication:
    // the command line crashed on 32 of 949 saved web pages.
    QTest::newRow("html with <code>") << QStringLiteral("handleiding-code.html");
    QTest::newRow("html with <pre>") << QStringLiteral("voorbeeld-pre.html");
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

// Raw <code> in Markdown goes to Qt's HTML parser unsanitised. Without a
// QGuiApplication it cannot be parsed, so it is shown as the text it is.
void TestImportWithoutGui::rawFixedPitchHtmlInMarkdown_importsWithEveryWord()
{
    const Result<Document> result =
        DocumentImporter::importFile(QStringLiteral(KTK_TEST_DATA "/import/tekst-met-code.md"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    for (const char *word : { "Titel", "Tekst met", "raw html", "erin." })
        QVERIFY2(result->canonicalText.contains(QLatin1String(word)), qPrintable(result->canonicalText));
}

void TestImportWithoutGui::fixedPitchElementsAnywhere_doNotCrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("word");
    for (const char *tag : { "code", "kbd", "pre", "samp", "tt" }) {
        const QByteArray html = QByteArray("<p>voor <") + tag + "> binnen </" + tag + "> na</p>";
        QTest::newRow(tag) << html << QStringLiteral("pagina.html") << QStringLiteral("binnen");
        QTest::newRow(QByteArray(QByteArray(tag) + " in markdown").constData())
            << QByteArray("# Kop\n\n" + html + "\n\nSlot.\n") << QStringLiteral("notitie.md") << QStringLiteral("Slot.");
    }
    // What the fuzzer found: <tt> after a form feed in bytes that are no page.
    QTest::newRow("fuzzer input") << QByteArray::fromHex("3e3e3effffffffffffff0c3e413e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e"
                                                         "3e3ebf38bf403e3e3e3e3e3e3e3e3ebf3c74743e3e3e706b3e3e")
                                  << QStringLiteral("fuzz.html") << QStringLiteral("pk");
}

void TestImportWithoutGui::fixedPitchElementsAnywhere_doNotCrash()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, word);
    const Result<Document> result = DocumentImporter::importBytes(bytes, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->canonicalText.contains(word), qPrintable(result->canonicalText));
}

QTEST_GUILESS_MAIN(TestImportWithoutGui)
#include "tst_importwithoutgui.moc"
