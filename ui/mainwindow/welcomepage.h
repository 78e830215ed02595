// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ktk {

// Shown while no project is open: start a project, open one, or try the sample.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);

signals:
    void newProjectRequested();
    void openProjectRequested();
    void sampleProjectRequested();
    void recentProjectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_sample;
    QLabel *m_recentTitle;
    QVBoxLayout *m_recentLayout;
    QStringList m_recent;
};

} // namespace ktk
