// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Which dictionary checks a note: detected from short Dutch and English
// notes, with the project's and the user's defaults and the manual choice
// on top (SpellingService::languageFor).

#include "spelling/hunspelldictionaries.h"
#include "spelling/notelanguagedetector.h"
#include "spelling/spellcheckerfactory.h"
#include "spelling/spellingservice.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace ktk;

namespace {
const QStringList Preference{QStringLiteral("nl"), QStringLiteral("en_US"), QStringLiteral("en_GB")};
} // namespace

class TestNoteLanguageDetector : public QObject
{
    Q_OBJECT

    std::unique_ptr<SpellChecker> m_nl;
    std::unique_ptr<SpellChecker> m_en;

    QVector<const SpellChecker *> checkers() const { return {m_nl.get(), m_en.get()}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        if (!HunspellDictionaries().find(QStringLiteral("en_US")).isValid())
            QSKIP("The package hunspell-en-us is not installed");
        const SpellCheckerFactory factory(SpellCheckerFactory::Backend::Hunspell);
        m_nl = factory.create(QStringLiteral("nl"));
        m_en = factory.create(QStringLiteral("en_US"));
        QVERIFY(m_nl->isAvailable());
        QVERIFY(m_en->isAvailable());
    }

    void shortNotes_languageDetected_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        const QString nl = QStringLiteral("nl");
        const QString en = QStringLiteral("en_US");
        QTest::newRow("nl: source missing") << QStringLiteral("De minister noemt geen bron voor dit cijfer; navragen bij het CBS of het klopt.") << nl;
        QTest::newRow("nl: decline") << QStringLiteral("Klopt niet helemaal: de daling komt vooral door de coronajaren, niet door het nieuwe beleid.") << nl;
        QTest::newRow("nl: causal") << QStringLiteral("Causale claim zonder onderbouwing. Het rapport laat alleen een correlatie zien tussen uitgaven en resultaten.") << nl;
        QTest::newRow("nl: compare") << QStringLiteral("Vergelijk met de cijfers van vorig jaar, toen was de stijging nog groter.") << nl;
        QTest::newRow("nl: normative") << QStringLiteral("Normatieve uitspraak; moeilijk te toetsen, maar wel relevant voor het debat over stikstof.") << nl;
        QTest::newRow("nl: quotes English") << QStringLiteral("De woordvoerder zegt letterlijk \u201cthe policy works\u201d, maar de cijfers van het CPB laten iets anders zien.") << nl;
        QTest::newRow("nl: few function words") << QStringLiteral("Financiële onderbouwing ontbreekt volledig; coöperatie tussen gemeenten blijft onduidelijk.") << nl;
        QTest::newRow("en: source missing") << QStringLiteral("The minister gives no source for this figure; check with the statistics office whether it is right.") << en;
        QTest::newRow("en: decline") << QStringLiteral("Not quite right: the decline is mainly due to the pandemic years, not the new policy.") << en;
        QTest::newRow("en: causal") << QStringLiteral("Causal claim without evidence. The report only shows a correlation between spending and results.") << en;
        QTest::newRow("en: compare") << QStringLiteral("Compare with last year's figures, when the increase was even larger.") << en;
        QTest::newRow("en: normative") << QStringLiteral("Normative statement; hard to verify, but relevant to the debate on nitrogen emissions.") << en;
        QTest::newRow("en: few function words") << QStringLiteral("Government spending figures misquoted; original budget tables show steady growth since 2019.") << en;
    }

    void shortNotes_languageDetected()
    {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(NoteLanguageDetector::detect(note, Preference, checkers()), expected);
    }

    void englishNote_takesThePreferredEnglishVariant()
    {
        const QString note = QStringLiteral("The minister gives no source for this figure; check it with the statistics office.");
        QCOMPARE(NoteLanguageDetector::detect(note, {QStringLiteral("en_GB"), QStringLiteral("nl"), QStringLiteral("en_US")}, checkers()),
                 QStringLiteral("en_GB"));
    }

    void tooLittleText_noLanguage_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("empty") << QString();
        QTest::newRow("number") << QStringLiteral("p. 12");
        QTest::newRow("abbreviations") << QStringLiteral("CBS, CPB, OESO");
        QTest::newRow("a name both languages know") << QStringLiteral("Amsterdam");
        QTest::newRow("words neither knows") << QStringLiteral("Xyzzq qwrtz");
    }

    void tooLittleText_noLanguage()
    {
        QFETCH(QString, note);
        QCOMPARE(NoteLanguageDetector::detect(note, Preference, checkers()), QString());
    }

    void languageFor_manualChoiceThenDetectionThenProjectThenUserDefault()
    {
        SpellingService service(SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell));
        service.setDefaultLanguage(QStringLiteral("nl"));
        service.preload({QStringLiteral("nl"), QStringLiteral("en_US")});
        QTRY_VERIFY(service.checker(QStringLiteral("nl")) && service.checker(QStringLiteral("en_US")));

        const QString dutch = QStringLiteral("Klopt niet helemaal: de daling komt vooral door de coronajaren, niet door het nieuwe beleid.");
        const QString english = QStringLiteral("Not quite right: the decline is mainly due to the pandemic years, not the new policy.");
        const QString unclear = QStringLiteral("CBS 2021, p. 12");
        // A Dutch note in an English project is checked in Dutch.
        QCOMPARE(service.languageFor(dutch, {}, QStringLiteral("en_GB")), QStringLiteral("nl"));
        // An English note takes the project's English.
        QCOMPARE(service.languageFor(english, {}, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
        QCOMPARE(service.languageFor(english, {}, {}), QStringLiteral("en_US"));
        QCOMPARE(service.languageFor(unclear, {}, QStringLiteral("en_GB")), QStringLiteral("en_GB"));
        QCOMPARE(service.languageFor(unclear, {}, {}), QStringLiteral("nl"));
        QCOMPARE(service.languageFor(dutch, QStringLiteral("en_US"), {}), QStringLiteral("en_US"));
        // An unknown choice (a typo in the project file) is no choice.
        QCOMPARE(service.languageFor(dutch, QStringLiteral("fr"), {}), QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(TestNoteLanguageDetector)
#include "tst_notelanguagedetector.moc"
