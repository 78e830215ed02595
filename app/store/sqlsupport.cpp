// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlsupport.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace ktk::sql {

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ktk-%1-%2").arg(purpose).arg(++counter);
}

QString toIso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// toIso() writes "yyyy-MM-ddTHH:mm:ss.zzzZ"; reading that by hand, from the
// UTF-8 bytes, is several times faster than QDateTime::fromString, which
// matters for 10,000 rows. Anything else goes the slow, general way.
QDateTime fromIso(const QByteArray &s)
{
    if (s.size() == 24 && s.at(4) == '-' && s.at(7) == '-' && s.at(10) == 'T' && s.at(13) == ':'
        && s.at(16) == ':' && s.at(19) == '.' && s.at(23) == 'Z') {
        bool digits = true;
        auto num = [&](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i) {
                const int c = s.at(i) - '0';
                if (c < 0 || c > 9)
                    digits = false;
                v = v * 10 + c;
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    const QDateTime dt = QDateTime::fromString(QString::fromUtf8(s), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDateTime fromIso(const QVariant &value)
{
    return fromIso(value.toByteArray());
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant();
}

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// QSQLITE reports SQLite's extended result codes as the native error code.
QString ErrorDescription::describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString raw = errorText(error);
    if (!ok)
        return raw;
    switch (code) {
    case 787:   // SQLITE_CONSTRAINT_FOREIGNKEY
        return tr("it refers to a document or claim type that no longer exists");
    case 1555:  // SQLITE_CONSTRAINT_PRIMARYKEY
    case 2067:  // SQLITE_CONSTRAINT_UNIQUE
        return tr("an item with the same id already exists");
    default:
        break;
    }
    switch (code & 0xff) {
    case 13:    // SQLITE_FULL
        return tr("the disk is full (%1)").arg(raw);
    case 8:     // SQLITE_READONLY
        return tr("the file cannot be written to (%1)").arg(raw);
    case 10:    // SQLITE_IOERR
        return tr("the disk could not be written to (%1)").arg(raw);
    case 11:    // SQLITE_CORRUPT
    case 26:    // SQLITE_NOTADB
        return tr("the file is damaged (%1)").arg(raw);
    case 5:     // SQLITE_BUSY
    case 6:     // SQLITE_LOCKED
        return tr("the file is in use by another program (%1)").arg(raw);
    default:
        return raw;
    }
}

} // namespace ktk::sql
