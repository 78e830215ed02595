// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace ktk {

// An undo command whose text follows the interface language. label() says
// what the command does in the language of now; retranslate() makes that
// the text, at construction and again after a language switch, so that the
// Edit menu never shows a command made before the switch in the old language.
class TranslatedCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    virtual QString label() const = 0;
    void retranslate() { setText(label()); }
};

} // namespace ktk
