// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QStyledItemDelegate>

namespace ktk {

// A codebook row: colour swatch, name, how many claims use the type, and
// the number key that applies it (1-9 by order).
class ClaimTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ClaimTypeDelegate(int shortcutKeys, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // The model resets on every codebook change; renaming from inside the
    // editor's commit would pull the editor away under its own feet, so the
    // new name is handed over and applied after the editor has closed.
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void renameRequested(ktk::ClaimTypeId id, const QString &name) const;

private:
    int m_shortcutKeys;
};

} // namespace ktk
