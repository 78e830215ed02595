// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QComboBox>
#include <QPointer>

namespace ktk {

class ClaimTypesModel;

// A combo box of the codebook's claim types with their colours, optionally
// led by an "all types" entry (id 0). It follows the model and keeps the
// chosen type across the model's resets.
class ClaimTypeCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit ClaimTypeCombo(QWidget *parent = nullptr);

    void setTypesModel(ClaimTypesModel *model);
    // Text of the leading entry meaning "any type"; empty for none.
    void setAllItemText(const QString &text);
    ClaimTypeId currentTypeId() const;
    void setCurrentTypeId(ClaimTypeId id);

    // A rounded colour square, as used for claim types throughout the panel.
    static QIcon swatchIcon(const QColor &colour, int size = 16);

signals:
    // The user chose a type (0: the "all types" entry). Also emitted when the
    // chosen type disappeared from the codebook and the combo fell back.
    void typeChosen(ktk::ClaimTypeId id);

private:
    void rebuild();

    QPointer<ClaimTypesModel> m_model;
    QString m_allText;
};

} // namespace ktk
