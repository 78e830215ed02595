// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/officezip.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace ktk {

OfficeZip::OfficeZip() = default;

OfficeZip::~OfficeZip()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

OfficeZip::Error OfficeZip::open(const QByteArray &bytes)
{
    // A zip starts with a local file header; anything else (an OLE file, a
    // text file renamed) is no Office Open XML or OpenDocument file.
    if (!bytes.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return Error::NotAZip;
    m_bytes = bytes;
    m_buffer = std::make_unique<QBuffer>(&m_bytes);
    if (!m_buffer->open(QIODevice::ReadOnly))
        return Error::NotAZip;
    m_zip = std::make_unique<QuaZip>(m_buffer.get());
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Error::Damaged;
    const int count = m_zip->getEntriesCount();
    if (count < 0)
        return Error::Damaged;
    if (count > MaxEntries)
        return Error::TooManyEntries;
    int seen = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++seen > MaxEntries)
            return Error::TooManyEntries;
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return Error::Damaged;
        m_entries.insert(info.name, (info.flags & 1) != 0);
    }
    if (m_zip->getZipError() != UNZ_OK && m_zip->getZipError() != UNZ_END_OF_LIST_OF_FILE)
        return Error::Damaged;
    return Error::None;
}

OfficeZip::Error OfficeZip::read(const QString &name, qint64 limit, QByteArray *out)
{
    out->clear();
    const auto entry = m_entries.constFind(name);
    if (entry == m_entries.constEnd())
        return Error::Missing;
    if (*entry)
        return Error::Encrypted;
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive))
        return Error::Damaged;
    const qint64 allowed = qMin(limit, MaxTotalBytes - m_totalRead);
    // The size the zip claims only decides how much room to make at first
    // (growing a 13 MB part in 256 KB steps copied it fifty times); it
    // bounds nothing.
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && info.uncompressedSize > 0)
        out->reserve(qsizetype(qMin<quint64>(info.uncompressedSize, quint64(allowed)) + 1));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Error::Damaged;
    constexpr qint64 Chunk = 256 * 1024;
    for (;;) {
        const qsizetype before = out->size();
        const qint64 wanted = qMin(Chunk, allowed + 1 - before);
        if (wanted <= 0)
            break;
        if (out->capacity() < before + wanted)
            out->reserve(qMin(qMax(before * 2, before + wanted), qsizetype(allowed + 1)));
        out->resize(before + wanted);
        const qint64 got = file.read(out->data() + before, wanted);
        if (got < 0) {
            out->clear();
            file.close();
            return Error::Damaged;
        }
        out->resize(before + got);
        if (got == 0)
            break;
    }
    const bool tooLarge = out->size() > allowed;
    file.close();
    if (tooLarge) {
        out->clear();
        return Error::TooLarge;
    }
    // A damaged entry shows as a CRC error once it has been read whole.
    if (file.getZipError() != UNZ_OK) {
        out->clear();
        return Error::Damaged;
    }
    m_totalRead += out->size();
    return Error::None;
}

} // namespace ktk
