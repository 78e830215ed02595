// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QFont;

namespace ktk {

// Breaks text (whitespace simplified) into at most maxLines lines of width
// pixels, eliding the last one. Shared by the claim list and the editor so a
// quote looks the same in both.
QStringList elideLines(const QString &text, const QFont &font, int width, int maxLines);

} // namespace ktk
