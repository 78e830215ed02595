// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileutil.h"
#include "foreignfiles.h"
#include "../import/handwrittenpdf.h"

#include "anchor/anchor.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <sys/stat.h>
#include <unistd.h>

using namespace ktk;
using namespace ktk::hostile;
using namespace ktk::test;

// PDFs from a hostile sender, imported by the real program (the command line
// extracts every page's text at once, the most any import does), each bounded
// in time and address space: special and huge files are refused before a byte
// is read; page trees that loop or lie, content streams of tens of megabytes
// and nesting millions deep import or are refused, but never crash, hang or
// run out of memory. And a project whose page rows were written by someone
// else lists without trouble. The PDFs are written here, byte by byte.
class TestHostilePdf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fifoNamedPdf_isRefusedAtOnce();
    void sparseFileOfTwoGigabytes_isRefusedAtOnceNamingTheLimit();
    void hostilePdfs_importOrAreRefusedWithinBounds_data();
    void hostilePdfs_importOrAreRefusedWithinBounds();
    void craftedPageRows_listWithoutTrouble_data();
    void craftedPageRows_listWithoutTrouble();
    void tableClaimingMillionsOfObjects_isRefusedAtOnce_data();
    void tableClaimingMillionsOfObjects_isRefusedAtOnce();

private:
    QString project() const { return m_dir->filePath(QStringLiteral("p.ktk")); }
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir *m_dir = nullptr;
};

namespace {

// Hang guards, far above what a sound run takes.
constexpr Bounds PdfBounds{ 30, 2048 };

QByteArray repeated(const QByteArray &unit, qsizetype times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QByteArray Catalog = "<< /Type /Catalog /Pages 2 0 R >>";
const QByteArray Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

QByteArray page(int parent, int contents)
{
    return "<< /Type /Page /Parent " + QByteArray::number(parent) + " 0 R /MediaBox [0 0 595 842] "
           "/Resources << /Font << /F1 3 0 R >> >> /Contents " + QByteArray::number(contents) + " 0 R >>";
}

// One page (object 4) with the given content stream (object 5).
QByteArray onePage(const QByteArray &content, const QByteArray &pagesCount = "1")
{
    return buildPdf({ Catalog, "<< /Type /Pages /Kids [4 0 R] /Count " + pagesCount + " >>", Font, page(2, 5),
                      pdfStream(content) },
                    "/Root 1 0 R");
}

// The one-page file with a cross-reference stream instead of a classic table,
// whose dictionary says sizeAndIndex (e.g. "/Size 7").
QByteArray withCrossReferenceStream(const QByteArray &sizeAndIndex)
{
    const QByteArray classic = onePage(textContent({ "Dit is de enige pagina." }));
    QByteArray out = classic.left(classic.indexOf("xref\n"));
    QVector<qsizetype> offsets;
    for (int i = 1; i <= 5; ++i)
        offsets.append(out.indexOf(QByteArray("\n" + QByteArray::number(i) + " 0 obj\n")) + 1);
    offsets.append(out.size());   // object 6: the stream itself
    QByteArray rows("\x00\x00\x00\x00\x00\xff\xff", 7);
    for (const qsizetype offset : offsets) {
        rows += '\x01';
        for (int shift = 24; shift >= 0; shift -= 8)
            rows += char((offset >> shift) & 0xff);
        rows += QByteArray("\x00\x00", 2);
    }
    out += "6 0 obj\n<< /Type /XRef " + sizeAndIndex + " /W [1 4 2] /Root 1 0 R /Length "
           + QByteArray::number(rows.size()) + " >>\nstream\n" + rows + "\nendstream\nendobj\n";
    out += "startxref\n" + QByteArray::number(offsets.last()) + "\n%%EOF\n";
    return out;
}

} // namespace

void TestHostilePdf::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestHostilePdf::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestHostilePdf::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestHostilePdf::fifoNamedPdf_isRefusedAtOnce()
{
    const QString fifo = m_dir->filePath(QStringLiteral("x.pdf"));
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
        QSKIP("No FIFO can be made here");
    const BoundedRun run = runKanttekening({ QStringLiteral("import"), project(), fifo }, { 10, 2048 });
    QVERIFY2(run.finishedNormally(), run.describe());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.elapsedMs < 5000, run.describe());
    QVERIFY2(run.err.contains(QLatin1String("x.pdf")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("not an ordinary file")), qPrintable(run.err));
}

