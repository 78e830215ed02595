// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ktk {

// The strip below a document for finding text in it. It only collects what
// the user types and shows the outcome; the view does the searching.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    enum class Outcome { None, Found, WrappedForward, WrappedBackward, NotFound };

    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows the bar and puts the cursor in the search field with its text selected.
    void activate();
    // current is 0-based; count the number of matches.
    void showOutcome(Outcome outcome, int current = -1, int count = 0);

signals:
    void textEdited(const QString &text);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void applyNotFoundLook(bool notFound);

    QLineEdit *m_edit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    Outcome m_outcome = Outcome::None;
    int m_current = -1;
    int m_count = 0;
};

} // namespace ktk
