// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ktk {

struct WebPageMetadata
{
    QString title;
    QString author;      // the person or persons who wrote it, never the site
    QDate published;     // in the page's own time zone
    QString language;    // primary subtag, lower-case ("nl")
    QString sourceUrl;   // absolute http(s) URL of the page itself
    QString publisher;   // the site or organisation that published it
};

// Reads a saved web page's metadata, from the most trusted source down:
// JSON-LD (schema.org Article, NewsArticle, BlogPosting, Report, WebPage ...,
// objects, arrays and @graph), citation_* and Dublin Core meta tags,
// article:* (Open Graph), og:*, <link rel=canonical>, <time datetime> and
// the byline near the first headline, <html lang>. No per-site rules.
class WebMetadata
{
public:
    // JSON-LD is parsed with QJsonDocument; a script beyond PerScriptLimit is
    // skipped, and scripts stop being read after TotalLimit characters.
    static constexpr qsizetype PerScriptLimit = 1024 * 1024;
    static constexpr qsizetype TotalLimit = 4 * 1024 * 1024;

    static WebPageMetadata read(const QString &html);
};

} // namespace ktk
