// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/textpdftypesetter.h"

#include "import/documentrenderer.h"
#include "import/safetextdocument.h"
#include "pdf/pdfdocument.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QtTest>

using namespace ktk;

namespace {

Document makeDocument(SourceFormat format, const QString &source, const QString &title = QStringLiteral("Beleidsbrief"))
{
    Document d;
    d.id = 1;
    d.format = format;
    d.meta.title = title;
    d.meta.author = QStringLiteral("Ministerie van Financiën");
    d.meta.publishedOn = QDate(2026, 3, 14);
    d.meta.sourceUrl = QStringLiteral("https://example.org/brief");
    d.meta.language = QStringLiteral("nl");
    d.originalBytes = source.toUtf8();
    if (format == SourceFormat::PlainText) {
        d.canonicalText = DocumentRenderer::plainTextCanonical(source);
    } else {
        SafeTextDocument t;
        DocumentRenderer::renderSource(format, DocumentRenderer::decodeSource(format, d.originalBytes), &t);
        d.canonicalText = t.toPlainText();
    }
    return d;
}

ExportClaim claimAt(const Document &d, int start, int end, int number, const QString &note = {})
{
    ExportClaim c;
    c.id = number;
    c.number = number;
    c.uniqueName = QStringLiteral("ktk-%1").arg(number);
    c.anchor = Anchor::forText(TextSelector::fromRange(d.canonicalText, start, end));
    c.quote = c.anchor.quote();
    c.colour = QColor::fromHsv((number * 47) % 360, 200, 240);
    c.typeName = QStringLiteral("Feitelijk");
    c.statusName = QStringLiteral("Ongecontroleerd");
    c.note = note;
    return c;
}

ExportClaim claimOn(const Document &d, const QString &needle, int number, const QString &note = {})
{
    const int s = int(d.canonicalText.indexOf(needle));
    Q_ASSERT(s >= 0);
    return claimAt(d, s, s + int(needle.size()), number, note);
}

std::shared_ptr<PdfDocument> load(const QByteArray &pdf)
{
    // KTK_DUMP_DIR=/some/dir keeps every typeset PDF there, to look at.
    static int dumped = 0;
    if (const QByteArray dir = qgetenv("KTK_DUMP_DIR"); !dir.isEmpty()) {
        QFile f(QString::fromLocal8Bit(dir) + QStringLiteral("/typeset-%1.pdf").arg(++dumped));
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }
    auto r = PdfDocument::load(pdf, QStringLiteral("typeset.pdf"));
    return r.document;
}

QString allText(const PdfDocument &pdf)
{
    QString s;
    for (int p = 0; p < pdf.pageCount(); ++p)
        s += pdf.pageText(p).text() + QLatin1Char('\n');
    // A line may break after a hyphen (’s-Hertogenbosch): no space in the source.
    return s.replace(QStringLiteral("-\n"), QStringLiteral("-"));
}

// What Poppler reads under a claim's quads, page by page, whitespace made single spaces.
QString textUnder(const PdfDocument &pdf, const ExportClaim &claim)
{
    QStringList parts;
    for (const PageSelector &region : claim.anchor.regions())
        parts << pdf.pageText(region.page).textIn(region.quads);
    return parts.join(QLatin1Char('\n')).replace(QStringLiteral("-\n"), QStringLiteral("-")).simplified();
}

QString longArticle(int paragraphs)
{
    QStringList words = {QStringLiteral("De"), QStringLiteral("financiële"), QStringLiteral("fictie"),
                         QStringLiteral("van"), QStringLiteral("het"), QStringLiteral("officieel"),
                         QStringLiteral("beleid"), QStringLiteral("is"), QStringLiteral("flexibel"),
                         QStringLiteral("maar"), QStringLiteral("de"), QStringLiteral("coëfficiënt"),
                         QStringLiteral("blijft"), QStringLiteral("hoog"), QStringLiteral("volgens"),
                         QStringLiteral("het"), QStringLiteral("café"), QStringLiteral("in"),
                         QStringLiteral("’s-Hertogenbosch")};
    QString text;
    for (int p = 0; p < paragraphs; ++p) {
        QStringList sentence;
        const int n = 60 + (p * 37) % 90;
        for (int w = 0; w < n; ++w)
            sentence << words.at((w + p) % words.size());
        text += QStringLiteral("Alinea %1. ").arg(p + 1) + sentence.join(QLatin1Char(' ')) + QStringLiteral(".\n\n");
    }
    return text;
}

} // namespace

