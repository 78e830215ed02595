// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectstore.h"

#include "store/defaultcodebook.h"
#include "store/documentlimits.h"
#include "store/projectfilecheck.h"
#include "store/projectfileguard.h"
#include "store/projectlock.h"
#include "store/schema.h"
#include "store/schemaverifier.h"
#include "store/sqliteconnection.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <tuple>

namespace ktk {

const QString ProjectStore::FileSuffix = QStringLiteral("ktk");

namespace {

using sql::fromIso;
using sql::nullable;
using sql::text;
using sql::toIso;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString describe(const QSqlError &e)
{
    return sql::ErrorDescription::describe(e);
}

using OpenError = ProjectStore::OpenError;
using OpenResult = ProjectStore::OpenResult;

OpenResult refusal(OpenError error, const QString &message)
{
    OpenResult r;
    r.error = error;
    r.message = message;
    return r;
}

} // namespace

struct ProjectStore::Private
{
    explicit Private(ProjectStore *owner) : owner(owner) {}

    ProjectStore *owner;
    QString path;
    QString connectionName;
    QSqlDatabase db;
    std::unique_ptr<ProjectLock> lock;
    int version = 0;
    bool writable = false;   // the file passed every check; PRAGMA optimize may write
    bool readOnly = false;   // opened with openForReading()
    bool wrote = false;      // something was committed since the project was opened
    QString backupPath;
    QVector<SchemaStep> steps = Schema::steps();
    mutable QString lastError;
    mutable QHash<const char *, QSqlQuery> statements;   // keyed by the literal's address

    bool isOpen() const { return db.isValid() && db.isOpen(); }
    QString fileName() const { return QDir::toNativeSeparators(path); }

    QSqlQuery query() const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        return q;
    }

    bool prepare(QSqlQuery &q, const char *sql) const
    {
        if (q.prepare(QLatin1String(sql)))
            return true;
        lastError = describe(q.lastError());
        return false;
    }

    bool exec(QSqlQuery &q) const
    {
        if (q.exec())
            return true;
        lastError = describe(q.lastError());
        return false;
    }

    // Prepares, binds and runs one statement; the query is left on its result.
    bool run(QSqlQuery &q, const char *sql, const QVariantList &values = {}) const
    {
        if (!prepare(q, sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return exec(q);
    }

    bool run(const char *sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = query();
        return run(q, sql, values);
    }

    // Statements run once per claim are prepared once per connection, which
    // halves the cost of restoring thousands of claims in one go.
    QSqlQuery *cached(const char *sql, const QVariantList &values) const
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery q = query();
            if (!prepare(q, sql))
                return nullptr;
            it = statements.insert(sql, q);
        }
        for (const QVariant &v : values)
            it->addBindValue(v);
        if (!exec(*it))
            return nullptr;
        return &*it;
    }

    bool fail(const QString &reason) const
    {
        lastError = reason;
        return false;
    }

    // One user action, one transaction. body() returns false (with lastError
    // set) to roll back. Callers emit their signals only after this returns
    // success, so listeners never see what is not on disk.
    Status write(const std::function<bool()> &body)
    {
        lastError.clear();
        if (!isOpen()) {
            const QString message = ProjectStore::tr("Could not save the change: no project is open.");
            emit owner->writeFailed(message);
            return Status::failure(message);
        }
        if (readOnly) {
            const QString message = ProjectStore::tr("Could not save the change to \"%1\": the project is open for "
                                                     "reading only.").arg(fileName());
            emit owner->writeFailed(message);
            return Status::failure(message);
        }
        bool ok = run("BEGIN IMMEDIATE");
        if (ok) {
            ok = body();
            if (ok)
                ok = run("COMMIT");
            if (!ok) {
                const QString reason = lastError;
                // After an I/O error SQLite may have rolled back already.
                run("ROLLBACK");
                lastError = reason;
            }
        }
        if (ok) {
            wrote = true;
            return {};
        }
        const QString message =
            ProjectStore::tr("Could not save the change to \"%1\": %2.").arg(fileName(), lastError);
        emit owner->writeFailed(message);
        return Status::failure(message);
    }

    OpenResult acquireLock(const QString &file);
    OpenResult connect(const QString &file);
    OpenResult configure();
    void closeConnection();

    bool insertDocument(const Document &doc, DocumentId *id);
    bool writeDocumentNote(DocumentId id, const QString &note);
    bool insertPdfPages(DocumentId id, const QVector<PdfPageInfo> &pages);
    QVector<PdfPageInfo> readPdfPages(DocumentId id, qint64 textLength) const;
    bool insertClaimType(const ClaimType &type, ClaimTypeId *id);
    bool nextSortOrder(const char *table, int *order) const;
    bool insertAnnotation(const Annotation &a, AnnotationId *id);
    bool writeTags(AnnotationId id, const QStringList &tags);
    bool dropUnusedTags();
    QVector<Annotation> readAnnotations(const QString &where, const QVariantList &values) const;
};

OpenResult ProjectStore::Private::acquireLock(const QString &file)
{
    auto candidate = std::make_unique<ProjectLock>(file);
    switch (candidate->tryLock()) {
    case ProjectLock::Outcome::Locked:
        lock = std::move(candidate);
        return {};
    case ProjectLock::Outcome::HeldElsewhere:
        return refusal(OpenError::Locked, candidate->message());
    case ProjectLock::Outcome::Failed:
        break;
    }
    return refusal(OpenError::Io, candidate->message());
}

OpenResult ProjectStore::Private::connect(const QString &file)
{
    connectionName = sql::uniqueConnectionName(QStringLiteral("store"));
    Result<QSqlDatabase> opened = sql::Connection::open(file, connectionName, sql::Connection::Mode::ReadWrite);
    if (!opened) {
        connectionName.clear();
        return refusal(OpenError::Io,
                       ProjectStore::tr("Cannot open \"%1\": %2.").arg(QDir::toNativeSeparators(file), opened.error()));
    }
    db = opened.value();
    path = file;
    return {};
}

