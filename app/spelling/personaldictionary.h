// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ktk {

// The words a user added to one language's dictionary: a UTF-8 text file
// with one word per line, rewritten as a whole on every addition so that a
// crash never leaves half a file. Shared by every backend, so the list
// stays the user's when the program changes spell checker.
// (Also compiled against Qt 5 by tests/sonnet5: keep to API both have.)
class PersonalDictionary
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDictionary)
public:
    // <AppDataLocation>/personal-dictionary-<language>.txt
    static QString defaultPath(const QString &language);

    explicit PersonalDictionary(QString path);

    QString path() const { return m_path; }
    // Reads the file again; a missing file is an empty list, not an error.
    Status load();
    bool contains(const QString &word) const { return m_words.contains(word); }
    QStringList words() const { return m_ordered; }
    // Adds word and writes the file before returning. On failure the word
    // is still accepted for this session and the message names the file.
    Status add(const QString &word);

private:
    QString m_path;
    QSet<QString> m_words;
    QStringList m_ordered;
};

} // namespace ktk
