// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ktk {

// Decodes bytes of unknown encoding without mojibake: a BOM (UTF-8, UTF-16
// LE/BE, UTF-32) decides; otherwise valid UTF-8 is UTF-8; otherwise the bytes
// are Windows-1252 (a superset of Latin-1's printable range).
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };
    struct Decoded { QString text; Encoding encoding = Encoding::Utf8; };

    static Decoded decode(const QByteArray &bytes);
    // For HTML: an explicit charset in a <meta> tag is honoured when it names
    // UTF-8, Latin-1 / ISO-8859-1 or Windows-1252 and no BOM says otherwise.
    static Decoded decodeHtml(const QByteArray &bytes);
    static QString encodingName(Encoding e);
    // Line endings made \n; a NUL byte means "not text".
    static QString normaliseLineEndings(const QString &text);
};

} // namespace ktk
