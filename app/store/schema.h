// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>

namespace ktk {

// One step of the project file's schema: step i (counting from 1) takes a
// file from PRAGMA user_version i-1 to i. A released step is never edited;
// a schema change is a new step appended to Schema::steps(), and a test in
// tests/store keeps files of every earlier version opening.
struct SchemaStep
{
    QString summary;                                 // for messages, not translated
    std::function<Status(QSqlDatabase &db)> apply;   // runs inside the migration's transaction
};

namespace Schema {
// The version this build writes, and the newest it reads.
// 1: the first release. 2: notes on documents. 3: PDF documents.
// 4: web pages as articles (reader mode); Word and OpenDocument files.
constexpr int CurrentVersion = 4;
QVector<SchemaStep> steps();
// Runs each statement in turn; stops at the first that fails.
Status execAll(QSqlDatabase &db, const QStringList &statements);
} // namespace Schema

// Runs schema steps over an open connection. Kept apart from ProjectStore so
// tests can hand it steps of their own (an extra step, a failing step).
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    explicit SchemaMigrator(QVector<SchemaStep> steps = Schema::steps());
    int targetVersion() const { return int(m_steps.size()); }

    static Result<int> userVersion(QSqlDatabase &db);

    // Brings db from its user_version up to targetVersion in one transaction,
    // and stamps application_id. A new project runs the same steps from 0;
    // an existing file at version 0 is not a project (it may be what SQLite
    // made of a stray journal) and is refused, never "migrated" into one.
    // On failure everything is rolled back and the file is as it was.
    enum class From { NewFile, ExistingFile };
    Status migrate(QSqlDatabase &db, From from) const;

    // Writes a consistent copy of db (including what is still in its WAL) to
    // "<path>.v<version>.bak", or a numbered variant if that exists already.
    // Returns the backup's path.
    static Result<QString> backup(QSqlDatabase &db, const QString &path, int version);

private:
    QVector<SchemaStep> m_steps;
};

} // namespace ktk
