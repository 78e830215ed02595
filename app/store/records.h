// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ktk {

using DocumentId = qint64;
using AnnotationId = qint64;
using ClaimTypeId = qint64;

// The format a document came in; stored as the text key in the project file.
enum class SourceFormat { PlainText, Markdown, Html, Pdf, Docx, Odt };
QString formatKey(SourceFormat format);                 // "txt", "md", "html", "pdf", "docx", "odt"
SourceFormat formatFromKey(const QString &key, bool *ok = nullptr);

// What of a web page became the document: all of it, or the article it
// holds (reader mode). Other formats are always FullPage.
enum class ContentExtraction { FullPage, Article };

struct DocumentMeta
{
    QString title;
    QString sourceUrl;
    QString author;        // author or publisher
    QDate publishedOn;     // invalid when unknown
    QString language;      // ISO 639-1 ("nl", "en"), empty when unknown
    QString note;          // the researcher's note on the whole document
    bool operator==(const DocumentMeta &o) const
    { return title == o.title && sourceUrl == o.sourceUrl && author == o.author && publishedOn == o.publishedOn
          && language == o.language && note == o.note; }
    bool operator!=(const DocumentMeta &o) const { return !(*this == o); }
};

// Everything a document row holds except the large columns.
struct DocumentSummary
{
    DocumentId id = 0;
    DocumentMeta meta;
    SourceFormat format = SourceFormat::PlainText;
    QString fileName;       // the name it was imported from, for messages
    QDateTime importedAt;   // UTC
    int sortOrder = 0;
    int annotationCount = 0;
    int pageCount = 0;      // PDFs; 0 for text documents
    ContentExtraction extraction = ContentExtraction::FullPage;
};

// Where one page of a PDF is in the document's canonical text (its
// extracted text), and how large the page is.
struct PdfPageInfo
{
    int page = 0;           // 0-based
    QSizeF size;            // points, as shown (/Rotate applied)
    int textStart = 0;      // offsets into the canonical text
    int textEnd = 0;        // exclusive
    bool operator==(const PdfPageInfo &o) const
    { return page == o.page && size == o.size && textStart == o.textStart && textEnd == o.textEnd; }
};

struct Document
{
    DocumentId id = 0;      // 0 until stored
    DocumentMeta meta;
    SourceFormat format = SourceFormat::PlainText;
    QString fileName;
    QDateTime importedAt;   // UTC
    int sortOrder = 0;
    QByteArray originalBytes;   // the file as it was, so the project travels alone
    QString canonicalText;      // the text the view shows; anchors index into it
    // PDFs only. pages is empty until the text has been extracted (in the
    // background after import); canonicalText is then empty too.
    int pageCount = 0;
    QString pdfPassword;        // what opened an encrypted PDF, empty otherwise
    QVector<PdfPageInfo> pages;
    ContentExtraction extraction = ContentExtraction::FullPage;   // HTML only
    QString importNote;         // not stored: what the import report should say about it (translated)
};

// Built-in claim types carry a key so later the interface can show their
// name in the current language; a name the user typed has no key.
struct ClaimType
{
    ClaimTypeId id = 0;
    QString name;
    QString builtinKey;     // e.g. "factual"; empty for user-made types
    QString description;
    QColor colour;
    QString shortcut;       // e.g. "1"; empty for none
    int sortOrder = 0;
    bool operator==(const ClaimType &o) const
    { return id == o.id && name == o.name && builtinKey == o.builtinKey && description == o.description
          && colour == o.colour && shortcut == o.shortcut && sortOrder == o.sortOrder; }
    bool operator!=(const ClaimType &o) const { return !(*this == o); }
};

enum class VerificationStatus { Unchecked = 0, Supported, Disputed, False, Unverifiable };
constexpr int VerificationStatusCount = 5;
QString statusKey(VerificationStatus status);           // "unchecked", ...
VerificationStatus statusFromKey(const QString &key, bool *ok = nullptr);

class VerificationStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(VerificationStatus)
public:
    static QString displayName(VerificationStatus status);
};

struct Annotation
{
    AnnotationId id = 0;    // 0 until stored
    DocumentId documentId = 0;
    Anchor anchor;
    ClaimTypeId typeId = 0;
    QString note;
    QString claimant;       // who makes the claim
    VerificationStatus status = VerificationStatus::Unchecked;
    QStringList tags;       // sorted, unique, trimmed
    QDateTime created;      // UTC, millisecond precision
    QDateTime modified;     // UTC
    QString author;         // who annotated (the OS user by default)

    QString quote() const { return anchor.quote(); }
    bool operator==(const Annotation &o) const
    { return id == o.id && documentId == o.documentId && anchor == o.anchor && typeId == o.typeId && note == o.note
          && claimant == o.claimant && status == o.status && tags == o.tags && created == o.created
          && modified == o.modified && author == o.author; }
    bool operator!=(const Annotation &o) const { return !(*this == o); }
};

// Trims, drops empties and duplicates (case-insensitively) and sorts.
QStringList normalisedTags(const QStringList &tags);

} // namespace ktk
