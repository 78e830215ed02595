// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/wordsnapping.h"

#include <climits>

namespace ktk {

namespace {

bool isLetterLike(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

WordSnapping::Range bounded(QStringView text, int start, int end)
{
    const int size = int(qMin<qsizetype>(text.size(), INT_MAX));
    start = qBound(0, start, size);
    end = qBound(start, end, size);
    return {start, end};
}

} // namespace

bool WordSnapping::isWordCharacter(QStringView text, int at)
{
    if (at < 0 || at >= text.size())
        return false;
    const QChar c = text.at(at);
    if (isLetterLike(c))
        return true;
    if (c == u'\'' || c == QChar(0x2019))
        return at > 0 && at + 1 < text.size() && isLetterLike(text.at(at - 1)) && isLetterLike(text.at(at + 1));
    return false;
}

WordSnapping::Range WordSnapping::exact(QStringView text, int start, int end)
{
    Range r = bounded(text, start, end);
    while (r.start < r.end && text.at(r.start).isSpace())
        ++r.start;
    while (r.end > r.start && text.at(r.end - 1).isSpace())
        --r.end;
    return r;
}

WordSnapping::Range WordSnapping::trimmed(QStringView text, int start, int end)
{
    Range r = bounded(text, start, end);
    while (r.start < r.end && !isWordCharacter(text, r.start))
        ++r.start;
    while (r.end > r.start && !isWordCharacter(text, r.end - 1))
        --r.end;
    return r;
}

WordSnapping::Range WordSnapping::toWords(QStringView text, int start, int end)
{
    // Trimmed first: a selection that starts on the space before a word
    // takes that word, not the one before the space.
    Range r = trimmed(text, start, end);
    if (r.isEmpty())
        return r;
    while (r.start > 0 && isWordCharacter(text, r.start - 1))
        --r.start;
    while (r.end < text.size() && isWordCharacter(text, r.end))
        ++r.end;
    return r;
}

WordSnapping::Range WordSnapping::dragged(QStringView text, Range range, End moved, int position, bool exact)
{
    const Range r = bounded(text, range.start, range.end);
    const int size = int(qMin<qsizetype>(text.size(), INT_MAX));
    position = qBound(0, position, size);
    Range next = r;
    if (moved == End::Start) {
        const int from = qMin(position, r.end - 1);
        const Range w = exact ? WordSnapping::exact(text, from, r.end) : toWords(text, from, r.end);
        if (!w.isEmpty() && w.start < r.end) {
            next.start = w.start;
        } else {   // only spaces or punctuation: the last word before the end
            next.start = r.end;
            while (next.start > 0 && isWordCharacter(text, next.start - 1))
                --next.start;
        }
    } else {
        const int to = qMax(position, r.start + 1);
        const Range w = exact ? WordSnapping::exact(text, r.start, to) : toWords(text, r.start, to);
        if (!w.isEmpty() && w.end > r.start) {
            next.end = w.end;
        } else {   // the first word after the start
            next.end = r.start;
            while (next.end < size && isWordCharacter(text, next.end))
                ++next.end;
        }
    }
    next.start = qMax(0, next.start);
    next.end = qMin(size, next.end);
    return next.isEmpty() ? r : next;
}

WordSnapping::Range WordSnapping::stepped(QStringView text, Range range, Step step)
{
    Range r = bounded(text, range.start, range.end);
    const int size = int(qMin<qsizetype>(text.size(), INT_MAX));
    Range next = r;
    switch (step) {
    case Step::ExtendEnd: {
        int at = r.end;
        while (at < size && !isWordCharacter(text, at))
            ++at;
        while (at < size && isWordCharacter(text, at))
            ++at;
        next.end = at;
        break;
    }
    case Step::ShrinkEnd: {
        int at = r.end;
        while (at > r.start && isWordCharacter(text, at - 1))
            --at;
        while (at > r.start && !isWordCharacter(text, at - 1))
            --at;
        next.end = at;
        break;
    }
    case Step::ExtendStart: {
        int at = r.start;
        while (at > 0 && !isWordCharacter(text, at - 1))
            --at;
        while (at > 0 && isWordCharacter(text, at - 1))
            --at;
        next.start = at;
        break;
    }
    case Step::ShrinkStart: {
        int at = r.start;
        while (at < r.end && isWordCharacter(text, at))
            ++at;
        while (at < r.end && !isWordCharacter(text, at))
            ++at;
        next.start = at;
        break;
    }
    }
    return next.isEmpty() ? r : next;
}

} // namespace ktk