OpenResult ProjectStore::Private::configure()
{
    // WAL with synchronous=NORMAL keeps every commit safe from a crash of the
    // program at ~40 us per commit; only a power cut may lose the last ones.
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
                    && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
                    && q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
                    && q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
                    && q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!ok) {
        const QString reason = q.lastError().isValid() ? describe(q.lastError())
                                                        : ProjectStore::tr("could not switch to write-ahead logging");
        const QString file = path;
        q = QSqlQuery();
        closeConnection();
        return refusal(OpenError::Io,
                       ProjectStore::tr("Cannot open \"%1\": %2.").arg(QDir::toNativeSeparators(file), reason));
    }
    return {};
}

void ProjectStore::Private::closeConnection()
{
    statements.clear();
    // Only after changes: a project that was only read stays byte-identical.
    if (db.isValid() && db.isOpen() && writable && wrote)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
    db = QSqlDatabase();
    if (!connectionName.isEmpty())
        sql::Connection::close(connectionName);
    connectionName.clear();
    writable = false;
    readOnly = false;
    wrote = false;
    lock.reset();   // unlocks
    path.clear();
    version = 0;
}

bool ProjectStore::Private::nextSortOrder(const char *table, int *order) const
{
    QSqlQuery q = query();
    const QByteArray sql = QByteArray("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM ") + table;
    if (!run(q, sql.constData()) || !q.next())
        return false;
    *order = q.value(0).toInt();
    return true;
}

bool ProjectStore::Private::insertDocument(const Document &doc, DocumentId *id)
{
    int sortOrder = doc.sortOrder;
    if (doc.id == 0 && sortOrder <= 0 && !nextSortOrder("documents", &sortOrder))
        return false;
    QSqlQuery q = query();
    if (!run(q,
             "INSERT INTO documents (id, title, source_url, author, published_on, language, format, file_name,"
             " imported_at, sort_order, original_bytes, canonical_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
             {nullable(doc.id != 0, doc.id), text(doc.meta.title), text(doc.meta.sourceUrl), text(doc.meta.author),
              nullable(doc.meta.publishedOn.isValid(), doc.meta.publishedOn.toString(Qt::ISODate)),
              text(doc.meta.language), formatKey(doc.format), text(doc.fileName),
              toIso(doc.importedAt.isValid() ? doc.importedAt : nowUtc()), sortOrder, doc.originalBytes,
              text(doc.canonicalText)}))
        return false;
    *id = q.lastInsertId().toLongLong();
    if (doc.format == SourceFormat::Html && doc.extraction == ContentExtraction::Article
        && !run("INSERT INTO article_documents (document_id) VALUES (?)", {*id}))
        return false;
    if (doc.format == SourceFormat::Pdf) {
        if (!run("INSERT INTO pdf_documents (document_id, page_count, password) VALUES (?,?,?)",
                 {*id, doc.pageCount, text(doc.pdfPassword)})
            || !insertPdfPages(*id, doc.pages))
            return false;
    }
    return writeDocumentNote(*id, doc.meta.note);
}

bool ProjectStore::Private::insertPdfPages(DocumentId id, const QVector<PdfPageInfo> &pages)
{
    for (const PdfPageInfo &p : pages) {
        if (!cached("INSERT INTO pdf_pages (document_id, page, width, height, text_start, text_end)"
                    " VALUES (?,?,?,?,?,?)",
                    {id, p.page, p.size.width(), p.size.height(), p.textStart, p.textEnd}))
            return false;
    }
    return true;
}

QVector<PdfPageInfo> ProjectStore::Private::readPdfPages(DocumentId id, qint64 textLength) const
{
    QVector<PdfPageInfo> pages;
    QSqlQuery q = query();
    if (!run(q, "SELECT page, width, height, text_start, text_end FROM pdf_pages WHERE document_id = ?"
                " ORDER BY page", {id}))
        return {};
    // Pages that do not slice the text in order, one after the other, are
    // not believed; the text is then extracted again.
    int expectedPage = 0;
    int lastEnd = 0;
    while (q.next()) {
        PdfPageInfo p;
        p.page = q.value(0).toInt();
        p.size = QSizeF(q.value(1).toDouble(), q.value(2).toDouble());
        p.textStart = q.value(3).toInt();
        p.textEnd = q.value(4).toInt();
        const bool sizeOk = p.size.width() > 0 && p.size.height() > 0 && p.size.width() < 1e6 && p.size.height() < 1e6;
        if (p.page != expectedPage || !sizeOk || p.textStart < lastEnd || p.textEnd < p.textStart
            || p.textEnd > textLength || pages.size() >= DocumentLimits::MaxPdfPages)
            return {};
        pages.append(p);
        ++expectedPage;
        lastEnd = p.textEnd;
    }
    return pages;
}

bool ProjectStore::Private::writeDocumentNote(DocumentId id, const QString &note)
{
    QSqlQuery q = query();
    if (note.isEmpty())
        return run(q, "DELETE FROM document_notes WHERE document_id = ?", {id});
    return run(q, "INSERT OR REPLACE INTO document_notes (document_id, note) VALUES (?, ?)", {id, note});
}

bool ProjectStore::Private::insertClaimType(const ClaimType &type, ClaimTypeId *id)
{
    if (type.name.trimmed().isEmpty())
        return fail(ProjectStore::tr("a claim type needs a name"));
    if (!type.colour.isValid())
        return fail(ProjectStore::tr("the claim type \"%1\" has no valid colour").arg(type.name));
    int sortOrder = type.sortOrder;
    if (type.id == 0 && sortOrder <= 0 && !nextSortOrder("claim_types", &sortOrder))
        return false;
    QSqlQuery q = query();
    if (!run(q,
             "INSERT INTO claim_types (id, name, builtin_key, description, colour, shortcut, sort_order)"
             " VALUES (?,?,?,?,?,?,?)",
             {nullable(type.id != 0, type.id), type.name, text(type.builtinKey), text(type.description),
              type.colour.name(QColor::HexRgb), text(type.shortcut), sortOrder}))
        return false;
    *id = q.lastInsertId().toLongLong();
    return true;
}