void TestHostilePdf::sparseFileOfTwoGigabytes_isRefusedAtOnceNamingTheLimit()
{
    const QString big = m_dir->filePath(QStringLiteral("big.pdf"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("%PDF-1.7\n") > 0);
        // A hole: no disk used, 2 GB to anyone who reads it.
        QVERIFY(file.resize(2048ll * 1024 * 1024));
    }
    // Less address space than the file's size: reading it would fail.
    const BoundedRun run = runKanttekening({ QStringLiteral("import"), project(), big }, { 10, 1024 });
    QVERIFY2(run.finishedNormally(), run.describe());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.elapsedMs < 5000, run.describe());
    QVERIFY2(run.err.contains(QLatin1String("big.pdf")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("256")), qPrintable(run.err));   // the limit, in MB
    QVERIFY2(run.err.contains(QLatin1String("2,048")) || run.err.contains(QLatin1String("2048")), qPrintable(run.err));
}

void TestHostilePdf::hostilePdfs_importOrAreRefusedWithinBounds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedExit");   // -1: 0 or 1, as long as it is one of them

    const QByteArray text = textContent({ "Dit is de enige pagina." });
    // Page trees.
    QTest::newRow("page tree loop: Pages is its own kid")
        << QStringLiteral("loop1.pdf")
        << buildPdf({ Catalog, "<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>", Font, page(2, 5), pdfStream(text) },
                    "/Root 1 0 R")
        << -1;
    QTest::newRow("page tree loop: two nodes, each the other's kid")
        << QStringLiteral("loop2.pdf")
        << buildPdf({ Catalog, "<< /Type /Pages /Kids [6 0 R 4 0 R] /Count 3 >>", Font, page(2, 5), pdfStream(text),
                      "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>" },
                    "/Root 1 0 R")
        << -1;
    QTest::newRow("page tree loop through the page itself")
        << QStringLiteral("loop3.pdf")
        << buildPdf({ Catalog, "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", Font,
                      "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R] /Count 1 >>", pdfStream(text) },
                    "/Root 1 0 R")
        << 1;
    QTest::newRow("/Count 2147483647 over one page") << QStringLiteral("count-max.pdf")
                                                     << onePage(text, "2147483647") << -1;
    QTest::newRow("/Count -1 over one page") << QStringLiteral("count-neg.pdf") << onePage(text, "-1") << -1;
    QTest::newRow("claims 1,000,000 pages, has one") << QStringLiteral("million.pdf") << onePage(text, "1000000") << -1;

    // A page tree of 1,000,000 real kids that all are the same page.
    QTest::newRow("1,000,000 kids, all one page")
        << QStringLiteral("million-kids.pdf")
        << buildPdf({ Catalog, "<< /Type /Pages /Kids [" + repeated("4 0 R ", 1000000) + "] /Count 1000000 >>", Font,
                      page(2, 5), pdfStream(text) },
                    "/Root 1 0 R")
        << 1;

    // 30,000 real pages, sharing one content stream: more than a PDF may have.
    {
        QVector<QByteArray> objects = { Catalog, QByteArray(), Font, pdfStream(text) };
        QByteArray kids;
        for (int i = 0; i < 30000; ++i) {
            kids += QByteArray::number(5 + i) + " 0 R ";
            objects.append(page(2, 4));
        }
        objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 30000 >>";
        QTest::newRow("30,000 pages") << QStringLiteral("pages30k.pdf") << buildPdf(objects, "/Root 1 0 R") << 1;
    }

    // Content streams of one page.
    QTest::newRow("50 MB of path operators")
        << QStringLiteral("paths.pdf") << onePage(repeated("10 10 m 500 800 l 20 700 l h S\n", 50 * 1024 * 1024 / 31))
        << -1;
    QTest::newRow("50 MB of text operators")
        << QStringLiteral("texts.pdf")
        << onePage("BT /F1 12 Tf 56 780 Td " + repeated("(woord ) Tj ", 50 * 1024 * 1024 / 12) + "ET") << -1;
    QTest::newRow("10,000,000 nested q")
        << QStringLiteral("nested-q.pdf") << onePage(repeated("q ", 10000000) + text + repeated(" Q", 10000000)) << -1;
    QTest::newRow("10,000,000 q never closed") << QStringLiteral("open-q.pdf") << onePage(repeated("q\n", 10000000) + text)
                                               << -1;
    QTest::newRow("1,000,000 nested BT") << QStringLiteral("nested-bt.pdf")
                                         << onePage(repeated("BT /F1 12 Tf ", 1000000) + "(x) Tj" + repeated(" ET", 1000000))
                                         << -1;
    QTest::newRow("Form XObject drawing itself")
        << QStringLiteral("xobject-loop.pdf")
        << buildPdf({ Catalog, "<< /Type /Pages /Kids [4 0 R] /Count 1 >>", Font,
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 6 0 R >> "
                      ">> /Contents 5 0 R >>",
                      pdfStream("/X Do"),
                      pdfStream("/X Do /X Do", "/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                               "/Resources << /XObject << /X 6 0 R >> >>") },
                    "/Root 1 0 R")
        << -1;
}

void TestHostilePdf::hostilePdfs_importOrAreRefusedWithinBounds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedExit);
    const QString file = write(name, bytes);
    const BoundedRun run = runKanttekening({ QStringLiteral("import"), project(), file }, PdfBounds);
    QVERIFY2(run.finishedNormally(), run.describe());
    if (expectedExit >= 0)
        QVERIFY2(run.exitCode == expectedExit, run.describe());
    else
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.describe());
    if (run.exitCode == 1) {
        QVERIFY2(run.err.contains(name), run.describe());
    } else {
        QVERIFY2(run.out.contains(name), qPrintable(run.out));
        // What was imported lists, with its text.
        const BoundedRun listed = runKanttekening({ QStringLiteral("list"), project() }, PdfBounds);
        QVERIFY2(listed.finishedNormally() && listed.exitCode == 0, listed.describe());
        QCOMPARE(listed.out.count(u'\n'), 2);
    }
    qInfo("%s: exit %d in %lld ms", qPrintable(name), run.exitCode, run.elapsedMs);
}

