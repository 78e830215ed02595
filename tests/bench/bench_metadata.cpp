// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Web page metadata on a corpus of saved pages with known title, author and
// date (trafilatura's evaldata.json: for each page "file", "title", "author",
// "date"). Each page goes through TextDecoder::decodeHtml and
// HtmlSanitizer::metadata, as the importer does, and the share of exact
// matches is printed: titles with whitespace collapsed, authors also without
// regard to case, dates as yyyy-MM-dd. A page whose expected value is empty
// matches when nothing is found. Pages without annotations are skipped.
//   build/tests/bench/bench_metadata ../shared/corpus/readermode/evaldata.json ../shared/corpus/readermode/pages [-v]
// -v lists every mismatch.
#include "import/htmlsanitizer.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace ktk;

namespace {

struct Score
{
    int matched = 0;
    int total = 0;
    int matchedNonEmpty = 0;
    int totalNonEmpty = 0;

    void add(bool match, bool expectedNonEmpty)
    {
        ++total;
        matched += match;
        if (expectedNonEmpty) {
            ++totalNonEmpty;
            matchedNonEmpty += match;
        }
    }
    void print(const char *name) const
    {
        std::printf("%-7s %3d/%3d = %.3f   (pages with a value: %3d/%3d = %.3f)\n", name, matched, total,
                    total ? double(matched) / total : 0.0, matchedNonEmpty, totalNonEmpty,
                    totalNonEmpty ? double(matchedNonEmpty) / totalNonEmpty : 0.0);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool verbose = args.removeAll(QStringLiteral("-v")) > 0;
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_metadata EVALDATA_JSON PAGES_DIR [-v]\n");
        return 2;
    }
    QFile evalFile(args.at(1));
    if (!evalFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QJsonObject eval = QJsonDocument::fromJson(evalFile.readAll()).object();
    const QDir pages(args.at(2));

    Score title, author, date;
    qint64 bytesTotal = 0;
    qint64 ns = 0;
    for (auto it = eval.begin(); it != eval.end(); ++it) {
        const QJsonObject expected = it.value().toObject();
        if (!expected.contains(QLatin1String("title")) && !expected.contains(QLatin1String("author"))
            && !expected.contains(QLatin1String("date")))
            continue;
        QFile file(pages.filePath(expected.value(QLatin1String("file")).toString()));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        bytesTotal += bytes.size();
        QElapsedTimer timer;
        timer.start();
        const QString html = TextDecoder::decodeHtml(bytes).text;
        const HtmlSanitizer::Metadata meta = HtmlSanitizer::metadata(html);
        ns += timer.nsecsElapsed();

        const QString wantTitle = expected.value(QLatin1String("title")).toString().simplified();
        const QString wantAuthor = expected.value(QLatin1String("author")).toString().simplified();
        const QString wantDate = expected.value(QLatin1String("date")).toString().simplified();
        const QString gotTitle = meta.title.simplified();
        const QString gotAuthor = meta.author.simplified();
        const QString gotDate = meta.published.isValid() ? meta.published.toString(Qt::ISODate) : QString();
        const bool titleOk = gotTitle == wantTitle;
        const bool authorOk = gotAuthor.compare(wantAuthor, Qt::CaseInsensitive) == 0;
        const bool dateOk = gotDate == wantDate;
        title.add(titleOk, !wantTitle.isEmpty());
        author.add(authorOk, !wantAuthor.isEmpty());
        date.add(dateOk, !wantDate.isEmpty());
        if (verbose) {
            const QString name = expected.value(QLatin1String("file")).toString();
            if (!titleOk)
                std::printf("%s\n  title  want [%s]\n         got  [%s]\n", qPrintable(name), qPrintable(wantTitle),
                            qPrintable(gotTitle));
            if (!authorOk)
                std::printf("%s\n  author want [%s]\n         got  [%s] (publisher [%s])\n", qPrintable(name),
                            qPrintable(wantAuthor), qPrintable(gotAuthor), qPrintable(meta.publisher));
            if (!dateOk)
                std::printf("%s\n  date   want [%s]\n         got  [%s]\n", qPrintable(name), qPrintable(wantDate),
                            qPrintable(gotDate));
        }
    }
    std::printf("%d pages, %.1f MB; decoding and metadata %.1f ms in all\n", title.total,
                double(bytesTotal) / (1024.0 * 1024.0), double(ns) / 1e6);
    title.print("title");
    author.print("author");
    date.print("date");
    return 0;
}
