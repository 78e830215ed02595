// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemaverifier.h"

#include "store/sqliteconnection.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ktk {

namespace {

// More objects than any version of ours has; a file with more is refused
// without reading the rest.
constexpr int MaxObjects = 200;

// ANALYZE (run by PRAGMA optimize when a project closes) adds this table to
// files we made; its rows only steer the query planner.
const QString StatisticsTable = QStringLiteral("sqlite_stat1");
const QString StatisticsSql = QStringLiteral("CREATE TABLE sqlite_stat1(tbl,idx,stat)");

Result<SchemaVerifier::Objects> readObjects(QSqlDatabase &db)
{
    SchemaVerifier::Objects objects;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return Result<SchemaVerifier::Objects>::failure(sql::errorText(q.lastError()));
    while (q.next()) {
        if (objects.size() >= MaxObjects) {
            return Result<SchemaVerifier::Objects>::failure(
                SchemaVerifier::tr("it holds far more tables and indexes than a project has"));
        }
        objects.insert(q.value(1).toString(),
                       {q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    if (q.lastError().isValid())
        return Result<SchemaVerifier::Objects>::failure(sql::errorText(q.lastError()));
    return objects;
}

} // namespace

SchemaVerifier::SchemaVerifier(QVector<SchemaStep> steps)
    : m_steps(std::move(steps))
{
}

SchemaVerifier::Objects SchemaVerifier::expected(int version) const
{
    if (version < 1 || version > newestVersion())
        return {};
    if (const auto it = m_expected.constFind(version); it != m_expected.constEnd())
        return *it;

    const QString name = sql::uniqueConnectionName(QStringLiteral("schema"));
    Objects objects;
    {
        Result<QSqlDatabase> db =
            sql::Connection::open(QStringLiteral(":memory:"), name, sql::Connection::Mode::ReadWrite);
        bool ok = db.ok();
        for (int i = 0; ok && i < version; ++i)
            ok = m_steps.at(i).apply && m_steps.at(i).apply(db.value()).ok();
        if (ok) {
            const Result<Objects> read = readObjects(db.value());
            if (read)
                objects = *read;
        }
    }
    sql::Connection::close(name);
    if (!objects.isEmpty())
        m_expected.insert(version, objects);
    return objects;
}

Status SchemaVerifier::verify(QSqlDatabase &db, int version) const
{
    const Objects want = expected(version);
    if (want.isEmpty())
        return Status::failure(tr("this version of Kanttekening does not know schema version %1").arg(version));
    const Result<Objects> found = readObjects(db);
    if (!found)
        return Status::failure(tr("its list of tables cannot be read (%1)").arg(found.error()));

    // Triggers and views first: they are what a hostile file would carry.
    for (auto it = found->constBegin(); it != found->constEnd(); ++it) {
        if (it->type == QLatin1String("trigger")) {
            //: %1 is the trigger's name as stored in the file
            return Status::failure(tr("it contains a trigger (\"%1\"): SQL stored in the file that would run when "
                                      "the project changes. Kanttekening never makes triggers")
                                       .arg(it.key()));
        }
        if (it->type == QLatin1String("view")) {
            return Status::failure(
                tr("it contains a view (\"%1\"), which Kanttekening never makes").arg(it.key()));
        }
    }
    for (auto it = found->constBegin(); it != found->constEnd(); ++it) {
        const auto expectedEntry = want.constFind(it.key());
        if (expectedEntry == want.constEnd()) {
            if (it.key() == StatisticsTable && it->type == QLatin1String("table") && it->sql == StatisticsSql)
                continue;
            if (it->type == QLatin1String("index")) {
                return Status::failure(tr("it contains an index (\"%1\") that a Kanttekening project of schema "
                                          "version %2 does not have")
                                           .arg(it.key())
                                           .arg(version));
            }
            return Status::failure(tr("it contains a table (\"%1\") that a Kanttekening project of schema "
                                      "version %2 does not have")
                                       .arg(it.key())
                                       .arg(version));
        }
        if (*it != *expectedEntry) {
            if (expectedEntry->type == QLatin1String("index")) {
                return Status::failure(tr("its index \"%1\" is not defined as in schema version %2")
                                           .arg(it.key())
                                           .arg(version));
            }
            return Status::failure(tr("its table \"%1\" is not defined as in schema version %2")
                                       .arg(it.key())
                                       .arg(version));
        }
    }
    for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
        if (found->contains(it.key()))
            continue;
        if (it->type == QLatin1String("index"))
            return Status::failure(tr("its index \"%1\" is missing").arg(it.key()));
        return Status::failure(tr("its table \"%1\" is missing").arg(it.key()));
    }
    return {};
}

} // namespace ktk
