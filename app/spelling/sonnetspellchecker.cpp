// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/sonnetspellchecker.h"

#include <Sonnet/Speller>

namespace ktk {

QStringList SonnetSpellChecker::availableLanguages()
{
    return Sonnet::Speller().availableLanguages();
}

QStringList SonnetSpellChecker::availableBackends()
{
    return Sonnet::Speller().availableBackends();
}

SonnetSpellChecker::SonnetSpellChecker(const QString &language, const QString &personalDictionaryPath)
    : m_language(language), m_personal(personalDictionaryPath)
{
    // Sonnet falls back to its default language for an unknown one; a Dutch
    // note must never be checked against another dictionary, so ask first.
    if (!availableLanguages().contains(language)) {
        m_error = tr("KDE Sonnet has no dictionary for %1. Install a Hunspell dictionary for it "
                     "(on Debian: hunspell-%2) and the package sonnet-plugins.")
                      .arg(language, language.toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
        return;
    }
    auto speller = std::make_unique<Sonnet::Speller>(language);
    if (!speller->isValid() || speller->language() != language) {
        m_error = tr("KDE Sonnet could not load its dictionary for %1.").arg(language);
        return;
    }
    m_speller = std::move(speller);

    const Status loaded = m_personal.load();
    if (!loaded)
        m_error = loaded.error();
    for (const QString &word : m_personal.words())
        m_speller->addToSession(word);
}

SonnetSpellChecker::~SonnetSpellChecker() = default;

bool SonnetSpellChecker::isCorrect(const QString &word) const
{
    if (!m_speller || word.isEmpty())
        return true;
    if (m_ignored.contains(word) || m_personal.contains(word))
        return true;
    return m_speller->isCorrect(word);
}

QStringList SonnetSpellChecker::suggestions(const QString &word, int max) const
{
    if (!m_speller)
        return {};
    return m_speller->suggest(word).mid(0, max);
}

Status SonnetSpellChecker::addToPersonal(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return {};
    if (m_speller)
        m_speller->addToSession(w);
    return m_personal.add(w);
}

void SonnetSpellChecker::ignore(const QString &word)
{
    // Not Sonnet's addToSession: Sonnet shares one dictionary per language
    // in the process, and an ignored word belongs to this checker only.
    m_ignored.insert(word);
}

} // namespace ktk
