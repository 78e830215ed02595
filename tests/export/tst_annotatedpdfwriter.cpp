// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/annotatedpdfwriter.h"
#include "pdf/pdfdocument.h"
#include "../pdf/pdftestutil.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace ktk;

namespace {

const QString Sentence = QStringLiteral("The first finding is significant for policy makers");
const QString Quote = QStringLiteral("first finding");

// Page i carries the same sentence; the pages are then shown rotated or cropped.
struct PageSetup
{
    int rotate = 0;
    QRectF crop;   // user space [llx lly w h]; null = none
};
const QVector<PageSetup> Pages = {
    {0, {}}, {90, {}}, {180, {}}, {270, {}}, {0, QRectF(40, 80, 480, 680)}, {90, QRectF(40, 80, 480, 680)},
};

QByteArray editWithQpdf(const QByteArray &in, const std::function<void(QPDF &)> &edit)
{
    QPDF pdf;
    pdf.processMemoryFile("test", in.constData(), size_t(in.size()));
    edit(pdf);
    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.write();
    auto buf = w.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buf->getBuffer()), qsizetype(buf->getSize()));
}

QByteArray sourcePdf()
{
    const QByteArray plain = test::writePdf(int(Pages.size()), [](int page, QPainter &p) {
        p.drawText(QPointF(72, 200), Sentence);
        p.drawText(QPointF(72, 260), QStringLiteral("Page %1 ends with a second line").arg(page + 1));
    });
    return editWithQpdf(plain, [](QPDF &pdf) {
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        for (int i = 0; i < Pages.size(); ++i) {
            QPDFObjectHandle page = pages.at(size_t(i)).getObjectHandle();
            if (Pages[i].rotate)
                page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(Pages[i].rotate));
            const QRectF c = Pages[i].crop;
            if (!c.isNull())
                page.replaceKey("/CropBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                                c.left(), c.top(), c.right(), c.bottom())));
        }
    });
}

struct AnnotInfo
{
    int page;
    std::string subtype;
    QString nm;
    bool hasAp = false;
    bool hasPopup = false;
};

QVector<AnnotInfo> readAnnots(const QByteArray &bytes, int *pagesWithAnnots = nullptr)
{
    QVector<AnnotInfo> out;
    QPDF pdf;
    pdf.processMemoryFile("out", bytes.constData(), size_t(bytes.size()));
    int p = 0;
    if (pagesWithAnnots)
        *pagesWithAnnots = 0;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (annots.isArray() && pagesWithAnnots)
            ++*pagesWithAnnots;
        if (annots.isArray()) {
            for (auto &a : annots.aitems()) {
                AnnotInfo i;
                i.page = p;
                i.subtype = a.getKey("/Subtype").getName();
                if (a.getKey("/NM").isString())
                    i.nm = QString::fromStdString(a.getKey("/NM").getUTF8Value());
                i.hasAp = a.getKey("/AP").isDictionary() && a.getKey("/AP").getKey("/N").isStream();
                i.hasPopup = a.getKey("/Popup").isDictionary();
                out << i;
            }
        }
        ++p;
    }
    return out;
}

// Mean of one channel over a normalised rectangle of an image.
double meanChannel(const QImage &image, const QRectF &n, int channel)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRect r = QRect(int(n.left() * img.width()), int(n.top() * img.height()),
                          qMax(1, int(n.width() * img.width())), qMax(1, int(n.height() * img.height())))
                        .intersected(img.rect());
    double sum = 0;
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb px = img.pixel(x, y);
            sum += channel == 0 ? qRed(px) : channel == 1 ? qGreen(px) : qBlue(px);
            ++count;
        }
    return count ? sum / count : 0;
}

} // namespace

class TestAnnotatedPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highlights_carryClaimDetails_andSitOnTheQuote();
    void everyAnnotation_hasAppearanceAndStableName();
    void notes_becomePopups_onlyWhereThereIsANote();
    void areaClaim_becomesSquare();
    void flatten_leavesNoAnnotations_andColoursThePage();
    void otherRenderers_showTheHighlight_data();
    void otherRenderers_showTheHighlight();
    void qpdfCheck_passes();
    void appendix_pagesComeAfterTheDocument();
    void sourceBytes_areNotChanged();
    void damagedSource_failsNamingTheSource();
    void unwritableTarget_failsAndLeavesNothing();
    void cancel_stopsTheExport();

private:
    QByteArray m_source;
    std::shared_ptr<PdfDocument> m_doc;
    QVector<ExportClaim> m_claims;
    PdfExportOptions m_options;
    QTemporaryDir m_dir;

    QVector<QPolygonF> quoteQuads(int page) const;
    QByteArray exported(const PdfExportOptions &options) const;
};

QVector<QPolygonF> TestAnnotatedPdfWriter::quoteQuads(int page) const
{
    const PdfPageText text = m_doc->pageText(page);
    const int start = int(text.text().indexOf(Quote));
    if (start < 0)
        return {};
    return text.quads(start, start + int(Quote.size()));
}

QByteArray TestAnnotatedPdfWriter::exported(const PdfExportOptions &options) const
{
    auto r = AnnotatedPdfWriter::annotate(m_source, {}, QStringLiteral("source.pdf"), m_claims, options);
    if (!r)
        qWarning() << r.error();
    return r ? r.value() : QByteArray();
}

void TestAnnotatedPdfWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = sourcePdf();
    auto loaded = PdfDocument::load(m_source, QStringLiteral("source.pdf"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    m_doc = loaded.document;
    QCOMPARE(m_doc->pageCount(), int(Pages.size()));
    const QDateTime when(QDate(2026, 11, 30), QTime(9, 15, 0), Qt::UTC);
    for (int p = 0; p < Pages.size(); ++p) {
        const QVector<QPolygonF> quads = quoteQuads(p);
        QVERIFY2(!quads.isEmpty(), qPrintable(QStringLiteral("no \"%1\" on page %2: %3")
                                                  .arg(Quote).arg(p).arg(m_doc->pageText(p).text())));
        ExportClaim c;
        c.id = p + 1;
        c.number = p + 1;
        c.uniqueName = QStringLiteral("ktk-claim-%1").arg(p + 1);
        PageSelector sel;
        sel.page = p;
        sel.quads = quads;
        c.anchor = Anchor::forPage(sel);
        c.colour = QColor(255, 200, 0);
        c.typeName = QStringLiteral("Factual");
        c.statusName = QStringLiteral("Disputed");
        c.claimant = QStringLiteral("Minister");
        c.note = p % 2 == 0 ? QStringLiteral("Check the figures (page %1)").arg(p + 1) : QString();
        c.quote = Quote;
        c.author = QStringLiteral("claim author");
        c.created = when;
        c.modified = when.addSecs(60);
        c.page = p;
        m_claims << c;
    }
    m_options.annotationAuthor = QStringLiteral("Researcher Één");
}

void TestAnnotatedPdfWriter::highlights_carryClaimDetails_andSitOnTheQuote()
{
    const QByteArray out = exported(m_options);
    QVERIFY(!out.isEmpty());
    auto loaded = PdfDocument::load(out, QStringLiteral("out.pdf"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const auto annots = loaded.document->embeddedAnnotations();
    QCOMPARE(annots.size(), m_claims.size());
    for (const PdfEmbeddedAnnotation &a : annots) {
        QVERIFY(a.page >= 0 && a.page < m_claims.size());
        const ExportClaim &c = m_claims.at(a.page);
        QCOMPARE(int(a.kind), int(PdfEmbeddedAnnotation::Kind::Highlight));
        QCOMPARE(a.author, m_options.annotationAuthor);
        QCOMPARE(a.colour.rgb(), c.colour.rgb());
        QCOMPARE(a.contents, AnnotatedPdfWriter::contentsFor(c));
        QVERIFY(a.contents.contains(QStringLiteral("Minister")));
        // Rotated and cropped pages: the quote under the written quads is the claim's.
        QVERIFY2(a.quote.trimmed() == c.quote,
                 qPrintable(QStringLiteral("page %1 (rotate %2): \"%3\"").arg(a.page).arg(Pages[a.page].rotate).arg(a.quote)));
    }
    // Without an annotation author, the claim's author.
    PdfExportOptions noAuthor = m_options;
    noAuthor.annotationAuthor.clear();
    auto again = PdfDocument::load(exported(noAuthor), QStringLiteral("out.pdf"));
    QVERIFY(again.ok());
    QCOMPARE(again.document->embeddedAnnotations(0).value(0).author, QStringLiteral("claim author"));
}

void TestAnnotatedPdfWriter::everyAnnotation_hasAppearanceAndStableName()
{
    // One claim crossing two pages gets one highlight per page, each with its own /NM.
    QVector<ExportClaim> claims = m_claims;
    ExportClaim crossing = m_claims.at(0);
    crossing.uniqueName = QStringLiteral("ktk-claim-crossing");
    PageSelector a{0, quoteQuads(0)}, b{1, quoteQuads(1)};
    a.page = 0;
    b.page = 1;
    crossing.anchor = Anchor::forPages({a, b});
    claims << crossing;
    auto first = AnnotatedPdfWriter::annotate(m_source, {}, QStringLiteral("source.pdf"), claims, m_options);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = AnnotatedPdfWriter::annotate(m_source, {}, QStringLiteral("source.pdf"), claims, m_options);
    QVERIFY(second.ok());

    QStringList names;
    for (const AnnotInfo &i : readAnnots(first.value())) {
        if (i.subtype == "/Popup")
            continue;
        QCOMPARE(i.subtype, std::string("/Highlight"));
        QVERIFY2(i.hasAp, qPrintable(i.nm));
        names << i.nm;
    }
    QCOMPARE(names.size(), m_claims.size() + 2);
    QVERIFY(names.contains(QStringLiteral("ktk-claim-1")));
    QVERIFY(names.contains(QStringLiteral("ktk-claim-crossing-p0")));
    QVERIFY(names.contains(QStringLiteral("ktk-claim-crossing-p1")));
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());

    QStringList again;
    for (const AnnotInfo &i : readAnnots(second.value()))
        if (i.subtype != "/Popup")
            again << i.nm;
    QCOMPARE(again, names);
}

void TestAnnotatedPdfWriter::notes_becomePopups_onlyWhereThereIsANote()
{
    const auto annots = readAnnots(exported(m_options));
    int popups = 0;
    for (const AnnotInfo &i : annots) {
        if (i.subtype == "/Popup") {
            ++popups;
            continue;
        }
        const bool hasNote = !m_claims.at(i.page).note.isEmpty();
        QCOMPARE(i.hasPopup, hasNote);
    }
    QCOMPARE(popups, 3);

    PdfExportOptions appendixNotes = m_options;
    appendixNotes.notes = NotePlacement::Appendix;
    for (const AnnotInfo &i : readAnnots(exported(appendixNotes)))
        QVERIFY(i.subtype != "/Popup" && !i.hasPopup);
}

void TestAnnotatedPdfWriter::areaClaim_becomesSquare()
{
    ExportClaim area = m_claims.at(4);   // the cropped page
    PageSelector sel;
    sel.page = 4;
    sel.quads = {QPolygonF(QRectF(0.2, 0.3, 0.4, 0.2))};
    area.anchor = Anchor::forArea(sel);
    area.uniqueName = QStringLiteral("ktk-area");
    auto out = AnnotatedPdfWriter::annotate(m_source, {}, QStringLiteral("source.pdf"), {area}, m_options);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    const auto infos = readAnnots(out.value());
    QCOMPARE(infos.size(), 2);   // the square and its popup
    QCOMPARE(infos.at(0).subtype, std::string("/Square"));
    QVERIFY(infos.at(0).hasAp);
    auto loaded = PdfDocument::load(out.value(), QStringLiteral("out.pdf"));
    QVERIFY(loaded.ok());
    const auto annots = loaded.document->embeddedAnnotations(4);
    QCOMPARE(annots.size(), 1);
    const QRectF b = annots.at(0).boundary;
    QVERIFY2(qAbs(b.center().x() - 0.4) < 0.01 && qAbs(b.center().y() - 0.4) < 0.01,
             qPrintable(QStringLiteral("%1 %2").arg(b.center().x()).arg(b.center().y())));
}

void TestAnnotatedPdfWriter::flatten_leavesNoAnnotations_andColoursThePage()
{
    PdfExportOptions flat = m_options;
    flat.flatten = true;
    const QByteArray out = exported(flat);
    QVERIFY(!out.isEmpty());
    int pagesWithAnnots = -1;
    QVERIFY(readAnnots(out, &pagesWithAnnots).isEmpty());
    QCOMPARE(pagesWithAnnots, 0);
    auto loaded = PdfDocument::load(out, QStringLiteral("flat.pdf"));
    QVERIFY(loaded.ok());
    for (int p = 0; p < Pages.size(); ++p) {
        const QRectF box = quoteQuads(p).value(0).boundingRect();
        const QImage before = m_doc->renderPage(p, 600);
        const QImage after = loaded.document->renderPage(p, 600);
        // Yellow (255, 200, 0) multiplied over the page: blue falls, red stays.
        const double blueBefore = meanChannel(before, box, 2), blueAfter = meanChannel(after, box, 2);
        QVERIFY2(blueAfter < blueBefore - 60, qPrintable(QStringLiteral("page %1: blue %2 -> %3").arg(p).arg(blueBefore).arg(blueAfter)));
        QVERIFY(meanChannel(after, box, 0) > 150);
    }
}

void TestAnnotatedPdfWriter::otherRenderers_showTheHighlight_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<bool>("flatten");
    QTest::newRow("pdftoppm") << QStringLiteral("pdftoppm") << false;
    QTest::newRow("pdftoppm flattened") << QStringLiteral("pdftoppm") << true;
    QTest::newRow("mutool") << QStringLiteral("mutool") << false;
    QTest::newRow("mutool flattened") << QStringLiteral("mutool") << true;
}

void TestAnnotatedPdfWriter::otherRenderers_showTheHighlight()
{
    QFETCH(QString, tool);
    QFETCH(bool, flatten);
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        QSKIP(qPrintable(tool + QStringLiteral(" is not installed (Debian: poppler-utils / mupdf-tools; build.sh installs them)")));
    PdfExportOptions options = m_options;
    options.flatten = flatten;
    const QString pdfPath = m_dir.filePath(QStringLiteral("render-%1-%2.pdf").arg(tool).arg(flatten));
    QVERIFY2(AnnotatedPdfWriter::write(m_source, {}, QStringLiteral("source.pdf"), m_claims, options, pdfPath).ok(),
             "write failed");
    for (int p = 0; p < Pages.size(); ++p) {
        const QString png = m_dir.filePath(QStringLiteral("render-%1-%2-%3.png").arg(tool).arg(flatten).arg(p));
        QStringList args;
        if (tool == QLatin1String("pdftoppm")) {
            // pdftoppm shows the MediaBox unless told to crop, as readers do.
            args << QStringLiteral("-cropbox") << QStringLiteral("-r") << QStringLiteral("72") << QStringLiteral("-png") << QStringLiteral("-singlefile")
                 << QStringLiteral("-f") << QString::number(p + 1) << QStringLiteral("-l") << QString::number(p + 1)
                 << pdfPath << png.chopped(4);
        } else {
            args << QStringLiteral("draw") << QStringLiteral("-q") << QStringLiteral("-r") << QStringLiteral("72")
                 << QStringLiteral("-o") << png << pdfPath << QString::number(p + 1);
        }
        QProcess proc;
        proc.start(exe, args);
        QVERIFY(proc.waitForFinished(60000));
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        const QRectF box = quoteQuads(p).value(0).boundingRect();
        const double blue = meanChannel(image, box, 2), red = meanChannel(image, box, 0);
        QVERIFY2(blue < red - 60, qPrintable(QStringLiteral("%1 page %2: red %3 blue %4").arg(tool).arg(p).arg(red).arg(blue)));
    }
}

void TestAnnotatedPdfWriter::qpdfCheck_passes()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (Debian package qpdf; build.sh installs it)");
    for (bool flatten : {false, true}) {
        PdfExportOptions options = m_options;
        options.flatten = flatten;
        const QString path = m_dir.filePath(QStringLiteral("check-%1.pdf").arg(flatten));
        QVERIFY(AnnotatedPdfWriter::write(m_source, {}, QStringLiteral("source.pdf"), m_claims, options, path).ok());
        QProcess proc;
        proc.start(qpdf, {QStringLiteral("--check"), path});
        QVERIFY(proc.waitForFinished(60000));
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardOutput().constData());
    }
}

