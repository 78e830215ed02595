// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Removing and importing large PDFs through undo commands: the original file
// waits in a temporary file, not in memory, while the document is out of the
// project, and undo or redo brings it back byte for byte, with its pages, its
// text (also text extracted after the import) and its claims under the same ids.
#include "claimfixture.h"
#include "pdftestutil.h"

#include "commands/documentcommands.h"
#include "import/documentimporter.h"

#include <QImage>
#include <QRandomGenerator>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;
using namespace ktk::test;

namespace {

// Three pages of text and, on the first, a picture of noise that no
// compression shrinks: a PDF of several megabytes.
QByteArray largePdf()
{
    QImage noise(2400, 2000, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    return writePdf(3, [&](int page, QPainter &painter) {
        painter.drawText(QPointF(56, 80), QStringLiteral("Pagina %1: de minister stelt dat de begroting klopt.").arg(page + 1));
        painter.drawText(QPointF(56, 110), QStringLiteral("Regel twee van pagina %1 over de gemeenten.").arg(page + 1));
        if (page == 0)
            painter.drawImage(QRectF(56, 150, 480, 340), noise);
    });
}

void compareDocuments(const Document &actual, const Document &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.format, SourceFormat::Pdf);
    QCOMPARE(actual.originalBytes.size(), expected.originalBytes.size());
    QVERIFY(actual.originalBytes == expected.originalBytes);
    QCOMPARE(actual.canonicalText, expected.canonicalText);
    QCOMPARE(actual.pages, expected.pages);
    QCOMPARE(actual.pageCount, expected.pageCount);
    QCOMPARE(actual.pdfPassword, expected.pdfPassword);
    QCOMPARE(actual.fileName, expected.fileName);
    QCOMPARE(actual.meta.title, expected.meta.title);
    QCOMPARE(actual.meta.language, expected.meta.language);
    QCOMPARE(actual.importedAt, expected.importedAt);
}

} // namespace

class TestDocumentCommandsPdf : public QObject
{
    Q_OBJECT

    Document importLarge(bool withText)
    {
        DocumentImporter::Options options;
        options.extractPdfText = withText;
        const Result<Document> doc = DocumentImporter::importBytes(m_largePdf, QStringLiteral("begroting.pdf"), options);
        if (!doc)
            qWarning("import failed: %s", qPrintable(doc.error()));
        return doc ? *doc : Document();
    }

    // A claim on page pageIndex around quote, with its place in the text.
    AnnotationId addPageClaim(ClaimProject &p, DocumentId id, int pageIndex, const QString &quote)
    {
        const QString text = p.store.canonicalText(id);
        const int start = int(text.indexOf(quote));
        if (start < 0)
            return 0;
        PageSelector region;
        region.page = pageIndex;
        region.quads = { QPolygonF({ QPointF(0.1, 0.1), QPointF(0.4, 0.1), QPointF(0.4, 0.12), QPointF(0.1, 0.12) }) };
        Annotation a;
        a.documentId = id;
        a.anchor = Anchor::forPage(region, TextSelector::fromRange(text, start, start + int(quote.size())));
        a.typeId = p.typeAt(0);
        a.note = QStringLiteral("Nagaan");
        a.author = QStringLiteral("tester");
        const Result<AnnotationId> added = p.store.addAnnotation(a);
        return added ? *added : 0;
    }

private slots:
    void initTestCase()
    {
        m_largePdf = largePdf();
        QVERIFY2(m_largePdf.size() > 4 * ParkedDocument::InMemoryLimit, QByteArray::number(m_largePdf.size()));
    }

