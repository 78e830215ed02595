// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Exporting annotated PDFs (issue 9): an 88-page PDF with 1,000 claims over
// its words, and a 100-page text document with 1,000 claims, each exported
// through DocumentExport::exportDocument as the window and the command line
// do. Prints a table of figures against the target (< 3 s each).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_export [PDF]
// (without a PDF it writes an 88-page one with QPdfWriter)
#include "export/documentexport.h"
#include "import/documentimporter.h"
#include "pdf/pdfdocument.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ktk;

namespace {

constexpr int PdfPages = 88;
constexpr int Claims = 1000;
constexpr qint64 TargetMs = 3000;

const QStringList Words = {
    QStringLiteral("the"),        QStringLiteral("minister"),   QStringLiteral("expects"),   QStringLiteral("that"),
    QStringLiteral("unemployment"), QStringLiteral("will"),     QStringLiteral("fall"),      QStringLiteral("by"),
    QStringLiteral("four"),       QStringLiteral("percent"),    QStringLiteral("within"),    QStringLiteral("two"),
    QStringLiteral("years"),      QStringLiteral("according"),  QStringLiteral("to"),        QStringLiteral("critics"),
    QStringLiteral("figures"),    QStringLiteral("are"),        QStringLiteral("misleading"), QStringLiteral("and"),
    QStringLiteral("regering"),   QStringLiteral("verwacht"),   QStringLiteral("financiële"), QStringLiteral("ruimte"),
    QStringLiteral("beleid"),     QStringLiteral("gemeenten"),  QStringLiteral("onderzoek"), QStringLiteral("rapport"),
};

// Deterministic filler: sentence n of a text.
QString sentence(int n)
{
    QStringList s;
    const int length = 8 + n % 9;
    for (int i = 0; i < length; ++i)
        s << Words.at((n * 7 + i * 13 + i * i) % Words.size());
    s.first()[0] = s.first()[0].toUpper();
    return s.join(u' ') + u'.';
}

QByteArray writePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    int n = 0;
    for (int page = 0; page < PdfPages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < 50; ++line)
            painter.drawText(QPointF(56, 60 + line * 14), sentence(n++).left(90));
    }
    painter.end();
    return bytes;
}

QString textDocument()
{
    // About 100 typeset pages: paragraphs of ten sentences.
    QString text = QStringLiteral("Benchmark article for the annotated PDF export\n\n");
    int n = 0;
    for (int paragraph = 0; paragraph < 550; ++paragraph) {
        QStringList p;
        for (int i = 0; i < 8; ++i)
            p << sentence(n++);
        text += p.join(u' ') + QStringLiteral("\n\n");
    }
    return text;
}

struct Row
{
    QString what;
    QString figure;
    QString verdict;
};
QVector<Row> rows;

void fail(const QString &why)
{
    std::fprintf(stderr, "bench_export: %s\n", qPrintable(why));
    std::exit(1);
}

Annotation claimBase(DocumentId doc, ClaimTypeId type, int i)
{
    Annotation a;
    a.documentId = doc;
    a.typeId = type;
    a.status = VerificationStatus(i % VerificationStatusCount);
    a.claimant = i % 3 ? QStringLiteral("Minister") : QString();
    a.note = i % 4 == 0 ? QStringLiteral("Check claim %1 against the source.").arg(i) : QString();
    a.author = QStringLiteral("bench");
    a.created = a.modified = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(i);
    return a;
}

