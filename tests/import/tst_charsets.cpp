// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Character encodings of imported pages and text files (declared charsets,
// BOMs, UTF-16 without BOM) and gzip-compressed pages, through
// DocumentImporter::importBytes as a user's file would go.
#include "import/documentimporter.h"
#include "import/textdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <zlib.h>

using namespace ktk;

class TestCharsets : public QObject
{
    Q_OBJECT

private slots:
    void declaredCharset_isFollowed_data();
    void declaredCharset_isFollowed();
    void labels_areTrimmedCaseInsensitiveAndAliased_data();
    void labels_areTrimmedCaseInsensitiveAndAliased();
    void unknownLabel_fallsBackToDetectionWithANote();
    void bomOverridesMeta_andSaysSo();
    void utf8Bytes_winOverALegacyLabel();
    void gzippedPage_isUnpackedAndStoredUnpacked();
    void gzippedTextFile_isUnpacked();
    void damagedGzip_isRefusedNamingFileAndReason();
    void gzipBomb_isRefusedQuicklyInBoundedMemory();
};

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>";
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? hex("fffe") : hex("feff");
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream s = {};
    if (deflateInit2(&s, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 64, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int status = deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return status == Z_STREAM_END ? out : QByteArray();
}

// A valid gzip file of `megabytes` MB of zeros, made without compressing
// them all: a full flush leaves the compressor without memory of what came
// before, so each further megabyte compresses to the same bytes, which are
// simply repeated; the trailer's CRC is combined arithmetically.
QByteArray gzipOfZeros(int megabytes)
{
    const QByteArray zeros(1024 * 1024, '\0');
    z_stream s = {};
    deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    auto compress = [&](int flush) {
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        s.avail_in = flush == Z_FINISH ? 0 : uInt(zeros.size());
        s.next_out = reinterpret_cast<Bytef *>(buffer.data());
        s.avail_out = uInt(buffer.size());
        deflate(&s, flush);
        return buffer.left(buffer.size() - qsizetype(s.avail_out));
    };
    const QByteArray first = compress(Z_FULL_FLUSH);
    const QByteArray repeated = compress(Z_FULL_FLUSH);
    const QByteArray last = compress(Z_FINISH);
    deflateEnd(&s);

    QByteArray out = hex("1f8b08000000000002ff");
    out += first;
    for (int i = 1; i < megabytes; ++i)
        out += repeated;
    out += last;
    const uLong crcOfChunk = crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(zeros.size()));
    uLong crc = 0;
    for (int i = 0; i < megabytes; ++i)
        crc = crc32_combine(crc, crcOfChunk, zeros.size());
    const quint32 size = quint32(quint64(megabytes) * 1024 * 1024);
    for (quint32 v : { quint32(crc), size }) {
        for (int b = 0; b < 4; ++b)
            out.append(char((v >> (8 * b)) & 0xFF));
    }
    return out;
}

// Peak resident memory so far, in kB (Linux); -1 elsewhere.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void TestCharsets::declaredCharset_isFollowed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iso-8859-15 euro") << page("<meta charset=\"iso-8859-15\">", "Prijs: " + hex("a4") + " 5")
                                      << QStringLiteral("p.html") << QStringLiteral("Prijs: € 5");
    QTest::newRow("windows-1250, http-equiv")
        << page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">",
                hex("50f8ede8696e61"))
        << QStringLiteral("p.html") << QStringLiteral("Příčina");
    QTest::newRow("http-equiv, content first")
        << page("<meta content='text/html;charset=\"windows-1250\"' http-equiv=content-type>", hex("50f8ede8696e61"))
        << QStringLiteral("p.html") << QStringLiteral("Příčina");
    QTest::newRow("koi8-r") << page("<meta charset=koi8-r>", hex("f0d2c9d7c5d42c20cdc9d2"))
                            << QStringLiteral("p.htm") << QStringLiteral("Привет, мир");
    QTest::newRow("shift_jis") << page("<meta charset=\"Shift_JIS\">", hex("93fa967b8cea82cc8365834c83588367"))
                               << QStringLiteral("p.html") << QStringLiteral("日本語のテキスト");
    QTest::newRow("gb2312 read as gb18030") << page("<meta charset=gb2312>", hex("d6d0cec4"))
                                            << QStringLiteral("p.html") << QStringLiteral("中文");
    QTest::newRow("euc-kr") << page("<meta charset=euc-kr>", hex("c7d1b1b9beee")) << QStringLiteral("p.html")
                            << QStringLiteral("한국어");
    QTest::newRow("xml declaration, iso-8859-2")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                      "<head><title>t</title></head><body><p>")
               + hex("5a61bff3b3e6") + "</p></body></html>"
        << QStringLiteral("p.html") << QStringLiteral("Zażółć");
    QTest::newRow("meta in a comment does not count")
        << page("<!-- <meta charset=koi8-r> --><meta charset=windows-1250>", hex("50f8ede8696e61"))
        << QStringLiteral("p.html") << QStringLiteral("Příčina");
    QTest::newRow("utf-16 in a meta means utf-8") << page("<meta charset=utf-16>", QStringLiteral("één").toUtf8())
                                                  << QStringLiteral("p.html") << QStringLiteral("één");
    const QString text = QStringLiteral("Příčina € één");
    const QString html = QStringLiteral("<html><head><title>t</title></head><body><p>%1</p></body></html>").arg(text);
    QTest::newRow("utf-16 LE page with BOM") << utf16(html, true, true) << QStringLiteral("p.html") << text;
    QTest::newRow("utf-16 BE page with BOM") << utf16(html, false, true) << QStringLiteral("p.html") << text;
    QTest::newRow("utf-16 LE page without BOM") << utf16(html, true, false) << QStringLiteral("p.html") << text;
    QTest::newRow("utf-16 BE page without BOM") << utf16(html, false, false) << QStringLiteral("p.html") << text;
    QTest::newRow("utf-16 LE text without BOM") << utf16(text + u'\n', true, false) << QStringLiteral("t.txt")
                                                << text;
    QTest::newRow("utf-16 BE text with BOM") << utf16(text + u'\n', false, true) << QStringLiteral("t.txt") << text;
    QTest::newRow("no label, windows-1252") << page("", hex("93") + "Hoi" + hex("94") + " " + hex("80") + " 5")
                                            << QStringLiteral("p.html") << QStringLiteral("“Hoi” € 5");
}

