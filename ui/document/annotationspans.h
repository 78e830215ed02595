// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QItemSelectionModel>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <vector>

namespace ktk {

struct AnnotationSpan
{
    qint64 id = -1;
    int start = 0;
    int end = 0;      // exclusive
    QColor colour;
    int typeNumber = 0;   // the type's place in the codebook (its key 1-9), 0 unknown
    int level = 0;    // stack level among overlapping spans, 0 on top of the text

    int length() const { return end - start; }
};

// The text annotations of one document, read from a flat annotation model
// that holds many documents. The list is rebuilt lazily on first use after a
// model change, so a burst of thousands of row insertions costs one scan.
class AnnotationSpans : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationSpans(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    QAbstractItemModel *model() const { return m_model; }
    QItemSelectionModel *selectionModel() const { return m_selection; }

    void setDocumentId(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    // Sorted by start, longer spans first at the same start.
    const std::vector<AnnotationSpan> &spans() const;
    const AnnotationSpan *span(qint64 id) const;
    int levelCount() const;
    // Indices into spans() of the spans that intersect [from, to).
    QList<int> intersecting(int from, int to) const;

    bool isSelected(qint64 id) const;
    int selectedCount() const { return int(m_selectedIds.size()); }
    // The selection model's current annotation when it belongs to this
    // document, else -1.
    qint64 currentId() const;
    // Makes the annotation current and selected in the selection model.
    bool select(qint64 id);
    // The model row of an annotation of this document, for reading other roles.
    QModelIndex indexOf(qint64 id) const;

signals:
    // Spans or their selection changed: repaint.
    void changed();
    // The selection model's current row became this annotation of the document.
    void currentChanged(qint64 id);

private:
    void markDirty();
    void rebuild() const;
    void updateSelectedIds();
    int rowOf(qint64 id) const;
    qint64 idAt(const QModelIndex &index) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_documentId = -1;

    mutable std::vector<AnnotationSpan> m_spans;
    mutable QHash<qint64, int> m_indexOfId;
    mutable QHash<qint64, int> m_rowOfId;   // rows at the last scan: a hint, checked before use
    mutable int m_levelCount = 0;
    mutable bool m_dirty = true;
    QSet<qint64> m_selectedIds;
};

} // namespace ktk
