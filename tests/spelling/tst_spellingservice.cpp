// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The service the editors share: dictionaries load in a worker thread,
// missing ones report what to install, settings survive a restart.

#include "spelling/hunspelldictionaries.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellingservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

using namespace ktk;

class TestSpellingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KanttekeningTest"));
        QSettings().clear();
        QFile::remove(PersonalDictionary::defaultPath(QStringLiteral("nl")));
    }

    void checker_nullUntilLoadedInAWorkerThenReady()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        QSignalSpy ready(&service, &SpellingService::checkerReady);
        QVERIFY(!service.checker(QStringLiteral("nl")));
        // The call returned before the dictionary was there: it loads in a
        // worker (bench_spelling measures how long the main thread waits).
        QVERIFY(service.isLoading(QStringLiteral("nl")));
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("nl"));
        SpellChecker *nl = service.checker(QStringLiteral("nl"));
        QVERIFY(nl);
        QVERIFY(!service.isLoading(QStringLiteral("nl")));
        QVERIFY(service.loadMilliseconds(QStringLiteral("nl")) >= 0);
        QVERIFY(nl->isCorrect(QStringLiteral("financiële")));
        QVERIFY(!nl->isCorrect(QStringLiteral("finantiële")));
        // Asking again neither reloads nor signals.
        QCOMPARE(service.checker(QStringLiteral("nl")), nl);
        QTest::qWait(20);
        QCOMPARE(ready.count(), 1);
    }

    // At start the window holds dictionaries back until its first page is
    // on screen: asked for meanwhile, they load only once released.
    void heldLoading_waitsForRelease()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        QSignalSpy ready(&service, &SpellingService::checkerReady);
        service.holdLoading();
        QVERIFY(!service.checker(QStringLiteral("nl")));
        service.preload({QStringLiteral("nl")});
        QVERIFY(!ready.wait(500));
        QVERIFY(!service.checker(QStringLiteral("nl")));
        service.releaseLoading();
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.count(), 1);   // asked for twice, loaded once
        QVERIFY(service.checker(QStringLiteral("nl")));
    }

    void missingDictionary_failsOnceWithWhatToInstall()
    {
        SpellCheckerFactory factory(SpellCheckerFactory::Backend::Hunspell);
        factory.setHunspellSearchPaths({QStringLiteral(KTK_TEST_DATA "/spelling/empty")});
        SpellingService service(factory);
        QSignalSpy failed(&service, &SpellingService::checkerFailed);
        QVERIFY(!service.checker(QStringLiteral("en_GB")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("en_GB"));
        QVERIFY2(service.loadError(QStringLiteral("en_GB")).contains(QStringLiteral("hunspell-en-gb")),
                 qPrintable(service.loadError(QStringLiteral("en_GB"))));
        // No retry on every keystroke.
        QVERIFY(!service.checker(QStringLiteral("en_GB")));
        QVERIFY(!service.isLoading(QStringLiteral("en_GB")));
    }

    void addToPersonal_toldToEveryEditorAndWrittenAtOnce()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        service.preload({QStringLiteral("nl")});
        QTRY_VERIFY(service.checker(QStringLiteral("nl")));
        QSignalSpy changed(&service, &SpellingService::wordsChanged);
        QVERIFY(service.addToPersonal(QStringLiteral("nl"), QStringLiteral("Tweedekamerlidmaatschapx")).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(service.checker(QStringLiteral("nl"))->isCorrect(QStringLiteral("Tweedekamerlidmaatschapx")));
        PersonalDictionary file(PersonalDictionary::defaultPath(QStringLiteral("nl")));
        QVERIFY(file.load().ok());
        QVERIFY(file.contains(QStringLiteral("Tweedekamerlidmaatschapx")));

        service.ignore(QStringLiteral("nl"), QStringLiteral("Eenmaligx"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(service.checker(QStringLiteral("nl"))->isCorrect(QStringLiteral("Eenmaligx")));
    }

    void settings_surviveARestart()
    {
        {
            SpellingService service;
            QSignalSpy changed(&service, &SpellingService::settingsChanged);
            service.setEnabled(false);
            service.setDefaultLanguage(QStringLiteral("en_GB"));
            service.setDefaultLanguage(QStringLiteral("fr"));     // not offered: ignored
            QCOMPARE(changed.count(), 2);
        }
        {
            SpellingService service;
            QVERIFY(!service.isEnabled());
            QCOMPARE(service.defaultLanguage(), QStringLiteral("en_GB"));
            service.setEnabled(true);
            service.setDefaultLanguage(QStringLiteral("nl"));
        }
        SpellingService service;
        QVERIFY(service.isEnabled());
        QCOMPARE(service.defaultLanguage(), QStringLiteral("nl"));
    }

    void destroyedWhileLoading_waitsAndDropsTheResult()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        const int threadsBefore = threadCount();
        QObject receiver;
        int delivered = 0;
        {
            SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
            for (auto signal : {&SpellingService::checkerReady, &SpellingService::checkerFailed})
                connect(&service, signal, &receiver, [&delivered] { ++delivered; });
            service.preload({QStringLiteral("nl"), QStringLiteral("en_US")});
            // The case under test: destroyed with a dictionary still loading.
            QVERIFY(service.isLoading(QStringLiteral("nl")));
            QVERIFY(service.isLoading(QStringLiteral("en_US")));
        }
        // The destructor waited for the loader: its thread is gone (joined),
        // not left running on a destroyed service.
        if (threadsBefore > 0)
            QVERIFY2(threadCount() <= threadsBefore, qPrintable(QStringLiteral("%1 threads before, %2 after")
                                                                    .arg(threadsBefore).arg(threadCount())));
        // The queued results died with the service: nothing is delivered,
        // nothing runs on the destroyed object (ASan would report it).
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(delivered, 0);

        // A new service loads and checks as if nothing had happened.
        SpellingService again{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        QSignalSpy ready(&again, &SpellingService::checkerReady);
        QVERIFY(!again.checker(QStringLiteral("nl")));
        QVERIFY(ready.wait(10000));
        QVERIFY(again.checker(QStringLiteral("nl")));
        QVERIFY(again.checker(QStringLiteral("nl"))->isCorrect(QStringLiteral("financiële")));
        QVERIFY(!again.checker(QStringLiteral("nl"))->isCorrect(QStringLiteral("finantiële")));
    }

private:
    // The threads of this process (Linux), or 0 where that cannot be told.
    static int threadCount()
    {
        return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }
};

QTEST_GUILESS_MAIN(TestSpellingService)
#include "tst_spellingservice.moc"
