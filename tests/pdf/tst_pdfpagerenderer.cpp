// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfdocument.h"
#include "pdf/pdfpagerenderer.h"
#include "pdftestutil.h"

#include <QElapsedTimer>
#include <QPainterPath>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace ktk;
using namespace ktk::test;

namespace {

// Pages with some text and, when heavy, thousands of curves, so a render
// takes long enough to be caught in the middle.
std::shared_ptr<PdfDocument> pages(int count, bool heavy = false)
{
    const QByteArray bytes = writePdf(count, [heavy](int page, QPainter &p) {
        p.drawText(QPointF(72, 100), QStringLiteral("Page %1").arg(page));
        if (!heavy)
            return;
        QPainterPath path;
        for (int i = 0; i < 300; ++i) {
            path.moveTo(20 + (i * 7) % 550, 150 + (i * 13) % 650);
            path.cubicTo(100 + i % 400, 200, 300, 700 - i % 300, 500 - i % 200, 300 + i % 500);
        }
        p.setPen(QPen(Qt::black, 0.3));
        p.drawPath(path);
    });
    return PdfDocument::load(bytes, QStringLiteral("pages.pdf")).document;
}

QSet<int> renderedPages(const QSignalSpy &spy)
{
    QSet<int> result;
    for (const QList<QVariant> &args : spy)
        result.insert(args.at(0).toInt());
    return result;
}

} // namespace

class TestPdfPageRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersInTheBackgroundAndSaysSo()
    {
        PdfPageRenderer renderer(pages(3));
        QSignalSpy spy(&renderer, &PdfPageRenderer::pageRendered);
        renderer.request({1, 0}, 300);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);   // most wanted first
        QCOMPARE(spy.at(0).at(1).toInt(), 300);
        QCOMPARE(renderer.image(0, 300).width(), 300);
        QCOMPARE(renderer.image(1, 300).width(), 300);
        QVERIFY(renderer.image(0, 301).isNull());
        QVERIFY(renderer.image(2, 300).isNull());
        QCOMPARE(renderer.anyImage(1).width(), 300);
        QVERIFY(renderer.anyImage(2).isNull());
        QVERIFY(renderer.cacheBytes() >= renderer.image(0, 300).sizeInBytes() * 2);

        // The widest rendering stands in while the sharp one is made.
        renderer.request({1}, 500);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10000);
        QCOMPARE(renderer.anyImage(1).width(), 500);

        // What is cached is not rendered again.
        renderer.request({0, 1}, 300);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 3);
    }

    void cacheStaysWithinItsLimitLeastRecentlyUsedOut()
    {
        PdfPageRenderer renderer(pages(12));
        const qint64 onePage = renderer.document()->renderPage(0, 800).sizeInBytes();
        QVERIFY(onePage > 1000000);
        renderer.setCacheLimit(4 * onePage + onePage / 2);   // room for four
        QSignalSpy spy(&renderer, &PdfPageRenderer::pageRendered);
        renderer.request({0, 1, 2, 3}, 800);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 20000);
        QVERIFY(!renderer.image(0, 800).isNull());   // page 0 is now the most recently used
        renderer.request({4, 5, 6, 7, 8, 9, 10, 11}, 800);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 12, 30000);
        QVERIFY(renderer.cacheBytes() <= 4 * onePage + onePage / 2);
        for (int page = 8; page < 12; ++page)
            QVERIFY2(!renderer.image(page, 800).isNull(), qPrintable(QString::number(page)));
        for (int page = 0; page < 8; ++page)
            QVERIFY2(renderer.image(page, 800).isNull(), qPrintable(QString::number(page)));

        // A smaller limit evicts at once.
        renderer.setCacheLimit(onePage + onePage / 2);
        QVERIFY(renderer.cacheBytes() <= onePage + onePage / 2);
        QVERIFY(!renderer.image(11, 800).isNull());
    }

    void newRequestDropsWhatWasNotStarted()
    {
        PdfPageRenderer renderer(pages(40, true));
        QSignalSpy spy(&renderer, &PdfPageRenderer::pageRendered);
        QVector<int> all;
        for (int i = 0; i < 40; ++i)
            all.append(i);
        renderer.request(all, 600);
        renderer.request({39}, 600);
        QTRY_VERIFY_WITH_TIMEOUT(renderedPages(spy).contains(39), 20000);
        QTest::qWait(300);
        // At most the page already under way besides the one asked for now.
        const QSet<int> rendered = renderedPages(spy);
        QVERIFY2(rendered.size() <= 2, qPrintable(QString::number(rendered.size())));
        QCOMPARE(spy.count(), rendered.size());
    }

    void destroyedWhileRenderingReturnsQuickly()
    {
        auto document = pages(20, true);
        QElapsedTimer single;
        single.start();
        QVERIFY(!document->renderPage(1, 2400).isNull());
        const qint64 oneRender = single.elapsed();
        QVector<int> all;
        for (int i = 0; i < 20; ++i)
            all.append(i);
        auto renderer = std::make_unique<PdfPageRenderer>(document);
        QSignalSpy spy(renderer.get(), &PdfPageRenderer::pageRendered);
        renderer->request(all, 2400);
        QTest::qWait(20);   // under way
        QElapsedTimer timer;
        timer.start();
        renderer.reset();
        const qint64 destroying = timer.elapsed();
        qInfo("one page at 2400 px: %lld ms; destroying the renderer: %lld ms", oneRender, destroying);
        // At most the page under way (the render is given up early, too),
        // never the twenty pages asked for. Generous, for a loaded machine
        // (the CI runs two tests at a time): far from twenty renders still.
        QVERIFY2(destroying <= 4 * oneRender + 1000, qPrintable(QString::number(destroying)));
        QVERIFY2(destroying < 20 * oneRender, qPrintable(QString::number(destroying)));
        QTest::qWait(50);   // no signal from a renderer that is gone
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestPdfPageRenderer)
#include "tst_pdfpagerenderer.moc"
