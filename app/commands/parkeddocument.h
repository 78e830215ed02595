// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <memory>
#include <optional>

#include <QTemporaryFile>

namespace ktk {

// A document held outside the project by an undo command, so that undo or
// redo can store it again. The undo stack lives as long as the window, and a
// PDF may be 100 MB: original files larger than InMemoryLimit wait in a
// temporary file rather than in memory.
class ParkedDocument
{
public:
    static constexpr qint64 InMemoryLimit = 1024 * 1024;

    ParkedDocument() = default;
    explicit ParkedDocument(Document document);
    ~ParkedDocument();
    ParkedDocument(ParkedDocument &&) noexcept;
    ParkedDocument &operator=(ParkedDocument &&) noexcept;

    bool isNull() const { return m_document.id == 0 && m_document.originalBytes.isEmpty() && !m_file; }
    // Everything but the original bytes.
    const Document &summary() const { return m_document; }
    // The whole document; nullopt when the temporary file could not be read back.
    std::optional<Document> document() const;
    bool isInTemporaryFile() const { return m_file != nullptr; }

private:
    Document m_document;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

} // namespace ktk
