// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QBuffer;
class QuaZip;

namespace ktk {

// Reads the parts of an Office file (a zip) from memory, never trusting what
// the zip says about itself: every entry is read in chunks and cut off at its
// limit, however small its header claims it is (a zip bomb claims little),
// and what all entries give together is bounded as well.
class OfficeZip
{
public:
    static constexpr int MaxEntries = 10000;
    static constexpr qint64 MaxTotalBytes = 64ll * 1024 * 1024;   // of all entries read, uncompressed

    enum class Error { None, NotAZip, TooManyEntries, Encrypted, TooLarge, Damaged, Missing };

    OfficeZip();
    ~OfficeZip();
    OfficeZip(const OfficeZip &) = delete;
    OfficeZip &operator=(const OfficeZip &) = delete;

    Error open(const QByteArray &bytes);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The entry's bytes, at most limit of them; Error::TooLarge beyond that or
    // beyond what is left of MaxTotalBytes.
    Error read(const QString &name, qint64 limit, QByteArray *out);

private:
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, bool> m_entries;   // name -> encrypted
    qint64 m_totalRead = 0;
};

} // namespace ktk
