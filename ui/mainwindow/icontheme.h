// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ktk {

// Desktops without an icon theme (a bare X session, Xvfb, some window
// managers) would show Qt's few built-in pixmaps. There the program uses
// Breeze, in its dark variant when the palette is dark, so icons keep their
// contrast in both. A desktop's own theme is left alone.
void applyIconTheme();

} // namespace ktk