bool ProjectStore::Private::insertAnnotation(const Annotation &a, AnnotationId *id)
{
    if (!a.anchor.isValid())
        return fail(ProjectStore::tr("the claim has no valid position in its document"));
    const QDateTime created = a.created.isValid() ? a.created : nowUtc();
    const QDateTime modified = a.modified.isValid() ? a.modified : created;
    const TextSelector &t = a.anchor.text();
    const bool hasText = t.start >= 0;
    const bool onPage = a.anchor.isOnPages();
    QSqlQuery *q = cached(
             "INSERT INTO annotations (id, document_id, type_id, anchor, quote, start_pos, end_pos, page,"
             " position_key, note, claimant, status, created, modified, author)"
             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             {nullable(a.id != 0, a.id), a.documentId, a.typeId, a.anchor.toJson(), text(a.quote()),
              nullable(hasText, t.start), nullable(hasText, t.end), nullable(onPage, a.anchor.page().page),
              a.anchor.positionKey(), text(a.note), text(a.claimant), statusKey(a.status), toIso(created),
              toIso(modified), text(a.author)});
    if (!q)
        return false;
    *id = q->lastInsertId().toLongLong();
    return writeTags(*id, a.tags);
}

// Tags are shared rows, one per case-folded name; the first spelling wins.
bool ProjectStore::Private::writeTags(AnnotationId id, const QStringList &tags)
{
    for (const QString &name : normalisedTags(tags)) {
        const QString folded = name.toCaseFolded();
        if (!cached("INSERT INTO tags (name, folded) VALUES (?, ?) ON CONFLICT (folded) DO NOTHING", {name, folded}))
            return false;
        QSqlQuery *find = cached("SELECT id FROM tags WHERE folded = ?", {folded});
        if (!find)
            return false;
        const QVariant tagId = find->next() ? find->value(0) : QVariant();
        find->finish();   // a statement left on a row would pin its snapshot
        if (!tagId.isValid())
            return fail(ProjectStore::tr("the tag \"%1\" could not be stored").arg(name));
        if (!cached("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", {id, tagId}))
            return false;
    }
    return true;
}

bool ProjectStore::Private::dropUnusedTags()
{
    return run("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM annotation_tags WHERE tag_id = tags.id)");
}

// The hot path behind every model reload: 10,000 claims must load well
// within 100 ms. Hence no per-row query, no ORDER BY (SQLite would copy every
// row into a sorter; sorting keys here is cheaper), tags read as ids, and text
// columns read as UTF-8 bytes (SQLite's own conversion to UTF-16 is slower
// than Qt's).
QVector<Annotation> ProjectStore::Private::readAnnotations(const QString &where, const QVariantList &values) const
{
    QVector<Annotation> result;
    if (!isOpen())
        return result;
    auto select = [&](QSqlQuery &q, const QString &sql, const QVariantList &binds) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec();
    };

    // Tag names are few; rank them once in display order.
    QHash<qint64, int> tagRank;
    QVector<QString> tagNames;
    {
        QSqlQuery q = query();
        if (!select(q, QStringLiteral("SELECT id, name FROM tags"), {}))
            return result;
        QHash<QString, qint64> idOfName;
        QStringList names;
        while (q.next()) {
            const QString name = q.value(1).toString();
            idOfName.insert(name, q.value(0).toLongLong());
            names.append(name);
        }
        tagNames = normalisedTags(names).toVector();
        for (int i = 0; i < tagNames.size(); ++i)
            tagRank.insert(idOfName.value(tagNames.at(i)), i);
    }
    QHash<AnnotationId, QVarLengthArray<int, 4>> tagsOf;
    {
        QSqlQuery q = query();
        const QString sql = where.isEmpty()
            ? QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags")
            : QStringLiteral("SELECT at.annotation_id, at.tag_id FROM annotation_tags at"
                             " JOIN annotations a ON a.id = at.annotation_id ") + where;
        if (!select(q, sql, values))
            return result;
        while (q.next()) {
            const auto rank = tagRank.constFind(q.value(1).toLongLong());
            if (rank != tagRank.constEnd())
                tagsOf[q.value(0).toLongLong()].append(*rank);
        }
    }
    QHash<DocumentId, int> documentOrder;
    {
        QSqlQuery q = query();
        if (!select(q, QStringLiteral("SELECT id, sort_order FROM documents"), {}))
            return result;
        while (q.next())
            documentOrder.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }

    struct SortKey
    {
        int documentOrder;
        qint64 documentId;
        qint64 position;
        qint64 end;
        qint64 id;
        int row;
        bool operator<(const SortKey &o) const
        {
            return std::tie(documentOrder, documentId, position, end, id)
                   < std::tie(o.documentOrder, o.documentId, o.position, o.end, o.id);
        }
    };
    QVector<Annotation> rows;
    QVector<SortKey> keys;
    {
        QSqlQuery q = query();
        if (!select(q,
                    // An anchor holds a quote and a little context; one of
                    // megabytes was made to slow the window (34 MB took 8 s
                    // to parse) and is read as no position at all.
                    QStringLiteral("SELECT a.id, a.document_id, a.type_id,"
                                   " CASE WHEN length(a.anchor) > 1000000 THEN X'' ELSE CAST(a.anchor AS BLOB) END,"
                                   " CAST(a.note AS BLOB),"
                                   " CAST(a.claimant AS BLOB), a.status, CAST(a.created AS BLOB),"
                                   " CAST(a.modified AS BLOB),"
                                   " CAST(a.author AS BLOB), a.position_key, a.end_pos FROM annotations a ")
                        + where,
                    values))
            return result;
        while (q.next()) {
            Annotation a;
            a.id = q.value(0).toLongLong();
            a.documentId = q.value(1).toLongLong();
            a.typeId = q.value(2).toLongLong();
            a.anchor = Anchor::fromUtf8Json(q.value(3).toByteArray());
            a.note = QString::fromUtf8(q.value(4).toByteArray());
            a.claimant = QString::fromUtf8(q.value(5).toByteArray());
            a.status = statusFromKey(q.value(6).toString());
            a.created = fromIso(q.value(7).toByteArray());
            a.modified = fromIso(q.value(8).toByteArray());
            a.author = QString::fromUtf8(q.value(9).toByteArray());
            const auto tags = tagsOf.constFind(a.id);
            if (tags != tagsOf.constEnd()) {
                QVarLengthArray<int, 4> ranks = *tags;
                std::sort(ranks.begin(), ranks.end());
                a.tags.reserve(ranks.size());
                for (const int rank : ranks)
                    a.tags.append(tagNames.at(rank));
            }
            keys.append({documentOrder.value(a.documentId), a.documentId, q.value(10).toLongLong(),
                         q.value(11).toLongLong(), a.id, int(rows.size())});
            rows.append(std::move(a));
        }
    }
    std::sort(keys.begin(), keys.end());
    result.reserve(rows.size());
    for (const SortKey &key : qAsConst(keys))
        result.append(std::move(rows[key.row]));
    return result;
}

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
}

