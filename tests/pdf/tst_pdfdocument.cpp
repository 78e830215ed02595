// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdftestutil.h"

#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

const QStringList OneColumnLines = {
        QStringLiteral("Alpha Bravo Charlie Delta"),
        QStringLiteral("Echo Golf Hotel India"),
        QStringLiteral("Juliet Kilo Lima Mike")};

struct OneColumn
{
    QByteArray bytes;
    QRectF charlie;   // where "Charlie" was drawn, points
    QRectF alpha;
};

OneColumn oneColumnPdf()
{
    OneColumn result;
    PdfWriterOptions options;
    options.title = QStringLiteral("Budget  letter\n2026");
    options.creator = QStringLiteral("Kanttekening tests");
    result.bytes = writePdf(1, [&](int, QPainter &p) {
        const QFontMetricsF fm(p.font(), p.device());
        for (int i = 0; i < OneColumnLines.size(); ++i)
            p.drawText(QPointF(72, 100 + 20 * i), OneColumnLines.at(i));
        const qreal x = 72 + fm.horizontalAdvance(QStringLiteral("Alpha Bravo "));
        result.charlie = QRectF(x, 100 - fm.ascent(), fm.horizontalAdvance(QStringLiteral("Charlie")),
                                fm.ascent() + fm.descent());
        result.alpha = QRectF(72, 100 - fm.ascent(), fm.horizontalAdvance(QStringLiteral("Alpha")),
                              fm.ascent() + fm.descent());
    }, options);
    return result;
}

// Two columns whose lines share their heights: a reader goes down the left
// column first, and so must the text (a drag selection follows it).
QByteArray twoColumnPdf()
{
    return writePdf(1, [](int, QPainter &p) {
        p.setFont(pdfTestFont(10));
        for (int i = 0; i < 15; ++i) {
            const qreal y = 80 + 14 * i;
            p.drawText(QPointF(50, y), QStringLiteral("West%1 alpha bravo charlie delta echo").arg(i));
            p.drawText(QPointF(320, y), QStringLiteral("East%1 golf hotel india juliet kilo").arg(i));
        }
    });
}

QString testData(const QString &name)
{
    return QStringLiteral(KTK_TEST_DATA "/pdf/") + name;
}

} // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT

