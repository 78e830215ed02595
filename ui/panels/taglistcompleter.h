// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace ktk {

// Completes the word after the last comma of a comma-separated list in a
// line edit: QCompleter on its own would complete (and replace) the whole
// text.
class TagListCompleter : public QObject
{
    Q_OBJECT
public:
    explicit TagListCompleter(QLineEdit *edit);

    void setTags(const QStringList &tags);
    QCompleter *completer() const { return m_completer; }

private:
    void onTextEdited(const QString &text);
    void insertCompletion(const QString &tag);

    QLineEdit *m_edit;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

} // namespace ktk
