// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/undoactions.h"

#include "commands/translatedcommand.h"

#include <QAction>
#include <QEvent>
#include <QUndoStack>
#include <QWidget>

namespace ktk {

UndoActions::UndoActions(QUndoStack *stack, QWidget *window)
    : QObject(window), m_stack(stack), m_undo(new QAction(window)), m_redo(new QAction(window))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &UndoActions::update);
    connect(stack, &QUndoStack::canUndoChanged, this, &UndoActions::update);
    connect(stack, &QUndoStack::canRedoChanged, this, &UndoActions::update);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::update);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::update);
    window->installEventFilter(this);
    update();
}

bool UndoActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateCommands();
        update();
    }
    return QObject::eventFilter(watched, event);
}

void UndoActions::retranslateCommands()
{
    // The stack owns its commands and hands them out const; relabelling
    // changes no state that undo or redo depend on.
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto *command = dynamic_cast<TranslatedCommand *>(const_cast<QUndoCommand *>(m_stack->command(i))))
            command->retranslate();
    }
}

void UndoActions::update()
{
    const QString undoText = m_stack->undoText();
    const QString redoText = m_stack->redoText();
    //: Edit menu; %1 says what is undone, e.g. "Edit note"
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    //: Edit menu; %1 says what is redone, e.g. "Edit note"
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
}

} // namespace ktk
