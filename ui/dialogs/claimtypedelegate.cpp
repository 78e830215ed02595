// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/claimtypedelegate.h"

#include "models/claimtypesmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace ktk {

namespace {
constexpr int Padding = 8;
constexpr int Swatch = 14;
constexpr int Gap = 10;

int keyWidth(const QFontMetrics &metrics)
{
    return metrics.height() + 6;
}
} // namespace

ClaimTypeDelegate::ClaimTypeDelegate(int shortcutKeys, QObject *parent)
    : QStyledItemDelegate(parent), m_shortcutKeys(shortcutKeys)
{
}

void ClaimTypeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.6);
    const QFontMetrics metrics(opt.font);
    const QRect rect = opt.rect.adjusted(Padding, 0, -Padding, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = index.data(ClaimTypesModel::ColourRole).value<QColor>();
    QPainterPath swatch;
    swatch.addRoundedRect(QRectF(rect.left(), rect.center().y() - Swatch / 2.0 + 0.5, Swatch, Swatch), 3, 3);
    painter->fillPath(swatch, colour.isValid() ? colour : QColor(Qt::gray));
    painter->setPen(QPen(colour.isValid() ? colour.darker(140) : QColor(Qt::darkGray), 1));
    painter->drawPath(swatch);

    int right = rect.right();
    if (index.row() < m_shortcutKeys) {
        // The number key, drawn as a small key cap.
        const QRectF key(right - keyWidth(metrics) + 1, rect.center().y() - metrics.height() / 2.0 - 1,
                         keyWidth(metrics), metrics.height() + 2);
        painter->setPen(QPen(faint, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(key.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(text);
        painter->drawText(key, Qt::AlignCenter, QString::number(index.row() + 1));
        right -= keyWidth(metrics) + Gap;
    }
    const int uses = index.data(ClaimTypesModel::UsageCountRole).toInt();
    const QString count = uses > 0 ? tr("%n claim(s)", nullptr, uses)
                                   //: Shown next to a claim type that no claim has
                                   : tr("unused");
    const int countWidth = metrics.horizontalAdvance(count);
    painter->setPen(faint);
    painter->drawText(QRect(right - countWidth + 1, rect.top(), countWidth, rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, count);
    right -= countWidth + Gap;

    const int left = rect.left() + Swatch + Gap;
    painter->setPen(text);
    painter->drawText(QRect(left, rect.top(), qMax(0, right - left), rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, qMax(0, right - left)));
    painter->restore();
}

QSize ClaimTypeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, qMax(metrics.height() + 14, 28)};
}

void ClaimTypeDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    const int left = option.rect.left() + Padding + Swatch + Gap - 4;
    const int right = option.rect.right() - Padding - keyWidth(metrics) - Gap;
    const int height = qMin(option.rect.height() - 2, editor->sizeHint().height());
    editor->setGeometry(left, option.rect.center().y() - height / 2 + 1, qMax(40, right - left), height);
}

void ClaimTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    Q_UNUSED(model)
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString name = edit->text().trimmed();
    if (!name.isEmpty() && name != index.data(Qt::EditRole).toString())
        emit renameRequested(index.data(ClaimTypesModel::IdRole).toLongLong(), name);
}

} // namespace ktk
