// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

namespace ktk {

// Finds a TextSelector in a document's canonical text. The offsets are tried
// first; when the text there is no longer the quote (the canonical text was
// rebuilt differently, say by another Qt version) the quote is searched for and
// the occurrence whose context and position fit best wins.
//
// Selectors come from project files, which may be hostile: any offsets are
// safe, and one resolve() takes time linear in the text and the quote plus a
// fixed budget for weighing occurrences against their context, nearest to the
// old position first. Context is compared over at most
// TextSelector::MaxContextLength characters on each side.
class TextAnchorResolver
{
public:
    enum class Outcome {
        Exact,      // offsets still hold the quote
        Relocated,  // quote found elsewhere; range is the new place
        Orphaned    // quote not found; range is empty
    };
    struct Resolution {
        Outcome outcome = Outcome::Orphaned;
        int start = -1;
        int end = -1;
        bool isAnchored() const { return outcome != Outcome::Orphaned; }
    };

    static Resolution resolve(const QString &text, const TextSelector &selector);
    // The Exact case alone: the offsets still hold the quote. Costs the
    // quote's length, nothing more.
    static bool holdsQuote(QStringView text, const TextSelector &selector);
};

} // namespace ktk
