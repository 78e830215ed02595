// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/annotationsmodel.h"

#include "anchor/textanchorresolver.h"
#include "commands/annotationcommands.h"
#include "models/claimtypesmodel.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QUndoStack>

namespace ktk {

AnnotationsModel::AnnotationsModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &ProjectStore::annotationAdded, this, &AnnotationsModel::onAdded);
    connect(store, &ProjectStore::annotationChanged, this, &AnnotationsModel::onChanged);
    connect(store, &ProjectStore::annotationRemoved, this, &AnnotationsModel::onRemoved);
    connect(store, &ProjectStore::annotationsReset, this, &AnnotationsModel::reload);
    connect(store, &ProjectStore::closed, this, [this] {
        cancelAnchorCheck();
        m_unanchored.clear();   // ids of the next project mean other claims
        reload();
    });
    connect(store, &ProjectStore::claimTypesChanged, this, [this] {
        reloadLookups();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    auto documentsChanged = [this] {
        reloadLookups();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, DocumentColumn), index(rowCount() - 1, DocumentColumn));
    };
    connect(store, &ProjectStore::documentChanged, this, documentsChanged);
    connect(store, &ProjectStore::documentAdded, this, documentsChanged);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(0);
    connect(&m_checkTimer, &QTimer::timeout, this, &AnnotationsModel::continueAnchorCheck);
    reload();
}

void AnnotationsModel::reload()
{
    // A reset announces every row.
    m_anchoredChangedFirst = INT_MAX;
    m_anchoredChangedLast = -1;
    beginResetModel();
    reloadLookups();
    m_rows = m_store->isOpen() ? m_store->annotations() : QVector<Annotation>();
    rebuildRowIndex();
    endResetModel();
}

void AnnotationsModel::reloadLookups()
{
    m_types.clear();
    m_typeNumbers.clear();
    m_documentTitles.clear();
    m_documentOrder.clear();
    if (!m_store->isOpen())
        return;
    for (const ClaimType &t : m_store->claimTypes()) {
        m_types.insert(t.id, t);
        m_typeNumbers.insert(t.id, int(m_typeNumbers.size()) + 1);
    }
    int order = 0;
    for (const DocumentSummary &d : m_store->documents()) {
        m_documentTitles.insert(d.id, d.meta.title);
        m_documentOrder.insert(d.id, order++);
    }
}

void AnnotationsModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void AnnotationsModel::onAdded(AnnotationId id)
{
    if (m_rowOf.contains(id))
        return onChanged(id);
    const auto a = m_store->annotation(id);
    if (!a)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*a);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void AnnotationsModel::onChanged(AnnotationId id)
{
    const int row = m_rowOf.value(id, -1);
    const auto a = m_store->annotation(id);
    if (row < 0 || !a)
        return;
    m_rows[row] = *a;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AnnotationsModel::onRemoved(AnnotationId id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    rebuildRowIndex();
    endRemoveRows();
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationsModel::typeName(ClaimTypeId id) const
{
    const auto it = m_types.constFind(id);
    return it == m_types.cend() ? QString() : ClaimTypesModel::displayName(*it);
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn: {
            const QString q = a.quote().simplified();
            return role == Qt::ToolTipRole || q.size() <= 160 ? q : q.left(159) + QChar(0x2026);
        }
        case TypeColumn: return typeName(a.typeId);
        case StatusColumn: return VerificationStatusNames::displayName(a.status);
        case ClaimantColumn: return a.claimant;
        case DocumentColumn: return m_documentTitles.value(a.documentId);
        case CreatedColumn: return QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TypeColumn: return a.typeId;
        case StatusColumn: return int(a.status);
        case ClaimantColumn: return a.claimant;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn || index.column() == TypeColumn)
            return m_types.value(a.typeId).colour;
        return {};
    case AnnotationIdRole: return a.id;
    case DocumentIdRole: return a.documentId;
    case QuoteRole: return a.quote();
    case TypeIdRole: return a.typeId;
    case TypeNameRole: return typeName(a.typeId);
    case ColourRole: return m_types.value(a.typeId).colour;
    case TypeNumberRole: return m_typeNumbers.value(a.typeId, 0);
    case NoteRole: return a.note;
    case ClaimantRole: return a.claimant;
    case StatusRole: return int(a.status);
    case StatusNameRole: return VerificationStatusNames::displayName(a.status);
    case TagsRole: return a.tags;
    case StartRole: return a.anchor.text().isValid() && !m_unanchored.contains(a.id) ? a.anchor.text().start : -1;
    case EndRole: return a.anchor.text().isValid() && !m_unanchored.contains(a.id) ? a.anchor.text().end : -1;
    case PageRole: return a.anchor.isOnPages() ? a.anchor.page().page : -1;
    case PositionKeyRole: return a.anchor.positionKey();
    case CreatedRole: return a.created;
    case ModifiedRole: return a.modified;
    case AuthorRole: return a.author;
    case DocumentTitleRole: return m_documentTitles.value(a.documentId);
    case AnchorRole: return QVariant::fromValue(a.anchor);
    case DocumentOrderRole: return m_documentOrder.value(a.documentId, INT_MAX);
    case AnchoredRole: return a.anchor.isValid() && !m_unanchored.contains(a.id);
    }
    return {};
}

