// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The speed targets on a 2-core machine:
//   import of a 5 MB text document        < 1 s
//   opening a project with 10,000 claims until panel and view show them  < 300 ms
//   one "create claim" action until its row is committed                 < 10 ms
// and issue 7's: a hostile page (deep, unclosed, many attributes) imports
// in seconds; importHtmlPage and renderHtmlPageForView measure them.
#include "anchor/textanchorresolver.h"
#include "document/documentview.h"
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationsmodel.h"
#include "panels/annotationpanel.h"
#include "store/projectstore.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;

namespace {
QString sentence(QRandomGenerator &rng)
{
    static const QStringList words = {
        QStringLiteral("de"), QStringLiteral("overheid"), QStringLiteral("moet"), QStringLiteral("platforms"),
        QStringLiteral("reguleren"), QStringLiteral("omdat"), QStringLiteral("desinformatie"),
        QStringLiteral("de"), QStringLiteral("rechtsstaat"), QStringLiteral("bedreigt"), QStringLiteral("financiële"),
        QStringLiteral("the"), QStringLiteral("policy"), QStringLiteral("will"), QStringLiteral("reduce"),
        QStringLiteral("harm"), QStringLiteral("according"), QStringLiteral("to"), QStringLiteral("ministers")};
    QString s;
    const int n = 8 + int(rng.bounded(14));
    for (int i = 0; i < n; ++i) {
        if (i)
            s += u' ';
        s += words.at(int(rng.bounded(int(words.size()))));
    }
    s[0] = s[0].toUpper();
    return s + QStringLiteral(". ");
}

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QString makeText(qint64 bytes);

// An article page of about that size: paragraphs with links and emphasis,
// headings, a list and a table now and then, inside the usual divs.
QByteArray makeArticlePage(qint64 bytes)
{
    QRandomGenerator rng(11);
    const QStringList paragraphs = makeText(bytes * 3 / 4).split(QStringLiteral("\n\n"));
    QByteArray page = "<html><head><title>Artikel</title><script>var x = 1;</script></head><body>"
                      "<div class=\"page\"><div class=\"content\"><article>";
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i % 12 == 0)
            page += "<h2>Kop " + QByteArray::number(i) + "</h2>";
        QByteArray p = paragraphs.at(i).toUtf8();
        const qsizetype at = p.indexOf(' ', 40);
        if (at > 0)
            p.insert(at, " <a href=\"https://example.org/\"><em>met</em> link</a>");
        page += "<p class=\"text\">" + p + "</p>";
        if (i % 20 == 5)
            page += "<ul><li>een</li><li><b>twee</b></li><li>drie</li></ul>";
        if (i % 40 == 9)
            page += "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>" + QByteArray::number(rng.bounded(100))
                + "</td></tr></table>";
    }
    return page + "</article></div></div></body></html>";
}

QString makeText(qint64 bytes)
{
    QRandomGenerator rng(42);
    QString text;
    text.reserve(int(bytes));
    int inParagraph = 0;
    while (text.size() < bytes) {
        text += sentence(rng);
        if (++inParagraph == 6) {
            text += QStringLiteral("\n\n");
            inParagraph = 0;
        }
    }
    return text;
}
} // namespace

