// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QObject>
#include <QVector>

#include <memory>

namespace ktk {

class PdfDocument;
class ProjectStore;

// Extracts the text of a project's PDFs in a worker thread, one document
// at a time, and stores it with ProjectStore::setPdfText. The window queues a
// PDF right after importing it and shows its first page meanwhile; a project
// opened with PDFs still lacking text (the program was closed during
// extraction) has them queued again.
class PdfTextExtraction : public QObject
{
    Q_OBJECT

public:
    explicit PdfTextExtraction(ProjectStore *store, QObject *parent = nullptr);
    ~PdfTextExtraction() override;   // cancels, and waits for the page in hand

    // document: the PDF already open for the view, if any; else the bytes
    // are read from the project.
    void queue(DocumentId id, std::shared_ptr<PdfDocument> document = nullptr);
    // Every PDF of the project whose text is not stored yet.
    void queueAllMissing();
    // Stops all work and forgets the queue (before the project closes).
    void cancelAll();

    bool isBusy() const;
    DocumentId currentDocument() const;

signals:
    void progress(ktk::DocumentId id, int pagesDone, int pageCount);
    // The text is stored.
    void finished(ktk::DocumentId id);
    // message is translated and names the document.
    void failed(ktk::DocumentId id, const QString &message);
    // Nothing left to do.
    void idle();

private:
    void startNext();
    void onDone(quint64 generation, DocumentId id, bool cancelled);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ktk
