// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace ktk {

// Undo and Redo actions for a stack, labelled in the language of the moment.
// QUndoStack::createUndoAction() fixes its "Undo %1" prefix when it is made
// and each command's text when that is made: after a language switch the
// Edit menu read "Undo Notitie bewerken". Here both the prefix and every
// command on the stack (TranslatedCommand) follow a switch of the window's
// language.
class UndoActions : public QObject
{
    Q_OBJECT
public:
    // window: whose LanguageChange relabels everything; parent of the actions.
    UndoActions(QUndoStack *stack, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateCommands();
    void update();

    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace ktk