ProjectStore::~ProjectStore()
{
    d->closeConnection();
}

ProjectStore::OpenResult ProjectStore::create(const QString &path)
{
    close();
    d->backupPath.clear();
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(file);
    if (QFileInfo::exists(file) || QFileInfo(file).isSymLink()) {
        return refusal(OpenError::Io,
                       tr("Cannot create \"%1\": a file with that name already exists. Choose another name, or "
                          "open the file instead.")
                           .arg(name));
    }
    if (!QFileInfo(file).absoluteDir().exists()) {
        return refusal(OpenError::Io,
                       tr("Cannot create \"%1\": the folder does not exist.").arg(name));
    }
    // A journal left beside the new name would be replayed into the new file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix)) {
            return refusal(OpenError::Io,
                           tr("Cannot create \"%1\": \"%2\" lies in the folder, left by another database. Move it "
                              "away or choose another name.")
                               .arg(name, QDir::toNativeSeparators(file + suffix)));
        }
    }
    // O_EXCL: the file is made here, by this call, or not at all; the lock is
    // on the file, so it has to exist first.
    {
        QFile made(file);
        if (!made.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
            return refusal(OpenError::Io, tr("Cannot create \"%1\": %2.").arg(name, made.errorString()));
        }
    }
    auto removeWhatThisCallMade = [&] {
        d->closeConnection();
        // Nothing of value can be in a file this call made moments ago.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    };
    if (OpenResult r = d->acquireLock(file); !r.ok()) {
        QFile::remove(file);
        return r;
    }
    if (OpenResult r = d->connect(file); !r.ok()) {
        removeWhatThisCallMade();
        return r;
    }
    if (OpenResult r = d->configure(); !r.ok()) {
        removeWhatThisCallMade();
        return r;
    }

    const SchemaMigrator migrator(d->steps);
    Status status = migrator.migrate(d->db, SchemaMigrator::From::NewFile);
    if (status) {
        status = d->write([this] {
            for (const ClaimType &type : DefaultCodebook::types()) {
                ClaimTypeId id = 0;
                if (!d->insertClaimType(type, &id))
                    return false;
            }
            return true;
        });
    }
    if (!status) {
        removeWhatThisCallMade();
        return refusal(OpenError::Io, tr("Cannot create \"%1\": %2").arg(name, status.error()));
    }
    d->version = migrator.targetVersion();
    d->writable = true;
    return {};
}

namespace {

OpenResult refusalFor(const ProjectFileCheck::Outcome &outcome)
{
    switch (outcome.verdict) {
    case ProjectFileCheck::Verdict::Ok:
        return {};
    case ProjectFileCheck::Verdict::NotFound:
        return refusal(OpenError::NotFound, outcome.message);
    case ProjectFileCheck::Verdict::NotAProject:
        return refusal(OpenError::NotAProject, outcome.message);
    case ProjectFileCheck::Verdict::NewerSchema:
        return refusal(OpenError::NewerSchema, outcome.message);
    case ProjectFileCheck::Verdict::Truncated:
    case ProjectFileCheck::Verdict::Damaged:
        return refusal(OpenError::Corrupt, outcome.message);
    case ProjectFileCheck::Verdict::Unsafe:
        return refusal(OpenError::Unsafe, outcome.message);
    case ProjectFileCheck::Verdict::Unreadable:
        return refusal(OpenError::Io, outcome.message);
    }
    return refusal(OpenError::Io, outcome.message);
}

} // namespace

