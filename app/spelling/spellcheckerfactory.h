// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/spellchecker.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <memory>

namespace ktk {

// Picks the spell-checking library and makes checkers with it: KDE Sonnet
// when the program was built with KF6 Sonnet, Hunspell otherwise (Debian 12
// has no KF6). A value type, so a worker thread can take a copy.
class SpellCheckerFactory
{
    Q_DECLARE_TR_FUNCTIONS(SpellCheckerFactory)
public:
    enum class Backend { Hunspell, Sonnet };

    struct Dictionary
    {
        QString language;       // "nl", "en_US", "en_GB"
        bool found = false;
        QString location;       // the .dic file, or the Sonnet plugins that provide it
        QString problem;        // when not found: what to install, translated
    };

    // Whether this build has the Sonnet backend.
    static bool hasSonnet();
    static Backend defaultBackend() { return hasSonnet() ? Backend::Sonnet : Backend::Hunspell; }

    explicit SpellCheckerFactory(Backend backend = defaultBackend());

    Backend backend() const { return m_backend; }
    // "Hunspell" or "KDE Sonnet", for the settings dialog.
    QString backendName() const;
    // Hunspell only: the folders searched, first match wins. Tests point it
    // at a folder of their own.
    void setHunspellSearchPaths(const QStringList &paths) { m_hunspellPaths = paths; }
    QStringList hunspellSearchPaths() const { return m_hunspellPaths; }
    // Where each language's personal word list is kept; empty: the user's
    // data folder (PersonalDictionary::defaultPath).
    void setPersonalDictionaryFolder(const QString &folder) { m_personalFolder = folder; }
    QString personalDictionaryPath(const QString &language) const;

    // The program's languages (SpellingLanguages::all()), found or not.
    QVector<Dictionary> dictionaries() const;
    // Loads language's dictionary: slow, call it in a worker thread, one
    // call at a time. Never null; check isAvailable().
    std::unique_ptr<SpellChecker> create(const QString &language) const;

private:
    Backend m_backend;
    QStringList m_hunspellPaths;
    QString m_personalFolder;
};

} // namespace ktk
