// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/personaldictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <utility>

namespace ktk {

QString PersonalDictionary::defaultPath(const QString &language)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/personal-dictionary-") + language + QStringLiteral(".txt");
}

PersonalDictionary::PersonalDictionary(QString path)
    : m_path(std::move(path))
{
}

Status PersonalDictionary::load()
{
    m_words.clear();
    m_ordered.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not read the personal dictionary %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !m_words.contains(word)) {
            m_words.insert(word);
            m_ordered.append(word);
        }
    }
    return {};
}

Status PersonalDictionary::add(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || m_words.contains(w))
        return {};
    // Another running copy of the program may have added words since this
    // list was read: keep them.
    const QStringList known = m_ordered;
    load();
    for (const QString &k : known) {
        if (!m_words.contains(k)) {
            m_words.insert(k);
            m_ordered.append(k);
        }
    }
    if (!m_words.contains(w)) {
        m_words.insert(w);
        m_ordered.append(w);
    }

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(tr("Could not save the personal dictionary %1: the folder %2 cannot be created.")
                                   .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder)));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not save the personal dictionary %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    file.write((m_ordered.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!file.commit())
        return Status::failure(tr("Could not save the personal dictionary %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    return {};
}

} // namespace ktk
