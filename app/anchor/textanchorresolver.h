// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

namespace ktk {

// Finds a TextSelector in a document's canonical text. The offsets are tried
// first; when the text there is no longer the quote (the canonical text was
// rebuilt differently, say by another Qt version) the quote is searched for and
// the occurrence whose context and position fit best wins.
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
};

} // namespace ktk
