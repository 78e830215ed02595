// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word and OpenDocument import (QGuiApplication on the offscreen platform).
// An input that is a zip (the seeds: a small .docx and .odt) is imported as
// both; any other input is taken as the XML of word/document.xml and of
// content.xml and packed into a zip here, so that mutations reach the XML
// readers instead of dying at the zip's checksums.
// Oracles: an import gives a document with text or a reason naming the file;
// conversion is deterministic (the view converts the stored bytes again);
// the view renders the text the import stored; comments never exceed their
// bounds.

#include "fuzzcommon.h"

#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/officecommentclaims.h"
#include "import/officedocument.h"
#include "import/safetextdocument.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace ktk;

namespace {

QByteArray zipOf(const QString &name, const QByteArray &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QuaZip archive(&buffer);
    archive.setAutoClose(false);
    if (!archive.open(QuaZip::mdCreate))
        return QByteArray();
    QuaZipFile file(&archive);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
        return QByteArray();
    file.write(content);
    file.close();
    archive.close();
    return bytes;
}

void importAndShow(const QByteArray &bytes, const QString &name, OfficeDocument::Kind kind)
{
    const QString html = OfficeDocument::toHtml(kind, bytes);
    KTK_FUZZ_CHECK(OfficeDocument::toHtml(kind, bytes) == html, "converting the same bytes twice differs");
    const Result<OfficeDocument::Converted> converted = OfficeDocument::convert(kind, bytes, name);
    if (converted.ok()) {
        KTK_FUZZ_CHECK(converted->html == html, "convert() and toHtml() differ");
        KTK_FUZZ_CHECK(converted->comments.size() <= OfficeDocument::MaxComments, "too many comments");
        for (const OfficeComment &c : converted->comments)
            KTK_FUZZ_CHECK(c.quote.size() <= 2000, "a comment's quote beyond its bound");
    } else {
        KTK_FUZZ_CHECK(converted.error().contains(name), "a refused conversion does not name the file");
    }
    const Result<Document> r = DocumentImporter::importBytes(bytes, name);
    if (!r.ok()) {
        KTK_FUZZ_CHECK(r.error().contains(name), "a refused import does not name the file");
        return;
    }
    KTK_FUZZ_CHECK(!r->canonicalText.trimmed().isEmpty(), "a document without text was imported");
    SafeTextDocument view;
    KTK_FUZZ_CHECK(DocumentRenderer::render(*r, &view), "the view renders another text than the import stored");
    // Its comments as claims: each on words of the text that are its quote.
    if (converted.ok()) {
        const OfficeCommentClaims::Outcome claims =
            OfficeCommentClaims::toClaims(converted->comments, 1, r->canonicalText, 1);
        KTK_FUZZ_CHECK(claims.claims.size() + claims.withoutText + claims.notFound == converted->comments.size(),
                       "a comment neither became a claim nor was counted");
        for (const Annotation &claim : claims.claims) {
            const TextSelector &t = claim.anchor.text();
            KTK_FUZZ_CHECK(t.isValid() && t.end <= r->canonicalText.size(), "a comment's claim outside the text");
            KTK_FUZZ_CHECK(r->canonicalText.mid(t.start, t.length()) == claim.quote(),
                           "a comment's claim is not on its quote");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray b = fuzz::bytes(data, size);
    if (b.startsWith("PK")) {
        importAndShow(b, QStringLiteral("fuzz.docx"), OfficeDocument::Kind::Docx);
        importAndShow(b, QStringLiteral("fuzz.odt"), OfficeDocument::Kind::Odt);
        return 0;
    }
    importAndShow(zipOf(QStringLiteral("word/document.xml"), b), QStringLiteral("fuzz.docx"),
                  OfficeDocument::Kind::Docx);
    importAndShow(zipOf(QStringLiteral("content.xml"), b), QStringLiteral("fuzz.odt"), OfficeDocument::Kind::Odt);
    return 0;
}
