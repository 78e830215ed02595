// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>

struct sqlite3;

namespace ktk::sql {

// Every connection the program opens on a project file, a backup or a file a
// user picked goes through openConnection(). A project file comes from
// anywhere (it is mailed between researchers), so the connection runs no SQL
// the file brings along: triggers and views are switched off at the
// connection, schema-defined functions with side effects are refused
// (trusted_schema off) and SQLite's defensive mode keeps the schema from
// being rewritten by SQL. The store also checks the schema itself
// (SchemaVerifier); this is the second wall.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    enum class Mode {
        ReadWrite,      // the store's own connection
        ReadOnly,       // sees the file as SQLite would, including its -wal
        MainFileOnly    // the main file alone, read-only, ignoring any journal (immutable=1)
    };

    // Adds and opens a QSQLITE connection called name; hardened before it
    // runs any statement. On failure the connection is removed again and the
    // message (SQLite's own, not translated) says why.
    static Result<QSqlDatabase> open(const QString &path, const QString &name, Mode mode);
    // Closes and removes a connection open() made.
    static void close(const QString &name);

    // The settings open() made, read back from SQLite (for tests and asserts).
    struct Safety
    {
        bool defensive = false;
        bool trustedSchema = true;
        bool triggers = true;
        bool views = true;
        bool isHardened() const { return defensive && !trustedSchema && !triggers && !views; }
    };
    static Safety safetyOf(const QSqlDatabase &db);

    // Writes a consistent copy of db, including what is still in its WAL, to
    // target (which must not exist), even while others write to db. The
    // failure message says why, translated where SQLite's code allows.
    static Status vacuumInto(QSqlDatabase &db, const QString &target);

    // The driver's sqlite3 handle; nullptr for anything but an open QSQLITE connection.
    static sqlite3 *handle(const QSqlDatabase &db);

};

// While it lives, statements on db stop with an error ("interrupted") once
// the time is up: reading a file that is not known to be ours yet must not
// keep the program busy forever, whatever the file holds.
class StatementTimeLimit
{
public:
    StatementTimeLimit(const QSqlDatabase &db, int milliseconds);
    ~StatementTimeLimit();
    StatementTimeLimit(const StatementTimeLimit &) = delete;
    StatementTimeLimit &operator=(const StatementTimeLimit &) = delete;
    bool hasExpired() const { return m_deadline.hasExpired(); }

private:
    sqlite3 *m_handle;
    QDeadlineTimer m_deadline;
};

} // namespace ktk::sql
