// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ktk {

// Merge ids for QUndoCommand::id(), one per kind of mergeable edit.
enum UndoCommandId {
    EditAnnotationTextId = 1,   // typing in a note or claimant field
};

} // namespace ktk
