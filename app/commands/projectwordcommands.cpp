// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/projectwordcommands.h"

#include "spelling/projectdictionary.h"
#include "store/projectstore.h"

namespace ktk {

AddProjectWordCommand::AddProjectWordCommand(ProjectStore *store, const QString &word, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_word(ProjectDictionary::normalised(word))
{
    retranslate();
}

QString AddProjectWordCommand::label() const
{
    //: Undo history entry; %1 is the word added to the project's word list
    return tr("Add \u201c%1\u201d to the project dictionary").arg(m_word);
}

void AddProjectWordCommand::redo()
{
    ProjectDictionary *dictionary = ProjectDictionary::of(m_store);
    if (!dictionary || m_word.isEmpty() || dictionary->containsExactly(m_word) || !dictionary->add(m_word))
        setObsolete(true);
}

void AddProjectWordCommand::undo()
{
    if (ProjectDictionary *dictionary = ProjectDictionary::of(m_store))
        dictionary->remove(m_word);
}

} // namespace ktk
