// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ktk {

// An inline message above the document, as KeePassXC shows them, instead of
// a cascade of modal dialogs. Stays until closed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace ktk
