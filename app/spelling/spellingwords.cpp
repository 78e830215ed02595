// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingwords.h"

namespace ktk {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isJoiner(QChar c)
{
    // ' and its typographic form; hyphen-minus and the Unicode hyphen
    return c == u'\'' || c == QChar(0x2019) || c == u'-' || c == QChar(0x2010);
}

bool looksLikeAddress(QStringView token)
{
    return token.contains(QLatin1String("://")) || token.contains(u'@')
        || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

bool isAllCaps(QStringView word)
{
    bool upper = false;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        upper = upper || c.isUpper();
    }
    return upper;
}

void addWords(QStringView text, int tokenStart, int tokenEnd, QVector<SpellingWords::Range> &out)
{
    int i = tokenStart;
    while (i < tokenEnd) {
        if (!isWordChar(text[i]) && !text[i].isDigit()) {
            ++i;
            continue;
        }
        const int start = i;
        bool digits = false;
        while (i < tokenEnd) {
            const QChar c = text[i];
            if (isWordChar(c)) {
                ++i;
            } else if (c.isDigit()) {
                digits = true;
                ++i;
            } else if (isJoiner(c) && i + 1 < tokenEnd && (isWordChar(text[i + 1]) || text[i + 1].isDigit())) {
                ++i;
            } else {
                break;
            }
        }
        const QStringView word = text.mid(start, i - start);
        if (!digits && word.size() > 1 && !isAllCaps(word))
            out.append({start, int(word.size()), i < tokenEnd && text[i] == u'.'});
    }
}
} // namespace

QVector<SpellingWords::Range> SpellingWords::find(QStringView text)
{
    QVector<Range> words;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const int tokenStart = i;
        while (i < n && !text[i].isSpace())
            ++i;
        if (i > tokenStart && !looksLikeAddress(text.mid(tokenStart, i - tokenStart)))
            addWords(text, tokenStart, i, words);
    }
    return words;
}

} // namespace ktk
