// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What other programs leave in and beside a project file, for the store and
// hostile tests: SQL run on it over an ordinary connection, and the -wal and
// hot -journal of another database.

#include "store/sqlsupport.h"

#include <QDebug>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ktk::testutil {

// Runs statements on path as another program would (no checks, no
// hardening); false, with the failing statement logged, when one fails.
inline bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = sql::uniqueConnectionName(QStringLiteral("other-program"));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of the first row of a query, read as another program would.
inline QVariant sqlValue(const QString &path, const QString &statement)
{
    const QString name = sql::uniqueConnectionName(QStringLiteral("other-program"));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0);
            else
                qWarning() << statement << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

namespace detail {
// Opens folder/name, runs setup, and returns the bytes of folder/name+suffix
// as they are before the connection ends (closing would checkpoint or roll back).
inline QByteArray journalOf(const QString &folder, const QString &name, const QString &suffix,
                            const QStringList &setup, const QStringList &after)
{
    const QString path = folder + u'/' + name;
    const QString connection = sql::uniqueConnectionName(QStringLiteral("other-db"));
    QByteArray journal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &statement : setup)
                q.exec(statement);
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                journal = f.readAll();
            for (const QString &statement : after)
                q.exec(statement);
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return journal;
}
} // namespace detail

// Another database's WAL (about 1 MB), copied while that database was open.
inline QByteArray foreignWal(const QString &folder)
{
    QStringList setup{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                      QStringLiteral("CREATE TABLE t (x)")};
    for (int i = 0; i < 300; ++i)
        setup.append(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))"));
    return detail::journalOf(folder, QStringLiteral("other.db"), QStringLiteral("-wal"), setup, {});
}

// Another database's hot rollback journal: a transaction that spilled to
// its journal, copied before it ended.
inline QByteArray foreignHotJournal(const QString &folder)
{
    QStringList setup{QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("CREATE TABLE t (x)")};
    for (int i = 0; i < 50; ++i)
        setup.append(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))"));
    setup << QStringLiteral("BEGIN") << QStringLiteral("DELETE FROM t") << QStringLiteral("PRAGMA cache_size = 1");
    for (int i = 0; i < 200; ++i)
        setup.append(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))"));
    return detail::journalOf(folder, QStringLiteral("other-rollback.db"), QStringLiteral("-journal"), setup,
                             {QStringLiteral("ROLLBACK")});
}

} // namespace ktk::testutil
