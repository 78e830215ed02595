// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"
#include "util/result.h"

#include <QObject>
#include <QVector>
#include <memory>
#include <optional>

class QLockFile;

namespace ktk {

struct SchemaStep;

// One project: one SQLite file (.ktk). Every mutating call is one
// transaction, committed before it returns, so what the screen shows as done
// is on disk. Mutations announce themselves through signals so that models
// follow the store, whoever changed it (a view, an undo command, the CLI).
class ProjectStore : public QObject
{
    Q_OBJECT
public:
    // Unsafe: the file claims to be a project but holds SQL of its own
    // (triggers, views) or a schema this program never made.
    enum class OpenError { None, NotFound, NotAProject, Corrupt, NewerSchema, Unsafe, Locked, Io };
    struct OpenResult {
        OpenError error = OpenError::None;
        QString message;    // translated, names the file and the reason
        // Opened, but something beside the file was set aside (a stray
        // journal); translated, for the user to read.
        QStringList notices;
        bool ok() const { return error == OpenError::None; }
    };

    static constexpr quint32 ApplicationId = 0x4B544B31;   // "KTK1"
    static const QString FileSuffix;                         // "ktk"

    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    // Creates a new project with the default codebook. Refuses an existing path.
    OpenResult create(const QString &path);
    // Opens an existing project, migrating it forward if it is older. A file
    // that is foreign, corrupt, newer, unsafe or open elsewhere is left
    // byte-identical. See ProjectFileGuard for journals found beside it.
    OpenResult open(const QString &path);
    // Opens a project that another program (the window) may have open, to
    // read it: no lock, nothing set aside, no update of an older file, and
    // every write refused. It sees everything committed so far. For reading
    // commands (list, export) when open() reports the project as Locked.
    OpenResult openForReading(const QString &path);
    bool isReadOnly() const;
    // Opens path if it exists, otherwise creates it.
    OpenResult openOrCreate(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;
    // The copy open() made before bringing an older file up to date
    // ("<path>.v<N>.bak"); empty when the last open() migrated nothing.
    QString migrationBackupPath() const;
    // The schema steps create() and open() apply; Schema::steps() unless a
    // test hands in its own (e.g. an extra step) to exercise migrations.
    void setSchemaSteps(const QVector<SchemaStep> &steps);

    // Documents
    QVector<DocumentSummary> documents() const;                  // in sortOrder
    // WithoutOriginal leaves Document::originalBytes empty: a PDF view loads
    // them once through originalBytes() and keeps its own open document.
    enum class Content { Everything, WithoutOriginal };
    std::optional<Document> document(DocumentId id, Content content = Content::Everything) const;
    QByteArray originalBytes(DocumentId id) const;
    // How large a document's text and original file are, without loading
    // either: decide with it whether to load the document at all.
    struct DocumentSize
    {
        qint64 characters = 0;
        qint64 originalBytes = 0;
    };
    std::optional<DocumentSize> documentSize(DocumentId id) const;
    QString canonicalText(DocumentId id) const;
    Result<DocumentId> addDocument(const Document &doc);         // doc.id != 0 restores that id
    // A document whose original file is byte for byte these bytes (the same
    // file imported before); compared inside SQLite, nothing loaded.
    std::optional<DocumentSummary> documentWithBytes(const QByteArray &bytes) const;
    Status updateDocumentMeta(DocumentId id, const DocumentMeta &meta);
    Status removeDocument(DocumentId id);                        // and its annotations

    // PDFs. Where each page's text is in the canonical text; empty until the
    // text has been extracted, and empty too when the stored pages do not
    // describe the stored text (a damaged or crafted file): then the text is
    // extracted again.
    QVector<PdfPageInfo> pdfPages(DocumentId id) const;
    // The PDFs whose text is still to be extracted, in navigator order.
    QVector<DocumentId> pdfDocumentsWithoutText() const;
    // Stores a PDF's extracted text (not a user edit: nothing to undo).
    Status setPdfText(DocumentId id, const QString &text, const QVector<PdfPageInfo> &pages);

    // Web pages: replaces what the page is shown as (its article or the
    // whole page) and moves the given claims to their places in the new
    // text, in one transaction. Claims not given keep their anchors.
    struct ClaimPlace
    {
        AnnotationId id = 0;
        Anchor anchor;
    };
    Status replaceDocumentText(DocumentId id, const QString &text, ContentExtraction extraction,
                               const QVector<ClaimPlace> &places);

    // Claim types (the codebook)
    QVector<ClaimType> claimTypes() const;                       // in sortOrder
    std::optional<ClaimType> claimType(ClaimTypeId id) const;
    Result<ClaimTypeId> addClaimType(const ClaimType &type);     // type.id != 0 restores that id
    Status updateClaimType(const ClaimType &type);
    Status setClaimTypeOrder(const QVector<ClaimTypeId> &order);
    // Removes a type. Its annotations move to reassignTo, or are deleted when
    // reassignTo is empty. One transaction.
    Status removeClaimType(ClaimTypeId id, std::optional<ClaimTypeId> reassignTo);
    int annotationCountOfType(ClaimTypeId id) const;

    // Annotations
    QVector<Annotation> annotations(std::optional<DocumentId> document = std::nullopt) const;
    std::optional<Annotation> annotation(AnnotationId id) const;
    QVector<Annotation> annotationsOfType(ClaimTypeId id) const;
    Result<AnnotationId> addAnnotation(const Annotation &a);      // a.id != 0 restores that id
    Status addAnnotations(const QVector<Annotation> &list);       // one transaction, ids kept
    Status updateAnnotation(const Annotation &a);                 // sets modified if unchanged
    // Moves a claim to where its quote now is in the text (an anchor repair,
    // not an edit by the user): only the position changes, modified stays.
    Status relocateAnnotation(AnnotationId id, const Anchor &anchor);
    Status removeAnnotation(AnnotationId id);
    QStringList allTags() const;

    // Small per-project settings (e.g. default language).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    // At most the first maxChars characters of a setting: a setting that a
    // hostile file made huge is never read whole into the program.
    QString settingPrefix(const QString &key, int maxChars) const;

signals:
    void documentAdded(ktk::DocumentId id);
    void documentChanged(ktk::DocumentId id);
    void documentRemoved(ktk::DocumentId id);
    // A PDF's extracted text was stored, or a web page's text replaced.
    void documentTextChanged(ktk::DocumentId id);
    void annotationAdded(ktk::AnnotationId id);
    void annotationChanged(ktk::AnnotationId id);
    void annotationRemoved(ktk::AnnotationId id);
    // Many annotations changed at once (a claim type removed, a document removed).
    void annotationsReset();
    void claimTypesChanged();
    // A write failed (disk full, file gone); the message names the file.
    void writeFailed(const QString &message);
    void closed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ktk
