// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfpagerenderer.h"

#include "pdf/pdfdocument.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace ktk {

struct PdfPageRenderer::Private
{
    using Key = QPair<int, int>;   // page, width
    struct Entry
    {
        QImage image;
        quint64 used = 0;
    };

    PdfPageRenderer *q = nullptr;
    std::shared_ptr<PdfDocument> document;

    mutable std::mutex mutex;      // guards everything below but stop
    std::condition_variable wake;
    QVector<int> queue;
    int queueWidth = 0;
    Key rendering{-1, 0};
    QHash<Key, Entry> cache;
    QSet<Key> failed;              // not asked for again: a damaged page would loop
    qint64 bytes = 0;
    qint64 limit = DefaultCacheBytes;
    mutable quint64 clock = 0;
    std::atomic<bool> stop{false};
    std::thread worker;

    void run();
    // Callers hold mutex.
    void evict(const Key &keep);
};

void PdfPageRenderer::Private::evict(const Key &keep)
{
    // The newest image stays even when it alone is over the limit: dropping
    // it would have the view ask for it again at once, for ever.
    while (bytes > limit && cache.size() > 1) {
        auto oldest = cache.end();
        for (auto it = cache.begin(); it != cache.end(); ++it) {
            if (it.key() != keep && (oldest == cache.end() || it->used < oldest->used))
                oldest = it;
        }
        if (oldest == cache.end())
            break;
        bytes -= oldest->image.sizeInBytes();
        cache.erase(oldest);
    }
}

void PdfPageRenderer::Private::run()
{
    std::unique_lock<std::mutex> lock(mutex);
    while (!stop) {
        if (queue.isEmpty()) {
            wake.wait(lock);
            continue;
        }
        const Key key(queue.takeFirst(), queueWidth);
        if (cache.contains(key) || failed.contains(key))
            continue;
        rendering = key;
        lock.unlock();
        QImage image = document->renderPage(key.first, key.second, [this] { return stop.load(); });
        lock.lock();
        rendering = Key(-1, 0);
        if (stop)
            break;
        if (image.isNull()) {
            failed.insert(key);
            continue;
        }
        bytes += image.sizeInBytes();
        cache.insert(key, Entry{std::move(image), ++clock});
        evict(key);
        PdfPageRenderer *owner = q;
        QMetaObject::invokeMethod(
                owner, [owner, key] { emit owner->pageRendered(key.first, key.second); }, Qt::QueuedConnection);
    }
}

PdfPageRenderer::PdfPageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->document = std::move(document);
    if (d->document)
        d->worker = std::thread([this] { d->run(); });
}

PdfPageRenderer::~PdfPageRenderer()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stop = true;
        d->queue.clear();
    }
    d->wake.notify_all();
    if (d->worker.joinable())
        d->worker.join();
    // Signals the worker posted and nobody received go with the QObject.
}

std::shared_ptr<PdfDocument> PdfPageRenderer::document() const
{
    return d->document;
}

void PdfPageRenderer::setCacheLimit(qint64 bytes)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->limit = qMax<qint64>(0, bytes);
    d->evict(Private::Key(-1, 0));
}

qint64 PdfPageRenderer::cacheBytes() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->bytes;
}

QImage PdfPageRenderer::image(int page, int widthPixels) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    auto it = d->cache.find(Private::Key(page, widthPixels));
    if (it == d->cache.end())
        return {};
    it->used = ++d->clock;
    return it->image;
}

QImage PdfPageRenderer::anyImage(int page) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    auto best = d->cache.end();
    for (auto it = d->cache.begin(); it != d->cache.end(); ++it) {
        if (it.key().first == page && (best == d->cache.end() || it.key().second > best.key().second))
            best = it;
    }
    if (best == d->cache.end())
        return {};
    best->used = ++d->clock;
    return best->image;
}

void PdfPageRenderer::request(const QVector<int> &pages, int widthPixels)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->queue.clear();
        d->queueWidth = widthPixels;
        if (widthPixels <= 0)
            return;
        QSet<int> seen;
        for (int page : pages) {
            const Private::Key key(page, widthPixels);
            if (seen.contains(page) || d->cache.contains(key) || d->failed.contains(key) || d->rendering == key)
                continue;
            seen.insert(page);
            d->queue.append(page);
        }
        if (d->queue.isEmpty())
            return;
    }
    d->wake.notify_one();
}

} // namespace ktk
