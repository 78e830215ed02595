// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace ktk {

// Where a selection made by hand should begin and end so that a claim quotes
// whole words, as a word processor selects: a drag that starts two letters
// into "platforms" takes the whole word, and spaces and punctuation at the
// ends are left out ("de rechtsstaat." quotes "de rechtsstaat").
class WordSnapping
{
public:
    struct Range
    {
        int start = 0;
        int end = 0;      // exclusive
        bool isEmpty() const { return end <= start; }
    };

    // [start, end) widened to whole words, then trimmed: the default.
    static Range toWords(QStringView text, int start, int end);
    // Only spaces and punctuation taken off the ends: for a keyboard
    // selection, which the user made character by character.
    static Range trimmed(QStringView text, int start, int end);
    // Only white space taken off the ends: a selection the user asked to
    // keep exactly (Alt held while dragging).
    static Range exact(QStringView text, int start, int end);

    // A claim's range one word longer or shorter at its end or its start
    // (Shift+Alt+arrows): the end moves to the end of the next or the
    // previous word, the start to the start of the previous or next word.
    // A range is never made empty: a step that would empty it is not taken.
    enum class Step { ExtendEnd, ShrinkEnd, ExtendStart, ShrinkStart };
    static Range stepped(QStringView text, Range range, Step step);

    // A claim's range with one end dragged to position (a handle in the
    // view): the moved end lands on a word boundary, the start at the start
    // of the word at position, the end at the end of it (exactly at
    // position, spaces aside, when exact); the other end stays where it was.
    // Dragged past the other end, the claim keeps the one word next to the
    // end that stays; it is never empty or turned around.
    enum class End { Start, End };
    static Range dragged(QStringView text, Range range, End moved, int position, bool exact);

    // A letter, digit or combining mark, or an apostrophe between two of
    // them ("don't", "Jansen’s").
    static bool isWordCharacter(QStringView text, int at);
};

} // namespace ktk
