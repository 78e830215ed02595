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
// PDFs carry their images and fonts: a scanned report of a few hundred pages
// is easily 100 MB, yet its text is small. The view reads the file once per
// shown document and Poppler works on it in place.
constexpr qint64 MaxPdfBytes = 256ll * 1024 * 1024;
constexpr int MaxPdfPages = 20'000;

constexpr qint64 maxOriginalBytes(bool pdf) { return pdf ? MaxPdfBytes : MaxOriginalBytes; }

} // namespace ktk::DocumentLimits
