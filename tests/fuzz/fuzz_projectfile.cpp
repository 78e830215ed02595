// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project file from someone else: a database built from the input, written
// to a temporary file, then ProjectStore::open() and, if it opens, every read
// the program does, then close().
// Input, either
//  - the bytes of a file that starts with SQLite's magic, written as they are
//    (corrupt pages, lying headers: seeded with tests/data/store), or
//  - a NUL byte and then records of values, each written to one cell of a
//    copy of a real project (the sample project, schema and rows): any type,
//    any bytes, in any column (see writeValues), or
//  - an SQL script, run by SQLite on such a copy: odd rows, odd types,
//    NULLs, anchors of any shape, a changed schema, triggers, views.
// Oracle: a refused file is left byte for byte as it was.

#include "fuzzcommon.h"

#include "cli/sampleproject.h"
#include "spelling/spellingprojectsettings.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstring>
#include <iterator>

using namespace ktk;

namespace {

// Enough for every read to have rows to go through, small enough to stay fast.
constexpr int MaxItems = 64;
constexpr int ProgressBudget = 500;   // x 1000 SQLite VM steps for the script

QTemporaryDir *scratch;
QByteArray templateProject;

QString projectPath()
{
    return scratch->filePath(QStringLiteral("p.ktk"));
}

// Nothing of one run (the file, -wal, -shm, .lock, a migration's .bak) may
// be seen by the next.
void clearScratch()
{
    QDir dir(scratch->path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The script may shape the database as it likes but touch nothing outside
// it: no ATTACH or VACUUM INTO (they write other files), no extensions, no
// FTS3 tokenizer pointers (that would crash this harness, not the program).
int authorize(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    if (action == SQLITE_ATTACH || action == SQLITE_DETACH)
        return SQLITE_DENY;
    if (action == SQLITE_FUNCTION && arg2
        && (!sqlite3_stricmp(arg2, "load_extension") || !sqlite3_stricmp(arg2, "fts3_tokenizer")))
        return SQLITE_DENY;
    if (action == SQLITE_PRAGMA && arg1
        && (!sqlite3_stricmp(arg1, "max_page_count") || !sqlite3_stricmp(arg1, "temp_store_directory")
            || !sqlite3_stricmp(arg1, "data_store_directory")))
        return SQLITE_DENY;
    return SQLITE_OK;
}

// Writes one cell per record of values: table, column and row chosen by a
// byte each, then a value of any type SQLite stores (NULL, integer, real,
// text, blob). No SQL to get right, so every mutation reaches the reads.
// CHECK constraints are off: the integrity check does not look at them, so
// a file may break them (a colour "red").
void writeValues(sqlite3 *db, const QByteArray &values)
{
    struct Table { const char *name; std::initializer_list<const char *> columns; };
    static const Table tables[] = {
        { "documents", { "id", "title", "source_url", "author", "published_on", "language", "format", "file_name",
                         "imported_at", "sort_order", "original_bytes", "canonical_text" } },
        { "claim_types", { "id", "name", "builtin_key", "description", "colour", "shortcut", "sort_order" } },
        { "annotations", { "id", "document_id", "type_id", "anchor", "quote", "start_pos", "end_pos", "page",
                           "position_key", "note", "claimant", "status", "created", "modified", "author" } },
        { "tags", { "id", "name", "folded" } },
        { "annotation_tags", { "annotation_id", "tag_id" } },
        { "settings", { "key", "value" } },
        { "document_notes", { "document_id", "note" } },
    };
    sqlite3_exec(db, "PRAGMA ignore_check_constraints=ON", nullptr, nullptr, nullptr);
    const auto *p = reinterpret_cast<const unsigned char *>(values.constData());
    const auto *end = p + values.size();
    while (end - p >= 4) {
        const Table &t = tables[*p++ % std::size(tables)];
        const char *column = t.columns.begin()[*p++ % t.columns.size()];
        const int row = *p++;
        const int type = *p++ % 5;
        QByteArray sql = QByteArray("UPDATE OR IGNORE ") + t.name + " SET " + column + " = ?1";
        // The row by its place in the table; the whole table for the two without a rowid.
        if (std::strcmp(t.name, "annotation_tags") && std::strcmp(t.name, "settings"))
            sql += QByteArray(" WHERE rowid = (SELECT rowid FROM ") + t.name + " LIMIT 1 OFFSET ?2)";
        else
            sql += " WHERE ?2 >= 0";
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return;
        qsizetype length = 0;   // NULL: none; numbers: 8 bytes; text and blob: a length byte first
        if (type == 1 || type == 2)
            length = qMin<qsizetype>(8, end - p);
        else if (type >= 3 && p < end) {
            const qsizetype wanted = *p++;
            length = qMin<qsizetype>(wanted, end - p);
        }
        qint64 number = 0;
        std::memcpy(&number, p, size_t(qMin<qsizetype>(length, 8)));
        double real = 0;
        std::memcpy(&real, &number, sizeof real);
        switch (type) {
        case 0: sqlite3_bind_null(statement, 1); break;
        case 1: sqlite3_bind_int64(statement, 1, number); break;
        case 2: sqlite3_bind_double(statement, 1, real); break;
        case 3: sqlite3_bind_text(statement, 1, reinterpret_cast<const char *>(p), int(length), SQLITE_TRANSIENT); break;
        default: sqlite3_bind_blob(statement, 1, p, int(length), SQLITE_TRANSIENT); break;
        }
        p += length;
        sqlite3_bind_int(statement, 2, row);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
    }
}

// Runs script (or writes values) on the file at path, bounded in time (VM
// steps) and size.
void build(const QString &path, const QByteArray &input)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1 << 20);
    sqlite3_exec(db, "PRAGMA synchronous=OFF; PRAGMA max_page_count=4096", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(db, authorize, nullptr);
    int steps = 0;
    sqlite3_progress_handler(
        db, 1000, [](void *count) { return ++*static_cast<int *>(count) > ProgressBudget ? 1 : 0; }, &steps);
    if (input.startsWith('\0'))
        writeValues(db, input.mid(1));
    else
        sqlite3_exec(db, input.constData(), nullptr, nullptr, nullptr);   // stops at the first error, as intended
    sqlite3_close_v2(db);
}

// Everything the window, the panels and the command line read from an open project.
void readEverything(const ProjectStore &store)
{
    (void)store.schemaVersion();
    (void)store.setting(SpellingProjectSettings::languageKey());
    const QVector<DocumentSummary> documents = store.documents();
    for (int i = 0; i < documents.size() && i < MaxItems; ++i) {
        const DocumentId id = documents.at(i).id;
        (void)store.document(id);
        (void)store.canonicalText(id);
        (void)store.annotations(id);
    }
    const QVector<Annotation> annotations = store.annotations();
    for (int i = 0; i < annotations.size() && i < MaxItems; ++i) {
        const Annotation &a = annotations.at(i);
        (void)store.annotation(a.id);
        (void)a.anchor.positionKey();
        (void)store.setting(SpellingProjectSettings::noteLanguageKey(a.id));
    }
    const QVector<ClaimType> types = store.claimTypes();
    for (int i = 0; i < types.size() && i < MaxItems; ++i) {
        const ClaimTypeId id = types.at(i).id;
        (void)store.claimType(id);
        (void)store.annotationsOfType(id);
        (void)store.annotationCountOfType(id);
        (void)store.setting(SpellingProjectSettings::claimTypeLanguageKey(id));
    }
    (void)store.allTags();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(fuzz::App::Core);
    scratch = new QTemporaryDir(QDir::temp().filePath(QStringLiteral("ktk-fuzz-projectfile-XXXXXX")));
    {
        // The sample project, with a row in every table, for the input to change.
        ProjectStore store;
        bool made = scratch->isValid() && store.create(projectPath()).ok() && SampleProject::fill(store).ok();
        const QVector<DocumentSummary> documents = made ? store.documents() : QVector<DocumentSummary>();
        const QVector<Annotation> annotations = made ? store.annotations() : QVector<Annotation>();
        if (!documents.isEmpty() && !annotations.isEmpty()) {
            DocumentMeta meta = documents.first().meta;
            meta.note = QStringLiteral("Een notitie bij het hele document.");
            made = store.updateDocumentMeta(documents.first().id, meta).ok()
                && store.setSetting(SpellingProjectSettings::languageKey(), QStringLiteral("nl")).ok()
                && store.setSetting(SpellingProjectSettings::noteLanguageKey(annotations.first().id),
                                    QStringLiteral("en_GB")).ok();
        }
        store.close();
        if (!made || documents.isEmpty() || annotations.isEmpty()) {
            std::fprintf(stderr, "cannot make the template project in %s\n", qPrintable(scratch->path()));
            std::abort();
        }
    }
    templateProject = readFile(projectPath());
    clearScratch();
    std::atexit([] { delete scratch; });   // a crash leaves it behind; ./build.sh fuzz sets TMPDIR
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    clearScratch();
    const QString path = projectPath();
    const QByteArray input = fuzz::bytes(data, size);
    if (input.startsWith(QByteArray("SQLite format 3\0", 16))) {
        writeFile(path, input);
    } else {
        writeFile(path, templateProject);
        build(path, input);
    }
    const QByteArray before = readFile(path);

    {
        ProjectStore store;
        const ProjectStore::OpenResult opened = store.open(path);
        if (!qEnvironmentVariableIsEmpty("KTK_FUZZ_VERBOSE"))
            std::fprintf(stderr, "open: %s\n", opened.ok() ? "ok" : qPrintable(opened.message));
        if (opened.ok()) {
            readEverything(store);
            store.close();
        } else {
            KTK_FUZZ_CHECK(!opened.message.isEmpty(), "a refused project gives no reason");
        }
        if (!opened.ok() && opened.error != ProjectStore::OpenError::Locked) {
            store.close();
            KTK_FUZZ_CHECK(readFile(path) == before, "a refused project file was changed");
        }
    }
    clearScratch();
    return 0;
}
