// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace ktk {

class SpellChecker;

// Tells which dictionary a note is written for. First the import's function
// word count (LanguageGuesser); when a note is too short for that, the
// dictionaries vote: the one that knows clearly more of its words wins.
class NoteLanguageDetector
{
public:
    // candidates: dictionary codes in order of preference; the first English
    // one is taken for English text. checkers: the loaded dictionaries that
    // may vote (none: no vote). Empty when the text does not tell.
    static QString detect(QStringView text, const QStringList &candidates,
                          const QVector<const SpellChecker *> &checkers = {});
};

} // namespace ktk
