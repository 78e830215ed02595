// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/translatedcommand.h"

#include "store/records.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>
#include <optional>

namespace ktk {

class ProjectStore;

class AddClaimTypeCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddClaimTypeCommand)
public:
    AddClaimTypeCommand(ProjectStore *store, const ClaimType &type, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;
    ClaimTypeId typeId() const { return m_type.id; }

private:
    ProjectStore *m_store;
    ClaimType m_type;
};

// Rename, recolour, new shortcut or description: one value swap.
class EditClaimTypeCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditClaimTypeCommand)
public:
    EditClaimTypeCommand(ProjectStore *store, const ClaimType &before, const ClaimType &after,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    ClaimType m_before;
    ClaimType m_after;
};

class ReorderClaimTypesCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReorderClaimTypesCommand)
public:
    ReorderClaimTypesCommand(ProjectStore *store, const QVector<ClaimTypeId> &before, const QVector<ClaimTypeId> &after,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    QVector<ClaimTypeId> m_before;
    QVector<ClaimTypeId> m_after;
};

// Removes a claim type; its claims move to another type or are deleted, as
// the user chose. Undo restores the type and every claim as it was.
class RemoveClaimTypeCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveClaimTypeCommand)
public:
    RemoveClaimTypeCommand(ProjectStore *store, ClaimTypeId id, std::optional<ClaimTypeId> reassignTo,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    ClaimType m_type;
    QVector<ClaimTypeId> m_order;
    std::optional<ClaimTypeId> m_reassignTo;
    QVector<Annotation> m_annotations;
};

} // namespace ktk
