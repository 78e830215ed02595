// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace ktk;
using Encoding = TextDecoder::Encoding;

Q_DECLARE_METATYPE(ktk::TextDecoder::Encoding)

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void windows1252_mapsEveryHighByteLikeWindows();
    void windows1252_equalsLatin1AboveA0();
    void brokenBomEncodings_areMarkedMalformed_data();
    void brokenBomEncodings_areMarkedMalformed();
    void decodeHtml_data();
    void decodeHtml();
    void declaredCharset_data();
    void declaredCharset();
    void normaliseLineEndings_makesEveryLineEndOneNewline_data();
    void normaliseLineEndings_makesEveryLineEndOneNewline();
    void encodingNames_areDistinct();
    void largeWindows1252Input_decodesToTheEnd();
};

namespace {

QByteArray bytes(std::initializer_list<unsigned char> list)
{
    QByteArray b;
    for (unsigned char c : list)
        b.append(char(c));
    return b;
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? bytes({ 0xFF, 0xFE }) : bytes({ 0xFE, 0xFF });
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

const QString Sample = QStringLiteral("Het café zegt: “€ 5,- per kop” — naïef?");

} // namespace

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("ascii") << QByteArray("Plain words\n") << QStringLiteral("Plain words\n") << Encoding::Utf8;
    QTest::newRow("utf-8") << Sample.toUtf8() << Sample << Encoding::Utf8;
    QTest::newRow("utf-8 with BOM") << bytes({ 0xEF, 0xBB, 0xBF }) + Sample.toUtf8() << Sample << Encoding::Utf8Bom;
    QTest::newRow("utf-8 BOM only") << bytes({ 0xEF, 0xBB, 0xBF }) << QString() << Encoding::Utf8Bom;
    QTest::newRow("utf-16 LE with BOM") << utf16(Sample, true, true) << Sample << Encoding::Utf16LE;
    QTest::newRow("utf-16 BE with BOM") << utf16(Sample, false, true) << Sample << Encoding::Utf16BE;
    QTest::newRow("utf-16 LE without BOM") << utf16(Sample, true, false) << Sample << Encoding::Utf16LE;
    QTest::newRow("utf-16 BE without BOM") << utf16(Sample, false, false) << Sample << Encoding::Utf16BE;
    QTest::newRow("utf-32 LE with BOM") << bytes({ 0xFF, 0xFE, 0x00, 0x00, 'A', 0, 0, 0, 0xAC, 0x20, 0, 0 })
                                        << QStringLiteral("A€") << Encoding::Utf32LE;
    QTest::newRow("utf-32 BE with BOM") << bytes({ 0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 'A', 0, 0, 0x20, 0xAC })
                                        << QStringLiteral("A€") << Encoding::Utf32BE;
    // “Hoi” € 5 café, as Windows Notepad saved it in a Western locale.
    QTest::newRow("cp1252 curly quotes and euro")
        << bytes({ 0x93, 'H', 'o', 'i', 0x94, ' ', 0x80, ' ', '5', ' ', 'c', 'a', 'f', 0xE9 })
        << QStringLiteral("“Hoi” € 5 café") << Encoding::Windows1252;
    QTest::newRow("latin-1 accents") << bytes({ 'c', 'a', 'f', 0xE9, ' ', 'n', 'a', 0xEF, 'e', 'f', ' ', 0xFC, 'b', 'e', 'r' })
                                     << QStringLiteral("café naïef über") << Encoding::Windows1252;
    // One invalid byte makes the whole file Windows-1252: mixing two
    // encodings in one file is rarer than a Latin-1 file with no accents
    // until late in the text.
    QTest::newRow("invalid utf-8 falls back")
        << QByteArray("Dit is ") + bytes({ 0xE9, 0xE9, 'n', ' ', 0x96, ' ', 't', 'w', 'e', 'e' })
        << QStringLiteral("Dit is één – twee") << Encoding::Windows1252;
    QTest::newRow("utf-8 cut off mid-sequence falls back") << QByteArray("caf") + bytes({ 0xC3 })
                                                            << QStringLiteral("cafÃ") << Encoding::Windows1252;
    QTest::newRow("overlong utf-8 is not utf-8") << bytes({ 'a', 0xC0, 0xAF }) << QStringLiteral("aÀ¯")
                                                 << Encoding::Windows1252;
    QTest::newRow("empty") << QByteArray() << QString() << Encoding::Utf8;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(Encoding, encoding);

    const TextDecoder::Decoded decoded = TextDecoder::decode(input);
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.malformed);
}

void TestTextDecoder::windows1252_mapsEveryHighByteLikeWindows()
{
    // From the Unicode consortium's CP1252.TXT; the five bytes it leaves
    // undefined become the C1 control of the same value (WHATWG).
    const char16_t expected[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QByteArray high;
    for (int b = 0x80; b <= 0x9F; ++b)
        high.append(char(b));
    const QString text = TextDecoder::fromWindows1252(high);
    QCOMPARE(text.size(), 32);
    for (int i = 0; i < 32; ++i)
        QCOMPARE(text.at(i).unicode(), expected[i]);
}

void TestTextDecoder::windows1252_equalsLatin1AboveA0()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b) {
        if (b < 0x80 || b > 0x9F)
            all.append(char(b));
    }
    QCOMPARE(TextDecoder::fromWindows1252(all), QString::fromLatin1(all));
}

