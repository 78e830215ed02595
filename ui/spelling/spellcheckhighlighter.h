// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/spellingwords.h"

#include <QHash>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ktk {

class ProjectDictionary;
class SpellChecker;

// Underlines misspelled words with a red wavy line. Each word's verdict is
// cached, so re-highlighting a paragraph while typing asks the dictionary
// only about new words. Without a checker (still loading, or spelling off)
// nothing is marked. Words in the project's dictionary are never marked.
class SpellCheckHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellCheckHighlighter(QTextDocument *document);

    // Null: mark nothing. Re-highlights the whole text.
    void setChecker(SpellChecker *checker);
    SpellChecker *checker() const { return m_checker; }
    // The project's own words, accepted whatever the language. Null: none.
    void setProjectDictionary(ProjectDictionary *dictionary);
    // Forget cached verdicts (a word was added or ignored) and re-highlight.
    void refresh();
    bool isMisspelled(const QString &word);
    // The word at r in text, also accepted with the full stop after it
    // (an abbreviation such as "bijv.").
    bool isMisspelled(QStringView text, const SpellingWords::Range &r);

    static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker = nullptr;
    QPointer<ProjectDictionary> m_project;
    QHash<QString, bool> m_correct;
    QTextCharFormat m_format;
};

} // namespace ktk