ProjectStore::OpenResult ProjectStore::open(const QString &path)
{
    close();
    d->backupPath.clear();
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(file);
    const SchemaMigrator migrator(d->steps);
    const SchemaVerifier verifier(d->steps);

    // Order matters: nothing that could write to the file (SQLite opening it
    // read-write and replaying a journal, a migration, a repair) happens
    // before it is known to be ours, not too new, not open elsewhere, whole,
    // and holding no SQL of its own. The lock comes before the inspection so
    // that nobody writes while it reads, and a file open elsewhere is
    // reported as such, quickly. This process's own lock is asked first:
    // even reading the header would drop its SQLite locks (see ProjectLock).
    if (ProjectLock::isHeldInThisProcess(file)) {
        ProjectLock probe(file);
        probe.tryLock();
        return refusal(OpenError::Locked, probe.message());
    }
    const ProjectFileCheck::Outcome header = ProjectFileCheck::check(file, migrator.targetVersion());
    if (!header.ok())
        return refusalFor(header);
    if (OpenResult r = d->acquireLock(file); !r.ok())
        return r;
    const ProjectFileGuard::Decision decision = ProjectFileGuard::prepare(file, verifier);
    if (!decision.ok()) {
        d->lock.reset();
        return refusalFor(decision.outcome);
    }
    if (OpenResult r = d->connect(file); !r.ok()) {
        d->lock.reset();
        return r;
    }

    // The same checks again on the connection that will write: what it sees
    // (after SQLite replays the WAL) must be what was inspected. No
    // integrity check this time: the pages were just read.
    const ProjectFileCheck::Outcome seen = ProjectFileCheck::inspect(d->db, file, verifier,
                                                                     ProjectFileCheck::Depth::SchemaOnly);
    if (!seen.ok()) {
        d->closeConnection();
        return refusalFor(seen);
    }
    if (OpenResult r = d->configure(); !r.ok())
        return r;
    if (seen.userVersion < migrator.targetVersion()) {
        const Result<QString> backup = SchemaMigrator::backup(d->db, file, seen.userVersion);
        if (!backup) {
            d->closeConnection();
            return refusal(OpenError::Io, backup.error());
        }
        d->backupPath = *backup;
        if (const Status migrated = migrator.migrate(d->db, SchemaMigrator::From::ExistingFile); !migrated) {
            d->closeConnection();
            return refusal(OpenError::Io, migrated.error());
        }
        if (const Status schema = verifier.verify(d->db, migrator.targetVersion()); !schema) {
            d->closeConnection();
            return refusal(OpenError::Io, tr("Cannot open \"%1\": after the update, %2.").arg(name, schema.error()));
        }
    }
    d->version = migrator.targetVersion();
    d->writable = true;
    OpenResult opened;
    opened.notices = decision.notices;
    return opened;
}

ProjectStore::OpenResult ProjectStore::openForReading(const QString &path)
{
    close();
    d->backupPath.clear();
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(file);
    const SchemaMigrator migrator(d->steps);
    const SchemaVerifier verifier(d->steps);
    // The holder of the lock keeps the file and its journals as they should
    // be; nothing here may change either. What is read is checked as open()
    // checks it: ours, not newer, and no SQL of its own.
    const ProjectFileCheck::Outcome header = ProjectFileCheck::check(file, migrator.targetVersion());
    if (!header.ok())
        return refusalFor(header);
    d->connectionName = sql::uniqueConnectionName(QStringLiteral("store-reader"));
    Result<QSqlDatabase> opened = sql::Connection::open(file, d->connectionName, sql::Connection::Mode::ReadOnly);
    if (!opened) {
        d->connectionName.clear();
        return refusal(OpenError::Io, tr("Cannot open \"%1\": %2.").arg(name, opened.error()));
    }
    d->db = opened.value();
    d->path = file;
    const ProjectFileCheck::Outcome seen = ProjectFileCheck::inspect(d->db, file, verifier,
                                                                     ProjectFileCheck::Depth::SchemaOnly);
    if (!seen.ok()) {
        d->closeConnection();
        return refusalFor(seen);
    }
    if (seen.userVersion < migrator.targetVersion()) {
        d->closeConnection();
        return refusal(OpenError::Io,
                       tr("Cannot read \"%1\" while another program has it open: it was made by an older version "
                          "of Kanttekening and is brought up to date when it is opened normally.").arg(name));
    }
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    d->version = seen.userVersion;
    d->writable = false;
    d->readOnly = true;
    return {};
}

bool ProjectStore::isReadOnly() const
{
    return d->readOnly;
}

ProjectStore::OpenResult ProjectStore::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

void ProjectStore::close()
{
    if (!d->isOpen())
        return;
    d->closeConnection();
    emit closed();
}

bool ProjectStore::isOpen() const
{
    return d->isOpen();
}

QString ProjectStore::path() const
{
    return d->path;
}

int ProjectStore::schemaVersion() const
{
    return d->isOpen() ? d->version : 0;
}

QString ProjectStore::migrationBackupPath() const
{
    return d->backupPath;
}

void ProjectStore::setSchemaSteps(const QVector<SchemaStep> &steps)
{
    d->steps = steps;
}

// Documents

QVector<DocumentSummary> ProjectStore::documents() const
{
    QVector<DocumentSummary> result;
    if (!d->isOpen())
        return result;
    // Names no large column: SQLite then reads no overflow pages.
    QSqlQuery q = d->query();
    if (!d->run(q,
                "SELECT d.id, d.title, d.source_url, d.author, d.published_on, d.language, d.format, d.file_name,"
                " d.imported_at, d.sort_order,"
                " (SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id),"
                " (SELECT n.note FROM document_notes n WHERE n.document_id = d.id),"
                " (SELECT p.page_count FROM pdf_documents p WHERE p.document_id = d.id),"
                " EXISTS (SELECT 1 FROM article_documents r WHERE r.document_id = d.id)"
                " FROM documents d ORDER BY d.sort_order, d.id"))
        return result;
    while (q.next()) {
        DocumentSummary s;
        s.id = q.value(0).toLongLong();
        s.meta.title = q.value(1).toString();
        s.meta.sourceUrl = q.value(2).toString();
        s.meta.author = q.value(3).toString();
        s.meta.publishedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.meta.language = q.value(5).toString();
        s.format = formatFromKey(q.value(6).toString());
        s.fileName = q.value(7).toString();
        s.importedAt = fromIso(q.value(8));
        s.sortOrder = q.value(9).toInt();
        s.annotationCount = q.value(10).toInt();
        s.meta.note = q.value(11).toString();
        s.pageCount = qBound(0, q.value(12).toInt(), DocumentLimits::MaxPdfPages);
        if (s.format == SourceFormat::Html && q.value(13).toBool())
            s.extraction = ContentExtraction::Article;
        result.append(s);
    }
    return result;
}

