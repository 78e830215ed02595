// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftestutil.h"

#include "anchor/anchor.h"
#include "import/documentimporter.h"
#include "import/pdftextextraction.h"
#include "models/annotationsmodel.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ktk;
using namespace ktk::test;

// PdfTextExtraction with a real project in a temporary folder: PDFs imported
// without their text get it in the background, page by page, stored as
// PdfTextExtractor makes it; cancelling, closing, removed and damaged
// documents; and a claim made on a page before the text was there finds its
// place in the text afterwards.
class TestPdfTextExtraction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queuedPdf_getsItsTextStored_withProgressPerPage();
    void openDocumentOfTheView_isUsedAsGiven();
    void queueAllMissing_picksUpEveryPdfWithoutText();
    void cancelAll_whileRunning_storesNothing_andAQueueAfterwardsWorks();
    void destructor_whileRunning_returnsQuickly();
    void documentRemovedWhileQueued_isSkipped();
    void documentRemovedWhileRunning_isNotStored();
    void damagedBytesInTheProject_fail_withAMessageNamingTheDocument();
    void claimMadeBeforeExtraction_findsItsPlaceInTheTextAfterwards_data();
    void claimMadeBeforeExtraction_findsItsPlaceInTheTextAfterwards();

private:
    DocumentId addPdf(const QByteArray &bytes, const QString &fileName, bool withText = false);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

namespace {

QString pageLine(int page, int line)
{
    return QStringLiteral("Pagina %1 regel %2: de minister stelt dat het beleid werkt.").arg(page + 1).arg(line + 1);
}

// pages pages of lines lines each, every line telling where it is.
QByteArray numberedPdf(int pages, int lines = 3)
{
    return writePdf(pages, [lines](int page, QPainter &painter) {
        for (int i = 0; i < lines; ++i)
            painter.drawText(QPointF(40, 40 + 18 * i), pageLine(page, i));
    });
}

// Large enough that extracting it takes seconds, not milliseconds.
const QByteArray &bigPdf()
{
    static const QByteArray bytes = numberedPdf(400, 40);
    return bytes;
}

} // namespace

void TestPdfTextExtraction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("p.ktk"))).ok());
}

void TestPdfTextExtraction::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

DocumentId TestPdfTextExtraction::addPdf(const QByteArray &bytes, const QString &fileName, bool withText)
{
    DocumentImporter::Options options;
    options.extractPdfText = withText;
    const Result<Document> doc = DocumentImporter::importBytes(bytes, fileName, options);
    if (!doc) {
        qWarning("import failed: %s", qPrintable(doc.error()));
        return 0;
    }
    const Result<DocumentId> id = m_store->addDocument(*doc);
    return id ? *id : 0;
}

void TestPdfTextExtraction::queuedPdf_getsItsTextStored_withProgressPerPage()
{
    const QByteArray bytes = numberedPdf(5);
    const DocumentId id = addPdf(bytes, QStringLiteral("vijf.pdf"));
    QVERIFY(id != 0);
    QVERIFY(m_store->pdfPages(id).isEmpty());
    QCOMPARE(m_store->pdfDocumentsWithoutText(), QVector<DocumentId>{ id });

    PdfTextExtraction extraction(m_store.get());
    QSignalSpy progress(&extraction, &PdfTextExtraction::progress);
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy failed(&extraction, &PdfTextExtraction::failed);
    QSignalSpy idle(&extraction, &PdfTextExtraction::idle);
    extraction.queue(id);
    QVERIFY(extraction.isBusy());
    QCOMPARE(extraction.currentDocument(), id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<DocumentId>(), id);
    QTRY_COMPARE(idle.size(), 1);
    QVERIFY(!extraction.isBusy());
    QCOMPARE(failed.size(), 0);

    QCOMPARE(progress.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(progress.at(i).at(0).value<DocumentId>(), id);
        QCOMPARE(progress.at(i).at(1).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(2).toInt(), 5);
    }

    const PdfDocument::LoadResult loaded = PdfDocument::load(bytes, QStringLiteral("vijf.pdf"));
    QVERIFY(loaded.ok());
    const PdfText expected = PdfTextExtractor::extract(*loaded.document);
    QCOMPARE(m_store->canonicalText(id), expected.text);
    QCOMPARE(m_store->pdfPages(id), expected.pages);
    QVERIFY(m_store->canonicalText(id).contains(pageLine(4, 2)));
    QVERIFY(m_store->pdfDocumentsWithoutText().isEmpty());

    // Kept in the file, and asked again it does nothing.
    const QString path = m_store->path();
    m_store->close();
    QVERIFY(m_store->open(path).ok());
    QCOMPARE(m_store->pdfPages(id), expected.pages);
    QCOMPARE(m_store->canonicalText(id), expected.text);
    extraction.queue(id);
    QTRY_COMPARE(idle.size(), 2);
    QCOMPARE(finished.size(), 1);
}

