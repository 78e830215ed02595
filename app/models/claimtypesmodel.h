// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QAbstractListModel>
#include <QVector>

class QUndoStack;

namespace ktk {

class ProjectStore;

// The codebook: claim types in the user's order. Renaming and recolouring go
// through setData() and become undo commands.
class ClaimTypesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ColourRole, ShortcutRole, DescriptionRole, UsageCountRole, BuiltinKeyRole };

    ClaimTypesModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ClaimType *typeAt(int row) const;
    int rowOf(ClaimTypeId id) const;
    QVector<ClaimTypeId> order() const;

    // The name to show: a built-in type that still has its default name is
    // shown in the interface language; a name the user typed stays as typed.
    static QString displayName(const ClaimType &type);
    // Built-in names change with the interface language.
    void retranslate();

public slots:
    void reload();

private:
    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QVector<ClaimType> m_types;
};

} // namespace ktk