class BenchKanttekening : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void import5MbText()
    {
        const QString file = m_dir.filePath(QStringLiteral("big.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(makeText(5 * 1024 * 1024).toUtf8());
        }
        // QtTest may call a benchmark function more than once: names stay unique.
        QBENCHMARK {
            ProjectStore store;
            const auto created = store.create(m_dir.filePath(QStringLiteral("import%1.ktk").arg(m_run++)));
            QVERIFY2(created.ok(), qPrintable(created.message));
            const Result<Document> doc = DocumentImporter::importFile(file);
            QVERIFY(doc.ok());
            QVERIFY(store.addDocument(doc.value()).ok());
        }
    }

    void importHtmlPage_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("5 MB article page") << makeArticlePage(5 * 1024 * 1024);
        QTest::newRow("100,000 nested divs")
            << QByteArray(repeated("<div>", 100000) + "deep text" + repeated("</div>", 100000));
        QTest::newRow("1,000,000 unclosed <b>") << QByteArray("<p>text " + repeated("<b>", 1000000) + " end");
        QTest::newRow("200,000 stray end tags under 200,000 divs")
            << QByteArray("<p>x</p>" + repeated("<div>", 200000) + repeated("</x>", 200000));
        QByteArray attributes = "<p ";
        for (int i = 0; i < 200000; ++i)
            attributes += "a" + QByteArray::number(i) + "=1 ";
        QTest::newRow("200,000 attributes") << QByteArray(attributes + ">text</p>");
        QTest::newRow("400,000 tags in a row") << QByteArray("<p>" + repeated("<b>w</b> ", 400000));
    }

    // From the page's bytes to the Document the store gets.
    void importHtmlPage()
    {
        QFETCH(QByteArray, page);
        QBENCHMARK {
            const Result<Document> doc = DocumentImporter::importBytes(page, QStringLiteral("pagina.html"));
            QVERIFY2(doc.ok(), qPrintable(doc.error()));
        }
    }

    void renderHtmlPageForView_data()
    {
        importHtmlPage_data();
        QTest::newRow("30 nested tables")
            << QByteArray(repeated("<table><tr><td>a</td><td>", 30) + "deep" + repeated("</td></tr></table>", 30));
    }

    // What the reading view does with a stored page: render and lay out.
    void renderHtmlPageForView()
    {
        QFETCH(QByteArray, page);
        const Result<Document> doc = DocumentImporter::importBytes(page, QStringLiteral("pagina.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QBENCHMARK {
            SafeTextDocument target;
            QVERIFY(DocumentRenderer::render(doc.value(), &target));
            target.setTextWidth(800);
            QVERIFY(target.documentLayout()->documentSize().height() > 0);
        }
    }

    void open10kClaimsUntilShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("tenk.ktk"));
        if (!QFileInfo::exists(path)) {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            const QString text = makeText(2 * 1024 * 1024);
            const Result<Document> doc = DocumentImporter::importBytes(text.toUtf8(), QStringLiteral("tenk.txt"));
            QVERIFY(doc.ok());
            const Result<DocumentId> docId = store.addDocument(doc.value());
            QVERIFY(docId.ok());
            const QString canonical = store.canonicalText(*docId);
            const QVector<ClaimType> types = store.claimTypes();
            QVector<Annotation> list;
            QRandomGenerator rng(7);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 10000; ++i) {
                Annotation a;
                a.id = i + 1;
                a.documentId = *docId;
                const int start = int(rng.bounded(int(canonical.size()) - 200));
                a.anchor = Anchor::forText(TextSelector::fromRange(canonical, start, start + 20 + int(rng.bounded(150))));
                a.typeId = types.at(i % types.size()).id;
                a.note = QStringLiteral("Note %1").arg(i);
                a.created = a.modified = now;
                list.append(a);
            }
            QVERIFY(store.addAnnotations(list).ok());
        }
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
        QVERIFY(tree);
        QBENCHMARK {
            window.closeProject();
            QVERIFY(window.openProject(path));
            // Shown: the panel lists them and the view has painted its highlights.
            tree->viewport()->repaint();
            window.documentView()->repaint();
            QCOMPARE(tree->model()->rowCount(), 10000);
        }
    }

    void createClaimUntilCommitted()
    {
        const QString path = m_dir.filePath(QStringLiteral("create%1.ktk").arg(m_run++));
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            const Result<Document> doc =
                DocumentImporter::importBytes(makeText(200 * 1024).toUtf8(), QStringLiteral("create.txt"));
            QVERIFY(doc.ok());
            QVERIFY(store.addDocument(doc.value()).ok());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
        QVERIFY(text);
        const ClaimTypeId type = window.store()->claimTypes().first().id;
        // Selecting text is the user's part; the clock runs from the action
        // to the committed row, 50 times, and the median is reported.
        QVector<qint64> nanos;
        for (int i = 0; i < 50; ++i) {
            QTextCursor cursor(text->document());
            cursor.setPosition(i * 97);
            cursor.setPosition(i * 97 + 40, QTextCursor::KeepAnchor);
            text->setTextCursor(cursor);
            QElapsedTimer clock;
            clock.start();
            const AnnotationId id = window.createClaimFromSelection(type);
            nanos.append(clock.nsecsElapsed());
            QVERIFY(id != 0);
            QVERIFY(window.store()->annotation(id).has_value());
        }
        std::sort(nanos.begin(), nanos.end());
        const double median = nanos.at(nanos.size() / 2) / 1e6;
        const double p90 = nanos.at(nanos.size() * 9 / 10) / 1e6;
        qInfo("RESULT : createClaimUntilCommitted: median %.2f ms, 90th percentile %.2f ms (50 claims)", median, p90);
        QTest::setBenchmarkResult(median, QTest::WalltimeMilliseconds);
    }

    // Issue 7: checking the anchors of a document's claims when it is shown.
    // 10,000 claims in a 2 MB document, all in place: what every opening pays.
    void checkAnchors10kInPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("anchors10k.ktk"));
        DocumentId docId = 0;
        QVERIFY(makeAnchorProject(path, &docId));
        ProjectStore store;
        QVERIFY(store.open(path).ok());
        QUndoStack undo;
        AnnotationsModel model(&store, &undo);
        const QString text = store.canonicalText(docId);
        QBENCHMARK {
            model.checkAnchors(docId, text);
            QVERIFY(!model.isCheckingAnchors());
        }
    }

    // The same claims after the canonical text was rebuilt with an
    // introduction before it: every one is searched for, moved and stored.
    // Reported: the search alone, and the whole repair until anchorsChecked.
    void checkAnchors10kDrifted()
    {
        const QString path = m_dir.filePath(QStringLiteral("drift%1.ktk").arg(m_run++));
        DocumentId docId = 0;
        QVERIFY(makeAnchorProject(path, &docId));
        ProjectStore store;
        QVERIFY(store.open(path).ok());
        const QString rebuilt = QStringLiteral("Een inleiding van de redactie.\n\n") + store.canonicalText(docId);
        const QVector<Annotation> claims = store.annotations(docId);
        QElapsedTimer clock;
        clock.start();
        int relocated = 0;
        for (const Annotation &a : claims)
            relocated += TextAnchorResolver::resolve(rebuilt, a.anchor.text()).outcome
                         == TextAnchorResolver::Outcome::Relocated;
        const double searchMs = clock.nsecsElapsed() / 1e6;
        QCOMPARE(relocated, int(claims.size()));

        QUndoStack undo;
        AnnotationsModel model(&store, &undo);
        QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
        clock.restart();
        model.checkAnchors(docId, rebuilt);
        const double callMs = clock.nsecsElapsed() / 1e6;
        QVERIFY(checked.count() == 1 || checked.wait(120000));
        const double repairMs = clock.nsecsElapsed() / 1e6;
        qInfo("RESULT : checkAnchors10kDrifted: search %.1f ms; repair with 10,000 store writes %.0f ms,"
              " of which %.1f ms before checkAnchors() returned",
              searchMs, repairMs, callMs);
        QTest::setBenchmarkResult(searchMs, QTest::WalltimeMilliseconds);
    }

    // ../shared/reliability ktk/resolver_dos.ktk: quote "a" with 300,000
    // characters of prefix, offsets that do not hold it, in 300,000 "a".
    // Reported: the resolver on the selector as stored, and opening the
    // project and checking its anchors until anchorsChecked.
    void checkAnchorsResolverDos()
    {
        const QString text(300'000, u'a');
        TextSelector hostile;
        hostile.start = 3;
        hostile.end = 5;
        hostile.exact = QStringLiteral("a");
        hostile.prefix = text;
        QElapsedTimer clock;
        clock.start();
        const auto r = TextAnchorResolver::resolve(text, hostile);
        const double resolveMs = clock.nsecsElapsed() / 1e6;
        QCOMPARE(r.outcome, TextAnchorResolver::Outcome::Relocated);

        const QString path = m_dir.filePath(QStringLiteral("dos%1.ktk").arg(m_run++));
        DocumentId docId = 0;
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            const Result<Document> doc = DocumentImporter::importBytes(text.toUtf8(), QStringLiteral("dos.txt"));
            QVERIFY(doc.ok());
            const Result<DocumentId> id = store.addDocument(doc.value());
            QVERIFY(id.ok());
            docId = *id;
            Annotation a;
            a.documentId = docId;
            a.anchor = Anchor::forText(hostile);
            a.typeId = store.claimTypes().first().id;
            QVERIFY(store.addAnnotation(a).ok());
        }
        clock.restart();
        ProjectStore store;
        QVERIFY(store.open(path).ok());
        QUndoStack undo;
        AnnotationsModel model(&store, &undo);
        QSignalSpy checked(&model, &AnnotationsModel::anchorsChecked);
        model.checkAnchors(docId, store.canonicalText(docId));
        QVERIFY(checked.count() == 1 || checked.wait(120000));
        const double openMs = clock.nsecsElapsed() / 1e6;
        qInfo("RESULT : checkAnchorsResolverDos: resolve %.1f ms (300,000 characters of prefix);"
              " open, load and check until placed %.1f ms",
              resolveMs, openMs);
        QTest::setBenchmarkResult(openMs, QTest::WalltimeMilliseconds);
    }

