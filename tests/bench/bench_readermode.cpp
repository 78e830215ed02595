// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reader mode on a folder of saved web pages: for each FILE.html the text the
// importer would keep (decodeHtml, ReaderMode::extract, HtmlSanitizer,
// SafeTextDocument::setHtml, toPlainText; the whole page when extract finds
// no article) is written to OUT_DIR/FILE.html.txt, and the total time and
// milliseconds per MB of HTML are printed, with and without reader mode.
// Score the texts with the corpus's score.py (trafilatura's method):
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_readermode PAGES_DIR OUT_DIR
//   python3 ../shared/corpus/readermode/score.py ../shared/corpus/readermode/evaldata.json OUT_DIR
// Target: F1 >= 0.92, precision >= 0.90, recall >= 0.93; import < 150 ms per MB.
// Figures of record (../shared/corpus/readermode, 200 pages, 29.2 MB, December 2026):
//   full page:   precision 0.545 recall 0.995 F1 0.705, import 37 ms per MB
//   reader mode: precision 0.905 recall 0.955 F1 0.929, import 22 ms per MB (extract 12 ms per MB);
//                199 of the 200 pages have an article found
#include "import/htmlsanitizer.h"
#include "import/readermode.h"
#include "import/safetextdocument.h"
#include "import/textdecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace ktk;

namespace {

QString renderedText(const QString &html)
{
    SafeTextDocument document;
    document.setHtml(HtmlSanitizer::sanitize(html));
    return document.toPlainText();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_readermode PAGES_DIR OUT_DIR [--full]\n");
        return 2;
    }
    const QDir pages(args.at(1));
    const QString outDir = args.at(2);
    const bool fullPageOnly = args.contains(QStringLiteral("--full"));
    QDir().mkpath(outDir);

    qint64 bytesTotal = 0;
    qint64 extractNs = 0;
    qint64 totalNs = 0;
    qint64 slowestMs = 0;
    QString slowest;
    int articles = 0;
    int count = 0;
    const QStringList files = pages.entryList({ QStringLiteral("*.html"), QStringLiteral("*.htm") }, QDir::Files,
                                              QDir::Name);
    for (const QString &file : files) {
        QFile in(pages.filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            continue;
        }
        const QByteArray bytes = in.readAll();
        QElapsedTimer timer;
        timer.start();
        const QString decoded = TextDecoder::decodeHtml(bytes).text;
        QString text;
        if (fullPageOnly) {
            text = renderedText(decoded);
        } else {
            QElapsedTimer extractTimer;
            extractTimer.start();
            const ReaderMode::Result result = ReaderMode::extract(decoded);
            extractNs += extractTimer.nsecsElapsed();
            if (result.isArticle)
                ++articles;
            else
                std::printf("no article found: %s\n", qPrintable(file));
            text = renderedText(result.isArticle ? result.html : decoded);
        }
        const qint64 ns = timer.nsecsElapsed();
        totalNs += ns;
        bytesTotal += bytes.size();
        ++count;
        if (ns / 1000000 > slowestMs) {
            slowestMs = ns / 1000000;
            slowest = file;
        }
        QFile out(QDir(outDir).filePath(file + QStringLiteral(".txt")));
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
    }
    const double mb = double(bytesTotal) / (1024.0 * 1024.0);
    std::printf("%d pages, %.1f MB, %d articles found\n", count, mb, articles);
    std::printf("whole import: %.0f ms, %.1f ms per MB (target < 150)\n", totalNs / 1e6, totalNs / 1e6 / mb);
    if (!fullPageOnly)
        std::printf("reader mode alone: %.0f ms, %.1f ms per MB\n", extractNs / 1e6, extractNs / 1e6 / mb);
    std::printf("slowest page: %s, %lld ms\n", qPrintable(slowest), slowestMs);
    return 0;
}
