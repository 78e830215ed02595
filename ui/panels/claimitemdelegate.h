// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ktk {

// Draws a claim in the panel's list: a rounded bar in the claim type's
// colour, the quote in up to two lines, and a smaller grey line with type,
// status and claimant (and the document when the list spans the project, and
// the page for a claim on a PDF).
class ClaimItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ClaimItemDelegate(QObject *parent = nullptr);

    void setShowDocument(bool show) { m_showDocument = show; }
    bool showDocument() const { return m_showDocument; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The grey second line, also used as accessible description.
    QString detailText(const QModelIndex &index) const;

private:
    static QFont detailFont(const QFont &base);

    bool m_showDocument = false;
};

} // namespace ktk
