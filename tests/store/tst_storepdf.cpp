// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"
#include "foreignfiles.h"

#include "store/projectstore.h"
#include "store/schema.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;
using namespace ktk::testutil;

namespace {

const QString PageOne = QStringLiteral("Artikel 1\nOnderwerp en doelstellingen");
const QString PageTwo = QStringLiteral("Artikel 2\nMaterieel toepassingsgebied");

Document pdfDocument(bool withText)
{
    Document doc;
    doc.meta.title = QStringLiteral("Verordening");
    doc.format = SourceFormat::Pdf;
    doc.fileName = QStringLiteral("verordening.pdf");
    doc.originalBytes = QByteArray("%PDF-1.7\n% not a real one, the store does not care\n");
    doc.pageCount = 2;
    doc.pdfPassword = QStringLiteral("geheim");
    if (withText) {
        doc.canonicalText = PageOne + QStringLiteral("\n\n") + PageTwo;
        doc.pages = {{0, QSizeF(595.276, 841.89), 0, int(PageOne.size())},
                     {1, QSizeF(841.89, 595.276), int(PageOne.size()) + 2, int(doc.canonicalText.size())}};
    }
    return doc;
}

} // namespace

class TestStorePdf : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("p.ktk"));
        QVERIFY(m_store.create(m_path).ok());
    }
    void cleanup()
    {
        m_store.close();
        m_dir.reset();
    }

    void pdfWithText_roundTripsThroughReopen()
    {
        const Document doc = pdfDocument(true);
        const auto id = m_store.addDocument(doc);
        QVERIFY(id);
        m_store.close();
        QVERIFY(m_store.open(m_path).ok());
        const auto back = m_store.document(*id);
        QVERIFY(back);
        QCOMPARE(back->format, SourceFormat::Pdf);
        QCOMPARE(back->pageCount, 2);
        QCOMPARE(back->pdfPassword, QStringLiteral("geheim"));
        QCOMPARE(back->pages, doc.pages);
        QCOMPARE(back->canonicalText, doc.canonicalText);
        QCOMPARE(back->originalBytes, doc.originalBytes);
        QCOMPARE(m_store.pdfPages(*id), doc.pages);
        QCOMPARE(m_store.documents().first().pageCount, 2);
        QVERIFY(m_store.pdfDocumentsWithoutText().isEmpty());
    }

    void withoutOriginal_leavesTheBytesOut()
    {
        const auto id = m_store.addDocument(pdfDocument(true));
        const auto doc = m_store.document(*id, ProjectStore::Content::WithoutOriginal);
        QVERIFY(doc);
        QVERIFY(doc->originalBytes.isEmpty());
        QCOMPARE(doc->pages.size(), 2);
        QCOMPARE(m_store.originalBytes(*id), pdfDocument(true).originalBytes);
    }

    void textStoredLater_isAnnouncedAndKept()
    {
        const auto id = m_store.addDocument(pdfDocument(false));
        QCOMPARE(m_store.pdfDocumentsWithoutText(), QVector<DocumentId>{*id});
        QVERIFY(m_store.pdfPages(*id).isEmpty());
        QSignalSpy changed(&m_store, &ProjectStore::documentTextChanged);
        const Document full = pdfDocument(true);
        QVERIFY(m_store.setPdfText(*id, full.canonicalText, full.pages).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<DocumentId>(), *id);
        QVERIFY(m_store.pdfDocumentsWithoutText().isEmpty());
        QCOMPARE(m_store.canonicalText(*id), full.canonicalText);
        // Again (a second extraction) replaces, not adds.
        QVERIFY(m_store.setPdfText(*id, full.canonicalText, full.pages).ok());
        QCOMPARE(m_store.pdfPages(*id), full.pages);
    }

    void setPdfText_onATextDocument_isRefused()
    {
        const auto id = m_store.addDocument(sampleDocument());
        QVERIFY(!m_store.setPdfText(*id, QStringLiteral("x"), {}).ok());
        QCOMPARE(m_store.canonicalText(*id), sampleText());
    }

    void removingThePdf_removesItsPages()
    {
        const auto id = m_store.addDocument(pdfDocument(true));
        QVERIFY(m_store.removeDocument(*id).ok());
        QCOMPARE(sqlValue(m_path, QStringLiteral("SELECT COUNT(*) FROM pdf_pages")).toInt(), 0);
        QCOMPARE(sqlValue(m_path, QStringLiteral("SELECT COUNT(*) FROM pdf_documents")).toInt(), 0);
    }

    // A project file mailed around may say anything about its pages; pages
    // that do not slice the text are not believed, and the text is extracted again.
    void pagesThatDoNotDescribeTheText_areIgnored_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("beyond the text") << QStringLiteral("UPDATE pdf_pages SET text_end = 100000 WHERE page = 1");
        QTest::newRow("reversed") << QStringLiteral("UPDATE pdf_pages SET text_start = 20, text_end = 3 WHERE page = 0");
        QTest::newRow("overlapping") << QStringLiteral("UPDATE pdf_pages SET text_start = 0 WHERE page = 1");
        QTest::newRow("a page missing") << QStringLiteral("DELETE FROM pdf_pages WHERE page = 0");
        QTest::newRow("zero size") << QStringLiteral("UPDATE pdf_pages SET width = 0 WHERE page = 1");
        QTest::newRow("negative start") << QStringLiteral("UPDATE pdf_pages SET text_start = -5 WHERE page = 0");
    }

    void pagesThatDoNotDescribeTheText_areIgnored()
    {
        QFETCH(QString, sql);
        const auto id = m_store.addDocument(pdfDocument(true));
        m_store.close();
        QVERIFY(runSql(m_path, {sql}));
        QVERIFY(m_store.open(m_path).ok());
        QVERIFY(m_store.pdfPages(*id).isEmpty());
        QVERIFY(m_store.document(*id)->pages.isEmpty());
        QCOMPARE(m_store.pdfDocumentsWithoutText(), QVector<DocumentId>{*id});
    }

    void absurdPageCount_isBounded()
    {
        const auto id = m_store.addDocument(pdfDocument(true));
        m_store.close();
        QVERIFY(runSql(m_path, {QStringLiteral("UPDATE pdf_documents SET page_count = 2000000000")}));
        QVERIFY(m_store.open(m_path).ok());
        QVERIFY(m_store.document(*id)->pageCount <= 20'000);
        QVERIFY(m_store.documents().first().pageCount <= 20'000);
    }

    void pageAnchorsAcrossPages_roundTrip()
    {
        const auto doc = m_store.addDocument(pdfDocument(true));
        PageSelector end{0, {QPolygonF(QRectF(0.1, 0.9, 0.3, 0.02))}};
        PageSelector start{1, {QPolygonF(QRectF(0.1, 0.05, 0.3, 0.02))}};
        Annotation a;
        a.documentId = *doc;
        a.typeId = m_store.claimTypes().first().id;
        const QString text = pdfDocument(true).canonicalText;
        a.anchor = Anchor::forPages({end, start}, TextSelector::fromRange(text, 10, int(PageOne.size()) + 11));
        const auto id = m_store.addAnnotation(a);
        QVERIFY(id);
        m_store.close();
        QVERIFY(m_store.open(m_path).ok());
        const auto back = m_store.annotation(*id);
        QVERIFY(back);
        QCOMPARE(back->anchor, a.anchor);
        QCOMPARE(sqlValue(m_path, QStringLiteral("SELECT page FROM annotations")).toInt(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ProjectStore m_store;
};

QTEST_GUILESS_MAIN(TestStorePdf)
#include "tst_storepdf.moc"
