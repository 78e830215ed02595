// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The claim margin of the PDF view: painting the page view with 1,000 claims
// on a 50-page PDF, with the margin shown and hidden: the time of one whole
// repaint of the viewport at 41 places down the document, each once its
// pages are rendered (so a frame is what scrolling costs), and the time of
// the margin's own part (stripes laid out and painted). Target: the margin
// adds well under a millisecond to a frame; the whole frame, as for the text
// view's margin, under 8 ms where the machine allows.
//
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_pdfclaimmargin

#include "document/pdfclaimmargin.h"
#include "document/pdfview.h"
#include "models/annotationroles.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfpagerenderer.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace ktk;

namespace {

constexpr qint64 DocId = 7;
constexpr int Pages = 50;
constexpr int Claims = 1000;

QByteArray writePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    painter.setFont(font);
    for (int p = 0; p < Pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (int line = 0; line < 52; ++line)
            painter.drawText(QPointF(60, 70 + 14 * line),
                             QStringLiteral("Page %1 line %2: the minister says the platforms are a danger to the "
                                            "rule of law, critics").arg(p + 1).arg(line + 1));
    }
    painter.end();
    return bytes;
}

struct Frames
{
    double mean = 0;
    double median = 0;
    double worst = 0;
    double marginOnly = 0;   // mean: laying out and painting the stripes alone
};

Frames paintThrough(PdfView &view)
{
    QScrollBar *bar = view.pageArea()->verticalScrollBar();
    PdfPageRenderer *renderer = view.pageArea()->renderer();
    QVector<double> ms;
    QVector<double> margin;
    for (int step = 0; step <= 40; ++step) {
        bar->setValue(bar->maximum() * step / 40);
        // The pages in view rendered first: the frame is then what scrolling over them costs.
        QTest::qWaitFor([&] {
            for (int page = 0; page < view.pageCount(); ++page) {
                const QRect r = view.pageRect(page);
                if (!r.intersects(view.pageViewport()->rect()))
                    continue;
                if (renderer->image(page, int(std::lround(r.width() * view.devicePixelRatioF()))).isNull())
                    return false;
            }
            return true;
        }, 5000);
        QElapsedTimer timer;
        timer.start();
        view.pageViewport()->repaint();
        ms.append(timer.nsecsElapsed() / 1e6);

        QImage image(view.pageViewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        timer.restart();
        PdfClaimMargin::paint(painter, view.marginStripes(), view.font());
        margin.append(timer.nsecsElapsed() / 1e6);
    }
    Frames f;
    for (double m : ms)
        f.mean += m;
    f.mean /= ms.size();
    for (double m : margin)
        f.marginOnly += m;
    f.marginOnly /= margin.size();
    f.worst = *std::max_element(ms.cbegin(), ms.cend());
    std::sort(ms.begin(), ms.end());
    f.median = ms.at(ms.size() / 2);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const PdfDocument::LoadResult loaded = PdfDocument::load(writePdf(), QStringLiteral("bench.pdf"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "the generated PDF does not load: %s\n", qPrintable(loaded.message));
        return 1;
    }
    const std::shared_ptr<PdfDocument> pdf = loaded.document;

    // 1,000 claims, 20 a page: most of a line or a few, some over half a
    // page, so that several overlap; on real text quads.
    QVector<PdfPageText> texts;
    for (int p = 0; p < Pages; ++p)
        texts.append(pdf->pageText(p));
    QStandardItemModel model;
    QRandomGenerator random(11);
    const QStringList colours{QStringLiteral("#4a90d9"), QStringLiteral("#e06c2f"), QStringLiteral("#9b59b6"),
                              QStringLiteral("#2fa89c"), QStringLiteral("#5cb85c")};
    for (int id = 1; id <= Claims; ++id) {
        const int page = (id - 1) % Pages;
        const PdfPageText &text = texts.at(page);
        const int length = id % 25 == 0 ? 2500 : 30 + random.bounded(300);
        const int start = random.bounded(std::max(1, text.size() - length));
        PageSelector region;
        region.page = page;
        region.quads = text.quads(start, std::min(text.size(), start + length));
        TextSelector quote;
        quote.exact = text.text().mid(start, length);
        auto *item = new QStandardItem;
        item->setData(id, AnnotationIdRole);
        item->setData(DocId, DocumentIdRole);
        item->setData(QVariant::fromValue(Anchor::forPages({region}, quote)), AnchorRole);
        item->setData(QColor(colours.at(id % colours.size())), ColourRole);
        item->setData(1 + id % 7, TypeNumberRole);
        item->setData(id % 9 == 0, FilteredOutRole);
        model.appendRow(item);
    }
    QItemSelectionModel selection(&model);

    PdfView view;
    view.resize(1200, 900);
    view.setDocument(DocId, pdf);
    view.setAnnotationModel(&model, &selection);
    view.fitWidth();
    view.show();
    QCoreApplication::processEvents();
    paintThrough(view);   // renders and warms up

    view.setClaimMarginVisible(false);
    paintThrough(view);   // the other zoom's pages rendered
    const Frames without = paintThrough(view);
    view.setClaimMarginVisible(true);
    paintThrough(view);
    const Frames with = paintThrough(view);
    std::printf("%d claims on a %d-page PDF, a 1200x900 view at fit width, 41 frames down the document\n", Claims,
                Pages);
    std::printf("  without the claim margin: mean %.2f ms, median %.2f ms, worst %.2f ms per frame\n", without.mean,
                without.median, without.worst);
    std::printf("  with the claim margin:    mean %.2f ms, median %.2f ms, worst %.2f ms per frame (%d stripes in "
                "the last frame)\n", with.mean, with.median, with.worst, int(view.marginStripes().size()));
    std::printf("  the margin alone (stripes laid out and painted): mean %.3f ms per frame\n", with.marginOnly);
    std::printf("target: the margin adds well under a millisecond to a frame: %s\n",
                with.marginOnly < 1 ? "met" : "MISSED");
    return 0;
}
