// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectlock.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMutex>
#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ktk {

namespace {

using FileIdentity = QPair<quint64, quint64>;   // device, inode

// flock() conflicts between two descriptors of one process too, but taking
// it needs a descriptor, and closing one drops SQLite's own POSIX locks on
// the file. So this process first asks its own list, by identity, without
// opening anything.
QMutex heldMutex;
QSet<FileIdentity> &heldHere()
{
    static QSet<FileIdentity> held;
    return held;
}

bool identityOf(const QString &path, FileIdentity *id)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *id = {quint64(st.st_dev), quint64(st.st_ino)};
    return true;
}

} // namespace

ProjectLock::ProjectLock(const QString &projectPath)
    : m_projectPath(projectPath), m_sidecar(std::make_unique<QLockFile>(projectPath + QStringLiteral(".lock")))
{
    // A project stays open for hours: a live holder's lock must never go stale
    // by age. A lock whose process is gone is still detected and taken over.
    m_sidecar->setStaleLockTime(0);
}

ProjectLock::~ProjectLock()
{
    unlock();
}

bool ProjectLock::isHeldInThisProcess(const QString &path)
{
    FileIdentity id;
    if (!identityOf(path, &id))
        return false;
    QMutexLocker locker(&heldMutex);
    return heldHere().contains(id);
}

QString ProjectLock::heldElsewhereMessage() const
{
    const QString name = QDir::toNativeSeparators(m_projectPath);
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_sidecar->getLockInfo(&pid, &host, &app)) {
        //: %2 is a program name, %3 a process id, %4 a computer name
        return tr("\"%1\" is already open in another window or program (%2, process %3 on %4). "
                  "Close it there first.")
            .arg(name, app.isEmpty() ? QStringLiteral("?") : app)
            .arg(pid)
            .arg(host.isEmpty() ? QStringLiteral("?") : host);
    }
    return tr("\"%1\" is already open in another window or program, perhaps under another name (a link to the "
              "same file). Close it there first.")
        .arg(name);
}

ProjectLock::Outcome ProjectLock::tryLock()
{
    const QString name = QDir::toNativeSeparators(m_projectPath);
    FileIdentity id;
    if (!identityOf(m_projectPath, &id)) {
        m_message = tr("Cannot open \"%1\": %2.").arg(name, QString::fromLocal8Bit(strerror(errno)));
        return Outcome::Failed;
    }
    {
        QMutexLocker locker(&heldMutex);
        if (heldHere().contains(id)) {
            m_message = heldElsewhereMessage();
            return Outcome::HeldElsewhere;
        }
    }

    // O_NONBLOCK: a FIFO put where a project was expected must not hang the open.
    const int fd = ::open(QFile::encodeName(m_projectPath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        m_message = tr("Cannot open \"%1\": %2.").arg(name, QString::fromLocal8Bit(strerror(errno)));
        return Outcome::Failed;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        m_message = tr("\"%1\" is not a Kanttekening project: it is not an ordinary file.").arg(name);
        return Outcome::Failed;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            ::close(fd);
            m_message = heldElsewhereMessage();
            return Outcome::HeldElsewhere;
        }
        // ENOLCK, EOPNOTSUPP: some network file systems; the sidecar alone then.
        if (error != ENOLCK && error != EOPNOTSUPP && error != EINVAL) {
            ::close(fd);
            m_message = tr("Cannot lock \"%1\": %2.").arg(name, QString::fromLocal8Bit(strerror(error)));
            return Outcome::Failed;
        }
    }

    if (!m_sidecar->tryLock(0)) {
        ::close(fd);   // SQLite has no connection to this file here yet
        if (m_sidecar->error() == QLockFile::LockFailedError) {
            m_message = heldElsewhereMessage();
            return Outcome::HeldElsewhere;
        }
        m_message = tr("Cannot open \"%1\": could not create the lock file \"%2\". The folder may be read-only; "
                       "copy the project to a folder you can write to.")
                        .arg(name, QDir::toNativeSeparators(m_sidecar->fileName()));
        return Outcome::Failed;
    }

    m_fd = fd;
    m_device = quint64(st.st_dev);
    m_inode = quint64(st.st_ino);
    {
        QMutexLocker locker(&heldMutex);
        heldHere().insert({m_device, m_inode});
    }
    m_message.clear();
    return Outcome::Locked;
}

void ProjectLock::unlock()
{
    if (m_fd < 0)
        return;
    m_sidecar->unlock();
    // Close only after the store's connection is gone (ProjectStore does),
    // so no POSIX lock of SQLite's is dropped with this descriptor.
    ::close(m_fd);
    m_fd = -1;
    QMutexLocker locker(&heldMutex);
    heldHere().remove({m_device, m_inode});
}

} // namespace ktk
