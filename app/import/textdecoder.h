// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ktk {

// Decodes bytes of unknown encoding without mojibake: a BOM (UTF-8, UTF-16
// LE/BE, UTF-32) decides; otherwise valid UTF-8 is UTF-8; otherwise the bytes
// are Windows-1252 (a superset of Latin-1's printable range). UTF-16 without
// a BOM is recognised by its zero bytes. For HTML, a declared charset is
// followed too, as browsers do (see decodeHtml).
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    // Other: a legacy charset decoded by Qt (ICU), named by Decoded::charset.
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252, Other };
    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        // malformed: a BOM promised an encoding the bytes then broke, so the text
        // holds replacement characters and should not be trusted as text.
        bool malformed = false;
        // The charset's name for messages ("ISO-8859-15", "Shift_JIS"); empty
        // means encodingName(encoding). Use name().
        QString charset;
        // The label the page declared (<meta>, XML declaration), trimmed and
        // lower-cased; empty when it declared none.
        QByteArray declared;
        // For the import report, translated: why the declared label was not
        // followed (unknown, contradicted by a BOM or by the bytes), or that
        // some bytes were not valid in it. Empty when all went as declared.
        QString note;

        QString name() const { return charset.isEmpty() ? TextDecoder::encodingName(encoding) : charset; }
    };

    static Decoded decode(const QByteArray &bytes);
    // For HTML. A BOM wins; then the charset declared by the first <meta
    // charset> or http-equiv Content-Type in the first 4 KB, or else by an
    // XML declaration (XHTML), if Qt can decode it. Labels follow the WHATWG
    // encoding standard: case and surrounding spaces do not count, Latin-1 and
    // ASCII mean Windows-1252, GB2312/GBK mean GB18030, EUC-KR means
    // windows-949, UTF-16 declared in the page itself means UTF-8. Bytes that
    // are valid, non-ASCII UTF-8 win over any other label, which is then
    // simply wrong. An unknown label is noted and the bytes detected as decode()
    // does.
    static Decoded decodeHtml(const QByteArray &bytes);
    static QString encodingName(Encoding e);
    // Line endings made \n; a NUL byte means "not text".
    static QString normaliseLineEndings(const QString &text);

    // Windows-1252 (and so Latin-1) without any check: every byte maps to one character.
    static QString fromWindows1252(QByteArrayView bytes);
    // Strict UTF-8: false on any invalid sequence.
    static bool isValidUtf8(QByteArrayView bytes);
    // The charset named by a <meta charset> or http-equiv Content-Type near
    // the start of an HTML file, or else by an XML declaration, trimmed and
    // lower-cased; empty when there is none.
    static QByteArray htmlDeclaredCharset(const QByteArray &bytes);

    // Saved pages are sometimes gzip files under an .html name.
    static bool isGzip(QByteArrayView bytes);
    enum class GzipResult { Ok, TooLarge, Damaged };
    // Unpacks gzip data (one or more members) into *out, never more than
    // limit bytes: beyond that it stops at once and says TooLarge, so a
    // small file that unpacks to gigabytes costs no more than limit bytes of
    // memory. Damaged: not gzip, corrupt, or cut off.
    static GzipResult gunzip(QByteArrayView bytes, qint64 limit, QByteArray *out);
};
} // namespace ktk
