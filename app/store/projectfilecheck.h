// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

#include <QCoreApplication>
#include <QString>

namespace ktk {

// Decides from the first 100 bytes whether a file is a project this version
// may open, before SQLite touches it: SQLite would happily turn an empty file
// into a database or roll back a hot journal in a file that is not ours.
// Reads only; never writes, locks or creates anything.
class ProjectFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileCheck)
public:
    enum class Verdict { Ok, NotFound, NotAProject, NewerSchema, Truncated, Unreadable };

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
};

} // namespace ktk
