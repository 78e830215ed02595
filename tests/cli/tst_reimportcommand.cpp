// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbinary.h"
#include "anchor/textanchorresolver.h"
#include "store/projectstore.h"

#include "../import/newspage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ktk;

// kanttekening reimport PROJECT (--document ID | --all) [--full-page], run
// as a script would: the stored page shown the other way, claims carried
// across, the ones not found named on stderr and kept.
class TstReimportCommand : public QObject
{
    Q_OBJECT

    using Finished = testutil::Finished;

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(KTK_BINARY)), KTK_BINARY);
        QVERIFY(m_dir.isValid());
    }

    void reimport_wholePageAndBack_keepsEveryClaim()
    {
        const QString page = m_dir.filePath(QStringLiteral("nieuws.html"));
        {
            QFile f(page);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(testing::newsPage());
        }
        const QString project = m_dir.filePath(QStringLiteral("krant.ktk"));
        Finished f = testutil::runBinary({QStringLiteral("import"), project, page});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));

        DocumentId doc = 0;
        AnnotationId inArticle = 0;
        {
            ProjectStore store;
            QVERIFY(store.open(project).ok());
            doc = store.documents().first().id;
            QCOMPARE(store.documents().first().extraction, ContentExtraction::Article);
            const QString text = store.canonicalText(doc);
            const QString quote = QStringLiteral("Alinea 2 van het artikel");
            const int start = int(text.indexOf(quote));
            QVERIFY(start >= 0);
            Annotation a;
            a.documentId = doc;
            a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(quote.size())));
            a.typeId = store.claimTypes().first().id;
            inArticle = *store.addAnnotation(a);
        }

        f = testutil::runBinary({QStringLiteral("reimport"), project, QStringLiteral("--document"),
                                 QString::number(doc), QStringLiteral("--full-page")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(QStringLiteral("re-imported as whole page")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("1 of 1 claims")), qPrintable(f.out));
        {
            ProjectStore store;
            QVERIFY(store.open(project).ok());
            QCOMPARE(store.documents().first().extraction, ContentExtraction::FullPage);
            QVERIFY(store.canonicalText(doc).contains(QStringLiteral("reageerder Klaas")));
            QVERIFY(TextAnchorResolver::holdsQuote(store.canonicalText(doc), store.annotation(inArticle)->anchor.text()));
            // A claim in the comments, which the article does not hold.
            const QString text = store.canonicalText(doc);
            const QString quote = QStringLiteral("reageerder Klaas zegt");
            const int start = int(text.indexOf(quote));
            Annotation a;
            a.documentId = doc;
            a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(quote.size())));
            a.typeId = store.claimTypes().first().id;
            QVERIFY(store.addAnnotation(a).ok());
        }

        f = testutil::runBinary({QStringLiteral("reimport"), project, QStringLiteral("--all")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(QStringLiteral("1 of 2 claims")), qPrintable(f.out));
        QVERIFY2(f.err.contains(QStringLiteral("reageerder Klaas zegt")), qPrintable(f.err));
        {
            ProjectStore store;
            QVERIFY(store.open(project).ok());
            QCOMPARE(store.annotations(doc).size(), 2);
            QVERIFY(!store.canonicalText(doc).contains(QStringLiteral("reageerder")));
        }

        // Again as article: nothing to do, said so, exit 0.
        f = testutil::runBinary({QStringLiteral("reimport"), project, QStringLiteral("--all")});
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.out.contains(QStringLiteral("unchanged")), qPrintable(f.out));
    }

    void badArguments_areUsageErrors()
    {
        const QString project = m_dir.filePath(QStringLiteral("leeg.ktk"));
        {
            ProjectStore store;
            QVERIFY(store.create(project).ok());
        }
        Finished f = testutil::runBinary({QStringLiteral("reimport"), project});
        QCOMPARE(f.exitCode, 2);
        QVERIFY(f.err.contains(QStringLiteral("--document")));
        f = testutil::runBinary({QStringLiteral("reimport"), project, QStringLiteral("--document"), QStringLiteral("77")});
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("77")), qPrintable(f.err));
        f = testutil::runBinary({QStringLiteral("reimport"), m_dir.filePath(QStringLiteral("bestaat-niet.ktk")),
                                 QStringLiteral("--all")});
        QCOMPARE(f.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bestaat-niet.ktk"))));
    }
};

QTEST_GUILESS_MAIN(TstReimportCommand)
#include "tst_reimportcommand.moc"
