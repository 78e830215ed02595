// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/projectbackups.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ktk {

// Makes the automatic backup of a project that was just opened, in a worker
// thread: copying a large project takes seconds, and the window must not
// wait for it. The copy reads a consistent snapshot through a connection of
// its own while the user goes on working. Whoever closes the project waits()
// first, so that no connection of the backup outlives the project's lock.
class AutomaticBackup : public QObject
{
    Q_OBJECT
public:
    explicit AutomaticBackup(QObject *parent = nullptr);
    ~AutomaticBackup() override;   // waits

    // Starts a backup of projectPath if automatic backups are on and the
    // project changed since its last backup. Returns whether one started.
    bool startIfDue(const QString &projectPath);
    bool isRunning() const;
    void wait();

signals:
    // On the thread that called startIfDue(). error is translated; empty on success.
    void finished(const QString &projectPath, const QString &backupPath, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace ktk
