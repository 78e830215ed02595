// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/claimtypesmodel.h"

#include "commands/claimtypecommands.h"
#include "store/defaultcodebook.h"
#include "store/projectstore.h"

#include <QUndoStack>

namespace ktk {

ClaimTypesModel::ClaimTypesModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &ProjectStore::claimTypesChanged, this, &ClaimTypesModel::reload);
    connect(store, &ProjectStore::closed, this, &ClaimTypesModel::reload);
    reload();
}

void ClaimTypesModel::reload()
{
    beginResetModel();
    m_types = m_store->isOpen() ? m_store->claimTypes() : QVector<ClaimType>();
    endResetModel();
}

QString ClaimTypesModel::displayName(const ClaimType &type)
{
    return DefaultCodebook::displayName(type);
}

void ClaimTypesModel::retranslate()
{
    if (!m_types.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ClaimTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant ClaimTypesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimType &t = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return displayName(t);
    case Qt::DecorationRole:
    case ColourRole: return t.colour;
    case Qt::ToolTipRole: return t.description.isEmpty() ? displayName(t) : DefaultCodebook::displayDescription(t);
    case IdRole: return t.id;
    case ShortcutRole: return t.shortcut;
    case DescriptionRole: return DefaultCodebook::displayDescription(t);
    case BuiltinKeyRole: return t.builtinKey;
    case UsageCountRole: return m_store->annotationCountOfType(t.id);
    }
    return {};
}

bool ClaimTypesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ClaimType before = m_types.at(index.row());
    ClaimType after = before;
    switch (role) {
    case Qt::EditRole: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        // Confirming the shown (translated) name is no rename.
        if (name != displayName(before))
            after.name = name;
        break;
    }
    case Qt::DecorationRole:
    case ColourRole: {
        const QColor c = value.value<QColor>();
        if (!c.isValid())
            return false;
        after.colour = c;
        break;
    }
    case ShortcutRole: after.shortcut = value.toString(); break;
    case DescriptionRole:
        if (value.toString() != DefaultCodebook::displayDescription(before))
            after.description = value.toString();
        break;
    default: return false;
    }
    if (after == before)
        return true;
    m_undoStack->push(new EditClaimTypeCommand(m_store, before, after));
    const auto stored = m_store->claimType(before.id);
    return stored && *stored == after;
}

Qt::ItemFlags ClaimTypesModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> ClaimTypesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "typeId");
    names.insert(ColourRole, "colour");
    names.insert(ShortcutRole, "shortcut");
    names.insert(DescriptionRole, "description");
    names.insert(UsageCountRole, "usageCount");
    return names;
}

const ClaimType *ClaimTypesModel::typeAt(int row) const
{
    return row >= 0 && row < m_types.size() ? &m_types.at(row) : nullptr;
}

int ClaimTypesModel::rowOf(ClaimTypeId id) const
{
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).id == id)
            return i;
    }
    return -1;
}

QVector<ClaimTypeId> ClaimTypesModel::order() const
{
    QVector<ClaimTypeId> ids;
    for (const ClaimType &t : m_types)
        ids.append(t.id);
    return ids;
}

} // namespace ktk
