// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlError;

// Small pieces every part of the store needs to talk to SQLite through QtSql.
namespace ktk::sql {

// A connection name no other connection in the process has.
QString uniqueConnectionName(const QString &purpose);

// Times are stored as ISO 8601 UTC text with milliseconds, which sorts as time.
QString toIso(const QDateTime &dt);
QDateTime fromIso(const QByteArray &utf8);
QDateTime fromIso(const QVariant &value);

// QSQLITE binds a null QString as SQL NULL, which NOT NULL columns refuse.
QVariant text(const QString &s);
// The value, or SQL NULL when !present.
QVariant nullable(bool present, const QVariant &value);

// SQLite's own message (English), without Qt's prefix when there is one.
QString errorText(const QSqlError &error);

class ErrorDescription
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
public:
    // What an SQLite error means for the user, translated; SQLite's text in brackets.
    static QString describe(const QSqlError &error);
};

} // namespace ktk::sql
