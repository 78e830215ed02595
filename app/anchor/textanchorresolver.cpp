// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/textanchorresolver.h"

#include <climits>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace ktk {

namespace {

// The bounds that keep one resolve() linear in the text and the quote, whatever
// a project file holds (a quote that occurs 300,000 times, a context of
// 300,000 characters, a run of a million spaces):
// - context is compared over at most MaxContextLength characters on either
//   side of an occurrence, reading at most ScoreReach characters of the text;
// - weighing the occurrences stops when WeighBudget characters have been
//   read for it, each occurrence costing one more. The nearest to the old
//   position are weighed first. On real text an occurrence costs a few
//   characters (context differs at once), so hundreds of thousands fit; where
//   context matches everywhere (a text of one repeated letter) some
//   thousands do, and the quote is placed among those.
constexpr qsizetype ScoreReach = 4 * TextSelector::MaxContextLength;
constexpr qint64 WeighBudget = qint64(1) << 22;
// Where the quote is looked for first: rings around the old position, each
// RingGrowth times wider, before the whole text. A drifted anchor has usually
// moved by a few characters, and a nearby occurrence with its whole context
// cannot be beaten by one further away.
constexpr qint64 FirstRing = 1024;
constexpr qint64 RingGrowth = 32;
// How far into the quote the scans look for a rare character to jump to.
constexpr qsizetype JumpReach = 64;

// QChar::isSpace covers what a rebuilt canonical text may swap for one
// another: spaces, tabs, newlines, U+00A0, U+2028 and U+2029.
bool isSpace(QChar c)
{
    return c.isSpace();
}

// How well the text around a candidate agrees with the stored context:
// characters matched walking outwards, a run of whitespace counting as one
// on both sides so a reflowed paragraph still scores. *read counts the
// characters of the text looked at.
int prefixScore(QStringView text, qsizetype pos, QStringView prefix, qint64 *read)
{
    const qsizetype floor = qMax<qsizetype>(0, pos - ScoreReach);
    qsizetype i = pos - 1;
    qsizetype j = prefix.size() - 1;
    int score = 0;
    while (i >= floor && j >= 0) {
        if (isSpace(text[i]) && isSpace(prefix[j])) {
            while (i >= floor && isSpace(text[i]))
                --i;
            while (j >= 0 && isSpace(prefix[j]))
                --j;
        } else if (text[i] == prefix[j]) {
            --i;
            --j;
        } else {
            break;
        }
        ++score;
    }
    *read += pos - i;
    return score;
}

int suffixScore(QStringView text, qsizetype pos, QStringView suffix, qint64 *read)
{
    const qsizetype ceiling = qMin(text.size(), pos + ScoreReach);
    qsizetype i = pos;
    qsizetype j = 0;
    int score = 0;
    while (i < ceiling && j < suffix.size()) {
        if (isSpace(text[i]) && isSpace(suffix[j])) {
            while (i < ceiling && isSpace(text[i]))
                ++i;
            while (j < suffix.size() && isSpace(suffix[j]))
                ++j;
        } else if (text[i] == suffix[j]) {
            ++i;
            ++j;
        } else {
            break;
        }
        ++score;
    }
    *read += i - pos + 1;
    return score;
}

// The score of a context matched to its end: every character, and every run
// of whitespace as one. No candidate scores more.
int fullScore(QStringView context)
{
    int score = 0;
    for (qsizetype i = 0; i < context.size(); ++i) {
        if (!isSpace(context[i]) || i == 0 || !isSpace(context[i - 1]))
            ++score;
    }
    return score;
}

// Keeps the best candidate seen so far: most context first, then nearest to
// where the anchor used to be, then the earliest in the text.
class BestCandidate
{
public:
    // origin: where the quote used to start, < 0 for unknown. It may lie
    // anywhere (a file's offset plus the quote's leading whitespace), so it
    // is 64-bit.
    BestCandidate(QStringView text, QStringView prefix, QStringView suffix, qint64 origin)
        : m_text(text),
          m_prefix(prefix.right(TextSelector::MaxContextLength)),
          m_suffix(suffix.left(TextSelector::MaxContextLength)),
          m_origin(origin),
          m_fullScore(fullScore(m_prefix) + fullScore(m_suffix))
    {}

