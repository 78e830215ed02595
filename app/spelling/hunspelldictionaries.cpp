// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/hunspelldictionaries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <utility>

namespace ktk {

QStringList HunspellDictionaries::standardSearchPaths()
{
    QStringList paths;
    // GenericDataLocation lists $XDG_DATA_HOME first, then $XDG_DATA_DIRS.
    const QStringList dataDirs = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &dir : dataDirs)
        paths << dir + QStringLiteral("/hunspell");
    for (const QString &dir : {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
                               QStringLiteral("/usr/share/myspell")}) {
        if (!paths.contains(dir))
            paths << dir;
    }
    return paths;
}

HunspellDictionaries::HunspellDictionaries(QStringList searchPaths)
    : m_paths(std::move(searchPaths))
{
}

HunspellDictionaryFiles HunspellDictionaries::find(const QString &language) const
{
    QStringList names{language};
    if (!language.contains(QLatin1Char('_')))
        names << language + QLatin1Char('_') + language.toUpper();    // nl -> nl_NL
    for (const QString &name : qAsConst(names)) {
        for (const QString &dir : m_paths) {
            const QString aff = dir + QLatin1Char('/') + name + QStringLiteral(".aff");
            const QString dic = dir + QLatin1Char('/') + name + QStringLiteral(".dic");
            if (QFileInfo(aff).isReadable() && QFileInfo(dic).isReadable())
                return {language, aff, dic, affEncoding(aff)};
        }
    }
    return {language, {}, {}, {}};
}

QByteArray HunspellDictionaries::affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The SET line sits among the first lines of every dictionary we know.
    for (int i = 0; i < 500 && !file.atEnd(); ++i) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("SET ") || line.startsWith("SET\t"))
            return line.mid(4).trimmed();
    }
    return QByteArrayLiteral("ISO8859-1");
}

} // namespace ktk
