// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"
#include "store/sqliteconnection.h"

#include <QCoreApplication>
#include <QString>

namespace ktk {

class SchemaVerifier;

// Decides whether a file is a project this version may open, before anything
// may write to it. check() reads the first 100 bytes itself, before SQLite
// touches the file: SQLite would happily turn an empty file into a database
// or roll back a hot journal in a file that is not ours. inspect() then lets
// SQLite read it, read-only, through a hardened connection: identity, schema
// version, the schema itself and the integrity of every page. Neither writes
// to the file.
class ProjectFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileCheck)
public:
    enum class Verdict {
        Ok,
        NotFound,
        NotAProject,
        NewerSchema,
        Truncated,
        Damaged,
        Unsafe,         // ours by its header, but its schema holds what we never make (triggers, views...)
        Unreadable
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Ok;
        QString message;        // translated, names the file; empty when Ok
        quint32 applicationId = 0;
        int userVersion = 0;
        bool ok() const { return verdict == Verdict::Ok; }
    };

    static constexpr int HeaderSize = 100;

    // Whether a file given to open is meant as a project rather than a
    // document to import: named *.ktk, or ours by content (a project mailed
    // as .db). Reads only the header of an ordinary file.
    static bool looksLikeProject(const QString &path);

    // What the main file's header tells. With a -wal beside the file the
    // header may be out of date (the newest page 1 and the file's length may
    // still be in the WAL), so only the SQLite magic is checked then, and
    // inspect() judges the file as SQLite will see it.
    static Outcome check(const QString &path, int newestVersion = Schema::CurrentVersion);

    // Reads the file through a hardened read-only connection: ReadOnly sees it
    // with its -wal, as the store will; MainFileOnly ignores every journal.
    // Checks application_id, user_version (1..newest), that the schema is
    // exactly the one of that version, and PRAGMA quick_check. Run it only
    // while holding the project's lock. A -shm file SQLite needs for reading
    // a WAL is removed again if the check made it.
    static Outcome inspect(const QString &path, const SchemaVerifier &verifier,
                           sql::Connection::Mode mode = sql::Connection::Mode::ReadOnly);

    // inspect() on an open connection (a backup being checked, the store's
    // own connection before it writes). SchemaOnly leaves out quick_check.
    enum class Depth { SchemaOnly, Full };
    static Outcome inspect(QSqlDatabase &db, const QString &path, const SchemaVerifier &verifier,
                           Depth depth = Depth::Full);
};

} // namespace ktk