    void offer(qsizetype start, qsizetype end)
    {
        const int score = prefixScore(m_text, start, m_prefix, &m_spent) + suffixScore(m_text, end, m_suffix, &m_spent);
        const qint64 distance = m_origin >= 0 ? qAbs(qint64(start) - m_origin) : 0;
        if (m_start < 0 || score > m_score || (score == m_score && distance < m_distance)
            || (score == m_score && distance == m_distance && start < m_start)) {
            m_start = start;
            m_end = end;
            m_score = score;
            m_distance = distance;
        }
    }

    bool found() const { return m_start >= 0; }
    bool hasFullContext() const { return found() && m_score == m_fullScore; }
    qint64 distance() const { return m_distance; }
    qint64 origin() const { return m_origin; }
    // No more candidates are weighed.
    bool budgetSpent() const { return m_spent >= WeighBudget; }
    int start() const { return int(m_start); }
    int end() const { return int(m_end); }

private:
    QStringView m_text;
    QStringView m_prefix;
    QStringView m_suffix;
    qint64 m_origin;
    int m_fullScore;
    qint64 m_spent = 0;
    qsizetype m_start = -1;
    qsizetype m_end = -1;
    int m_score = 0;
    qint64 m_distance = std::numeric_limits<qint64>::max();
};

// How rare a character is in Dutch and English prose, roughly: lower-case
// letters by frequency, anything else (capitals, digits, punctuation, accents)
// rarer than all of them, whitespace the most common.
int rarity(QChar c)
{
    static constexpr char byFrequency[] = "eantirosldhgkmuvcwpbfjyzxq";
    if (isSpace(c))
        return 0;
    if (c >= u'a' && c <= u'z') {
        for (int i = 0; byFrequency[i]; ++i) {
            if (c == QLatin1Char(byFrequency[i]))
                return 1 + i;
        }
    }
    return 100;
}

// Knuth-Morris-Pratt: every occurrence, overlapping ones too, in time linear
// in text and quote whatever they hold. (QStringMatcher is Boyer-Moore-
// Horspool, which takes quote length times text length on a quote such as
// "b" followed by 100,000 "a" in a text of "a"s.) Where no occurrence is under
// way, the scans jump ahead with a vectorised search for the quote's rarest
// character among its first jumpable ones, which on real text is what keeps
// this about as fast as Boyer-Moore.
class QuoteMatcher
{
public:
    // jumpable: how many of the quote's first characters sit at a fixed
    // distance from its start in every occurrence.
    QuoteMatcher(QStringView quote, qsizetype jumpable) : m_quote(quote), m_fail(size_t(quote.size()), 0)
    {
        for (qsizetype i = 1; i < qMin(jumpable, JumpReach); ++i) {
            if (rarity(quote[i]) > rarity(quote[m_rare]))
                m_rare = i;
        }
        int k = 0;
        for (qsizetype i = 1; i < quote.size(); ++i) {
            while (k > 0 && quote[i] != quote[k])
                k = m_fail[size_t(k - 1)];
            if (quote[i] == quote[k])
                ++k;
            m_fail[size_t(i)] = k;
        }
    }

    qsizetype size() const { return m_quote.size(); }
    // No occurrence under way: the next one starts at or after from where
    // the text holds the rare character at its distance from the start.
    bool idle() const { return m_matched == 0; }
    qsizetype nextPossibleStart(QStringView text, qsizetype from) const
    {
        const qsizetype at = text.indexOf(m_quote[m_rare], from + m_rare);
        return at < 0 ? -1 : at - m_rare;
    }
    void reset() { m_matched = 0; }

