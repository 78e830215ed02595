// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/documentmetadatadialog.h"

#include "models/documentsmodel.h"
#include "spelling/spellcheckdecorator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ktk {

DocumentMetadataDialog::DocumentMetadataDialog(DocumentsModel *documents, DocumentId id, QWidget *parent,
                                               ProjectStore *store)
    : QDialog(parent), m_documents(documents), m_id(id)
{
    setObjectName(QStringLiteral("documentMetadataDialog"));
    const QModelIndex index = documents->indexOfDocument(id);
    if (index.isValid())
        m_original = index.data(DocumentsModel::MetaRole).value<DocumentMeta>();

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_sourceUrl = new QLineEdit(this);
    m_sourceUrl->setObjectName(QStringLiteral("sourceUrlEdit"));
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(1800, 1, 1));
    m_dateUnknown = new QCheckBox(this);
    m_dateUnknown->setObjectName(QStringLiteral("dateUnknown"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));

    m_titleLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    m_authorLabel = new QLabel(this);
    m_dateLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("documentNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 5 + 14);
    SpellCheckDecorator::attach(m_note, store, [id]() -> QString {
        return QStringLiteral("documentNoteLanguage/") + QString::number(id);
    }, documents ? documents->undoStack() : nullptr);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);
    m_titleLabel->setBuddy(m_title);
    m_sourceLabel->setBuddy(m_sourceUrl);
    m_authorLabel->setBuddy(m_author);
    m_dateLabel->setBuddy(m_date);
    m_languageLabel->setBuddy(m_language);

    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateUnknown);
    dateRow->addStretch(1);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(m_titleLabel, m_title);
    m_form->addRow(m_authorLabel, m_author);
    m_form->addRow(m_sourceLabel, m_sourceUrl);
    m_form->addRow(m_dateLabel, dateRow);
    m_form->addRow(m_languageLabel, m_language);
    m_form->addRow(m_noteLabel, m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("metadataError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentMetadataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_title->setText(m_original.title);
    m_note->setPlainText(m_original.note);
    m_sourceUrl->setText(m_original.sourceUrl);
    m_author->setText(m_original.author);
    m_date->setDate(m_original.publishedOn.isValid() ? m_original.publishedOn : QDate::currentDate());
    m_dateUnknown->setChecked(!m_original.publishedOn.isValid());
    m_date->setEnabled(m_original.publishedOn.isValid());

    connect(m_dateUnknown, &QCheckBox::toggled, m_date, [this](bool unknown) { m_date->setEnabled(!unknown); });
    connect(m_title, &QLineEdit::textChanged, this, &DocumentMetadataDialog::updateOk);

    retranslateUi();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_original.language)));
    updateOk();
    setMinimumWidth(460);
}

void DocumentMetadataDialog::retranslateUi()
{
    setWindowTitle(tr("Document Details"));
    m_titleLabel->setText(tr("&Title:"));
    m_authorLabel->setText(tr("&Author or publisher:"));
    m_sourceLabel->setText(tr("&Source URL:"));
    //: Label of the date on which the document was published
    m_dateLabel->setText(tr("&Published:"));
    //: Check box next to the publication date: the date is not known
    m_dateUnknown->setText(tr("&Unknown"));
    m_languageLabel->setText(tr("&Language:"));
    //: Label of the researcher's note on a whole document
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("Your note on this document: context, reliability, what to check\u2026"));
    m_sourceUrl->setPlaceholderText(tr("https://\u2026"));
    m_author->setPlaceholderText(tr("e.g. the ministry, newspaper or author"));
    fillLanguages();
}

void DocumentMetadataDialog::fillLanguages()
{
    const QSignalBlocker blocker(m_language);
    const QString current = m_language->count() ? m_language->currentData().toString() : m_original.language;
    m_language->clear();
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    // A language set elsewhere (the command line, an import) stays choosable.
    const QString stored = m_original.language;
    if (!stored.isEmpty() && stored != u"nl" && stored != u"en")
        m_language->addItem(DocumentsModel::languageName(stored), stored);
    //: Language of a document that is neither Dutch nor English, or not known
    m_language->addItem(tr("Other or unknown"), QString());
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
}

void DocumentMetadataDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

DocumentMeta DocumentMetadataDialog::meta() const
{
    DocumentMeta meta;
    meta.title = m_title->text().trimmed();
    meta.sourceUrl = m_sourceUrl->text().trimmed();
    meta.author = m_author->text().trimmed();
    meta.publishedOn = m_dateUnknown->isChecked() ? QDate() : m_date->date();
    meta.language = m_language->currentData().toString();
    meta.note = m_note->toPlainText();
    return meta;
}

void DocumentMetadataDialog::accept()
{
    const DocumentMeta details = meta();
    if (details.title.isEmpty())
        return;
    if (details != m_original && !m_documents->setMeta(m_id, details)) {
        m_error->setText(tr("The details could not be saved. The project file may be read-only or the disk full."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void DocumentMetadataDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ktk
