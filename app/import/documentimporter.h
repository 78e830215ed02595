// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/documentlimits.h"
#include "store/records.h"
#include "util/result.h"

#include <QCoreApplication>

namespace ktk {

struct DocumentImportOptions
{
    QString password;           // for an encrypted PDF
    // PDFs: extract the text of every page now (the command line), not
    // later in the background (the window, which shows the first page at once).
    bool extractPdfText = false;
    // Web pages: keep the whole page, not only the article it holds (reader
    // mode, the default). A page with no article is kept whole either way.
    bool fullPage = false;
};

// Turns a file or pasted content into a Document ready to be stored: original
// bytes kept, text decoded, metadata guessed, canonical text built the same way
// DocumentRenderer builds it for the view. Never touches the network.
class DocumentImporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImporter)
public:
    static constexpr qint64 MaxFileSize = DocumentLimits::MaxOriginalBytes;

    static bool isSupportedFile(const QString &path);    // by suffix: txt, text, md, markdown, html, htm, pdf
    static QStringList supportedSuffixes();

    using Options = DocumentImportOptions;
    // Why an import failed, where the caller can do something about it.
    enum class Failure { Other, PasswordRequired, WrongPassword };

    // Reads path. Failure messages are translated and name the file and the reason.
    static Result<Document> importFile(const QString &path, const Options &options = {}, Failure *failure = nullptr);
    // The same for bytes already in memory; fileName decides the format.
    static Result<Document> importBytes(const QByteArray &bytes, const QString &fileName, const Options &options = {},
                                        Failure *failure = nullptr);
    // "Paste as new document": html wins over text when both are there.
    static Result<Document> importPasted(const QString &html, const QString &plainText);
};

} // namespace ktk
