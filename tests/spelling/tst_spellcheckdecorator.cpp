// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Spell checking in the real claim editor's note field (and the codebook's
// description field), offscreen: typed typos get the red wavy underline
// once the dictionaries have loaded in the background, and the context menu
// offers suggestions, "Add to Dictionary", "Add to Project Dictionary",
// "Ignore" and the note's language.

#include "../models/claimfixture.h"

#include "dialogs/codebookdialog.h"
#include "models/annotationsmodel.h"
#include "models/claimtypesmodel.h"
#include "panels/claimeditor.h"
#include "spelling/hunspelldictionaries.h"
#include "spelling/personaldictionary.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellcheckhighlighter.h"
#include "spelling/spellingprojectsettings.h"
#include "spelling/spellingservice.h"

#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

const QString DutchText = QStringLiteral(
    "Het kabinet zegt dat de uitstoot in 2030 met 55 procent daalt. Wij moeten de belasting op arbeid verlagen.");
const QString EnglishText = QStringLiteral(
    "The minister claims that inflation will fall below two percent next year. Parliament should reject the bill.");

// The words the highlighter underlined, in document order.
QStringList markedWords(const QPlainTextEdit *edit)
{
    QStringList words;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << block.text().mid(r.start, r.length);
        }
    }
    return words;
}

// QTest::keyClicks takes ASCII only; a Dutch keyboard also sends ë, ö, é.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

// Where the user would right-click on the first occurrence of word.
QPoint pointOnWord(QPlainTextEdit *edit, const QString &word)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(edit->toPlainText().indexOf(word)) + 2);
    return edit->cursorRect(cursor).center();
}

QStringList actionTexts(const QMenu *menu, const QString &objectName)
{
    QStringList texts;
    for (const QAction *a : menu->findChildren<QAction *>(objectName))
        texts << a->text();
    return texts;
}

QAction *action(const QMenu *menu, const QString &objectName)
{
    return menu->findChild<QAction *>(objectName);
}

class EditorRig
{
public:
    bool build()
    {
        if (!project.create())
            return false;
        dutch = project.addDocument(QStringLiteral("Klimaat"), DutchText, QStringLiteral("nl"));
        english = project.addDocument(QStringLiteral("Budget"), EnglishText, QStringLiteral("en"));
        claimA = project.addClaim(dutch, {QStringLiteral("de uitstoot in 2030 met 55 procent daalt")});
        claimB = project.addClaim(dutch, {QStringLiteral("Wij moeten de belasting op arbeid verlagen")});
        claimC = project.addClaim(english, {QStringLiteral("inflation will fall below two percent next year")});
        if (!claimA || !claimB || !claimC)
            return false;
        model = std::make_unique<AnnotationsModel>(&project.store, &project.undo);
        types = std::make_unique<ClaimTypesModel>(&project.store, &project.undo);
        editor = std::make_unique<ClaimEditor>(&project.store, model.get(), types.get());
        editor->resize(420, 520);
        editor->show();
        return QTest::qWaitForWindowExposed(editor.get());
    }

    QPlainTextEdit *note() const { return editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")); }
    SpellCheckDecorator *spelling() const { return SpellCheckDecorator::of(note()); }

    // Types text into the note of claim id, as a user would.
    void type(AnnotationId id, const QString &text)
    {
        editor->setAnnotation(id);
        note()->setFocus();
        note()->selectAll();
        QTest::keyClick(note(), Qt::Key_Delete);
        typeText(note(), text);
    }

    std::unique_ptr<QMenu> menuOn(const QString &word) const
    {
        return std::unique_ptr<QMenu>(spelling()->createContextMenu(pointOnWord(note(), word)));
    }

    ClaimProject project;
    DocumentId dutch = 0;
    DocumentId english = 0;
    AnnotationId claimA = 0;
    AnnotationId claimB = 0;
    AnnotationId claimC = 0;
    std::unique_ptr<AnnotationsModel> model;
    std::unique_ptr<ClaimTypesModel> types;
    std::unique_ptr<ClaimEditor> editor;
};

} // namespace

