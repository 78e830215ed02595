// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace ktk {

// Keeps a project open in one place at a time: "<project>.lock", holding the
// pid, program and host of whoever has it open. A lock left by a process that
// no longer runs is taken over.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
public:
    enum class Outcome { Locked, HeldElsewhere, Failed };

    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();

    Outcome tryLock();
    // Translated, names the project and, when known, who holds it.
    QString message() const { return m_message; }

private:
    QString m_projectPath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_message;
};

} // namespace ktk
