// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectfilecheck.h"

#include "store/projectstore.h"
#include "store/schemaverifier.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <climits>

namespace ktk {

namespace {

// Offsets in the SQLite file header, https://www.sqlite.org/fileformat.html
constexpr int PageSizeOffset = 16;
constexpr int ChangeCounterOffset = 24;
constexpr int PageCountOffset = 28;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;
constexpr int VersionValidForOffset = 92;

// Reading a file's identity and schema takes milliseconds; a file that keeps
// SQLite busy longer is not one of ours.
constexpr int SchemaReadLimitMs = 10000;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

using Verdict = ProjectFileCheck::Verdict;
using Outcome = ProjectFileCheck::Outcome;

Outcome refusal(Verdict verdict, const QString &message)
{
    Outcome out;
    out.verdict = verdict;
    out.message = message;
    return out;
}

QString damaged(const QString &name, const QString &problem)
{
    return ProjectFileCheck::tr("\"%1\" is damaged and cannot be opened safely (%2). Restore it from a backup; "
                                "the file has not been changed.")
        .arg(name, problem);
}

QString newer(const QString &name, int version, int newest)
{
    return ProjectFileCheck::tr("\"%1\" was made by a newer version of Kanttekening (schema %2); this version reads "
                                "up to %3. Update Kanttekening to open it.")
        .arg(name)
        .arg(version)
        .arg(newest);
}

QString foreign(const QString &name)
{
    return ProjectFileCheck::tr("\"%1\" is not a Kanttekening project (it is a database made by another program).")
        .arg(name);
}

// Runs a one-value PRAGMA; false with *error set when SQLite refuses.
bool pragmaValue(QSqlDatabase &db, const QString &pragma, qint64 *value, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next()) {
        *error = q.lastError().isValid() ? sql::errorText(q.lastError()) : QStringLiteral("no value");
        return false;
    }
    *value = q.value(0).toLongLong();
    return true;
}

} // namespace

bool ProjectFileCheck::looksLikeProject(const QString &path)
{
    if (QFileInfo(path).suffix().compare(ProjectStore::FileSuffix, Qt::CaseInsensitive) == 0)
        return true;
    return check(path).applicationId == ProjectStore::ApplicationId;
}

Outcome ProjectFileCheck::check(const QString &path, int newestVersion)
{
    Outcome out;
    const QString name = QDir::toNativeSeparators(path);

    const QFileInfo info(path);
    if (!info.exists()) {
        return refusal(Verdict::NotFound,
                       tr("Cannot open \"%1\": the file does not exist. It may have been moved, renamed or deleted.")
                           .arg(name));
    }
    if (info.isDir())
        return refusal(Verdict::NotAProject, tr("\"%1\" is a folder, not a Kanttekening project.").arg(name));
    // A FIFO or a device would block or never end; a project is a plain file.
    if (!info.isFile()) {
        return refusal(Verdict::NotAProject,
                       tr("\"%1\" is not a Kanttekening project: it is not an ordinary file.").arg(name));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refusal(Verdict::Unreadable,
                       tr("Cannot open \"%1\": %2.").arg(name, file.errorString()));
    }
    const QByteArray header = file.read(HeaderSize);
    const qint64 size = file.size();
    file.close();

    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < HeaderSize || !header.startsWith(magic)) {
        return refusal(Verdict::NotAProject,
                       tr("\"%1\" is not a Kanttekening project: it is not a database file.").arg(name));
    }

    out.applicationId = bigEndian32(header, ApplicationIdOffset);
    out.userVersion = int(qMin<quint32>(bigEndian32(header, UserVersionOffset), quint32(INT_MAX)));
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return out;   // the header may lag behind the WAL
    if (out.applicationId != ProjectStore::ApplicationId)
        return refusal(Verdict::NotAProject, foreign(name));
    if (out.userVersion > newestVersion)
        return refusal(Verdict::NewerSchema, newer(name, out.userVersion, newestVersion));

    // The header records the page count when the two counters agree (SQLite
    // 3.7.0 and later). A file shorter than that lost its tail.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + PageSizeOffset);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, PageCountOffset);
    const bool countValid = bigEndian32(header, ChangeCounterOffset) == bigEndian32(header, VersionValidForOffset);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size < qint64(pageSize)
        || (countValid && size < qint64(pageCount) * pageSize)) {
        return refusal(Verdict::Truncated,
                       tr("\"%1\" is damaged: the file is shorter than it should be. Restore it from a backup.")
                           .arg(name));
    }
    if (out.userVersion < 1) {
        return refusal(Verdict::Damaged,
                       tr("\"%1\" is damaged: it has no schema version. Restore it from a backup.").arg(name));
    }
    return out;
}

