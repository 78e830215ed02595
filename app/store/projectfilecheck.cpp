// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectfilecheck.h"

#include "store/projectstore.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

ProjectFileCheck::Outcome ProjectFileCheck::check(const QString &path, int newestVersion)
{
    Outcome out;
    const QString name = QDir::toNativeSeparators(path);
    auto refuse = [&](Verdict verdict, const QString &message) {
        out.verdict = verdict;
        out.message = message;
        return out;
    };

    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(Verdict::NotFound,
                      tr("Cannot open \"%1\": the file does not exist. It may have been moved, renamed or deleted.")
                          .arg(name));
    }
    if (info.isDir())
        return refuse(Verdict::NotAProject, tr("\"%1\" is a folder, not a Kanttekening project.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(Verdict::Unreadable,
                      tr("Cannot open \"%1\": %2.").arg(name, file.errorString()));
    }
    const QByteArray header = file.read(HeaderSize);
    const qint64 size = file.size();
    file.close();

    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < HeaderSize || !header.startsWith(magic)) {
        return refuse(Verdict::NotAProject,
                      tr("\"%1\" is not a Kanttekening project: it is not a database file.").arg(name));
    }

    out.applicationId = bigEndian32(header, ApplicationIdOffset);
    out.userVersion = int(qMin<quint32>(bigEndian32(header, UserVersionOffset), quint32(INT_MAX)));
    if (out.applicationId != ProjectStore::ApplicationId) {
        return refuse(Verdict::NotAProject,
                      tr("\"%1\" is not a Kanttekening project (it is a database made by another program).")
                          .arg(name));
    }
    if (out.userVersion > newestVersion) {
        return refuse(Verdict::NewerSchema,
                      tr("\"%1\" was made by a newer version of Kanttekening (schema %2); this version reads up "
                         "to %3. Update Kanttekening to open it.")
                          .arg(name)
                          .arg(out.userVersion)
                          .arg(newestVersion));
    }

    // The header records the page count when the two counters agree (SQLite
    // 3.7.0 and later). A file shorter than that lost its tail.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + PageSizeOffset);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, PageCountOffset);
    const bool countValid = bigEndian32(header, ChangeCounterOffset) == bigEndian32(header, VersionValidForOffset);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size < qint64(pageSize)
        || (countValid && size < qint64(pageCount) * pageSize)) {
        return refuse(Verdict::Truncated,
                      tr("\"%1\" is damaged: the file is shorter than it should be. Restore it from a backup.")
                          .arg(name));
    }
    return out;
}

ProjectFileCheck::Outcome ProjectFileCheck::checkIntegrity(const QString &path)
{
    const QString shm = path + QStringLiteral("-shm");
    const bool walExists = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool shmExisted = QFileInfo::exists(shm);
    const QString connection = sql::uniqueConnectionName(QStringLiteral("check"));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (walExists) {
            // A crash left committed changes in the WAL; a reader includes them.
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            problem = sql::errorText(db.lastError());
        } else {
            QSqlQuery q(db);
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
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    // The -shm index is rebuilt from the WAL by the next opener; one that the
    // check made is ours to remove.
    if (!shmExisted)
        QFile::remove(shm);

    Outcome out;
    if (!problem.isEmpty()) {
        out.verdict = Verdict::Damaged;
        out.message = tr("\"%1\" is damaged and cannot be opened safely (%2). Restore it from a backup; the file "
                         "has not been changed.")
                          .arg(QDir::toNativeSeparators(path), problem);
    }
    return out;
}

} // namespace ktk
