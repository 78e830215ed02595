// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace ktk {

class ClaimTypeCombo;
class ClaimTypesModel;

// Asks what becomes of the claims of a claim type about to be deleted: move
// them to another type, or delete them too. Nothing is chosen in advance;
// the user has to pick one (or cancel).
class DeleteClaimTypeDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteClaimTypeDialog(ClaimTypesModel *types, ClaimTypeId doomed, int claimCount, QWidget *parent = nullptr);

    bool moveClaims() const;
    // The type to move the claims to; nullopt when they are to be deleted.
    std::optional<ClaimTypeId> reassignTo() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    ClaimTypesModel *m_types;
    ClaimTypeId m_doomed;
    int m_claimCount;
    QLabel *m_question;
    QRadioButton *m_move;
    QRadioButton *m_delete;
    ClaimTypeCombo *m_target;
    QDialogButtonBox *m_buttons;
};

} // namespace ktk
