// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ktk::DocumentLimits {

// What the program reads into memory for one document. Policy texts are far
// smaller (the GDPR is half a million characters); a document beyond these
// did not come from the importer, or would take the window to gigabytes.
// The importer refuses larger files; the window shows no larger document.
constexpr qint64 MaxOriginalBytes = 64ll * 1024 * 1024;
constexpr qint64 MaxCharacters = 10'000'000;

} // namespace ktk::DocumentLimits
