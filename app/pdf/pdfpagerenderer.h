// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QVector>

#include <memory>

namespace ktk {

class PdfDocument;

// Renders pages of one PdfDocument in a worker thread into a cache bounded
// in bytes, least recently used out first. The view asks for what it shows,
// draws what is cached, and repaints on pageRendered().
class PdfPageRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultCacheBytes = 160ll * 1024 * 1024;

    explicit PdfPageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent = nullptr);
    ~PdfPageRenderer() override;   // waits for the page being rendered, drops the rest

    std::shared_ptr<PdfDocument> document() const;
    void setCacheLimit(qint64 bytes);
    qint64 cacheBytes() const;

    // The page rendered at exactly widthPixels, or a null image.
    QImage image(int page, int widthPixels) const;
    // Any rendering of the page in the cache, the widest first; the view
    // scales it as a stand-in while the sharp one renders. Null if none.
    QImage anyImage(int page) const;

    // Asks for pages at widthPixels, most wanted first. Replaces what was
    // asked before and not yet started: only what the view shows now matters.
    // Pages already cached at that width are not rendered again.
    void request(const QVector<int> &pages, int widthPixels);

signals:
    // Emitted in the thread that owns the renderer.
    void pageRendered(int page, int widthPixels);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ktk
