// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace ktk {

class ProjectStore;

// The words a project accepts in every language, kept in the project file
// (setting SpellingProjectSettings::projectWordsKey(), one word a line) so
// that they travel with the project to a colleague. Beside it stays the
// user's own PersonalDictionary, which no project changes.
//
// One per store (of()), so that every editor of the project follows one
// list: write through it, and wordsChanged() tells them all.
class ProjectDictionary : public QObject
{
    Q_OBJECT
public:
    // What is read from a project file, whoever wrote it: more words, or
    // longer ones, are ignored.
    static constexpr int MaxWords = 20000;
    static constexpr int MaxWordLength = 100;

    // The one for store, made on first use (a child of store).
    static ProjectDictionary *of(ProjectStore *store);

    // The words of a stored value, in order, without duplicates, bounded
    // by MaxWords and MaxWordLength; lines that are no word are skipped.
    static QStringList parse(QStringView stored);
    // The word as it is kept (trimmed), or empty when it cannot be one:
    // empty, too long, with spaces or control characters.
    static QString normalised(const QString &word);

    explicit ProjectDictionary(ProjectStore *store);

    // Whether the open project accepts word, also capitalised at the start
    // of a sentence or in capitals when it was added in lower case.
    bool contains(const QString &word) const;
    // Only the word exactly as added.
    bool containsExactly(const QString &word) const;
    QStringList words() const;

    // Why word cannot be added now (not a word, the list is full, no
    // project or one open for reading), or success.
    Status canAdd(const QString &word) const;
    // Written to the project at once. Adding a word already there, or
    // removing one that is not, changes nothing and succeeds.
    Status add(const QString &word);
    Status remove(const QString &word);

signals:
    void wordsChanged();

private:
    void ensureLoaded() const;
    Status store(const QStringList &words);

    QPointer<ProjectStore> m_store;
    mutable QString m_loadedPath;   // the project the list was read from
    mutable bool m_loaded = false;
    mutable QStringList m_ordered;
    mutable QSet<QString> m_words;
};

} // namespace ktk
