// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The text decoder, on bytes of unknown encoding. Oracles: text it calls
// UTF-8 is the very bytes it was given; Windows-1252 gives one character per
// byte; the strict UTF-8 check agrees with RFC 3629, written out below;
// line endings come out as \n only. Declared charsets: the input after a
// <meta charset> naming one of many labels (picked by its first byte) decodes
// without crashing and names its encoding. Gzip: the input compressed
// unpacks to itself, never beyond the limit, and the input itself unpacks to
// at most the limit or to nothing.

#include "fuzzcommon.h"

#include "import/textdecoder.h"

#include <zlib.h>

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

const char *const Labels[] = {
    "utf-8", "UTF-16", "latin1", " ISO-8859-15 ", "windows-1250", "koi8-r", "koi8-u", "shift_jis", "euc-jp",
    "iso-2022-jp", "gb2312", "gb18030", "big5", "euc-kr", "iso-8859-2", "iso-8859-8-i", "windows-874",
    "x-user-defined", "x-mac-cyrillic", "ibm866", "utf-7", "ebcdic-cp-us", "hz-gb-2312", "x-unknown", "",
};

QByteArray gzip(const QByteArray &data)
{
    z_stream s = {};
    if (deflateInit2(&s, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))) + 64, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int status = deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return status == Z_STREAM_END ? out : QByteArray();
}

void checkDecoded(const TextDecoder::Decoded &d)
{
    KTK_FUZZ_CHECK(!d.name().isEmpty(), "a decoding without a name for messages");
    KTK_FUZZ_CHECK(d.encoding != TextDecoder::Encoding::Other || !d.charset.isEmpty(), "Other without a charset");
    KTK_FUZZ_CHECK(d.declared == d.declared.trimmed().toLower(), "declared label not trimmed and lower-cased");
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

    checkDecoded(TextDecoder::decodeHtml(b));
    if (!b.isEmpty()) {
        const char *label = Labels[static_cast<unsigned char>(b.at(0)) % (sizeof(Labels) / sizeof(*Labels))];
        const QByteArray declared = QByteArray("<meta charset=\"") + label + "\">" + b.mid(1);
        const TextDecoder::Decoded d = TextDecoder::decodeHtml(declared);
        checkDecoded(d);
        KTK_FUZZ_CHECK(d.declared == TextDecoder::htmlDeclaredCharset(declared) || d.encoding != TextDecoder::Encoding::Other,
                       "decoded with a charset other than the declared one");
        const QByteArray xml = QByteArray("<?xml version=\"1.0\" encoding=\"") + label + "\"?>" + b.mid(1);
        checkDecoded(TextDecoder::decodeHtml(xml));
    }

    constexpr qint64 Limit = 1024 * 1024;
    QByteArray unpacked;
    const TextDecoder::GzipResult result = TextDecoder::gunzip(b, Limit, &unpacked);
    KTK_FUZZ_CHECK(unpacked.size() <= Limit, "gunzip went beyond its limit");
    KTK_FUZZ_CHECK(result == TextDecoder::GzipResult::Ok || unpacked.isEmpty(), "a failed gunzip left output");
    KTK_FUZZ_CHECK(result == TextDecoder::GzipResult::Damaged || TextDecoder::isGzip(b), "gunzip of non-gzip bytes");
    const QByteArray packed = gzip(b);
    if (!packed.isEmpty()) {
        KTK_FUZZ_CHECK(TextDecoder::gunzip(packed, Limit, &unpacked) == TextDecoder::GzipResult::Ok && unpacked == b,
                       "gzip of the input does not unpack to it");
        if (!b.isEmpty()) {
            KTK_FUZZ_CHECK(TextDecoder::gunzip(packed, b.size() - 1, &unpacked) == TextDecoder::GzipResult::TooLarge,
                           "gzip of the input unpacked beyond a limit one byte short");
        }
    }

    KTK_FUZZ_CHECK(TextDecoder::isValidUtf8(b) == isUtf8(b), "isValidUtf8 disagrees with RFC 3629");
    KTK_FUZZ_CHECK(TextDecoder::fromWindows1252(b).size() == b.size(), "Windows-1252 is not one character per byte");
    (void)TextDecoder::htmlDeclaredCharset(b);
    return 0;
}
