// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The text decoder, on bytes of unknown encoding. Oracles: text it calls
// UTF-8 is the very bytes it was given; Windows-1252 gives one character per
// byte; the strict UTF-8 check agrees with RFC 3629, written out below;
// line endings come out as \n only.

#include "fuzzcommon.h"

#include "import/textdecoder.h"

using namespace ktk;

namespace {

// RFC 3629 UTF-8, straight from its table: no overlong forms, no surrogates,
// nothing above U+10FFFF. Independent of Qt, which the code under test uses.
bool isUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const auto *end = p + b.size();
    while (p < end) {
        const unsigned c = *p++;
        int more;
        unsigned low = 0x80, high = 0xBF;   // allowed range of the second byte
        if (c < 0x80) continue;
        else if (c >= 0xC2 && c <= 0xDF) more = 1;
        else if (c == 0xE0) { more = 2; low = 0xA0; }
        else if (c == 0xED) { more = 2; high = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) more = 2;
        else if (c == 0xF0) { more = 3; low = 0x90; }
        else if (c == 0xF4) { more = 3; high = 0x8F; }
        else if (c >= 0xF1 && c <= 0xF3) more = 3;
        else return false;
        for (int i = 0; i < more; ++i, ++p) {
            if (p == end || *p < (i == 0 ? low : 0x80) || *p > (i == 0 ? high : 0xBF))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray b = fuzz::bytes(data, size);

    for (const TextDecoder::Decoded &d : { TextDecoder::decode(b), TextDecoder::decodeHtml(b) }) {
        if (!d.malformed && d.encoding == TextDecoder::Encoding::Utf8)
            KTK_FUZZ_CHECK(d.text.toUtf8() == b, "text decoded as UTF-8 is not the bytes it came from");
        if (!d.malformed && d.encoding == TextDecoder::Encoding::Utf8Bom)
            KTK_FUZZ_CHECK(d.text.toUtf8() == b.mid(3), "text decoded as UTF-8 after a BOM is not the bytes after it");
        if (d.encoding == TextDecoder::Encoding::Windows1252)
            KTK_FUZZ_CHECK(!d.malformed && d.text.size() == b.size(), "Windows-1252 is not one character per byte");
        KTK_FUZZ_CHECK(!TextDecoder::normaliseLineEndings(d.text).contains(u'\r'), "a \\r survived normalising");
        (void)TextDecoder::encodingName(d.encoding);
    }

    KTK_FUZZ_CHECK(TextDecoder::isValidUtf8(b) == isUtf8(b), "isValidUtf8 disagrees with RFC 3629");
    KTK_FUZZ_CHECK(TextDecoder::fromWindows1252(b).size() == b.size(), "Windows-1252 is not one character per byte");
    (void)TextDecoder::htmlDeclaredCharset(b);
    return 0;
}