void TestAnnotatedPdfWriter::appendix_pagesComeAfterTheDocument()
{
    const QByteArray appendix = test::writePdf(2, [](int, QPainter &p) {
        p.drawText(QPointF(72, 100), QStringLiteral("Appendix of claims"));
    });
    auto out = AnnotatedPdfWriter::annotate(m_source, {}, QStringLiteral("source.pdf"), m_claims, m_options, appendix);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    auto loaded = PdfDocument::load(out.value(), QStringLiteral("out.pdf"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.document->pageCount(), int(Pages.size()) + 2);
    QVERIFY(loaded.document->pageText(int(Pages.size())).text().contains(QStringLiteral("Appendix of claims")));
    QCOMPARE(loaded.document->embeddedAnnotations().size(), m_claims.size());
}

void TestAnnotatedPdfWriter::sourceBytes_areNotChanged()
{
    const QByteArray copy(m_source.constData(), m_source.size());
    QVERIFY(!exported(m_options).isEmpty());
    QCOMPARE(m_source, copy);
    QVERIFY(readAnnots(m_source).isEmpty());
}

void TestAnnotatedPdfWriter::damagedSource_failsNamingTheSource()
{
    const QByteArray damaged = QByteArrayLiteral("%PDF-1.7\nthis is not really a PDF at all\n");
    auto r = AnnotatedPdfWriter::annotate(damaged, {}, QStringLiteral("broken-report.pdf"), m_claims, m_options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("broken-report.pdf")), qPrintable(r.error()));
    QVERIFY(!AnnotatedPdfWriter::annotate({}, {}, QStringLiteral("empty.pdf"), m_claims, m_options).ok());
}

void TestAnnotatedPdfWriter::unwritableTarget_failsAndLeavesNothing()
{
    QTemporaryDir dir;
    // Tests may run as root, where a read-only folder is still writable: a
    // missing folder and a folder in the way fail for everyone.
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    Status s = AnnotatedPdfWriter::write(m_source, {}, QStringLiteral("source.pdf"), m_claims, m_options, missing);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("out.pdf")), qPrintable(s.error()));

    const QString folder = dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(QDir().mkpath(folder));
    s = AnnotatedPdfWriter::write(m_source, {}, QStringLiteral("source.pdf"), m_claims, m_options, folder);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("out.pdf")), qPrintable(s.error()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("out.pdf")});
    QVERIFY(QDir(folder).isEmpty());
}

void TestAnnotatedPdfWriter::cancel_stopsTheExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    Status s = AnnotatedPdfWriter::write(m_source, {}, QStringLiteral("source.pdf"), m_claims, m_options, path, {},
                                         [&](int done, int total) {
                                             ++calls;
                                             return done < total / 2;
                                         });
    QVERIFY(!s.ok());
    QVERIFY(calls > 0);
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_MAIN(TestAnnotatedPdfWriter)
#include "tst_annotatedpdfwriter.moc"