Outcome ProjectFileCheck::inspect(QSqlDatabase &db, const QString &path, const SchemaVerifier &verifier, Depth depth)
{
    const QString name = QDir::toNativeSeparators(path);
    Outcome out;
    QString problem;
    {
        // Identity and schema first, with a time bound: until the schema is
        // known to be ours, nothing else is read.
        const sql::StatementTimeLimit limit(db, SchemaReadLimitMs);
        qint64 applicationId = 0;
        qint64 userVersion = 0;
        if (!pragmaValue(db, QStringLiteral("application_id"), &applicationId, &problem)
            || !pragmaValue(db, QStringLiteral("user_version"), &userVersion, &problem))
            return refusal(Verdict::Damaged, damaged(name, problem));
        out.applicationId = quint32(applicationId);
        out.userVersion = int(qBound(qint64(INT_MIN), userVersion, qint64(INT_MAX)));
        if (out.applicationId != ProjectStore::ApplicationId)
            return refusal(Verdict::NotAProject, foreign(name));
        if (out.userVersion > verifier.newestVersion())
            return refusal(Verdict::NewerSchema, newer(name, out.userVersion, verifier.newestVersion()));
        if (out.userVersion < 1) {
            return refusal(Verdict::Damaged,
                           tr("\"%1\" is damaged: it has no schema version. Restore it from a backup.").arg(name));
        }
        if (const Status schema = verifier.verify(db, out.userVersion); !schema) {
            Outcome refused = refusal(
                Verdict::Unsafe,
                //: %2 says what is wrong, e.g. "it contains a trigger ("x"): SQL stored in the file..."
                tr("\"%1\" cannot be opened safely: %2. It may have been changed by another program, or made to "
                   "harm whoever opens it. The file has not been changed.")
                    .arg(name, schema.error()));
            refused.applicationId = out.applicationId;
            refused.userVersion = out.userVersion;
            return refused;
        }
    }

    if (depth == Depth::SchemaOnly)
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        problem = sql::errorText(q.lastError());
    } else {
        QStringList lines;
        while (q.next() && lines.size() < 3)
            lines.append(q.value(0).toString());
        if (q.lastError().isValid())
            problem = sql::errorText(q.lastError());
        else if (lines != QStringList{QStringLiteral("ok")})
            problem = lines.join(QStringLiteral("; "));
    }
    if (!problem.isEmpty()) {
        Outcome refused = refusal(Verdict::Damaged, damaged(name, problem));
        refused.applicationId = out.applicationId;
        refused.userVersion = out.userVersion;
        return refused;
    }
    return out;
}

Outcome ProjectFileCheck::inspect(const QString &path, const SchemaVerifier &verifier, sql::Connection::Mode mode)
{
    const QString shm = path + QStringLiteral("-shm");
    const bool shmExisted = QFileInfo::exists(shm);
    const QString connection = sql::uniqueConnectionName(QStringLiteral("check"));
    Outcome out;
    {
        Result<QSqlDatabase> db = sql::Connection::open(path, connection, mode);
        if (!db)
            return refusal(Verdict::Damaged, damaged(QDir::toNativeSeparators(path), db.error()));
        out = inspect(db.value(), path, verifier);
    }
    sql::Connection::close(connection);
    // The -shm index is rebuilt from the WAL by the next opener; one that the
    // check made is ours to remove.
    if (!shmExisted)
        QFile::remove(shm);
    return out;
}

} // namespace ktk
