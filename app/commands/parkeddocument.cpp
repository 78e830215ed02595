// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/parkeddocument.h"

#include <QDir>
#include <QTemporaryFile>

namespace ktk {

ParkedDocument::ParkedDocument(Document document)
    : m_document(std::move(document))
{
    if (m_document.originalBytes.size() <= InMemoryLimit)
        return;
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/kanttekening-undo-XXXXXX"));
    // A full disk keeps the bytes in memory: undo must still work.
    if (!file->open() || file->write(m_document.originalBytes) != m_document.originalBytes.size() || !file->flush())
        return;
    m_size = m_document.originalBytes.size();
    m_document.originalBytes = QByteArray();
    m_file = std::move(file);
}

ParkedDocument::~ParkedDocument() = default;
ParkedDocument::ParkedDocument(ParkedDocument &&) noexcept = default;
ParkedDocument &ParkedDocument::operator=(ParkedDocument &&) noexcept = default;

std::optional<Document> ParkedDocument::document() const
{
    if (!m_file)
        return m_document;
    Document doc = m_document;
    if (!m_file->seek(0))
        return std::nullopt;
    doc.originalBytes = m_file->read(m_size);
    if (doc.originalBytes.size() != m_size)
        return std::nullopt;
    return doc;
}

} // namespace ktk
