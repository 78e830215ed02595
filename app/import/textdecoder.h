// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ktk {

// Decodes bytes of unknown encoding without mojibake: a BOM (UTF-8, UTF-16
// LE/BE, UTF-32) decides; otherwise valid UTF-8 is UTF-8; otherwise the bytes
// are Windows-1252 (a superset of Latin-1's printable range). UTF-16 without
// a BOM is recognised by its zero bytes.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };
    // malformed: a BOM promised an encoding the bytes then broke, so the text
    // holds replacement characters and should not be trusted as text.
    struct Decoded { QString text; Encoding encoding = Encoding::Utf8; bool malformed = false; };

    static Decoded decode(const QByteArray &bytes);
    // For HTML: an explicit charset in a <meta> tag is honoured when it names
    // UTF-8, Latin-1 / ISO-8859-1 or Windows-1252 and no BOM says otherwise.
    // (As in browsers, Latin-1 is read as Windows-1252; and bytes that are valid,
    // non-ASCII UTF-8 win over a Latin-1 label, which is then simply wrong.)
    static Decoded decodeHtml(const QByteArray &bytes);
    static QString encodingName(Encoding e);
    // Line endings made \n; a NUL byte means "not text".
    static QString normaliseLineEndings(const QString &text);

    // Windows-1252 (and so Latin-1) without any check: every byte maps to one character.
    static QString fromWindows1252(QByteArrayView bytes);
    // Strict UTF-8: false on any invalid sequence.
    static bool isValidUtf8(QByteArrayView bytes);
    // The charset named by a <meta charset> or http-equiv Content-Type near
    // the start of an HTML file, lower-cased; empty when there is none.
    static QByteArray htmlDeclaredCharset(const QByteArray &bytes);
};

} // namespace ktk
