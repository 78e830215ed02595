// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

#include <QByteArray>

namespace ktk {

// Behind Anchor::fromUtf8Json, for loading many claims at once. Anchor::fromJson
// goes through QJsonDocument, about half the time of loading 10,000 claims;
// nearly every stored anchor is a text anchor in the one compact form that
// Anchor::toJson writes, which this reads directly from the UTF-8 bytes (and
// so are PDF anchors, whose quads are many numbers). Any other form (a key it
// does not know, other spacing, a quad of three points) goes to
// Anchor::fromJson, so the result is always what fromJson would give.
class AnchorJsonReader
{
public:
    static Anchor read(const QByteArray &utf8Json);
    // The fast path alone: false (and *anchor untouched) for anything but the
    // compact text form.
    static bool readTextAnchor(const QByteArray &utf8Json, Anchor *anchor);
    // The same for the compact page and area forms, with every region valid
    // and every quad of four points.
    static bool readPageAnchor(const QByteArray &utf8Json, Anchor *anchor);
};

} // namespace ktk