void TestCharsets::declaredCharset_isFollowed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const Result<Document> result = DocumentImporter::importBytes(bytes, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->canonicalText.contains(expected), qPrintable(result->canonicalText));
}

void TestCharsets::labels_areTrimmedCaseInsensitiveAndAliased_data()
{
    QTest::addColumn<QByteArray>("meta");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("charset");

    QTest::newRow("spaces and capitals") << QByteArray("<meta charset=\"  ISO-8859-15 \">") << hex("a4")
                                         << QStringLiteral("€") << QStringLiteral("ISO-8859-15");
    QTest::newRow("latin1 is windows-1252") << QByteArray("<meta charset=latin1>") << hex("80") << QStringLiteral("€")
                                            << QStringLiteral("Windows-1252");
    QTest::newRow("us-ascii is windows-1252") << QByteArray("<meta charset=us-ascii>") << hex("93") + "x" + hex("94")
                                              << QStringLiteral("“x”") << QStringLiteral("Windows-1252");
    QTest::newRow("iso-8859-9 is windows-1254") << QByteArray("<meta charset=iso-8859-9>") << hex("80")
                                                << QStringLiteral("€") << QStringLiteral("windows-1254");
    QTest::newRow("x-user-defined") << QByteArray("<meta charset=x-user-defined>") << hex("80ff")
                                    << QString(QChar(0xF780)) + QChar(0xF7FF) << QStringLiteral("x-user-defined");
}

void TestCharsets::labels_areTrimmedCaseInsensitiveAndAliased()
{
    QFETCH(QByteArray, meta);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, charset);
    const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(page(meta, body));
    QVERIFY2(decoded.text.contains(expected), qPrintable(decoded.text));
    QCOMPARE(decoded.name(), charset);
    QVERIFY2(decoded.note.isEmpty(), qPrintable(decoded.note));
}

