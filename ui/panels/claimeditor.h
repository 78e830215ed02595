// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace ktk {

class AnnotationsModel;
class ClaimTypeCombo;
class ClaimTypesModel;
class ElidedLabel;
class ProjectStore;
class TagListCompleter;

// Edits one claim: type, status, claimant, tags and note. Every change goes
// through AnnotationsModel::setData, so it is an undo command and on disk at
// once. Combos commit when chosen, the line edits when editing finishes, the
// note a moment after typing stops and when it loses focus, so a crash loses
// at most the last keystrokes. Changes made elsewhere (undo, another view)
// show up here without disturbing text the user is still typing.
class ClaimEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int NoteCommitDelayMs = 400;

    ClaimEditor(ProjectStore *store, AnnotationsModel *model, ClaimTypesModel *types, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    // 0 for none: the editor is disabled and says how to pick a claim.
    void setAnnotation(AnnotationId id);
    AnnotationId annotation() const { return m_id; }
    // How many claims the Delete button would remove.
    void setDeleteCount(int count);

public slots:
    // Writes a note, claimant or tags edit that has not been committed yet.
    void commitPendingEdits();
    void retranslate() { retranslateUi(); }

signals:
    void deleteRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void fillStatusCombo();
    void load(bool force);
    void scheduleCompletionRefresh();
    void refreshCompletions();
    void commitNote();
    void commitClaimant();
    void commitTags();
    bool setField(int role, const QVariant &value);
    QModelIndex currentIndex() const;
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onModelStructureChanged();

    ProjectStore *m_store;
    QPointer<AnnotationsModel> m_model;
    ClaimTypesModel *m_types;
    AnnotationId m_id = 0;
    int m_deleteCount = 0;

    // The values last loaded from or committed to the model. A field whose
    // model value still equals these is left alone, so an unrelated change
    // does not overwrite what the user is typing.
    QString m_loadedNote;
    QString m_loadedClaimant;
    QStringList m_loadedTags;
    bool m_loading = false;

    ElidedLabel *m_quote;
    ElidedLabel *m_context;
    QFormLayout *m_form;
    QLabel *m_typeLabel;
    QLabel *m_statusLabel;
    QLabel *m_claimantLabel;
    QLabel *m_tagsLabel;
    QLabel *m_noteLabel;
    ClaimTypeCombo *m_typeCombo;
    QComboBox *m_statusCombo;
    QLineEdit *m_claimantEdit;
    QLineEdit *m_tagsEdit;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_deleteButton;
    QStringListModel *m_claimants;
    QCompleter *m_claimantCompleter;
    TagListCompleter *m_tagCompleter;
    QTimer m_noteTimer;
    QTimer m_completionTimer;
};

} // namespace ktk
