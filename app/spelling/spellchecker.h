// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ktk {

// One language's spell checker, whatever library does the work. Created (and
// its dictionary loaded) in a worker thread, then used from one thread only.
class SpellChecker
{
public:
    virtual ~SpellChecker();

    // The dictionary's language code: "nl", "en_US", "en_GB".
    virtual QString language() const = 0;
    // False when the dictionary could not be loaded; errorString() says why.
    virtual bool isAvailable() const = 0;
    virtual QString errorString() const = 0;

    virtual bool isCorrect(const QString &word) const = 0;
    // Slow (tens of milliseconds): call on demand, never while highlighting.
    virtual QStringList suggestions(const QString &word, int max = 5) const = 0;
    // Accepts word from now on and remembers it in the user's personal word
    // list for this language (written at once).
    virtual Status addToPersonal(const QString &word) = 0;
    // Accepts word until the program ends.
    virtual void ignore(const QString &word) = 0;
};

} // namespace ktk