std::optional<Document> ProjectStore::document(DocumentId id, Content content) const
{
    if (!d->isOpen())
        return std::nullopt;
    QSqlQuery q = d->query();
    const bool ok = content == Content::Everything
        ? d->run(q,
                 "SELECT id, title, source_url, author, published_on, language, format, file_name, imported_at,"
                 " sort_order, original_bytes, canonical_text,"
                 " (SELECT note FROM document_notes WHERE document_id = documents.id),"
                 " EXISTS (SELECT 1 FROM article_documents WHERE document_id = documents.id)"
                 " FROM documents WHERE id = ?",
                 {id})
        : d->run(q,
                 "SELECT id, title, source_url, author, published_on, language, format, file_name, imported_at,"
                 " sort_order, NULL, canonical_text,"
                 " (SELECT note FROM document_notes WHERE document_id = documents.id),"
                 " EXISTS (SELECT 1 FROM article_documents WHERE document_id = documents.id)"
                 " FROM documents WHERE id = ?",
                 {id});
    if (!ok || !q.next())
        return std::nullopt;
    Document doc;
    doc.id = q.value(0).toLongLong();
    doc.meta.title = q.value(1).toString();
    doc.meta.sourceUrl = q.value(2).toString();
    doc.meta.author = q.value(3).toString();
    doc.meta.publishedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    doc.meta.language = q.value(5).toString();
    doc.format = formatFromKey(q.value(6).toString());
    doc.fileName = q.value(7).toString();
    doc.importedAt = fromIso(q.value(8));
    doc.sortOrder = q.value(9).toInt();
    doc.originalBytes = q.value(10).toByteArray();
    doc.canonicalText = q.value(11).toString();
    doc.meta.note = q.value(12).toString();
    if (doc.format == SourceFormat::Html && q.value(13).toBool())
        doc.extraction = ContentExtraction::Article;
    if (doc.format == SourceFormat::Pdf) {
        QSqlQuery p = d->query();
        if (d->run(p, "SELECT page_count, password FROM pdf_documents WHERE document_id = ?", {id}) && p.next()) {
            doc.pageCount = qBound(0, p.value(0).toInt(), DocumentLimits::MaxPdfPages);
            doc.pdfPassword = p.value(1).toString();
        }
        doc.pages = d->readPdfPages(id, doc.canonicalText.size());
    }
    return doc;
}

QByteArray ProjectStore::originalBytes(DocumentId id) const
{
    if (!d->isOpen())
        return {};
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT original_bytes FROM documents WHERE id = ?", {id}) || !q.next())
        return {};
    return q.value(0).toByteArray();
}

QVector<PdfPageInfo> ProjectStore::pdfPages(DocumentId id) const
{
    if (!d->isOpen())
        return {};
    const auto size = documentSize(id);
    return size ? d->readPdfPages(id, size->characters) : QVector<PdfPageInfo>();
}

QVector<DocumentId> ProjectStore::pdfDocumentsWithoutText() const
{
    QVector<DocumentId> ids;
    if (!d->isOpen())
        return ids;
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT d.id, length(d.canonical_text) FROM documents d WHERE d.format = 'pdf'"
                   " ORDER BY d.sort_order, d.id"))
        return ids;
    while (q.next()) {
        const DocumentId id = q.value(0).toLongLong();
        if (d->readPdfPages(id, q.value(1).toLongLong()).isEmpty())
            ids.append(id);
    }
    return ids;
}

Status ProjectStore::setPdfText(DocumentId id, const QString &text, const QVector<PdfPageInfo> &pages)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->run(q, "UPDATE documents SET canonical_text = ? WHERE id = ? AND format = 'pdf'", {text, id}))
            return false;
        if (q.numRowsAffected() == 0)
            return d->fail(tr("the document no longer exists"));
        return d->run("DELETE FROM pdf_pages WHERE document_id = ?", {id}) && d->insertPdfPages(id, pages);
    });
    if (s)
        emit documentTextChanged(id);
    return s;
}

Status ProjectStore::replaceDocumentText(DocumentId id, const QString &newText, ContentExtraction extraction,
                                         const QVector<ClaimPlace> &places)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->run(q, "UPDATE documents SET canonical_text = ? WHERE id = ? AND format = 'html'", {newText, id}))
            return false;
        if (q.numRowsAffected() == 0)
            return d->fail(tr("the document no longer exists"));
        if (!d->run("DELETE FROM article_documents WHERE document_id = ?", {id}))
            return false;
        if (extraction == ContentExtraction::Article
            && !d->run("INSERT INTO article_documents (document_id) VALUES (?)", {id}))
            return false;
        for (const ClaimPlace &place : places) {
            const Anchor &anchor = place.anchor;
            if (!anchor.isValid() || anchor.isOnPages())
                return d->fail(tr("the claim has no valid position in its document"));
            const TextSelector &t = anchor.text();
            QSqlQuery *moved = d->cached("UPDATE annotations SET anchor = ?, quote = ?, start_pos = ?, end_pos = ?,"
                                         " page = NULL, position_key = ? WHERE id = ? AND document_id = ?",
                                         {anchor.toJson(), text(anchor.quote()), t.start, t.end,
                                          anchor.positionKey(), place.id, id});
            if (!moved)
                return false;
            if (moved->numRowsAffected() == 0)
                return d->fail(tr("the claim no longer exists"));
        }
        return true;
    });
    if (s) {
        // Claims first: a view shown anew for the text finds them in place.
        emit annotationsReset();
        emit documentChanged(id);
        emit documentTextChanged(id);
    }
    return s;
}

std::optional<ProjectStore::DocumentSize> ProjectStore::documentSize(DocumentId id) const
{
    if (!d->isOpen())
        return std::nullopt;
    // length() of a BLOB reads only the record header; of TEXT it counts
    // characters, which reads the value inside SQLite but makes no copy here.
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT length(canonical_text), length(original_bytes) FROM documents WHERE id = ?", {id})
        || !q.next())
        return std::nullopt;
    DocumentSize size;
    size.characters = q.value(0).toLongLong();
    size.originalBytes = q.value(1).toLongLong();
    return size;
}

