// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Switching between Dutch and English while the program runs: menus, panel
// headers, tooltips and Qt's own strings change at once; a note being written
// and the selection stay as they were.
#include "commands/annotationcommands.h"
#include "i18n/languagemanager.h"
#include "import/documentimporter.h"
#include "mainwindow/mainwindow.h"
#include "models/annotationroles.h"
#include "panels/annotationpanel.h"
#include "store/projectstore.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        m_path = m_dir.filePath(QStringLiteral("switch.ktk"));
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        const Result<Document> doc = DocumentImporter::importBytes(
            QByteArrayLiteral("De minister zegt dat de platforms een gevaar zijn voor de rechtsstaat.\n"),
            QStringLiteral("artikel.txt"));
        QVERIFY(doc.ok());
        const Result<DocumentId> docId = store.addDocument(doc.value());
        QVERIFY(docId.ok());
        Annotation a;
        a.documentId = *docId;
        a.anchor = Anchor::forText(TextSelector::fromRange(store.canonicalText(*docId), 29, 69));
        a.typeId = store.claimTypes().first().id;
        QVERIFY(store.addAnnotation(a).ok());
        // A type the user renamed keeps the name as typed in every language.
        ClaimType renamed = store.claimTypes().at(1);
        renamed.name = QStringLiteral("Oorzaak (eigen codering)");
        QVERIFY(store.updateClaimType(renamed).ok());
    }

    void switchWhileWritingNote_changesWholeWindowAndKeepsNote()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("annotationTree"));
        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *nl = window.findChild<QToolButton *>(QStringLiteral("languageButton_nl"));
        auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(tree && note && nl && import);

        const QStringList englishMenus = menuTitles(window);
        QCOMPARE(englishMenus.first(), QStringLiteral("&File"));
        const QString englishHeader = tree->model()->headerData(0, Qt::Horizontal).toString();
        QCOMPARE(englishHeader, QStringLiteral("Claim"));
        const QString englishTip = import->toolTip();
        QVERIFY(nl->isVisible());
        QVERIFY(!nl->isChecked());

        // Half a note, cursor in the middle of it.
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTRY_VERIFY(note->isEnabled());
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Nog nagaan bij het minis"));
        QTextCursor cursor = note->textCursor();
        cursor.setPosition(4);
        note->setTextCursor(cursor);

        QTest::mouseClick(nl, Qt::LeftButton);
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("nl"));
        QVERIFY(nl->isChecked());
        // Qt posts LanguageChange to every window; it arrives with the next events.
        QTRY_COMPARE(menuTitles(window).first(), QCoreApplication::translate("ktk::MainWindow", "&File"));

        const QStringList dutchMenus = menuTitles(window);
        QCOMPARE(dutchMenus.size(), englishMenus.size());
        const char *sources[] = {"&File", "&Edit", "&Document", "&Claims", "&View", "&Settings", "&Help"};
        QCOMPARE(dutchMenus.size(), int(std::size(sources)));
        for (int i = 0; i < dutchMenus.size(); ++i)
            QCOMPARE(dutchMenus.at(i), QCoreApplication::translate("ktk::MainWindow", sources[i]));
        // "Help" is Help in Dutch too, and "Document" differs only in its
        // accelerator; the others change.
        for (int i : {0, 1, 2, 3, 4, 5})
            QVERIFY2(dutchMenus.at(i) != englishMenus.at(i), qPrintable(dutchMenus.at(i)));
        QVERIFY(tree->model()->headerData(0, Qt::Horizontal).toString() != englishHeader);
        QVERIFY(!tree->model()->headerData(0, Qt::Horizontal).toString().isEmpty());
        QVERIFY(import->toolTip() != englishTip);
        QVERIFY(!import->toolTip().isEmpty());
        // Qt's own strings follow (qtbase_nl from qt6-translations-l10n).
        QVERIFY(LanguageManager::instance()->hasQtTranslation());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
        // Dates follow the interface language.
        QCOMPARE(QLocale().toString(QDate(2026, 11, 29), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("29 november 2026"));

        // Built-in claim types and statuses in Dutch; the renamed type as typed.
        auto *typeFilter = window.findChild<QComboBox *>(QStringLiteral("typeFilter"));
        auto *statusFilter = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(typeFilter && statusFilter);
        QVERIFY(typeFilter->findText(QStringLiteral("Feitelijke bewering")) >= 0);
        QVERIFY(typeFilter->findText(QStringLiteral("Oorzaak (eigen codering)")) >= 0);
        QVERIFY(typeFilter->findText(QStringLiteral("Factual claim")) < 0);
        QVERIFY(statusFilter->findText(QStringLiteral("Niet gecontroleerd")) >= 0);
        auto *editorType = window.findChild<QComboBox *>(QStringLiteral("typeCombo"));
        QVERIFY(editorType);
        QCOMPARE(editorType->currentText(), QStringLiteral("Feitelijke bewering"));

        // The note and the selection are as they were.
        QCOMPARE(note->toPlainText(), QStringLiteral("Nog nagaan bij het minis"));
        QCOMPARE(note->textCursor().position(), 4);
        QVERIFY(tree->selectionModel()->isRowSelected(0, {}));

        // Ctrl+Shift+L switches back.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window), englishMenus);
        QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), englishHeader);
        QCOMPARE(import->toolTip(), englishTip);
        QCOMPARE(QLocale().toString(QDate(2026, 11, 29), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("29 November 2026"));
        QCOMPARE(note->toPlainText(), QStringLiteral("Nog nagaan bij het minis"));
        QTRY_VERIFY(typeFilter->findText(QStringLiteral("Factual claim")) >= 0);
        QVERIFY(typeFilter->findText(QStringLiteral("Oorzaak (eigen codering)")) >= 0);
        // Qt's own strings are English again: no Dutch Qt translation left installed.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
    }

    // #11: in Dutch the Edit menu read "Undo Edit tags" and "Undo Notitie
    // bewerken": the prefix and the commands made before a switch stayed in
    // the old language.
    void undoLabels_followTheLanguage_alsoForEarlierCommands()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->isEnabled());

        // Made in English.
        const Annotation before = window.store()->annotations().first();
        Annotation after = before;
        after.tags = {QStringLiteral("nagaan")};
        window.undoStack()->push(new EditAnnotationCommand(window.store(), before, after,
                                                           EditAnnotationCommand::Field::Tags));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit tags"));
        QVERIFY(undo->isEnabled());

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("nl")));
        const QString dutchUndo = QCoreApplication::translate("ktk::UndoActions", "&Undo %1")
                                      .arg(QCoreApplication::translate("EditAnnotationCommand", "Edit tags"));
        QVERIFY(dutchUndo != QStringLiteral("&Undo Edit tags"));
        QTRY_COMPARE(undo->text(), dutchUndo);
        QVERIFY(!undo->text().contains(QStringLiteral("Undo")));
        QVERIFY(!undo->text().contains(QStringLiteral("Edit tags")));

        // Undone in Dutch: Redo speaks Dutch too, and English again after the switch back.
        window.undoStack()->undo();
        QCOMPARE(redo->text(), QCoreApplication::translate("ktk::UndoActions", "&Redo %1")
                                   .arg(QCoreApplication::translate("EditAnnotationCommand", "Edit tags")));
        QCOMPARE(undo->text(), QCoreApplication::translate("ktk::UndoActions", "&Undo"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(redo->text(), QStringLiteral("&Redo Edit tags"));
    }

    void choiceIsRemembered()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("nl")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
    }

private:
    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
