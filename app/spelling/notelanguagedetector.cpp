// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/notelanguagedetector.h"

#include "import/languageguesser.h"
#include "spelling/spellchecker.h"
#include "spelling/spellinglanguages.h"
#include "spelling/spellingwords.h"

#include <algorithm>

namespace ktk {

namespace {
// Enough words to decide; a long note says no more than its opening.
constexpr int VoteWords = 200;

QString vote(QStringView text, const QVector<const SpellChecker *> &checkers)
{
    QVector<SpellingWords::Range> words = SpellingWords::find(text);
    if (words.size() > VoteWords)
        words.resize(VoteWords);
    if (words.isEmpty() || checkers.size() < 2)
        return {};

    // Per language family (en_US and en_GB agree on almost every word).
    QStringList families;
    QVector<int> known;
    for (const SpellChecker *checker : checkers) {
        const QString family = SpellingLanguages::family(checker->language());
        if (families.contains(family))
            continue;
        int count = 0;
        for (const SpellingWords::Range &r : qAsConst(words)) {
            if (checker->isCorrect(text.mid(r.start, r.length).toString()))
                ++count;
        }
        families << family;
        known << count;
    }
    if (families.size() < 2)
        return {};
    const int best = int(std::max_element(known.cbegin(), known.cend()) - known.cbegin());
    int second = 0;
    for (int i = 0; i < known.size(); ++i) {
        if (i != best)
            second = std::max(second, known.at(i));
    }
    // A clear margin: one word in a very short note, a fifth of the words otherwise.
    const int margin = std::max(1, int(words.size()) / 5);
    return known.at(best) - second >= margin ? families.at(best) : QString();
}
} // namespace

QString NoteLanguageDetector::detect(QStringView text, const QStringList &candidates,
                                     const QVector<const SpellChecker *> &checkers)
{
    QString family = LanguageGuesser::guess(text);
    if (family != QLatin1String("nl") && family != QLatin1String("en"))
        family = vote(text, checkers);
    if (family.isEmpty())
        return {};
    for (const QString &code : candidates) {
        if (SpellingLanguages::family(code) == family)
            return code;
    }
    return {};
}

} // namespace ktk
