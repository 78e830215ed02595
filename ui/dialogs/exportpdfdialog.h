// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/documentexport.h"
#include "export/exportclaim.h"
#include "store/records.h"

#include <QDialog>
#include <QVector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace ktk {

// File → Export Annotated PDF: which documents, which claims, where notes go,
// an appendix, flattening, and where to write. The choices are remembered.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT

public:
    // current: the shown document (0: none); selected: those selected in the
    // navigator; panelFilter: what the panel shows now, with its description
    // (empty when the panel shows every claim).
    ExportPdfDialog(const QVector<DocumentSummary> &documents, DocumentId current, const QVector<DocumentId> &selected,
                    const ClaimFilter &panelFilter, const QString &panelFilterDescription, QWidget *parent = nullptr);

    QVector<DocumentId> chosenDocuments() const;
    ClaimFilter claimFilter() const;
    PdfExportOptions options() const;
    // A file when one document is exported, else a folder.
    QString target() const;
    bool exportsIntoFolder() const;

    void accept() override;

private:
    void browse();
    void updateTargetHint();
    void remember() const;

    QVector<DocumentSummary> m_documents;
    DocumentId m_current = 0;
    QVector<DocumentId> m_selected;
    ClaimFilter m_panelFilter;

    QRadioButton *m_currentButton = nullptr;
    QRadioButton *m_selectedButton = nullptr;
    QRadioButton *m_allButton = nullptr;
    QRadioButton *m_allClaimsButton = nullptr;
    QRadioButton *m_shownClaimsButton = nullptr;
    QComboBox *m_notesCombo = nullptr;
    QCheckBox *m_appendixBox = nullptr;
    QCheckBox *m_flattenBox = nullptr;
    QLineEdit *m_authorEdit = nullptr;
    QLineEdit *m_targetEdit = nullptr;
};

} // namespace ktk
