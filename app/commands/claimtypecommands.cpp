// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/claimtypecommands.h"

#include "store/projectstore.h"

namespace ktk {

AddClaimTypeCommand::AddClaimTypeCommand(ProjectStore *store, const ClaimType &type, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_type(type)
{
    setText(tr("Add claim type \u201c%1\u201d").arg(type.name));
}

void AddClaimTypeCommand::redo()
{
    const Result<ClaimTypeId> id = m_store->addClaimType(m_type);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_type.id = *id;
}

void AddClaimTypeCommand::undo()
{
    m_store->removeClaimType(m_type.id, std::nullopt);
}

EditClaimTypeCommand::EditClaimTypeCommand(ProjectStore *store, const ClaimType &before, const ClaimType &after,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after)
{
    if (before.name != after.name)
        setText(tr("Rename claim type \u201c%1\u201d").arg(before.name));
    else if (before.colour != after.colour)
        setText(tr("Change colour of \u201c%1\u201d").arg(before.name));
    else
        setText(tr("Edit claim type \u201c%1\u201d").arg(before.name));
}

void EditClaimTypeCommand::redo()
{
    if (!m_store->updateClaimType(m_after))
        setObsolete(true);
}

void EditClaimTypeCommand::undo()
{
    m_store->updateClaimType(m_before);
}

ReorderClaimTypesCommand::ReorderClaimTypesCommand(ProjectStore *store, const QVector<ClaimTypeId> &before,
                                                   const QVector<ClaimTypeId> &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after)
{
    setText(tr("Reorder claim types"));
}

void ReorderClaimTypesCommand::redo()
{
    if (!m_store->setClaimTypeOrder(m_after))
        setObsolete(true);
}

void ReorderClaimTypesCommand::undo()
{
    m_store->setClaimTypeOrder(m_before);
}

RemoveClaimTypeCommand::RemoveClaimTypeCommand(ProjectStore *store, ClaimTypeId id,
                                               std::optional<ClaimTypeId> reassignTo, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_reassignTo(reassignTo)
{
    if (const auto type = store->claimType(id))
        m_type = *type;
    for (const ClaimType &t : store->claimTypes())
        m_order.append(t.id);
    m_annotations = store->annotationsOfType(id);
    setText(tr("Delete claim type \u201c%1\u201d").arg(m_type.name));
}

void RemoveClaimTypeCommand::redo()
{
    if (m_type.id == 0 || !m_store->removeClaimType(m_type.id, m_reassignTo))
        setObsolete(true);
}

void RemoveClaimTypeCommand::undo()
{
    if (!m_store->addClaimType(m_type))
        return;
    m_store->setClaimTypeOrder(m_order);
    if (m_reassignTo) {
        for (const Annotation &a : qAsConst(m_annotations))
            m_store->updateAnnotation(a);
    } else {
        m_store->addAnnotations(m_annotations);
    }
}

} // namespace ktk
