// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectfileguard.h"

#include "store/schemaverifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ktk {

namespace {

using Mode = sql::Connection::Mode;
using Verdict = ProjectFileCheck::Verdict;

bool hasContent(const QString &file)
{
    const QFileInfo info(file);
    return info.exists() && info.size() > 0;
}

// Renames files aside, and back again if the open is refused.
class SetAside
{
public:
    bool move(const QString &file)
    {
        if (!QFileInfo::exists(file))
            return true;
        const QString target = ProjectFileGuard::strayName(file);
        if (!QFile::rename(file, target))
            return false;
        m_moved.append({file, target});
        return true;
    }
    QString targetOf(const QString &file) const
    {
        for (const auto &m : m_moved) {
            if (m.first == file)
                return m.second;
        }
        return {};
    }
    void undo()
    {
        for (auto it = m_moved.crbegin(); it != m_moved.crend(); ++it)
            QFile::rename(it->second, it->first);
        m_moved.clear();
    }

private:
    QVector<QPair<QString, QString>> m_moved;
};

bool mayBeStrayWal(Verdict v)
{
    // A newer schema in the WAL is a newer Kanttekening's unfinished work, not a stray.
    return v == Verdict::NotAProject || v == Verdict::Damaged || v == Verdict::Unsafe;
}

} // namespace

QString ProjectFileGuard::whatTheWalWouldDo(ProjectFileCheck::Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotAProject:
        return tr("with it, SQLite would have read another program's database in place of the project");
    case Verdict::Unsafe:
        return tr("with it, the project would hold SQL that Kanttekening never makes");
    default:
        return tr("with it, the project would read as damaged");
    }
}

QString ProjectFileGuard::strayName(const QString &file)
{
    const QString base = file + QStringLiteral(".stray-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

ProjectFileGuard::Decision ProjectFileGuard::prepare(const QString &path, const SchemaVerifier &verifier)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const QString journal = path + QStringLiteral("-journal");
    Decision decision;
    SetAside aside;
    auto cannotMove = [&](const QString &file) {
        aside.undo();
        decision.outcome.verdict = Verdict::Unreadable;
        decision.outcome.message =
            tr("\"%1\" cannot be opened safely: beside it is \"%2\", which does not belong to it, and it could not "
               "be renamed. Move it to another folder and open the project again.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(file));
        decision.notices.clear();
        return decision;
    };

    if (hasContent(journal)) {
        if (!aside.move(journal))
            return cannotMove(journal);
        decision.notices.append(
            tr("\"%1\" lay beside the project: a rollback journal, which Kanttekening projects never have, and "
               "which SQLite would have written into the project. It was renamed to \"%2\".")
                .arg(QDir::toNativeSeparators(journal), QDir::toNativeSeparators(aside.targetOf(journal))));
    }

    if (hasContent(wal)) {
        const ProjectFileCheck::Outcome withWal = ProjectFileCheck::inspect(path, verifier, Mode::ReadOnly);
        if (withWal.ok() || !mayBeStrayWal(withWal.verdict)) {
            decision.outcome = withWal;
        } else {
            const ProjectFileCheck::Outcome alone = ProjectFileCheck::inspect(path, verifier, Mode::MainFileOnly);
            if (!alone.ok()) {
                decision.outcome = withWal;
            } else {
                if (!aside.move(wal))
                    return cannotMove(wal);
                if (!aside.move(shm))
                    return cannotMove(shm);
                decision.outcome = alone;
                decision.notices.append(
                    tr("\"%1\" lay beside the project but does not belong to it: %2. It may be left over from "
                       "another copy of the project. It was renamed to \"%3\", and the project opened as its file "
                       "holds it.")
                        .arg(QDir::toNativeSeparators(wal), whatTheWalWouldDo(withWal.verdict),
                             QDir::toNativeSeparators(aside.targetOf(wal))));
            }
        }
    } else {
        decision.outcome = ProjectFileCheck::inspect(path, verifier, Mode::MainFileOnly);
    }

    if (!decision.outcome.ok()) {
        aside.undo();
        decision.notices.clear();
    }
    return decision;
}

} // namespace ktk
