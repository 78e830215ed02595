// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <zlib.h>

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

bool isOneOf(const QByteArray &label, std::initializer_list<const char *> labels)
{
    for (const char *l : labels) {
        if (label == l)
            return true;
    }
    return false;
}

// What a declared label stands for.
struct Charset
{
    enum class Kind { Unknown, Utf8, Windows1252, UserDefined, Qt } kind = Kind::Unknown;
    QByteArray qtName;   // for Kind::Qt: what QStringDecoder is given
    QString name;        // for messages
};

// Qt's ICU also knows encodings in which ASCII is not ASCII (EBCDIC, UTF-7,
// SCSU ...). A label that the page could write in ASCII cannot mean one of
// those, and decoding with it would garble the whole page.
bool isAsciiCompatible(const QByteArray &qtName)
{
    static const QByteArray probe("<meta charset=\"x\"> ABCxyz 0189 /-_.:;'?!&#=");
    QStringDecoder decoder(qtName.constData(), QStringConverter::Flag::Stateless);
    return decoder.isValid() && QString(decoder.decode(probe)) == QString::fromLatin1(probe) && !decoder.hasError();
}

// The WHATWG encoding standard's label table where it differs from what ICU
// would make of the label, then anything else Qt knows.
Charset resolveLabel(const QByteArray &label)
{
    using Kind = Charset::Kind;
    if (label.isEmpty())
        return {};
    if (isOneOf(label, { "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8" }))
        return { Kind::Utf8, {}, {} };
    // A page whose markup can be read as ASCII is not UTF-16 or UTF-32,
    // whatever it says; WHATWG reads it as UTF-8.
    if (isOneOf(label, { "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "csunicode",
                         "iso-10646-ucs-2", "ucs-2", "utf-32", "utf-32le", "utf-32be", "ucs-4" }))
        return { Kind::Utf8, {}, {} };
    if (isWindows1252Label(label))
        return { Kind::Windows1252, {}, {} };
    if (label == "x-user-defined")
        return { Kind::UserDefined, {}, QStringLiteral("x-user-defined") };
    // Encodings browsers refuse (WHATWG maps them to "replacement"), and UTF-7.
    if (isOneOf(label, { "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement",
                         "utf-7", "unicode-1-1-utf-7", "csunicode11utf7", "x-imap4-modified-utf7" }))
        return {};

    QByteArray qtName = label;
    if (isOneOf(label, { "iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "iso-ir-148",
                         "latin5", "l5", "csisolatin5", "cp1254", "x-cp1254" }))
        qtName = "windows-1254";
    else if (isOneOf(label, { "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "dos-874" }))
        qtName = "windows-874";
    else if (isOneOf(label, { "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312",
                              "csiso58gb231280", "iso-ir-58" }))
        qtName = "gb18030";
    else if (isOneOf(label, { "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5" }))
        qtName = "Big5-HKSCS";
    else if (isOneOf(label, { "shift_jis", "shift-jis", "sjis", "ms932", "ms_kanji", "windows-31j", "x-sjis",
                              "csshiftjis" }))
        qtName = "windows-31j";
    else if (isOneOf(label, { "euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987",
                              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949" }))
        qtName = "windows-949";
    else if (isOneOf(label, { "iso-8859-8-i", "csiso88598i", "logical" }))
        qtName = "iso-8859-8";
    else if (label == "koi8-ru")
        qtName = "koi8-u";
    else if (isOneOf(label, { "koi", "koi8", "koi8_r", "cskoi8r" }))
        qtName = "koi8-r";
    else if (isOneOf(label, { "x-mac-ukrainian" }))
        qtName = "x-mac-cyrillic";

    QStringDecoder decoder(qtName.constData());
    if (!decoder.isValid())
        return {};
    const QByteArray qtCanonical = decoder.name() ? QByteArray(decoder.name()) : QByteArray();
    if (qtCanonical.compare("UTF-8", Qt::CaseInsensitive) == 0)
        return { Kind::Utf8, {}, {} };
    if (qtCanonical.startsWith("UTF-") || qtCanonical == "SCSU" || qtCanonical == "BOCU-1" || !isAsciiCompatible(qtName))
        return {};
    return { Kind::Qt, qtName, qtCanonical.isEmpty() ? QString::fromLatin1(label) : QString::fromLatin1(qtCanonical) };
}

// WHATWG's x-user-defined: ASCII, and the high bytes in a private use block.
QString fromUserDefined(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = QChar(b < 0x80 ? char16_t(b) : char16_t(0xF780 + b - 0x80));
    }
    return out;
}

// The value of a charset= inside a Content-Type, as WHATWG extracts it.
QByteArray charsetFromContentType(const QByteArray &content)
{
    static const QRegularExpression charset(QStringLiteral(R"re(charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+)))re"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(QString::fromLatin1(content));
    if (!m.hasMatch())
        return QByteArray();
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            return m.captured(i).toLatin1();
    }
    return QByteArray();
}

QByteArray normaliseLabel(const QByteArray &label)
{
    return label.trimmed().toLower();
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
    const bool hasBom = startsWith(bytes, { 0xEF, 0xBB, 0xBF }) || startsWith(bytes, { 0xFF, 0xFE })
        || startsWith(bytes, { 0xFE, 0xFF }) || startsWith(bytes, { 0x00, 0x00, 0xFE, 0xFF });
    if (hasBom) {
        Decoded result = decode(bytes);
        // The label is read from the decoded text only when it is ASCII-
        // compatible; UTF-16 and UTF-32 pages have nothing to say against their BOM.
        if (result.encoding == Encoding::Utf8Bom)
            result.declared = htmlDeclaredCharset(bytes.mid(3));
        const Charset declared = resolveLabel(result.declared);
        if (!result.declared.isEmpty() && declared.kind != Charset::Kind::Utf8) {
            result.note = tr("The page declares the character encoding “%1”, but starts with a byte order mark "
                             "for %2, which was followed.")
                              .arg(QString::fromLatin1(result.declared), result.name());
        }
        return result;
    }

    const QByteArray label = htmlDeclaredCharset(bytes);
    if (label.isEmpty())
        return decode(bytes);
    const Charset charset = resolveLabel(label);
    const QString labelText = QString::fromLatin1(label);
    Decoded result;
    switch (charset.kind) {
    case Charset::Kind::Unknown:
        result = decode(bytes);
        result.note = tr("The page declares the character encoding “%1”, which Kanttekening cannot read; the text "
                         "was read as %2.")
                          .arg(labelText, result.name());
        break;
    case Charset::Kind::Utf8:
        // A UTF-8 label on bytes that are not UTF-8 is wrong too; decode() then
        // falls back to Windows-1252 instead of showing replacement characters.
        result = decode(bytes);
        if (result.encoding != Encoding::Utf8) {
            result.note = tr("The page declares the character encoding “%1”, but its bytes are not valid in it; "
                             "the text was read as %2.")
                              .arg(labelText, result.name());
        }
        break;
    case Charset::Kind::Windows1252:
    case Charset::Kind::UserDefined:
    case Charset::Kind::Qt:
        // A page saved as UTF-8 but still claiming its old charset is common;
        // valid non-ASCII UTF-8 is practically never real text in any other
        // encoding (in single-byte ones every accented letter would have to be
        // followed by the right symbols, and Shift_JIS, GBK, Big5 and EUC-KR
        // lead bytes break UTF-8 at once).
        if (hasNonAscii(bytes) && isValidUtf8(bytes)) {
            result = decodeStrict(bytes, QStringConverter::Utf8, Encoding::Utf8);
            result.note = tr("The page declares the character encoding “%1”, but its bytes are UTF-8, which was "
                             "followed.")
                              .arg(labelText);
        } else if (charset.kind == Charset::Kind::Windows1252) {
            result.text = fromWindows1252(bytes);
            result.encoding = Encoding::Windows1252;
        } else if (charset.kind == Charset::Kind::UserDefined) {
            result.text = fromUserDefined(bytes);
            result.encoding = Encoding::Other;
            result.charset = charset.name;
        } else {
            QStringDecoder decoder(charset.qtName.constData(), QStringConverter::Flag::Stateless);
            result.text = decoder.decode(bytes);
            result.encoding = Encoding::Other;
            result.charset = charset.name;
            // As in a browser: the few bad bytes show as replacement
            // characters, the rest of the page stays readable.
            if (decoder.hasError()) {
                result.note = tr("Some bytes of the page are not valid in its character encoding %1; they are "
                                 "shown as �.")
                                  .arg(charset.name);
            }
        }
        break;
    }
    result.declared = label;
    return result;
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
    case Encoding::Other: return QStringLiteral("?");
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
    const QByteArray head = bytes.left(4096);
    const QString text = QString::fromLatin1(head);
    // WHATWG's prescan, simplified: comments skipped, the first <meta> with
    // a charset attribute, or with http-equiv=content-type and a charset in
    // its content, decides.
    static const QRegularExpression tagOrComment(QStringLiteral(R"(<!--.*?-->|<meta[\s/][^>]*>?)"),
                                                 QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(
        QStringLiteral(R"re(([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?)re"));
    QRegularExpressionMatchIterator tags = tagOrComment.globalMatch(text);
    while (tags.hasNext()) {
        const QRegularExpressionMatch tag = tags.next();
        if (tag.capturedView().startsWith(QLatin1String("<!--")))
            continue;
        QByteArray charset;
        QByteArray httpEquiv;
        QByteArray content;
        QRegularExpressionMatchIterator attributes = attribute.globalMatch(tag.capturedView().mid(5));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch a = attributes.next();
            const QString name = a.captured(1).toLower();
            QString value = a.captured(2);
            if (value.isEmpty())
                value = a.captured(3);
            if (value.isEmpty())
                value = a.captured(4);
            if (name == QLatin1String("charset") && charset.isEmpty())
                charset = value.toLatin1();
            else if (name == QLatin1String("http-equiv") && httpEquiv.isEmpty())
                httpEquiv = normaliseLabel(value.toLatin1());
            else if (name == QLatin1String("content") && content.isEmpty())
                content = value.toLatin1();
        }
        if (charset.isEmpty() && httpEquiv == "content-type")
            charset = charsetFromContentType(content);
        charset = normaliseLabel(charset);
        if (!charset.isEmpty())
            return charset;
    }
    // XHTML: <?xml version="1.0" encoding="ISO-8859-2"?> at the very start.
    static const QRegularExpression xmlDeclaration(
        QStringLiteral(R"(^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["'])"));
    const QRegularExpressionMatch xml = xmlDeclaration.match(text);
    if (xml.hasMatch())
        return normaliseLabel(xml.captured(1).toLatin1());
    return QByteArray();
}

bool TextDecoder::isGzip(QByteArrayView bytes)
{
    // Magic and the only compression method gzip defines (deflate).
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes.at(0)) == 0x1F
        && static_cast<unsigned char>(bytes.at(1)) == 0x8B && bytes.at(2) == 8;
}

TextDecoder::GzipResult TextDecoder::gunzip(QByteArrayView bytes, qint64 limit, QByteArray *out)
{
    out->clear();
    if (!isGzip(bytes))
        return GzipResult::Damaged;
    z_stream stream = {};
    // 16 + MAX_WBITS: a gzip header and trailer, not zlib's.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return GzipResult::Damaged;
    constexpr qint64 Chunk = 1024 * 1024;
    auto *next = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    qint64 remaining = bytes.size();
    GzipResult result = GzipResult::Damaged;
    for (;;) {
        if (stream.avail_in == 0 && remaining > 0) {
            const auto take = uInt(qMin<qint64>(remaining, 1 << 30));
            stream.next_in = next;
            stream.avail_in = take;
            next += take;
            remaining -= take;
        }
        // One byte more than the limit tells "too large" from "exactly the limit".
        const qint64 room = limit + 1 - out->size();
        if (room <= 0) {
            result = GzipResult::TooLarge;
            break;
        }
        const qsizetype before = out->size();
        const qint64 grow = qMin(Chunk, room);
        out->resize(before + grow);
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + before);
        stream.avail_out = uInt(grow);
        const int status = inflate(&stream, Z_NO_FLUSH);
        out->resize(before + (grow - stream.avail_out));
        if (status == Z_STREAM_END) {
            // Another member may follow (gzip concatenates them); anything
            // else after the end is ignored, as gzip itself does.
            if (stream.avail_in == 0 && remaining > 0) {
                const auto take = uInt(qMin<qint64>(remaining, 1 << 30));
                stream.next_in = next;
                stream.avail_in = take;
                next += take;
                remaining -= take;
            }
            if (stream.avail_in >= 3 && isGzip(QByteArrayView(reinterpret_cast<const char *>(stream.next_in), 3))
                && inflateReset(&stream) == Z_OK)
                continue;
            result = out->size() > limit ? GzipResult::TooLarge : GzipResult::Ok;
            break;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && remaining == 0)
            break;   // cut off
        if (status != Z_OK && status != Z_BUF_ERROR)
            break;   // corrupt
    }
    inflateEnd(&stream);
    if (result != GzipResult::Ok)
        out->clear();
    return result;
}

} // namespace ktk
