// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The project's own word list: kept in the project file, so it travels with
// the project; read within bounds from a file someone else made; undoable;
// and never the user's personal word list.

#include "commands/projectwordcommands.h"
#include "commands/undopush.h"
#include "spelling/personaldictionary.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellingprojectsettings.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;

namespace {

const QStringList Languages{QStringLiteral("nl"), QStringLiteral("en_US"), QStringLiteral("en_GB")};

// A hostile file needs no more time than a full list of MaxWords.
constexpr qint64 ReadBudgetMs = 3000;

} // namespace

class TestProjectDictionary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.ktk").arg(++m_files)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KanttekeningTest"));
        for (const QString &language : Languages)
            QFile::remove(PersonalDictionary::defaultPath(language));
        QVERIFY(m_dir.isValid());
    }

    void add_persistsAcrossReopenOfTheFile()
    {
        const QString path = newPath();
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            ProjectDictionary *words = ProjectDictionary::of(&store);
            QCOMPARE(ProjectDictionary::of(&store), words);     // one per store
            QSignalSpy changed(words, &ProjectDictionary::wordsChanged);
            QVERIFY(words->add(QStringLiteral("raadsinformatiebrief")).ok());
            QVERIFY(words->add(QStringLiteral("  Waalstede ")).ok());             // kept trimmed
            QVERIFY(words->add(QStringLiteral("raadsinformatiebrief")).ok());     // already there: nothing
            QCOMPARE(changed.count(), 2);
            QCOMPARE(store.setting(SpellingProjectSettings::projectWordsKey()),
                     QStringLiteral("raadsinformatiebrief\nWaalstede"));
        }
        // Another store, as a colleague opening the mailed file.
        ProjectStore store;
        QVERIFY(store.open(path).ok());
        ProjectDictionary *words = ProjectDictionary::of(&store);
        QCOMPARE(words->words(), (QStringList{QStringLiteral("raadsinformatiebrief"), QStringLiteral("Waalstede")}));
        QVERIFY(words->contains(QStringLiteral("raadsinformatiebrief")));
        QVERIFY(!words->contains(QStringLiteral("raadsinformatiebrieven")));

        QVERIFY(words->remove(QStringLiteral("Waalstede")).ok());
        store.close();
        QVERIFY(!words->contains(QStringLiteral("raadsinformatiebrief")));   // no project, no words
        QVERIFY(store.open(path).ok());
        QCOMPARE(words->words(), QStringList{QStringLiteral("raadsinformatiebrief")});
    }

    void contains_acceptsTheWordAtTheStartOfASentenceAndInCapitals()
    {
        ProjectStore store;
        QVERIFY(store.create(newPath()).ok());
        ProjectDictionary *words = ProjectDictionary::of(&store);
        QVERIFY(words->add(QStringLiteral("raadsinformatiebrief")).ok());
        QVERIFY(words->add(QStringLiteral("Waalstede")).ok());
        QVERIFY(words->contains(QStringLiteral("Raadsinformatiebrief")));
        QVERIFY(words->contains(QStringLiteral("RAADSINFORMATIEBRIEF")));
        QVERIFY(words->contains(QStringLiteral("WAALSTEDE")));
        // A name stays a name.
        QVERIFY(!words->contains(QStringLiteral("waalstede")));
        QVERIFY(!words->containsExactly(QStringLiteral("Raadsinformatiebrief")));
    }

    void add_refusesWhatIsNoWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ");
        QTest::newRow("two words") << QStringLiteral("raads informatiebrief");
        QTest::newRow("line break") << QStringLiteral("raads\ninformatiebrief");
        QTest::newRow("control character") << QStringLiteral("raads\u0001brief");
        QTest::newRow("zero-width space") << QStringLiteral("raads\u200Bbrief");
        QTest::newRow("too long") << QString(ProjectDictionary::MaxWordLength + 1, QLatin1Char('a'));
    }

    void add_refusesWhatIsNoWord()
    {
        QFETCH(QString, word);
        ProjectStore store;
        QVERIFY(store.create(newPath()).ok());
        ProjectDictionary *words = ProjectDictionary::of(&store);
        const Status added = words->add(word);
        QVERIFY(!added.ok());
        QVERIFY(!added.error().isEmpty());
        QVERIFY(words->words().isEmpty());
        QCOMPARE(store.setting(SpellingProjectSettings::projectWordsKey()), QString());
        QVERIFY(words->add(QString(ProjectDictionary::MaxWordLength, QLatin1Char('a'))).ok());
    }

    void add_withoutProjectOrReadOnly_isRefusedWithAMessage()
    {
        ProjectStore closed;
        QVERIFY(!ProjectDictionary::of(&closed)->add(QStringLiteral("woord")).ok());

        const QString path = newPath();
        {
            ProjectStore store;
            QVERIFY(store.create(path).ok());
        }
        ProjectStore reader;
        QVERIFY(reader.openForReading(path).ok());
        const Status refused = ProjectDictionary::of(&reader)->canAdd(QStringLiteral("woord"));
        QVERIFY(!refused.ok());
        QVERIFY(!ProjectDictionary::of(&reader)->add(QStringLiteral("woord")).ok());
    }

    void hostileSetting_isBoundedAndDoesNotHang_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QStringList>("expectedStart");
        QTest::addColumn<int>("expectedCount");

        QString million;
        million.reserve(9 * 1000 * 1000);
        for (int i = 0; i < 1000 * 1000; ++i)
            million += QStringLiteral("w") + QString::number(i) + QLatin1Char('\n');
        QTest::newRow("a million words") << million
            << QStringList{QStringLiteral("w0"), QStringLiteral("w1")} << ProjectDictionary::MaxWords;

        QTest::newRow("one huge value") << QString(30 * 1000 * 1000, QLatin1Char('x')) << QStringList() << 0;

        QTest::newRow("a very long word between two good ones")
            << QStringLiteral("goed\n") + QString(5 * 1000 * 1000, QLatin1Char('y')) + QStringLiteral("\nook")
            << QStringList{QStringLiteral("goed")} << 1;   // the rest lies beyond what is read

        QTest::newRow("a word just too long")
            << QStringLiteral("goed\n") + QString(ProjectDictionary::MaxWordLength + 1, QLatin1Char('y'))
                   + QStringLiteral("\nook")
            << QStringList{QStringLiteral("goed"), QStringLiteral("ook")} << 2;

        QTest::newRow("control characters and blank lines")
            << QStringLiteral("goed\r\nslecht\u0001woord\n\n\t\nbel\u0007\nrecht\u202Eom\nook\nook\n")
            << QStringList{QStringLiteral("goed"), QStringLiteral("ook")} << 2;

        // SQLite reads text up to a NUL: what follows is not seen at all.
        QTest::newRow("a NUL character")
            << QStringLiteral("goed\nnul\u0000teken\nook\n") << QStringList{QStringLiteral("goed")} << -1;

        QString newlines(10 * 1000 * 1000, QLatin1Char('\n'));
        QTest::newRow("only line breaks") << newlines << QStringList() << 0;
    }

    void hostileSetting_isBoundedAndDoesNotHang()
    {
        QFETCH(QString, stored);
        QFETCH(QStringList, expectedStart);
        QFETCH(int, expectedCount);
        const QString path = newPath();
        {
            // Written as a hostile file would hold it, past ProjectDictionary.
            ProjectStore store;
            QVERIFY(store.create(path).ok());
            QVERIFY(store.setSetting(SpellingProjectSettings::projectWordsKey(), stored).ok());
        }
        stored.clear();
        stored.squeeze();

        ProjectStore store;
        QVERIFY(store.open(path).ok());
        ProjectDictionary *dictionary = ProjectDictionary::of(&store);
        QElapsedTimer timer;
        timer.start();
        const QStringList words = dictionary->words();
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms < ReadBudgetMs, qPrintable(QStringLiteral("reading took %1 ms").arg(ms)));
        if (expectedCount >= 0)
            QCOMPARE(words.size(), expectedCount);
        QVERIFY(words.size() <= ProjectDictionary::MaxWords);
        QCOMPARE(words.mid(0, expectedStart.size()), expectedStart);
        for (const QString &w : words) {
            QVERIFY(w.size() <= ProjectDictionary::MaxWordLength);
            QCOMPARE(ProjectDictionary::normalised(w), w);
        }
        timer.restart();
        for (int i = 0; i < 1000; ++i)
            dictionary->contains(QStringLiteral("onbekend%1").arg(i));
        QVERIFY(timer.elapsed() < ReadBudgetMs);

        // Still usable: a word can be added, unless the list is full.
        const Status added = dictionary->add(QStringLiteral("nieuwwoord"));
        if (expectedCount >= ProjectDictionary::MaxWords) {
            QVERIFY(!added.ok());
            QVERIFY(added.error().contains(QLocale().toString(ProjectDictionary::MaxWords)));
        } else {
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QVERIFY(dictionary->contains(QStringLiteral("nieuwwoord")));
        }
    }

    void command_addsAndUndoRemoves()
    {
        ProjectStore store;
        QVERIFY(store.create(newPath()).ok());
        ProjectDictionary *words = ProjectDictionary::of(&store);
        QVERIFY(words->add(QStringLiteral("eerder")).ok());
        QUndoStack undo;
        auto *command = new AddProjectWordCommand(&store, QStringLiteral("raadsinformatiebrief"));
        QVERIFY(command->text().contains(QStringLiteral("raadsinformatiebrief")));
        QVERIFY(pushCommand(&undo, command));
        QVERIFY(words->containsExactly(QStringLiteral("raadsinformatiebrief")));
        undo.undo();
        QCOMPARE(words->words(), QStringList{QStringLiteral("eerder")});
        QCOMPARE(store.setting(SpellingProjectSettings::projectWordsKey()), QStringLiteral("eerder"));
        undo.redo();
        QVERIFY(words->containsExactly(QStringLiteral("raadsinformatiebrief")));

        // A word the project already has: nothing to undo, so nothing on the
        // stack, and undoing the rest never takes the earlier word away.
        QVERIFY(!pushCommand(&undo, new AddProjectWordCommand(&store, QStringLiteral("eerder"))));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(words->words(), QStringList{QStringLiteral("eerder")});
    }

    void personalDictionary_isUnaffected()
    {
        ProjectStore store;
        QVERIFY(store.create(newPath()).ok());
        QVERIFY(ProjectDictionary::of(&store)->add(QStringLiteral("projectwoord")).ok());
        QUndoStack undo;
        QVERIFY(pushCommand(&undo, new AddProjectWordCommand(&store, QStringLiteral("anderwoord"))));
        for (const QString &language : Languages) {
            PersonalDictionary personal(PersonalDictionary::defaultPath(language));
            QVERIFY(personal.load().ok());
            QVERIFY(!personal.contains(QStringLiteral("projectwoord")));
            QVERIFY(!personal.contains(QStringLiteral("anderwoord")));
            QVERIFY(!QFile::exists(personal.path()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectDictionary)
#include "tst_projectdictionary.moc"
