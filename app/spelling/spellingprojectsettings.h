// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QString>

namespace ktk {

// The spelling choices a project keeps in its settings table: its default
// language and the language chosen by hand for a note or a claim type's
// description (absent: detected from the text).
struct SpellingProjectSettings
{
    static QString languageKey() { return QStringLiteral("spellingLanguage"); }
    // The project's own words, accepted in every language: one a line
    // (ProjectDictionary reads and writes it).
    static QString projectWordsKey() { return QStringLiteral("spelling/projectWords"); }
    // Empty for no claim: the choice then lasts only as long as the editor.
    static QString noteLanguageKey(AnnotationId id)
    {
        return id ? QStringLiteral("noteLanguage/") + QString::number(id) : QString();
    }
    static QString claimTypeLanguageKey(ClaimTypeId id)
    {
        return id ? QStringLiteral("claimTypeLanguage/") + QString::number(id) : QString();
    }
};

} // namespace ktk
