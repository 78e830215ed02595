// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ktk {

// File → Restore from Backup…: the backups of one project with when they
// were made, their size and kind; restore one, make one now, open the folder,
// and how many automatic backups to keep. Restoring is the main window's job
// (it has to close the project first): the dialog asks for it with
// restoreRequested() after the user confirmed.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    // projectOpen: the project passed its checks and is open in this window,
    // so a backup can be made now. A project that could not be opened can
    // still be restored.
    BackupsDialog(const QString &projectPath, bool projectOpen, QWidget *parent = nullptr);

    QString selectedBackup() const;

signals:
    void restoreRequested(const QString &backupPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void updateButtons();
    void backUpNow();
    void restoreSelected();
    void showFolder();

    QString m_projectPath;
    bool m_projectOpen;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_keepLabel;
    QSpinBox *m_keep;
    QPushButton *m_backUpNow;
    QPushButton *m_restore;
    QPushButton *m_showFolder;
    QDialogButtonBox *m_buttons;
};

} // namespace ktk
