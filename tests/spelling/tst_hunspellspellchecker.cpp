// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Hunspell backend on the dictionaries Debian installs (hunspell-nl,
// hunspell-en-us, hunspell-en-gb), on a small Latin-1 dictionary, and
// without any dictionary at all.

#include "spelling/hunspelldictionaries.h"
#include "spelling/hunspellspellchecker.h"
#include "spelling/spellcheckerfactory.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ktk;

class TestHunspellSpellChecker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_personal;
    std::unique_ptr<HunspellSpellChecker> m_nl;
    std::unique_ptr<HunspellSpellChecker> m_enUS;
    std::unique_ptr<HunspellSpellChecker> m_enGB;

    // Null (and the test skipped by the caller) only when the package is
    // not installed; build.sh installs all three.
    std::unique_ptr<HunspellSpellChecker> load(const QString &language)
    {
        const HunspellDictionaryFiles files = HunspellDictionaries().find(language);
        if (!files.isValid())
            return nullptr;
        auto checker = std::make_unique<HunspellSpellChecker>(
            files, m_personal.filePath(QStringLiteral("personal-") + language + QStringLiteral(".txt")));
        if (!checker->isAvailable())
            qWarning("%s", qPrintable(checker->errorString()));
        return checker;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_personal.isValid());
        m_nl = load(QStringLiteral("nl"));
        m_enUS = load(QStringLiteral("en_US"));
        m_enGB = load(QStringLiteral("en_GB"));
    }

    void standardSearchPaths_userFolderFirstThenDebianFolders()
    {
        const QStringList paths = HunspellDictionaries::standardSearchPaths();
        const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/hunspell");
        QCOMPARE(paths.value(0), user);
        QVERIFY(paths.contains(QStringLiteral("/usr/share/hunspell")));
        QVERIFY(paths.contains(QStringLiteral("/usr/share/myspell/dicts")));
    }

    void installedDictionaries_foundWithTheirEncoding_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << QStringLiteral("nl");
        QTest::newRow("American English") << QStringLiteral("en_US");
        QTest::newRow("British English") << QStringLiteral("en_GB");
    }

    void installedDictionaries_foundWithTheirEncoding()
    {
        QFETCH(QString, language);
        const HunspellDictionaryFiles files = HunspellDictionaries().find(language);
        if (!files.isValid())
            QSKIP(qPrintable(QStringLiteral("The package hunspell-%1 is not installed")
                                 .arg(language.toLower().replace(u'_', u'-'))));
        QVERIFY(files.affPath.endsWith(QStringLiteral(".aff")));
        QVERIFY(QFileInfo(files.dicPath).isReadable());
        QCOMPARE(files.encoding, QByteArray("UTF-8"));

        const QVector<SpellCheckerFactory::Dictionary> listed = SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell).dictionaries();
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [&](const SpellCheckerFactory::Dictionary &d) { return d.language == language; });
        QVERIFY(it != listed.cend());
        QVERIFY(it->found);
        QCOMPARE(it->location, files.dicPath);
    }

    void dutchWords_accepted_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : {"financiële", "coöperatie", "beleidsvoorstel", "Kamerbrief", "huizenprijzen",
                              "stikstofuitstoot", "zo'n", "auto’s", "Noord-Holland", "e-mail", "ideeën"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }

    void dutchWords_accepted()
    {
        if (!m_nl)
            QSKIP("The package hunspell-nl is not installed");
        QFETCH(QString, word);
        QVERIFY(m_nl->isAvailable());
        QVERIFY2(m_nl->isCorrect(word), qPrintable(word));
    }

    void dutchMisspellings_flagged_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : {"finantiële", "cooperatie", "beleidsvorstel", "gevolgt", "onduidlijk", "government"})
            QTest::newRow(w) << QString::fromUtf8(w);
    }

    void dutchMisspellings_flagged()
    {
        if (!m_nl)
            QSKIP("The package hunspell-nl is not installed");
        QFETCH(QString, word);
        QVERIFY2(!m_nl->isCorrect(word), qPrintable(word));
    }

    void typos_suggestionsIncludeTheRightWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("finantiële") << QStringLiteral("nl") << QStringLiteral("finantiële") << QStringLiteral("financiële");
        QTest::newRow("beleidsvorstel") << QStringLiteral("nl") << QStringLiteral("beleidsvorstel") << QStringLiteral("beleidsvoorstel");
        QTest::newRow("onduidlijk") << QStringLiteral("nl") << QStringLiteral("onduidlijk") << QStringLiteral("onduidelijk");
        QTest::newRow("goverment") << QStringLiteral("en_US") << QStringLiteral("goverment") << QStringLiteral("government");
        QTest::newRow("polcy") << QStringLiteral("en_US") << QStringLiteral("polcy") << QStringLiteral("policy");
        QTest::newRow("recieve (UK)") << QStringLiteral("en_GB") << QStringLiteral("recieve") << QStringLiteral("receive");
    }

    void typos_suggestionsIncludeTheRightWord()
    {
        QFETCH(QString, language);
        QFETCH(QString, typo);
        QFETCH(QString, expected);
        HunspellSpellChecker *checker = language == QLatin1String("nl") ? m_nl.get()
            : language == QLatin1String("en_US")                        ? m_enUS.get()
                                                                         : m_enGB.get();
        if (!checker)
            QSKIP(qPrintable(QStringLiteral("The package hunspell-%1 is not installed").arg(language.toLower().replace(u'_', u'-'))));
        QVERIFY(!checker->isCorrect(typo));
        const QStringList suggestions = checker->suggestions(typo, 5);
        QVERIFY2(suggestions.contains(expected), qPrintable(suggestions.join(QStringLiteral(", "))));
        QVERIFY(suggestions.size() <= 5);
        QVERIFY(checker->isCorrect(expected));
    }

    void englishVariants_differWhereTheyShould()
    {
        if (!m_enUS || !m_enGB)
            QSKIP("The packages hunspell-en-us and hunspell-en-gb are not both installed");
        QVERIFY(m_enGB->isCorrect(QStringLiteral("colour")));
        QVERIFY(!m_enUS->isCorrect(QStringLiteral("colour")));
        QVERIFY(m_enUS->isCorrect(QStringLiteral("color")));
        QVERIFY(m_enUS->isCorrect(QStringLiteral("don’t")));
    }

    void ignore_acceptsTheWordForThisCheckerOnly()
    {
        if (!m_nl)
            QSKIP("The package hunspell-nl is not installed");
        const QString word = QStringLiteral("Twitterbeleid");
        QVERIFY(!m_nl->isCorrect(word + QStringLiteral("x")));
        m_nl->ignore(word + QStringLiteral("x"));
        QVERIFY(m_nl->isCorrect(word + QStringLiteral("x")));
        QVERIFY(!QFile::exists(m_personal.filePath(QStringLiteral("personal-nl.txt"))));
    }

    void latin1Dictionary_wordsConvertedBothWays()
    {
        const HunspellDictionaries finder({QStringLiteral(KTK_TEST_DATA "/spelling/latin1")});
        const HunspellDictionaryFiles files = finder.find(QStringLiteral("latin"));
        QVERIFY(files.isValid());
        QCOMPARE(files.encoding, QByteArray("ISO8859-1"));
        HunspellSpellChecker checker(files, m_personal.filePath(QStringLiteral("personal-latin.txt")));
        QVERIFY2(checker.isAvailable(), qPrintable(checker.errorString()));
        QVERIFY(checker.isCorrect(QStringLiteral("café")));
        QVERIFY(checker.isCorrect(QStringLiteral("naïef")));
        QVERIFY(checker.isCorrect(QStringLiteral("coördinatie")));
        QVERIFY(!checker.isCorrect(QStringLiteral("cafe")));
        QVERIFY(checker.suggestions(QStringLiteral("cafe")).contains(QStringLiteral("café")));
        // A letter Latin-1 lacks cannot be in the dictionary, and must not confuse the next word.
        QVERIFY(!checker.isCorrect(QStringLiteral("Ĳssel")));
        QVERIFY(checker.isCorrect(QStringLiteral("boek")));
        QVERIFY(checker.addToPersonal(QStringLiteral("crème")).ok());
        QVERIFY(checker.isCorrect(QStringLiteral("crème")));
    }

    void missingDictionary_unavailableWithAMessageNamingThePackage()
    {
        const HunspellDictionaries finder({QStringLiteral(KTK_TEST_DATA "/spelling/empty")});
        const HunspellDictionaryFiles files = finder.find(QStringLiteral("en_GB"));
        QVERIFY(!files.isValid());
        HunspellSpellChecker checker(files, m_personal.filePath(QStringLiteral("personal-en_GB.txt")));
        QVERIFY(!checker.isAvailable());
        QVERIFY2(checker.errorString().contains(QStringLiteral("hunspell-en-gb")), qPrintable(checker.errorString()));
        // Nothing to check against: nothing is marked, nothing crashes.
        QVERIFY(checker.isCorrect(QStringLiteral("whatever")));
        QVERIFY(checker.suggestions(QStringLiteral("whatevr")).isEmpty());

        SpellCheckerFactory factory(SpellCheckerFactory::Backend::Hunspell);
        factory.setHunspellSearchPaths({QStringLiteral(KTK_TEST_DATA "/spelling/empty")});
        for (const SpellCheckerFactory::Dictionary &d : factory.dictionaries()) {
            QVERIFY(!d.found);
            QVERIFY2(d.problem.contains(QStringLiteral("hunspell-")), qPrintable(d.problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestHunspellSpellChecker)
#include "tst_hunspellspellchecker.moc"