bool AnnotationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Annotation before = m_rows.at(index.row());
    Annotation after = before;
    EditAnnotationCommand::Field field;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case TypeColumn: role = TypeIdRole; break;
        case StatusColumn: role = StatusRole; break;
        case ClaimantColumn: role = ClaimantRole; break;
        default: return false;
        }
    }
    switch (role) {
    case TypeIdRole:
        if (!m_types.contains(value.toLongLong()))
            return false;
        after.typeId = value.toLongLong();
        field = EditAnnotationCommand::Field::Type;
        break;
    case NoteRole:
        after.note = value.toString();
        field = EditAnnotationCommand::Field::Note;
        break;
    case ClaimantRole:
        after.claimant = value.toString().trimmed();
        field = EditAnnotationCommand::Field::Claimant;
        break;
    case StatusRole: {
        const int s = value.toInt();
        if (s < 0 || s >= VerificationStatusCount)
            return false;
        after.status = VerificationStatus(s);
        field = EditAnnotationCommand::Field::Status;
        break;
    }
    case TagsRole:
        after.tags = normalisedTags(value.toStringList());
        field = EditAnnotationCommand::Field::Tags;
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    // The store signals the change and onChanged updates the row; a failed
    // write leaves the row as it was and the command drops itself.
    m_undoStack->push(new EditAnnotationCommand(m_store, before, after, field));
    const auto stored = m_store->annotation(after.id);
    return stored && *stored != before;
}

Qt::ItemFlags AnnotationsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == TypeColumn || index.column() == StatusColumn
                            || index.column() == ClaimantColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn: return tr("Claim");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case ClaimantColumn: return tr("Claimant");
    case DocumentColumn: return tr("Document");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

QHash<int, QByteArray> AnnotationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(QuoteRole, "quote");
    names.insert(TypeIdRole, "typeId");
    names.insert(TypeNameRole, "typeName");
    names.insert(ColourRole, "colour");
    names.insert(TypeNumberRole, "typeNumber");
    names.insert(NoteRole, "note");
    names.insert(ClaimantRole, "claimant");
    names.insert(StatusRole, "status");
    names.insert(TagsRole, "tags");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(PageRole, "page");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    return names;
}

QModelIndex AnnotationsModel::indexOfAnnotation(AnnotationId id, int column) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

const Annotation *AnnotationsModel::annotationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<Annotation> AnnotationsModel::annotation(AnnotationId id) const
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

namespace {
// One slice of anchor searching on the event loop: short enough that the
// window keeps up with typing and scrolling. A slice always finishes the
// claim it started, and one resolve() is linear in the document's length.
constexpr qint64 AnchorCheckSliceMs = 15;
} // namespace

namespace {
// [start, end) of the text of the pages an anchor's regions are on, or the
// whole text when the pages are not known.
QPair<int, int> textOfPages(const Anchor &anchor, const QVector<PdfPageInfo> &pages, int textLength)
{
    int first = INT_MAX;
    int last = -1;
    for (const PageSelector &region : anchor.regions()) {
        first = qMin(first, region.page);
        last = qMax(last, region.page);
    }
    if (last < 0 || first < 0 || last >= pages.size())
        return {0, textLength};
    const int start = qBound(0, pages.at(first).textStart, textLength);
    const int end = qBound(start, pages.at(last).textEnd, textLength);
    return {start, end};
}
} // namespace