QString ProjectStore::canonicalText(DocumentId id) const
{
    if (!d->isOpen())
        return {};
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT canonical_text FROM documents WHERE id = ?", {id}) || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<DocumentSummary> ProjectStore::documentWithBytes(const QByteArray &bytes) const
{
    if (!d->isOpen() || bytes.isEmpty())
        return std::nullopt;
    QSqlQuery q = d->query();
    // The length first: SQLite reads it from the record header, and compares
    // the bytes only of documents of the same size.
    if (!d->run(q, "SELECT id FROM documents WHERE length(original_bytes) = ? AND original_bytes = ? ORDER BY id",
                {qint64(bytes.size()), bytes})
        || !q.next())
        return std::nullopt;
    const DocumentId id = q.value(0).toLongLong();
    for (const DocumentSummary &summary : documents()) {
        if (summary.id == id)
            return summary;
    }
    return std::nullopt;
}

Result<DocumentId> ProjectStore::addDocument(const Document &doc)
{
    DocumentId id = 0;
    const Status s = d->write([&] { return d->insertDocument(doc, &id); });
    if (!s)
        return s;
    emit documentAdded(id);
    return id;
}

Status ProjectStore::updateDocumentMeta(DocumentId id, const DocumentMeta &meta)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->run(q,
                    "UPDATE documents SET title = ?, source_url = ?, author = ?, published_on = ?, language = ?"
                    " WHERE id = ?",
                    {text(meta.title), text(meta.sourceUrl), text(meta.author),
                     nullable(meta.publishedOn.isValid(), meta.publishedOn.toString(Qt::ISODate)),
                     text(meta.language), id}))
            return false;
        if (q.numRowsAffected() == 0)
            return d->fail(tr("the document no longer exists"));
        return d->writeDocumentNote(id, meta.note);
    });
    if (s)
        emit documentChanged(id);
    return s;
}

Status ProjectStore::removeDocument(DocumentId id)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->run(q, "DELETE FROM documents WHERE id = ?", {id}))
            return false;
        if (q.numRowsAffected() == 0)
            return d->fail(tr("the document no longer exists"));
        return d->dropUnusedTags();
    });
    if (s) {
        emit documentRemoved(id);
        emit annotationsReset();
    }
    return s;
}

// Claim types

QVector<ClaimType> ProjectStore::claimTypes() const
{
    QVector<ClaimType> result;
    if (!d->isOpen())
        return result;
    QSqlQuery q = d->query();
    if (!d->run(q,
                "SELECT id, name, builtin_key, description, colour, shortcut, sort_order FROM claim_types"
                " ORDER BY sort_order, id"))
        return result;
    while (q.next()) {
        ClaimType t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.builtinKey = q.value(2).toString();
        t.description = q.value(3).toString();
        t.colour = QColor(q.value(4).toString());
        t.shortcut = q.value(5).toString();
        t.sortOrder = q.value(6).toInt();
        result.append(t);
    }
    return result;
}

std::optional<ClaimType> ProjectStore::claimType(ClaimTypeId id) const
{
    for (const ClaimType &t : claimTypes()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

Result<ClaimTypeId> ProjectStore::addClaimType(const ClaimType &type)
{
    ClaimTypeId id = 0;
    const Status s = d->write([&] { return d->insertClaimType(type, &id); });
    if (!s)
        return s;
    emit claimTypesChanged();
    return id;
}

Status ProjectStore::updateClaimType(const ClaimType &type)
{
    const Status s = d->write([&] {
        if (type.name.trimmed().isEmpty())
            return d->fail(tr("a claim type needs a name"));
        if (!type.colour.isValid())
            return d->fail(tr("the claim type \"%1\" has no valid colour").arg(type.name));
        QSqlQuery q = d->query();
        if (!d->run(q,
                    "UPDATE claim_types SET name = ?, builtin_key = ?, description = ?, colour = ?, shortcut = ?,"
                    " sort_order = ? WHERE id = ?",
                    {type.name, text(type.builtinKey), text(type.description), type.colour.name(QColor::HexRgb),
                     text(type.shortcut), type.sortOrder, type.id}))
            return false;
        return q.numRowsAffected() > 0 || d->fail(tr("the claim type no longer exists"));
    });
    if (s)
        emit claimTypesChanged();
    return s;
}

Status ProjectStore::setClaimTypeOrder(const QVector<ClaimTypeId> &order)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->prepare(q, "UPDATE claim_types SET sort_order = ? WHERE id = ?"))
            return false;
        for (int i = 0; i < order.size(); ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(order.at(i));
            if (!d->exec(q))
                return false;
            if (q.numRowsAffected() == 0)
                return d->fail(tr("a claim type in the new order no longer exists"));
        }
        return true;
    });
    if (s)
        emit claimTypesChanged();
    return s;
}

Status ProjectStore::removeClaimType(ClaimTypeId id, std::optional<ClaimTypeId> reassignTo)
{
    const Status s = d->write([&] {
        if (reassignTo) {
            if (*reassignTo == id)
                return d->fail(tr("a claim type cannot take over its own claims"));
            // Moving a claim to another type changes it, so it counts as modified.
            if (!d->run("UPDATE annotations SET type_id = ?, modified = ? WHERE type_id = ?",
                        {*reassignTo, toIso(nowUtc()), id}))
                return false;
        } else {
            if (!d->run("DELETE FROM annotations WHERE type_id = ?", {id}) || !d->dropUnusedTags())
                return false;
        }
        QSqlQuery q = d->query();
        if (!d->run(q, "DELETE FROM claim_types WHERE id = ?", {id}))
            return false;
        return q.numRowsAffected() > 0 || d->fail(tr("the claim type no longer exists"));
    });
    if (s) {
        emit annotationsReset();
        emit claimTypesChanged();
    }
    return s;
}

