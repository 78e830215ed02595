// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/hunspelldictionaries.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>
#include <string>

class Hunspell;
class QStringDecoder;
class QStringEncoder;

namespace ktk {

// Hunspell with one dictionary. Hunspell takes and returns bytes in the
// dictionary's own encoding (UTF-8 for Debian's nl and en_*), so words are
// converted according to the .aff file's SET line.
class HunspellSpellChecker : public SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(HunspellSpellChecker)
public:
    // Loads the dictionary: slow (about 120 ms for Dutch), so call it in a
    // worker thread. Missing or unreadable files give a checker whose
    // isAvailable() is false and whose errorString() tells what to install.
    HunspellSpellChecker(const HunspellDictionaryFiles &files, const QString &personalDictionaryPath);
    ~HunspellSpellChecker() override;

    QString language() const override { return m_language; }
    bool isAvailable() const override { return m_hunspell != nullptr; }
    QString errorString() const override { return m_error; }
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word, int max = 5) const override;
    Status addToPersonal(const QString &word) override;
    void ignore(const QString &word) override;

    QString personalDictionaryPath() const { return m_personal.path(); }

private:
    bool toDictionary(const QString &word, std::string *out) const;
    QString fromDictionary(const std::string &bytes) const;

    QString m_language;
    QString m_error;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true;
    // Only for dictionaries that are not UTF-8; converting changes their state.
    std::unique_ptr<QStringEncoder> m_encoder;
    std::unique_ptr<QStringDecoder> m_decoder;
    PersonalDictionary m_personal;
    QSet<QString> m_ignored;
};

} // namespace ktk
