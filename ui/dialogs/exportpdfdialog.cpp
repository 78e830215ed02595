// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportpdfdialog.h"

#include "export/annotationauthor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ktk {

namespace {
const QString NotesKey = QStringLiteral("export/notes");
const QString AppendixKey = QStringLiteral("export/appendix");
const QString FlattenKey = QStringLiteral("export/flatten");
const QString ScopeKey = QStringLiteral("export/documents");
const QString ClaimsKey = QStringLiteral("export/claims");
const QString FolderKey = QStringLiteral("export/folder");
const QString AuthorKey = QStringLiteral("export/author");

QString titleOf(const DocumentSummary &d)
{
    return d.meta.title.isEmpty() ? d.fileName : d.meta.title;
}

QString elided(const QString &s, int n = 60)
{
    return s.size() > n ? s.left(n - 1) + QChar(0x2026) : s;
}
} // namespace

ExportPdfDialog::ExportPdfDialog(const QVector<DocumentSummary> &documents, DocumentId current,
                                 const QVector<DocumentId> &selected, const ClaimFilter &panelFilter,
                                 const QString &panelFilterDescription, QWidget *parent)
    : QDialog(parent), m_documents(documents), m_current(current), m_selected(selected), m_panelFilter(panelFilter)
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export Annotated PDF"));
    const QSettings settings;

    QString currentTitle;
    for (const DocumentSummary &d : documents) {
        if (d.id == current)
            currentTitle = titleOf(d);
    }

    auto *which = new QGroupBox(tr("Documents"), this);
    auto *whichLayout = new QVBoxLayout(which);
    m_currentButton = new QRadioButton(current != 0 ? tr("The document shown: \u201c%1\u201d").arg(elided(currentTitle))
                                                    : tr("The document shown"), which);
    m_currentButton->setObjectName(QStringLiteral("exportCurrent"));
    m_currentButton->setEnabled(current != 0);
    m_selectedButton = new QRadioButton(tr("The %n document(s) selected in the list", nullptr, int(selected.size())),
                                        which);
    m_selectedButton->setObjectName(QStringLiteral("exportSelected"));
    m_selectedButton->setEnabled(selected.size() > 1);
    m_allButton = new QRadioButton(tr("All %n document(s), into a folder", nullptr, int(documents.size())), which);
    m_allButton->setObjectName(QStringLiteral("exportAll"));
    for (QRadioButton *b : {m_currentButton, m_selectedButton, m_allButton})
        whichLayout->addWidget(b);
    const QString scope = settings.value(ScopeKey, QStringLiteral("current")).toString();
    if (scope == QLatin1String("all") || current == 0)
        m_allButton->setChecked(true);
    else if (scope == QLatin1String("selected") && m_selectedButton->isEnabled())
        m_selectedButton->setChecked(true);
    else
        m_currentButton->setChecked(true);

    auto *claims = new QGroupBox(tr("Claims"), this);
    auto *claimsLayout = new QVBoxLayout(claims);
    m_allClaimsButton = new QRadioButton(tr("All claims"), claims);
    m_allClaimsButton->setObjectName(QStringLiteral("exportAllClaims"));
    m_shownClaimsButton = new QRadioButton(panelFilterDescription.isEmpty()
                                               ? tr("The claims the panel shows (it shows all now)")
                                               : tr("The claims the panel shows: %1").arg(panelFilterDescription),
                                           claims);
    m_shownClaimsButton->setObjectName(QStringLiteral("exportShownClaims"));
    m_shownClaimsButton->setEnabled(!panelFilterDescription.isEmpty());
    claimsLayout->addWidget(m_allClaimsButton);
    claimsLayout->addWidget(m_shownClaimsButton);
    if (settings.value(ClaimsKey).toString() == QLatin1String("shown") && m_shownClaimsButton->isEnabled())
        m_shownClaimsButton->setChecked(true);
    else
        m_allClaimsButton->setChecked(true);

    auto *form = new QFormLayout;
    m_notesCombo = new QComboBox(this);
    m_notesCombo->setObjectName(QStringLiteral("exportNotes"));
    m_notesCombo->addItem(tr("As pop-up notes on the highlights"), int(NotePlacement::Popup));
    m_notesCombo->addItem(tr("In the margin (text documents), pop-ups in PDFs"), int(NotePlacement::Margin));
    m_notesCombo->addItem(tr("In an appendix after the document"), int(NotePlacement::Appendix));
    m_notesCombo->setCurrentIndex(qBound(0, m_notesCombo->findData(settings.value(NotesKey, 0).toInt()), 2));
    form->addRow(tr("&Notes:"), m_notesCombo);
    m_appendixBox = new QCheckBox(tr("Add a &table of the claims (number, page, type, status, claimant, quote, note)"),
                                  this);
    m_appendixBox->setObjectName(QStringLiteral("exportAppendix"));
    m_appendixBox->setChecked(settings.value(AppendixKey, false).toBool());
    m_flattenBox = new QCheckBox(tr("&Flatten: burn highlights and notes into the pages, for printing and for "
                                    "readers that hide annotations"),
                                 this);
    m_flattenBox->setObjectName(QStringLiteral("exportFlatten"));
    m_flattenBox->setChecked(settings.value(FlattenKey, false).toBool());

    m_authorEdit = new QLineEdit(this);
    m_authorEdit->setObjectName(QStringLiteral("exportAuthor"));
    m_authorEdit->setText(settings.value(AuthorKey).toString());
    m_authorEdit->setPlaceholderText(defaultAnnotationAuthor());
    m_authorEdit->setToolTip(tr("The name PDF readers show as the author of each highlight and note. "
                                "Left empty, the account's name is used."));
    form->addRow(tr("A&uthor:"), m_authorEdit);

    auto *targetRow = new QHBoxLayout;
    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("exportTarget"));
    auto *browseButton = new QPushButton(tr("&Browse\u2026"), this);
    targetRow->addWidget(m_targetEdit, 1);
    targetRow->addWidget(browseButton);
    auto *targetLabel = new QLabel(tr("&Save to:"), this);
    targetLabel->setBuddy(m_targetEdit);
    form->addRow(targetLabel, targetRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportPdfDialog::browse);
    for (QRadioButton *b : {m_currentButton, m_selectedButton, m_allButton})
        connect(b, &QRadioButton::toggled, this, &ExportPdfDialog::updateTargetHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(claims);
    layout->addLayout(form);
    layout->addWidget(m_appendixBox);
    layout->addWidget(m_flattenBox);
    layout->addWidget(buttons);
    updateTargetHint();
}

