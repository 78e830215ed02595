// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backupsdialog.h"

#include "store/projectbackups.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ktk {

namespace {

enum Column { MadeColumn, KindColumn, SizeColumn, ColumnCount };
constexpr int PathRole = Qt::UserRole + 1;

// The date in words, the time to the second (backups of one day differ by
// minutes); no time zone, backups are named in local time.
QString shownTime(const QDateTime &when)
{
    return QLocale().toString(when.date(), QLocale::LongFormat) + QStringLiteral(", ")
           + when.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

BackupsDialog::BackupsDialog(const QString &projectPath, bool projectOpen, QWidget *parent)
    : QDialog(parent), m_projectPath(QFileInfo(projectPath).absoluteFilePath()), m_projectOpen(projectOpen)
{
    setObjectName(QStringLiteral("backupsDialog"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(MadeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(560, 220);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupsDialog::restoreSelected);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_keepLabel = new QLabel(this);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupsKeep"));
    m_keep->setRange(0, ProjectBackups::MaxKeep);
    m_keep->setValue(ProjectBackups::keepSetting());
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_keepLabel->setBuddy(m_keep);
    connect(m_keep, qOverload<int>(&QSpinBox::valueChanged), this, [](int keep) {
        ProjectBackups::setKeepSetting(keep);
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("backupsRestore"));
    m_backUpNow = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_backUpNow->setObjectName(QStringLiteral("backupsBackUpNow"));
    m_showFolder = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showFolder->setObjectName(QStringLiteral("backupsShowFolder"));
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_showFolder, &QPushButton::clicked, this, &BackupsDialog::showFolder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(keepRow);
    layout->addWidget(m_buttons);

    retranslateUi();
    fillList();
}

QString BackupsDialog::selectedBackup() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(MadeColumn, PathRole).toString();
}

void BackupsDialog::retranslateUi()
{
    const QString name = QFileInfo(m_projectPath).fileName();
    setWindowTitle(tr("Backups of \u201c%1\u201d").arg(name));
    m_intro->setText(tr("Each time you open a project that changed since its last backup, Kanttekening first "
                        "copies it to \u201c%1\u201d. Restoring replaces the project with the copy you choose; the "
                        "project as it is now is kept there as well, so a restore can itself be undone.")
                         .arg(QDir::toNativeSeparators(ProjectBackups(m_projectPath).folder())));
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_empty->setText(tr("There are no backups of this project yet."));
    m_keepLabel->setText(tr("&Keep the newest automatic backups:"));
    m_keep->setSpecialValueText(tr("none (automatic backups off)"));
    m_restore->setText(tr("&Restore\u2026"));
    m_backUpNow->setText(tr("&Back Up Now"));
    m_showFolder->setText(tr("Show &Folder"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (m_list->topLevelItemCount() > 0)
        fillList();   // kinds and dates in the new language
}

void BackupsDialog::fillList()
{
    const QString selected = selectedBackup();
    m_list->clear();
    for (const ProjectBackups::Backup &b : ProjectBackups(m_projectPath).list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(MadeColumn, shownTime(b.made));
        item->setText(KindColumn, ProjectBackups::describe(b));
        item->setText(SizeColumn, QLocale().formattedDataSize(b.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(MadeColumn, PathRole, b.path);
        item->setToolTip(MadeColumn, QDir::toNativeSeparators(b.path));
        if (b.path == selected)
            item->setSelected(true);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty());
    m_backUpNow->setEnabled(m_projectOpen);
    m_showFolder->setEnabled(QFileInfo(ProjectBackups(m_projectPath).folder()).isDir());
}

void BackupsDialog::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ProjectBackups::Backup> made =
        ProjectBackups(m_projectPath).makeBackup(ProjectBackups::Kind::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(this, tr("Backup failed"), made.error());
        return;
    }
    fillList();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setSelected(item->data(MadeColumn, PathRole).toString() == made->path);
    }
}

void BackupsDialog::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    QMessageBox ask(QMessageBox::Question, tr("Restore from backup"),
                    tr("Replace \u201c%1\u201d with the backup made %2?")
                        .arg(QFileInfo(m_projectPath).fileName(), selected.first()->text(MadeColumn)),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("restoreConfirmation"));
    ask.setInformativeText(tr("The project as it is now is kept in the backup folder, so nothing is lost."));
    QPushButton *restore = ask.addButton(tr("Restore"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(restore);
    ask.exec();
    if (ask.clickedButton() != static_cast<QAbstractButton *>(restore))
        return;
    emit restoreRequested(backup);
    accept();
}

void BackupsDialog::showFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(ProjectBackups(m_projectPath).folder()));
}

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ktk
