// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The anchor column of a project file: Anchor::fromUtf8Json on any bytes.
// Oracles: it gives exactly what the QJsonDocument reader (Anchor::fromJson)
// gives, whichever path it takes; and an anchor survives being written and
// read back.

#include "fuzzcommon.h"

#include "anchor/anchor.h"

using namespace ktk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const Anchor fast = Anchor::fromUtf8Json(json);
    const Anchor slow = Anchor::fromJson(QString::fromUtf8(json));
    if (fast != slow) {
        std::fprintf(stderr, "fast: %s\nslow: %s\n", qPrintable(fast.toJson()), qPrintable(slow.toJson()));
        KTK_FUZZ_CHECK(false, "Anchor::fromUtf8Json differs from the QJsonDocument reader");
    }

    (void)fast.isValid();
    (void)fast.positionKey();
    // toJson leaves out a text selector with neither range nor quote.
    const TextSelector &t = fast.text();
    if (t.isValid() || !t.exact.isEmpty()) {
        const Anchor again = Anchor::fromUtf8Json(fast.toJson().toUtf8());
        KTK_FUZZ_CHECK(again.kind() == fast.kind() && again.text() == fast.text()
                           && again.page().page == fast.page().page,
                       "an anchor read back is not the anchor written");
    }
    return 0;
}