void TestHostilePdf::craftedPageRows_listWithoutTrouble_data()
{
    QTest::addColumn<QStringList>("rows");   // VALUES of pdf_pages after document_id
    QTest::newRow("negative offsets") << QStringList{ QStringLiteral("0, 595, 842, -5, 10"),
                                                      QStringLiteral("1, 595, 842, -2147483648, -1") };
    QTest::newRow("overlapping pages") << QStringList{ QStringLiteral("0, 595, 842, 0, 30"),
                                                       QStringLiteral("1, 595, 842, 20, 50") };
    QTest::newRow("beyond the text") << QStringList{ QStringLiteral("0, 595, 842, 0, 2147483647"),
                                                     QStringLiteral("1, 595, 842, 9000000000, 9000000001") };
    QTest::newRow("reversed") << QStringList{ QStringLiteral("0, 595, 842, 30, 10") };
    QTest::newRow("pages beyond the page count") << QStringList{ QStringLiteral("7, 595, 842, 0, 5"),
                                                                 QStringLiteral("-3, 595, 842, 6, 10") };
    QTest::newRow("absurd sizes") << QStringList{ QStringLiteral("0, -1e308, 1e308, 0, 10"),
                                                  QStringLiteral("1, 0, 0, 12, 20") };
    QTest::newRow("text in the size columns") << QStringList{ QStringLiteral("0, 'breed', x'00ff', '0', '10'") };
}

