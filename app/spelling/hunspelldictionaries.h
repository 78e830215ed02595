// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ktk {

// Where a Hunspell dictionary lives: the .aff/.dic pair and the encoding its
// SET line declares.
struct HunspellDictionaryFiles
{
    QString language;       // "nl", "en_US", ...
    QString affPath;
    QString dicPath;
    QByteArray encoding;    // "UTF-8", "ISO8859-1", ...
    bool isValid() const { return !affPath.isEmpty() && !dicPath.isEmpty(); }
};

// Finds Hunspell dictionaries in the folders Debian's packages and users put
// them in. The user's own folder comes first, so a newer dictionary there
// wins over the system's.
class HunspellDictionaries
{
public:
    // $XDG_DATA_HOME/hunspell, /usr/share/hunspell, /usr/share/myspell/dicts,
    // /usr/share/myspell (and the other XDG data folders' "hunspell").
    static QStringList standardSearchPaths();

    explicit HunspellDictionaries(QStringList searchPaths = standardSearchPaths());

    QStringList searchPaths() const { return m_paths; }
    // The files for language, or an invalid entry. "nl" also takes nl_NL's
    // files (some systems name the Dutch dictionary only so).
    HunspellDictionaryFiles find(const QString &language) const;
    // The encoding named by the SET line of an .aff file; ISO8859-1, Hunspell's
    // own default, when there is none.
    static QByteArray affEncoding(const QString &affPath);

private:
    QStringList m_paths;
};

} // namespace ktk
