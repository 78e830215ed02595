// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Importing in the window: a large web page is read on a worker thread while
// the window goes on (timers fire, it paints), a progress dialog offers
// Cancel, and a cancelled import leaves the project as it was. Web pages
// become their article unless "Import Web Pages as Articles" is off, and
// that choice is remembered.

#include "import/documentimporter.h"
#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ktk;

namespace {

// Clicks the button named `button` of the duplicate-import question whenever it
// appears, and counts the questions.
struct DuplicateAnswer
{
    int asked = 0;
    QTimer timer;
    explicit DuplicateAnswer(const QString &button)
    {
        QObject::connect(&timer, &QTimer::timeout, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("duplicateImportQuestion"))
                return;
            if (auto *b = box->findChild<QPushButton *>(button)) {
                ++asked;
                b->click();
            }
        });
        timer.start(20);
    }
};

// About 6 MB of article: seconds of work for Qt's HTML reader.
QByteArray largePage()
{
    QByteArray page = "<html><body><nav class=\"menu\"><a href=\"/\">Start</a> <a href=\"/a\">Archief</a></nav>"
                      "<article><h1>Een heel lang stuk</h1>";
    const QByteArray paragraph = "<p>Deze alinea beschrijft in <b>veel</b> woorden wat de commissie heeft "
                                 "onderzocht, met <i>nadruk</i> op de gevolgen voor gemeenten en burgers.</p>\n";
    while (page.size() < 6 * 1024 * 1024)
        page += paragraph;
    return page + "</article><section class=\"comments\"><p>Reactie van een lezer.</p></section></body></html>";
}

QByteArray newsPage()
{
    QByteArray page = "<html><body><nav class=\"menu\"><a href=\"/\">Start</a> <a href=\"/a\">Archief</a> "
                      "<a href=\"/b\">Sport</a></nav><article><h1>Raad stemt in</h1>";
    for (int i = 0; i < 6; ++i)
        page += "<p>De gemeenteraad stemde dinsdag in met het voorstel om de bibliotheek langer open te houden, "
                "zo meldt de griffie in een verklaring die woensdag werd gepubliceerd.</p>";
    return page + "</article><section class=\"comments\"><p>Reactie van lezer Els.</p></section></body></html>";
}

} // namespace

class TestImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_large = m_dir.filePath(QStringLiteral("groot.html"));
        QFile f(m_large);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(largePage());
        f.close();
        m_news = m_dir.filePath(QStringLiteral("nieuws.html"));
        QFile g(m_news);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(newsPage());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("p%1.ktk").arg(m_counter++));
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
    }

    void largePage_importsWhileTheWindowGoesOn()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        QElapsedTimer clock;
        clock.start();
        const QStringList failures = window.importFiles({m_large});
        const qint64 ms = clock.elapsed();
        ticker.stop();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(window.store()->documents().size(), 1);
        // The event loop ran while the page was read: about one tick per 20 ms.
        QVERIFY2(ticks >= ms / 20 / 3, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
        qInfo("6 MB page imported in %lld ms, %d timer ticks meanwhile", ms, ticks);
    }

    void cancel_leavesTheProjectAsItWas()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        QVERIFY(window.importFiles({m_news}).isEmpty());
        QCOMPARE(window.store()->documents().size(), 1);

        bool clicked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("backgroundProgress"));
            if (!dialog || !dialog->isVisible() || clicked)
                return;
            auto *cancel = dialog->findChild<QPushButton *>();
            if (!cancel)
                return;
            QTest::mouseClick(cancel, Qt::LeftButton);
            clicked = true;
        });
        poll.start(50);
        // The news page first, the large one second: Cancel during the second
        // drops both.
        window.importFiles({m_news, m_large});
        poll.stop();
        QVERIFY2(clicked, "the progress dialog with Cancel never showed");
        QCOMPARE(window.store()->documents().size(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void articleChoice_decidesAndIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(m_path));
            auto *action = window.findChild<QAction *>(QStringLiteral("articleImportAction"));
            QVERIFY(action);
            QVERIFY(action->isChecked());   // articles by default
            QVERIFY(window.importFiles({m_news}).isEmpty());
            action->trigger();               // off: whole pages
            QVERIFY(!action->isChecked());
            DuplicateAnswer again(QStringLiteral("importDuplicatesAgain"));   // the same file, on purpose
            QVERIFY(window.importFiles({m_news}).isEmpty());
            QCOMPARE(again.asked, 1);
            const QVector<DocumentSummary> docs = window.store()->documents();
            QCOMPARE(docs.size(), 2);
            QCOMPARE(docs.at(0).extraction, ContentExtraction::Article);
            QCOMPARE(docs.at(1).extraction, ContentExtraction::FullPage);
            QVERIFY(!window.store()->canonicalText(docs.at(0).id).contains(QStringLiteral("Reactie van lezer")));
            QVERIFY(window.store()->canonicalText(docs.at(1).id).contains(QStringLiteral("Reactie van lezer")));
        }
        MainWindow again;
        auto *action = again.findChild<QAction *>(QStringLiteral("articleImportAction"));
        QVERIFY(action);
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(QSettings().value(QStringLiteral("import/webPagesAsArticles")).toBool());
    }

    // #11: importing the same file again silently added a duplicate.
    void sameFileAgain_isAskedAbout_skippedByDefault()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        QVERIFY(window.importFiles({m_news}).isEmpty());
        {
            DuplicateAnswer skip(QStringLiteral("skipDuplicates"));
            QVERIFY(window.importFiles({m_news}).isEmpty());
            QCOMPARE(skip.asked, 1);
        }
        QCOMPARE(window.store()->documents().size(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Skipped")));
        // A copy under another name is the same file.
        const QString copy = m_dir.filePath(QStringLiteral("kopie-van-nieuws.html"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_news, copy));
        {
            DuplicateAnswer again(QStringLiteral("importDuplicatesAgain"));
            QVERIFY(window.importFiles({copy}).isEmpty());
            QCOMPARE(again.asked, 1);
        }
        QCOMPARE(window.store()->documents().size(), 2);
        // Twice in one batch of new files: asked too.
        const QString other = m_dir.filePath(QStringLiteral("ander.html"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body><p>Een ander stuk, met andere woorden.</p></body></html>");
        f.close();
        {
            DuplicateAnswer skip(QStringLiteral("skipDuplicates"));
            QVERIFY(window.importFiles({other, other}).isEmpty());
            QCOMPARE(skip.asked, 1);
        }
        QCOMPARE(window.store()->documents().size(), 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_large;
    QString m_news;
    int m_counter = 0;
};

QTEST_MAIN(TestImportProgress)

#include "tst_importprogress.moc"
