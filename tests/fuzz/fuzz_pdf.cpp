// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A PDF as the program opens one: PdfDocument::load without a password and,
// when that is refused, with one; then what the import, the page view and
// taking over other readers' annotations ask of it. Oracles: a refusal gives
// a reason; an opened document has pages; a page's text layer answers hit
// tests and quads inside its own text; a render is the size asked for.
// Poppler and Qt are not instrumented (Debian's builds), so ASan watches our
// code closely and Poppler only where it hands us memory or crashes outright.

#include "fuzzcommon.h"

#include "pdf/pdfdocument.h"

#include <QPointF>

using namespace ktk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(fuzz::App::Core);
    return 0;
}

namespace {

void exercisePage(const PdfDocument &pdf, int page)
{
    (void)pdf.pageSize(page);
    const PdfPageText text = pdf.pageText(page);
    const int n = text.size();
    static const QPointF points[] = { { 0, 0 }, { 0.5, 0.5 }, { 1, 1 }, { 0.1, 0.9 }, { -3, 7 }, { 1e9, -1e9 } };
    for (const QPointF &p : points) {
        const int caret = text.caretNearest(p);
        KTK_FUZZ_CHECK(caret >= -1 && caret <= n, "caretNearest outside the text");
        KTK_FUZZ_CHECK(!text.hasText() || caret >= 0, "no caret on a page with text");
        const int at = text.charAt(p);
        KTK_FUZZ_CHECK(at >= -1 && at < n, "charAt outside the text");
        if (at >= 0) {
            const QPair<int, int> word = text.wordAt(at);
            KTK_FUZZ_CHECK(word.first >= 0 && word.first <= word.second && word.second <= n, "wordAt outside the text");
        }
    }
    if (n > 0) {
        const auto quads = text.quads(0, n);
        for (const QPolygonF &q : quads)
            KTK_FUZZ_CHECK(q.size() == 4, "a quad without four points");
        (void)text.textIn(quads);
        (void)text.quads(n / 3, n - n / 3);
        (void)text.rangesIn(QRectF(0, 0, 0.5, 0.5));
        (void)text.lineAt(n - 1);
    }
    (void)pdf.embeddedAnnotations(page);
    const QImage image = pdf.renderPage(page, 200);
    KTK_FUZZ_CHECK(image.isNull() || image.width() == 200, "a render of another width than asked");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    PdfDocument::LoadResult loaded = PdfDocument::load(bytes, QStringLiteral("fuzz.pdf"));
    if (!loaded.ok()) {
        KTK_FUZZ_CHECK(!loaded.message.isEmpty(), "a refused PDF gives no reason");
        KTK_FUZZ_CHECK(loaded.message.contains(QLatin1String("fuzz.pdf")), "a refusal does not name the file");
        if (loaded.error != PdfDocument::LoadError::PasswordRequired)
            return 0;
        loaded = PdfDocument::load(bytes, QStringLiteral("fuzz.pdf"), QStringLiteral("x"));
        if (!loaded.ok()) {
            KTK_FUZZ_CHECK(loaded.error != PdfDocument::LoadError::PasswordRequired,
                           "a password given is asked for again");
            return 0;
        }
    }
    const PdfDocument &pdf = *loaded.document;
    KTK_FUZZ_CHECK(pdf.pageCount() > 0, "a PDF without pages opened");
    (void)pdf.metadata();
    (void)pdf.isEncrypted();
    for (int page = 0; page < qMin(2, pdf.pageCount()); ++page)
        exercisePage(pdf, page);
    // Out of range asks nothing of Poppler.
    KTK_FUZZ_CHECK(!pdf.pageSize(pdf.pageCount()).isValid(), "a size for a page that is not there");
    KTK_FUZZ_CHECK(pdf.renderPage(-1, 200).isNull(), "a render of a page that is not there");
    KTK_FUZZ_CHECK(pdf.pageText(pdf.pageCount()).size() == 0, "text on a page that is not there");
    return 0;
}
