// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole window, as a researcher uses it: select text in the real document
// view, mark it as a claim, find it in the panel and in the project file.
#include "document/documentview.h"
#include "document/documenttextedit.h"
#include "import/documentimporter.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationsmodel.h"
#include "panels/claimtreeview.h"
#include "mainwindow/messagebanner.h"
#include "models/annotationroles.h"
#include "panels/annotationpanel.h"
#include "store/projectstore.h"

#include <QAction>
#include <QTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QComboBox>
#include <QSettings>
#include <QImage>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;

namespace {
const QString Article = QStringLiteral(
    "Platforms and the rule of law\n\n"
    "The minister said on Tuesday that the platforms are a danger to the rule of law. "
    "She expects that a register of algorithms will restore trust within two years.\n\n"
    "Critics doubt that a register alone changes anything.\n");

QTextCursor cursorAt(QTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return cursor;
}
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.ktk").arg(m_counter++));
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        const Result<Document> doc = DocumentImporter::importBytes(Article.toUtf8(), QStringLiteral("article.txt"));
        QVERIFY(doc.ok());
        QVERIFY(store.addDocument(doc.value()).ok());
    }

    void selectTextWithMouse_markWithKey_claimInPanelAndFile()
    {
        const QString quote = QStringLiteral("the platforms are a danger to the rule of law");
        ClaimTypeId secondType = 0;
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProject(m_path));
            secondType = window.store()->claimTypes().at(1).id;

            auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
            QVERIFY(text);
            const int start = text->document()->toPlainText().indexOf(quote);
            QVERIFY(start > 0);
            // Drag from the first to the last character of the quote.
            QTextCursor c(text->document());
            c.setPosition(start);
            const QPoint from = text->cursorRect(c).center() + QPoint(1, 0);
            c.setPosition(start + int(quote.size()));
            const QPoint to = text->cursorRect(c).center() - QPoint(1, 0);
            QTest::mousePress(text->viewport(), Qt::LeftButton, {}, from);
            QTest::mouseMove(text->viewport(), (from + to) / 2);
            QTest::mouseMove(text->viewport(), to);
            QTest::mouseRelease(text->viewport(), Qt::LeftButton, {}, to);
            QCOMPARE(window.documentView()->currentSelection().quote.trimmed(), quote);

            // Key 2 marks the selection as a claim of the second type.
            text->setFocus();
            QTest::keyClick(text, Qt::Key_2);

            auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
            QVERIFY(tree);
            QTRY_COMPARE(tree->model()->rowCount(), 1);
            const QModelIndex row = tree->model()->index(0, 0);
            QCOMPARE(row.data(QuoteRole).toString(), quote);
            QCOMPARE(row.data(TypeIdRole).toLongLong(), secondType);
            QVERIFY(tree->selectionModel()->isRowSelected(0, {}));

            // Undo and redo go through the store like any edit.
            window.undoStack()->undo();
            QCOMPARE(tree->model()->rowCount(), 0);
            QCOMPARE(window.store()->annotations().size(), 0);
            window.undoStack()->redo();
            QCOMPARE(tree->model()->rowCount(), 1);
            window.close();
        }
        // Reopened, the claim is there; read the file itself too.
        ProjectStore store;
        QVERIFY(store.open(m_path).ok());
        const QVector<Annotation> list = store.annotations();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().quote(), quote);
        QCOMPARE(list.first().typeId, secondType);
        const QString canonical = store.canonicalText(list.first().documentId);
        QCOMPARE(canonical.mid(list.first().anchor.text().start, list.first().anchor.text().length()), quote);
        store.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT quote FROM annotations")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), quote);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    // #11: keys 1-9 with nothing selected did nothing and said nothing.
    void typeKeyWithoutSelection_saysWhatToDo()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
        QVERIFY(text);
        QTRY_VERIFY(!text->document()->isEmpty());
        text->setFocus();
        QVERIFY(!text->textCursor().hasSelection());
        window.statusBar()->clearMessage();
        QTest::keyClick(text, Qt::Key_3);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Select a passage")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.store()->annotations().size(), 0);

        // With a selection the same key marks a claim, and says no more.
        QTextCursor c(text->document());
        c.setPosition(0);
        c.setPosition(10, QTextCursor::KeepAnchor);
        text->setTextCursor(c);
        window.statusBar()->clearMessage();
        QTest::keyClick(text, Qt::Key_3);
        QCOMPARE(window.store()->annotations().size(), 1);
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Select a passage")));
    }

    // #11: selecting a claim with a long quote widened the panel and made
    // the text reflow under the mouse. The splitter must not move.
    void selectingShortAndLongClaims_keepsTheLayout()
    {
        const QVector<AnnotationId> ids = addClaims(
            {QStringLiteral("register"),
             QStringLiteral("The minister said on Tuesday that the platforms are a danger to the rule of law. She "
                            "expects that a register of algorithms will restore trust within two years.")},
            {}, QStringLiteral("Een lange notitie zonder spaties: ") + QString(300, u'x'));
        QCOMPARE(ids.size(), 2);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
        QVERIFY(splitter && tree);
        QTRY_COMPARE(tree->model()->rowCount(), 2);
        QCoreApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        const int windowWidth = window.width();
        for (int round = 0; round < 2; ++round) {
            for (int row = 0; row < 2; ++row) {
                tree->setCurrentIndex(tree->model()->index(row, 0));
                // Let the layout take in new size hints, as the screen would.
                for (int i = 0; i < 5; ++i)
                    QCoreApplication::processEvents();
                QCOMPARE(splitter->sizes(), sizes);
                QCOMPARE(window.width(), windowWidth);
            }
        }
    }

    // #11: clicking a highlight makes that claim current in the panel: the
    // whole row selected, and the editor showing it (a view test with a
    // one-column model let a selection of one cell pass).
    void clickOnHighlight_makesTheClaimCurrentInPanelAndEditor()
    {
        const QVector<AnnotationId> ids = addClaims({QStringLiteral("the platforms are a danger"),
                                                     QStringLiteral("a register alone changes anything")});
        QCOMPARE(ids.size(), 2);
        const AnnotationId second = ids.at(1);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
        QVERIFY(tree);
        QTRY_COMPARE(tree->model()->rowCount(), 2);
        QVERIFY(tree->model()->columnCount() > 1);   // a whole row is more than one cell
        auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
        QTRY_VERIFY(!window.documentView()->annotationRect(second).isEmpty());
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, window.documentView()->annotationRect(second).center());

        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(AnnotationIdRole).toLongLong(), second);
        QVERIFY(tree->selectionModel()->isRowSelected(current.row(), current.parent()));
        auto *note = window.annotationPanel()->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        QVERIFY(note);
        QTRY_COMPARE(note->toPlainText(), QStringLiteral("Notitie bij a register alone changes anything"));
    }

    // #11: filtering the panel for "disputed" also took the other claims out
    // of the text. They stay, faded and clickable; View → Hide Claims Outside
    // the Filter takes them out.
    void filteringThePanel_fadesOtherClaimsInTheText()
    {
        const QVector<AnnotationId> ids = addClaims({QStringLiteral("the platforms are a danger"),
                                                     QStringLiteral("a register alone changes anything")},
                                                    {VerificationStatus::Disputed, VerificationStatus::Unchecked});
        QCOMPARE(ids.size(), 2);
        const AnnotationId disputed = ids.at(0);
        const AnnotationId other = ids.at(1);
        QSettings().remove(QStringLiteral("view/hideClaimsOutsideFilter"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
        auto *statusFilter = window.annotationPanel()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *hide = window.findChild<QAction *>(QStringLiteral("hideFilteredOutAction"));
        QVERIFY(tree && statusFilter && hide);
        QVERIFY(!hide->isChecked());
        QTRY_VERIFY(!window.documentView()->annotationRect(other).isEmpty());

        statusFilter->setCurrentIndex(statusFilter->findData(int(VerificationStatus::Disputed)));
        // The list shows the disputed claim alone ...
        int visible = 0;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            if (!tree->isRowHidden(row, {})) {
                ++visible;
                QCOMPARE(tree->model()->index(row, 0).data(AnnotationIdRole).toLongLong(), disputed);
            }
        }
        QCOMPARE(visible, 1);
        // ... and the text both, the other one marked to be drawn faded.
        QVERIFY(!window.documentView()->annotationRect(disputed).isEmpty());
        QVERIFY(!window.documentView()->annotationRect(other).isEmpty());
        // Faded: its fill is far less saturated than the matching claim's of the same type.
        auto *viewport = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"))->viewport();
        const QImage shot = viewport->grab().toImage();
        const auto saturationIn = [&](const QRect &r) {
            int most = 0;
            for (int x = r.left() + 2; x < r.right() - 2; x += 3) {
                for (int y = r.top() + 1; y <= r.bottom() - 1; ++y)
                    most = qMax(most, shot.pixelColor(x, y).hsvSaturation());
            }
            return most;
        };
        const int matching = saturationIn(window.documentView()->annotationRect(disputed));
        const int faded = saturationIn(window.documentView()->annotationRect(other));
        QVERIFY2(faded * 2 < matching, qPrintable(QStringLiteral("faded %1, matching %2").arg(faded).arg(matching)));
        // Clickable: the editor shows it though the list does not.
        auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, window.documentView()->annotationRect(other).center());
        auto *note = window.annotationPanel()->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        QTRY_COMPARE(note->toPlainText(), QStringLiteral("Notitie bij a register alone changes anything"));

        // Filtered to nothing: the list says so, though its rows are only hidden.
        auto *claimList = qobject_cast<ClaimTreeView *>(tree);
        QVERIFY(claimList);
        QVERIFY(!claimList->showsPlaceholder());
        statusFilter->setCurrentIndex(statusFilter->findData(int(VerificationStatus::False)));
        QVERIFY(claimList->showsPlaceholder());
        QVERIFY(!window.documentView()->annotationRect(disputed).isEmpty());   // faded, still there
        statusFilter->setCurrentIndex(statusFilter->findData(int(VerificationStatus::Disputed)));

        // Hidden on request, and remembered.
        hide->trigger();
        QTRY_VERIFY(window.documentView()->annotationRect(other).isEmpty());
        QVERIFY(!window.documentView()->annotationRect(disputed).isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("view/hideClaimsOutsideFilter")).toBool());
        hide->trigger();
        QTRY_VERIFY(!window.documentView()->annotationRect(other).isEmpty());
    }

    // #11: a claim's extent changes from the keyboard, a word at a time, as
    // one undoable edit that updates quote and context.
    void shiftAltArrows_changeTheClaimsExtent()
    {
        const QVector<AnnotationId> ids = addClaims({QStringLiteral("platforms are a danger")});
        QCOMPARE(ids.size(), 1);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto quote = [&] { return window.store()->annotation(ids.first())->quote(); };
        // A click on the claim in the list, as a user selects it; the keys
        // then go to the list. (The list's current row may already be this
        // one, unselected: the click changes the selection only, and the
        // actions must follow that too.)
        auto *tree = window.annotationPanel()->findChild<QTreeView *>(QStringLiteral("annotationTree"));
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(0, 0)).center());
        QTRY_VERIFY(tree->hasFocus());
        QVERIFY(tree->selectionModel()->isRowSelected(0, {}));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("deleteClaimAction"))->isEnabled());

        QTest::keyClick(tree, Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger to"));
        QTest::keyClick(tree, Qt::Key_Up, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(quote(), QStringLiteral("the platforms are a danger to"));
        QTest::keyClick(&window, Qt::Key_Down, Qt::ShiftModifier | Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_Left, Qt::ShiftModifier | Qt::AltModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger"));
        // The anchor follows: offsets hold the quote, with fresh context.
        const Annotation a = *window.store()->annotation(ids.first());
        const QString text = window.store()->canonicalText(a.documentId);
        QCOMPARE(text.mid(a.anchor.text().start, a.anchor.text().length()), a.quote());
        QVERIFY(a.anchor.text().prefix.endsWith(QStringLiteral("the ")));
        // Four steps, four undos.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger to"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger"));
        QCOMPARE(window.undoStack()->index(), 0);
    }

    // #11: a selected claim has handles at its ends; dragging one changes the
    // extent to whole words, one undo step (Ctrl+Z by key).
    void draggingAClaimsHandle_changesItsExtent()
    {
        const QVector<AnnotationId> ids = addClaims({QStringLiteral("platforms are a danger")});
        QCOMPARE(ids.size(), 1);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto quote = [&] { return window.store()->annotation(ids.first())->quote(); };
        auto *edit = qobject_cast<DocumentTextEdit *>(window.documentView()->textView());
        QVERIFY(edit);
        QWidget *viewport = edit->viewport();

        // No handles until the claim is selected; a click on it selects it.
        QTRY_VERIFY(!window.documentView()->annotationRect(ids.first()).isEmpty());
        QCOMPARE(edit->handleClaim(), qint64(-1));
        QTest::mouseClick(viewport, Qt::LeftButton, {}, window.documentView()->annotationRect(ids.first()).center());
        QTRY_COMPARE(edit->handleClaim(), qint64(ids.first()));

        // The end handle, dropped two letters into "law": the whole word.
        const QString text = edit->plainText();
        const int law = int(text.indexOf(QStringLiteral("rule of law. "))) + 9;
        const QRect target = edit->cursorRect(cursorAt(edit, law));
        const QPoint grip = edit->handleRect(DocumentTextEdit::Handle::End).center().toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, {}, grip);
        QVERIFY(edit->isDraggingHandle());
        QTest::mouseMove(viewport, target.center());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target.center());
        QTRY_COMPARE(quote(), QStringLiteral("platforms are a danger to the rule of law"));
        QVERIFY(!edit->textCursor().hasSelection());   // a handle drag selects no text

        // The start handle, onto "the" before "platforms".
        const int the = int(text.indexOf(QStringLiteral("the platforms"))) + 1;
        QTRY_VERIFY(!edit->handleRect(DocumentTextEdit::Handle::Start).isEmpty());
        const QPoint startGrip = edit->handleRect(DocumentTextEdit::Handle::Start).center().toPoint();
        const QPoint onThe = edit->cursorRect(cursorAt(edit, the)).center();
        QTest::mousePress(viewport, Qt::LeftButton, {}, startGrip);
        QTest::mouseMove(viewport, onThe);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, onThe);
        QTRY_COMPARE(quote(), QStringLiteral("the platforms are a danger to the rule of law"));
        const Annotation a = *window.store()->annotation(ids.first());
        QCOMPARE(window.store()->canonicalText(a.documentId).mid(a.anchor.text().start, a.anchor.text().length()),
                 a.quote());

        // Escape while dragging leaves it as it was.
        const QPoint endGrip = edit->handleRect(DocumentTextEdit::Handle::End).center().toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, {}, endGrip);
        QTest::mouseMove(viewport, onThe + QPoint(0, 1));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isDraggingHandle());
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, onThe + QPoint(0, 1));
        QCOMPARE(quote(), QStringLiteral("the platforms are a danger to the rule of law"));

        // Two drags, two undo steps, by key.
        QCOMPARE(window.undoStack()->count(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger to the rule of law"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(quote(), QStringLiteral("platforms are a danger"));
    }

    // #12: files from the desktop. A project opens by its content even when
    // renamed; documents are imported only after asking, into the project
    // the user chose; of two projects the first opens.
    void launchFiles_openTheProjectByContent_andAskBeforeImporting()
    {
        const QString renamed = m_dir.filePath(QStringLiteral("gemaild%1.db").arg(m_counter));
        QVERIFY(QFile::copy(m_path, renamed));
        const auto writeFile = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString letter = writeFile(QStringLiteral("brief.txt"), "De minister schrijft de Kamer.\n");
        const QString other = writeFile(QStringLiteral("nota.txt"), "Een nota over de begroting.\n");
        QVERIFY(!letter.isEmpty() && !other.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString asked;
        QString answer;
        QTimer answering;
        connect(&answering, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("importLaunchFilesQuestion"))
                return;
            asked = box->text() + u'\n' + box->informativeText();
            QAbstractButton *b = answer.isEmpty() ? box->button(QMessageBox::Cancel)
                                                  : box->findChild<QPushButton *>(answer);
            if (b)
                b->click();
        });
        answering.start(20);

        answer = QStringLiteral("importIntoOpenProject");
        window.openLaunchFiles({letter, renamed}, true);
        QCOMPARE(window.store()->path(), renamed);
        QVERIFY2(asked.contains(QFileInfo(renamed).fileName()) && asked.contains(QStringLiteral("brief.txt")),
                 qPrintable(asked));
        QTRY_COMPARE(window.store()->documents().size(), 2);

        // Cancelled: nothing imported.
        asked.clear();
        answer.clear();
        window.openLaunchFiles({other}, false);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(window.store()->documents().size(), 2);

        // Two projects: the first opens, the other is named.
        window.openLaunchFiles({m_path, renamed}, false);
        QCOMPARE(window.store()->path(), m_path);
        QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(renamed).fileName()));
        QCOMPARE(window.store()->documents().size(), 1);
    }

    void undoneClaim_staysGoneAfterReopen()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProject(m_path));
            auto *text = window.documentView()->findChild<QTextEdit *>(QStringLiteral("documentText"));
            QTextCursor c(text->document());
            c.setPosition(40);
            c.setPosition(70, QTextCursor::KeepAnchor);
            text->setTextCursor(c);
            QVERIFY(window.createClaimFromSelection(window.store()->claimTypes().first().id) != 0);
            window.undoStack()->undo();
        }
        ProjectStore store;
        QVERIFY(store.open(m_path).ok());
        QCOMPARE(store.annotations().size(), 0);
    }

    void openForeignFile_showsMessageAndKeepsFile()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.ktk"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are not the droids you are looking for");
        }
        const QByteArray before = [&] { QFile f(foreign); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        // With a project open, the failure shows inline and the open project stays.
        QVERIFY(!window.openProject(foreign));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(window.messageBanner()->isVisible());
        QVERIFY(window.messageBanner()->text().contains(QStringLiteral("notes.ktk")));
    }

    void importBatchWithBadFile_importsTheRestAndNamesTheBadOne()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.md"));
        const QString bad = m_dir.filePath(QStringLiteral("report.docx"));
        {
            QFile g(good);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("# Een kop\n\nDe gemeente wil meer toezicht.\n");
            QFile b(bad);
            QVERIFY(b.open(QIODevice::WriteOnly));
            b.write("PK\x03\x04 not really");
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        const QStringList failures = window.importFiles({good, bad});
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QStringLiteral("report.docx")));
        QCOMPARE(window.store()->documents().size(), 2);
        QVERIFY(window.messageBanner()->text().contains(QStringLiteral("report.docx")));
    }

    void firstStart_offersSampleProject_andOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.store()->isOpen());
        auto *sample = window.findChild<QPushButton *>(QStringLiteral("welcomeSample"));
        QVERIFY(sample);
        QVERIFY(sample->isVisible());
        QTest::mouseClick(sample, Qt::LeftButton);
        QTRY_VERIFY(window.store()->isOpen());
        const QVector<DocumentSummary> docs = window.store()->documents();
        QCOMPARE(docs.size(), 2);
        QStringList languages;
        for (const DocumentSummary &d : docs)
            languages << d.meta.language;
        languages.sort();
        QCOMPARE(languages, (QStringList{QStringLiteral("en"), QStringLiteral("nl")}));
        QVERIFY(window.store()->annotations().size() >= 10);
        QVERIFY(window.currentDocument() != 0);
        window.closeProject();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + QStringLiteral("/Kanttekening sample.ktk"));
    }

    void droppingFiles_importsThem()
    {
        const QString file = m_dir.filePath(QStringLiteral("dropped.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Gesleept artikel\n\nDe Kamer wil meer toezicht op algoritmes.\n");
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(window.store()->documents().size(), 2);
        QCOMPARE(window.store()->documents().last().meta.title, QStringLiteral("Gesleept artikel"));
        delete mime;

        // A project renamed to .db, dropped: it opens, it is not imported as a document.
        const QString other = m_dir.filePath(QStringLiteral("collega%1.db").arg(m_counter));
        {
            ProjectStore store;
            QVERIFY(store.create(m_dir.filePath(QStringLiteral("collega%1.ktk").arg(m_counter))).ok());
        }
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("collega%1.ktk").arg(m_counter)), other));
        auto *projectMime = new QMimeData;
        projectMime->setUrls({QUrl::fromLocalFile(other)});
        QDragEnterEvent projectEnter(QPoint(10, 10), Qt::CopyAction, projectMime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &projectEnter);
        QDropEvent projectDrop(QPointF(10, 10), Qt::CopyAction, projectMime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &projectDrop);
        QCOMPARE(window.store()->path(), other);
        QCOMPARE(window.store()->documents().size(), 0);
        delete projectMime;
    }

private:
    // Claims on the project's article, stored before a window opens: one per
    // quote, of the first type, noted "Notitie bij <quote>", with statuses[i]
    // where given. Returns their ids in the order of the quotes.
    QVector<AnnotationId> addClaims(const QStringList &quotes, const QVector<VerificationStatus> &statuses = {},
                                    const QString &note = {})
    {
        QVector<AnnotationId> ids;
        ProjectStore store;
        if (!store.open(m_path).ok())
            return ids;
        const DocumentId doc = store.documents().first().id;
        const QString text = store.canonicalText(doc);
        for (int i = 0; i < quotes.size(); ++i) {
            const int start = int(text.indexOf(quotes.at(i)));
            if (start < 0)
                return {};
            Annotation a;
            a.documentId = doc;
            a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(quotes.at(i).size())));
            a.typeId = store.claimTypes().first().id;
            a.note = note.isNull() ? QStringLiteral("Notitie bij ") + quotes.at(i) : note;
            a.status = statuses.value(i, VerificationStatus::Unchecked);
            ids.append(*store.addAnnotation(a));
        }
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
