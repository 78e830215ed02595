// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfpagetext.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPolygonF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace ktk {

// What a PDF says about itself in its document information dictionary.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QDateTime created;      // invalid when absent
    QString creator;        // the program that made the original document
};

// An annotation that was already inside the PDF (made in another reader).
// Shown read-only; the user may take it over as a claim.
struct PdfEmbeddedAnnotation
{
    enum class Kind { Highlight, Underline, StrikeOut, Squiggly, Note, FreeText, Stamp, Ink, Shape, Other };
    Kind kind = Kind::Other;
    int page = -1;                  // 0-based
    QString author;
    QString contents;               // the note text
    QColor colour;                  // invalid when the PDF gives none
    QDateTime modified;             // invalid when absent
    QVector<QPolygonF> quads;       // text markup: normalised 0..1, origin top-left
    QRectF boundary;                // normalised 0..1, origin top-left
    QString quote;                  // the page text under the quads (markup kinds), else empty
};

// One open PDF (a Poppler document) for one shown or imported document. All
// calls are safe from any thread: Poppler is not, so they take turns on an
// internal mutex. No widgets: the page view lives in ui/document/.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    enum class LoadError { None, Damaged, PasswordRequired, WrongPassword, NoPages };
    struct LoadResult
    {
        std::shared_ptr<PdfDocument> document;   // null on failure
        LoadError error = LoadError::None;
        QString message;    // translated, names fileName and the reason
        bool ok() const { return document != nullptr; }
    };

    // bytes is kept (implicitly shared, not copied, unless the file has an
    // output intent: see pdfdocument.cpp). fileName is only for messages.
    // An encrypted file needs password (user or owner password); without one
    // the result is PasswordRequired, with a wrong one WrongPassword.
    static LoadResult load(const QByteArray &bytes, const QString &fileName, const QString &password = {});

    ~PdfDocument();

    int pageCount() const;
    // Page size in points (1/72 inch) as shown, /Rotate applied; an invalid
    // size for a page number out of range.
    QSizeF pageSize(int page) const;
    PdfMetadata metadata() const;
    bool isEncrypted() const;
    QByteArray bytes() const;           // the file as given to load()

    // The page rendered to an image of widthPixels (height in proportion),
    // annotations already in the PDF included. Null for a bad page number or
    // an absurd size (more than PdfDocument::MaxRenderPixels pixels).
    QImage renderPage(int page, int widthPixels) const;
    static constexpr qint64 MaxRenderPixels = 64ll * 1024 * 1024;
    // The same, giving up early (a null image) once abort returns true; the
    // renderer uses it so that closing a document does not wait for a page.
    QImage renderPage(int page, int widthPixels, const std::function<bool()> &abort) const;

    // The page's text layer in Poppler's reading order (see PdfPageText).
    PdfPageText pageText(int page) const;

    // Annotations the PDF itself carries, of all pages or one.
    QVector<PdfEmbeddedAnnotation> embeddedAnnotations() const;
    QVector<PdfEmbeddedAnnotation> embeddedAnnotations(int page) const;

private:
    PdfDocument();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ktk
