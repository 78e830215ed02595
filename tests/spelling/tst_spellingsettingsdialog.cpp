// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The spelling settings: on/off and default languages applied on OK, and
// the dictionaries found or, when missing, the package to install.

#include "../models/claimfixture.h"

#include "spelling/hunspelldictionaries.h"
#include "spelling/spellinglanguages.h"
#include "spelling/spellingprojectsettings.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {
void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

class TestSpellingSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KanttekeningTest"));
    }

    void init()
    {
        QSettings().clear();
    }

    void missingDictionaries_saidWithThePackageToInstall()
    {
        SpellCheckerFactory factory(SpellCheckerFactory::Backend::Hunspell);
        factory.setHunspellSearchPaths({QStringLiteral(KTK_TEST_DATA "/spelling/empty")});
        SpellingService service(factory);
        SpellingSettingsDialog dialog(&service, nullptr);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("spellingDictionaries"));
        auto *missing = dialog.findChild<QLabel *>(QStringLiteral("spellingMissing"));
        QVERIFY(tree && missing);
        QCOMPARE(tree->topLevelItemCount(), 3);
        QVERIFY(!missing->isHidden());
        for (const QString &package : {QStringLiteral("hunspell-nl"), QStringLiteral("hunspell-en-us"), QStringLiteral("hunspell-en-gb")})
            QVERIFY2(missing->text().contains(package), qPrintable(missing->text()));
        QVERIFY(tree->topLevelItem(0)->text(1).contains(QStringLiteral("hunspell-nl")));
    }

    void installedDictionaries_listedWithTheirFiles()
    {
        for (const QString &code : SpellingLanguages::all()) {
            if (!HunspellDictionaries().find(code).isValid())
                QSKIP(qPrintable(QStringLiteral("The package %1 is not installed").arg(SpellingLanguages::debianPackage(code))));
        }
        SpellingService service{SpellCheckerFactory(SpellCheckerFactory::Backend::Hunspell)};
        SpellingSettingsDialog dialog(&service, nullptr);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("spellingDictionaries"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString code = tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
            QCOMPARE(tree->topLevelItem(i)->text(1), HunspellDictionaries().find(code).dicPath);
        }
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("spellingMissing"))->isHidden());
    }

    void ok_appliesTheSettingsAndTheProjectLanguage()
    {
        ClaimProject project;
        QVERIFY(project.create());
        SpellingService service;
        service.setEnabled(true);
        service.setDefaultLanguage(QStringLiteral("nl"));
        SpellingSettingsDialog dialog(&service, &project.store);
        auto *enabled = dialog.findChild<QCheckBox *>(QStringLiteral("spellingEnabled"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("spellingDefaultLanguage"));
        auto *projectLanguage = dialog.findChild<QComboBox *>(QStringLiteral("spellingProjectLanguage"));
        QVERIFY(enabled->isChecked());
        QCOMPARE(language->currentData().toString(), QStringLiteral("nl"));
        QVERIFY(!projectLanguage->isHidden());
        QCOMPARE(projectLanguage->currentData().toString(), QString());     // same as the default

        enabled->setChecked(false);
        choose(language, QStringLiteral("en_GB"));
        choose(projectLanguage, QStringLiteral("en_US"));
        QSignalSpy changed(&service, &SpellingService::settingsChanged);
        dialog.accept();
        QVERIFY(changed.count() >= 1);
        QVERIFY(!service.isEnabled());
        QCOMPARE(service.defaultLanguage(), QStringLiteral("en_GB"));
        QCOMPARE(project.store.setting(SpellingProjectSettings::languageKey()), QStringLiteral("en_US"));
        QVERIFY(project.reopen());
        QCOMPARE(project.store.setting(SpellingProjectSettings::languageKey()), QStringLiteral("en_US"));
        // What the next start reads.
        SpellingService restarted;
        QVERIFY(!restarted.isEnabled());
        QCOMPARE(restarted.defaultLanguage(), QStringLiteral("en_GB"));
    }

    void cancel_changesNothing()
    {
        ClaimProject project;
        QVERIFY(project.create());
        SpellingService service;
        SpellingSettingsDialog dialog(&service, &project.store);
        dialog.findChild<QCheckBox *>(QStringLiteral("spellingEnabled"))->setChecked(false);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("spellingProjectLanguage")), QStringLiteral("nl"));
        dialog.reject();
        QVERIFY(service.isEnabled());
        QCOMPARE(project.store.setting(SpellingProjectSettings::languageKey()), QString());
    }

    void noProject_noProjectLanguage()
    {
        SpellingService service;
        SpellingSettingsDialog dialog(&service, nullptr);
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("spellingProjectLanguage"))->isHidden());
    }
};

QTEST_MAIN(TestSpellingSettingsDialog)
#include "tst_spellingsettingsdialog.moc"
