// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellinglanguages.h"

namespace ktk {

QStringList SpellingLanguages::all()
{
    return {dutch(), americanEnglish(), britishEnglish()};
}

QString SpellingLanguages::displayName(const QString &code)
{
    if (code == dutch())
        return QStringLiteral("Nederlands");
    if (code == americanEnglish())
        //: Name of the American English dictionary, left in English on purpose
        return tr("English (US)");
    if (code == britishEnglish())
        //: Name of the British English dictionary, left in English on purpose
        return tr("English (UK)");
    return code;
}

QString SpellingLanguages::debianPackage(const QString &code)
{
    return QStringLiteral("hunspell-") + code.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString SpellingLanguages::defaultForLocale(const QString &localeName)
{
    if (localeName.startsWith(QLatin1String("en_GB")) || localeName.startsWith(QLatin1String("en_IE"))
        || localeName.startsWith(QLatin1String("en_AU")) || localeName.startsWith(QLatin1String("en_NZ")))
        return britishEnglish();
    if (localeName.startsWith(QLatin1String("en")))
        return americanEnglish();
    return dutch();
}

} // namespace ktk
