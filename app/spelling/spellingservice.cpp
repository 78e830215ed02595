// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingservice.h"

#include "spelling/notelanguagedetector.h"
#include "spelling/spellinglanguages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <utility>

namespace ktk {

namespace {
const QString EnabledKey = QStringLiteral("spelling/enabled");
const QString DefaultLanguageKey = QStringLiteral("spelling/defaultLanguage");
} // namespace

SpellingService::SpellingService(SpellCheckerFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    const QSettings settings;
    m_enabled = settings.value(EnabledKey, true).toBool();
    m_defaultLanguage = settings.value(DefaultLanguageKey).toString();
    if (!SpellingLanguages::isKnown(m_defaultLanguage))
        m_defaultLanguage = SpellingLanguages::defaultForLocale(QLocale::system().name());
    // One loader thread: Hunspell's and Sonnet's set-up code is not meant to
    // run twice at once, and one dictionary at a time still beats the user.
    m_pool.setMaxThreadCount(1);
}

SpellingService::~SpellingService()
{
    // A load still running finishes (Hunspell cannot be interrupted); its
    // queued result dies with this object.
    m_pool.waitForDone();
}

SpellingService *SpellingService::instance()
{
    static QPointer<SpellingService> service;
    if (!service)
        service = new SpellingService(SpellCheckerFactory(), QCoreApplication::instance());
    return service;
}

void SpellingService::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(EnabledKey, enabled);
    emit settingsChanged();
}

void SpellingService::setDefaultLanguage(const QString &language)
{
    if (language == m_defaultLanguage || !SpellingLanguages::isKnown(language))
        return;
    m_defaultLanguage = language;
    QSettings().setValue(DefaultLanguageKey, language);
    emit settingsChanged();
}

SpellChecker *SpellingService::checker(const QString &language)
{
    const auto it = m_checkers.constFind(language);
    if (it != m_checkers.constEnd())
        return it->get();
    startLoading(language);
    return nullptr;
}

void SpellingService::preload(const QStringList &languages)
{
    for (const QString &language : languages)
        startLoading(language);
}

void SpellingService::startLoading(const QString &language)
{
    if (language.isEmpty() || m_checkers.contains(language) || m_loading.contains(language)
        || m_errors.contains(language))
        return;
    m_loading.insert(language);
    if (m_held)
        m_queued.append(language);
    else
        loadInWorker(language);
}

void SpellingService::holdLoading()
{
    m_held = true;
}

void SpellingService::releaseLoading()
{
    m_held = false;
    const QStringList queued = std::exchange(m_queued, {});
    for (const QString &language : queued)
        loadInWorker(language);
}

void SpellingService::loadInWorker(const QString &language)
{
    const SpellCheckerFactory factory = m_factory;
    m_pool.start([this, factory, language] {
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<SpellChecker> loaded(factory.create(language).release());
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this, [this, language, loaded, ms] { finishLoading(language, loaded, ms); }, Qt::QueuedConnection);
    });
}

void SpellingService::finishLoading(const QString &language, const std::shared_ptr<SpellChecker> &checker, qint64 ms)
{
    m_loading.remove(language);
    m_loadMs.insert(language, ms);
    if (!checker->isAvailable()) {
        m_errors.insert(language, checker->errorString());
        emit checkerFailed(language);
        return;
    }
    m_checkers.insert(language, checker);
    emit checkerReady(language);
}

QString SpellingService::languageFor(QStringView text, const QString &manualChoice, const QString &projectDefault) const
{
    if (SpellingLanguages::isKnown(manualChoice))
        return manualChoice;
    const QString fallback = SpellingLanguages::isKnown(projectDefault) ? projectDefault : m_defaultLanguage;

    // Preference decides between English variants: the project's, the
    // user's, then whichever dictionary is there.
    QStringList candidates{fallback, m_defaultLanguage};
    for (const QString &code : SpellingLanguages::all()) {
        if (!candidates.contains(code))
            candidates << code;
    }
    QStringList usable;
    for (const QString &code : qAsConst(candidates)) {
        if (!usable.contains(code) && !m_errors.contains(code))
            usable << code;
    }
    QVector<const SpellChecker *> loaded;
    for (const QString &code : qAsConst(usable)) {
        if (const auto it = m_checkers.constFind(code); it != m_checkers.constEnd())
            loaded << it->get();
    }
    const QString detected = NoteLanguageDetector::detect(text, usable, loaded);
    return detected.isEmpty() ? fallback : detected;
}

Status SpellingService::addToPersonal(const QString &language, const QString &word)
{
    SpellChecker *c = m_checkers.value(language).get();
    if (!c)
        return {};
    const Status status = c->addToPersonal(word);
    emit wordsChanged(language);
    return status;
}

void SpellingService::ignore(const QString &language, const QString &word)
{
    if (SpellChecker *c = m_checkers.value(language).get()) {
        c->ignore(word);
        emit wordsChanged(language);
    }
}

} // namespace ktk
