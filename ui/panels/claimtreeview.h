// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace ktk {

// The panel's list of claims: a flat tree view that says why it is empty
// and turns the Delete key into a request the panel acts on.
class ClaimTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit ClaimTreeView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);

    // Whether the list is empty to the eye and says why instead.

    bool showsPlaceholder() const;
    QString placeholderText() const { return m_placeholder; }

signals:
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace ktk
