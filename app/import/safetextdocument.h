// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

namespace ktk {

// A QTextDocument that loads nothing from disk or network: only images
// embedded as data: URLs are decoded. HtmlSanitizer already removes every
// reference to outside resources; this is the second wall, for whatever it
// misses (and for raw HTML inside Markdown, which is not sanitised).
class SafeTextDocument : public QTextDocument
{
public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // Makes any QTextDocument ignore QTextDocument::defaultResourceProvider().
    // It cannot stop the document's own loadResource() (which reads local
    // files), so views should prefer a SafeTextDocument as their document.
    static void installRefusingProvider(QTextDocument *document);
    // The payload of a data: URL of an image; empty for anything else.
    static QByteArray dataUrlImage(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace ktk
