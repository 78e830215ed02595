// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/annotationauthor.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ktk {

QString defaultAnnotationAuthor()
{
#ifdef Q_OS_UNIX
    // The GECOS field: "Full Name,Room,Work phone,…"; only the name is wanted.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_gecos) {
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
    }
#endif
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login;
}

} // namespace ktk