    void removeLargePdf_parksItInATemporaryFile_andUndoRedoRestoreItWhole()
    {
        ClaimProject p;
        QVERIFY(p.create());
        Document imported = importLarge(true);
        QCOMPARE(imported.pages.size(), 3);
        imported.pdfPassword = QStringLiteral("geheim");   // as an encrypted PDF keeps it
        const Result<DocumentId> id = p.store.addDocument(imported);
        QVERIFY(id.ok());
        const AnnotationId onTwo = addPageClaim(p, *id, 1, QStringLiteral("Regel twee van pagina 2"));
        const AnnotationId onThree = addPageClaim(p, *id, 2, QStringLiteral("Pagina 3"));
        QVERIFY(onTwo != 0 && onThree != 0);
        const Document before = *p.store.document(*id);
        const QVector<Annotation> claimsBefore = p.store.annotations(*id);
        QCOMPARE(claimsBefore.size(), 2);

        auto *command = new RemoveDocumentCommand(&p.store, *id);
        p.undo.push(command);
        QVERIFY(!p.store.document(*id).has_value());
        QVERIFY(p.store.annotations().isEmpty());
        QVERIFY(command->parkedDocument().isInTemporaryFile());
        QVERIFY(command->parkedDocument().summary().originalBytes.isEmpty());
        QVERIFY(p.reopen());

        for (int round = 0; round < 2; ++round) {
            p.undo.undo();
            QVERIFY(command->parkedDocument().isNull());
            QVERIFY(p.reopen());
            const std::optional<Document> back = p.store.document(*id);
            QVERIFY(back.has_value());
            compareDocuments(*back, before);
            QCOMPARE(p.store.pdfPages(*id), before.pages);
            QCOMPARE(p.store.annotations(*id), claimsBefore);
            QVERIFY(p.store.pdfDocumentsWithoutText().isEmpty());

            p.undo.redo();
            QVERIFY(p.reopen());
            QVERIFY(!p.store.document(*id).has_value());
            QVERIFY(command->parkedDocument().isInTemporaryFile());
        }
    }

    void removeSmallDocument_keepsItInMemory()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId id = p.addDocument(QStringLiteral("Klein"), QStringLiteral("Een korte tekst."));
        auto *command = new RemoveDocumentCommand(&p.store, id);
        p.undo.push(command);
        QVERIFY(!command->parkedDocument().isInTemporaryFile());
        QCOMPARE(command->parkedDocument().summary().originalBytes, QByteArray("Een korte tekst."));
        p.undo.undo();
        QCOMPARE(p.store.canonicalText(id), QStringLiteral("Een korte tekst."));
    }

    void addLargePdf_undoRedo_keepsTextExtractedAfterTheImport()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const Document imported = importLarge(false);
        QVERIFY(imported.pages.isEmpty());
        auto *command = new AddDocumentsCommand(&p.store, { imported });
        // Waiting for its first redo, the file is not held in memory either.
        QCOMPARE(command->parkedDocuments().size(), size_t(1));
        QVERIFY(command->parkedDocuments().front().isInTemporaryFile());
        p.undo.push(command);
        QCOMPARE(command->documentIds().size(), 1);
        const DocumentId id = command->documentIds().first();
        QVERIFY(id != 0);
        QCOMPARE(p.store.originalBytes(id), m_largePdf);
        QCOMPARE(p.store.pdfDocumentsWithoutText(), QVector<DocumentId>{ id });

        // The background extraction stores the text later.
        const Document withText = importLarge(true);
        QVERIFY(p.store.setPdfText(id, withText.canonicalText, withText.pages).ok());
        const AnnotationId claim = addPageClaim(p, id, 1, QStringLiteral("Pagina 2"));
        QVERIFY(claim != 0);
        const Document before = *p.store.document(id);
        QCOMPARE(before.pages, withText.pages);

        // The claim is a later edit of its own; without it on the stack it
        // goes with the document and does not come back.
        p.undo.undo();
        QVERIFY(p.reopen());
        QVERIFY(!p.store.document(id).has_value());
        QCOMPARE(command->parkedDocuments().size(), size_t(1));
        QVERIFY(command->parkedDocuments().front().isInTemporaryFile());

        for (int round = 0; round < 2; ++round) {
            p.undo.redo();
            QVERIFY(p.reopen());
            QCOMPARE(command->documentIds(), QVector<DocumentId>{ id });
            const std::optional<Document> back = p.store.document(id);
            QVERIFY(back.has_value());
            compareDocuments(*back, before);
            QCOMPARE(p.store.pdfPages(id), withText.pages);
            QVERIFY(p.store.pdfDocumentsWithoutText().isEmpty());
            p.undo.undo();
            QVERIFY(!p.store.document(id).has_value());
        }
    }

private:
    QByteArray m_largePdf;
};

QTEST_MAIN(TestDocumentCommandsPdf)
#include "tst_documentcommandspdf.moc"
