// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoStack>

namespace ktk {

// Pushes command and tells whether it is on the stack afterwards. A command
// whose first redo() failed (the project could not be written) makes itself
// obsolete, and QUndoStack::push() then deletes it at once: the caller must
// not touch it again, and learns here whether it may.
inline bool pushCommand(QUndoStack *stack, QUndoCommand *command)
{
    stack->push(command);
    const int top = stack->index() - 1;
    return top >= 0 && stack->command(top) == command;
}

} // namespace ktk
