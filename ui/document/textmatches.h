// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ktk {

struct TextRange
{
    int start = 0;
    int end = 0; // exclusive
};

// All case-insensitive occurrences of a search string in a text, and the
// stepping from one to the next with wrap-around, for the find bar.
class TextMatches
{
public:
    void search(const QString &text, const QString &needle);
    void clear();

    const QList<TextRange> &ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    int count() const { return int(m_ranges.size()); }

    // Index of the first match starting at or after from, wrapping to the
    // first match (and setting *wrapped) when there is none; -1 when empty.
    int next(int from, bool *wrapped) const;
    // Index of the last match starting before before, wrapping to the last.
    int previous(int before, bool *wrapped) const;

private:
    QList<TextRange> m_ranges;
};

} // namespace ktk
