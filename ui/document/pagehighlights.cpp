// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pagehighlights.h"

#include "document/readingstyle.h"
#include "models/annotationroles.h"

#include <algorithm>

namespace ktk {

namespace {

qreal quadArea(const QPolygonF &quad)
{
    const QRectF r = quad.boundingRect();
    return r.width() * r.height();
}

} // namespace

PageHighlights::PageHighlights(QObject *parent)
    : QObject(parent)
{
}

void PageHighlights::setModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (selection && selection->model() != model) {
        qWarning("PageHighlights: the selection model is over another model; ignoring it");
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
                                     static const QList<int> relevant = {AnnotationIdRole, DocumentIdRole,
                                                                         AnchorRole, ColourRole, TypeNumberRole,
                                                                         // what decides FilteredOutRole
                                                                         FilteredOutRole, TypeIdRole, StatusRole,
                                                                         TagsRole, NoteRole, ClaimantRole};
                                     if (roles.isEmpty() || std::any_of(roles.begin(), roles.end(),
                                                                        [](int r) { return relevant.contains(r); }))
                                         markDirty();
                                 });
    }
    if (selection) {
        auto selectionChanged = [this] {
            updateSelectedIds();
            emit changed();
        };
        m_connections << connect(selection, &QItemSelectionModel::selectionChanged, this, selectionChanged)
                      << connect(selection, &QItemSelectionModel::modelChanged, this, selectionChanged)
                      << connect(selection, &QItemSelectionModel::currentChanged, this,
                                 [this](const QModelIndex &current) {
                                     const qint64 id = currentId();
                                     if (id >= 0 && current.isValid())
                                         emit currentChanged(id);
                                 });
    }
    updateSelectedIds();
    markDirty();
}

void PageHighlights::setDocumentId(qint64 documentId)
{
    m_documentId = documentId;
    updateSelectedIds();
    markDirty();
}

void PageHighlights::markDirty()
{
    m_dirty = true;
    emit changed();
}

const std::vector<PageHighlight> &PageHighlights::highlights() const
{
    if (m_dirty)
        rebuild();
    return m_highlights;
}

int PageHighlights::generation() const
{
    highlights();
    return m_generation;
}

const PageHighlight *PageHighlights::highlight(qint64 id) const
{
    highlights();
    const auto it = m_indexOfId.constFind(id);
    return it == m_indexOfId.cend() ? nullptr : &m_highlights[size_t(*it)];
}

QVector<int> PageHighlights::onPage(int page) const
{
    highlights();
    return m_byPage.value(page);
}

QList<qint64> PageHighlights::at(int page, const QPointF &point, qreal tolerance) const
{
    const std::vector<PageHighlight> &all = highlights();
    QList<QPair<qreal, qint64>> hits;
    for (int i : m_byPage.value(page)) {
        const PageHighlight &h = all[size_t(i)];
        for (const QPolygonF &quad : h.anchor.quadsOnPage(page)) {
            const QRectF box = quad.boundingRect().adjusted(-tolerance, -tolerance, tolerance, tolerance);
            if (box.contains(point) || quad.containsPoint(point, Qt::OddEvenFill)) {
                hits.append({h.area, h.id});
                break;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qint64> ids;
    for (const auto &hit : std::as_const(hits))
        ids.append(hit.second);
    return ids;
}

bool PageHighlights::isSelected(qint64 id) const
{
    return m_selectedIds.contains(id);
}

qint64 PageHighlights::soleSelectedId() const
{
    return m_selectedIds.size() == 1 ? *m_selectedIds.cbegin() : -1;
}

qint64 PageHighlights::idAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const QModelIndex first = index.siblingAtColumn(0);
    if (first.data(DocumentIdRole).toLongLong() != m_documentId)
        return -1;
    const QVariant id = first.data(AnnotationIdRole);
    return id.isValid() ? id.toLongLong() : -1;
}

qint64 PageHighlights::currentId() const
{
    if (!m_selection || m_documentId < 0)
        return -1;
    return idAt(m_selection->currentIndex());
}

bool PageHighlights::select(qint64 id)
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid() || !m_selection)
        return false;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QModelIndex PageHighlights::indexOf(qint64 id) const
{
    if (!m_model)
        return {};
    highlights();
    const int hint = m_rowOfId.value(id, -1);
    if (hint >= 0 && hint < m_model->rowCount()) {
        const QModelIndex index = m_model->index(hint, 0);
        if (index.data(AnnotationIdRole).toLongLong() == id)
            return index;
    }
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(AnnotationIdRole).toLongLong() == id)
            return index;
    }
    return {};
}

void PageHighlights::updateSelectedIds()
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

void PageHighlights::rebuild() const
{
    m_dirty = false;
    ++m_generation;
    m_highlights.clear();
    m_indexOfId.clear();
    m_rowOfId.clear();
    m_byPage.clear();
    if (!m_model || m_documentId < 0)
        return;

    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(DocumentIdRole).toLongLong() != m_documentId)
            continue;
        const QVariant anchor = index.data(AnchorRole);
        if (!anchor.canConvert<Anchor>())
            continue;
        PageHighlight h;
        h.anchor = anchor.value<Anchor>();
        if (!h.anchor.isOnPages() || h.anchor.regions().isEmpty())
            continue;   // a text anchor, or one that lost its place
        h.id = index.data(AnnotationIdRole).toLongLong();
        h.colour = index.data(ColourRole).value<QColor>();
        h.typeNumber = index.data(TypeNumberRole).toInt();
        if (!h.colour.isValid())
            h.colour = QColor(0xf5, 0xc2, 0x11);
        // Outside the panel's filter: still there to read and click, faded.
        if (index.data(FilteredOutRole).toBool())
            h.colour = ReadingStyle::filteredOutColour(h.colour);
        for (const PageSelector &region : h.anchor.regions()) {
            for (const QPolygonF &quad : region.quads)
                h.area += quadArea(quad);
        }
        m_rowOfId.insert(h.id, row);
        m_indexOfId.insert(h.id, int(m_highlights.size()));
        m_highlights.push_back(h);
    }
    for (int i = 0; i < int(m_highlights.size()); ++i) {
        int lastPage = -1;
        for (const PageSelector &region : m_highlights[size_t(i)].anchor.regions()) {
            if (region.page != lastPage)
                m_byPage[region.page].append(i);
            lastPage = region.page;
        }
    }
    for (QVector<int> &indices : m_byPage) {
        std::stable_sort(indices.begin(), indices.end(), [this](int a, int b) {
            return m_highlights[size_t(a)].area > m_highlights[size_t(b)].area;
        });
    }
}

} // namespace ktk
