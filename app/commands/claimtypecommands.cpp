// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/claimtypecommands.h"

#include "store/defaultcodebook.h"
#include "store/projectstore.h"

namespace ktk {

AddClaimTypeCommand::AddClaimTypeCommand(ProjectStore *store, const ClaimType &type, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_type(type)
{
    retranslate();
}

QString AddClaimTypeCommand::label() const
{
    return tr("Add claim type \u201c%1\u201d").arg(DefaultCodebook::displayName(m_type));
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
    : TranslatedCommand(parent), m_store(store), m_before(before), m_after(after)
{
    retranslate();
}

QString EditClaimTypeCommand::label() const
{
    const QString name = DefaultCodebook::displayName(m_before);
    if (m_before.name != m_after.name)
        return tr("Rename claim type \u201c%1\u201d").arg(name);
    if (m_before.colour != m_after.colour)
        return tr("Change colour of \u201c%1\u201d").arg(name);
    return tr("Edit claim type \u201c%1\u201d").arg(name);
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
    : TranslatedCommand(parent), m_store(store), m_before(before), m_after(after)
{
    retranslate();
}

QString ReorderClaimTypesCommand::label() const
{
    return tr("Reorder claim types");
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
    : TranslatedCommand(parent), m_store(store), m_reassignTo(reassignTo)
{
    if (const auto type = store->claimType(id))
        m_type = *type;
    for (const ClaimType &t : store->claimTypes())
        m_order.append(t.id);
    m_annotations = store->annotationsOfType(id);
    retranslate();
}

QString RemoveClaimTypeCommand::label() const
{
    return tr("Delete claim type \u201c%1\u201d").arg(DefaultCodebook::displayName(m_type));
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
