// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/hunspellspellchecker.h"

#include "spelling/spellinglanguages.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <hunspell/hunspell.hxx>

namespace ktk {

namespace {
// Hunspell's dictionaries write the apostrophe as U+0027; text typed on a
// Mac or pasted from a web page has U+2019.
QString normalised(const QString &word)
{
    QString w = word;
    w.replace(QChar(0x2019), QLatin1Char('\''));
    return w;
}
} // namespace

HunspellSpellChecker::HunspellSpellChecker(const HunspellDictionaryFiles &files, const QString &personalDictionaryPath)
    : m_language(files.language), m_personal(personalDictionaryPath)
{
    if (!files.isValid()) {
        m_error = tr("No %1 dictionary was found. Install the package %2 (or put %3.aff and %3.dic in %4).")
                      .arg(SpellingLanguages::displayName(m_language), SpellingLanguages::debianPackage(m_language),
                           m_language,
                           QDir::toNativeSeparators(HunspellDictionaries::standardSearchPaths().value(0)));
        return;
    }
    const QByteArray encoding = files.encoding.toUpper();
    m_utf8 = encoding == "UTF-8" || encoding == "UTF8";
    if (!m_utf8) {
        // Qt's converters know the ISO 8859 family through ICU.
        m_encoder = std::make_unique<QStringEncoder>(files.encoding.constData());
        m_decoder = std::make_unique<QStringDecoder>(files.encoding.constData());
        if (!m_encoder->isValid() || !m_decoder->isValid()) {
            m_error = tr("The dictionary %1 uses the character encoding %2, which this program cannot read.")
                          .arg(QDir::toNativeSeparators(files.affPath), QString::fromLatin1(files.encoding));
            return;
        }
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(files.affPath).constData(),
                                            QFile::encodeName(files.dicPath).constData());

    const Status loaded = m_personal.load();
    if (!loaded)
        m_error = loaded.error();    // the dictionary itself works; the message is shown once
    for (const QString &word : m_personal.words()) {
        std::string bytes;
        if (toDictionary(word, &bytes))
            m_hunspell->add(bytes);
    }
}

HunspellSpellChecker::~HunspellSpellChecker() = default;

bool HunspellSpellChecker::toDictionary(const QString &word, std::string *out) const
{
    if (m_utf8) {
        *out = word.toStdString();
        return true;
    }
    const QByteArray bytes = m_encoder->encode(word);
    // A letter the dictionary's encoding lacks cannot be in the dictionary.
    if (m_encoder->hasError()) {
        m_encoder->resetState();
        return false;
    }
    *out = bytes.toStdString();
    return true;
}

QString HunspellSpellChecker::fromDictionary(const std::string &bytes) const
{
    if (m_utf8)
        return QString::fromStdString(bytes);
    const QString text = m_decoder->decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    m_decoder->resetState();
    return text;
}

bool HunspellSpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;    // nothing to check against: mark nothing
    const QString w = normalised(word);
    if (m_ignored.contains(w) || m_personal.contains(w))
        return true;
    std::string bytes;
    return toDictionary(w, &bytes) && m_hunspell->spell(bytes);
}

QStringList HunspellSpellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
    std::string bytes;
    if (!m_hunspell || !toDictionary(normalised(word), &bytes))
        return result;
    for (const std::string &s : m_hunspell->suggest(bytes)) {
        if (result.size() >= max)
            break;
        result << fromDictionary(s);
    }
    return result;
}

Status HunspellSpellChecker::addToPersonal(const QString &word)
{
    const QString w = normalised(word).trimmed();
    if (w.isEmpty())
        return {};
    if (m_hunspell) {
        std::string bytes;
        if (toDictionary(w, &bytes))
            m_hunspell->add(bytes);
    }
    return m_personal.add(w);
}

void HunspellSpellChecker::ignore(const QString &word)
{
    m_ignored.insert(normalised(word));
}

} // namespace ktk
