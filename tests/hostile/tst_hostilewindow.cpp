// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreignfiles.h"
#include "hostileutil.h"

#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagebanner.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextDocument>
#include <QFile>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ktk;
using namespace ktk::hostile;

namespace {

// Peak resident memory of this process so far (VmHWM), in MiB.
qint64 peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// Answers every message box that comes up with its default button.
void dismissMessageBoxes(QObject *context)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->done(QMessageBox::Ok);
    });
    timer->start(20);
}

} // namespace

// Mailed projects opened in the window. The window opens a project, shows its
// first document and repairs anchors: each of those must stay bounded and
// must not run anything the file carries.
class TestHostileWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void projectWithHundredsOfMegabytesInOneDocument_opensWithoutLoadingIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("huge_text.ktk"));
        QCOMPARE(runKanttekening({QStringLiteral("sample"), project}).exitCode, 0);
        // Made by a child process, so that building it does not count
        // towards this process's peak memory.
        const BoundedRun made = runProgram(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("--make-huge"), project}, {60, 4096});
        QVERIFY2(made.finishedNormally() && made.exitCode == 0, made.describe());
        QVERIFY(QFileInfo(project).size() > 190'000'000);

        const qint64 before = peakResidentMiB();
        QVERIFY(before > 0);
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProject(project));
            QTest::qWait(100);
            auto *banner = window.findChild<MessageBanner *>();
            QVERIFY(banner);
            QVERIFY2(banner->text().contains(QStringLiteral("too large to show")), qPrintable(banner->text()));
            // The other document shows as usual.
            const QVector<DocumentSummary> docs = window.store()->documents();
            QCOMPARE(docs.size(), 2);
            window.showDocument(docs.at(1).id);
            QVERIFY(!window.store()->annotations(docs.at(1).id).isEmpty());
            window.closeProject();   // waits for the automatic backup
        }
        const qint64 grew = peakResidentMiB() - before;
        // Loading the document took it to 2.6 GB; named, not loaded, it costs
        // what the backup and an ordinary document cost.
        QVERIFY2(grew < 400, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grew)));
    }

    // resolver_dos.ktk's text is one word of 300,000 characters: Qt's layout
    // was quadratic in it (20 s of CPU before the window painted; one of a
    // million characters, minutes). A bound of seconds is a hang guard.
    void documentOfOneMillionCharacterWord_isShownInSeconds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("word.ktk"));
        {
            ProjectStore store;
            QVERIFY(store.create(project).ok());
            Document doc;
            doc.meta.title = QStringLiteral("One word");
            doc.format = SourceFormat::PlainText;
            doc.fileName = QStringLiteral("word.txt");
            doc.canonicalText = QString(1'000'000, u'a');
            doc.originalBytes = doc.canonicalText.toUtf8();
            QVERIFY(store.addDocument(doc));
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(window.openProject(project));
        QCoreApplication::processEvents();
        window.repaint();
        QCOMPARE(window.documentView()->document()->characterCount(), 1'000'001);
        // Leaving it must not lay it out again the slow way either.
        window.closeProject();
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void projectCarryingATrigger_isRefusedByTheWindowAndLeftUnchanged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("open_trigger.ktk"));
        QCOMPARE(runKanttekening({QStringLiteral("sample"), project}).exitCode, 0);
        // The anchor repair on opening updates a claim whose offsets moved.
        QVERIFY(testutil::runSql(
            project, {QStringLiteral("UPDATE annotations SET start_pos = start_pos + 3, end_pos = end_pos + 3, "
                                     "anchor = replace(anchor, '\"start\":', '\"start\":1') WHERE id = 1"),
                      QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON annotations BEGIN DELETE FROM documents "
                                     "WHERE id = 2; END")}));
        const QByteArray before = digest(project);

        MainWindow window;
        window.show();
        dismissMessageBoxes(&window);
        QVERIFY(!window.openProject(project));
        QVERIFY(!window.store()->isOpen());
        QCOMPARE(digest(project), before);
    }
};

// The child process: turns the sample's first document into 100 million
// characters of text and a 100 MB original file (huge_text.ktk).
static int makeHuge(const QString &path)
{
    int rc = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            rc = q.exec(QStringLiteral("UPDATE documents SET canonical_text = printf('%.*c', 100000000, 't'), "
                                       "original_bytes = zeroblob(100000000) WHERE id = 1"))
                     ? 0
                     : 1;
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    return rc;
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--make-huge") == 0) {
        QCoreApplication app(argc, argv);
        return makeHuge(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestHostileWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostilewindow.moc"
