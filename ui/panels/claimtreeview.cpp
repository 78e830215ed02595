// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/claimtreeview.h"

#include <QKeyEvent>
#include <QPainter>

namespace ktk {

ClaimTreeView::ClaimTreeView(QWidget *parent)
    : QTreeView(parent)
{
}

void ClaimTreeView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void ClaimTreeView::keyPressEvent(QKeyEvent *event)
{
    const bool deleteKey = event->key() == Qt::Key_Delete
        || (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::ControlModifier);
    if (deleteKey && state() != EditingState && selectionModel() && selectionModel()->hasSelection()) {
        emit deleteRequested();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

bool ClaimTreeView::showsPlaceholder() const
{
    if (m_placeholder.isEmpty())
        return false;
    // Rows may be there but hidden (claims the text shows faded).
    for (int row = 0; model() && row < model()->rowCount(rootIndex()); ++row) {
        if (!isRowHidden(row, rootIndex()))
            return false;
    }
    return true;
}

void ClaimTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.55);
    painter.setPen(colour);
    const int margin = fontMetrics().averageCharWidth() * 3;
    const QRect area = viewport()->rect().adjusted(margin, margin * 2, -margin, -margin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace ktk
