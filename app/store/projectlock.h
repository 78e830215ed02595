// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace ktk {

// Keeps a project open in one place at a time.
//
// The lock is on the file itself, not on its name: an exclusive flock() on
// the project file, so that two names of one file (hard links, a path
// through a symlink) are one project, and the kernel drops the lock when its
// holder dies. Beside it, "<project>.lock" (QLockFile) records the pid,
// program and host of the holder for the message a second opener gets, and
// keeps working where a network file system has no flock(). A lock left by a
// process that no longer runs is taken over.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
public:
    enum class Outcome { Locked, HeldElsewhere, Failed };

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();   // unlocks

    Outcome tryLock();
    // Translated, names the project and, when known, who holds it.
    QString message() const { return m_message; }

    // Whether a ProjectLock in this process holds the file at path (under any
    // of its names). Ask before opening the file in any way: closing a file
    // descriptor drops every POSIX lock this process's SQLite holds on it.
    static bool isHeldInThisProcess(const QString &path);

private:
    void unlock();
    QString heldElsewhereMessage() const;

    QString m_projectPath;
    std::unique_ptr<QLockFile> m_sidecar;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QString m_message;
};

} // namespace ktk
