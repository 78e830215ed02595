// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QAbstractTableModel>
#include <QVector>

class QUndoStack;

namespace ktk {

class ProjectStore;

// The documents of the project for the navigator, without their text.
class DocumentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, AuthorColumn, DateColumn, LanguageColumn, ClaimCountColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FormatRole, SourceUrlRole, FileNameRole, ClaimCountRole, MetaRole,
                // A web page kept as its article: true; false for a whole page or another format.
                ArticleRole };

    DocumentsModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent = nullptr);
    // The stack its edits go on, for editors that push commands of their own.
    QUndoStack *undoStack() const { return m_undoStack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfDocument(DocumentId id, int column = 0) const;
    const DocumentSummary *documentAt(int row) const;
    // Applies new metadata as one undoable edit.
    bool setMeta(DocumentId id, const DocumentMeta &meta);
    void retranslate();

    static QString languageName(const QString &code);

public slots:
    void reload();

private:
    void onAdded(DocumentId id);
    void onChanged(DocumentId id);
    void onRemoved(DocumentId id);
    void refreshCounts();

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QVector<DocumentSummary> m_rows;
};

} // namespace ktk

Q_DECLARE_METATYPE(ktk::DocumentMeta)
