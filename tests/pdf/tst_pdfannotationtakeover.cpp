// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfannotationtakeover.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "pdftestutil.h"
#include "store/defaultcodebook.h"

#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

// The default codebook as a project holds it: ids 1, 2, ...
QVector<ClaimType> codebook()
{
    QVector<ClaimType> types = DefaultCodebook::types();
    for (int i = 0; i < types.size(); ++i)
        types[i].id = 100 + i;
    return types;
}

ClaimTypeId idOf(const QString &key)
{
    for (const ClaimType &t : codebook()) {
        if (t.builtinKey == key)
            return t.id;
    }
    return -1;
}

std::shared_ptr<PdfDocument> annotatedFixture()
{
    return PdfDocument::load(readTestFile(QStringLiteral(KTK_TEST_DATA "/pdf/annotated.pdf")),
                             QStringLiteral("annotated.pdf")).document;
}

} // namespace

class TestPdfAnnotationTakeOver : public QObject
{
    Q_OBJECT

private slots:
    void nearestType_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QString>("type");
        // The colours other readers offer for highlights, and our own.
        QTest::newRow("yellow") << QColor(255, 255, 0) << QStringLiteral("evidence");
        QTest::newRow("Poppler's yellow") << QColor(255, 235, 0) << QStringLiteral("evidence");
        QTest::newRow("green") << QColor(0, 255, 0) << QStringLiteral("policy");
        QTest::newRow("dark green") << QColor(40, 140, 40) << QStringLiteral("policy");
        QTest::newRow("light blue") << QColor(100, 160, 230) << QStringLiteral("factual");
        QTest::newRow("orange") << QColor(255, 140, 0) << QStringLiteral("causal");
        QTest::newRow("red") << QColor(230, 30, 30) << QStringLiteral("causal");
        QTest::newRow("pink") << QColor(255, 105, 180) << QStringLiteral("attribution");
        QTest::newRow("purple") << QColor(150, 100, 230) << QStringLiteral("normative");
        QTest::newRow("teal") << QColor(0, 170, 170) << QStringLiteral("prediction");
        for (const ClaimType &t : codebook())
            QTest::newRow(qPrintable(QStringLiteral("exactly ") + t.builtinKey)) << t.colour << t.builtinKey;
    }

    void nearestType()
    {
        QFETCH(QColor, colour);
        QFETCH(QString, type);
        QCOMPARE(PdfAnnotationTakeOver::nearestType(colour, codebook()), idOf(type));
    }

    void nearestTypeWithoutAColourOrTypes()
    {
        QCOMPARE(PdfAnnotationTakeOver::nearestType(QColor(), codebook()), codebook().first().id);
        QCOMPARE(PdfAnnotationTakeOver::nearestType(QColor(255, 255, 0), {}), ClaimTypeId(0));
    }

    void highlightBecomesAPageClaimWithItsQuote()
    {
        const auto d = annotatedFixture();
        QVERIFY(d);
        const PdfEmbeddedAnnotation h = d->embeddedAnnotations().at(0);
        QCOMPARE(h.kind, PdfEmbeddedAnnotation::Kind::Highlight);
        const PdfText text = PdfTextExtractor::extract(*d);

        const Annotation a = PdfAnnotationTakeOver::toClaim(h, 7, codebook(), text.pages, text.text);
        QCOMPARE(a.documentId, DocumentId(7));
        QCOMPARE(a.id, AnnotationId(0));
        QCOMPARE(a.typeId, idOf(QStringLiteral("evidence")));
        QCOMPARE(a.note, QStringLiteral("Three percent of what?"));
        QCOMPARE(a.author, QStringLiteral("Ada Reviewer"));
        QCOMPARE(a.created, h.modified.toUTC());
        QCOMPARE(a.modified, a.created);
        QCOMPARE(a.created.timeSpec(), Qt::UTC);
        QCOMPARE(a.anchor.kind(), Anchor::Kind::Page);
        QCOMPARE(a.anchor.page().page, 0);
        QCOMPARE(a.anchor.page().quads, h.quads);
        QCOMPARE(a.quote(), QStringLiteral("budget grows"));
        const TextSelector &s = a.anchor.text();
        QVERIFY(s.isValid());
        QCOMPARE(text.text.mid(s.start, s.end - s.start), QStringLiteral("budget grows"));
        QCOMPARE(s.prefix, QStringLiteral("The "));
        QVERIFY(s.suffix.startsWith(QStringLiteral(" by three percent")));
        QVERIFY(a.anchor.isValid());

        // Before the text is extracted: the quote alone.
        const Annotation early = PdfAnnotationTakeOver::toClaim(h, 7, codebook(), {}, {});
        QCOMPARE(early.anchor.kind(), Anchor::Kind::Page);
        QCOMPARE(early.anchor.text().exact, QStringLiteral("budget grows"));
        QCOMPARE(early.anchor.text().start, -1);
        QCOMPARE(early.anchor.text().end, -1);
    }

    void quoteIsLookedForOnItsOwnPageOnly()
    {
        // The same words on two pages: the highlight is on the second.
        PdfEmbeddedAnnotation h;
        h.kind = PdfEmbeddedAnnotation::Kind::Underline;
        h.page = 1;
        h.quote = QStringLiteral("same words");
        h.quads = {QPolygonF({QPointF(0.1, 0.1), QPointF(0.3, 0.1), QPointF(0.3, 0.12), QPointF(0.1, 0.12)})};
        const QString canonical = QStringLiteral("same words here\n\nsame words there");
        const QVector<PdfPageInfo> pages = {{0, QSizeF(595, 842), 0, 15}, {1, QSizeF(595, 842), 17, 33}};
        const Annotation a = PdfAnnotationTakeOver::toClaim(h, 1, codebook(), pages, canonical);
        QCOMPARE(a.anchor.text().start, 17);
        QCOMPARE(a.anchor.text().end, 27);
        QVERIFY(a.created.isValid());   // no date in the PDF: now
        QVERIFY(qAbs(a.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(a.typeId, codebook().first().id);   // no colour
    }

    void noteBecomesAnAreaClaim()
    {
        const auto d = annotatedFixture();
        const PdfEmbeddedAnnotation n = d->embeddedAnnotations().at(1);
        QCOMPARE(n.kind, PdfEmbeddedAnnotation::Kind::Note);
        const PdfText text = PdfTextExtractor::extract(*d);
        const Annotation a = PdfAnnotationTakeOver::toClaim(n, 7, codebook(), text.pages, text.text);
        QCOMPARE(a.anchor.kind(), Anchor::Kind::Area);
        QCOMPARE(a.anchor.page().page, 0);
        QCOMPARE(a.anchor.page().quads.size(), 1);
        QCOMPARE(a.anchor.page().quads.first().boundingRect(), n.boundary);
        QCOMPARE(a.anchor.page().quads.first().first(), n.boundary.topLeft());
        QVERIFY(a.quote().isEmpty());
        QCOMPARE(a.note, QStringLiteral("Ask the ministry for the source."));
        QCOMPARE(a.author, QStringLiteral("Bob Checker"));
        QCOMPARE(a.typeId, idOf(QStringLiteral("causal")));   // red is nearest the orange
    }
};

QTEST_MAIN(TestPdfAnnotationTakeOver)
#include "tst_pdfannotationtakeover.moc"
