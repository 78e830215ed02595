// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace ktk {

class ProjectStore;
class SpellingService;

// Spell checking on or off, the default language (the user's, and the open
// project's), and which dictionaries were found, with the package to install
// for a missing one. Applies on OK.
class SpellingSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // store: the open project for its default language; null or closed hides it.
    explicit SpellingSettingsDialog(ProjectStore *store = nullptr, QWidget *parent = nullptr);
    SpellingSettingsDialog(SpellingService *service, ProjectStore *store, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLanguageCombos();
    void fillDictionaries();

    SpellingService *m_service;
    QPointer<ProjectStore> m_store;
    bool m_projectShown = false;
    QCheckBox *m_enabled;
    QLabel *m_defaultLabel;
    QComboBox *m_defaultLanguage;
    QLabel *m_projectLabel;
    QComboBox *m_projectLanguage;
    QLabel *m_explanation;
    QLabel *m_dictionariesLabel;
    QTreeWidget *m_dictionaries;
    QLabel *m_missing;
    QLabel *m_personal;
    QDialogButtonBox *m_buttons;
};

} // namespace ktk
