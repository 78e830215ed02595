// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The importer as a whole, as the program runs it (QGuiApplication on the
// offscreen platform): the same bytes imported as a text, a Markdown and an
// HTML file, and each document that imports then shown the way the reading
// view shows it, rendered again from its stored bytes and laid out.
// Oracles: an import gives a document with text or a reason why not, and a
// document that imported renders to the text its anchors index into.

#include "fuzzcommon.h"

#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"

#include <QAbstractTextDocumentLayout>

using namespace ktk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray b = fuzz::bytes(data, size);
    for (const char *name : { "fuzz.txt", "fuzz.md", "fuzz.html" }) {
        const Result<Document> r = DocumentImporter::importBytes(b, QString::fromLatin1(name));
        if (!r.ok()) {
            KTK_FUZZ_CHECK(!r.error().isEmpty(), "a refused import gives no reason");
            continue;
        }
        KTK_FUZZ_CHECK(!r->canonicalText.trimmed().isEmpty(), "a document without text was imported");
        SafeTextDocument view;
        const bool same = DocumentRenderer::render(*r, &view);
        KTK_FUZZ_CHECK(same, "the view renders another text than the import stored");
        // Laying out decodes embedded images and shapes the text, as the view does.
        view.setTextWidth(600);
        (void)view.documentLayout()->documentSize();
    }
    return 0;
}
