// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace ktk {

// Switches the interface language while the program runs. Installing new
// translators makes Qt send QEvent::LanguageChange to every widget, which
// retranslates itself; models re-emit their headers on languageChanged().
// Two translators per language, as Tiled does: the program's own and Qt's
// (qtbase_nl: standard dialogs, buttons, line-edit context menus).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance();

    static QStringList supportedLanguages();          // "en", "nl"
    // The language for a first start: Dutch for nl_* locales, else English.
    static QString systemLanguage();
    // Its own name in its own language ("Nederlands", "English").
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    // Loads the saved choice (or the system language) and installs it.
    void restore();
    // Installs code's translators and remembers the choice. Returns false for
    // an unknown code or a missing translation, leaving the language as it was.
    bool setLanguage(const QString &code);
    // Whether Qt's own translation for code was found (see README).
    bool hasQtTranslation() const { return m_qtLoaded; }

signals:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    bool install(const QString &code);

    QString m_language;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    bool m_qtLoaded = false;
};

} // namespace ktk
