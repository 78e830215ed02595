// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/translatedcommand.h"

#include <QCoreApplication>
#include <QPointer>

namespace ktk {

class ProjectStore;

// Adds a word to the project's own dictionary (ProjectDictionary); undo
// takes it out again. A word the project already has makes the command
// obsolete, so that undo never removes a word added earlier.
class AddProjectWordCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProjectWordCommand)
public:
    AddProjectWordCommand(ProjectStore *store, const QString &word, QUndoCommand *parent = nullptr);
    QString label() const override;
    void redo() override;
    void undo() override;

private:
    QPointer<ProjectStore> m_store;
    QString m_word;
};

} // namespace ktk
