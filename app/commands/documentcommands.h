// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/translatedcommand.h"

#include "commands/parkeddocument.h"
#include "import/webpagereextraction.h"
#include "store/projectstore.h"
#include "store/records.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace ktk {

class ProjectStore;

class AddDocumentsCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDocumentsCommand)
public:
    AddDocumentsCommand(ProjectStore *store, const QVector<Document> &documents, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;
    QVector<DocumentId> documentIds() const;
    // What undo took out, until redo stores it again (for tests).
    const std::vector<ParkedDocument> &parkedDocuments() const { return m_documents; }

private:
    ProjectStore *m_store;
    std::vector<ParkedDocument> m_documents;
    QVector<DocumentId> m_ids;     // as stored, 0 where storing failed
    int m_count = 0;
    QString m_firstTitle;
};

// Keeps the document and its claims so that undo brings both back with the
// same ids.
class RemoveDocumentCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDocumentCommand)
public:
    RemoveDocumentCommand(ProjectStore *store, DocumentId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;
    // What redo took out, until undo stores it again (for tests).
    const ParkedDocument &parkedDocument() const { return m_document; }

private:
    ProjectStore *m_store;
    DocumentId m_id;
    QString m_title;
    ParkedDocument m_document;     // while removed
    QVector<Annotation> m_annotations;
};

class EditDocumentMetaCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDocumentMetaCommand)
public:
    EditDocumentMetaCommand(ProjectStore *store, DocumentId id, const DocumentMeta &before, const DocumentMeta &after,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    DocumentId m_id;
    DocumentMeta m_before;
    DocumentMeta m_after;
};

// A web page shown again as its article or as the whole page
// (WebPageReextraction): the new text and the claims' places in it; undo puts
// back the old text and places. Claims the plan could not place keep their
// anchors both ways.
class ReextractDocumentCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReextractDocumentCommand)
public:
    // before: the document as stored now (its text and extraction);
    // claimsBefore: its claims as stored now.
    ReextractDocumentCommand(ProjectStore *store, const Document &before, const QVector<Annotation> &claimsBefore,
                             const WebPageReextraction::Plan &plan, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    DocumentId m_id;
    QString m_title;
    QString m_textBefore;
    QString m_textAfter;
    ContentExtraction m_extractionBefore;
    ContentExtraction m_extractionAfter;
    QVector<ProjectStore::ClaimPlace> m_placesBefore;
    QVector<ProjectStore::ClaimPlace> m_placesAfter;
};

} // namespace ktk
