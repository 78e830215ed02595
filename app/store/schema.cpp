// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/projectstore.h"
#include "store/sqliteconnection.h"
#include "store/sqlsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ktk {

namespace {

bool execOne(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sql::errorText(q.lastError());
    return false;
}

// Version 1, the first release. Column order matters for speed: the large
// columns of documents come last, so listing documents reads no overflow
// pages. Times are ISO 8601 UTC text with milliseconds, which sorts as time.
Status version1(QSqlDatabase &db)
{
    return Schema::execAll(db, {
        QStringLiteral(
            "CREATE TABLE documents ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL DEFAULT '',"
            " source_url TEXT NOT NULL DEFAULT '',"
            " author TEXT NOT NULL DEFAULT '',"
            " published_on TEXT,"                          // yyyy-MM-dd or NULL when unknown
            " language TEXT NOT NULL DEFAULT '',"
            " format TEXT NOT NULL,"                       // formatKey()
            " file_name TEXT NOT NULL DEFAULT '',"
            " imported_at TEXT NOT NULL,"
            " sort_order INTEGER NOT NULL DEFAULT 0,"
            " original_bytes BLOB,"
            " canonical_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE claim_types ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " builtin_key TEXT NOT NULL DEFAULT '',"
            " description TEXT NOT NULL DEFAULT '',"
            " colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),"
            " shortcut TEXT NOT NULL DEFAULT '',"
            " sort_order INTEGER NOT NULL DEFAULT 0)"),
        // start/end/page/position_key repeat what the anchor JSON holds so that
        // sorting and range queries need no JSON parsing.
        QStringLiteral(
            "CREATE TABLE annotations ("
            " id INTEGER PRIMARY KEY,"
            " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            " type_id INTEGER NOT NULL REFERENCES claim_types(id),"
            " anchor TEXT NOT NULL,"
            " quote TEXT NOT NULL DEFAULT '',"
            " start_pos INTEGER,"
            " end_pos INTEGER,"
            " page INTEGER,"
            " position_key INTEGER NOT NULL DEFAULT 0,"
            " note TEXT NOT NULL DEFAULT '',"
            " claimant TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT 'unchecked',"  // statusKey()
            " created TEXT NOT NULL,"
            " modified TEXT NOT NULL,"
            " author TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX annotations_by_document ON annotations(document_id, position_key)"),
        QStringLiteral("CREATE INDEX annotations_by_type ON annotations(type_id)"),
        // SQLite's NOCASE folds ASCII only; "folded" holds QString::toCaseFolded()
        // so that "Ëconomie" and "ëconomie" are one tag too.
        QStringLiteral(
            "CREATE TABLE tags ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " folded TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
            "CREATE TABLE annotation_tags ("
            " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
            " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            " PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id)"),
        QStringLiteral(
            "CREATE TABLE settings ("
            " key TEXT PRIMARY KEY,"
            " value TEXT NOT NULL) WITHOUT ROWID"),
    });
}

// Version 2: a note per document. Its own table rather than a column, so
// that the documents table keeps its large columns last.
Status version2(QSqlDatabase &db)
{
    return Schema::execAll(db, {QStringLiteral(
        "CREATE TABLE document_notes ("
        " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
        " note TEXT NOT NULL)")});
}

// Version 3: PDF documents. What a PDF needs beyond the documents row: its
// page count and the password that opened it (the extracted text is in the
// file anyway, so keeping the password hides nothing that is not already
// there), and where each page's text is in the canonical text. Pages have no
// rows until the text has been extracted in the background.
Status version3(QSqlDatabase &db)
{
    return Schema::execAll(db, {
        QStringLiteral(
            "CREATE TABLE pdf_documents ("
            " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
            " page_count INTEGER NOT NULL,"
            " password TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE pdf_pages ("
            " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
            " page INTEGER NOT NULL,"
            " width REAL NOT NULL,"                         // points, /Rotate applied
            " height REAL NOT NULL,"
            " text_start INTEGER NOT NULL,"                 // into documents.canonical_text
            " text_end INTEGER NOT NULL,"
            " PRIMARY KEY (document_id, page)) WITHOUT ROWID"),
    });
}

// Version 4: web pages kept as their article (reader mode). A row marks an
// HTML document whose text is the article the page holds, not the whole
// page: the view renders it the same way, and it can be re-imported either
// way from its original bytes. Word and OpenDocument files need no table:
// their format key ("docx", "odt") is new, which older versions must not read.
Status version4(QSqlDatabase &db)
{
    return Schema::execAll(db, {QStringLiteral(
        "CREATE TABLE article_documents ("
        " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE)")});
}

} // namespace

