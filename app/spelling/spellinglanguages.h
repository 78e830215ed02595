// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ktk {

// The dictionaries the program offers, by their Hunspell/Sonnet codes, with
// the names the user sees and the Debian package that provides each.
class SpellingLanguages
{
    Q_DECLARE_TR_FUNCTIONS(SpellingLanguages)
public:
    static QString dutch() { return QStringLiteral("nl"); }
    static QString americanEnglish() { return QStringLiteral("en_US"); }
    static QString britishEnglish() { return QStringLiteral("en_GB"); }

    // "nl", "en_US", "en_GB"
    static QStringList all();
    static bool isKnown(const QString &code) { return all().contains(code); }
    // "Nederlands", "English (US)", "English (UK)": each in its own language,
    // as language menus usually show them.
    static QString displayName(const QString &code);
    // "hunspell-nl", "hunspell-en-us", "hunspell-en-gb"
    static QString debianPackage(const QString &code);
    // The two-letter language of a code: "en" for "en_GB".
    static QString family(const QString &code) { return code.left(2); }
    // A sensible default for a new user: British English for en_GB locales,
    // American for other English ones, Dutch otherwise.
    static QString defaultForLocale(const QString &localeName);
};

} // namespace ktk
