// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/automaticbackup.h"

#include <QThread>

#include <memory>

namespace ktk {

AutomaticBackup::AutomaticBackup(QObject *parent)
    : QObject(parent)
{
}

AutomaticBackup::~AutomaticBackup()
{
    wait();
}

bool AutomaticBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AutomaticBackup::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Deliver the result now rather than after the project it belongs to is gone.
    QCoreApplication::sendPostedEvents(this);
    delete m_thread;
    m_thread = nullptr;
}

bool AutomaticBackup::startIfDue(const QString &projectPath)
{
    wait();
    const int keep = ProjectBackups::keepSetting();   // QSettings: read here, not in the worker
    const ProjectBackups backups(projectPath);
    if (keep <= 0 || !backups.isDue())
        return false;
    m_thread = QThread::create([this, backups, keep] {
        const Result<ProjectBackups::Backup> made = backups.makeBackup(ProjectBackups::Kind::Automatic, keep);
        const QString path = made ? made->path : QString();
        const QString error = made ? QString() : made.error();
        QMetaObject::invokeMethod(
            this, [this, project = backups.projectPath(), path, error] { emit finished(project, path, error); },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace ktk
