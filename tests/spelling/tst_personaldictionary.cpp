// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The personal word list: one UTF-8 file per user and language, written at
// once, read again by the next checker (as after a restart).

#include "spelling/hunspelldictionaries.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellcheckerfactory.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ktk;

class TestPersonalDictionary : public QObject
{
    Q_OBJECT

    static QString readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A clean start: nothing left from an earlier run of this test.
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en_US")})
            QFile::remove(PersonalDictionary::defaultPath(language));
    }

    void defaultPath_isInTheUsersDataFolderPerLanguage()
    {
        const QString path = PersonalDictionary::defaultPath(QStringLiteral("nl"));
        QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           + QStringLiteral("/personal-dictionary-nl.txt"));
    }

    void addedWord_acceptedByANewCheckerAfterRestart()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        const QString word = QStringLiteral("Kanttekeningproject");
        const SpellCheckerFactory factory;
        {
            std::unique_ptr<SpellChecker> first = factory.create(QStringLiteral("nl"));
            QVERIFY(first->isAvailable());
            QVERIFY(!first->isCorrect(word));
            QVERIFY(first->addToPersonal(word).ok());
            QVERIFY(first->isCorrect(word));
            // Written at once, not when the checker goes.
            QCOMPARE(readFile(PersonalDictionary::defaultPath(QStringLiteral("nl"))), word + u'\n');
        }
        std::unique_ptr<SpellChecker> second = factory.create(QStringLiteral("nl"));
        QVERIFY(second->isCorrect(word));
        // Personal words are per language.
        if (HunspellDictionaries().find(QStringLiteral("en_US")).isValid())
            QVERIFY(!factory.create(QStringLiteral("en_US"))->isCorrect(word));
    }

    void ignoredWord_forgottenByANewChecker()
    {
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        const QString word = QStringLiteral("Negeerwoordx");
        const SpellCheckerFactory factory;
        std::unique_ptr<SpellChecker> first = factory.create(QStringLiteral("nl"));
        first->ignore(word);
        QVERIFY(first->isCorrect(word));
        QVERIFY(!factory.create(QStringLiteral("nl"))->isCorrect(word));
    }

    void file_isUtf8OneWordPerLineAndKeepsWordsOfOtherInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/personal-dictionary-nl.txt"));
        PersonalDictionary a(path);
        PersonalDictionary b(path);
        QVERIFY(a.load().ok());     // missing file: empty, no error
        QVERIFY(b.load().ok());
        QVERIFY(a.add(QStringLiteral("coöperatiebeleid")).ok());
        QVERIFY(b.add(QStringLiteral("ĳsselmeerdijk")).ok());
        QVERIFY(a.add(QStringLiteral("coöperatiebeleid")).ok());    // twice: once in the file
        QCOMPARE(readFile(path), QStringLiteral("coöperatiebeleid\nĳsselmeerdijk\n"));

        PersonalDictionary c(path);
        QVERIFY(c.load().ok());
        QCOMPARE(c.words(), QStringList({QStringLiteral("coöperatiebeleid"), QStringLiteral("ĳsselmeerdijk")}));
        QVERIFY(c.contains(QStringLiteral("ĳsselmeerdijk")));
    }

    void unwritableFolder_failureNamesTheFileAndKeepsTheWordForNow()
    {
        QTemporaryDir dir;
        // A file where the folder should be: fails for root too.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/personal-dictionary-nl.txt"));
        PersonalDictionary d(path);
        const Status status = d.add(QStringLiteral("woord"));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QDir::toNativeSeparators(path)), qPrintable(status.error()));
        QVERIFY(d.contains(QStringLiteral("woord")));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDictionary)
#include "tst_personaldictionary.moc"