QVector<DocumentId> ExportPdfDialog::chosenDocuments() const
{
    if (m_currentButton->isChecked())
        return {m_current};
    if (m_selectedButton->isChecked())
        return m_selected;
    QVector<DocumentId> all;
    for (const DocumentSummary &d : m_documents)
        all.append(d.id);
    return all;
}

ClaimFilter ExportPdfDialog::claimFilter() const
{
    return m_shownClaimsButton->isChecked() ? m_panelFilter : ClaimFilter();
}

PdfExportOptions ExportPdfDialog::options() const
{
    PdfExportOptions o;
    o.notes = NotePlacement(m_notesCombo->currentData().toInt());
    o.appendix = m_appendixBox->isChecked();
    o.flatten = m_flattenBox->isChecked();
    const QString author = m_authorEdit->text().trimmed();
    o.annotationAuthor = author.isEmpty() ? defaultAnnotationAuthor() : author;
    return o;
}

bool ExportPdfDialog::exportsIntoFolder() const
{
    return chosenDocuments().size() != 1;
}

QString ExportPdfDialog::target() const
{
    return m_targetEdit->text().trimmed();
}

void ExportPdfDialog::updateTargetHint()
{
    const QString folder = QSettings().value(FolderKey, QStandardPaths::writableLocation(
                                                            QStandardPaths::DocumentsLocation)).toString();
    if (exportsIntoFolder()) {
        m_targetEdit->setText(QDir::toNativeSeparators(folder));
        return;
    }
    const QVector<DocumentId> ids = chosenDocuments();
    QStringList taken;
    for (const DocumentSummary &d : m_documents) {
        if (!ids.isEmpty() && d.id == ids.first())
            m_targetEdit->setText(QDir::toNativeSeparators(QDir(folder).filePath(DocumentExport::fileNameFor(d, &taken))));
    }
}

void ExportPdfDialog::browse()
{
    QString chosen;
    if (exportsIntoFolder()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), target());
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export Annotated PDF"), target(),
                                              tr("PDF files (*.pdf)"));
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += QStringLiteral(".pdf");
    }
    if (!chosen.isEmpty())
        m_targetEdit->setText(QDir::toNativeSeparators(chosen));
}

void ExportPdfDialog::remember() const
{
    QSettings settings;
    settings.setValue(NotesKey, m_notesCombo->currentData().toInt());
    settings.setValue(AppendixKey, m_appendixBox->isChecked());
    settings.setValue(FlattenKey, m_flattenBox->isChecked());
    settings.setValue(AuthorKey, m_authorEdit->text().trimmed());
    settings.setValue(ScopeKey, m_allButton->isChecked() ? QStringLiteral("all")
                                : m_selectedButton->isChecked() ? QStringLiteral("selected")
                                                                : QStringLiteral("current"));
    settings.setValue(ClaimsKey, m_shownClaimsButton->isChecked() ? QStringLiteral("shown") : QStringLiteral("all"));
    const QFileInfo t(target());
    settings.setValue(FolderKey, exportsIntoFolder() ? t.absoluteFilePath() : t.absolutePath());
}

void ExportPdfDialog::accept()
{
    if (target().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the export."));
        return;
    }
    remember();
    QDialog::accept();
}

} // namespace ktk
