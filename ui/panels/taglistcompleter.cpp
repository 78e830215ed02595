// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/taglistcompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace ktk {

TagListCompleter::TagListCompleter(QLineEdit *edit)
    : QObject(edit), m_edit(edit), m_model(new QStringListModel(this)), m_completer(new QCompleter(m_model, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &TagListCompleter::onTextEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagListCompleter::insertCompletion);
}

void TagListCompleter::setTags(const QStringList &tags)
{
    if (m_model->stringList() != tags)
        m_model->setStringList(tags);
}

void TagListCompleter::onTextEdited(const QString &text)
{
    const int comma = text.lastIndexOf(u',', qMax(0, m_edit->cursorPosition() - 1));
    const QString word = text.mid(comma + 1, m_edit->cursorPosition() - comma - 1).trimmed();
    if (word.isEmpty() || m_edit->cursorPosition() < text.size()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion().compare(word, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagListCompleter::insertCompletion(const QString &tag)
{
    const QString text = m_edit->text();
    const int comma = text.lastIndexOf(u',');
    QString head = comma < 0 ? QString() : text.left(comma + 1);
    if (!head.isEmpty())
        head += u' ';
    m_edit->setText(head + tag + QStringLiteral(", "));
    m_edit->setCursorPosition(m_edit->text().size());
}

} // namespace ktk