void TestPdfTextExtraction::openDocumentOfTheView_isUsedAsGiven()
{
    const QByteArray bytes = numberedPdf(2);
    const DocumentId id = addPdf(bytes, QStringLiteral("twee.pdf"));
    const PdfDocument::LoadResult loaded = PdfDocument::load(bytes, QStringLiteral("twee.pdf"));
    QVERIFY(loaded.ok());
    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    extraction.queue(id, loaded.document);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_store->canonicalText(id), PdfTextExtractor::extract(*loaded.document).text);
    // The view's document is still whole after the worker let go of it.
    QCOMPARE(loaded.document->pageCount(), 2);
    QVERIFY(loaded.document->pageText(1).text().contains(pageLine(1, 0)));
}

void TestPdfTextExtraction::queueAllMissing_picksUpEveryPdfWithoutText()
{
    const DocumentId a = addPdf(numberedPdf(1), QStringLiteral("a.pdf"));
    const DocumentId b = addPdf(numberedPdf(3), QStringLiteral("b.pdf"));
    const DocumentId done = addPdf(numberedPdf(2), QStringLiteral("klaar.pdf"), true);
    Document text;
    text.meta.title = QStringLiteral("Tekst");
    text.fileName = QStringLiteral("tekst.txt");
    text.originalBytes = "Tekst.";
    text.canonicalText = QStringLiteral("Tekst.");
    QVERIFY(m_store->addDocument(text).ok());
    const QString doneText = m_store->canonicalText(done);
    QVERIFY(!doneText.isEmpty());

    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy progress(&extraction, &PdfTextExtraction::progress);
    QSignalSpy idle(&extraction, &PdfTextExtraction::idle);
    extraction.queueAllMissing();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 20000);
    QSet<DocumentId> ids;
    for (const auto &signal : finished)
        ids.insert(signal.at(0).value<DocumentId>());
    QCOMPARE(ids, (QSet<DocumentId>{ a, b }));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(progress.size(), 1 + 3);
    QVERIFY(m_store->pdfDocumentsWithoutText().isEmpty());
    QCOMPARE(m_store->pdfPages(a).size(), 1);
    QCOMPARE(m_store->pdfPages(b).size(), 3);
    QCOMPARE(m_store->canonicalText(done), doneText);
}

void TestPdfTextExtraction::cancelAll_whileRunning_storesNothing_andAQueueAfterwardsWorks()
{
    const DocumentId big = addPdf(bigPdf(), QStringLiteral("groot.pdf"));
    const DocumentId small = addPdf(numberedPdf(2), QStringLiteral("klein.pdf"));
    PdfTextExtraction extraction(m_store.get());
    QSignalSpy progress(&extraction, &PdfTextExtraction::progress);
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy failed(&extraction, &PdfTextExtraction::failed);
    extraction.queue(big);
    extraction.queue(small);
    QVERIFY(progress.wait(20000));
    extraction.cancelAll();
    QVERIFY(!extraction.isBusy());
    QCOMPARE(extraction.currentDocument(), DocumentId(0));
    // Whatever the worker still reports of its last page is dropped.
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(progress.size() < 400);
    QVERIFY(m_store->pdfPages(big).isEmpty());
    QVERIFY(m_store->pdfPages(small).isEmpty());
    QCOMPARE(m_store->pdfDocumentsWithoutText().size(), 2);

    // A new queue after the cancel is not mistaken for the old one.
    extraction.queue(small);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<DocumentId>(), small);
    QCOMPARE(m_store->pdfPages(small).size(), 2);
    QVERIFY(m_store->pdfPages(big).isEmpty());
}

