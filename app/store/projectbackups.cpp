// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectbackups.h"

#include "store/projectfilecheck.h"
#include "store/projectlock.h"
#include "store/schemaverifier.h"
#include "store/sqliteconnection.h"
#include "store/sqlsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace ktk {

namespace {

const QString KeepKey = QStringLiteral("backups/keep");
const QString TimeFormat = QStringLiteral("yyyy-MM-dd HH.mm.ss");
const QString ManualSuffix = QStringLiteral(" manual");
const QString BeforeRestoreSuffix = QStringLiteral(" before restore");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies what SQLite sees in source (including its WAL) to target, through a
// hardened read-only connection; target must not exist.
Status vacuumInto(const QString &source, const QString &target)
{
    const QString name = sql::uniqueConnectionName(QStringLiteral("backup"));
    Status copied;
    {
        Result<QSqlDatabase> db = sql::Connection::open(source, name, sql::Connection::Mode::ReadOnly);
        copied = db ? sql::Connection::vacuumInto(db.value(), target) : db.status();
    }
    sql::Connection::close(name);
    return copied;
}

// A backup, new or offered for restoring, is checked like a mailed project,
// as SQLite will see it (with a -wal, should one lie beside it).
ProjectFileCheck::Outcome checkCopy(const QString &path)
{
    const SchemaVerifier verifier;
    const ProjectFileCheck::Outcome header = ProjectFileCheck::check(path, verifier.newestVersion());
    if (!header.ok())
        return header;
    return ProjectFileCheck::inspect(path, verifier, sql::Connection::Mode::ReadOnly);
}

} // namespace

int ProjectBackups::keepSetting()
{
    bool ok = false;
    const int keep = QSettings().value(KeepKey, DefaultKeep).toInt(&ok);
    return ok ? qBound(0, keep, MaxKeep) : DefaultKeep;
}

void ProjectBackups::setKeepSetting(int keep)
{
    QSettings().setValue(KeepKey, qBound(0, keep, MaxKeep));
}

ProjectBackups::ProjectBackups(QString projectPath)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
{
}

