// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace ktk {

// The backups of one project, as QDA tools keep them: a consistent copy
// (VACUUM INTO, which includes what is still in the WAL) made when a project
// that changed since its last backup is opened, the newest N kept.
//
// They live in a folder beside the project, "<name> backups", so that they
// travel with the project's folder; where that folder cannot be written, in
// the program's data folder. A backup is an ordinary project file named
// "<name> <yyyy-MM-dd HH.mm.ss>[ kind].ktk", written under a temporary name,
// checked like any project (schema, integrity) and only then given its name.
// The copies a schema update makes ("<project>.v<N>.bak") are listed too.
class ProjectBackups
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBackups)
public:
    enum class Kind {
        Automatic,      // on opening a changed project; only these are pruned
        Manual,         // "Back Up Now"
        BeforeRestore,  // the project as it was before a backup replaced it
        BeforeUpdate    // made by a schema update (<project>.v<N>.bak)
    };
    struct Backup
    {
        QString path;
        QDateTime made;     // local time, from the name (the file time for .bak)
        qint64 size = 0;
        Kind kind = Kind::Automatic;
        int schemaVersion = 0;   // BeforeUpdate: the version it was made at
    };

    static constexpr int DefaultKeep = 5;
    static constexpr int MaxKeep = 100;
    // How many automatic backups to keep (QSettings "backups/keep"); 0 turns
    // automatic backups off.
    static int keepSetting();
    static void setKeepSetting(int keep);

    explicit ProjectBackups(QString projectPath);

    QString projectPath() const { return m_projectPath; }
    // Where new backups go: beside the project if that folder can be made or
    // written, else in the program's data folder.
    QString folder() const;
    // Newest first, from both folders and the .bak files beside the project.
    QVector<Backup> list() const;

    // Whether the project changed after the newest automatic or manual
    // backup was made (the file's or its WAL's modification time).
    bool isDue() const;

    // Writes a backup through a connection of its own (any thread may call
    // this; the project may be open in the store meanwhile) and removes the
    // oldest automatic backups beyond keep. Messages are translated.
    Result<Backup> makeBackup(Kind kind = Kind::Automatic, int keep = keepSetting()) const;

    // Replaces the project with a backup. The project must not be open (the
    // call takes its lock). The backup is checked first; the project as it
    // is now, if any, moves into the backup folder as a BeforeRestore backup,
    // so nothing is lost either way. Returns that backup's path (empty when
    // there was no project file).
    Result<QString> restore(const QString &backupPath) const;

    // The kind's name for the user, in the current language.
    static QString describe(const Backup &backup);

private:
    QString besideFolder() const;
    QString dataFolder() const;
    // "<dir>/<name> <yyyy-MM-dd HH.mm.ss>[ kind].ktk" for now, or the next
    // second whose name is free; *made gets that time.
    QString freeBackupPath(const QString &dir, Kind kind, QDateTime *made = nullptr) const;
    void prune(int keep) const;

    QString m_projectPath;
};

} // namespace ktk
