// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the checks on a project file cost (issue 7): opening a project now
// verifies its schema, reads every page (quick_check) and, where a -wal lies
// beside it, judges the file with and without it; an automatic backup copies
// the whole project. Measured on projects of 10 MB and 100 MB.
//   Run: build/tests/bench/bench_projectfile
#include "store/projectbackups.h"
#include "store/projectfilecheck.h"
#include "store/projectstore.h"
#include "store/schemaverifier.h"
#include "store/sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ktk;

class BenchProjectFile : public QObject
{
    Q_OBJECT

    // A project of about `megabytes` MB: documents of 200,000 characters,
    // each with 50 claims.
    static QString makeProject(const QString &dir, int megabytes)
    {
        const QString path = dir + QStringLiteral("/p%1.ktk").arg(megabytes);
        if (QFileInfo::exists(path))
            return path;
        ProjectStore store;
        if (!store.create(path).ok())
            return {};
        const ClaimTypeId type = store.claimTypes().first().id;
        const QString text = QStringLiteral("De minister zegt dat het beleid werkt en dat de kosten dalen. ").repeated(3200);
        for (int i = 0; i < megabytes * 2; ++i) {
            Document doc;
            doc.meta.title = QStringLiteral("Document %1").arg(i);
            doc.format = SourceFormat::PlainText;
            doc.fileName = doc.meta.title + QStringLiteral(".txt");
            doc.canonicalText = text;
            doc.originalBytes = text.toUtf8();
            const Result<DocumentId> id = store.addDocument(doc);
            QVector<Annotation> claims;
            for (int c = 0; c < 50; ++c) {
                Annotation a;
                a.documentId = *id;
                a.typeId = type;
                a.anchor = Anchor::forText(TextSelector::fromRange(text, c * 60, c * 60 + 40));
                a.note = QStringLiteral("Klopt dit?");
                claims.append(a);
            }
            store.addAnnotations(claims);
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openProject_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::newRow("10 MB") << 10;
        QTest::newRow("100 MB") << 100;
    }
    void openProject()
    {
        QFETCH(int, megabytes);
        const QString path = makeProject(m_dir.path(), megabytes);
        QVERIFY(!path.isEmpty());
        QBENCHMARK {
            ProjectStore store;
            QVERIFY(store.open(path).ok());
        }
    }

    void schemaCheckOnly()
    {
        const QString path = makeProject(m_dir.path(), 10);
        const SchemaVerifier verifier;
        const QString name = sql::uniqueConnectionName(QStringLiteral("bench"));
        {
            Result<QSqlDatabase> db = sql::Connection::open(path, name, sql::Connection::Mode::ReadOnly);
            QVERIFY(db);
            QBENCHMARK {
                QVERIFY(verifier.verify(db.value(), Schema::CurrentVersion));
            }
        }
        sql::Connection::close(name);
    }

    void backup_data() { openProject_data(); }
    void backup()
    {
        QFETCH(int, megabytes);
        const QString path = makeProject(m_dir.path(), megabytes);
        ProjectStore store;   // open meanwhile, as in the window
        QVERIFY(store.open(path).ok());
        QBENCHMARK_ONCE {
            const Result<ProjectBackups::Backup> made = ProjectBackups(path).makeBackup(ProjectBackups::Kind::Manual);
            QVERIFY2(made, qPrintable(made.error()));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(BenchProjectFile)
#include "bench_projectfile.moc"
