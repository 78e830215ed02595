// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectlock.h"

#include <QDir>
#include <QLockFile>

namespace ktk {

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath), m_lock(std::make_unique<QLockFile>(projectPath + QStringLiteral(".lock")))
{
    // A project stays open for hours: a live holder's lock must never go stale
    // by age. A lock whose process is gone is still detected and taken over.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;   // QLockFile unlocks

ProjectLock::Outcome ProjectLock::tryLock()
{
    if (m_lock->tryLock(0)) {
        m_message.clear();
        return Outcome::Locked;
    }
    const QString name = QDir::toNativeSeparators(m_projectPath);
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (m_lock->getLockInfo(&pid, &host, &app)) {
            //: %2 is a program name, %3 a process id, %4 a computer name
            m_message = tr("\"%1\" is already open in another window or program (%2, process %3 on %4). "
                           "Close it there first.")
                            .arg(name, app.isEmpty() ? QStringLiteral("?") : app)
                            .arg(pid)
                            .arg(host.isEmpty() ? QStringLiteral("?") : host);
        } else {
            m_message = tr("\"%1\" is already open in another window or program. Close it there first.").arg(name);
        }
        return Outcome::HeldElsewhere;
    }
    m_message = tr("Cannot open \"%1\": could not create the lock file \"%2\". The folder may be read-only; "
                   "copy the project to a folder you can write to.")
                    .arg(name, QDir::toNativeSeparators(m_lock->fileName()));
    return Outcome::Failed;
}

} // namespace ktk
