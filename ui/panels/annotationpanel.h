// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTimer;
class QToolButton;
class QUndoStack;

namespace ktk {

class AnnotationFilterProxy;
class AnnotationsModel;
class ClaimEditor;
class ClaimItemDelegate;
class ClaimTreeView;
class ClaimTypeCombo;
class ClaimTypesModel;
class ProjectStore;

// The right-hand panel: which claims to list (this document or the whole
// project, search, type, status and tag filters, order), the list itself,
// and an editor for the chosen claim. The models belong to the main window;
// the panel drives the filter proxy, and its selection model is the one the
// document view shares.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Document, Project };
    Q_ENUM(Scope)

    AnnotationPanel(ProjectStore *store, QUndoStack *undoStack, AnnotationsModel *model,
                    AnnotationFilterProxy *proxy, ClaimTypesModel *types, QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    // The tree view's selection model, over the proxy.
    QItemSelectionModel *selectionModel() const;
    ClaimEditor *claimEditor() const { return m_editor; }

    // The document open in the reader (0: none); "This document" lists its
    // claims.
    void setCurrentDocument(DocumentId id);
    DocumentId currentDocument() const { return m_document; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setWholeProject(bool wholeProject) { setScope(wholeProject ? Scope::Project : Scope::Document); }
    bool isWholeProject() const { return m_scope == Scope::Project; }

    // Selects and shows a claim, clearing filters (and widening the scope to
    // the project) if they hide it. False if there is no such claim.
    bool selectAnnotation(qint64 id);
    // The claim the editor shows (the current selected one), 0 for none.
    qint64 currentAnnotation() const;
    QVector<qint64> selectedAnnotations() const;

public slots:
    // Removes the selected claims as one undoable command.
    void removeSelected();
    void clearFilters();
    void focusSearch();
    // Writes edits still pending in the claim editor (call before closing).
    void commitPendingEdits();
    void retranslate() { retranslateUi(); }

signals:
    // Double-click or Enter on a claim: show it in its document.
    void annotationActivated(qint64 id);
    void currentAnnotationChanged(qint64 id);
    // Also when the user flips the switch in the panel.
    void scopeChanged(ktk::AnnotationPanel::Scope scope);
    void wholeProjectChanged(bool wholeProject);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillStatusFilter();
    void fillSortMode();
    void refreshTags();
    void applyFilters();
    void updateCount();
    void updateEditor();
    void showHeaderMenu(const QPoint &pos);
    void showTreeMenu(const QPoint &pos);
    void resetFilterWidgets();
    qint64 idAt(const QModelIndex &proxyIndex) const;

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    AnnotationsModel *m_model;
    AnnotationFilterProxy *m_proxy;
    ClaimTypesModel *m_types;
    DocumentId m_document = 0;
    Scope m_scope = Scope::Document;
    qint64 m_editing = 0;
    bool m_rowsHidden = false;          // some rows of the list hidden (claims outside the filter)
    qint64 m_reselectAfterReset = 0;
    bool m_removingRows = false;
    bool m_filtersChanging = false;
    bool m_sizedSplitter = false;

    QWidget *m_scopeSwitch;
    QToolButton *m_scopeDocument;
    QToolButton *m_scopeProject;
    QButtonGroup *m_scopeGroup;
    QLineEdit *m_search;
    ClaimTypeCombo *m_typeFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_tagFilter;
    QComboBox *m_sortMode;
    QLabel *m_count;
    QToolButton *m_clearFilters;
    ClaimTreeView *m_tree;
    ClaimItemDelegate *m_delegate;
    ClaimEditor *m_editor;
    QSplitter *m_splitter;
    QTimer *m_tagTimer;
};

} // namespace ktk
