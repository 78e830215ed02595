// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/spellcheckerfactory.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

namespace ktk {

// The program's spell checkers, one per language, and the user's spelling
// settings. Dictionaries load in a worker thread, so creating the service
// and asking for a checker never block: checker() answers null until the
// dictionary is there and checkerReady() says when it is.
class SpellingService : public QObject
{
    Q_OBJECT
public:
    explicit SpellingService(SpellCheckerFactory factory = SpellCheckerFactory(), QObject *parent = nullptr);
    ~SpellingService() override;

    // The one the editors share, made on first use (owned by the application).
    static SpellingService *instance();

    const SpellCheckerFactory &factory() const { return m_factory; }

    // Settings (QSettings "spelling/enabled", "spelling/defaultLanguage").
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // The dictionary for text whose language cannot be told, and the
    // preferred English variant.
    QString defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language);

    // The loaded checker, or null: then it starts loading (unless it failed
    // before; loadError() says why).
    SpellChecker *checker(const QString &language);
    // Starts loading these dictionaries in this order, if not yet done.
    void preload(const QStringList &languages);
    // While held, dictionaries asked for are queued, not loaded: at start
    // the window holds them until the first page is on screen, since two
    // cores are better spent on that than on reading word lists.
    void holdLoading();
    void releaseLoading();
    bool isLoading(const QString &language) const { return m_loading.contains(language); }
    QString loadError(const QString &language) const { return m_errors.value(language); }
    // How long loading took in the worker, in ms (-1: not loaded).
    qint64 loadMilliseconds(const QString &language) const { return m_loadMs.value(language, -1); }

    // The dictionary a text is checked with: the manual choice if there is
    // one, else the language the text is written in, else the project's
    // default, else the program's.
    QString languageFor(QStringView text, const QString &manualChoice = {}, const QString &projectDefault = {}) const;

    // Through the service, so that every editor showing the language
    // re-checks its text (wordsChanged).
    Status addToPersonal(const QString &language, const QString &word);
    void ignore(const QString &language, const QString &word);
    // Asks every editor to judge its language again (e.g. after the
    // project's default language changed).
    void reapply() { emit settingsChanged(); }

signals:
    void checkerReady(const QString &language);
    // Loading failed; loadError(language) has the message.
    void checkerFailed(const QString &language);
    void wordsChanged(const QString &language);
    void settingsChanged();

private:
    void startLoading(const QString &language);
    void loadInWorker(const QString &language);
    void finishLoading(const QString &language, const std::shared_ptr<SpellChecker> &checker, qint64 ms);

    SpellCheckerFactory m_factory;
    bool m_enabled = true;
    QString m_defaultLanguage;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers;
    QHash<QString, QString> m_errors;
    QHash<QString, qint64> m_loadMs;
    QSet<QString> m_loading;
    bool m_held = false;
    QStringList m_queued;   // asked for while held, in order
    // Last member: destroyed first, after the destructor has waited for it.
    QThreadPool m_pool;
};

} // namespace ktk
