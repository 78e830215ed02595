// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqliteconnection.h"

#include "store/sqlsupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace ktk::sql {

namespace {

bool setConfig(sqlite3 *h, int option, int value)
{
    int now = -1;
    return sqlite3_db_config(h, option, value, &now) == SQLITE_OK && now == value;
}

int readConfig(sqlite3 *h, int option)
{
    int now = -1;
    if (sqlite3_db_config(h, option, -1, &now) != SQLITE_OK)
        return -1;
    return now;
}

// SQLite calls this every N virtual machine steps; non-zero interrupts.
int stopAfterDeadline(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

} // namespace

sqlite3 *Connection::handle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<QSqlDatabase> Connection::open(const QString &path, const QString &name, Mode mode)
{
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        switch (mode) {
        case Mode::ReadWrite:
            db.setDatabaseName(path);
            break;
        case Mode::ReadOnly:
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            break;
        case Mode::MainFileOnly:
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            break;
        }
        if (!db.open()) {
            problem = errorText(db.lastError());
        } else if (sqlite3 *h = handle(db)) {
            // Before any statement: the first one parses the file's schema.
            const bool hardened = setConfig(h, SQLITE_DBCONFIG_DEFENSIVE, 1)
                                  && setConfig(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0)
                                  && setConfig(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0)
                                  && setConfig(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0)
                                  && setConfig(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0);
            // Pages are checked as they are read, so a damaged page is an
            // error, not a crash or a loop.
            QSqlQuery q(db);
            if (!hardened)
                problem = QStringLiteral("could not switch on SQLite's defensive settings");
            else if (!q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))
                     || !q.exec(QStringLiteral("PRAGMA cell_size_check = ON")))
                problem = errorText(q.lastError());
        } else {
            problem = QStringLiteral("the SQLite driver gave no handle");
        }
        if (problem.isEmpty())
            return db;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return Result<QSqlDatabase>::failure(problem);
}

void Connection::close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Connection::vacuumInto(QSqlDatabase &db, const QString &target)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Status::failure(ErrorDescription::describe(q.lastError()));
    q.addBindValue(target);
    if (!q.exec())
        return Status::failure(ErrorDescription::describe(q.lastError()));
    return {};
}

Connection::Safety Connection::safetyOf(const QSqlDatabase &db)
{
    Safety s;
    sqlite3 *h = handle(db);
    if (!h)
        return s;
    s.defensive = readConfig(h, SQLITE_DBCONFIG_DEFENSIVE) == 1;
    s.triggers = readConfig(h, SQLITE_DBCONFIG_ENABLE_TRIGGER) != 0;
    s.views = readConfig(h, SQLITE_DBCONFIG_ENABLE_VIEW) != 0;
    s.trustedSchema = readConfig(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA) != 0;   // what PRAGMA trusted_schema sets
    return s;
}

StatementTimeLimit::StatementTimeLimit(const QSqlDatabase &db, int milliseconds)
    : m_handle(Connection::handle(db)), m_deadline(milliseconds)
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 10000, stopAfterDeadline, &m_deadline);
}

StatementTimeLimit::~StatementTimeLimit()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

} // namespace ktk::sql