void TestHostilePdf::craftedPageRows_listWithoutTrouble()
{
    QFETCH(QStringList, rows);
    const QString text = QStringLiteral("Pagina een van de brief.\n\nPagina twee van de brief.");
    DocumentId id = 0;
    {
        ProjectStore store;
        QVERIFY(store.create(project()).ok());
        Document doc;
        doc.meta.title = QStringLiteral("Brief");
        doc.format = SourceFormat::Pdf;
        doc.fileName = QStringLiteral("brief.pdf");
        doc.originalBytes = textPdf({ { "Pagina een van de brief." }, { "Pagina twee van de brief." } });
        doc.pageCount = 2;
        doc.canonicalText = text;
        doc.pages = { { 0, QSizeF(595, 842), 0, 24 }, { 1, QSizeF(595, 842), 26, int(text.size()) } };
        const Result<DocumentId> added = store.addDocument(doc);
        QVERIFY(added.ok());
        id = *added;
        PageSelector region;
        region.page = 1;
        region.quads = { QPolygonF({ QPointF(0.1, 0.1), QPointF(0.4, 0.1), QPointF(0.4, 0.12), QPointF(0.1, 0.12) }) };
        Annotation a;
        a.documentId = id;
        a.anchor = Anchor::forPage(region, TextSelector::fromRange(text, 26, 42));
        a.typeId = store.claimTypes().first().id;
        QVERIFY(store.addAnnotation(a).ok());
        QCOMPARE(store.pdfPages(id).size(), 2);
        store.close();
    }
    QStringList statements{ QStringLiteral("DELETE FROM pdf_pages") };
    for (const QString &row : rows)
        statements.append(QStringLiteral("INSERT INTO pdf_pages VALUES (%1, %2)").arg(id).arg(row));
    QVERIFY(ktk::testutil::runSql(project(), statements));

    const BoundedRun run = runKanttekening({ QStringLiteral("list"), project() }, PdfBounds);
    QVERIFY2(run.finishedNormally(), run.describe());
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList fields = lines.at(1).split(u'\t');
    QCOMPARE(fields.size(), 10);
    QCOMPARE(fields.at(7), QStringLiteral("Pagina twee van "));
    QCOMPARE(fields.at(9), QStringLiteral("2"));

    // The store hands out no page that does not slice the text in order,
    // nor an absurd page size; with none, the text counts as not extracted,
    // so the window extracts it again.
    ProjectStore store;
    QVERIFY(store.open(project()).ok());
    const QVector<PdfPageInfo> pages = store.pdfPages(id);
    int end = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const PdfPageInfo &p = pages.at(i);
        QCOMPARE(p.page, i);
        QVERIFY2(p.textStart >= end && p.textStart <= p.textEnd && p.textEnd <= text.size(),
                 qPrintable(QStringLiteral("page %1: %2..%3").arg(i).arg(p.textStart).arg(p.textEnd)));
        QVERIFY2(std::isfinite(p.size.width()) && std::isfinite(p.size.height()) && p.size.width() >= 0
                     && p.size.height() >= 0 && p.size.width() < 1e6 && p.size.height() < 1e6,
                 qPrintable(QStringLiteral("page %1: %2 x %3").arg(i).arg(p.size.width()).arg(p.size.height())));
        end = p.textEnd;
    }
    QCOMPARE(store.pdfDocumentsWithoutText().contains(id), pages.isEmpty());
    QCOMPARE(store.canonicalText(id), text);
}

QTEST_MAIN(TestHostilePdf)
#include "tst_hostilepdf.moc"

// A file of a kilobyte whose cross-reference table claims twenty million
// objects: Poppler sized its table to that and copied it for every page it
// read, 16 s and 1.6 GB for one import (found by fuzz_pdf). Refused before
// Poppler sees it, naming the file; the same file with honest numbers imports.
void TestHostilePdf::tableClaimingMillionsOfObjects_isRefusedAtOnce_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedExit");

    const QByteArray honest = onePage(textContent({ "Dit is de enige pagina." }));
    QByteArray lying = honest;
    lying.replace("xref\n0 6\n", "xref\n0 20000000\n");
    QVERIFY(lying != honest);
    QTest::newRow("classic table, honest") << QStringLiteral("honest.pdf") << honest << 0;
    QTest::newRow("classic table claims 20,000,000 entries") << QStringLiteral("xref-lies.pdf") << lying << 1;
    QTest::newRow("stream, honest") << QStringLiteral("stream-honest.pdf") << withCrossReferenceStream("/Size 7") << 0;
    QTest::newRow("stream /Size 20,000,000")
        << QStringLiteral("stream-size.pdf") << withCrossReferenceStream("/Size 20000000") << 1;
    QTest::newRow("stream /Index claims 20,000,000")
        << QStringLiteral("stream-index.pdf") << withCrossReferenceStream("/Size 7 /Index [0 7 19999990 10]") << 1;
}

void TestHostilePdf::tableClaimingMillionsOfObjects_isRefusedAtOnce()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedExit);
    const QString file = write(name, bytes);
    const BoundedRun run = runKanttekening({ QStringLiteral("import"), project(), file }, { 30, 2048 });
    QVERIFY2(run.finishedNormally(), run.describe());
    QVERIFY2(run.exitCode == expectedExit, run.describe());
    if (expectedExit == 1) {
        QVERIFY2(run.elapsedMs < 3000, run.describe());
        QVERIFY2(run.err.contains(name), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("20,000,000")), qPrintable(run.err));
    } else {
        QVERIFY2(run.out.contains(name), qPrintable(run.out));
    }
}
