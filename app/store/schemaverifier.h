// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace ktk {

// Decides whether the schema inside a file is exactly one this program made:
// for its user_version, the same tables, columns, constraints and indexes,
// written the same way, and nothing else (no trigger, no view, no virtual
// table). A file that passes holds no SQL of its own that SQLite could run.
//
// What each version looks like is not written down twice: the verifier runs
// the schema steps on an in-memory database and reads what SQLite recorded,
// so a new step is checked as soon as it exists.
class SchemaVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SchemaVerifier)
public:
    explicit SchemaVerifier(QVector<SchemaStep> steps = Schema::steps());

    int newestVersion() const { return int(m_steps.size()); }

    // Compares db's schema with the one of `version` (1..newestVersion()).
    // The failure message is translated and says what differs; callers put
    // the file name around it.
    Status verify(QSqlDatabase &db, int version) const;

    // One schema object as SQLite records it in sqlite_schema.
    struct Entry
    {
        QString type;       // table, index, view, trigger
        QString table;      // tbl_name
        QString sql;        // NULL (empty) for an automatic index
        bool operator==(const Entry &o) const { return type == o.type && table == o.table && sql == o.sql; }
        bool operator!=(const Entry &o) const { return !(*this == o); }
    };
    using Objects = QHash<QString, Entry>;   // by name

    // What `version` looks like, as built from the steps; empty on failure.
    Objects expected(int version) const;

private:
    QVector<SchemaStep> m_steps;
    mutable QHash<int, Objects> m_expected;
};

} // namespace ktk
