// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sample project shows no red underline: every text the program
// spell-checks in it (claim notes, document notes, claim type descriptions)
// is checked as the editors check it, by SpellCheckDecorator on the real
// Hunspell dictionaries, with the project's own word list. Whatever the
// user's default language is.

#include "cli/sampleproject.h"
#include "spelling/hunspelldictionaries.h"
#include "spelling/personaldictionary.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellcheckhighlighter.h"
#include "spelling/spellingprojectsettings.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingwords.h"
#include "store/defaultcodebook.h"
#include "store/projectstore.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace ktk;

namespace {

struct CheckedText
{
    QString what;       // for the failure message
    QString text;
    QString languageKey;
};

// What the program puts into a spell-checked editor, with the setting key
// under which the editor keeps a language chosen by hand.
QVector<CheckedText> checkedTexts(const ProjectStore &store)
{
    QVector<CheckedText> texts;
    for (const Annotation &a : store.annotations()) {
        if (!a.note.isEmpty())
            texts.append({QStringLiteral("note of claim %1").arg(a.id), a.note, SpellingProjectSettings::noteLanguageKey(a.id)});
    }
    for (const DocumentSummary &d : store.documents()) {
        if (!d.meta.note.isEmpty())
            texts.append({QStringLiteral("note of document %1").arg(d.id), d.meta.note,
                          QStringLiteral("documentNoteLanguage/") + QString::number(d.id)});
    }
    for (const ClaimType &t : store.claimTypes()) {
        const QString key = SpellingProjectSettings::claimTypeLanguageKey(t.id);
        if (!t.description.isEmpty())
            texts.append({QStringLiteral("description of %1").arg(t.name), t.description, key});
        const QString shown = DefaultCodebook::description(t.builtinKey);
        if (!shown.isEmpty() && shown != t.description)
            texts.append({QStringLiteral("shown description of %1").arg(t.name), shown, key});
    }
    return texts;
}

// The words the editor's highlighter marks in text, as the user would see them.
QStringList markedWords(SpellingService &service, ProjectStore &store, const CheckedText &checked, QString *language)
{
    QPlainTextEdit edit;
    const QString key = checked.languageKey;
    auto *spelling = new SpellCheckDecorator(&edit, &service, &store, [key] { return key; });
    edit.setPlainText(checked.text);
    if (!QTest::qWaitFor([&] { return spelling->highlighter()->checker() != nullptr; }, 10000))
        return {QStringLiteral("<no dictionary for %1>").arg(spelling->language())};
    *language = spelling->language();

    QStringList marked;
    for (QTextBlock block = edit.document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const SpellingWords::Range &r : SpellingWords::find(text)) {
            if (spelling->highlighter()->isMisspelled(text, r))
                marked << text.mid(r.start, r.length);
        }
        // And what is drawn: the red underline itself.
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && !marked.contains(text.mid(r.start, r.length)))
                marked << text.mid(r.start, r.length);
        }
    }
    return marked;
}

} // namespace

class TestSampleSpelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Every checked text of the sample with what it marks, for the default language.
    QStringList problems(ProjectStore &store, const QString &defaultLanguage, int *checkedCount)
    {
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        service.setDefaultLanguage(defaultLanguage);
        // All dictionaries there first, so that each note's language is
        // detected as it is once the program has run a moment.
        service.preload({QStringLiteral("nl"), QStringLiteral("en_US"), QStringLiteral("en_GB")});
        if (!QTest::qWaitFor([&] {
                return service.checker(QStringLiteral("nl")) && service.checker(QStringLiteral("en_US"))
                    && (service.checker(QStringLiteral("en_GB")) || !service.loadError(QStringLiteral("en_GB")).isEmpty());
            }, 20000))
            return {QStringLiteral("dictionaries did not load")};
        QStringList found;
        const QVector<CheckedText> texts = checkedTexts(store);
        *checkedCount = int(texts.size());
        for (const CheckedText &checked : texts) {
            QString language;
            const QStringList marked = markedWords(service, store, checked, &language);
            if (!marked.isEmpty())
                found << QStringLiteral("%1 (%2): %3").arg(checked.what, language, marked.join(QStringLiteral(", ")));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KanttekeningTest"));
        QSettings().clear();
        // No word of the user's may help the sample.
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en_US"), QStringLiteral("en_GB")})
            QFile::remove(PersonalDictionary::defaultPath(language));
        if (!HunspellDictionaries().find(QStringLiteral("nl")).isValid())
            QSKIP("The package hunspell-nl is not installed");
        if (!HunspellDictionaries().find(QStringLiteral("en_US")).isValid())
            QSKIP("The package hunspell-en-us is not installed");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sample.ktk"));
        const Status made = SampleProject::create(m_path);
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }

    void sampleProject_hasNoRedUnderline_data()
    {
        QTest::addColumn<QString>("defaultLanguage");
        QTest::newRow("Dutch user") << QStringLiteral("nl");
        QTest::newRow("American user") << QStringLiteral("en_US");
        QTest::newRow("British user") << QStringLiteral("en_GB");
    }

    void sampleProject_hasNoRedUnderline()
    {
        QFETCH(QString, defaultLanguage);
        ProjectStore store;
        QVERIFY(store.open(m_path).ok());
        QVERIFY(!ProjectDictionary::of(&store)->words().isEmpty());
        int checked = 0;
        const QStringList found = problems(store, defaultLanguage, &checked);
        // Claim notes and the codebook's seven descriptions at least.
        QVERIFY(checked >= 20);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The check above can fail: without the sample's word list the word its
    // Dutch note needs is underlined.
    void sampleProjectWithoutItsWordList_hasTheUnderline()
    {
        const QString copy = m_dir.filePath(QStringLiteral("without.ktk"));
        QVERIFY(QFile::copy(m_path, copy));
        ProjectStore store;
        QVERIFY(store.open(copy).ok());
        QVERIFY(store.setSetting(SpellingProjectSettings::projectWordsKey(), QString()).ok());
        int checked = 0;
        const QStringList found = problems(store, QStringLiteral("nl"), &checked);
        QVERIFY2(found.join(u'\n').contains(QStringLiteral("raadsinformatiebrief")), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestSampleSpelling)
#include "tst_samplespelling.moc"
