// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ktk {

class ProjectStore;

class DocumentsModel;

// Edits a document's details: title, source, author or publisher,
// publication date (which may be unknown), language and the researcher's
// note on the document (spell-checked). OK applies them as
// one undoable edit through DocumentsModel::setMeta.
class DocumentMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    // store: where a spelling language chosen for the note is kept; may be null.
    DocumentMetadataDialog(DocumentsModel *documents, DocumentId id, QWidget *parent = nullptr,
                           ProjectStore *store = nullptr);

    // What the fields say now.
    DocumentMeta meta() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void updateOk();

    DocumentsModel *m_documents;
    DocumentId m_id;
    DocumentMeta m_original;

    QFormLayout *m_form;
    QLabel *m_titleLabel;
    QLabel *m_sourceLabel;
    QLabel *m_authorLabel;
    QLabel *m_dateLabel;
    QLabel *m_languageLabel;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLineEdit *m_title;
    QLineEdit *m_sourceUrl;
    QLineEdit *m_author;
    QDateEdit *m_date;
    QCheckBox *m_dateUnknown;
    QComboBox *m_language;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ktk
