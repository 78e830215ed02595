// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/personaldictionary.h"
#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>

namespace Sonnet {
class Speller;
}

namespace ktk {

// KDE Sonnet's Speller with one language. Written against the Speller API
// that KF5 and KF6 share, so the same file builds with Qt 6 + KF6 in the
// program and with Qt 5 + KF5 in tests/sonnet5, which proves it on Debian 12
// (where KF6 does not exist). The personal word list is the program's own
// file, not Sonnet's, so it stays the same whichever backend runs.
class SonnetSpellChecker : public SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SonnetSpellChecker)
public:
    // Languages Sonnet's plugins offer ("nl", "en_US", ...).
    static QStringList availableLanguages();
    // Sonnet's plugins that were found ("Hunspell", "ASpell", ...).
    static QStringList availableBackends();

    // Loads the dictionary: slow, so call it in a worker thread (one at a
    // time: Sonnet's loader is shared and not meant for concurrent use).
    SonnetSpellChecker(const QString &language, const QString &personalDictionaryPath);
    ~SonnetSpellChecker() override;

    QString language() const override { return m_language; }
    bool isAvailable() const override { return m_speller != nullptr; }
    QString errorString() const override { return m_error; }
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word, int max = 5) const override;
    Status addToPersonal(const QString &word) override;
    void ignore(const QString &word) override;

private:
    QString m_language;
    QString m_error;
    std::unique_ptr<Sonnet::Speller> m_speller;
    PersonalDictionary m_personal;
    QSet<QString> m_ignored;
};

} // namespace ktk
