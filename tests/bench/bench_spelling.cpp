// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Spell checking speed (issue 4) on a 2-core machine:
//   checking a 2,000-word Dutch note once the dictionaries are loaded   < 50 ms
//   the Dutch dictionary loads in a worker: creating the service and
//   asking for a checker return at once (< 5 ms), and the main thread keeps
//   running its event loop while the dictionary loads.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_spelling
#include "spelling/hunspelldictionaries.h"
#include "spelling/notelanguagedetector.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellcheckhighlighter.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingwords.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QtTest>
#include <algorithm>

using namespace ktk;

namespace {

// Sentences as researchers write them in notes on Dutch policy texts.
const char *const Sentences[] = {
    "Het kabinet stelt dat de stikstofuitstoot in 2030 met de helft daalt, maar noemt geen bron voor dat cijfer.",
    "Volgens het Centraal Planbureau hangt de financiële houdbaarheid af van de vergrijzing en de rente op de staatsschuld.",
    "De minister verwacht dat de uitkoopregeling voor veehouders vrijwillig genoeg deelnemers trekt; dat is nog onzeker.",
    "In de Kamerbrief ontbreekt een onderbouwing van de bewering dat huizenprijzen sneller stijgen dan de lonen.",
    "De coöperatie van gemeenten wil het beleidsvoorstel over jeugdzorg steunen als het Rijk de tekorten aanvult.",
    "Het rapport laat een samenhang zien tussen armoede en schooluitval, geen oorzakelijk verband zoals de wethouder suggereert.",
    "Critici wijzen erop dat de belasting op arbeid al jaren hoger is dan die op vermogen, wat ongelijkheid vergroot.",
    "De woordvoerder van de provincie erkent dat de natuurdoelen zonder extra maatregelen niet op tijd worden gehaald.",
    "Na controle bij het Centraal Bureau voor de Statistiek blijkt het percentage over het vorige jaar te gaan.",
    "Deze normatieve uitspraak is lastig te toetsen; wel kunnen we nagaan of de genoemde bedragen in de begroting staan.",
    "Onderzoekers van de universiteit waarschuwen dat de gevolgen voor kleine ondernemers onduidelijk blijven.",
    "De gemeenteraad besloot het voorstel aan te houden tot de evaluatie van het vorige programma beschikbaar is.",
};

// About one word in fifty misspelled, as in a quickly typed note.
QString typo(const QString &word, QRandomGenerator &rng)
{
    if (word.size() < 5)
        return word;
    QString w = word;
    const int i = 1 + int(rng.bounded(int(w.size()) - 3));
    std::swap(w[i], w[i + 1]);
    return w;
}

QString dutchNote(int words, int *typos)
{
    QRandomGenerator rng(2026);
    QStringList all;
    int n = 0;
    *typos = 0;
    while (n < words) {
        const QString sentence = QString::fromUtf8(Sentences[rng.bounded(int(std::size(Sentences)))]);
        QStringList parts = sentence.split(u' ');
        for (QString &part : parts) {
            if (rng.bounded(50) == 0 && part.size() >= 5 && part.back().isLetter()) {
                part = typo(part, rng);
                ++*typos;
            }
        }
        all += parts;
        n += int(parts.size());
        if (rng.bounded(5) == 0)
            all.last() += QStringLiteral("\n");
    }
    all = all.mid(0, words);
    return all.join(u' ');
}

double median(QVector<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return nanos.at(nanos.size() / 2) / 1e6;
}

} // namespace

class BenchSpelling : public QObject
{
    Q_OBJECT

    std::unique_ptr<SpellingService> m_service;