int ProjectStore::annotationCountOfType(ClaimTypeId id) const
{
    if (!d->isOpen())
        return 0;
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT COUNT(*) FROM annotations WHERE type_id = ?", {id}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// Annotations

QVector<Annotation> ProjectStore::annotations(std::optional<DocumentId> document) const
{
    if (document)
        return d->readAnnotations(QStringLiteral("WHERE a.document_id = ?"), {*document});
    return d->readAnnotations({}, {});
}

std::optional<Annotation> ProjectStore::annotation(AnnotationId id) const
{
    const QVector<Annotation> found = d->readAnnotations(QStringLiteral("WHERE a.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QVector<Annotation> ProjectStore::annotationsOfType(ClaimTypeId id) const
{
    return d->readAnnotations(QStringLiteral("WHERE a.type_id = ?"), {id});
}

Result<AnnotationId> ProjectStore::addAnnotation(const Annotation &a)
{
    AnnotationId id = 0;
    const Status s = d->write([&] { return d->insertAnnotation(a, &id); });
    if (!s)
        return s;
    emit annotationAdded(id);
    return id;
}

Status ProjectStore::addAnnotations(const QVector<Annotation> &list)
{
    if (list.isEmpty())
        return {};
    const Status s = d->write([&] {
        for (const Annotation &a : list) {
            AnnotationId id = 0;
            if (!d->insertAnnotation(a, &id))
                return false;
        }
        return true;
    });
    // Used to bring back many at once (undo of a delete): listeners reload.
    if (s)
        emit annotationsReset();
    return s;
}

Status ProjectStore::updateAnnotation(const Annotation &a)
{
    const Status s = d->write([&] {
        if (!a.anchor.isValid())
            return d->fail(tr("the claim has no valid position in its document"));
        QSqlQuery old = d->query();
        if (!d->run(old, "SELECT created, modified FROM annotations WHERE id = ?", {a.id}))
            return false;
        if (!old.next())
            return d->fail(tr("the claim no longer exists"));
        const QDateTime storedCreated = fromIso(old.value(0));
        const QDateTime storedModified = fromIso(old.value(1));
        old.finish();
        // A caller that sets modified itself (undo restoring the old value)
        // keeps it; any other edit is stamped now.
        const QDateTime modified = (a.modified.isValid() && a.modified != storedModified) ? a.modified : nowUtc();
        const QDateTime created = a.created.isValid() ? a.created : storedCreated;
        const TextSelector &t = a.anchor.text();
        const bool hasText = t.start >= 0;
        const bool onPage = a.anchor.isOnPages();
        return d->run("UPDATE annotations SET document_id = ?, type_id = ?, anchor = ?, quote = ?, start_pos = ?,"
                      " end_pos = ?, page = ?, position_key = ?, note = ?, claimant = ?, status = ?, created = ?,"
                      " modified = ?, author = ? WHERE id = ?",
                      {a.documentId, a.typeId, a.anchor.toJson(), text(a.quote()), nullable(hasText, t.start),
                       nullable(hasText, t.end), nullable(onPage, a.anchor.page().page), a.anchor.positionKey(),
                       text(a.note), text(a.claimant), statusKey(a.status), toIso(created), toIso(modified),
                       text(a.author), a.id})
               && d->run("DELETE FROM annotation_tags WHERE annotation_id = ?", {a.id})
               && d->writeTags(a.id, a.tags) && d->dropUnusedTags();
    });
    if (s)
        emit annotationChanged(a.id);
    return s;
}

Status ProjectStore::relocateAnnotation(AnnotationId id, const Anchor &anchor)
{
    const Status s = d->write([&] {
        if (!anchor.isValid())
            return d->fail(tr("the claim has no valid position in its document"));
        const TextSelector &t = anchor.text();
        const bool hasText = t.start >= 0;
        const bool onPage = anchor.isOnPages();
        QSqlQuery *q = d->cached("UPDATE annotations SET anchor = ?, quote = ?, start_pos = ?, end_pos = ?, page = ?,"
                                 " position_key = ? WHERE id = ?",
                                 {anchor.toJson(), text(anchor.quote()), nullable(hasText, t.start),
                                  nullable(hasText, t.end), nullable(onPage, anchor.page().page),
                                  anchor.positionKey(), id});
        if (!q)
            return false;
        return q->numRowsAffected() > 0 || d->fail(tr("the claim no longer exists"));
    });
    if (s)
        emit annotationChanged(id);
    return s;
}

Status ProjectStore::removeAnnotation(AnnotationId id)
{
    const Status s = d->write([&] {
        QSqlQuery q = d->query();
        if (!d->run(q, "DELETE FROM annotations WHERE id = ?", {id}))
            return false;
        if (q.numRowsAffected() == 0)
            return d->fail(tr("the claim no longer exists"));
        return d->dropUnusedTags();
    });
    if (s)
        emit annotationRemoved(id);
    return s;
}

QStringList ProjectStore::allTags() const
{
    if (!d->isOpen())
        return {};
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT name FROM tags"))
        return {};
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return normalisedTags(names);
}

// Settings

QString ProjectStore::setting(const QString &key, const QString &fallback) const
{
    if (!d->isOpen())
        return fallback;
    QSqlQuery q = d->query();
    if (!d->run(q, "SELECT value FROM settings WHERE key = ?", {key}) || !q.next())
        return fallback;
    return q.value(0).toString();
}

QString ProjectStore::settingPrefix(const QString &key, int maxChars) const
{
    if (!d->isOpen() || maxChars <= 0)
        return {};
    QSqlQuery q = d->query();
    // substr() counts characters of text; CAST keeps a BLOB planted in a
    // hostile file from being cut in the middle of a UTF-8 sequence.
    if (!d->run(q, "SELECT substr(CAST(value AS TEXT), 1, ?) FROM settings WHERE key = ?", {maxChars, key}) || !q.next())
        return {};
    return q.value(0).toString();
}

Status ProjectStore::setSetting(const QString &key, const QString &value)
{
    return d->write([&] {
        return d->run("INSERT INTO settings (key, value) VALUES (?, ?)"
                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      {text(key), text(value)});
    });
}

} // namespace ktk