class TestSpellCheckDecorator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KanttekeningTest"));
        QSettings().clear();
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en_US"), QStringLiteral("en_GB")})
            QFile::remove(PersonalDictionary::defaultPath(language));
        // Only a truly absent package skips; build.sh installs both.
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        if (!HunspellDictionaries().find(QStringLiteral("en_US")).isValid())
            QSKIP("The package hunspell-en-us is not installed");
        SpellingService::instance()->setDefaultLanguage(QStringLiteral("nl"));
    }

    void noteEditor_hasTheSpellChecker()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        QVERIFY(rig.spelling());
        QVERIFY(rig.spelling()->highlighter());
    }

    void typingDutchTypo_markedAndMenuOffersTheSuggestion()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimA, QStringLiteral("De regering wil het beleid herzien, bijv. de subsidies, maar de finantiële gevolgen zijn nog onduidelijk."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("finantiële")});
        QCOMPARE(rig.spelling()->language(), QStringLiteral("nl"));

        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("finantiële"));
        const QStringList suggestions = actionTexts(menu.get(), QStringLiteral("spellingSuggestion"));
        QVERIFY2(suggestions.contains(QStringLiteral("financiële")), qPrintable(suggestions.join(u',')));
        QVERIFY(suggestions.size() <= SpellCheckDecorator::MaxSuggestions);
        QVERIFY(action(menu.get(), QStringLiteral("spellingAddToDictionary")));
        QVERIFY(action(menu.get(), QStringLiteral("spellingIgnore")));
        QVERIFY(action(menu.get(), QStringLiteral("spellingToggle")));
        // The standard entries are still there, after the spelling ones.
        QVERIFY(menu->actions().size() > suggestions.size() + 4);

        // Choosing the suggestion replaces the word, and the note is saved.
        for (QAction *a : menu->findChildren<QAction *>(QStringLiteral("spellingSuggestion"))) {
            if (a->text() == QStringLiteral("financiële"))
                a->trigger();
        }
        QVERIFY2(rig.note()->toPlainText().contains(QStringLiteral("de financiële gevolgen")), qPrintable(rig.note()->toPlainText()));
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
        QTRY_COMPARE(rig.project.store.annotation(rig.claimA)->note, rig.note()->toPlainText());
    }

    void typingEnglishTypo_markedAndMenuOffersTheSuggestion()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimC, QStringLiteral("The minister claims the new polcy will lower prices for the poorest households."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("polcy")});
        QCOMPARE(rig.spelling()->language(), QStringLiteral("en_US"));
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("polcy"));
        const QStringList suggestions = actionTexts(menu.get(), QStringLiteral("spellingSuggestion"));
        QVERIFY2(suggestions.contains(QStringLiteral("policy")), qPrintable(suggestions.join(u',')));
    }

    void correctWord_menuHasNoSuggestions()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimA, QStringLiteral("Het kabinet noemt geen bron voor dit cijfer."));
        QTRY_VERIFY(rig.spelling()->highlighter()->checker());
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("kabinet"));
        QVERIFY(actionTexts(menu.get(), QStringLiteral("spellingSuggestion")).isEmpty());
        QVERIFY(!action(menu.get(), QStringLiteral("spellingAddToDictionary")));
        QVERIFY(action(menu.get(), QStringLiteral("spellingLanguageMenu")) == nullptr
                && menu->findChild<QMenu *>(QStringLiteral("spellingLanguageMenu")));
    }

    void dutchNoteInEnglishProject_notFlaggedWordByWord()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        QVERIFY(rig.project.store.setSetting(SpellingProjectSettings::languageKey(), QStringLiteral("en_GB")).ok());
        rig.type(rig.claimB, QStringLiteral("Klopt niet helemaal: de daling komt vooral door de coronajaren, niet door het nieuwe beleid."));
        QTRY_VERIFY(rig.spelling()->highlighter()->checker());
        QCOMPARE(rig.spelling()->language(), QStringLiteral("nl"));
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
        // ... while an English note there follows the project's British English.
        rig.type(rig.claimC, QStringLiteral("The colour of the new policy is not what the minister promised."));
        QTRY_COMPARE(rig.spelling()->language(), QStringLiteral("en_GB"));
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
    }

    void manualLanguage_keptPerNoteInTheProject()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimA, QStringLiteral("De regering wil het beleid herzien, maar de gevolgen zijn nog onduidelijk."));
        QTRY_VERIFY(rig.spelling()->highlighter()->checker());
        QCOMPARE(rig.spelling()->language(), QStringLiteral("nl"));

        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("regering"));
        QMenu *languages = menu->findChild<QMenu *>(QStringLiteral("spellingLanguageMenu"));
        QVERIFY(languages);
        QAction *automatic = action(languages, QStringLiteral("spellingLanguage_auto"));
        QVERIFY(automatic && automatic->isChecked());
        QVERIFY(automatic->text().contains(QStringLiteral("Nederlands")));
        QAction *english = action(languages, QStringLiteral("spellingLanguage_en_US"));
        QVERIFY(english && english->isEnabled());
        english->trigger();

        QCOMPARE(rig.spelling()->manualChoice(), QStringLiteral("en_US"));
        QCOMPARE(rig.project.store.setting(SpellingProjectSettings::noteLanguageKey(rig.claimA)), QStringLiteral("en_US"));
        QTRY_VERIFY(markedWords(rig.note()).contains(QStringLiteral("regering")));

        // Another note is detected again; coming back restores the choice.
        rig.editor->setAnnotation(rig.claimC);
        typeText(rig.note(), QStringLiteral("Fine."));
        QCOMPARE(rig.spelling()->manualChoice(), QString());
        rig.editor->setAnnotation(rig.claimA);
        QCOMPARE(rig.spelling()->manualChoice(), QStringLiteral("en_US"));

        menu = rig.menuOn(QStringLiteral("regering"));
        action(menu->findChild<QMenu *>(QStringLiteral("spellingLanguageMenu")), QStringLiteral("spellingLanguage_auto"))->trigger();
        QCOMPARE(rig.project.store.setting(SpellingProjectSettings::noteLanguageKey(rig.claimA)), QString());
        QCOMPARE(rig.spelling()->language(), QStringLiteral("nl"));
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
    }

    void addToDictionary_unmarksAndIsSaved()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimB, QStringLiteral("Het Kanttekeningteam controleert dit cijfer van het kabinet."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("Kanttekeningteam")});
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("Kanttekeningteam"));
        action(menu.get(), QStringLiteral("spellingAddToDictionary"))->trigger();
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
        PersonalDictionary saved(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        QVERIFY(saved.load().ok());
        QVERIFY(saved.contains(QStringLiteral("Kanttekeningteam")));
    }

    void addToProjectDictionary_unmarksAtOnceIsStoredInTheProjectAndUndoable()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        const QString note = QStringLiteral("Bevestigd in de Projectwrdlijst van november.");
        rig.type(rig.claimB, note);
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("Projectwrdlijst")});
        // The note is on the undo stack before the word is added.
        QTRY_COMPARE(rig.project.store.annotation(rig.claimB)->note, note);
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("Projectwrdlijst"));
        QAction *add = action(menu.get(), QStringLiteral("spellingAddToProjectDictionary"));
        QVERIFY(add && add->isEnabled());
        // Beside the personal one, which stays.
        QVERIFY(action(menu.get(), QStringLiteral("spellingAddToDictionary")));
        const int before = rig.project.undo.count();
        add->trigger();

        // Re-checked at once, not after the next keystroke.
        QVERIFY(markedWords(rig.note()).isEmpty());
        QCOMPARE(rig.project.undo.count(), before + 1);
        QVERIFY(ProjectDictionary::of(&rig.project.store)->containsExactly(QStringLiteral("Projectwrdlijst")));
        QCOMPARE(rig.project.store.setting(SpellingProjectSettings::projectWordsKey()), QStringLiteral("Projectwrdlijst"));
        // Not the user's: the personal list is untouched.
        PersonalDictionary personal(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        QVERIFY(personal.load().ok());
        QVERIFY(!personal.contains(QStringLiteral("Projectwrdlijst")));
        QVERIFY(!rig.spelling()->highlighter()->checker()->isCorrect(QStringLiteral("Projectwrdlijst")));

        // Accepted in every language, also in an English note of the project.
        rig.type(rig.claimC, QStringLiteral("The Projectwrdlijst of November confirms the figure for the city."));
        QTRY_COMPARE(rig.spelling()->language(), QStringLiteral("en_US"));
        QTRY_VERIFY(rig.spelling()->highlighter()->checker());
        QVERIFY2(markedWords(rig.note()).isEmpty(), qPrintable(markedWords(rig.note()).join(u',')));

        // Undo takes it out of the project again, and the mark comes back.
        rig.editor->setAnnotation(rig.claimB);
        QTRY_VERIFY(rig.spelling()->highlighter()->checker());
        QVERIFY(markedWords(rig.note()).isEmpty());
        while (rig.project.undo.index() > before)
            rig.project.undo.undo();
        rig.editor->setAnnotation(rig.claimB);
        QCOMPARE(rig.project.store.setting(SpellingProjectSettings::projectWordsKey()), QString());
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("Projectwrdlijst")});
        rig.project.undo.redo();
        QVERIFY(markedWords(rig.note()).isEmpty());

        // What is stored is in the file: a reopened project still accepts it.
        QVERIFY(rig.project.reopen());
        QCOMPARE(ProjectDictionary::of(&rig.project.store)->words(), QStringList{QStringLiteral("Projectwrdlijst")});
    }

    void addToProjectDictionary_withoutUndoStack_writesDirectly()
    {
        ClaimProject project;
        QVERIFY(project.create());
        QPlainTextEdit edit;
        SpellCheckDecorator *spelling = SpellCheckDecorator::attach(&edit, &project.store);
        edit.setPlainText(QStringLiteral("Het Directwoordbureau controleert dit cijfer van het kabinet."));
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTRY_COMPARE(markedWords(&edit), QStringList{QStringLiteral("Directwoordbureau")});
        std::unique_ptr<QMenu> menu(spelling->createContextMenu(pointOnWord(&edit, QStringLiteral("Directwoordbureau"))));
        action(menu.get(), QStringLiteral("spellingAddToProjectDictionary"))->trigger();
        QVERIFY(markedWords(&edit).isEmpty());
        QCOMPARE(project.store.setting(SpellingProjectSettings::projectWordsKey()), QStringLiteral("Directwoordbureau"));
    }

    void ignore_unmarksTheWord()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimB, QStringLiteral("Het Negeerbureau controleert dit cijfer van het kabinet."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("Negeerbureau")});
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("Negeerbureau"));
        action(menu.get(), QStringLiteral("spellingIgnore"))->trigger();
        QTRY_VERIFY(markedWords(rig.note()).isEmpty());
        PersonalDictionary saved(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        QVERIFY(saved.load().ok());
        QVERIFY(!saved.contains(QStringLiteral("Negeerbureau")));
    }

    void checkSpellingToggle_removesAndRestoresTheMarks()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimA, QStringLiteral("De regering wil het beleid herzien, maar de finantiële gevolgen zijn nog onduidelijk."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("finantiële")});
        std::unique_ptr<QMenu> menu = rig.menuOn(QStringLiteral("finantiële"));
        QAction *toggle = action(menu.get(), QStringLiteral("spellingToggle"));
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!SpellingService::instance()->isEnabled());
        QVERIFY(markedWords(rig.note()).isEmpty());
        menu = rig.menuOn(QStringLiteral("finantiële"));
        QVERIFY(actionTexts(menu.get(), QStringLiteral("spellingSuggestion")).isEmpty());
        toggle = action(menu.get(), QStringLiteral("spellingToggle"));
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(SpellingService::instance()->isEnabled());
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("finantiële")});
    }

    void rightClick_opensTheSpellingMenu()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        rig.type(rig.claimA, QStringLiteral("De finantiële gevolgen zijn nog onduidelijk."));
        QTRY_COMPARE(markedWords(rig.note()), QStringList{QStringLiteral("finantiële")});
        const QPoint pos = pointOnWord(rig.note(), QStringLiteral("finantiële"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, rig.note()->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(rig.note()->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(menu->objectName(), QStringLiteral("spellingContextMenu"));
        QVERIFY(actionTexts(menu, QStringLiteral("spellingSuggestion")).contains(QStringLiteral("financiële")));
        menu->close();
    }

    void codebookDescription_checkedToo()
    {
        EditorRig rig;
        QVERIFY(rig.build());
        CodebookDialog dialog(&rig.project.store, &rig.project.undo, rig.types.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("typeDescription"));
        QVERIFY(description);
        QVERIFY(SpellCheckDecorator::of(description));
        description->setFocus();
        description->selectAll();
        typeText(description, QStringLiteral("Een bewering over de toekomst, bijvoorbeeld een verwachte stijging van de finantiële lasten."));
        QTRY_COMPARE(markedWords(description), QStringList{QStringLiteral("finantiële")});
    }
};

QTEST_MAIN(TestSpellCheckDecorator)
#include "tst_spellcheckdecorator.moc"
