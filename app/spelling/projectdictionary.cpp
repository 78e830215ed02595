// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/projectdictionary.h"

#include "spelling/spellingprojectsettings.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace ktk {

namespace {

// Every word a line: more than this can hold no further word that counts.
constexpr int MaxStoredChars = ProjectDictionary::MaxWords * (ProjectDictionary::MaxWordLength + 2);

bool isWordChar(QChar c)
{
    if (c.isSpace())
        return false;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
        return false;
    default:
        return true;
    }
}

QString lowerFirst(const QString &word)
{
    return word.left(1).toLower() + word.mid(1);
}

} // namespace

ProjectDictionary *ProjectDictionary::of(ProjectStore *store)
{
    if (!store)
        return nullptr;
    if (auto *existing = store->findChild<ProjectDictionary *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ProjectDictionary(store);
}

ProjectDictionary::ProjectDictionary(ProjectStore *store)
    : QObject(store), m_store(store)
{
    setObjectName(QStringLiteral("projectDictionary"));
    if (store) {
        // Another project may be opened with the same store: read again then.
        connect(store, &ProjectStore::closed, this, [this] {
            m_loaded = false;
            m_ordered.clear();
            m_words.clear();
            emit wordsChanged();
        });
    }
}

QString ProjectDictionary::normalised(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.size() > MaxWordLength || !QStringView(w).isValidUtf16())
        return {};
    for (const QChar c : w) {
        if (!isWordChar(c))
            return {};
    }
    return w;
}

QStringList ProjectDictionary::parse(QStringView stored)
{
    QStringList words;
    QSet<QString> seen;
    qsizetype start = 0;
    const qsizetype size = stored.size();
    while (start < size && words.size() < MaxWords) {
        qsizetype end = stored.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = size;
        const QStringView line = stored.mid(start, end - start);
        start = end + 1;
        // A line far too long is skipped without copying it.
        if (line.size() > MaxWordLength + 2)
            continue;
        const QString word = normalised(line.toString());
        if (!word.isEmpty() && !seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    return words;
}

void ProjectDictionary::ensureLoaded() const
{
    const QString path = m_store && m_store->isOpen() ? m_store->path() : QString();
    if (m_loaded && path == m_loadedPath)
        return;
    m_loaded = true;
    m_loadedPath = path;
    m_ordered = path.isEmpty()
        ? QStringList()
        : parse(m_store->settingPrefix(SpellingProjectSettings::projectWordsKey(), MaxStoredChars));
    m_words = QSet<QString>(m_ordered.cbegin(), m_ordered.cend());
}

bool ProjectDictionary::containsExactly(const QString &word) const
{
    ensureLoaded();
    return m_words.contains(word);
}

bool ProjectDictionary::contains(const QString &word) const
{
    ensureLoaded();
    if (m_words.isEmpty() || word.isEmpty())
        return false;
    if (m_words.contains(word))
        return true;
    // As Hunspell treats its own words: "raadsinformatiebrief" also at the
    // start of a sentence, and in capitals in a heading.
    if (word.at(0).isUpper() && m_words.contains(lowerFirst(word)))
        return true;
    if (word == word.toUpper()) {
        const QString lower = word.toLower();
        return m_words.contains(lower) || m_words.contains(lower.left(1).toUpper() + lower.mid(1));
    }
    return false;
}

QStringList ProjectDictionary::words() const
{
    ensureLoaded();
    return m_ordered;
}

Status ProjectDictionary::store(const QStringList &words)
{
    if (!m_store || !m_store->isOpen())
        return Status::failure(tr("Could not change the project dictionary: no project is open."));
    const Status written = m_store->setSetting(SpellingProjectSettings::projectWordsKey(), words.join(QLatin1Char('\n')));
    if (!written)
        return written;
    m_ordered = words;
    m_words = QSet<QString>(words.cbegin(), words.cend());
    emit wordsChanged();
    return {};
}

Status ProjectDictionary::canAdd(const QString &word) const
{
    if (!m_store || !m_store->isOpen())
        return Status::failure(tr("Could not change the project dictionary: no project is open."));
    if (m_store->isReadOnly())
        return Status::failure(tr("Could not change the project dictionary: the project is open for reading only."));
    const QString w = normalised(word);
    if (w.isEmpty()) {
        //: %1 is what the user tried to add to the project's word list
        return Status::failure(tr("“%1” cannot be added to the project dictionary: a word has no spaces and at most "
                                  "%2 characters.").arg(word.left(MaxWordLength), QString::number(MaxWordLength)));
    }
    ensureLoaded();
    if (!m_words.contains(w) && m_ordered.size() >= MaxWords) {
        return Status::failure(tr("The project dictionary is full: it holds at most %1 words.")
                                   .arg(QLocale().toString(MaxWords)));
    }
    return {};
}

Status ProjectDictionary::add(const QString &word)
{
    const Status possible = canAdd(word);
    if (!possible)
        return possible;
    const QString w = normalised(word);
    if (m_words.contains(w))
        return {};
    QStringList words = m_ordered;
    words.append(w);
    return store(words);
}

Status ProjectDictionary::remove(const QString &word)
{
    ensureLoaded();
    if (!m_words.contains(word))
        return {};
    QStringList words = m_ordered;
    words.removeAll(word);
    return store(words);
}

} // namespace ktk
