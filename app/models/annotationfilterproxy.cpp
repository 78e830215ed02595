// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/annotationfilterproxy.h"

#include "models/annotationroles.h"

#include <QDateTime>

namespace ktk {

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void AnnotationFilterProxy::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the way.
    invalidateFilter();
    // Kept rows change their FilteredOutRole without leaving.
    if (m_keepFilteredOut && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {FilteredOutRole});
}

void AnnotationFilterProxy::setKeepsFilteredOut(bool keep)
{
    if (m_keepFilteredOut == keep)
        return;
    m_keepFilteredOut = keep;
    refilter();
}

bool AnnotationFilterProxy::matchesFilters(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() && sourceMatchesFilters(mapToSource(proxyIndex));
}

int AnnotationFilterProxy::matchingRowCount() const
{
    if (!m_keepFilteredOut || !isFiltering())
        return rowCount();
    int n = 0;
    for (int row = 0; row < rowCount(); ++row)
        n += matchesFilters(index(row, 0)) ? 1 : 0;
    return n;
}

QVariant AnnotationFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == FilteredOutRole)
        return index.isValid() && !matchesFilters(index);
    return QSortFilterProxyModel::data(index, role);
}

void AnnotationFilterProxy::setDocument(std::optional<DocumentId> id)
{
    if (m_document == id)
        return;
    m_document = id;
    refilter();
}

void AnnotationFilterProxy::setTypes(const QSet<ClaimTypeId> &types)
{
    if (m_types == types)
        return;
    m_types = types;
    refilter();
}

void AnnotationFilterProxy::setStatus(std::optional<VerificationStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    refilter();
}

void AnnotationFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    refilter();
}

void AnnotationFilterProxy::setSortMode(SortMode mode)
{
    if (m_sortMode == mode)
        return;
    m_sortMode = mode;
    invalidate();
    sort(0, mode == SortMode::Created ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool AnnotationFilterProxy::isFiltering() const
{
    return !m_types.isEmpty() || m_status || !m_tag.isEmpty() || !m_text.isEmpty();
}

void AnnotationFilterProxy::clearFilters()
{
    m_types.clear();
    m_status.reset();
    m_tag.clear();
    m_text.clear();
    refilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_document && idx.data(DocumentIdRole).toLongLong() != *m_document)
        return false;
    return m_keepFilteredOut || sourceMatchesFilters(idx);
}

bool AnnotationFilterProxy::sourceMatchesFilters(const QModelIndex &sourceIndex) const
{
    const QModelIndex idx = sourceIndex.siblingAtColumn(0);
    if (!m_types.isEmpty() && !m_types.contains(idx.data(TypeIdRole).toLongLong()))
        return false;
    if (m_status && idx.data(StatusRole).toInt() != int(*m_status))
        return false;
    const QStringList tags = idx.data(TagsRole).toStringList();
    if (!m_tag.isEmpty() && !tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
        if (!has(idx.data(QuoteRole).toString()) && !has(idx.data(NoteRole).toString())
            && !has(idx.data(ClaimantRole).toString()) && !has(tags.join(u' ')))
            return false;
    }
    return true;
}

bool AnnotationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortMode == SortMode::Created) {
        const QDateTime l = left.data(CreatedRole).toDateTime();
        const QDateTime r = right.data(CreatedRole).toDateTime();
        if (l != r)
            return l < r;
        return left.data(AnnotationIdRole).toLongLong() < right.data(AnnotationIdRole).toLongLong();
    }
    const int ld = left.data(DocumentOrderRole).toInt();
    const int rd = right.data(DocumentOrderRole).toInt();
    if (ld != rd)
        return ld < rd;
    const qint64 lp = left.data(PositionKeyRole).toLongLong();
    const qint64 rp = right.data(PositionKeyRole).toLongLong();
    if (lp != rp)
        return lp < rp;
    // Same start: the longer claim first, so an enclosing claim precedes
    // the ones inside it.
    const int le = left.data(EndRole).toInt();
    const int re = right.data(EndRole).toInt();
    if (le != re)
        return le > re;
    return left.data(AnnotationIdRole).toLongLong() < right.data(AnnotationIdRole).toLongLong();
}

} // namespace ktk
