// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellingsettingsdialog.h"

#include "spelling/spellinglanguages.h"
#include "spelling/spellingprojectsettings.h"
#include "spelling/spellingservice.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ktk {

SpellingSettingsDialog::SpellingSettingsDialog(ProjectStore *store, QWidget *parent)
    : SpellingSettingsDialog(SpellingService::instance(), store, parent)
{
}

SpellingSettingsDialog::SpellingSettingsDialog(SpellingService *service, ProjectStore *store, QWidget *parent)
    : QDialog(parent), m_service(service), m_store(store)
{
    setObjectName(QStringLiteral("spellingSettingsDialog"));

    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("spellingEnabled"));
    m_enabled->setChecked(service->isEnabled());

    m_defaultLabel = new QLabel(this);
    m_defaultLanguage = new QComboBox(this);
    m_defaultLanguage->setObjectName(QStringLiteral("spellingDefaultLanguage"));
    m_defaultLabel->setBuddy(m_defaultLanguage);

    m_projectLabel = new QLabel(this);
    m_projectLanguage = new QComboBox(this);
    m_projectLanguage->setObjectName(QStringLiteral("spellingProjectLanguage"));
    m_projectLabel->setBuddy(m_projectLanguage);
    const bool projectOpen = store && store->isOpen();
    m_projectShown = projectOpen;
    m_projectLabel->setVisible(projectOpen);
    m_projectLanguage->setVisible(projectOpen);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    m_dictionariesLabel = new QLabel(this);
    m_dictionaries = new QTreeWidget(this);
    m_dictionaries->setObjectName(QStringLiteral("spellingDictionaries"));
    m_dictionaries->setColumnCount(2);
    m_dictionaries->setRootIsDecorated(false);
    m_dictionaries->setSelectionMode(QAbstractItemView::NoSelection);
    m_dictionaries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_dictionaries->setMinimumWidth(480);
    m_dictionariesLabel->setBuddy(m_dictionaries);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("spellingMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_personal = new QLabel(this);
    m_personal->setWordWrap(true);
    m_personal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personal->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_defaultLabel, m_defaultLanguage);
    form->addRow(m_projectLabel, m_projectLanguage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_dictionariesLabel);
    layout->addWidget(m_dictionaries, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_personal);
    layout->addWidget(m_buttons);

    retranslateUi();
    m_defaultLanguage->setCurrentIndex(m_defaultLanguage->findData(service->defaultLanguage()));
    if (projectOpen) {
        const QString project = store->setting(SpellingProjectSettings::languageKey());
        m_projectLanguage->setCurrentIndex(qMax(0, m_projectLanguage->findData(project)));
    }
}

void SpellingSettingsDialog::retranslateUi()
{
    //: Window title of the spelling settings
    setWindowTitle(tr("Spelling"));
    m_enabled->setText(tr("&Check spelling as you type"));
    m_defaultLabel->setText(tr("&Default language:"));
    //: The spelling language of the open project
    m_projectLabel->setText(tr("&This project:"));
    m_explanation->setText(tr("Each note is checked in the language it is written in (Dutch or English). "
                              "The default is used when a note is too short to tell, and decides between "
                              "American and British English."));
    m_dictionariesLabel->setText(tr("Dictionaries (%1):").arg(m_service->factory().backendName()));
    m_dictionaries->setHeaderLabels({tr("Language"), tr("Dictionary")});
    m_personal->setText(tr("Words you add are kept in %1")
                            .arg(QDir::toNativeSeparators(QFileInfo(m_service->factory().personalDictionaryPath(
                                                                        SpellingLanguages::dutch()))
                                                              .absolutePath())));
    fillLanguageCombos();
    fillDictionaries();
}

void SpellingSettingsDialog::fillLanguageCombos()
{
    const QSignalBlocker blockDefault(m_defaultLanguage);
    const QSignalBlocker blockProject(m_projectLanguage);
    const QVariant currentDefault = m_defaultLanguage->currentData();
    const QVariant currentProject = m_projectLanguage->currentData();
    m_defaultLanguage->clear();
    m_projectLanguage->clear();
    //: Project spelling language: follow the user's default language
    m_projectLanguage->addItem(tr("Same as the default"), QString());
    for (const QString &code : SpellingLanguages::all()) {
        m_defaultLanguage->addItem(SpellingLanguages::displayName(code), code);
        m_projectLanguage->addItem(SpellingLanguages::displayName(code), code);
    }
    if (currentDefault.isValid())
        m_defaultLanguage->setCurrentIndex(m_defaultLanguage->findData(currentDefault));
    if (currentProject.isValid())
        m_projectLanguage->setCurrentIndex(m_projectLanguage->findData(currentProject));
}

void SpellingSettingsDialog::fillDictionaries()
{
    m_dictionaries->clear();
    QStringList problems;
    for (const SpellCheckerFactory::Dictionary &d : m_service->factory().dictionaries()) {
        auto *item = new QTreeWidgetItem(m_dictionaries);
        item->setText(0, SpellingLanguages::displayName(d.language));
        item->setData(0, Qt::UserRole, d.language);
        item->setText(1, d.found ? d.location : d.problem);
        item->setToolTip(1, item->text(1));
        if (!d.found) {
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
            //: %1 is a language name, %2 says what to install
            problems << tr("%1: %2").arg(SpellingLanguages::displayName(d.language), d.problem);
        }
    }
    m_missing->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_missing->setText(tr("Missing dictionaries are not used; the spelling of those languages is not checked. "
                              "After installing, restart the program.")
                           + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

void SpellingSettingsDialog::accept()
{
    m_service->setDefaultLanguage(m_defaultLanguage->currentData().toString());
    m_service->setEnabled(m_enabled->isChecked());
    if (m_projectShown && m_store && m_store->isOpen()) {
        const QString chosen = m_projectLanguage->currentData().toString();
        if (chosen != m_store->setting(SpellingProjectSettings::languageKey())) {
            m_store->setSetting(SpellingProjectSettings::languageKey(), chosen);
            m_service->reapply();
        }
    }
    QDialog::accept();
}

void SpellingSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ktk