void TestPdfTextExtraction::destructor_whileRunning_returnsQuickly()
{
    const DocumentId big = addPdf(bigPdf(), QStringLiteral("groot.pdf"));
    // What a whole extraction costs here, for comparison.
    const PdfDocument::LoadResult loaded = PdfDocument::load(bigPdf(), QStringLiteral("groot.pdf"));
    QVERIFY(loaded.ok());
    QElapsedTimer whole;
    whole.start();
    (void)PdfTextExtractor::extract(*loaded.document);
    const qint64 wholeMs = whole.elapsed();

    auto extraction = std::make_unique<PdfTextExtraction>(m_store.get());
    QSignalSpy progress(extraction.get(), &PdfTextExtraction::progress);
    extraction->queue(big);
    QVERIFY(progress.wait(20000));
    QElapsedTimer closing;
    closing.start();
    extraction.reset();
    const qint64 closingMs = closing.elapsed();
    QVERIFY2(closingMs < qMax<qint64>(200, wholeMs / 4),
             qPrintable(QStringLiteral("closing took %1 ms, a whole extraction %2 ms").arg(closingMs).arg(wholeMs)));
    qInfo("closing took %lld ms, a whole extraction %lld ms", closingMs, wholeMs);
    QTest::qWait(100);   // anything queued to the dead object must not arrive
    QVERIFY(m_store->pdfPages(big).isEmpty());
}

void TestPdfTextExtraction::documentRemovedWhileQueued_isSkipped()
{
    const DocumentId big = addPdf(numberedPdf(60, 20), QStringLiteral("groot.pdf"));
    const DocumentId removed = addPdf(numberedPdf(2), QStringLiteral("weg.pdf"));
    const DocumentId last = addPdf(numberedPdf(1), QStringLiteral("laatste.pdf"));
    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy failed(&extraction, &PdfTextExtraction::failed);
    QSignalSpy progress(&extraction, &PdfTextExtraction::progress);
    QSignalSpy idle(&extraction, &PdfTextExtraction::idle);
    extraction.queue(big);
    extraction.queue(removed);
    extraction.queue(last);
    QCOMPARE(extraction.currentDocument(), big);
    QVERIFY(m_store->removeDocument(removed).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).at(0).value<DocumentId>(), big);
    QCOMPARE(finished.at(1).at(0).value<DocumentId>(), last);
    for (const auto &signal : progress)
        QVERIFY(signal.at(0).value<DocumentId>() != removed);
    QVERIFY(!m_store->document(removed).has_value());
}

void TestPdfTextExtraction::documentRemovedWhileRunning_isNotStored()
{
    const DocumentId big = addPdf(numberedPdf(60, 20), QStringLiteral("groot.pdf"));
    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy failed(&extraction, &PdfTextExtraction::failed);
    QSignalSpy progress(&extraction, &PdfTextExtraction::progress);
    QSignalSpy idle(&extraction, &PdfTextExtraction::idle);
    extraction.queue(big);
    QVERIFY(progress.wait(20000));
    QVERIFY(m_store->removeDocument(big).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 30000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_store->document(big).has_value());
    QVERIFY(m_store->pdfPages(big).isEmpty());
}