    // Reads the next character of the text; true when the quote ends with it.
    bool feed(QChar c)
    {
        while (m_matched > 0 && c != m_quote[m_matched])
            m_matched = m_fail[size_t(m_matched - 1)];
        if (c == m_quote[m_matched])
            ++m_matched;
        if (m_matched < m_quote.size())
            return false;
        m_matched = m_fail[size_t(m_matched - 1)];
        return true;
    }

private:
    QStringView m_quote;
    std::vector<int> m_fail;   // quote.size() <= INT_MAX: resolve() sees to it
    qsizetype m_rare = 0;
    int m_matched = 0;
};

// A scan offers the occurrences of the quote that start in [from, to] of the
// text, in text order, and stops when the weighing budget is spent.
using Scan = void (*)(QStringView text, QuoteMatcher &matcher, qsizetype from, qsizetype to, BestCandidate &best);

void scanExact(QStringView text, QuoteMatcher &matcher, qsizetype from, qsizetype to, BestCandidate &best)
{
    matcher.reset();
    const QStringView range = text.left(qMin(text.size(), to + matcher.size()));
    for (qsizetype i = from; i < range.size() && !best.budgetSpent(); ++i) {
        if (matcher.idle()) {
            i = matcher.nextPossibleStart(range, i);
            if (i < 0)
                return;
        }
        if (matcher.feed(range[i]))
            best.offer(i + 1 - matcher.size(), i + 1);
    }
}

// Reads the text with each run of whitespace as one space.
class CollapsedReader
{
public:
    CollapsedReader(QStringView text, qsizetype pos) : m_text(text), m_pos(pos) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype pos() const { return m_pos; }
    QChar next()
    {
        const QChar c = m_text[m_pos++];
        if (!isSpace(c))
            return c;
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        return u' ';
    }

private:
    QStringView m_text;
    qsizetype m_pos;
};

// The same over the text read with collapsed whitespace, for a quote whose
// whitespace runs are collapsed too and that starts and ends with no space. A
// second reader trails the first by the quote's length, so the start of an
// occurrence is known without keeping positions.
void scanCollapsed(QStringView text, QuoteMatcher &matcher, qsizetype from, qsizetype to, BestCandidate &best)
{
    matcher.reset();
    CollapsedReader lead(text, from);
    CollapsedReader trail(text, from);
    qsizetype read = 0;
    while (!lead.atEnd() && !best.budgetSpent()) {
        if (matcher.idle()) {
            // No further than needed: an occurrence must start by to.
            const QStringView reach = text.left(qMin(text.size(), to + 1 + JumpReach));
            const qsizetype next = matcher.nextPossibleStart(reach, lead.pos());
            if (next < 0 || next > to)
                return;
            lead = trail = CollapsedReader(text, next);
            read = 0;
        }
        const bool match = matcher.feed(lead.next());
        if (++read > matcher.size())
            trail.next();
        if (trail.pos() > to)
            return;
        if (match)
            best.offer(trail.pos(), lead.pos());
    }
}

// Looks for the quote in rings around the origin, then in the whole text, and
// stops as soon as no place further out can win.
std::optional<std::pair<int, int>> findQuote(QStringView text, QStringView quote, qsizetype jumpable,
                                             BestCandidate &best, Scan scan)
{
    if (quote.isEmpty() || quote.size() > text.size())
        return std::nullopt;
    QuoteMatcher matcher(quote, jumpable);
    const qint64 origin = best.origin();
    const qint64 size = text.size();
    // Starts in [examinedFrom, examinedTo] have been offered.
    qint64 examinedFrom = 0;
    qint64 examinedTo = -1;
    for (qint64 radius = FirstRing;; radius *= RingGrowth) {
        const bool whole = origin < 0 || (origin - radius <= 0 && origin + radius >= size);
        const qint64 from = whole ? 0 : qBound<qint64>(0, origin - radius, size);
        const qint64 to = whole ? size : qBound<qint64>(-1, origin + radius, size);
        if (examinedTo < examinedFrom) {
            if (from <= to) {
                scan(text, matcher, from, to, best);
                examinedFrom = from;
                examinedTo = to;
            }
        } else {
            // Only the new strips on either side of what was examined.
            if (from < examinedFrom)
                scan(text, matcher, from, examinedFrom - 1, best);
            if (to > examinedTo)
                scan(text, matcher, examinedTo + 1, to, best);
            examinedFrom = qMin(examinedFrom, from);
            examinedTo = qMax(examinedTo, to);
        }
        // Every place not examined yet is further than radius from the
        // origin, so it cannot beat a candidate at least as near with all
        // its context.
        if (whole || best.budgetSpent() || (best.hasFullContext() && best.distance() <= radius))
            break;
    }
    if (!best.found())
        return std::nullopt;
    return std::make_pair(best.start(), best.end());
}

// Each run of whitespace in s as one space, none at the ends.
QString collapsedWhitespace(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : s) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace

bool TextAnchorResolver::holdsQuote(QStringView text, const TextSelector &selector)
{
    // isValid() first: length() of two arbitrary ints from a file is then
    // end - start >= 1, and end <= text.size() keeps mid() inside the text.
    return selector.isValid() && !selector.exact.isEmpty() && selector.end <= text.size()
        && selector.length() == selector.exact.size() && text.mid(selector.start, selector.length()) == selector.exact;
}

TextAnchorResolver::Resolution TextAnchorResolver::resolve(const QString &text, const TextSelector &selector)
{
    Resolution r;
    // Offsets are ints; a text longer than INT_MAX code units (4 GiB) is
    // searched only as far as an int reaches.
    const QStringView view = QStringView(text).left(INT_MAX);
    const QStringView exact(selector.exact);
    if (exact.isEmpty())
        return r;

    // The common case, and the only one that must stay cheap (a long
    // document opens with thousands of anchors): the offsets still hold
    // the quote.
    if (holdsQuote(view, selector)) {
        r.outcome = Outcome::Exact;
        r.start = selector.start;
        r.end = selector.end;
        return r;
    }

    const qint64 origin = selector.start >= 0 ? selector.start : -1;
    BestCandidate exactBest(view, selector.prefix, selector.suffix, origin);
    std::optional<std::pair<int, int>> found = findQuote(view, exact, exact.size(), exactBest, scanExact);

    // The canonical text may have been rebuilt with other whitespace (a line
    // break where there was a space, U+2029 between paragraphs): match the
    // quote with any run of whitespace for each of its own. Whitespace at the
    // quote's ends need not be there at all, and counts as its context.
    if (!found) {
        const QString collapsed = collapsedWhitespace(exact);
        if (collapsed.isEmpty())
            return r;
        qsizetype lead = 0;
        while (isSpace(exact[lead]))
            ++lead;
        qsizetype trail = 0;
        while (isSpace(exact[exact.size() - 1 - trail]))
            ++trail;
        const QString prefix = selector.prefix.right(TextSelector::MaxContextLength) + exact.left(lead);
        const QString suffix = exact.right(trail) + selector.suffix.left(TextSelector::MaxContextLength);
        BestCandidate collapsedBest(view, prefix, suffix, origin >= 0 ? origin + lead : -1);
        // Only the first word lies at a fixed distance from the start.
        const qsizetype firstWord = collapsed.indexOf(u' ');
        found = findQuote(view, collapsed, firstWord < 0 ? collapsed.size() : firstWord, collapsedBest,
                          scanCollapsed);
    }
    if (found) {
        r.outcome = Outcome::Relocated;
        r.start = found->first;
        r.end = found->second;
    }
    return r;
}

} // namespace ktk
