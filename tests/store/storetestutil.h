// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the store tests: sample records and a way to tell
// whether a file was touched.

#include "store/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace ktk::testutil {

// Bytes and modification time: "unchanged" means both are.
struct FileFingerprint
{
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;

    static FileFingerprint of(const QString &path)
    {
        FileFingerprint f;
        QFile file(path);
        f.exists = file.exists();
        if (f.exists && file.open(QIODevice::ReadOnly))
            f.bytes = file.readAll();
        f.modified = QFileInfo(path).lastModified();
        return f;
    }
    bool operator==(const FileFingerprint &o) const
    { return exists == o.exists && bytes == o.bytes && modified == o.modified; }
};

// The files SQLite and the lock leave next to a project while it is open.
inline QStringList sidecarsOf(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found.append(QFileInfo(path).fileName() + QLatin1String(suffix));
    }
    return found;
}

inline QString sampleText()
{
    return QStringLiteral("Het kabinet verhoogt de belasting. Daardoor stijgen de prijzen met 3 procent. "
                          "Volgens het CPB is dat onvermijdelijk. Minister De Vries: \u201cWe moeten dit doen.\u201d");
}

inline Document sampleDocument(const QString &title = QStringLiteral("Belastingplan"))
{
    Document doc;
    doc.meta.title = title;
    doc.meta.sourceUrl = QStringLiteral("https://example.org/nieuws/belastingplan?id=3&lang=nl");
    doc.meta.author = QStringLiteral("Redactie \u00c9\u00e9n & Co");
    doc.meta.publishedOn = QDate(2025, 9, 16);
    doc.meta.language = QStringLiteral("nl");
    doc.format = SourceFormat::Html;
    doc.fileName = QStringLiteral("belastingplan.html");
    doc.importedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    doc.originalBytes = QByteArray("<html>\0binary\xff\xfe tail</html>", 30);
    doc.canonicalText = sampleText();
    return doc;
}

inline Annotation sampleAnnotation(DocumentId document, ClaimTypeId type, int start, int end)
{
    Annotation a;
    a.documentId = document;
    a.typeId = type;
    a.anchor = Anchor::forText(TextSelector::fromRange(sampleText(), start, end));
    a.note = QStringLiteral("Klopt dit?\nZie CPB-raming \u2014 p. 12.");
    a.claimant = QStringLiteral("Minister De Vries");
    a.status = VerificationStatus::Disputed;
    a.tags = QStringList{QStringLiteral("belasting"), QStringLiteral("Prijzen")};
    a.created = QDateTime(QDate(2026, 2, 3), QTime(10, 11, 12, 345), Qt::UTC);
    a.modified = QDateTime(QDate(2026, 2, 4), QTime(9, 8, 7, 6), Qt::UTC);
    a.author = QStringLiteral("anna");
    return a;
}

} // namespace ktk::testutil