namespace Schema {

QVector<SchemaStep> steps()
{
    return {
        {QStringLiteral("documents, claim types, annotations, tags and settings"), version1},
        {QStringLiteral("notes on documents"), version2},
        {QStringLiteral("PDF documents"), version3},
        {QStringLiteral("web pages as articles; Word and OpenDocument files"), version4},
    };
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QString error;
        if (!execOne(db, sql, &error))
            return Status::failure(error);
    }
    return {};
}

} // namespace Schema

SchemaMigrator::SchemaMigrator(QVector<SchemaStep> steps)
    : m_steps(std::move(steps))
{
}

Result<int> SchemaMigrator::userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Result<int>::failure(sql::errorText(q.lastError()));
    return q.value(0).toInt();
}

Status SchemaMigrator::migrate(QSqlDatabase &db, From origin) const
{
    const QString file = QDir::toNativeSeparators(db.databaseName());
    const Result<int> from = userVersion(db);
    if (!from)
        return Status::failure(tr("Could not read the schema version of \"%1\": %2").arg(file, from.error()));
    if (*from > targetVersion()) {
        return Status::failure(tr("\"%1\" was made by a newer version of Kanttekening (schema %2); "
                                  "this version reads up to %3.")
                                   .arg(file).arg(*from).arg(targetVersion()));
    }
    if (*from == targetVersion())
        return {};
    if (*from < 1 && origin != From::NewFile) {
        return Status::failure(tr("\"%1\" has no schema version, so it is not a Kanttekening project or it is "
                                  "damaged. It was left as it was.")
                                   .arg(file));
    }

    QString error;
    // Steps that rebuild a table need foreign keys off; SQLite ignores this
    // pragma inside a transaction, so it is set around it, and the keys are
    // checked as a whole before commit instead.
    bool foreignKeysWereOn = false;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            foreignKeysWereOn = q.value(0).toInt() != 0;
    }
    auto restoreForeignKeys = [&] {
        return !foreignKeysWereOn || execOne(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    };
    auto fail = [&](const QString &message) {
        execOne(db, QStringLiteral("ROLLBACK"), nullptr);
        restoreForeignKeys();
        return Status::failure(message);
    };

    if (!execOne(db, QStringLiteral("PRAGMA foreign_keys = OFF"), &error)
        || !execOne(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        restoreForeignKeys();
        return Status::failure(tr("Could not update \"%1\" to the current schema: %2").arg(file, error));
    }
    for (int i = *from; i < targetVersion(); ++i) {
        const SchemaStep &step = m_steps.at(i);
        const Status s = step.apply ? step.apply(db) : Status::failure(QStringLiteral("empty step"));
        if (!s) {
            return fail(tr("Could not update \"%1\" to schema %2 (%3): %4. The file was left as it was.")
                            .arg(file).arg(i + 1).arg(step.summary, s.error()));
        }
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(tr("Could not update \"%1\": %2").arg(file, sql::errorText(q.lastError())));
        if (q.next()) {
            return fail(tr("Could not update \"%1\": the update left a reference in table %2 pointing nowhere. "
                           "The file was left as it was.")
                            .arg(file, q.value(0).toString()));
        }
    }
    const QString stamp = QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::ApplicationId);
    const QString version = QStringLiteral("PRAGMA user_version = %1").arg(targetVersion());
    if (!execOne(db, stamp, &error) || !execOne(db, version, &error) || !execOne(db, QStringLiteral("COMMIT"), &error))
        return fail(tr("Could not update \"%1\" to the current schema: %2").arg(file, error));
    // Committed, but a connection left without foreign keys would not cascade
    // deletes: better to refuse it.
    if (!restoreForeignKeys())
        return Status::failure(tr("Could not turn foreign keys back on for \"%1\".").arg(file));
    return {};
}

Result<QString> SchemaMigrator::backup(QSqlDatabase &db, const QString &path, int version)
{
    const QString base = path + QStringLiteral(".v%1").arg(version);
    QString target = base + QStringLiteral(".bak");
    // An earlier backup may be the only copy of something: never overwrite one.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QStringLiteral("-%1.bak").arg(n);

    // VACUUM INTO, not a file copy: it includes what is still in the WAL and
    // is a consistent snapshot even while the file is in use.
    if (const Status copied = sql::Connection::vacuumInto(db, target); !copied) {
        return Result<QString>::failure(tr("Could not back up \"%1\" to \"%2\" before updating it: %3")
                                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target),
                                                 copied.error()));
    }
    return target;
}

} // namespace ktk
