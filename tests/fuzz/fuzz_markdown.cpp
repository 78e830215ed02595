// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Importing a Markdown file: decoder, Qt's Markdown reader (GitHub dialect),
// the image clean-up and the title, under a QGuiApplication on the offscreen
// platform as the program runs. Input: the .md file's bytes.

#include "fuzzcommon.h"

#include "import/documentimporter.h"

using namespace ktk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Document> r = DocumentImporter::importBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.md"));
    if (r.ok()) {
        KTK_FUZZ_CHECK(!r->canonicalText.trimmed().isEmpty(), "a document without text was imported");
        KTK_FUZZ_CHECK(!r->meta.title.isEmpty(), "an imported document has no title");
    } else {
        KTK_FUZZ_CHECK(!r.error().isEmpty(), "a refused import gives no reason");
    }
    return 0;
}
