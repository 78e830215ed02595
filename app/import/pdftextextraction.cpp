// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pdftextextraction.h"

#include "pdf/pdfdocument.h"
#include "pdf/pdftextextractor.h"
#include "store/documentlimits.h"
#include "store/projectstore.h"

#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace ktk {

namespace {

// What the worker hands back; read in the owner's thread once it is done.
struct Job
{
    DocumentId id = 0;
    std::shared_ptr<PdfDocument> document;
    QByteArray bytes;            // when document is null
    QString password;
    QString name;                // for messages
    PdfText text;
    QString error;
};

} // namespace

struct PdfTextExtraction::Private
{
    ProjectStore *store = nullptr;
    QThreadPool pool;            // one thread: one document at a time
    QVector<QPair<DocumentId, std::shared_ptr<PdfDocument>>> queue;
    std::shared_ptr<Job> running;
    std::shared_ptr<std::atomic_bool> cancel;
    quint64 generation = 0;      // bumped by cancelAll(): results of older jobs are dropped
};

PdfTextExtraction::PdfTextExtraction(ProjectStore *store, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->store = store;
    d->pool.setMaxThreadCount(1);
}

PdfTextExtraction::~PdfTextExtraction()
{
    cancelAll();
    d->pool.waitForDone();
}

void PdfTextExtraction::queue(DocumentId id, std::shared_ptr<PdfDocument> document)
{
    if (d->running && d->running->id == id)
        return;
    for (auto &queued : d->queue) {
        if (queued.first == id) {
            if (document)
                queued.second = std::move(document);
            return;
        }
    }
    d->queue.append({id, std::move(document)});
    startNext();
}

void PdfTextExtraction::queueAllMissing()
{
    for (const DocumentId id : d->store->pdfDocumentsWithoutText())
        queue(id);
}

void PdfTextExtraction::cancelAll()
{
    d->queue.clear();
    if (d->cancel)
        *d->cancel = true;
    d->running.reset();
    ++d->generation;
}

bool PdfTextExtraction::isBusy() const
{
    return d->running != nullptr || !d->queue.isEmpty();
}

DocumentId PdfTextExtraction::currentDocument() const
{
    return d->running ? d->running->id : 0;
}

void PdfTextExtraction::startNext()
{
    if (d->running)
        return;
    while (!d->queue.isEmpty()) {
        auto [id, document] = d->queue.takeFirst();
        const std::optional<Document> doc = d->store->document(id, ProjectStore::Content::WithoutOriginal);
        if (!doc || doc->format != SourceFormat::Pdf || !doc->pages.isEmpty())
            continue;   // removed meanwhile, or done
        auto job = std::make_shared<Job>();
        job->id = id;
        job->document = std::move(document);
        job->password = doc->pdfPassword;
        job->name = doc->meta.title.isEmpty() ? doc->fileName : doc->meta.title;
        if (!job->document) {
            const auto size = d->store->documentSize(id);
            if (!size || size->originalBytes > DocumentLimits::MaxPdfBytes)
                continue;
            job->bytes = d->store->originalBytes(id);
        }
        d->running = job;
        d->cancel = std::make_shared<std::atomic_bool>(false);
        const auto cancel = d->cancel;
        const quint64 generation = d->generation;
        QPointer<PdfTextExtraction> self(this);
        d->pool.start([job, cancel, generation, self] {
            if (!job->document) {
                const PdfDocument::LoadResult loaded = PdfDocument::load(job->bytes, job->name, job->password);
                job->bytes = QByteArray();
                if (!loaded.ok())
                    job->error = loaded.message;
                job->document = loaded.document;
            }
            if (job->document) {
                const DocumentId id = job->id;
                job->text = PdfTextExtractor::extract(*job->document, [&](int done, int total) {
                    if (*cancel)
                        return false;
                    QMetaObject::invokeMethod(self, [self, id, done, total] {
                        if (self)
                            emit self->progress(id, done, total);
                    }, Qt::QueuedConnection);
                    return true;
                });
            }
            job->document.reset();   // the view keeps its own; ours goes with the worker
            const bool cancelled = *cancel;
            QMetaObject::invokeMethod(self, [self, generation, id = job->id, cancelled] {
                if (self)
                    self->onDone(generation, id, cancelled);
            }, Qt::QueuedConnection);
        });
        return;
    }
    emit idle();
}

void PdfTextExtraction::onDone(quint64 generation, DocumentId id, bool cancelled)
{
    if (generation != d->generation || !d->running || d->running->id != id)
        return;
    const std::shared_ptr<Job> job = std::move(d->running);
    d->running.reset();
    if (!cancelled) {
        if (!job->error.isEmpty()) {
            emit failed(id, job->error);
        } else if (job->text.text.size() > DocumentLimits::MaxCharacters) {
            emit failed(id, tr("The text of \u201c%1\u201d is too long to keep: %2 characters; Kanttekening keeps "
                               "at most %3.")
                                .arg(job->name, QLocale().toString(qint64(job->text.text.size())),
                                     QLocale().toString(DocumentLimits::MaxCharacters)));
        } else if (d->store->isOpen() && d->store->document(id, ProjectStore::Content::WithoutOriginal)) {
            if (d->store->setPdfText(id, job->text.text, job->text.pages))
                emit finished(id);
        }
    }
    startNext();
}

} // namespace ktk