void measure(const ProjectStore &store, DocumentId id, const QString &label, const QString &out)
{
    for (const auto &[name, options] : std::initializer_list<std::pair<const char *, PdfExportOptions>>{
             {"annotations, pop-up notes", PdfExportOptions{}},
             {"with appendix", PdfExportOptions{NotePlacement::Popup, true, false, {}}},
             {"notes in the margin", PdfExportOptions{NotePlacement::Margin, false, false, {}}},
             {"flattened", PdfExportOptions{NotePlacement::Popup, false, true, {}}}}) {
        QElapsedTimer clock;
        clock.start();
        const auto done = DocumentExport::exportDocument(store, id, {}, options, out);
        const qint64 ms = clock.elapsed();
        if (!done)
            fail(done.error());
        QFile f(out);
        const qint64 size = f.size();
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        const auto loaded = PdfDocument::load(bytes, out);
        const int pages = loaded.ok() ? loaded.document->pageCount() : -1;
        rows.append({QStringLiteral("%1, %2 (%3 claims, %4 pages, %5 MB)")
                         .arg(label, QLatin1String(name))
                         .arg(done->claims)
                         .arg(pages)
                         .arg(size / 1e6, 0, 'f', 1),
                     QStringLiteral("%1 ms").arg(ms), ms < TargetMs ? QStringLiteral("ok") : QStringLiteral("SLOW")});
        std::printf("  %-70s %6lld ms\n", qPrintable(rows.last().what), ms);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));

    QByteArray pdf;
    QString pdfName = QStringLiteral("bench.pdf");
    if (argc > 1) {
        QFile f(QString::fromLocal8Bit(argv[1]));
        if (!f.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1").arg(f.fileName()));
        pdf = f.readAll();
        pdfName = f.fileName();
    } else {
        QElapsedTimer clock;
        clock.start();
        pdf = writePdf();
        std::printf("Wrote a %d-page PDF with QPdfWriter in %lld ms (%.1f MB)\n", PdfPages, clock.elapsed(),
                    pdf.size() / 1e6);
    }

    ProjectStore store;
    if (!store.create(dir.filePath(QStringLiteral("bench.ktk"))).ok())
        fail(QStringLiteral("cannot create the project"));
    const ClaimTypeId type = store.claimTypes().first().id;

    // The PDF, with claims over words spread over every page.
    DocumentImporter::Options options;
    options.extractPdfText = true;
    const Result<Document> imported = DocumentImporter::importBytes(pdf, pdfName, options);
    if (!imported)
        fail(imported.error());
    const auto pdfId = store.addDocument(*imported);
    if (!pdfId)
        fail(pdfId.error());
    {
        const auto loaded = PdfDocument::load(pdf, pdfName);
        if (!loaded.ok())
            fail(loaded.message);
        const int pages = loaded.document->pageCount();
        QVector<Annotation> claims;
        QVector<PdfPageText> texts;
        for (int p = 0; p < pages; ++p)
            texts << loaded.document->pageText(p);
        const QString canonical = imported->canonicalText;
        // Word ranges on every page, then every k-th one.
        QVector<std::tuple<int, int, int>> words;   // page, start, end
        for (int p = 0; p < pages; ++p) {
            const QString &t = texts[p].text();
            int i = 0;
            while (i < t.size()) {
                while (i < t.size() && t[i].isSpace())
                    ++i;
                int j = i;
                while (j < t.size() && !t[j].isSpace())
                    ++j;
                if (j - i >= 3)
                    words.append({p, i, j});
                i = j;
            }
        }
        if (words.size() < Claims)
            fail(QStringLiteral("the PDF has only %1 words").arg(words.size()));
        const qsizetype step = words.size() / Claims;
        for (int i = 0; i < Claims; ++i) {
            const auto [p, s, e] = words.at(i * step);
            // Two words where the line goes on: claims of several words.
            int end = e;
            if (i % 2 && end < texts[p].size() && texts[p].text().at(end) == u' ') {
                int k = end + 1;
                while (k < texts[p].size() && !texts[p].text().at(k).isSpace())
                    ++k;
                end = k;
            }
            PageSelector sel;
            sel.page = p;
            sel.quads = texts[p].quads(s, end);
            const QString quote = texts[p].text().mid(s, end - s);
            const int pageStart = p < imported->pages.size() ? imported->pages[p].textStart : 0;
            int at = int(canonical.indexOf(quote, pageStart));
            if (at < 0)
                at = 0;
            Annotation a = claimBase(*pdfId, type, i);
            a.anchor = Anchor::forPage(sel, TextSelector::fromRange(canonical, at, at + int(quote.size())));
            claims.append(a);
        }
        const Status added = store.addAnnotations(claims);
        if (!added)
            fail(added.error());
        std::printf("PDF: %s, %d pages, %lld claims\n", qPrintable(pdfName), pages,
                    qlonglong(store.annotations(*pdfId).size()));
    }

    // The text document, with claims at word boundaries spread over it.
    const QString text = textDocument();
    const Result<Document> typed = DocumentImporter::importBytes(text.toUtf8(), QStringLiteral("bench.txt"));
    if (!typed)
        fail(typed.error());
    const auto textId = store.addDocument(*typed);
    if (!textId)
        fail(textId.error());
    {
        const QString canonical = typed->canonicalText;
        QVector<Annotation> claims;
        const int step = int(canonical.size()) / Claims;
        for (int i = 0; i < Claims; ++i) {
            int s = i * step;
            while (s < canonical.size() && !canonical.at(s).isLetter())
                ++s;
            while (s > 0 && canonical.at(s - 1).isLetter())
                --s;
            int e = s;
            int words = 1 + i % 4;
            while (e < canonical.size() && words > 0) {
                while (e < canonical.size() && canonical.at(e).isLetter())
                    ++e;
                if (--words > 0 && e < canonical.size() && canonical.at(e) == u' ')
                    ++e;
                else
                    break;
            }
            Annotation a = claimBase(*textId, type, i);
            a.anchor = Anchor::forText(TextSelector::fromRange(canonical, s, e));
            claims.append(a);
        }
        const Status added = store.addAnnotations(claims);
        if (!added)
            fail(added.error());
        std::printf("Text: %lld characters, %lld claims\n\n", qlonglong(canonical.size()),
                    qlonglong(store.annotations(*textId).size()));
    }

    measure(store, *pdfId, QStringLiteral("PDF"), dir.filePath(QStringLiteral("pdf-out.pdf")));
    measure(store, *textId, QStringLiteral("Text"), dir.filePath(QStringLiteral("text-out.pdf")));

    std::printf("\n%-84s %-10s %-8s %s\n", "Export", "Figure", "Target", "");
    std::printf("%s\n", QByteArray(110, '-').constData());
    bool allOk = true;
    for (const Row &r : qAsConst(rows)) {
        std::printf("%-84s %-10s %-8s %s\n", qPrintable(r.what), qPrintable(r.figure), "< 3 s", qPrintable(r.verdict));
        allOk = allOk && r.verdict == QLatin1String("ok");
    }
    return allOk ? 0 : 2;
}