class TestTextPdfTypesetter : public QObject
{
    Q_OBJECT

private slots:
    void firstPage_hasTitleAndMetadata_everyPageItsNumber();
    void header_standsAboveTheText_belowItsRule_data();
    void header_standsAboveTheText_belowItsRule();
    void dutchText_extractsExactly_withoutLigatures();
    void quotesUnderQuads_equalClaimQuotes_acrossLinesAndPages();
    void markers_standBeforeClaims_outsideTheTextLayer();
    void marginNotes_appearBesideTheirClaims();
    void markdownHeadingsAndLists_keepTheirText();
    void htmlTableCells_quadsOverTheirWords();
    void cancelledProgress_fails();
    void hundredPages_thousandClaims_typesetQuickly();
};

void TestTextPdfTypesetter::firstPage_hasTitleAndMetadata_everyPageItsNumber()
{
    const Document d = makeDocument(SourceFormat::PlainText, longArticle(30), QStringLiteral("Miljoenennota 2027"));
    const auto result = TextPdfTypesetter::typeset(d, {}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    QVERIFY(result->pageCount >= 3);
    QCOMPARE(pdf->pageCount(), result->pageCount);
    const QString first = pdf->pageText(0).text();
    QVERIFY2(first.startsWith(QStringLiteral("Miljoenennota 2027")), qPrintable(first.left(200)));
    QVERIFY(first.contains(QStringLiteral("Ministerie van Financiën")));
    QVERIFY(first.contains(QStringLiteral("https://example.org/brief")));
    QVERIFY(first.contains(QStringLiteral("2026")));
    QCOMPARE(pdf->metadata().title, QStringLiteral("Miljoenennota 2027"));
    const int n = pdf->pageCount();
    for (int p = 0; p < n; ++p) {
        const QString expected = QStringLiteral("Page %1 of %2").arg(p + 1).arg(n);
        QVERIFY2(pdf->pageText(p).text().simplified().contains(expected), qPrintable(expected));
    }
    // Every word of the article is in the PDF, once: nothing lost at page breaks.
    const QString text = allText(*pdf);
    for (int p = 1; p <= 30; ++p)
        QCOMPARE(text.count(QStringLiteral("Alinea %1.").arg(p)), 1);
    const auto articleWords = d.canonicalText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const auto pdfWords = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QVERIFY(pdfWords.size() > articleWords.size());
    QVERIFY(text.simplified().contains(d.canonicalText.simplified().left(2000)));
}

void TestTextPdfTypesetter::header_standsAboveTheText_belowItsRule_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("source");
    QTest::newRow("plain text") << int(SourceFormat::PlainText) << QStringLiteral("Eerste alinea van de brief.\n\nTweede.");
    QTest::newRow("markdown, a heading first") << int(SourceFormat::Markdown)
                                               << QStringLiteral("# Eerste kop\n\nEen alinea van de brief.");
    QTest::newRow("html, a heading first") << int(SourceFormat::Html)
                                           << QStringLiteral("<h1>Eerste kop</h1><p>Een alinea van de brief.</p>");
}

