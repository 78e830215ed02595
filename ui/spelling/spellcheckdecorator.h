// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QMenu;
class QPlainTextEdit;
class QUndoStack;

namespace ktk {

class ProjectDictionary;
class ProjectStore;
class SpellCheckHighlighter;
class SpellingService;

// Spell checking for a plain-text editor where a researcher writes prose:
// misspelled words underlined as they type, and on right click up to five
// suggestions, "Add to Dictionary" (the user's own list), "Add to Project
// Dictionary" (the project's list, which travels with the file), "Ignore",
// the language of this text (detected, or chosen by hand) and spelling on
// or off.
//
//   SpellCheckDecorator::attach(m_noteEdit, store, [this] {
//       return SpellingProjectSettings::noteLanguageKey(m_id); }, undoStack);
//
// The key names the project setting that keeps a language chosen by hand
// for the text now shown; without one the choice lasts as long as the editor.
// With an undo stack, adding a word to the project dictionary is a command
// on it; without one the word is written directly.
class SpellCheckDecorator : public QObject
{
    Q_OBJECT
public:
    using SettingKey = std::function<QString()>;
    static constexpr int MaxSuggestions = 5;
    // How long typing must pause before the note's language is judged again.
    static constexpr int LanguageCheckDelayMs = 300;

    // Owned by edit; uses the program's SpellingService.
    static SpellCheckDecorator *attach(QPlainTextEdit *edit, ProjectStore *store = nullptr, SettingKey manualChoiceKey = {},
                                       QUndoStack *undoStack = nullptr);
    // The decorator attach() gave edit, or null.
    static SpellCheckDecorator *of(const QPlainTextEdit *edit);

    SpellCheckDecorator(QPlainTextEdit *edit, SpellingService *service, ProjectStore *store, SettingKey manualChoiceKey);

    // The dictionary checking the text now ("nl", "en_US", "en_GB").
    QString language() const { return m_language; }
    // The language chosen by hand, or empty for automatic.
    QString manualChoice() const { return m_manualChoice; }
    // Empty: detect it from the text again.
    void setManualChoice(const QString &language);
    SpellCheckHighlighter *highlighter() const { return m_highlighter; }
    void setUndoStack(QUndoStack *undoStack);

    // The editor's context menu for a point in its viewport: the spelling
    // entries around the standard ones. The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewportPos, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Word
    {
        int position = -1;      // in the document
        QString text;
        bool misspelled = false;
        bool isValid() const { return position >= 0; }
    };

    Word wordAt(const QPoint &viewportPos) const;
    void replaceWord(const Word &word, const QString &replacement);
    void addSpellingEntries(QMenu *menu, const Word &word);
    void addProjectWord(const QString &word);
    void addLanguageEntries(QMenu *menu);
    void onContentsChange(int position, int charsRemoved, int charsAdded);
    void loadManualChoice();
    QString projectDefault() const;
    void updateLanguage();
    void preloadDictionaries();

    QPlainTextEdit *m_edit;
    SpellingService *m_service;
    QPointer<ProjectStore> m_store;
    QPointer<ProjectDictionary> m_project;
    QPointer<QUndoStack> m_undoStack;
    SettingKey m_manualChoiceKey;
    QString m_key;              // the setting key for the text now shown
    QString m_manualChoice;
    QString m_language;
    SpellCheckHighlighter *m_highlighter;
    QTimer m_languageTimer;
};

} // namespace ktk
