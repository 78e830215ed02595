// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Painting the reading view with 1,000 claims in one document, with the
// claim margin shown and hidden: the time of one whole repaint of the
// viewport at 40 places down the document. Target (#11): under 8 ms per frame.
//
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_claimmargin

#include "document/documenttextedit.h"
#include "document/documentview.h"
#include "import/safetextdocument.h"
#include "models/annotationroles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardItemModel>

#include <algorithm>
#include <cstdio>

using namespace ktk;

namespace {

constexpr qint64 DocId = 7;

struct Frames
{
    double mean = 0;
    double worst = 0;
};

Frames paintThrough(DocumentView &view)
{
    QTextEdit *edit = view.textView();
    QScrollBar *bar = edit->verticalScrollBar();
    QVector<double> ms;
    for (int step = 0; step <= 40; ++step) {
        bar->setValue(bar->maximum() * step / 40);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        edit->viewport()->repaint();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    Frames f;
    for (double m : ms)
        f.mean += m;
    f.mean /= ms.size();
    f.worst = *std::max_element(ms.cbegin(), ms.cend());
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString text;
    for (int i = 0; i < 1500; ++i)
        text += QStringLiteral("Alinea %1. De minister zegt dat de platforms een gevaar zijn voor de rechtsstaat, en "
                               "critici wijzen erop dat een register van algoritmen alleen weinig verandert aan de "
                               "macht van de grote bedrijven.\n").arg(i);
    auto *doc = new SafeTextDocument;
    doc->setPlainText(text);

    // 1,000 claims: most of a sentence or two, some long ones over many
    // lines, so that up to five overlap.
    QStandardItemModel model;
    QRandomGenerator random(11);
    const QStringList colours{QStringLiteral("#4a90d9"), QStringLiteral("#e06c2f"), QStringLiteral("#9b59b6"),
                              QStringLiteral("#2fa89c"), QStringLiteral("#5cb85c")};
    for (int id = 1; id <= 1000; ++id) {
        const int start = random.bounded(int(text.size()) - 2000);
        const int length = id % 25 == 0 ? 1500 : 40 + random.bounded(300);
        auto *item = new QStandardItem;
        item->setData(id, AnnotationIdRole);
        item->setData(DocId, DocumentIdRole);
        item->setData(start, StartRole);
        item->setData(start + length, EndRole);
        item->setData(QColor(colours.at(id % colours.size())), ColourRole);
        item->setData(1 + id % 7, TypeNumberRole);
        model.appendRow(item);
    }
    QItemSelectionModel selection(&model);

    DocumentView view;
    view.resize(1200, 900);
    view.setDocument(DocId, doc);
    view.setAnnotationModel(&model, &selection);
    view.show();
    QCoreApplication::processEvents();
    paintThrough(view);   // lays out and warms up

    view.setClaimMarginVisible(false);
    const Frames without = paintThrough(view);
    view.setClaimMarginVisible(true);
    const Frames with = paintThrough(view);
    auto *edit = qobject_cast<DocumentTextEdit *>(view.textView());
    std::printf("1,000 claims in a document of %lld characters, a 1200x900 view, 41 frames down the document\n",
                qint64(text.size()));
    std::printf("  without the claim margin: mean %.2f ms, worst %.2f ms per frame\n", without.mean, without.worst);
    std::printf("  with the claim margin:    mean %.2f ms, worst %.2f ms per frame (%d stripes in the last frame)\n",
                with.mean, with.worst, int(edit ? edit->marginStripes().size() : 0));
    std::printf("target: under 8 ms per frame with the margin: %s\n", with.worst < 8 ? "met" : "MISSED");
    return 0;
}
