// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/textanchorresolver.h"

#include <QStringMatcher>
#include <QVarLengthArray>

#include <limits>
#include <optional>
#include <utility>

namespace ktk {

namespace {

// QChar::isSpace covers what a rebuilt canonical text may swap for one
// another: spaces, tabs, newlines, U+00A0, U+2028 and U+2029.
bool isSpace(QChar c)
{
    return c.isSpace();
}

// How well the text around a candidate agrees with the stored context:
// characters matched walking outwards, a run of whitespace counting as one
// on both sides so a reflowed paragraph still scores.
int prefixScore(QStringView text, qsizetype pos, QStringView prefix)
{
    qsizetype i = pos - 1;
    qsizetype j = prefix.size() - 1;
    int score = 0;
    while (i >= 0 && j >= 0) {
        if (isSpace(text[i]) && isSpace(prefix[j])) {
            while (i >= 0 && isSpace(text[i]))
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
    return score;
}

int suffixScore(QStringView text, qsizetype pos, QStringView suffix)
{
    qsizetype i = pos;
    qsizetype j = 0;
    int score = 0;
    while (i < text.size() && j < suffix.size()) {
        if (isSpace(text[i]) && isSpace(suffix[j])) {
            while (i < text.size() && isSpace(text[i]))
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
    return score;
}

// Keeps the best candidate seen so far: most context first, then nearest to
// where the anchor used to be, then the earliest.
class BestCandidate
{
public:
    BestCandidate(QStringView text, const TextSelector &selector)
        : m_text(text), m_selector(selector) {}

    void offer(qsizetype start, qsizetype end)
    {
        const int score = prefixScore(m_text, start, m_selector.prefix)
                        + suffixScore(m_text, end, m_selector.suffix);
        const qint64 distance = m_selector.start >= 0 ? qAbs(qint64(start) - m_selector.start) : 0;
        if (m_start < 0 || score > m_score || (score == m_score && distance < m_distance)) {
            m_start = start;
            m_end = end;
            m_score = score;
            m_distance = distance;
        }
    }

    bool found() const { return m_start >= 0; }
    int start() const { return int(m_start); }
    int end() const { return int(m_end); }

private:
    QStringView m_text;
    const TextSelector &m_selector;
    qsizetype m_start = -1;
    qsizetype m_end = -1;
    int m_score = 0;
    qint64 m_distance = std::numeric_limits<qint64>::max();
};

// Where the quote's words, separated by any run of whitespace, continue the
// first word found at pos; -1 when they do not.
qsizetype matchWordsFrom(QStringView text, qsizetype pos, const QVarLengthArray<QStringView, 16> &words)
{
    qsizetype p = pos + words.first().size();
    for (int k = 1; k < words.size(); ++k) {
        if (p >= text.size() || !isSpace(text[p]))
            return -1;
        while (p < text.size() && isSpace(text[p]))
            ++p;
        const QStringView word = words[k];
        if (text.mid(p).left(word.size()) != word)
            return -1;
        p += word.size();
    }
    return p;
}

QVarLengthArray<QStringView, 16> splitWords(QStringView quote)
{
    QVarLengthArray<QStringView, 16> words;
    qsizetype i = 0;
    while (i < quote.size()) {
        while (i < quote.size() && isSpace(quote[i]))
            ++i;
        const qsizetype begin = i;
        while (i < quote.size() && !isSpace(quote[i]))
            ++i;
        if (i > begin)
            words.append(quote.mid(begin, i - begin));
    }
    return words;
}

using Range = std::pair<int, int>;

std::optional<Range> findQuote(QStringView text, const TextSelector &selector)
{
    const QStringView exact(selector.exact);
    BestCandidate best(text, selector);
    const QStringMatcher matcher(exact.data(), exact.size());
    for (qsizetype pos = matcher.indexIn(text); pos >= 0; pos = matcher.indexIn(text, pos + 1))
        best.offer(pos, pos + exact.size());
    if (!best.found())
        return std::nullopt;
    return Range(best.start(), best.end());
}

// The canonical text may have been rebuilt with other whitespace (a line
// break where there was a space, U+2029 between paragraphs): match the
// quote's words with any run of whitespace between them. Whitespace at the
// quote's ends need not be there at all.
std::optional<Range> findQuoteIgnoringWhitespace(QStringView text, const TextSelector &selector)
{
    const QStringView exact(selector.exact);
    const QVarLengthArray<QStringView, 16> words = splitWords(exact);
    if (words.isEmpty())
        return std::nullopt;

    // Whitespace trimmed off the quote's ends counts as its context.
    TextSelector trimmed = selector;
    const qsizetype lead = words.first().data() - exact.data();
    const qsizetype trail = (exact.data() + exact.size()) - (words.last().data() + words.last().size());
    trimmed.prefix += exact.left(lead);
    trimmed.suffix.prepend(exact.right(trail));
    if (trimmed.start >= 0)
        trimmed.start += int(lead);

    BestCandidate best(text, trimmed);
    const QStringMatcher firstWord(words.first().data(), words.first().size());
    for (qsizetype pos = firstWord.indexIn(text); pos >= 0; pos = firstWord.indexIn(text, pos + 1)) {
        const qsizetype end = matchWordsFrom(text, pos, words);
        if (end >= 0)
            best.offer(pos, end);
    }
    if (!best.found())
        return std::nullopt;
    return Range(best.start(), best.end());
}

} // namespace

TextAnchorResolver::Resolution TextAnchorResolver::resolve(const QString &text, const TextSelector &selector)
{
    Resolution r;
    const QStringView view(text);
    const QStringView exact(selector.exact);
    if (exact.isEmpty())
        return r;

    // The common case, and the only one that must stay cheap (a long
    // document opens with thousands of anchors): the offsets still hold
    // the quote.
    if (selector.start >= 0 && selector.end <= view.size() && selector.length() == exact.size()
        && view.mid(selector.start, selector.length()) == exact) {
        r.outcome = Outcome::Exact;
        r.start = selector.start;
        r.end = selector.end;
        return r;
    }

    std::optional<Range> found = findQuote(view, selector);
    if (!found)
        found = findQuoteIgnoringWhitespace(view, selector);
    if (found) {
        r.outcome = Outcome::Relocated;
        r.start = found->first;
        r.end = found->second;
    }
    return r;
}

} // namespace ktk
