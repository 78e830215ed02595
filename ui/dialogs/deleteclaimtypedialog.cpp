// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/deleteclaimtypedialog.h"

#include "models/claimtypesmodel.h"
#include "panels/claimtypecombo.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ktk {

DeleteClaimTypeDialog::DeleteClaimTypeDialog(ClaimTypesModel *types, ClaimTypeId doomed, int claimCount,
                                             QWidget *parent)
    : QDialog(parent), m_types(types), m_doomed(doomed), m_claimCount(claimCount)
{
    setObjectName(QStringLiteral("deleteClaimTypeDialog"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);

    m_move = new QRadioButton(this);
    m_move->setObjectName(QStringLiteral("moveClaimsOption"));
    m_target = new ClaimTypeCombo(this);
    m_target->setObjectName(QStringLiteral("reassignTarget"));
    m_target->setTypesModel(types);
    m_target->removeItem(m_target->findData(doomed));
    m_target->setCurrentIndex(-1);
    m_delete = new QRadioButton(this);
    m_delete->setObjectName(QStringLiteral("deleteClaimsOption"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_move);
    group->addButton(m_delete);
    // Only one type left: there is nowhere to move the claims.
    m_move->setEnabled(m_target->count() > 0);
    m_target->setEnabled(m_target->count() > 0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *options = new QGridLayout;
    options->setContentsMargins(0, 6, 0, 6);
    options->setColumnStretch(1, 1);
    options->addWidget(m_move, 0, 0);
    options->addWidget(m_target, 0, 1);
    options->addWidget(m_delete, 1, 0, 1, 2);

    auto *text = new QVBoxLayout;
    text->addWidget(m_question);
    text->addLayout(options);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QRadioButton::toggled, this, &DeleteClaimTypeDialog::updateButtons);
    connect(m_delete, &QRadioButton::toggled, this, &DeleteClaimTypeDialog::updateButtons);
    connect(m_target, &ClaimTypeCombo::typeChosen, this, [this](ClaimTypeId id) {
        if (id != 0)
            m_move->setChecked(true);
        updateButtons();
    });

    retranslateUi();
    updateButtons();
    setMinimumWidth(420);
}

void DeleteClaimTypeDialog::retranslateUi()
{
    QString name;
    const int row = m_types->rowOf(m_doomed);
    if (const ClaimType *type = m_types->typeAt(row))
        name = ClaimTypesModel::displayName(*type);
    setWindowTitle(tr("Delete Claim Type"));
    m_question->setText(tr("The claim type \u201c%1\u201d is used by %n claim(s). "
                           "What should happen to them?", nullptr, m_claimCount).arg(name));
    m_move->setText(tr("&Move them to:"));
    m_delete->setText(tr("&Delete the claims too"));
    updateButtons();
}

void DeleteClaimTypeDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool moveReady = m_move->isChecked() && m_target->currentIndex() >= 0;
    ok->setEnabled(moveReady || m_delete->isChecked());
    if (m_delete->isChecked())
        ok->setText(tr("Delete Type and Claims"));
    else
        ok->setText(tr("Delete Type"));
    if (ok->isEnabled())
        ok->setDefault(true);
}

bool DeleteClaimTypeDialog::moveClaims() const
{
    return m_move->isChecked();
}

std::optional<ClaimTypeId> DeleteClaimTypeDialog::reassignTo() const
{
    if (!m_move->isChecked() || m_target->currentIndex() < 0)
        return std::nullopt;
    return m_target->currentTypeId();
}

void DeleteClaimTypeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ktk