void TestTextDecoder::brokenBomEncodings_areMarkedMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("utf-8 BOM, then Latin-1") << bytes({ 0xEF, 0xBB, 0xBF, 'c', 'a', 'f', 0xE9 });
    QTest::newRow("utf-16 LE, odd length") << utf16(QStringLiteral("abc"), true, true) + bytes({ 'd' });
    QTest::newRow("utf-16 BE, lone surrogate") << bytes({ 0xFE, 0xFF, 0xD8, 0x00, 0x00, 'a' });
}

void TestTextDecoder::brokenBomEncodings_areMarkedMalformed()
{
    QFETCH(QByteArray, input);
    QVERIFY(TextDecoder::decode(input).malformed);
}

void TestTextDecoder::decodeHtml_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedBodyText");
    QTest::addColumn<Encoding>("encoding");

    const QByteArray latin1Meta("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                                "</head><body>");
    QTest::newRow("latin-1 label, cp1252 bytes") << latin1Meta + bytes({ 0x93, 'M', 0xFC, 'n', 's', 't', 'e', 'r', 0x94 })
                                                 << QStringLiteral("“Münster”") << Encoding::Windows1252;
    QTest::newRow("latin-1 label, pure ascii") << latin1Meta + QByteArray("Muenster") << QStringLiteral("Muenster")
                                               << Encoding::Windows1252;
    QTest::newRow("latin-1 label on utf-8 bytes") << latin1Meta + QStringLiteral("Münster").toUtf8()
                                                  << QStringLiteral("Münster") << Encoding::Utf8;
    const QByteArray utf8Meta("<html><head><meta charset=utf-8></head><body>");
    QTest::newRow("utf-8 label, utf-8 bytes") << utf8Meta + QStringLiteral("één").toUtf8() << QStringLiteral("één")
                                              << Encoding::Utf8;
    QTest::newRow("utf-8 label on cp1252 bytes") << utf8Meta + bytes({ 0xE9, 0xE9, 'n' }) << QStringLiteral("één")
                                                 << Encoding::Windows1252;
    QTest::newRow("BOM beats the label") << bytes({ 0xEF, 0xBB, 0xBF }) + latin1Meta + QStringLiteral("één").toUtf8()
                                         << QStringLiteral("één") << Encoding::Utf8Bom;
    QTest::newRow("no label, cp1252 bytes") << QByteArray("<p>") + bytes({ 0x80, ' ', '3' }) << QStringLiteral("€ 3")
                                            << Encoding::Windows1252;
}

void TestTextDecoder::decodeHtml()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedBodyText);
    QFETCH(Encoding, encoding);

    const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(input);
    QVERIFY2(decoded.text.endsWith(expectedBodyText), qPrintable(decoded.text));
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("html5") << QByteArray("<!doctype html><meta charset=\"UTF-8\">") << QByteArray("utf-8");
    QTest::newRow("unquoted") << QByteArray("<META CHARSET=windows-1252>") << QByteArray("windows-1252");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv='content-type' content='text/html;charset=iso-8859-1'>")
                                << QByteArray("iso-8859-1");
    QTest::newRow("none") << QByteArray("<html><head><title>charset=utf-8</title>") << QByteArray();
    QTest::newRow("too far down") << QByteArray(5000, ' ') + QByteArray("<meta charset=utf-8>") << QByteArray();
}

void TestTextDecoder::declaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::htmlDeclaredCharset(html), charset);
}

void TestTextDecoder::normaliseLineEndings_makesEveryLineEndOneNewline_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("windows") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("old mac") << QStringLiteral("a\rb\r") << QStringLiteral("a\nb\n");
    QTest::newRow("mixed") << QStringLiteral("a\r\r\nb\n\rc") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("unix untouched") << QStringLiteral("a\n\nb") << QStringLiteral("a\n\nb");
}

void TestTextDecoder::normaliseLineEndings_makesEveryLineEndOneNewline()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextDecoder::normaliseLineEndings(input), expected);
}

void TestTextDecoder::encodingNames_areDistinct()
{
    const QList<Encoding> all = { Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16LE, Encoding::Utf16BE,
                                  Encoding::Utf32LE, Encoding::Utf32BE, Encoding::Windows1252 };
    QSet<QString> names;
    for (Encoding e : all)
        names.insert(TextDecoder::encodingName(e));
    QCOMPARE(names.size(), all.size());
    QVERIFY(!names.contains(QString()));
}

void TestTextDecoder::largeWindows1252Input_decodesToTheEnd()
{
    // 5 MB that fails UTF-8 validation only at the very end: the worst case.
    QByteArray big;
    big.reserve(5 * 1024 * 1024 + 16);
    while (big.size() < 5 * 1024 * 1024)
        big += "Een regel tekst over de begroting van de gemeente.\r\n";
    big += bytes({ 0x93, 'e', 'i', 'n', 'd', 0x94 });
    const TextDecoder::Decoded decoded = TextDecoder::decode(big);
    const QString normalised = TextDecoder::normaliseLineEndings(decoded.text);
    QCOMPARE(decoded.encoding, Encoding::Windows1252);
    QVERIFY(normalised.endsWith(QStringLiteral("“eind”")));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
