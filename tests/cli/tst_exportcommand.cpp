// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbinary.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

// kanttekening export-pdf as a script runs it: without a display, exit codes,
// what goes to stdout and stderr, and beside a window holding the project.
class TstExportCommand : public QObject
{
    Q_OBJECT

    using Finished = ktk::testutil::Finished;
    static Finished runBinary(const QStringList &args) { return ktk::testutil::runBinary(args); }

    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The /NM of every claim annotation (/Highlight, /Square) in the file.
    static QSet<QString> claimNames(const QString &path) { return claimStrings(path, "/NM"); }

    // The values of a text key (/NM, /T, …) of every claim annotation in the file.
    static QSet<QString> claimStrings(const QString &path, const std::string &key)
    {
        const QByteArray bytes = bytesOf(path);
        QSet<QString> names;
        if (bytes.isEmpty())
            return names;
        QPDF pdf;
        pdf.processMemoryFile("exported", bytes.constData(), size_t(bytes.size()));
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
            if (!annots.isArray())
                continue;
            for (auto &a : annots.aitems()) {
                const std::string subtype = a.getKey("/Subtype").isName() ? a.getKey("/Subtype").getName() : "";
                if ((subtype == "/Highlight" || subtype == "/Square") && a.getKey(key).isString())
                    names.insert(QString::fromStdString(a.getKey(key).getUTF8Value()));
            }
        }
        return names;
    }

    static QString nameOf(const ktk::Annotation &a)
    {
        return QStringLiteral("kanttekening-%1-%2").arg(a.id).arg(a.created.toMSecsSinceEpoch());
    }

    QString makeSample(const QString &name)
    {
        const QString project = m_dir.filePath(name);
        const Finished made = runBinary({QStringLiteral("sample"), project});
        if (made.exitCode != 0)
            qWarning() << made.err;
        return made.exitCode == 0 ? project : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(KTK_BINARY)), KTK_BINARY);
        QVERIFY(m_dir.isValid());
        m_project = makeSample(QStringLiteral("sample.ktk"));
        QVERIFY(!m_project.isEmpty());
    }

    void all_writesOnePdfPerDocument()
    {
        const QString out = m_dir.filePath(QStringLiteral("all"));
        const Finished f = runBinary({QStringLiteral("export-pdf"), m_project, QStringLiteral("--all"),
                                      QStringLiteral("--out"), out});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.err.isEmpty(), qPrintable(f.err));
        const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 2);
        QCOMPARE(f.out.count(QStringLiteral("exported: ")), 2);
        QVERIFY2(f.out.contains(QStringLiteral("8 claim")), qPrintable(f.out));
        int total = 0;
        for (const QString &pdf : pdfs)
            total += int(claimNames(QDir(out).filePath(pdf)).size());
        ktk::ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        QCOMPARE(total, int(store.annotations().size()));
        // Nothing else left in the folder (no temporary files).
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
    }

    void author_isTheOneGiven_orTheAccountsName()
    {
        const QString given = m_dir.filePath(QStringLiteral("author-given.pdf"));
        const QString author = QStringLiteral("Dr. Één van Onderzoek");
        Finished f = runBinary({QStringLiteral("export-pdf"), m_project, QStringLiteral("--document"),
                                QStringLiteral("1"), QStringLiteral("--author"), author, QStringLiteral("--out"), given});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QCOMPARE(claimStrings(given, "/T"), QSet<QString>{author});

        const QString byDefault = m_dir.filePath(QStringLiteral("author-default.pdf"));
        f = runBinary({QStringLiteral("export-pdf"), m_project, QStringLiteral("--document"), QStringLiteral("1"),
                       QStringLiteral("--out"), byDefault});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        const QSet<QString> authors = claimStrings(byDefault, "/T");
        QCOMPARE(authors.size(), 1);
        QVERIFY(!authors.values().first().isEmpty());
        QVERIFY(!authors.contains(author));
    }

    void typeAndStatus_exportOnlyThoseClaims()
    {
        ktk::ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        ktk::ClaimTypeId factual = 0;
        for (const ktk::ClaimType &t : store.claimTypes()) {
            if (t.builtinKey == QLatin1String("factual"))
                factual = t.id;
        }
        QVERIFY(factual != 0);
        // The document with the most factual, supported claims.
        ktk::DocumentId best = 0;
        QSet<QString> expected;
        QSet<QString> everything;
        for (const ktk::DocumentSummary &d : store.documents()) {
            QSet<QString> these;
            QSet<QString> all;
            for (const ktk::Annotation &a : store.annotations(d.id)) {
                all.insert(nameOf(a));
                if (a.typeId == factual && a.status == ktk::VerificationStatus::Supported)
                    these.insert(nameOf(a));
            }
            if (best == 0 || these.size() > expected.size()) {
                best = d.id;
                expected = these;
                everything = all;
            }
        }
        store.close();
        QVERIFY2(!expected.isEmpty(), "the sample has a factual, supported claim");
        QVERIFY(expected.size() < everything.size());

        const QString out = m_dir.filePath(QStringLiteral("filtered.pdf"));
        const Finished f = runBinary({QStringLiteral("export-pdf"), m_project, QStringLiteral("--document"),
                                      QString::number(best), QStringLiteral("--out"), out, QStringLiteral("--type"),
                                      QStringLiteral("factual"), QStringLiteral("--status"),
                                      QStringLiteral("supported")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(QStringLiteral("%1 claim").arg(expected.size())), qPrintable(f.out));
        QCOMPARE(claimNames(out), expected);
    }

    void badArguments_exitTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString p = QStringLiteral("@P@");
        const QString o = QStringLiteral("@O@");
        QTest::newRow("no --out") << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--all")};
        QTest::newRow("--all and --document")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--all"), QStringLiteral("--document"),
                           QStringLiteral("1"), QStringLiteral("--out"), o};
        QTest::newRow("neither --all nor --document")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--out"), o};
        QTest::newRow("--notes sideways")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--all"), QStringLiteral("--out"), o,
                           QStringLiteral("--notes"), QStringLiteral("sideways")};
        QTest::newRow("unknown --type")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--all"), QStringLiteral("--out"), o,
                           QStringLiteral("--type"), QStringLiteral("gossip")};
        QTest::newRow("unknown --status")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--all"), QStringLiteral("--out"), o,
                           QStringLiteral("--status"), QStringLiteral("probably")};
        QTest::newRow("missing project")
            << QStringList{QStringLiteral("export-pdf"), QStringLiteral("@MISSING@"), QStringLiteral("--all"),
                           QStringLiteral("--out"), o};
        QTest::newRow("missing document")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--document"), QStringLiteral("9999"),
                           QStringLiteral("--out"), o};
        QTest::newRow("document not a number")
            << QStringList{QStringLiteral("export-pdf"), p, QStringLiteral("--document"), QStringLiteral("first"),
                           QStringLiteral("--out"), o};
        QTest::newRow("no project") << QStringList{QStringLiteral("export-pdf"), QStringLiteral("--all"),
                                                   QStringLiteral("--out"), o};
    }

    void badArguments_exitTwoWithAMessage()
    {
        QFETCH(QStringList, args);
        QTemporaryDir outDir;
        QVERIFY(outDir.isValid());
        const QString out = outDir.filePath(QStringLiteral("never"));
        args.replaceInStrings(QStringLiteral("@P@"), m_project);
        args.replaceInStrings(QStringLiteral("@O@"), out);
        args.replaceInStrings(QStringLiteral("@MISSING@"), m_dir.filePath(QStringLiteral("missing.ktk")));
        const QByteArray projectBefore = bytesOf(m_project);
        const Finished f = runBinary(args);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(!f.err.trimmed().isEmpty(), "a message on stderr");
        QVERIFY2(f.out.isEmpty(), qPrintable(f.out));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.ktk"))));
        QCOMPARE(QDir(outDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(bytesOf(m_project), projectBefore);
    }

    // The window holds the project (its lock, its WAL) and has just committed
    // a claim: export reads it, and changes neither the file nor the WAL.
    void whileTheWindowHoldsTheProject_exportsWhatIsCommitted_andChangesNothing()
    {
        const QString project = makeSample(QStringLiteral("held.ktk"));
        QVERIFY(!project.isEmpty());
        ktk::ProjectStore holder;
        QVERIFY(holder.open(project).ok());
        const ktk::DocumentSummary doc = holder.documents().first();
        ktk::Annotation a = holder.annotations(doc.id).first();
        a.id = 0;
        a.note = QStringLiteral("Net toegevoegd, nog in de WAL");
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        const auto added = holder.addAnnotation(a);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        a.id = *added;
        const QVector<ktk::Annotation> now = holder.annotations(doc.id);
        a = *std::find_if(now.cbegin(), now.cend(), [&](const ktk::Annotation &x) { return x.id == *added; });
        const int count = int(now.size());

        const QByteArray fileBefore = bytesOf(project);
        const QByteArray walBefore = bytesOf(project + QStringLiteral("-wal"));
        QVERIFY2(!walBefore.isEmpty(), "the claim is still in the WAL");

        const QString out = m_dir.filePath(QStringLiteral("held.pdf"));
        const Finished f = runBinary({QStringLiteral("export-pdf"), project, QStringLiteral("--document"),
                                      QString::number(doc.id), QStringLiteral("--out"), out});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        const QSet<QString> names = claimNames(out);
        QCOMPARE(int(names.size()), count);
        QVERIFY2(names.contains(nameOf(a)), qPrintable(nameOf(a)));
        QVERIFY2(f.out.contains(QStringLiteral("%1 claim").arg(count)), qPrintable(f.out));

        QCOMPARE(bytesOf(project), fileBefore);
        QCOMPARE(bytesOf(project + QStringLiteral("-wal")), walBefore);
        // And the holder still works.
        QVERIFY(holder.isOpen());
        QVERIFY(holder.removeAnnotation(a.id).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TstExportCommand)
#include "tst_exportcommand.moc"
