// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/documentsmodel.h"

#include "commands/documentcommands.h"
#include "store/projectstore.h"

#include <QLocale>
#include <QUndoStack>

namespace ktk {

DocumentsModel::DocumentsModel(ProjectStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &ProjectStore::documentAdded, this, &DocumentsModel::onAdded);
    connect(store, &ProjectStore::documentChanged, this, &DocumentsModel::onChanged);
    connect(store, &ProjectStore::documentRemoved, this, &DocumentsModel::onRemoved);
    connect(store, &ProjectStore::closed, this, &DocumentsModel::reload);
    connect(store, &ProjectStore::annotationAdded, this, &DocumentsModel::refreshCounts);
    connect(store, &ProjectStore::annotationRemoved, this, &DocumentsModel::refreshCounts);
    connect(store, &ProjectStore::annotationsReset, this, &DocumentsModel::refreshCounts);
    reload();
}

void DocumentsModel::reload()
{
    beginResetModel();
    m_rows = m_store->isOpen() ? m_store->documents() : QVector<DocumentSummary>();
    endResetModel();
}

void DocumentsModel::refreshCounts()
{
    if (!m_store->isOpen())
        return;
    const QVector<DocumentSummary> fresh = m_store->documents();
    for (const DocumentSummary &f : fresh) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == f.id && m_rows[row].annotationCount != f.annotationCount) {
                m_rows[row].annotationCount = f.annotationCount;
                emit dataChanged(index(row, ClaimCountColumn), index(row, ClaimCountColumn));
                emit dataChanged(index(row, TitleColumn), index(row, TitleColumn), {ClaimCountRole});
            }
        }
    }
}

void DocumentsModel::onAdded(DocumentId id)
{
    const QVector<DocumentSummary> fresh = m_store->documents();
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i).id != id)
            continue;
        const int row = qMin(i, int(m_rows.size()));
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.at(i));
        endInsertRows();
        return;
    }
}

void DocumentsModel::onChanged(DocumentId id)
{
    const QModelIndex idx = indexOfDocument(id);
    if (!idx.isValid())
        return;
    for (const DocumentSummary &f : m_store->documents()) {
        if (f.id == id) {
            m_rows[idx.row()] = f;
            emit dataChanged(index(idx.row(), 0), index(idx.row(), ColumnCount - 1));
            return;
        }
    }
}

void DocumentsModel::onRemoved(DocumentId id)
{
    const QModelIndex idx = indexOfDocument(id);
    if (!idx.isValid())
        return;
    beginRemoveRows({}, idx.row(), idx.row());
    m_rows.remove(idx.row());
    endRemoveRows();
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentsModel::languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return d.meta.title;
        case AuthorColumn: return d.meta.author;
        case DateColumn: return d.meta.publishedOn.isValid() ? QLocale().toString(d.meta.publishedOn, QLocale::ShortFormat) : QString();
        case LanguageColumn: return languageName(d.meta.language);
        case ClaimCountColumn: return d.annotationCount;
        }
        return {};
    case Qt::EditRole:
        return index.column() == TitleColumn ? QVariant(d.meta.title) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QStringList lines{d.meta.title};
        if (!d.meta.author.isEmpty())
            lines << d.meta.author;
        if (!d.fileName.isEmpty())
            lines << tr("Imported from %1").arg(d.fileName);
        lines << tr("%n claim(s)", nullptr, d.annotationCount);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return index.column() == ClaimCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole: return d.id;
    case FormatRole: return formatKey(d.format);
    case SourceUrlRole: return d.meta.sourceUrl;
    case FileNameRole: return d.fileName;
    case ClaimCountRole: return d.annotationCount;
    case MetaRole: return QVariant::fromValue(d.meta);
    case ArticleRole: return d.format == SourceFormat::Html && d.extraction == ContentExtraction::Article;
    }
    return {};
}

bool DocumentsModel::setMeta(DocumentId id, const DocumentMeta &meta)
{
    const QModelIndex idx = indexOfDocument(id);
    if (!idx.isValid())
        return false;
    const DocumentMeta before = m_rows.at(idx.row()).meta;
    if (before == meta)
        return true;
    m_undoStack->push(new EditDocumentMetaCommand(m_store, id, before, meta));
    return m_rows.at(idx.row()).meta == meta;
}

bool DocumentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole || index.column() != TitleColumn)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty())
        return false;
    DocumentMeta meta = m_rows.at(index.row()).meta;
    meta.title = title;
    return setMeta(m_rows.at(index.row()).id, meta);
}

Qt::ItemFlags DocumentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    case LanguageColumn: return tr("Language");
    //: Column header: number of claims in a document
    case ClaimCountColumn: return tr("Claims");
    }
    return {};
}

QModelIndex DocumentsModel::indexOfDocument(DocumentId id, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, column);
    }
    return {};
}

const DocumentSummary *DocumentsModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void DocumentsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ktk
