// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellcheckhighlighter.h"

#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"

namespace ktk {

namespace {
// Far more distinct words than a note has; beyond it the cache starts over.
constexpr int MaxCachedWords = 50000;
} // namespace

SpellCheckHighlighter::SpellCheckHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_format(misspelledFormat())
{
}

QTextCharFormat SpellCheckHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

void SpellCheckHighlighter::setChecker(SpellChecker *checker)
{
    if (checker == m_checker)
        return;
    m_checker = checker;
    m_correct.clear();
    rehighlight();
}

void SpellCheckHighlighter::setProjectDictionary(ProjectDictionary *dictionary)
{
    if (dictionary == m_project)
        return;
    m_project = dictionary;
    refresh();
}

void SpellCheckHighlighter::refresh()
{
    m_correct.clear();
    rehighlight();
}

bool SpellCheckHighlighter::isMisspelled(const QString &word)
{
    if (!m_checker)
        return false;
    auto it = m_correct.constFind(word);
    if (it == m_correct.constEnd()) {
        if (m_correct.size() >= MaxCachedWords)
            m_correct.clear();
        it = m_correct.insert(word, (m_project && m_project->contains(word)) || m_checker->isCorrect(word));
    }
    return !it.value();
}

bool SpellCheckHighlighter::isMisspelled(QStringView text, const SpellingWords::Range &r)
{
    if (!isMisspelled(text.mid(r.start, r.length).toString()))
        return false;
    return !r.fullStopAfter || isMisspelled(text.mid(r.start, r.length + 1).toString());
}

void SpellCheckHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    for (const SpellingWords::Range &r : SpellingWords::find(text)) {
        if (isMisspelled(text, r))
            setFormat(r.start, r.length, m_format);
    }
}

} // namespace ktk