private:
    // A project with one 2 MB document and 10,000 claims on it, made once.
    bool makeAnchorProject(const QString &path, DocumentId *docId)
    {
        if (QFileInfo::exists(path)) {
            ProjectStore store;
            if (!store.open(path).ok() || store.documents().isEmpty())
                return false;
            *docId = store.documents().first().id;
            return true;
        }
        ProjectStore store;
        if (!store.create(path).ok())
            return false;
        const Result<Document> doc =
            DocumentImporter::importBytes(makeText(2 * 1024 * 1024).toUtf8(), QStringLiteral("anchors.txt"));
        if (!doc.ok())
            return false;
        const Result<DocumentId> id = store.addDocument(doc.value());
        if (!id.ok())
            return false;
        *docId = *id;
        const QString canonical = store.canonicalText(*id);
        const ClaimTypeId type = store.claimTypes().first().id;
        QVector<Annotation> list;
        QRandomGenerator rng(13);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10000; ++i) {
            Annotation a;
            a.id = i + 1;
            a.documentId = *id;
            const int start = int(rng.bounded(int(canonical.size()) - 200));
            a.anchor = Anchor::forText(TextSelector::fromRange(canonical, start, start + 20 + int(rng.bounded(150))));
            a.typeId = type;
            a.created = a.modified = now;
            list.append(a);
        }
        return store.addAnnotations(list).ok();
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_MAIN(BenchKanttekening)
#include "bench_kanttekening.moc"
