// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QDialog>

class QAction;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace ktk {

class ClaimTypesModel;
class ProjectStore;

// Manages the codebook: add, rename (in place), recolour, reorder, describe
// and delete claim types. Every change is a command on the main undo stack,
// and Ctrl+Z / Ctrl+Shift+Z work inside the dialog.
//
// Keyboard shortcuts are not stored: the first nine types, in the order
// shown, get the keys 1-9, so reordering the list is how a user reassigns
// them.
class CodebookDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int ShortcutKeys = 9;

    CodebookDialog(ProjectStore *store, QUndoStack *undoStack, ClaimTypesModel *types, QWidget *parent = nullptr);

    ClaimTypeId currentTypeId() const;
    void setCurrentTypeId(ClaimTypeId id);

    // A colour easy to tell apart from those already in use.
    static QColor distinctColour(const QVector<QColor> &used);

public slots:
    void addType();
    void renameType();
    void changeColour();
    void moveUp();
    void moveDown();
    void deleteType();
    void retranslate() { retranslateUi(); }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void updateActions();
    void loadDescription();
    void commitDescription();
    void move(int delta);
    QModelIndex currentIndex() const;

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    ClaimTypesModel *m_types;
    ClaimTypeId m_restoreId = 0;
    ClaimTypeId m_descriptionFor = 0;     // whose description the edit shows

    QListView *m_list;
    QLabel *m_hint;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_colour;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
    QPushButton *m_close;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace ktk
