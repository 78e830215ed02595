// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/textanchorresolver.h"

namespace ktk {

TextAnchorResolver::Resolution TextAnchorResolver::resolve(const QString &text, const TextSelector &selector)
{
    Resolution r;
    if (selector.isValid() && selector.end <= text.size()
        && QStringView(text).mid(selector.start, selector.length()) == selector.exact) {
        r.outcome = Outcome::Exact;
        r.start = selector.start;
        r.end = selector.end;
    }
    return r;   // TODO(anchor helper): re-finding drifted anchors
}

} // namespace ktk