void TestCharsets::unknownLabel_fallsBackToDetectionWithANote()
{
    const QByteArray bytes = page("<meta charset=x-klingon>", QByteArray("caf") + hex("e9"));
    const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(bytes);
    QCOMPARE(decoded.encoding, TextDecoder::Encoding::Windows1252);
    QCOMPARE(decoded.declared, QByteArray("x-klingon"));
    QVERIFY2(decoded.note.contains(QLatin1String("x-klingon")), qPrintable(decoded.note));

    const Result<Document> result = DocumentImporter::importBytes(bytes, QStringLiteral("klingon.html"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->canonicalText.contains(QStringLiteral("café")), qPrintable(result->canonicalText));

    // Known to ICU, but not ASCII: no page that says so in ASCII is in it.
    const TextDecoder::Decoded ebcdic = TextDecoder::decodeHtml(page("<meta charset=ebcdic-cp-us>", "plain"));
    QCOMPARE(ebcdic.encoding, TextDecoder::Encoding::Utf8);
    QVERIFY(!ebcdic.note.isEmpty());
}

void TestCharsets::bomOverridesMeta_andSaysSo()
{
    const QByteArray bytes = hex("efbbbf") + page("<meta charset=windows-1250>", QStringLiteral("Příčina").toUtf8());
    const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(bytes);
    QCOMPARE(decoded.encoding, TextDecoder::Encoding::Utf8Bom);
    QCOMPARE(decoded.declared, QByteArray("windows-1250"));
    QVERIFY(!decoded.note.isEmpty());
    const Result<Document> result = DocumentImporter::importBytes(bytes, QStringLiteral("bom.html"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->canonicalText.contains(QStringLiteral("Příčina")), qPrintable(result->canonicalText));

    const QByteArray utf16Bytes = utf16(QString::fromLatin1(page("<meta charset=koi8-r>", "Hallo")), true, true);
    const Result<Document> utf16Result = DocumentImporter::importBytes(utf16Bytes, QStringLiteral("bom16.html"));
    QVERIFY2(utf16Result.ok(), qPrintable(utf16Result.error()));
    QVERIFY(utf16Result->canonicalText.contains(QStringLiteral("Hallo")));
}

void TestCharsets::utf8Bytes_winOverALegacyLabel()
{
    for (const char *label : { "windows-1250", "shift_jis", "koi8-r", "iso-8859-15" }) {
        const QByteArray bytes = page(QByteArray("<meta charset=") + label + '>', QStringLiteral("Příčina €").toUtf8());
        const TextDecoder::Decoded decoded = TextDecoder::decodeHtml(bytes);
        QCOMPARE(decoded.encoding, TextDecoder::Encoding::Utf8);
        QVERIFY2(decoded.text.contains(QStringLiteral("Příčina €")), label);
        QVERIFY(!decoded.note.isEmpty());
    }
}

void TestCharsets::gzippedPage_isUnpackedAndStoredUnpacked()
{
    const QByteArray html = page("<meta charset=windows-1250>", hex("50f8ede8696e61"));
    const QByteArray packed = gzip(html);
    QVERIFY(TextDecoder::isGzip(packed));
    const Result<Document> result = DocumentImporter::importBytes(packed, QStringLiteral("opgeslagen.html"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(result->canonicalText.contains(QStringLiteral("Příčina")), qPrintable(result->canonicalText));
    QCOMPARE(result->originalBytes, html);

    // Two gzip members, as `cat a.gz b.gz` makes them, are one file.
    QByteArray both;
    QCOMPARE(TextDecoder::gunzip(QByteArray(gzip("een ") + gzip("twee")), 1000, &both), TextDecoder::GzipResult::Ok);
    QCOMPARE(both, QByteArray("een twee"));
}

void TestCharsets::gzippedTextFile_isUnpacked()
{
    const Result<Document> result = DocumentImporter::importBytes(gzip("Gewoon een tekst.\n"),
                                                                  QStringLiteral("notitie.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->canonicalText.trimmed(), QStringLiteral("Gewoon een tekst."));
}

void TestCharsets::damagedGzip_isRefusedNamingFileAndReason()
{
    const QByteArray packed = gzip(QByteArray(10000, 'x') + "<p>end</p>");
    for (const QByteArray &broken : { packed.left(packed.size() / 2), QByteArray(packed.left(12) + QByteArray(40, '\x55')) }) {
        const Result<Document> result = DocumentImporter::importBytes(broken, QStringLiteral("kapot.html"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("kapot.html")), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("compressed (gzip)")), qPrintable(result.error()));
    }
    // Unpacks to gzip again: not followed further.
    const Result<Document> twice = DocumentImporter::importBytes(gzip(gzip("<p>x</p>")), QStringLiteral("2x.html"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QLatin1String("2x.html")), qPrintable(twice.error()));
}

void TestCharsets::gzipBomb_isRefusedQuicklyInBoundedMemory()
{
    const QByteArray bomb = gzipOfZeros(1024);   // 1 GB of zeros
    QVERIFY2(bomb.size() < 2 * 1024 * 1024, QByteArray::number(bomb.size()));
    // The bomb is a real gzip file: a small one of the same making unpacks.
    QByteArray small;
    QCOMPARE(TextDecoder::gunzip(gzipOfZeros(3), 4 * 1024 * 1024, &small), TextDecoder::GzipResult::Ok);
    QCOMPARE(small, QByteArray(3 * 1024 * 1024, '\0'));

    const qint64 peakBefore = peakResidentKb();
    QElapsedTimer timer;
    timer.start();
    const Result<Document> result = DocumentImporter::importBytes(bomb, QStringLiteral("bom.html"));
    const qint64 ms = timer.elapsed();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QLatin1String("bom.html")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QLatin1String("compressed (gzip)")), qPrintable(result.error()));
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    if (peakBefore >= 0) {
        // The import's own limit (64 MB) plus slack, never the gigabyte.
        const qint64 grownMb = (peakResidentKb() - peakBefore) / 1024;
        QVERIFY2(grownMb < DocumentImporter::MaxFileSize / (1024 * 1024) + 64, qPrintable(QString::number(grownMb)));
    }
}

QTEST_MAIN(TestCharsets)
#include "tst_charsets.moc"