// The header (title, details, source) is followed by a rule 4 mm below it;
// the article's first line starts below that rule, not through it.
void TestTextPdfTypesetter::header_standsAboveTheText_belowItsRule()
{
    QFETCH(int, format);
    QFETCH(QString, source);
    const Document d = makeDocument(SourceFormat(format), source, QStringLiteral("Titel"));
    const auto result = TextPdfTypesetter::typeset(d, {}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    const PdfPageText text = pdf->pageText(0);
    const qreal height = pdf->pageSize(0).height();
    const int url = int(text.text().indexOf(QStringLiteral("https://example.org/brief")));
    const int article = int(text.text().indexOf(QStringLiteral("Eerste")));
    QVERIFY2(url >= 0 && article > url, qPrintable(text.text()));
    auto boundsOf = [&](int from, int to) {
        QRectF r;
        for (const QPolygonF &q : text.quads(from, to))
            r = r.united(q.boundingRect());
        return QRectF(r.left(), r.top() * height, r.width(), r.height() * height);
    };
    const qreal headerBottom = boundsOf(url, url + 5).bottom();
    const qreal articleTop = boundsOf(article, article + 6).top();
    const qreal mm = 72.0 / 25.4;
    QVERIFY2(articleTop - headerBottom >= 5 * mm,
             qPrintable(QStringLiteral("header ends at %1 pt, the article starts at %2 pt").arg(headerBottom).arg(articleTop)));
}

void TestTextPdfTypesetter::dutchText_extractsExactly_withoutLigatures()
{
    const QString source = QStringLiteral(
        "De financiële fictie van het officieel beleid is flexibel. Het ĳsvrije café in ’s-Hertogenbosch "
        "krijgt een coëfficiënt; de effecten zijn efficiënt, fluïde en afflictief. Ruffle, shuffle, waffle.\n");
    const Document d = makeDocument(SourceFormat::PlainText, source);
    const auto result = TextPdfTypesetter::typeset(d, {claimOn(d, QStringLiteral("fictie"), 1)}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    // A line may break after the hyphen of ’s-Hertogenbosch.
    const QString text = allText(*pdf);
    for (QChar c = QChar(0xFB00); c.unicode() <= 0xFB06; c = QChar(c.unicode() + 1))
        QVERIFY2(!text.contains(c), qPrintable(QStringLiteral("ligature U+%1 in the PDF's text").arg(c.unicode(), 4, 16)));
    const QStringList words = {QStringLiteral("financiële"), QStringLiteral("fictie"), QStringLiteral("officieel"),
                               QStringLiteral("flexibel."), QStringLiteral("ĳsvrije"), QStringLiteral("café"),
                               QStringLiteral("’s-Hertogenbosch"), QStringLiteral("coëfficiënt;"),
                               QStringLiteral("efficiënt,"), QStringLiteral("fluïde"), QStringLiteral("afflictief."),
                               QStringLiteral("waffle.")};
    const QStringList pdfWords = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &w : words)
        QVERIFY2(pdfWords.contains(w), qPrintable(w + QStringLiteral(" not in: ") + text));
    QVERIFY(text.simplified().contains(d.canonicalText.simplified()));
    QCOMPARE(textUnder(*pdf, result->claims.first()), QStringLiteral("fictie"));
}

void TestTextPdfTypesetter::quotesUnderQuads_equalClaimQuotes_acrossLinesAndPages()
{
    const Document d = makeDocument(SourceFormat::PlainText, longArticle(40));
    QVector<ExportClaim> claims;
    // Every paragraph whole: long enough to cross lines, and some cross pages.
    int number = 1;
    int pos = 0;
    while (true) {
        const int s = int(d.canonicalText.indexOf(QStringLiteral("Alinea"), pos));
        if (s < 0)
            break;
        const int e = int(d.canonicalText.indexOf(QLatin1Char('\n'), s));
        claims.append(claimAt(d, s, e, number++));
        pos = e;
    }
    // Single words with "fi" and "ffi", and a claim starting mid-paragraph.
    claims.append(claimOn(d, QStringLiteral("fictie"), number++));
    claims.append(claimOn(d, QStringLiteral("officieel"), number++));
    const int mid = int(d.canonicalText.indexOf(QStringLiteral("flexibel maar de coëfficiënt")));
    claims.append(claimAt(d, mid, mid + 200, number++));

    const auto result = TextPdfTypesetter::typeset(d, claims, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->claims.size(), claims.size());
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    int crossingLines = 0, crossingPages = 0;
    for (int i = 0; i < claims.size(); ++i) {
        const ExportClaim &c = result->claims.at(i);
        QCOMPARE(c.number, claims.at(i).number);
        QVERIFY(c.anchor.isOnPages());
        QCOMPARE(c.anchor.text(), claims.at(i).anchor.text());
        QCOMPARE(c.page, c.anchor.regions().first().page);
        int quads = 0;
        for (const PageSelector &r : c.anchor.regions()) {
            quads += int(r.quads.size());
            for (const QPolygonF &q : r.quads) {
                QCOMPARE(q.size(), 4);
                QVERIFY(q.at(0).x() < q.at(1).x());
                QVERIFY(q.at(1).y() < q.at(2).y());
                for (const QPointF &pt : q)
                    QVERIFY(pt.x() >= 0 && pt.x() <= 1 && pt.y() >= 0 && pt.y() <= 1);
            }
        }
        crossingLines += quads > 1;
        crossingPages += c.anchor.regions().size() > 1;
        QCOMPARE(textUnder(*pdf, c), c.quote.simplified());
    }
    QVERIFY(crossingLines > 10);
    QVERIFY2(crossingPages >= 2, qPrintable(QString::number(crossingPages)));
}

void TestTextPdfTypesetter::markers_standBeforeClaims_outsideTheTextLayer()
{
    const QString source = QStringLiteral("Eerste alinea zonder claim.\n\nTweede alinea met een claim aan het begin.\n");
    const Document d = makeDocument(SourceFormat::PlainText, source);
    const int s = int(d.canonicalText.indexOf(QStringLiteral("Tweede")));
    const auto result = TextPdfTypesetter::typeset(d, {claimAt(d, s, s + 6, 7)}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    const QString text = allText(*pdf);
    QVERIFY(!text.contains(QStringLiteral("[7]")));
    QVERIFY(text.contains(QStringLiteral("Tweede alinea met een claim")));
    // The marker takes room: the claimed word starts right of the margin, and
    // the room before it is inked.
    const QPolygonF quad = result->claims.first().anchor.regions().first().quads.first();
    const QPolygonF other = pdf->pageText(0).quads(int(pdf->pageText(0).text().indexOf(QStringLiteral("Eerste"))), int(pdf->pageText(0).text().indexOf(QStringLiteral("Eerste"))) + 1).first();
    const qreal margin = other.boundingRect().left();
    QVERIFY2(quad.boundingRect().left() > margin + 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(quad.boundingRect().left()).arg(margin)));
    const QImage page = pdf->renderPage(0, 1200).convertToFormat(QImage::Format_RGB32);
    const QRectF box = quad.boundingRect();
    int inked = 0;
    for (int x = int(margin * page.width()); x < int(box.left() * page.width()) - 1; ++x)
        for (int y = int(box.top() * page.height()); y < int(box.bottom() * page.height()); ++y)
            inked += qGray(page.pixel(x, y)) < 160;
    QVERIFY2(inked > 10, qPrintable(QString::number(inked)));
}

void TestTextPdfTypesetter::marginNotes_appearBesideTheirClaims()
{
    const Document d = makeDocument(SourceFormat::PlainText, longArticle(6));
    QVector<ExportClaim> claims = {claimOn(d, QStringLiteral("officieel"), 1, QStringLiteral("Bron ontbreekt; zie de Raad van State.")),
                                   claimOn(d, QStringLiteral("Alinea 3."), 2, QStringLiteral("Tegenspraak met alinea 1."))};
    PdfExportOptions options;
    options.notes = NotePlacement::Margin;
    const auto result = TextPdfTypesetter::typeset(d, claims, options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    const QString text = allText(*pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("[1] Bron ontbreekt; zie de Raad van State.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("[2] Tegenspraak met alinea 1.")));
    for (const ExportClaim &c : result->claims)
        QCOMPARE(textUnder(*pdf, c), c.quote.simplified());
    // Without margin notes, no note text on the pages (popups carry them).
    const auto plain = TextPdfTypesetter::typeset(d, claims, PdfExportOptions{});
    QVERIFY(plain.ok());
    QVERIFY(!allText(*load(plain->pdf)).contains(QStringLiteral("Bron ontbreekt")));
}

void TestTextPdfTypesetter::markdownHeadingsAndLists_keepTheirText()
{
    const QString md = QStringLiteral("# Officiële beleidsnota\n\nEen alinea over fictie en feiten.\n\n"
                                      "- eerste punt: flexibel\n- tweede punt: efficiënt\n\n## Conclusie\n\nDe finale zin.\n");
    const Document d = makeDocument(SourceFormat::Markdown, md);
    const auto result = TextPdfTypesetter::typeset(d, {claimOn(d, QStringLiteral("tweede punt: efficiënt"), 1),
                                                       claimOn(d, QStringLiteral("Conclusie"), 2)}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    const QString text = allText(*pdf);
    QVERIFY(text.contains(QStringLiteral("Officiële beleidsnota")));
    QVERIFY(text.contains(QStringLiteral("eerste punt: flexibel")));
    for (const ExportClaim &c : result->claims)
        QCOMPARE(textUnder(*pdf, c), c.quote.simplified());
}

void TestTextPdfTypesetter::htmlTableCells_quadsOverTheirWords()
{
    const QString html = QStringLiteral("<html><head><title>Tabel</title></head><body><h1>Kerncijfers</h1>"
                                        "<p>Inleiding over de fictie.</p><table border=\"1\"><tr><td>Eerste cel met financiële cijfers</td>"
                                        "<td>Tweede cel: officieel vastgesteld</td></tr><tr><td>Derde cel</td><td>Vierde cel flexibel</td></tr></table>"
                                        "<ul><li>Punt één</li><li>Punt twee: efficiënt</li></ul></body></html>");
    const Document d = makeDocument(SourceFormat::Html, html);
    const auto result = TextPdfTypesetter::typeset(d, {claimOn(d, QStringLiteral("officieel vastgesteld"), 1),
                                                       claimOn(d, QStringLiteral("Vierde cel flexibel"), 2),
                                                       claimOn(d, QStringLiteral("Punt twee: efficiënt"), 3)}, PdfExportOptions{});
    QVERIFY2(result.ok(), qPrintable(result.error()));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    for (const ExportClaim &c : result->claims)
        QCOMPARE(textUnder(*pdf, c), c.quote.simplified());
}

void TestTextPdfTypesetter::cancelledProgress_fails()
{
    const Document d = makeDocument(SourceFormat::PlainText, longArticle(20));
    int calls = 0;
    const auto result = TextPdfTypesetter::typeset(d, {}, PdfExportOptions{}, [&](int done, int total) {
        ++calls;
        return done < 2 && total > 2;
    });
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(calls, 2);
}

void TestTextPdfTypesetter::hundredPages_thousandClaims_typesetQuickly()
{
    const Document d = makeDocument(SourceFormat::PlainText, longArticle(560));
    QVector<ExportClaim> claims;
    const int n = int(d.canonicalText.size());
    for (int i = 0; i < 1000; ++i) {
        int s = int((qint64(i) * n) / 1000);
        while (s < n && !d.canonicalText.at(s).isSpace())
            ++s;
        ++s;
        claims.append(claimAt(d, s, std::min(n, s + 40 + (i % 7) * 30), i + 1, i % 3 ? QString() : QStringLiteral("Notitie %1").arg(i + 1)));
    }
    PdfExportOptions options;
    options.notes = NotePlacement::Margin;
    QElapsedTimer timer;
    timer.start();
    const auto result = TextPdfTypesetter::typeset(d, claims, options);
    const qint64 ms = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    qInfo("typeset %d pages, %d claims, %d KB in %lld ms", result->pageCount, int(claims.size()),
          int(result->pdf.size() / 1024), ms);
    QVERIFY2(result->pageCount >= 100, qPrintable(QString::number(result->pageCount)));
    // The budget for the whole export is 3 s; the typesetting is one part of it.
    QVERIFY2(ms < 6000, qPrintable(QString::number(ms)));
    auto pdf = load(result->pdf);
    QVERIFY(pdf);
    QCOMPARE(pdf->pageCount(), result->pageCount);
    for (int i : {0, 499, 998})
        QCOMPARE(textUnder(*pdf, result->claims.at(i)), result->claims.at(i).quote.simplified());
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    TestTextPdfTypesetter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textpdftypesetter.moc"
