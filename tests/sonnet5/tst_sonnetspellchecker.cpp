// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Sonnet adapter (app/spelling/sonnetspellchecker.cpp) built with Qt 5 and
// KF5 Sonnet: the same checks as the Hunspell backend's, through Sonnet's
// Hunspell plugin, plus loading in a worker thread as the program does.

#include "spelling/personaldictionary.h"
#include "spelling/sonnetspellchecker.h"

#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>
#include <memory>

using namespace ktk;

namespace {
QString package(const QString &language)
{
    return QStringLiteral("hunspell-") + language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}
} // namespace

class TestSonnetSpellChecker : public QObject
{
    Q_OBJECT

    std::unique_ptr<SonnetSpellChecker> m_nl;
    std::unique_ptr<SonnetSpellChecker> m_en;

    static std::unique_ptr<SonnetSpellChecker> create(const QString &language)
    {
        return std::make_unique<SonnetSpellChecker>(language, PersonalDictionary::defaultPath(language));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        // Without sonnet-plugins Sonnet has no backend at all: that is a
        // broken set-up (build.sh installs it), not a reason to skip.
        const QStringList backends = SonnetSpellChecker::availableBackends();
        QVERIFY2(backends.contains(QStringLiteral("Hunspell")),
                 qPrintable(QStringLiteral("Sonnet found no Hunspell plugin (install sonnet-plugins); backends: ")
                            + backends.join(QStringLiteral(", "))));
        const QStringList languages = SonnetSpellChecker::availableLanguages();
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en_US")}) {
            if (!languages.contains(language))
                QSKIP(qPrintable(QStringLiteral("The package %1 is not installed").arg(package(language))));
        }
    }

    void loadedInAWorkerThread_usableInTheMainThread()
    {
        // As SpellingService does it: the slow load elsewhere, the checks here.
        std::unique_ptr<SonnetSpellChecker> nl;
        std::unique_ptr<SonnetSpellChecker> en;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            nl = create(QStringLiteral("nl"));
            en = create(QStringLiteral("en_US"));
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY2(nl->isAvailable(), qPrintable(nl->errorString()));
        QVERIFY2(en->isAvailable(), qPrintable(en->errorString()));
        QCOMPARE(nl->language(), QStringLiteral("nl"));
        m_nl = std::move(nl);
        m_en = std::move(en);
    }

    void dutchWords_accepted_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : {"financiële", "coöperatie", "beleidsvoorstel", "huizenprijzen", "Kamerbrief"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }

    void dutchWords_accepted()
    {
        QFETCH(QString, word);
        QVERIFY2(m_nl->isCorrect(word), qPrintable(word));
    }

    void misspellings_flagged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::newRow("finantiële") << QStringLiteral("nl") << QStringLiteral("finantiële");
        QTest::newRow("beleidsvorstel") << QStringLiteral("nl") << QStringLiteral("beleidsvorstel");
        QTest::newRow("polcy") << QStringLiteral("en_US") << QStringLiteral("polcy");
        QTest::newRow("Dutch word in English") << QStringLiteral("en_US") << QStringLiteral("beleidsvoorstel");
    }

    void misspellings_flagged()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        SpellChecker *checker = language == QStringLiteral("nl") ? static_cast<SpellChecker *>(m_nl.get()) : m_en.get();
        QVERIFY2(!checker->isCorrect(word), qPrintable(word));
    }

    void typos_suggestionsIncludeTheRightWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("finantiële") << QStringLiteral("nl") << QStringLiteral("finantiële") << QStringLiteral("financiële");
        QTest::newRow("goverment") << QStringLiteral("en_US") << QStringLiteral("goverment") << QStringLiteral("government");
        QTest::newRow("polcy") << QStringLiteral("en_US") << QStringLiteral("polcy") << QStringLiteral("policy");
    }

    void typos_suggestionsIncludeTheRightWord()
    {
        QFETCH(QString, language);
        QFETCH(QString, typo);
        QFETCH(QString, expected);
        SpellChecker *checker = language == QStringLiteral("nl") ? static_cast<SpellChecker *>(m_nl.get()) : m_en.get();
        const QStringList suggestions = checker->suggestions(typo, 5);
        QVERIFY2(suggestions.contains(expected), qPrintable(suggestions.join(QStringLiteral(", "))));
        QVERIFY(suggestions.size() <= 5);
    }

    void personalWord_acceptedByTheNextChecker()
    {
        const QString word = QStringLiteral("Kanttekeningsonnet");
        QVERIFY(!m_nl->isCorrect(word));
        QVERIFY(m_nl->addToPersonal(word).ok());
        QVERIFY(m_nl->isCorrect(word));
        PersonalDictionary file(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        QVERIFY(file.load().ok());
        QCOMPARE(file.words(), QStringList{word});
        QVERIFY(create(QStringLiteral("nl"))->isCorrect(word));
    }

    void ignoredWord_forgottenByANewChecker()
    {
        const QString word = QStringLiteral("Eenmaligsonnet");
        m_nl->ignore(word);
        QVERIFY(m_nl->isCorrect(word));
        QVERIFY(!create(QStringLiteral("nl"))->isCorrect(word));
    }

    void unknownLanguage_unavailableNotAnotherDictionary()
    {
        const std::unique_ptr<SonnetSpellChecker> checker = create(QStringLiteral("xx_XX"));
        QVERIFY(!checker->isAvailable());
        QVERIFY(!checker->errorString().isEmpty());
        QVERIFY(checker->isCorrect(QStringLiteral("finantiële")));     // marks nothing
        QVERIFY(checker->suggestions(QStringLiteral("finantiële")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSonnetSpellChecker)
#include "tst_sonnetspellchecker.moc"
