// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/textmatches.h"

#include <algorithm>

namespace ktk {

void TextMatches::search(const QString &text, const QString &needle)
{
    m_ranges.clear();
    if (needle.isEmpty())
        return;
    // Case folding maps one UTF-16 unit to one, so a match is as long as the needle.
    qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    while (at >= 0) {
        m_ranges.append({int(at), int(at + needle.size())});
        at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive);
    }
}

void TextMatches::clear()
{
    m_ranges.clear();
}

int TextMatches::next(int from, bool *wrapped) const
{
    *wrapped = false;
    if (m_ranges.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), from,
                                     [](const TextRange &r, int pos) { return r.start < pos; });
    if (it != m_ranges.end())
        return int(it - m_ranges.begin());
    *wrapped = true;
    return 0;
}

int TextMatches::previous(int before, bool *wrapped) const
{
    *wrapped = false;
    if (m_ranges.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), before,
                                     [](const TextRange &r, int pos) { return r.start < pos; });
    if (it != m_ranges.begin())
        return int(it - m_ranges.begin()) - 1;
    *wrapped = true;
    return int(m_ranges.size()) - 1;
}

} // namespace ktk