QString ProjectBackups::besideFolder() const
{
    const QFileInfo info(m_projectPath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(" backups");
}

QString ProjectBackups::dataFolder() const
{
    const QFileInfo info(m_projectPath);
    const QByteArray id = QCryptographicHash::hash(m_projectPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/")
           + info.completeBaseName() + u'-' + QString::fromLatin1(id);
}

QString ProjectBackups::folder() const
{
    const QString beside = besideFolder();
    const QFileInfo info(beside);
    if (info.isDir() ? info.isWritable() : QFileInfo(QFileInfo(m_projectPath).absolutePath()).isWritable())
        return beside;
    return dataFolder();
}

QString ProjectBackups::freeBackupPath(const QString &dir, Kind kind, QDateTime *made) const
{
    QString suffix = QStringLiteral(".ktk");
    if (kind == Kind::Manual)
        suffix.prepend(ManualSuffix);
    else if (kind == Kind::BeforeRestore)
        suffix.prepend(BeforeRestoreSuffix);
    const QString stem = dir + u'/' + QFileInfo(m_projectPath).completeBaseName() + u' ';
    // Two backups in one second: the later one takes the next second's name.
    QDateTime when = QDateTime::currentDateTime();
    QString path = stem + when.toString(TimeFormat) + suffix;
    while (QFileInfo::exists(path)) {
        when = when.addSecs(1);
        path = stem + when.toString(TimeFormat) + suffix;
    }
    if (made)
        *made = when;
    return path;
}

QVector<ProjectBackups::Backup> ProjectBackups::list() const
{
    QVector<Backup> found;
    const QString stem = QFileInfo(m_projectPath).completeBaseName();
    static const QRegularExpression named(QStringLiteral(R"(^(.*) (\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d)( manual| before restore)?\.ktk$)"));
    QStringList folders{besideFolder(), dataFolder()};
    folders.removeDuplicates();
    for (const QString &dir : qAsConst(folders)) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.ktk")}, QDir::Files);
        for (const QFileInfo &file : files) {
            const QRegularExpressionMatch m = named.match(file.fileName());
            if (!m.hasMatch() || m.captured(1) != stem)
                continue;
            Backup b;
            b.path = file.absoluteFilePath();
            b.made = QDateTime::fromString(m.captured(2), TimeFormat);
            b.size = file.size();
            b.kind = m.captured(3) == ManualSuffix          ? Kind::Manual
                     : m.captured(3) == BeforeRestoreSuffix ? Kind::BeforeRestore
                                                            : Kind::Automatic;
            if (b.made.isValid())
                found.append(b);
        }
    }
    // <project>.v<N>.bak and <project>.v<N>-<n>.bak, from schema updates.
    static const QRegularExpression update(QStringLiteral(R"(\.v(\d+)(-\d+)?\.bak$)"));
    const QFileInfo project(m_projectPath);
    const QFileInfoList baks =
        QDir(project.absolutePath()).entryInfoList({project.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
    for (const QFileInfo &file : baks) {
        const QRegularExpressionMatch m = update.match(file.fileName());
        if (!m.hasMatch())
            continue;
        Backup b;
        b.path = file.absoluteFilePath();
        b.made = file.lastModified();
        b.size = file.size();
        b.kind = Kind::BeforeUpdate;
        b.schemaVersion = m.captured(1).toInt();
        found.append(b);
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return found;
}

bool ProjectBackups::isDue() const
{
    const QFileInfo project(m_projectPath);
    if (!project.exists())
        return false;
    QDateTime changed = project.lastModified();
    const QFileInfo wal(m_projectPath + QStringLiteral("-wal"));
    // SQLite makes an empty -wal just by opening; only one with frames is a change.
    if (wal.exists() && wal.size() > 0)
        changed = qMax(changed, wal.lastModified());
    for (const Backup &b : list()) {
        if (b.kind != Kind::Automatic && b.kind != Kind::Manual)
            continue;
        // The newest one decides; the name holds the time it was started, the
        // file's own time when it was finished.
        return QFileInfo(b.path).lastModified() < changed;
    }
    return true;
}

Result<ProjectBackups::Backup> ProjectBackups::makeBackup(Kind kind, int keep) const
{
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        return Result<Backup>::failure(tr("Could not back up \"%1\": the folder \"%2\" cannot be made.")
                                           .arg(native(m_projectPath), native(dir)));
    }
    QDateTime now;
    const QString target = freeBackupPath(dir, kind, &now);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);

    if (const Status copied = vacuumInto(m_projectPath, partial); !copied) {
        QFile::remove(partial);
        return Result<Backup>::failure(tr("Could not back up \"%1\" to \"%2\": %3.")
                                           .arg(native(m_projectPath), native(target), copied.error()));
    }
    const ProjectFileCheck::Outcome checked = checkCopy(partial);
    if (!checked.ok()) {
        QFile::remove(partial);
        return Result<Backup>::failure(tr("Could not back up \"%1\": the copy did not pass the checks a project "
                                          "must pass (%2).")
                                           .arg(native(m_projectPath), checked.message));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Result<Backup>::failure(tr("Could not back up \"%1\": the copy could not be named \"%2\".")
                                           .arg(native(m_projectPath), native(target)));
    }
    Backup made;
    made.path = target;
    made.made = now;
    made.size = QFileInfo(target).size();
    made.kind = kind;
    made.schemaVersion = checked.userVersion;
    if (kind == Kind::Automatic)
        prune(keep);
    return made;
}

void ProjectBackups::prune(int keep) const
{
    int seen = 0;
    for (const Backup &b : list()) {
        if (b.kind == Kind::Automatic && ++seen > qMax(keep, 1))
            QFile::remove(b.path);
    }
}

Result<QString> ProjectBackups::restore(const QString &backupPath) const
{
    const QString project = m_projectPath;
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (QFileInfo(backup) == QFileInfo(project))
        return Result<QString>::failure(tr("\"%1\" is the project itself, not a backup of it.").arg(native(backup)));

    // The backup is a file like any other: it must pass every check.
    if (ProjectLock::isHeldInThisProcess(backup)) {
        return Result<QString>::failure(
            tr("Cannot restore from \"%1\": it is open in this window.").arg(native(backup)));
    }
    if (const ProjectFileCheck::Outcome checked = checkCopy(backup); !checked.ok())
        return Result<QString>::failure(checked.message);

    // Nobody may have the project open while its file is replaced.
    const bool projectExists = QFileInfo::exists(project);
    ProjectLock lock(project);
    if (projectExists) {
        if (ProjectLock::isHeldInThisProcess(project)) {
            return Result<QString>::failure(
                tr("Cannot restore \"%1\" while it is open. Close it first.").arg(native(project)));
        }
        if (lock.tryLock() != ProjectLock::Outcome::Locked)
            return Result<QString>::failure(lock.message());
    }

    // 1. The restored file, complete and checked, under a temporary name
    //    beside the project (same file system, so the final rename is atomic).
    const QString incoming = project + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (const Status copied = vacuumInto(backup, incoming); !copied) {
        QFile::remove(incoming);
        return Result<QString>::failure(tr("Could not restore \"%1\" from \"%2\": %3.")
                                            .arg(native(project), native(backup), copied.error()));
    }
    if (const ProjectFileCheck::Outcome checked = checkCopy(incoming); !checked.ok()) {
        QFile::remove(incoming);
        return Result<QString>::failure(checked.message);
    }

    // 2. The project as it is now moves into the backup folder, with its WAL:
    //    whatever state it is in, nothing of it is lost.
    QString keptAs;
    if (projectExists) {
        const QString dir = folder();
        QDir().mkpath(dir);
        keptAs = freeBackupPath(dir, Kind::BeforeRestore);
        const QString wal = project + QStringLiteral("-wal");
        bool moved = QFile::rename(project, keptAs);
        if (moved && QFileInfo::exists(wal) && !QFile::rename(wal, keptAs + QStringLiteral("-wal"))) {
            QFile::rename(keptAs, project);
            moved = false;
        }
        if (!moved) {
            QFile::remove(incoming);
            return Result<QString>::failure(tr("Could not restore \"%1\": the project could not be moved to \"%2\" "
                                               "to keep it. Nothing was changed.")
                                                .arg(native(project), native(keptAs)));
        }
        QFile::remove(project + QStringLiteral("-shm"));   // rebuilt from the WAL, which moved with its file
    }

    // 3. The restored file takes the project's name.
    if (!QFile::rename(incoming, project)) {
        if (projectExists) {
            QFile::rename(keptAs, project);
            QFile::rename(keptAs + QStringLiteral("-wal"), project + QStringLiteral("-wal"));
        }
        QFile::remove(incoming);
        return Result<QString>::failure(
            tr("Could not restore \"%1\": the restored copy could not take its name. Nothing was changed.")
                .arg(native(project)));
    }
    return keptAs;
}

QString ProjectBackups::describe(const Backup &backup)
{
    switch (backup.kind) {
    case Kind::Automatic:
        return tr("Automatic");
    case Kind::Manual:
        return tr("Made by hand");
    case Kind::BeforeRestore:
        return tr("Before a restore");
    case Kind::BeforeUpdate:
        //: %1 is a schema version number
        return tr("Before the update from schema %1").arg(backup.schemaVersion);
    }
    return {};
}

} // namespace ktk
