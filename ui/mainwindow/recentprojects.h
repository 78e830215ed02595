// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ktk {

// The list of recently opened projects, most recent first, kept in QSettings.
class RecentProjects
{
public:
    static constexpr int MaxEntries = 8;
    static QStringList list();          // only files that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace ktk