void TestPdfTextExtraction::damagedBytesInTheProject_fail_withAMessageNamingTheDocument()
{
    // What the store holds is not what was imported: a project file mended by
    // hand, or a disk that lost a block.
    const QByteArray good = numberedPdf(2);
    const QVector<QPair<QString, QByteArray>> damages = {
        { QStringLiteral("Afgekapt rapport"), good.left(300) },
        { QStringLiteral("Ruis"), QByteArray(5000, '\x8f') },
    };
    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    QSignalSpy failed(&extraction, &PdfTextExtraction::failed);
    QSignalSpy idle(&extraction, &PdfTextExtraction::idle);
    QVector<DocumentId> ids;
    for (const auto &[title, bytes] : damages) {
        Document doc;
        doc.meta.title = title;
        doc.format = SourceFormat::Pdf;
        doc.fileName = QStringLiteral("rapport.pdf");
        doc.originalBytes = bytes;
        doc.pageCount = 2;
        const Result<DocumentId> id = m_store->addDocument(doc);
        QVERIFY(id.ok());
        ids.append(*id);
        extraction.queue(*id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 20000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(failed.at(i).at(0).value<DocumentId>(), ids.at(i));
        const QString message = failed.at(i).at(1).toString();
        QVERIFY2(message.contains(damages.at(i).first), qPrintable(message));
        QVERIFY(m_store->pdfPages(ids.at(i)).isEmpty());
    }
}

void TestPdfTextExtraction::claimMadeBeforeExtraction_findsItsPlaceInTheTextAfterwards_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("alsoOnPageOne");
    QTest::newRow("quote only on its page") << QStringLiteral("Pagina 2 regel 2") << false;
    QTest::newRow("quote on every page") << QStringLiteral("de minister stelt") << true;
}

void TestPdfTextExtraction::claimMadeBeforeExtraction_findsItsPlaceInTheTextAfterwards()
{
    QFETCH(QString, quote);
    QFETCH(bool, alsoOnPageOne);
    const QByteArray bytes = numberedPdf(3);
    const DocumentId id = addPdf(bytes, QStringLiteral("drie.pdf"));
    // Made in the page view before the text was there: the regions on page
    // 2, the quote from the page's own text layer, no offsets.
    PageSelector region;
    region.page = 1;
    region.quads = { QPolygonF({ QPointF(0.06, 0.06), QPointF(0.3, 0.06), QPointF(0.3, 0.08), QPointF(0.06, 0.08) }) };
    TextSelector selector;
    selector.exact = quote;
    Annotation claim;
    claim.documentId = id;
    claim.anchor = Anchor::forPage(region, selector);
    claim.typeId = m_store->claimTypes().first().id;
    const Result<AnnotationId> claimId = m_store->addAnnotation(claim);
    QVERIFY(claimId.ok());
    QVERIFY(!m_store->annotation(*claimId)->anchor.text().isValid());

    PdfTextExtraction extraction(m_store.get());
    QSignalSpy finished(&extraction, &PdfTextExtraction::finished);
    extraction.queue(id);
    QVERIFY(finished.wait(20000));

    QUndoStack undo;
    AnnotationsModel model(m_store.get(), &undo);
    QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
    const QString text = m_store->canonicalText(id);
    model.checkAnchors(id, text, m_store->pdfPages(id));
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 5000);

    const Annotation after = *m_store->annotation(*claimId);
    QVERIFY(after.anchor.text().isValid());
    const TextSelector &found = after.anchor.text();
    QCOMPARE(text.mid(found.start, found.end - found.start), quote);
    // On the page the claim was made on.
    const PdfPageInfo page = m_store->pdfPages(id).at(1);
    QCOMPARE(text.indexOf(quote) < page.textStart, alsoOnPageOne);
    QVERIFY2(found.start >= page.textStart && found.end <= page.textEnd,
             qPrintable(QStringLiteral("found at %1..%2, page 2 is %3..%4")
                            .arg(found.start).arg(found.end).arg(page.textStart).arg(page.textEnd)));
    QCOMPARE(after.anchor.regions(), claim.anchor.regions());
    QCOMPARE(after.anchor.kind(), Anchor::Kind::Page);
    QVERIFY(undo.count() == 0);   // a repair, not an edit
}

QTEST_MAIN(TestPdfTextExtraction)
#include "tst_pdftextextraction.moc"
