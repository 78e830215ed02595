// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

#include <QCoreApplication>
#include <QString>

namespace ktk {

// Decides whether a file is a project this version may open, before anything
// may write to it. check() reads the first 100 bytes itself, before SQLite
// touches the file: SQLite would happily turn an empty file into a database
// or roll back a hot journal in a file that is not ours. checkIntegrity()
// then lets SQLite read it, read-only. Neither writes to the file.
class ProjectFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileCheck)
public:
    enum class Verdict { Ok, NotFound, NotAProject, NewerSchema, Truncated, Damaged, Unreadable };

    struct Outcome
    {
        Verdict verdict = Verdict::Ok;
        QString message;        // translated, names the file; empty when Ok
        quint32 applicationId = 0;
        int userVersion = 0;
        bool ok() const { return verdict == Verdict::Ok; }
    };

    static constexpr int HeaderSize = 100;

    static Outcome check(const QString &path, int newestVersion = Schema::CurrentVersion);

    // PRAGMA quick_check on a read-only connection. Run it only while holding
    // the project's lock: with no WAL left over, the whole database is in the
    // main file and is read as immutable, so no -wal or -shm file appears.
    static Outcome checkIntegrity(const QString &path);
};

} // namespace ktk