void AnnotationsModel::checkAnchors(DocumentId document, const QString &canonicalText,
                                    const QVector<PdfPageInfo> &pages)
{
    cancelAnchorCheck();
    m_check.document = document;
    m_check.text = canonicalText;
    m_check.pages = pages;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Annotation &a = m_rows.at(row);
        if (a.documentId != document)
            continue;
        if (a.anchor.isOnPages()) {
            // On a PDF page the regions are the truth and always drawn. Only
            // a claim made before the text was extracted lacks its place in
            // that text, and it is looked for.
            if (!canonicalText.isEmpty() && !a.anchor.text().isValid() && !a.anchor.text().exact.isEmpty())
                m_check.pending.append(a.id);
            continue;
        }
        // Costs the quote's length: every claim of the document, at once.
        if (TextAnchorResolver::holdsQuote(canonicalText, a.anchor.text()))
            setAnchored(row, true);
        else
            m_check.pending.append(a.id);
    }
    continueAnchorCheck();
    // What the first slice did not reach is not drawn until it is found.
    for (qsizetype i = m_check.next; i < m_check.pending.size(); ++i) {
        const int row = m_rowOf.value(m_check.pending.at(i), -1);
        if (row >= 0 && !m_rows.at(row).anchor.isOnPages())
            setAnchored(row, false);
    }
    announceAnchoredChanges();
}

bool AnnotationsModel::isCheckingAnchors() const
{
    return m_check.document != 0;
}

void AnnotationsModel::continueAnchorCheck()
{
    QElapsedTimer clock;
    clock.start();
    const qsizetype first = m_check.next;
    while (m_check.next < m_check.pending.size()) {
        if (m_check.next > first && clock.elapsed() >= AnchorCheckSliceMs) {
            announceAnchoredChanges();
            m_checkTimer.start();
            return;
        }
        const int row = m_rowOf.value(m_check.pending.at(m_check.next++), -1);
        if (row < 0)
            continue;   // removed meanwhile
        // A copy: writing the repair changes the row.
        const Annotation a = m_rows.at(row);
        if (a.documentId != m_check.document)
            continue;
        // A claim on PDF pages is looked for on those pages: the same words
        // may well stand on another page, and the regions say where it is.
        const QPair<int, int> span = a.anchor.isOnPages() ? textOfPages(a.anchor, m_check.pages, int(m_check.text.size()))
                                                          : QPair<int, int>(0, int(m_check.text.size()));
        TextAnchorResolver::Resolution r;
        if (span.first == 0 && span.second == m_check.text.size()) {
            r = TextAnchorResolver::resolve(m_check.text, a.anchor.text());
        } else {
            TextSelector local = a.anchor.text();
            local.start = local.end = -1;
            r = TextAnchorResolver::resolve(m_check.text.mid(span.first, span.second - span.first), local);
            r.start += span.first;
            r.end += span.first;
        }
        const bool relocate = a.anchor.isOnPages() ? r.isAnchored() && !a.anchor.text().isValid()
                                                    : r.outcome == TextAnchorResolver::Outcome::Relocated;
        if (relocate) {
            Annotation fixed = a;
            fixed.anchor.setText(TextSelector::fromRange(m_check.text, r.start, r.end));
            // Written through the store (not the undo stack), as a repair
            // that leaves the claim's modified time alone: the quote is
            // unchanged, only where it sits in the text was corrected. The
            // store's signal brings the row up to date. If the file cannot
            // take it, the claim is still shown where it was found; the
            // repair is made again the next time.
            if (!m_store->relocateAnnotation(fixed.id, fixed.anchor).ok()) {
                m_rows[row] = fixed;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        setAnchored(row, a.anchor.isOnPages() || r.isAnchored());
    }
    announceAnchoredChanges();
    const DocumentId document = m_check.document;
    m_check = {};
    emit anchorsChecked(document);
}

void AnnotationsModel::cancelAnchorCheck()
{
    m_checkTimer.stop();
    m_check = {};
}

void AnnotationsModel::setAnchored(int row, bool anchored)
{
    const AnnotationId id = m_rows.at(row).id;
    if (anchored != m_unanchored.contains(id))
        return;
    if (anchored)
        m_unanchored.remove(id);
    else
        m_unanchored.insert(id);
    // One signal for a document's thousands of claims, not one each.
    m_anchoredChangedFirst = qMin(m_anchoredChangedFirst, row);
    m_anchoredChangedLast = qMax(m_anchoredChangedLast, row);
}

void AnnotationsModel::announceAnchoredChanges()
{
    const int first = m_anchoredChangedFirst;
    const int last = qMin(m_anchoredChangedLast, rowCount() - 1);
    m_anchoredChangedFirst = INT_MAX;
    m_anchoredChangedLast = -1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void AnnotationsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ktk
