// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellcheckerfactory.h"

#include "spelling/hunspelldictionaries.h"
#include "spelling/hunspellspellchecker.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellinglanguages.h"
#ifdef KTK_HAVE_SONNET
#include "spelling/sonnetspellchecker.h"
#endif

#include <QDir>

namespace ktk {

bool SpellCheckerFactory::hasSonnet()
{
#ifdef KTK_HAVE_SONNET
    return true;
#else
    return false;
#endif
}

SpellCheckerFactory::SpellCheckerFactory(Backend backend)
    : m_backend(hasSonnet() ? backend : Backend::Hunspell),
      m_hunspellPaths(HunspellDictionaries::standardSearchPaths())
{
}

QString SpellCheckerFactory::backendName() const
{
    return m_backend == Backend::Sonnet ? tr("KDE Sonnet") : tr("Hunspell");
}

QString SpellCheckerFactory::personalDictionaryPath(const QString &language) const
{
    if (m_personalFolder.isEmpty())
        return PersonalDictionary::defaultPath(language);
    return m_personalFolder + QStringLiteral("/personal-dictionary-") + language + QStringLiteral(".txt");
}

QVector<SpellCheckerFactory::Dictionary> SpellCheckerFactory::dictionaries() const
{
    QVector<Dictionary> result;
    const QStringList languages = SpellingLanguages::all();
#ifdef KTK_HAVE_SONNET
    if (m_backend == Backend::Sonnet) {
        const QStringList available = SonnetSpellChecker::availableLanguages();
        const QString plugins = SonnetSpellChecker::availableBackends().join(QStringLiteral(", "));
        for (const QString &language : languages) {
            Dictionary d{language, available.contains(language), tr("KDE Sonnet (%1)").arg(plugins), {}};
            if (!d.found)
                d.problem = tr("Not found. Install the package %1.").arg(SpellingLanguages::debianPackage(language));
            result << d;
        }
        return result;
    }
#endif
    const HunspellDictionaries finder(m_hunspellPaths);
    for (const QString &language : languages) {
        const HunspellDictionaryFiles files = finder.find(language);
        Dictionary d{language, files.isValid(), QDir::toNativeSeparators(files.dicPath), {}};
        if (!d.found)
            d.problem = tr("Not found. Install the package %1.").arg(SpellingLanguages::debianPackage(language));
        result << d;
    }
    return result;
}

std::unique_ptr<SpellChecker> SpellCheckerFactory::create(const QString &language) const
{
#ifdef KTK_HAVE_SONNET
    if (m_backend == Backend::Sonnet)
        return std::make_unique<SonnetSpellChecker>(language, personalDictionaryPath(language));
#endif
    return std::make_unique<HunspellSpellChecker>(HunspellDictionaries(m_hunspellPaths).find(language),
                                                  personalDictionaryPath(language));
}

} // namespace ktk