    SpellChecker *loadedDutch()
    {
        if (!m_service) {
            m_service = std::make_unique<SpellingService>(SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell));
            m_service->preload({QStringLiteral("nl"), QStringLiteral("en_US")});
        }
        const bool loaded = QTest::qWaitFor(
            [this] { return m_service->checker(QStringLiteral("nl")) && m_service->checker(QStringLiteral("en_US")); }, 20000);
        return loaded ? m_service->checker(QStringLiteral("nl")) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        if (!HunspellDictionaries().find(QStringLiteral("en_US")).isValid())
            QSKIP("The package hunspell-en-us is not installed");
    }

    void startWithoutWaitingForTheDutchDictionary()
    {
        QElapsedTimer clock;
        clock.start();
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        const qint64 constructed = clock.nsecsElapsed();
        QVERIFY(!service.checker(QStringLiteral("nl")));
        const qint64 asked = clock.nsecsElapsed();

        // A heartbeat on the main thread: the longest gap between beats is
        // the longest the user would have waited for the window to react.
        QElapsedTimer beat;
        beat.start();
        qint64 longestGap = 0;
        int beats = 0;
        QTimer heartbeat;
        heartbeat.setInterval(2);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, beat.restart());
            ++beats;
        });
        heartbeat.start();
        QSignalSpy ready(&service, &SpellingService::checkerReady);
        QVERIFY(ready.wait(20000));
        heartbeat.stop();
        const qint64 usable = clock.nsecsElapsed();
        QVERIFY(service.checker(QStringLiteral("nl")));

        qInfo("RESULT : service constructor %.3f ms, checker(\"nl\") call %.3f ms, first checker usable after %.1f ms "
              "(loading in the worker: %lld ms); main thread ran %d heartbeats meanwhile, longest gap %lld ms",
              constructed / 1e6, (asked - constructed) / 1e6, usable / 1e6, service.loadMilliseconds(QStringLiteral("nl")),
              beats, longestGap);
        QVERIFY2(constructed < 5'000'000, "the constructor must not load dictionaries");
        QVERIFY2(asked - constructed < 5'000'000, "checker() must not wait for the dictionary");
        QVERIFY(beats > 5);
        QTest::setBenchmarkResult(usable / 1e6, QTest::WalltimeMilliseconds);
    }

    void checkTwoThousandWordNote()
    {
        SpellChecker *nl = loadedDutch();
        QVERIFY(nl);
        int typos = 0;
        const QString note = dutchNote(2000, &typos);
        const QVector<SpellingWords::Range> words = SpellingWords::find(note);

        // The dictionary alone, every word asked (no cache): the worst case.
        QVector<qint64> raw;
        int misspelled = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer clock;
            clock.start();
            misspelled = 0;
            for (const SpellingWords::Range &r : words) {
                if (!nl->isCorrect(note.mid(r.start, r.length)))
                    ++misspelled;
            }
            raw.append(clock.nsecsElapsed());
        }

        // What the editor does with a note it is given: judge the language,
        // then underline every paragraph with a fresh (empty) cache.
        QVector<qint64> highlighted;
        int marked = 0;
        for (int run = 0; run < 5; ++run) {
            QTextDocument document;
            document.setPlainText(note);
            QElapsedTimer clock;
            clock.start();
            const QString language = m_service->languageFor(note);
            SpellCheckHighlighter highlighter(&document);
            highlighter.setChecker(m_service->checker(language));
            highlighted.append(clock.nsecsElapsed());
            QCOMPARE(language, QStringLiteral("nl"));
            marked = 0;
            for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                for (const QTextLayout::FormatRange &f : b.layout()->formats())
                    marked += f.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
            }
        }
        qInfo("RESULT : 2,000-word Dutch note (%lld words checked, %d typos made): dictionary alone %.2f ms, "
              "language + highlighting %.2f ms (median of 5); %d words flagged, %d underlined",
              qint64(words.size()), typos, median(raw), median(highlighted), misspelled, marked);
        QVERIFY(misspelled >= typos);   // a swap can make another real word, rarely
        QVERIFY(marked == misspelled);
        QVERIFY2(median(highlighted) < 50.0, "target: under 50 ms");
        QTest::setBenchmarkResult(median(highlighted), QTest::WalltimeMilliseconds);
    }

    void typeIntoTwoThousandWordNote()
    {
        QVERIFY(loadedDutch());
        int typos = 0;
        const QString note = dutchNote(2000, &typos);
        QPlainTextEdit edit;
        new SpellCheckDecorator(&edit, m_service.get(), nullptr, {});
        edit.resize(600, 800);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));

        QElapsedTimer clock;
        clock.start();
        edit.setPlainText(note);
        const qint64 loaded = clock.nsecsElapsed();
        QPlainTextEdit plain;
        clock.restart();
        plain.setPlainText(note);
        const qint64 baseline = clock.nsecsElapsed();

        // A keystroke re-checks its paragraph from the cache.
        QTextCursor cursor(edit.document());
        cursor.movePosition(QTextCursor::End);
        edit.setTextCursor(cursor);
        QVector<qint64> keys;
        for (int i = 0; i < 50; ++i) {
            clock.restart();
            QTest::keyClick(&edit, char('a' + i % 26));
            keys.append(clock.nsecsElapsed());
        }
        qInfo("RESULT : editor given the 2,000-word note: %.2f ms with spell checking, %.2f ms without; "
              "one keystroke %.3f ms (median of 50)", loaded / 1e6, baseline / 1e6, median(keys));
        QVERIFY(median(keys) < 16.0);   // within one frame
        QTest::setBenchmarkResult(median(keys), QTest::WalltimeMilliseconds);
    }

    void cleanupTestCase()
    {
        m_service.reset();
    }
};

QTEST_MAIN(BenchSpelling)
#include "bench_spelling.moc"
