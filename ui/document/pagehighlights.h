// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

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

struct PageHighlight
{
    qint64 id = -1;
    QColor colour;
    Anchor anchor;      // Kind::Page or Kind::Area
    qreal area = 0;     // summed normalised area of its quads: smaller is "inner"
    int typeNumber = 0; // the type's place in the codebook (its key 1-9), 0 unknown
};

// The page-anchored annotations of one PDF, read from a flat annotation
// model that holds many documents (AnchorRole, ColourRole). Like
// AnnotationSpans for text, the list is rebuilt lazily on first use after a
// model change, so a burst of row insertions costs one scan, not one per row.
class PageHighlights : public QObject
{
    Q_OBJECT

public:
    explicit PageHighlights(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    QAbstractItemModel *model() const { return m_model; }
    void setDocumentId(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    const std::vector<PageHighlight> &highlights() const;
    // Goes up each time the list is rebuilt: what is cached from it is stale.
    int generation() const;
    const PageHighlight *highlight(qint64 id) const;
    // Indices into highlights() of those with a region on page, largest
    // first, so that smaller ones are drawn (and outlined) on top.
    QVector<int> onPage(int page) const;
    // The highlights whose quads contain point (normalised page
    // coordinates, tolerance in the same units), smallest first.
    QList<qint64> at(int page, const QPointF &point, qreal tolerance = 0) const;

    bool isSelected(qint64 id) const;
    // The one selected annotation of this document when exactly one is, else -1.
    qint64 soleSelectedId() const;
    // The selection model's current annotation when it is one of this
    // document's, else -1.
    qint64 currentId() const;
    // Makes the annotation current and selected in the selection model.
    bool select(qint64 id);
    QModelIndex indexOf(qint64 id) const;

signals:
    void changed();
    // The selection model's current row became this annotation of the document.
    void currentChanged(qint64 id);

private:
    void markDirty();
    void rebuild() const;
    void updateSelectedIds();
    qint64 idAt(const QModelIndex &index) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_documentId = -1;

    mutable std::vector<PageHighlight> m_highlights;
    mutable QHash<qint64, int> m_indexOfId;
    mutable QHash<qint64, int> m_rowOfId;   // rows at the last scan: a hint, checked before use
    mutable QHash<int, QVector<int>> m_byPage;
    mutable bool m_dirty = true;
    mutable int m_generation = 0;
    QSet<qint64> m_selectedIds;
};

} // namespace ktk
