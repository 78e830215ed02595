// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TextAnchorResolver: a stored selector (offsets and quote from a project
// file, so anything) against a document's text.
// Input: int32 start, int32 end (host order), then UTF-8 text \x01 exact
// \x01 prefix \x01 suffix. Capped at 4 KB: quadratic quote matching on long
// contexts is a known, separate problem (issue 7) that would drown the rest.
// Oracles: an anchored result is a range inside the text that holds the
// quote, word for word.

#include "fuzzcommon.h"

#include "anchor/anchor.h"
#include "anchor/textanchorresolver.h"

#include <QList>

#include <cstring>

using namespace ktk;

namespace {

// The quote's words, split at any run of what the resolver counts as space.
QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype begin = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > begin)
            out.append(text.mid(begin, i - begin));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8 || size > 4096)
        return 0;
    TextSelector s;
    std::memcpy(&s.start, data, 4);
    std::memcpy(&s.end, data + 4, 4);
    const QList<QByteArray> parts = fuzz::bytes(data + 8, size - 8).split('\x01');
    const QString text = QString::fromUtf8(parts.value(0));
    s.exact = QString::fromUtf8(parts.value(1));
    s.prefix = QString::fromUtf8(parts.value(2));
    s.suffix = QString::fromUtf8(parts.value(3));

    (void)s.isValid();
    const TextAnchorResolver::Resolution r = TextAnchorResolver::resolve(text, s);
    if (r.isAnchored()) {
        KTK_FUZZ_CHECK(r.start >= 0 && r.start <= r.end && r.end <= text.size(), "the range lies outside the text");
        const QStringView found = QStringView(text).mid(r.start, r.end - r.start);
        if (r.outcome == TextAnchorResolver::Outcome::Exact)
            KTK_FUZZ_CHECK(found == s.exact, "an exact match is not the quote");
        else
            KTK_FUZZ_CHECK(words(found) == words(s.exact), "a relocated range does not hold the quote's words");
        // What the program does next: store the repaired anchor.
        const TextSelector repaired = TextSelector::fromRange(text, r.start, r.end);
        const TextSelector stored = Anchor::fromUtf8Json(Anchor::forText(repaired).toJson().toUtf8()).text();
        KTK_FUZZ_CHECK(stored.start == repaired.start && stored.end == repaired.end && stored.exact == repaired.exact,
                       "a repaired anchor does not survive the project file");
    }
    return 0;
}
