// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real project in a temporary folder, with helpers to add documents and
// claims directly through the store (not through commands, so the undo
// stack starts empty). Shared by the model and panel tests.

#include "anchor/anchor.h"
#include "store/projectstore.h"
#include "store/records.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace ktk::testing {

struct ClaimSpec
{
    QString quote;              // must occur in the document text
    ClaimTypeId type = 0;       // 0: the codebook's first type
    VerificationStatus status = VerificationStatus::Unchecked;
    QString claimant;
    QStringList tags;
    QString note;
    QDateTime created;          // invalid: now
};

class ClaimProject
{
    // First, so the folder outlives the store that has a file in it.
    QTemporaryDir m_dir;

public:
    ClaimProject() = default;

    bool create()
    {
        if (!m_dir.isValid())
            return false;
        m_path = m_dir.filePath(QStringLiteral("project.ktk"));
        const ProjectStore::OpenResult r = store.create(m_path);
        if (!r.ok())
            qWarning("create failed: %s", qPrintable(r.message));
        return r.ok();
    }

    // Closes and opens the file again, for checking what is really stored.
    bool reopen()
    {
        store.close();
        return store.open(m_path).ok();
    }

    QString path() const { return m_path; }

    ClaimTypeId typeAt(int index) const
    {
        const QVector<ClaimType> types = store.claimTypes();
        return index < types.size() ? types.at(index).id : 0;
    }

    DocumentId addDocument(const QString &title, const QString &text, const QString &language = QStringLiteral("nl"))
    {
        Document doc;
        doc.meta.title = title;
        doc.meta.language = language;
        doc.format = SourceFormat::PlainText;
        doc.fileName = title + QStringLiteral(".txt");
        doc.importedAt = QDateTime::currentDateTimeUtc();
        doc.originalBytes = text.toUtf8();
        doc.canonicalText = text;
        const Result<DocumentId> id = store.addDocument(doc);
        if (!id)
            qWarning("addDocument failed: %s", qPrintable(id.error()));
        if (id)
            m_texts.insert(*id, text);
        return id ? *id : 0;
    }

    AnnotationId addClaim(DocumentId document, const ClaimSpec &spec)
    {
        const QString text = m_texts.value(document);
        const int start = int(text.indexOf(spec.quote));
        if (start < 0 || spec.quote.isEmpty()) {
            qWarning("quote not in document: %s", qPrintable(spec.quote));
            return 0;
        }
        Annotation a;
        a.documentId = document;
        a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(spec.quote.size())));
        a.typeId = spec.type ? spec.type : typeAt(0);
        a.status = spec.status;
        a.claimant = spec.claimant;
        a.tags = normalisedTags(spec.tags);
        a.note = spec.note;
        a.created = spec.created;
        a.author = QStringLiteral("tester");
        const Result<AnnotationId> id = store.addAnnotation(a);
        if (!id)
            qWarning("addAnnotation failed: %s", qPrintable(id.error()));
        return id ? *id : 0;
    }

    ProjectStore store;
    QUndoStack undo;

private:
    QString m_path;
    QHash<DocumentId, QString> m_texts;
};

inline QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace ktk::testing