private slots:
    void loadsAGeneratedPdf()
    {
        const QByteArray bytes = oneColumnPdf().bytes;
        const auto r = PdfDocument::load(bytes, QStringLiteral("/tmp/letter.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.error, PdfDocument::LoadError::None);
        QVERIFY(r.message.isEmpty());
        const PdfDocument &d = *r.document;
        QCOMPARE(d.pageCount(), 1);
        QVERIFY(qAbs(d.pageSize(0).width() - 595.3) < 1);
        QVERIFY(qAbs(d.pageSize(0).height() - 841.9) < 1);
        QVERIFY(!d.pageSize(1).isValid());
        QVERIFY(!d.pageSize(-1).isValid());
        QVERIFY(!d.isEncrypted());
        QCOMPARE(d.bytes(), bytes);
    }

    void metadataAsQPdfWriterWroteIt()
    {
        const auto r = PdfDocument::load(oneColumnPdf().bytes, QStringLiteral("letter.pdf"));
        QVERIFY(r.ok());
        const PdfMetadata m = r.document->metadata();
        QCOMPARE(m.title, QStringLiteral("Budget letter 2026"));   // white space simplified
        QCOMPARE(m.creator, QStringLiteral("Kanttekening tests"));
        QVERIFY(m.author.isEmpty());   // QPdfWriter writes none
        QVERIFY(m.created.isValid());
        QVERIFY(qAbs(m.created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    void pageTextHasTheDrawnLines()
    {
        const auto r = PdfDocument::load(oneColumnPdf().bytes, QStringLiteral("letter.pdf"));
        QVERIFY(r.ok());
        const PdfPageText t = r.document->pageText(0);
        QCOMPARE(t.text(), OneColumnLines.join(QLatin1Char('\n')));
        QVERIFY(t.hasText());
        QVERIFY(!r.document->pageText(1).hasText());
        QVERIFY(!r.document->pageText(-1).hasText());
    }

    void quadsOfAWordLieWhereItWasDrawn()
    {
        const OneColumn pdf = oneColumnPdf();
        const auto r = PdfDocument::load(pdf.bytes, QStringLiteral("letter.pdf"));
        QVERIFY(r.ok());
        const PdfPageText t = r.document->pageText(0);
        const QSizeF size = r.document->pageSize(0);
        for (const auto &[word, drawn] : {qMakePair(QStringLiteral("Charlie"), pdf.charlie),
                                           qMakePair(QStringLiteral("Alpha"), pdf.alpha)}) {
            const int start = int(t.text().indexOf(word));
            QVERIFY(start >= 0);
            const auto quads = t.quads(start, start + int(word.size()));
            QCOMPARE(quads.size(), 1);
            const QRectF n = quads.first().boundingRect();
            const QRectF found(n.left() * size.width(), n.top() * size.height(), n.width() * size.width(),
                               n.height() * size.height());
            const QString info = word + QStringLiteral(": drawn %1,%2 %3x%4, found %5,%6 %7x%8")
                    .arg(drawn.left()).arg(drawn.top()).arg(drawn.width()).arg(drawn.height())
                    .arg(found.left()).arg(found.top()).arg(found.width()).arg(found.height());
            QVERIFY2(qAbs(found.left() - drawn.left()) < 3, qPrintable(info));
            QVERIFY2(qAbs(found.right() - drawn.right()) < 3, qPrintable(info));
            QVERIFY2(qAbs(found.top() - drawn.top()) < 4, qPrintable(info));
            QVERIFY2(qAbs(found.bottom() - drawn.bottom()) < 4, qPrintable(info));
            // And a point in the middle of the drawn word hits it.
            const QPointF middle(drawn.center().x() / size.width(), drawn.center().y() / size.height());
            const int hit = t.charAt(middle);
            QVERIFY2(hit >= start && hit < start + word.size(), qPrintable(info));
            QCOMPARE(t.wordAt(hit), qMakePair(start, start + int(word.size())));
        }
    }

    void twoColumnTextGoesDownTheLeftColumnFirst()
    {
        const auto r = PdfDocument::load(twoColumnPdf(), QStringLiteral("columns.pdf"));
        QVERIFY(r.ok());
        const PdfPageText t = r.document->pageText(0);
        const QString &text = t.text();
        int lastWest = -1;
        for (int i = 0; i < 15; ++i) {
            const int at = int(text.indexOf(QStringLiteral("West%1 ").arg(i)));
            QVERIFY2(at > lastWest, qPrintable(QStringLiteral("West%1").arg(i)));
            lastWest = at;
        }
        int lastEast = lastWest;
        for (int i = 0; i < 15; ++i) {
            const int at = int(text.indexOf(QStringLiteral("East%1 ").arg(i)));
            QVERIFY2(at > lastEast, qPrintable(text));
            lastEast = at;
        }
        // A point beside the right column's fourth line lands in that column.
        const int east3 = int(text.indexOf(QStringLiteral("East3")));
        const QRectF box = t.charBox(east3);
        QVERIFY(box.left() > 0.5);
        QCOMPARE(t.caretNearest(QPointF(box.left() - 0.01, box.center().y())), east3);
    }

    void rendersAtTheRequestedWidth()
    {
        const OneColumn pdf = oneColumnPdf();
        const auto r = PdfDocument::load(pdf.bytes, QStringLiteral("letter.pdf"));
        QVERIFY(r.ok());
        const PdfDocument &d = *r.document;
        const QImage image = d.renderPage(0, 400);
        QCOMPARE(image.width(), 400);
        QVERIFY(qAbs(image.height() - 400 * d.pageSize(0).height() / d.pageSize(0).width()) <= 1);
        const qreal scale = 400 / d.pageSize(0).width();
        auto darkPixels = [&](const QRectF &points) {
            const QRect px = QRectF(points.topLeft() * scale, points.size() * scale).toAlignedRect()
                    .intersected(image.rect());
            int dark = 0;
            for (int y = px.top(); y <= px.bottom(); ++y) {
                for (int x = px.left(); x <= px.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128;
            }
            return dark;
        };
        QVERIFY(darkPixels(pdf.charlie) > 20);
        QCOMPARE(darkPixels(QRectF(300, 400, 200, 200)), 0);   // nothing drawn there
        QCOMPARE(qGray(image.pixel(5, 5)), 255);               // white paper

        QVERIFY(d.renderPage(0, 0).isNull());
        QVERIFY(d.renderPage(0, -5).isNull());
        QVERIFY(d.renderPage(1, 400).isNull());
        QVERIFY(d.renderPage(0, 100000).isNull());   // over MaxRenderPixels
        QVERIFY(d.renderPage(0, 400, [] { return true; }).isNull());   // given up
    }

    void rotatedPageIsShownTurned()
    {
        const auto r = PdfDocument::load(readTestFile(testData(QStringLiteral("rotated90.pdf"))),
                                         QStringLiteral("rotated90.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const PdfDocument &d = *r.document;
        QVERIFY(qAbs(d.pageSize(0).width() - 842) < 1);
        QVERIFY(qAbs(d.pageSize(0).height() - 595) < 1);
        const PdfPageText t = d.pageText(0);
        QVERIFY2(t.text().startsWith(QStringLiteral("The budget grows by three percent next year.\n")), qPrintable(t.text()));
        // Turned a quarter clockwise, the first line runs down the right edge.
        const int start = int(t.text().indexOf(QStringLiteral("budget")));
        const auto quads = t.quads(start, start + 6);
        QCOMPARE(quads.size(), 1);
        const QRectF q = quads.first().boundingRect();
        QVERIFY(q.left() > 0.8);
        QVERIFY(q.height() * d.pageSize(0).height() > q.width() * d.pageSize(0).width());
        const QImage image = d.renderPage(0, 842);
        QCOMPARE(image.size(), QSize(842, 595));
    }

    void encryptedPdfAsksForItsPassword()
    {
        const QByteArray bytes = readTestFile(testData(QStringLiteral("encrypted-aes256.pdf")));
        QVERIFY(!bytes.isEmpty());
        const auto none = PdfDocument::load(bytes, QStringLiteral("/home/x/geheim.pdf"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error, PdfDocument::LoadError::PasswordRequired);
        QVERIFY(none.message.contains(QStringLiteral("\u201cgeheim.pdf\u201d")));

        const auto wrong = PdfDocument::load(bytes, QStringLiteral("geheim.pdf"), QStringLiteral("guess"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error, PdfDocument::LoadError::WrongPassword);
        QVERIFY(wrong.message.contains(QStringLiteral("geheim.pdf")));
        QVERIFY(wrong.message != none.message);

        for (const QString &password : {QStringLiteral("user-pw"), QStringLiteral("owner-pw")}) {
            const auto right = PdfDocument::load(bytes, QStringLiteral("geheim.pdf"), password);
            QVERIFY2(right.ok(), qPrintable(right.message));
            QVERIFY(right.document->isEncrypted());
            QVERIFY(right.document->pageText(0).text().contains(QStringLiteral("budget grows")));
            QCOMPARE(right.document->renderPage(0, 200).width(), 200);
        }
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        const QByteArray good = oneColumnPdf().bytes;
        QByteArray random(4096, '\0');
        QRandomGenerator generator(1786);
        for (char &c : random)
            c = char(generator.bounded(256));
        const int damaged = int(PdfDocument::LoadError::Damaged);
        QTest::newRow("empty") << QByteArray() << damaged;
        QTest::newRow("random bytes") << random << damaged;
        QTest::newRow("plain text") << QByteArray("Dear minister,\nthe budget.\n") << damaged;
        QTest::newRow("a header and then noise") << (QByteArray("%PDF-1.7\n") + random) << damaged;
        QTest::newRow("first 200 bytes") << good.left(200) << damaged;
        // QPdfWriter writes the page tree after the page content, so the first
        // half has pages that lead nowhere: Poppler cannot repair that.
        QTest::newRow("first half") << good.left(good.size() / 2) << damaged;
        QTest::newRow("the end without the beginning") << good.mid(good.size() / 2) << damaged;
        QTest::newRow("no pages") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                                "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                                                "trailer << /Root 1 0 R >>\n%%EOF\n")
                                  << int(PdfDocument::LoadError::NoPages);
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        const auto r = PdfDocument::load(bytes, QStringLiteral("/somewhere/report.pdf"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error), error);
        QVERIFY2(r.message.contains(QStringLiteral("\u201creport.pdf\u201d")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("somewhere")));
    }

    void messageNamesATitleWhole()
    {
        // Callers may name the document by its title, slashes and all.
        const auto r = PdfDocument::load(QByteArray("not a pdf"), QStringLiteral("Regulation (EU) 2016/679"));
        QVERIFY(r.message.contains(QStringLiteral("\u201cRegulation (EU) 2016/679\u201d")));
    }

    void embeddedAnnotationsOfAnotherReader()
    {
        const auto r = PdfDocument::load(readTestFile(testData(QStringLiteral("annotated.pdf"))),
                                         QStringLiteral("annotated.pdf"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const auto all = r.document->embeddedAnnotations();
        QCOMPARE(all.size(), 2);
        QCOMPARE(r.document->embeddedAnnotations(0).size(), 2);
        QVERIFY(r.document->embeddedAnnotations(1).isEmpty());

        const PdfEmbeddedAnnotation &h = all.at(0);
        QCOMPARE(h.kind, PdfEmbeddedAnnotation::Kind::Highlight);
        QCOMPARE(h.page, 0);
        QCOMPARE(h.author, QStringLiteral("Ada Reviewer"));
        QCOMPARE(h.contents, QStringLiteral("Three percent of what?"));
        QCOMPARE(h.colour.rgb(), QColor(255, 235, 0).rgb());
        QVERIFY(h.modified.isValid());
        QCOMPARE(h.quads.size(), 1);
        QCOMPARE(h.quote, QStringLiteral("budget grows"));
        const QRectF q = h.quads.first().boundingRect();
        QVERIFY(q.left() > 0 && q.right() < 1 && q.top() > 0 && q.bottom() < 1);
        QVERIFY(h.boundary.contains(q.center()));

        const PdfEmbeddedAnnotation &n = all.at(1);
        QCOMPARE(n.kind, PdfEmbeddedAnnotation::Kind::Note);
        QCOMPARE(n.author, QStringLiteral("Bob Checker"));
        QCOMPARE(n.contents, QStringLiteral("Ask the ministry for the source."));
        QVERIFY(n.quads.isEmpty());
        QVERIFY(n.quote.isEmpty());
        QVERIFY(qAbs(n.boundary.left() - 400 / 595.0) < 0.01);
        QVERIFY(qAbs(n.boundary.top() - 115 / 842.0) < 0.01);

        // A PDF nobody annotated has none.
        const auto plain = PdfDocument::load(oneColumnPdf().bytes, QStringLiteral("letter.pdf"));
        QVERIFY(plain.document->embeddedAnnotations().isEmpty());
    }

    void loadsFromManyThreadsAtOnce()
    {
        // One document, text and images asked for from several threads.
        const auto r = PdfDocument::load(oneColumnPdf().bytes, QStringLiteral("letter.pdf"));
        QVERIFY(r.ok());
        std::shared_ptr<PdfDocument> d = r.document;
        QVector<QThread *> threads;
        QAtomicInt failures = 0;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([d, &failures] {
                for (int k = 0; k < 5; ++k) {
                    if (d->pageText(0).size() < 20 || d->renderPage(0, 150).isNull())
                        failures.ref();
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
    }
};

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
