// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/documentcommands.h"

#include "store/projectstore.h"

namespace ktk {

AddDocumentsCommand::AddDocumentsCommand(ProjectStore *store, const QVector<Document> &documents, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store)
{
    m_count = int(documents.size());
    if (m_count > 0)
        m_firstTitle = documents.first().meta.title;
    retranslate();
    m_documents.reserve(documents.size());
    for (const Document &doc : documents)
        m_documents.emplace_back(doc);
}

QString AddDocumentsCommand::label() const
{
    if (m_count == 1)
        return tr("Import \u201c%1\u201d").arg(m_firstTitle);
    return tr("Import %n document(s)", nullptr, m_count);
}

void AddDocumentsCommand::redo()
{
    bool any = false;
    m_ids.clear();
    for (ParkedDocument &parked : m_documents) {
        DocumentId stored = 0;
        if (const std::optional<Document> doc = parked.document()) {
            const Result<DocumentId> id = m_store->addDocument(*doc);
            if (id) {
                stored = *id;
                any = true;
            }
        }
        m_ids.append(stored);
        // The project holds it now; what undo takes out is parked again then.
        parked = ParkedDocument();
    }
    if (!any)
        setObsolete(true);
}

void AddDocumentsCommand::undo()
{
    m_documents.clear();
    for (const DocumentId id : qAsConst(m_ids)) {
        // As it is now: a PDF's text extracted since the import comes back with it.
        std::optional<Document> doc = id != 0 ? m_store->document(id) : std::nullopt;
        if (doc && m_store->removeDocument(id))
            m_documents.emplace_back(std::move(*doc));
    }
}

QVector<DocumentId> AddDocumentsCommand::documentIds() const
{
    QVector<DocumentId> ids;
    for (const DocumentId id : m_ids) {
        if (id != 0)
            ids.append(id);
    }
    return ids;
}

RemoveDocumentCommand::RemoveDocumentCommand(ProjectStore *store, DocumentId id, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_id(id)
{
    // Only the title now; the document itself is read when redo takes it out.
    for (const DocumentSummary &s : store->documents()) {
        if (s.id == id)
            m_title = s.meta.title;
    }
    retranslate();
}

QString RemoveDocumentCommand::label() const
{
    return tr("Remove document \u201c%1\u201d").arg(m_title);
}

void RemoveDocumentCommand::redo()
{
    std::optional<Document> doc = m_store->document(m_id);
    if (!doc) {
        setObsolete(true);
        return;
    }
    m_annotations = m_store->annotations(m_id);
    if (!m_store->removeDocument(m_id)) {
        setObsolete(true);
        return;
    }
    m_document = ParkedDocument(std::move(*doc));
}

void RemoveDocumentCommand::undo()
{
    const std::optional<Document> doc = m_document.document();
    if (doc && m_store->addDocument(*doc))
        m_store->addAnnotations(m_annotations);
    m_document = ParkedDocument();
    m_annotations.clear();
}

EditDocumentMetaCommand::EditDocumentMetaCommand(ProjectStore *store, DocumentId id, const DocumentMeta &before,
                                                 const DocumentMeta &after, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_id(id), m_before(before), m_after(after)
{
    retranslate();
}

QString EditDocumentMetaCommand::label() const
{
    return tr("Edit document details");
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

ReextractDocumentCommand::ReextractDocumentCommand(ProjectStore *store, const Document &before,
                                                   const QVector<Annotation> &claimsBefore,
                                                   const WebPageReextraction::Plan &plan, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_id(before.id), m_textBefore(before.canonicalText),
      m_textAfter(plan.text), m_extractionBefore(before.extraction), m_extractionAfter(plan.extraction)
{
    m_title = before.meta.title.isEmpty() ? before.fileName : before.meta.title;
    retranslate();
    for (const Annotation &moved : plan.carried) {
        for (const Annotation &old : claimsBefore) {
            if (old.id == moved.id) {
                m_placesBefore.append({old.id, old.anchor});
                m_placesAfter.append({moved.id, moved.anchor});
                break;
            }
        }
    }
}

QString ReextractDocumentCommand::label() const
{
    return m_extractionAfter == ContentExtraction::Article ? tr("Re-import \u201c%1\u201d as Article").arg(m_title)
                                                           : tr("Re-import \u201c%1\u201d as Whole Page").arg(m_title);
}

void ReextractDocumentCommand::redo()
{
    if (!m_store->replaceDocumentText(m_id, m_textAfter, m_extractionAfter, m_placesAfter))
        setObsolete(true);
}

void ReextractDocumentCommand::undo()
{
    m_store->replaceDocumentText(m_id, m_textBefore, m_extractionBefore, m_placesBefore);
}

} // namespace ktk
