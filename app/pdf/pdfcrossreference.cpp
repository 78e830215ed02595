// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfcrossreference.h"

#include <algorithm>

namespace ktk {

namespace {

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// A non-negative integer at pos (after PDF white space); -1 if none. Values
// past 10^15 are held at that: they only need to be found too large.
qint64 readInteger(const QByteArray &bytes, qsizetype &pos)
{
    const qsizetype n = bytes.size();
    while (pos < n && isPdfSpace(bytes.at(pos)))
        ++pos;
    if (pos >= n || bytes.at(pos) < '0' || bytes.at(pos) > '9')
        return -1;
    qint64 value = 0;
    while (pos < n && bytes.at(pos) >= '0' && bytes.at(pos) <= '9') {
        value = std::min<qint64>(value * 10 + (bytes.at(pos) - '0'), 1'000'000'000'000'000);
        ++pos;
    }
    return value;
}

} // namespace

qint64 PdfCrossReference::largestDeclaredSize(const QByteArray &bytes)
{
    qint64 largest = 0;
    // Classic tables: "xref" then subsections "first count" with count lines each.
    for (qsizetype at = bytes.indexOf("xref"); at >= 0; at = bytes.indexOf("xref", at + 4)) {
        if (at > 0 && bytes.at(at - 1) == 't')   // startxref
            continue;
        qsizetype pos = at + 4;
        const qint64 first = readInteger(bytes, pos);
        const qint64 count = readInteger(bytes, pos);
        if (first >= 0 && count >= 0)
            largest = std::max(largest, first + count);
    }
    // Trailers and cross-reference streams: /Size n (not /Size [...] of functions).
    for (qsizetype at = bytes.indexOf("/Size"); at >= 0; at = bytes.indexOf("/Size", at + 5)) {
        qsizetype pos = at + 5;
        largest = std::max(largest, readInteger(bytes, pos));
    }
    // Cross-reference streams: /Index [first count first count ...].
    for (qsizetype at = bytes.indexOf("/Index"); at >= 0; at = bytes.indexOf("/Index", at + 6)) {
        qsizetype pos = at + 6;
        while (pos < bytes.size() && isPdfSpace(bytes.at(pos)))
            ++pos;
        if (pos >= bytes.size() || bytes.at(pos) != '[')
            continue;
        ++pos;
        for (int pair = 0; pair < 1024; ++pair) {
            const qint64 first = readInteger(bytes, pos);
            const qint64 count = readInteger(bytes, pos);
            if (first < 0 || count < 0)
                break;
            largest = std::max(largest, first + count);
        }
    }
    return largest;
}

bool PdfCrossReference::isPlausible(qint64 declaredObjects, qint64 fileBytes)
{
    // Below this, Poppler's table costs little whatever the file claims.
    constexpr qint64 AlwaysAllowed = 100'000;
    return declaredObjects <= std::max(AlwaysAllowed, fileBytes);
}

} // namespace ktk
