// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ktk {

namespace {
const QString SettingsKey = QStringLiteral("language");

QLocale localeFor(const QString &code)
{
    // Dates, numbers and lists follow the interface language:
    // "29 november 2026" in Dutch, "29 November 2026" in English.
    return code == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &code)
{
    return code == QLatin1String("nl") ? QStringLiteral("Nederlands") : QStringLiteral("English");
}

void LanguageManager::restore()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (!install(supportedLanguages().contains(saved) ? saved : systemLanguage()))
        install(QStringLiteral("en"));
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (code == m_language)
        return true;
    if (!install(code))
        return false;
    QSettings().setValue(SettingsKey, code);
    return true;
}

bool LanguageManager::install(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return false;
    auto *app = new QTranslator(this);
    if (!app->load(QStringLiteral(":/i18n/kanttekening_") + code)) {
        delete app;
        return false;
    }
    auto *qt = new QTranslator(this);
    const bool qtLoaded = qt->load(QStringLiteral("qtbase_") + code,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtLoaded) {
        delete qt;
        qt = nullptr;
    }
    QLocale::setDefault(localeFor(code));
    // Remove the old pair first: the last installed translator wins.
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
        delete m_appTranslator;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
    }
    m_appTranslator = app;
    m_qtTranslator = qt;
    m_qtLoaded = qtLoaded;
    if (qt)
        QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(app);
    m_language = code;
    emit languageChanged(code);
    return true;
}

} // namespace ktk
