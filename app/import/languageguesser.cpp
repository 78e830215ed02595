// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languageguesser.h"

#include <QHash>

namespace ktk {

namespace {

enum Language { Dutch, English, German, LanguageCount };

// Words frequent in one language and rare in the others; words shared
// between them ("in", "is", "was", "of", "die") would only blur the count.
const char *const DutchWords[] = { "de", "het", "een", "van", "en", "niet", "zijn", "dat", "voor", "met",
                                   "op", "ook", "aan", "maar", "om", "bij", "naar", "worden", "wordt", "dit",
                                   "deze", "nog", "kan", "geen", "uit", "tot", "als", "door", "heeft",
                                   "hebben", "te", "er", "wij", "ze", "zij", "hun", "wat", "moet", "meer",
                                   "wel", "dan", "zo", "hoe", "onze", "kunnen" };
const char *const EnglishWords[] = { "the", "and", "to", "that", "for", "with", "on", "are", "be", "this",
                                     "it", "as", "by", "from", "not", "have", "has", "which", "or", "an",
                                     "at", "were", "will", "would", "their", "they", "can", "but", "these",
                                     "its", "been", "should", "there", "more", "than", "our", "what", "also" };
const char *const GermanWords[] = { "der", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für",
                                    "dem", "eine", "ein", "zu", "auch", "wird", "werden", "sind", "nach",
                                    "bei", "oder", "aus", "wie", "einer", "über", "noch", "durch", "wurde" };

const QHash<QString, Language> &stopWords()
{
    static const QHash<QString, Language> words = [] {
        QHash<QString, Language> w;
        for (const char *s : DutchWords)
            w.insert(QString::fromUtf8(s), Dutch);
        for (const char *s : EnglishWords)
            w.insert(QString::fromUtf8(s), English);
        for (const char *s : GermanWords)
            w.insert(QString::fromUtf8(s), German);
        return w;
    }();
    return words;
}

} // namespace

QString LanguageGuesser::guess(QStringView text)
{
    // The opening of a long document says as much as the whole of it.
    constexpr qsizetype SampleLength = 60000;
    const QStringView sample = text.left(SampleLength);

    int counts[LanguageCount] = {};
    const auto &words = stopWords();
    QString word;
    auto countWord = [&] {
        if (word.isEmpty() || word.size() > 7)
            return;
        const auto it = words.constFind(word.toLower());
        if (it != words.constEnd())
            ++counts[*it];
    };
    for (QChar c : sample) {
        if (c.isLetter()) {
            word += c;
        } else {
            countWord();
            word.clear();
        }
    }
    countWord();

    const int total = counts[Dutch] + counts[English] + counts[German];
    int best = Dutch;
    for (int l = English; l < LanguageCount; ++l) {
        if (counts[l] > counts[best])
            best = l;
    }
    // Too little evidence, or no clear winner: better no language than a wrong one.
    if (counts[best] < 3 || counts[best] * 3 < total * 2)
        return QString();
    static const char *const codes[] = { "nl", "en", "de" };
    return QString::fromLatin1(codes[best]);
}

} // namespace ktk
