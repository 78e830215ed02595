// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace ktk {

// Narrows AnnotationsModel to what the panel shows: one document or the whole
// project, and claims of chosen types, one status, one tag, or containing some
// text (in quote, note, claimant or tags). Sorts by reading position (document
// order, then place in the document) or by creation time.
class AnnotationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortMode { Position, Created };
    Q_ENUM(SortMode)

    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    void setDocument(std::optional<DocumentId> id);     // nullopt: whole project
    std::optional<DocumentId> document() const { return m_document; }
    void setTypes(const QSet<ClaimTypeId> &types);      // empty: every type
    void setStatus(std::optional<VerificationStatus> status);
    void setTag(const QString &tag);                    // empty: any
    void setText(const QString &text);                  // empty: any
    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }
    bool isFiltering() const;                           // anything beyond the document scope
    // The filters as set, for an export of "what the panel shows".
    QSet<ClaimTypeId> types() const { return m_types; }
    std::optional<VerificationStatus> status() const { return m_status; }
    QString tag() const { return m_tag; }
    QString text() const { return m_text; }
    void clearFilters();

    // Claims outside the filters (type, status, tag, text): left out (the
    // default), or kept with FilteredOutRole true, for a view that dims them
    // while the list hides them. The document scope always leaves claims out.
    void setKeepsFilteredOut(bool keep);
    bool keepsFilteredOut() const { return m_keepFilteredOut; }
    // Whether a row of this proxy passes the filters.
    bool matchesFilters(const QModelIndex &proxyIndex) const;
    // Rows that pass the filters (rowCount() when nothing is kept).
    int matchingRowCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool sourceMatchesFilters(const QModelIndex &sourceIndex) const;

    std::optional<DocumentId> m_document;
    QSet<ClaimTypeId> m_types;
    std::optional<VerificationStatus> m_status;
    QString m_tag;
    QString m_text;
    SortMode m_sortMode = SortMode::Position;
    bool m_keepFilteredOut = false;
};

} // namespace ktk
