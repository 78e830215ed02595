// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/annotationroles.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <climits>

class QUndoStack;

namespace ktk {

class ProjectStore;

// Every claim of the project, one row each, in the order the store added
// them; AnnotationFilterProxy narrows and sorts. The model follows the store's
// signals, so an edit made anywhere (panel, document view, undo, another
// model) shows everywhere. Edits through setData() become undo commands.
class AnnotationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, TypeColumn, StatusColumn, ClaimantColumn, DocumentColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    AnnotationsModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent = nullptr);
    // The stack its edits go on, for editors that push commands of their own.
    QUndoStack *undoStack() const { return m_undoStack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfAnnotation(AnnotationId id, int column = 0) const;
    const Annotation *annotationAt(int row) const;
    std::optional<Annotation> annotation(AnnotationId id) const;

    // Checks the anchors of one document's claims against its canonical text:
    // a claim whose offsets drifted is moved to where its quote now is (and
    // stored); one whose quote is gone is marked unanchored (AnchoredRole
    // false, no offsets) but kept, never deleted.
    //
    // Claims whose offsets still hold their quote are settled before this
    // returns, and so are as many drifted ones as fit in a slice of a few
    // milliseconds. The rest are searched for in such slices on the event
    // loop, unanchored until found, so that thousands of drifted claims or a
    // hostile project file never freeze the window. anchorsChecked() follows
    // the last one. A new check, or closing the project, ends the one under way.
    //
    // A PDF claim made before the text was extracted has no offsets yet; with
    // pages given, its quote is looked for on the pages its regions are on.
    void checkAnchors(DocumentId document, const QString &canonicalText, const QVector<PdfPageInfo> &pages = {});
    bool isCheckingAnchors() const;

    // For headers and translated names after a language switch.
    void retranslate();

public slots:
    void reload();

signals:
    void anchorsChecked(ktk::DocumentId document);

private:
    struct AnchorCheck
    {
        DocumentId document = 0;
        QString text;
        QVector<PdfPageInfo> pages;
        QVector<AnnotationId> pending;   // not yet searched for
        qsizetype next = 0;
    };

    void continueAnchorCheck();
    void cancelAnchorCheck();
    // Marks a row, announced by announceAnchoredChanges() for all at once.
    void setAnchored(int row, bool anchored);
    void announceAnchoredChanges();

    void onAdded(AnnotationId id);
    void onChanged(AnnotationId id);
    void onRemoved(AnnotationId id);
    void reloadLookups();
    void rebuildRowIndex();
    QString typeName(ClaimTypeId id) const;

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QVector<Annotation> m_rows;
    QHash<AnnotationId, int> m_rowOf;
    QHash<ClaimTypeId, ClaimType> m_types;
    QHash<ClaimTypeId, int> m_typeNumbers;      // place in the codebook, 1 first
    QHash<DocumentId, QString> m_documentTitles;
    QHash<DocumentId, int> m_documentOrder;
    QSet<AnnotationId> m_unanchored;
    AnchorCheck m_check;
    QTimer m_checkTimer;
    int m_anchoredChangedFirst = INT_MAX;
    int m_anchoredChangedLast = -1;
};

} // namespace ktk
