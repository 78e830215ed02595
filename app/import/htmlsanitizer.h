// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ktk {

// Strips what a reader must never run or fetch from a saved web page: scripts,
// styles, iframes, objects, forms, links to style sheets, event attributes, and
// every image that is not an embedded data: URL. Also reads the metadata.
class HtmlSanitizer
{
public:
    struct Metadata { QString title; QString author; QDate published; QString language; QString sourceUrl; };

    static QString sanitize(const QString &html);
    static Metadata metadata(const QString &html);
};

} // namespace ktk
