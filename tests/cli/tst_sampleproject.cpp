// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/textanchorresolver.h"
#include "cli/sampleproject.h"
#include "store/projectstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;

class TstSampleProject : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("voorbeeld.ktk"));
        QFile::remove(m_path);
    }

    void create_makesTwoArticlesInDutchAndEnglish()
    {
        const Status s = SampleProject::create(m_path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        ProjectStore store;
        QVERIFY(store.open(m_path).ok());
        const QVector<DocumentSummary> docs = store.documents();
        QCOMPARE(docs.size(), 2);
        QSet<QString> languages;
        for (const DocumentSummary &d : docs) {
            languages.insert(d.meta.language);
            QCOMPARE(d.format, SourceFormat::Markdown);
            QVERIFY(!d.meta.title.isEmpty());
            QVERIFY(!d.meta.author.isEmpty());
            QVERIFY(d.meta.publishedOn.isValid());
            const QString text = store.canonicalText(d.id);
            // The heading is rendered, not shown as Markdown source.
            QVERIFY2(!text.contains(QStringLiteral("# ")), qPrintable(text.left(80)));
            QVERIFY2(text.startsWith(d.meta.title), qPrintable(text.left(80)));
            const int words = int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
            QVERIFY2(words >= 250 && words <= 400, qPrintable(QString::number(words)));
        }
        QCOMPARE(languages, (QSet<QString>{QStringLiteral("nl"), QStringLiteral("en")}));
    }

    void fill_claimsAnchorExactlyAndAreVaried()
    {
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        const Status s = SampleProject::fill(store);
        QVERIFY2(s.ok(), qPrintable(s.error()));

        QSet<ClaimTypeId> types;
        QSet<int> statuses;
        int withNote = 0, withTags = 0;
        for (const DocumentSummary &d : store.documents()) {
            const QString text = store.canonicalText(d.id);
            const QVector<Annotation> claims = store.annotations(d.id);
            QVERIFY2(claims.size() >= 5 && claims.size() <= 8, qPrintable(QString::number(claims.size())));
            QCOMPARE(d.annotationCount, int(claims.size()));
            bool overlap = false;
            for (const Annotation &a : claims) {
                QCOMPARE(a.anchor.kind(), Anchor::Kind::Text);
                const TextAnchorResolver::Resolution r = TextAnchorResolver::resolve(text, a.anchor.text());
                QCOMPARE(r.outcome, TextAnchorResolver::Outcome::Exact);
                QVERIFY(store.claimType(a.typeId).has_value());
                QVERIFY(!a.claimant.isEmpty());
                QVERIFY(a.created.isValid());
                types.insert(a.typeId);
                statuses.insert(int(a.status));
                withNote += !a.note.isEmpty();
                withTags += !a.tags.isEmpty();
                for (const Annotation &b : claims) {
                    const TextSelector &x = a.anchor.text();
                    const TextSelector &y = b.anchor.text();
                    if (a.id != b.id && x.start < y.end && y.start < x.end)
                        overlap = true;
                }
            }
            QVERIFY2(overlap, qPrintable(d.meta.title));
        }
        // Every type of the default codebook and every status but "false"
        // appear, so the sample shows what the program can do.
        QCOMPARE(types.size(), int(store.claimTypes().size()));
        QVERIFY(statuses.size() >= 4);
        QVERIFY(withNote >= 10);
        QVERIFY(withTags >= 10);
        QVERIFY(store.allTags().size() >= 8);
    }

    void fillWithChangedCodebook_fallsBackToTheFirstType()
    {
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        const QVector<ClaimType> types = store.claimTypes();
        const ClaimTypeId kept = types.last().id;
        for (const ClaimType &t : types) {
            if (t.id != kept)
                QVERIFY(store.removeClaimType(t.id, std::nullopt).ok());
        }
        const Status s = SampleProject::fill(store);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QVector<Annotation> all = store.annotations();
        QVERIFY(all.size() >= 10);
        for (const Annotation &a : all)
            QCOMPARE(a.typeId, kept);
    }

    void fillWithoutOpenProject_fails()
    {
        ProjectStore store;
        const Status s = SampleProject::fill(store);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
    }

    void createOverExistingFile_refusesAndLeavesItUnchanged()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("niet overschrijven");
        f.close();
        const Status s = SampleProject::create(m_path);
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("voorbeeld.ktk")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("niet overschrijven"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstSampleProject)
#include "tst_sampleproject.moc"
