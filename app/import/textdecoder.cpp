// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace ktk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it
// leaves undefined map to the C1 control of the same value, as in the WHATWG
// encoding standard, so that decoding never fails.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c)
            return false;
    }
    return true;
}

bool hasLoneSurrogate(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 == n || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// Stateless, so that a sequence cut off at the end counts as an error, and
// ConvertInitialBom, so that a BOM we did not slice off stays visible.
TextDecoder::Decoded decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding,
                                  TextDecoder::Encoding reported)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    TextDecoder::Decoded result;
    result.text = decoder.decode(bytes);
    result.encoding = reported;
    result.malformed = decoder.hasError();
    // Qt's UTF-16 and UTF-32 decoders pass a stray surrogate or a cut-off
    // last unit through without flagging it.
    if (encoding != QStringConverter::Utf8) {
        const int unit = (encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE) ? 2 : 4;
        result.malformed = result.malformed || bytes.size() % unit != 0 || hasLoneSurrogate(result.text);
    }
    return result;
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// Some exporters write UTF-16 without a BOM. In a Latin script every other
// byte is then zero, which no 8-bit text has (NUL means binary there).
bool looksLikeUtf16(QByteArrayView bytes, bool *littleEndian)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4 || bytes.size() % 2 != 0)
        return false;
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes.at(i) == 0)
            ++(i % 2 ? zerosOdd : zerosEven);
    }
    const qsizetype pairs = n / 2;
    if (zerosOdd * 10 >= pairs * 4 && zerosEven * 20 <= pairs) {
        *littleEndian = true;
        return true;
    }
    if (zerosEven * 10 >= pairs * 4 && zerosOdd * 20 <= pairs) {
        *littleEndian = false;
        return true;
    }
    return false;
}

// The WHATWG labels that all mean windows-1252.
bool isWindows1252Label(const QByteArray &label)
{
    static const char *const labels[] = { "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
                                          "iso88591", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1",
                                          "l1", "csisolatin1", "ibm819", "cp819", "us-ascii", "ascii",
                                          "ansi_x3.4-1968" };
    for (const char *l : labels) {
        if (label == l)
            return true;
    }
    return false;
}

} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    // UTF-32 LE first: its BOM starts with the UTF-16 LE one.
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF }))
        return decodeStrict(view.sliced(3), QStringConverter::Utf8, Encoding::Utf8Bom);
    if (startsWith(bytes, { 0xFF, 0xFE, 0x00, 0x00 }))
        return decodeStrict(view.sliced(4), QStringConverter::Utf32LE, Encoding::Utf32LE);
    if (startsWith(bytes, { 0x00, 0x00, 0xFE, 0xFF }))
        return decodeStrict(view.sliced(4), QStringConverter::Utf32BE, Encoding::Utf32BE);
    if (startsWith(bytes, { 0xFF, 0xFE }))
        return decodeStrict(view.sliced(2), QStringConverter::Utf16LE, Encoding::Utf16LE);
    if (startsWith(bytes, { 0xFE, 0xFF }))
        return decodeStrict(view.sliced(2), QStringConverter::Utf16BE, Encoding::Utf16BE);

    bool littleEndian = false;
    if (looksLikeUtf16(view, &littleEndian)) {
        Decoded utf16 = littleEndian ? decodeStrict(view, QStringConverter::Utf16LE, Encoding::Utf16LE)
                                     : decodeStrict(view, QStringConverter::Utf16BE, Encoding::Utf16BE);
        if (!utf16.malformed && !utf16.text.contains(QChar(0)))
            return utf16;
    }

    Decoded utf8 = decodeStrict(view, QStringConverter::Utf8, Encoding::Utf8);
    if (!utf8.malformed)
        return utf8;
    Decoded result;
    result.text = fromWindows1252(view);
    result.encoding = Encoding::Windows1252;
    return result;
}

TextDecoder::Decoded TextDecoder::decodeHtml(const QByteArray &bytes)
{
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF }) || startsWith(bytes, { 0xFF, 0xFE }) || startsWith(bytes, { 0xFE, 0xFF })
        || startsWith(bytes, { 0x00, 0x00, 0xFE, 0xFF })) {
        return decode(bytes);
    }

    const QByteArray label = htmlDeclaredCharset(bytes);
    if (isWindows1252Label(label)) {
        // A page saved as UTF-8 but still claiming Latin-1 is common; valid
        // non-ASCII UTF-8 is practically never real Windows-1252 text.
        if (hasNonAscii(bytes) && isValidUtf8(bytes))
            return decodeStrict(bytes, QStringConverter::Utf8, Encoding::Utf8);
        Decoded result;
        result.text = fromWindows1252(bytes);
        result.encoding = Encoding::Windows1252;
        return result;
    }
    // A UTF-8 label on bytes that are not UTF-8 is wrong too; decode() then
    // falls back to Windows-1252 instead of showing replacement characters.
    return decode(bytes);
}

QString TextDecoder::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Utf32LE: return QStringLiteral("UTF-32LE");
    case Encoding::Utf32BE: return QStringLiteral("UTF-32BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return QString();
}

QString TextDecoder::normaliseLineEndings(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString out;
    out.reserve(text.size());
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    for (; p != end; ++p) {
        if (*p == u'\r') {
            out.append(u'\n');
            if (p + 1 != end && p[1] == u'\n')
                ++p;
        } else {
            out.append(*p);
        }
    }
    return out;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = QChar((b >= 0x80 && b <= 0x9F) ? Cp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes)
{
    if (!hasNonAscii(bytes))
        return true;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

QByteArray TextDecoder::htmlDeclaredCharset(const QByteArray &bytes)
{
    // Browsers look at the first 1024 bytes; some saved pages put long
    // comments first, so look a little further.
    const QString head = QString::fromLatin1(bytes.left(4096));
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        return QByteArray();
    return match.captured(1).toLatin1().toLower();
}

} // namespace ktk
