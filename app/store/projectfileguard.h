// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/projectfilecheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace ktk {

class SchemaVerifier;

// Decides, under the project's lock and before any connection may write,
// which state of a project file the store will open, and makes sure it is
// one of ours.
//
// SQLite replays any self-consistent -wal and rolls back any hot -journal it
// finds beside a database, even one that belongs to another file. So:
// - a -wal is trusted only if the project as seen through it passes every
//   check; if it does not but the main file alone does, the -wal is not the
//   project's (a stray, or left over from another copy) and is renamed aside;
// - a -journal is never the project's (projects are in WAL mode from their
//   first byte) and is renamed aside;
// - with no journal, the main file alone is checked.
// Nothing is deleted: what is set aside keeps its bytes under a new name, and
// a refusal puts every name back.
class ProjectFileGuard
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileGuard)
public:
    struct Decision
    {
        ProjectFileCheck::Outcome outcome;
        QStringList notices;    // translated; what was set aside and why
        bool ok() const { return outcome.ok(); }
    };

    static Decision prepare(const QString &path, const SchemaVerifier &verifier);

    // "<file>.stray-<yyyyMMdd-HHmmss>", numbered if that exists.
    static QString strayName(const QString &file);

private:
    static QString whatTheWalWouldDo(ProjectFileCheck::Verdict verdict);
};

} // namespace ktk
