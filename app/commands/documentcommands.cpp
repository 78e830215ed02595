// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/documentcommands.h"

#include "store/projectstore.h"

namespace ktk {

AddDocumentsCommand::AddDocumentsCommand(ProjectStore *store, const QVector<Document> &documents, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_documents(documents)
{
    if (documents.size() == 1)
        setText(tr("Import \u201c%1\u201d").arg(documents.first().meta.title));
    else
        setText(tr("Import %n document(s)", nullptr, int(documents.size())));
}

void AddDocumentsCommand::redo()
{
    bool any = false;
    for (Document &doc : m_documents) {
        const Result<DocumentId> id = m_store->addDocument(doc);
        if (id) {
            doc.id = *id;
            any = true;
        }
    }
    if (!any)
        setObsolete(true);
}

void AddDocumentsCommand::undo()
{
    for (const Document &doc : qAsConst(m_documents)) {
        if (doc.id != 0)
            m_store->removeDocument(doc.id);
    }
}

QVector<DocumentId> AddDocumentsCommand::documentIds() const
{
    QVector<DocumentId> ids;
    for (const Document &doc : m_documents) {
        if (doc.id != 0)
            ids.append(doc.id);
    }
    return ids;
}

RemoveDocumentCommand::RemoveDocumentCommand(ProjectStore *store, DocumentId id, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_id(id)
{
    if (const auto doc = store->document(id))
        m_document = *doc;
    m_annotations = store->annotations(id);
    setText(tr("Remove document \u201c%1\u201d").arg(m_document.meta.title));
}

void RemoveDocumentCommand::redo()
{
    if (m_document.id == 0 || !m_store->removeDocument(m_id))
        setObsolete(true);
}

void RemoveDocumentCommand::undo()
{
    if (m_store->addDocument(m_document))
        m_store->addAnnotations(m_annotations);
}

EditDocumentMetaCommand::EditDocumentMetaCommand(ProjectStore *store, DocumentId id, const DocumentMeta &before,
                                                 const DocumentMeta &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_id(id), m_before(before), m_after(after)
{
    setText(tr("Edit document details"));
}

void EditDocumentMetaCommand::redo()
{
    if (!m_store->updateDocumentMeta(m_id, m_after))
        setObsolete(true);
}

void EditDocumentMetaCommand::undo()
{
    m_store->updateDocumentMeta(m_id, m_before);
}

} // namespace ktk
