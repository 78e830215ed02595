// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVector>

namespace ktk {

// Picks the words of a text that are worth checking. Apostrophes and hyphens
// inside a word belong to it ("auto's", "zo'n", "Noord-Holland", "don't");
// words with digits, words in capitals (abbreviations such as CBS or NAVO),
// single letters and the parts of web and e-mail addresses are left out.
// A word followed by a full stop says so: Dutch abbreviations are in the
// dictionary with theirs ("bijv.", "enz."), and only with it.
class SpellingWords
{
public:
    struct Range
    {
        int start = 0;
        int length = 0;
        bool fullStopAfter = false;
        bool operator==(const Range &o) const
        {
            return start == o.start && length == o.length && fullStopAfter == o.fullStopAfter;
        }
    };

    static QVector<Range> find(QStringView text);
};

} // namespace ktk
