// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Document → Re-import as Article / as Whole Page in the window: the view
// shows the new text, claims stay on their words, a claim whose words are
// gone is named in the banner and marked as not found (never deleted), and
// Ctrl+Z brings the old text back with every claim in place.

#include "import/documentimporter.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "store/projectstore.h"

#include "../import/newspage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

AnnotationId addClaim(ProjectStore &store, DocumentId doc, const QString &text, const QString &quote)
{
    const int start = int(text.indexOf(quote));
    if (start < 0)
        return 0;
    Annotation a;
    a.documentId = doc;
    a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(quote.size())));
    a.typeId = store.claimTypes().first().id;
    const Result<AnnotationId> id = store.addAnnotation(a);
    return id ? *id : 0;
}

QString shownText(MainWindow &window)
{
    auto *view = window.findChild<QTextEdit *>(QStringLiteral("documentText"));
    return view ? view->toPlainText() : QString();
}

bool isAnchored(MainWindow &window, AnnotationId id)
{
    return window.annotationsModel()->indexOfAnnotation(id).data(AnchoredRole).toBool();
}

} // namespace

class TestReextractGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void documentMenu_reimportsAsArticle_andUndoBringsThePageBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("krant.ktk"));
        DocumentId doc = 0;
        AnnotationId inArticle = 0;
        AnnotationId inComments = 0;
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            DocumentImporter::Options whole;
            whole.fullPage = true;
            const Result<Document> page = DocumentImporter::importBytes(newsPage(), QStringLiteral("nieuws.html"), whole);
            QVERIFY(page.ok());
            doc = *store.addDocument(page.value());
            inArticle = addClaim(store, doc, page->canonicalText, QStringLiteral("Alinea 4 van het artikel"));
            inComments = addClaim(store, doc, page->canonicalText, QStringLiteral("reageerder Klaas zegt"));
            QVERIFY(inArticle && inComments);
        }

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        window.showDocument(doc);
        QTRY_VERIFY(isAnchored(window, inComments));
        QVERIFY(shownText(window).contains(QStringLiteral("reageerder Klaas")));

        // Both actions are in the Document menu; only the other way is offered.
        auto *asArticle = window.findChild<QAction *>(QStringLiteral("reextractArticleAction"));
        auto *asPage = window.findChild<QAction *>(QStringLiteral("reextractPageAction"));
        QVERIFY(asArticle && asPage);
        QMenu *documentMenu = nullptr;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(asArticle))
                documentMenu = top->menu();
        }
        QVERIFY(documentMenu);
        QVERIFY(documentMenu->actions().contains(asPage));
        QCOMPARE(documentMenu->title(), QStringLiteral("&Document"));
        QVERIFY(asArticle->isEnabled());
        QVERIFY(!asPage->isEnabled());

        asArticle->trigger();
        QTRY_VERIFY(!shownText(window).contains(QStringLiteral("reageerder")));
        QVERIFY(shownText(window).contains(QStringLiteral("Alinea 4 van het artikel")));
        QCOMPARE(window.store()->document(doc)->extraction, ContentExtraction::Article);
        // The claim in the article is on its words in the view's text.
        const QModelIndex claim = window.annotationsModel()->indexOfAnnotation(inArticle);
        const int start = claim.data(StartRole).toInt();
        const int end = claim.data(EndRole).toInt();
        QCOMPARE(shownText(window).mid(start, end - start), QStringLiteral("Alinea 4 van het artikel"));
        QTRY_VERIFY(isAnchored(window, inArticle));
        // The comment's claim is kept, marked, and named in the banner.
        QVERIFY(window.store()->annotation(inComments).has_value());
        QTRY_VERIFY(!isAnchored(window, inComments));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("reageerder Klaas zegt")), qPrintable(banner->text()));
        QVERIFY(!asArticle->isEnabled());
        QVERIFY(asPage->isEnabled());

        // Undo by its key, as a user would.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(shownText(window).contains(QStringLiteral("reageerder Klaas")));
        QCOMPARE(window.store()->document(doc)->extraction, ContentExtraction::FullPage);
        QTRY_VERIFY(isAnchored(window, inComments));
        QVERIFY(isAnchored(window, inArticle));
        QVERIFY(asArticle->isEnabled());
        // The report of the step undone is gone with it.
        QVERIFY(!banner->isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReextractGui)

#include "tst_reextractgui.moc"
