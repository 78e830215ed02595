// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellchecker.h"

namespace ktk {

SpellChecker::~SpellChecker() = default;

} // namespace ktk
