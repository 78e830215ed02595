// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/claimtypecombo.h"

#include "models/claimtypesmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>

namespace ktk {

ClaimTypeCombo::ClaimTypeCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    // Every programmatic change is made with signals blocked, so this is
    // the user's choice (or a test's).
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        emit typeChosen(itemData(index).toLongLong());
    });
}

QIcon ClaimTypeCombo::swatchIcon(const QColor &colour, int size)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal inset = size / 8.0;
        QPainterPath path;
        path.addRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 5.0, size / 5.0);
        painter.fillPath(path, colour.isValid() ? colour : QColor(Qt::gray));
        painter.setPen(QPen(colour.isValid() ? colour.darker(130) : QColor(Qt::darkGray), 1.0));
        painter.drawPath(path);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void ClaimTypeCombo::setTypesModel(ClaimTypesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // The model resets on every codebook change; the finer signals are
        // followed too in case it becomes smarter.
        connect(model, &QAbstractItemModel::modelReset, this, &ClaimTypeCombo::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ClaimTypeCombo::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ClaimTypeCombo::rebuild);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ClaimTypeCombo::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ClaimTypeCombo::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ClaimTypeCombo::rebuild);
    }
    rebuild();
}

void ClaimTypeCombo::setAllItemText(const QString &text)
{
    if (m_allText == text)
        return;
    m_allText = text;
    rebuild();
}

ClaimTypeId ClaimTypeCombo::currentTypeId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void ClaimTypeCombo::setCurrentTypeId(ClaimTypeId id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : (m_allText.isEmpty() ? -1 : 0));
}

void ClaimTypeCombo::rebuild()
{
    const ClaimTypeId chosen = currentTypeId();
    bool fellBack = false;
    {
        const QSignalBlocker blocker(this);
        clear();
        if (!m_allText.isEmpty())
            addItem(m_allText, ClaimTypeId(0));
        if (m_model) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, 0);
                addItem(swatchIcon(index.data(ClaimTypesModel::ColourRole).value<QColor>()),
                        index.data(Qt::DisplayRole).toString(), index.data(ClaimTypesModel::IdRole));
                setItemData(count() - 1, index.data(Qt::ToolTipRole), Qt::ToolTipRole);
            }
        }
        const int index = findData(chosen);
        if (index >= 0) {
            setCurrentIndex(index);
        } else {
            setCurrentIndex(m_allText.isEmpty() ? -1 : 0);
            fellBack = chosen != 0 && !m_allText.isEmpty();
        }
    }
    if (fellBack)
        emit typeChosen(0);
}

} // namespace ktk
