// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/annotationspans.h"

#include "document/readingstyle.h"
#include "models/annotationroles.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>

#include <algorithm>
#include <functional>
#include <queue>

namespace ktk {

AnnotationSpans::AnnotationSpans(QObject *parent)
    : QObject(parent)
{
}

void AnnotationSpans::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (selection && selection->model() != model) {
        qWarning("AnnotationSpans: the selection model is over another model; ignoring it");
        selection = nullptr;
    }
    m_selection = selection;

    if (model) {
        auto dirty = [this] { markDirty(); };
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this, dirty)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, dirty)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, dirty)
                      << connect(model, &QAbstractItemModel::modelReset, this, dirty)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, dirty)
                      << connect(model, &QAbstractItemModel::destroyed, this, dirty)
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                                     static const QList<int> relevant = {AnnotationIdRole, DocumentIdRole, StartRole,
                                                                         EndRole, ColourRole, TypeNumberRole,
                                                                         // what decides FilteredOutRole
                                                                         FilteredOutRole, TypeIdRole, StatusRole,
                                                                         TagsRole, NoteRole, ClaimantRole};
                                     const bool matters = roles.isEmpty()
                                         || std::any_of(roles.begin(), roles.end(),
                                                        [](int r) { return relevant.contains(r); });
                                     if (matters)
                                         markDirty();
                                 });
    }
    if (selection) {
        m_connections << connect(selection, &QItemSelectionModel::selectionChanged, this, [this] {
            updateSelectedIds();
            emit changed();
        });
        m_connections << connect(selection, &QItemSelectionModel::currentChanged, this,
                                 [this](const QModelIndex &current) {
                                     const qint64 id = currentId();
                                     if (id >= 0 && current.isValid())
                                         emit currentChanged(id);
                                 });
        m_connections << connect(selection, &QItemSelectionModel::modelChanged, this, [this] {
            updateSelectedIds();
            emit changed();
        });
    }
    updateSelectedIds();
    markDirty();
}

void AnnotationSpans::setDocumentId(qint64 documentId)
{
    m_documentId = documentId;
    updateSelectedIds();
    markDirty();
}

void AnnotationSpans::markDirty()
{
    m_dirty = true;
    emit changed();
}

const std::vector<AnnotationSpan> &AnnotationSpans::spans() const
{
    if (m_dirty)
        rebuild();
    return m_spans;
}

const AnnotationSpan *AnnotationSpans::span(qint64 id) const
{
    spans();
    const auto it = m_indexOfId.constFind(id);
    return it == m_indexOfId.cend() ? nullptr : &m_spans[size_t(*it)];
}

int AnnotationSpans::levelCount() const
{
    spans();
    return m_levelCount;
}

QList<int> AnnotationSpans::intersecting(int from, int to) const
{
    const std::vector<AnnotationSpan> &all = spans();
    QList<int> result;
    // Sorted by start, so everything from the first start >= to on is out.
    const auto last = std::lower_bound(all.begin(), all.end(), to,
                                       [](const AnnotationSpan &s, int pos) { return s.start < pos; });
    for (auto it = all.begin(); it != last; ++it) {
        if (it->end > from)
            result.append(int(it - all.begin()));
    }
    return result;
}

bool AnnotationSpans::isSelected(qint64 id) const
{
    return m_selectedIds.contains(id);
}

qint64 AnnotationSpans::idAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(DocumentIdRole).toLongLong() != m_documentId)
        return -1;
    const QVariant id = first.data(AnnotationIdRole);
    return id.isValid() ? id.toLongLong() : -1;
}

qint64 AnnotationSpans::currentId() const
{
    if (!m_selection || m_documentId < 0)
        return -1;
    return idAt(m_selection->currentIndex());
}

int AnnotationSpans::rowOf(qint64 id) const
{
    if (!m_model)
        return -1;
    spans();
    const int hint = m_rowOfId.value(id, -1);
    if (hint >= 0 && hint < m_model->rowCount()
        && m_model->index(hint, 0).data(AnnotationIdRole).toLongLong() == id)
        return hint;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_model->index(row, 0).data(AnnotationIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

bool AnnotationSpans::select(qint64 id)
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid() || !m_selection)
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QModelIndex AnnotationSpans::indexOf(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : m_model->index(row, 0);
}

void AnnotationSpans::updateSelectedIds()
{
    m_selectedIds.clear();
    if (!m_selection || m_documentId < 0)
        return;
    const QModelIndexList indexes = m_selection->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        const qint64 id = idAt(index);
        if (id >= 0)
            m_selectedIds.insert(id);
    }
}

void AnnotationSpans::rebuild() const
{
    m_dirty = false;
    m_spans.clear();
    m_indexOfId.clear();
    m_rowOfId.clear();
    m_levelCount = 0;
    if (!m_model || m_documentId < 0)
        return;

    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(DocumentIdRole).toLongLong() != m_documentId)
            continue;
        AnnotationSpan s;
        s.start = index.data(StartRole).toInt();
        s.end = index.data(EndRole).toInt();
        if (s.start < 0 || s.end <= s.start)
            continue; // a PDF area or a broken anchor: nothing to draw in the text
        s.id = index.data(AnnotationIdRole).toLongLong();
        s.colour = index.data(ColourRole).value<QColor>();
        s.typeNumber = index.data(TypeNumberRole).toInt();
        if (!s.colour.isValid())
            s.colour = QColor(0xf5, 0xc2, 0x11);
        // Outside the panel's filter: still there to read and click, faded.
        if (index.data(FilteredOutRole).toBool())
            s.colour = ReadingStyle::filteredOutColour(s.colour);
        m_rowOfId.insert(s.id, row);
        m_spans.push_back(s);
    }
    std::sort(m_spans.begin(), m_spans.end(), [](const AnnotationSpan &a, const AnnotationSpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.id < b.id;
    });

    // Interval colouring: each span takes the lowest level that no span still
    // open at its start holds, so overlapping spans never share a level.
    using Open = std::pair<int, int>; // end, level
    std::priority_queue<Open, std::vector<Open>, std::greater<Open>> open;
    std::priority_queue<int, std::vector<int>, std::greater<int>> freeLevels;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        AnnotationSpan &s = m_spans[i];
        while (!open.empty() && open.top().first <= s.start) {
            freeLevels.push(open.top().second);
            open.pop();
        }
        if (freeLevels.empty()) {
            s.level = m_levelCount++;
        } else {
            s.level = freeLevels.top();
            freeLevels.pop();
        }
        open.push({s.end, s.level});
        m_indexOfId.insert(s.id, int(i));
    }
}

} // namespace ktk
