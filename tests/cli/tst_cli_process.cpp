// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbinary.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real executable, as a script would use it: exit codes, what goes to
// stdout and what to stderr. Needs main() to hand its arguments to
// ktk::CommandLine.
class TstCliProcess : public QObject
{
    Q_OBJECT

    using Finished = ktk::testutil::Finished;
    static Finished runBinary(const QStringList &args) { return ktk::testutil::runBinary(args); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(KTK_BINARY)), KTK_BINARY);
        QVERIFY(m_dir.isValid());
    }

    // The window holds the project (its lock, its WAL): list still reads
    // everything committed, changes nothing, and a writing command is refused.
    void listWhileAnotherProgramHasTheProjectOpen_readsWhatIsCommitted()
    {
        const QString project = m_dir.filePath(QStringLiteral("beside.ktk"));
        const QString good = QStringLiteral(KTK_TEST_DATA "/cli/raadsvoorstel-sociale-media.md");
        QCOMPARE(runBinary({QStringLiteral("import"), project, good}).exitCode, 0);
        ktk::ProjectStore holder;
        QVERIFY(holder.open(project).ok());
        ktk::Document doc;
        doc.meta.title = QStringLiteral("Pas toegevoegd");
        doc.format = ktk::SourceFormat::PlainText;
        doc.originalBytes = "Pas toegevoegd";
        doc.canonicalText = QStringLiteral("Pas toegevoegd");
        QVERIFY(holder.addDocument(doc).ok());   // committed, still in the WAL
        auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray mainBefore = bytesOf(project);
        const QByteArray walBefore = bytesOf(project + QStringLiteral("-wal"));

        const Finished listed = runBinary({QStringLiteral("list"), project});
        QCOMPARE(listed.err, QString());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("Pas toegevoegd")), qPrintable(listed.out));
        QCOMPARE(listed.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
        QCOMPARE(bytesOf(project), mainBefore);
        QCOMPARE(bytesOf(project + QStringLiteral("-wal")), walBefore);

        const Finished imported = runBinary({QStringLiteral("import"), project, good});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QStringLiteral("already open")), qPrintable(imported.err));
        QVERIFY(holder.addDocument(doc).ok());
        QCOMPARE(holder.documents().size(), 3);
    }

    void importThenList_reportsThroughExitCodesAndStreams()
    {
        const QString project = m_dir.filePath(QStringLiteral("proces.ktk"));
        const QString good = QStringLiteral(KTK_TEST_DATA "/cli/raadsvoorstel-sociale-media.md");
        const QString bad = QStringLiteral(KTK_TEST_DATA "/cli/verslag.odt");

        const Finished imported = runBinary({QStringLiteral("import"), project, good});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.startsWith(QStringLiteral("imported: ")));
        QVERIFY(imported.out.contains(QDir::toNativeSeparators(good)));
        QCOMPARE(imported.err, QString());
        QVERIFY(QFile::exists(project));

        const Finished partly = runBinary({QStringLiteral("import"), project, bad,
                                           QStringLiteral(KTK_TEST_DATA "/cli/op-ed-platforms.txt")});
        QCOMPARE(partly.exitCode, 1);
        QVERIFY(partly.err.contains(QStringLiteral("verslag.odt")));
        QVERIFY(!partly.out.contains(QStringLiteral("verslag.odt")));
        QVERIFY(partly.out.contains(QStringLiteral("op-ed-platforms.txt")));

        const Finished listed = runBinary({QStringLiteral("list"), project});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.err, QString());
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // header and two documents without claims
        QVERIFY(lines.at(0).startsWith(QStringLiteral("document_id\tdocument_title\tclaim_id\t")));
        for (const QString &line : lines)
            QCOMPARE(line.count(u'\t'), 9);
    }

    void version_printsVersionAndExitsZero()
    {
        const Finished f = runBinary({QStringLiteral("--version")});
        QCOMPARE(f.exitCode, 0);
        QCOMPARE(f.out, QStringLiteral("Kanttekening " KTK_VERSION "\n"));
    }

    void foreignFile_exitsTwoWithMessageOnStderr()
    {
        const QString path = m_dir.filePath(QStringLiteral("vreemd.ktk"));
        QVERIFY(QFile::copy(QStringLiteral(KTK_TEST_DATA "/cli/notitie-van-iemand-anders.ktk"), path));
        const Finished f = runBinary({QStringLiteral("list"), path});
        QCOMPARE(f.exitCode, 2);
        QCOMPARE(f.out, QString());
        QVERIFY(f.err.contains(QStringLiteral("vreemd.ktk")));
    }

    void unknownCommand_exitsTwo()
    {
        const Finished f = runBinary({QStringLiteral("frobnicate"), m_dir.filePath(QStringLiteral("x.ktk"))});
        QCOMPARE(f.exitCode, 2);
        QVERIFY(f.err.contains(QStringLiteral("frobnicate")));
    }

    // #11: importing the same file again silently added a duplicate. Now it
    // is named and skipped, unless --allow-duplicates.
    void sameFileAgain_isSkipped_unlessAllowed()
    {
        const QString project = m_dir.filePath(QStringLiteral("dubbel.ktk"));
        const QString good = QStringLiteral(KTK_TEST_DATA "/cli/raadsvoorstel-sociale-media.md");
        QCOMPARE(runBinary({QStringLiteral("import"), project, good}).exitCode, 0);
        Finished again = runBinary({QStringLiteral("import"), project, good});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("skipped")) && again.err.contains(QStringLiteral("--allow-duplicates")),
                 qPrintable(again.err));
        QVERIFY(!again.out.contains(QStringLiteral("imported")));
        auto documents = [&] {
            ktk::ProjectStore store;
            return store.openForReading(project).ok() ? store.documents().size() : -1;
        };
        QCOMPARE(documents(), 1);
        again = runBinary({QStringLiteral("import"), QStringLiteral("--allow-duplicates"), project, good});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.startsWith(QStringLiteral("imported: ")));
        QCOMPARE(documents(), 2);
    }

    // A mistyped command made a project file named "help" and opened the
    // window (#11): a lone name that is no file and lacks .ktk is a usage error.
    void mistypedCommand_isAUsageError_andCreatesNothing()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const Finished f = runBinary({QStringLiteral("help")});
        QDir::setCurrent(before);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("help")) && f.err.contains(QStringLiteral(".ktk")), qPrintable(f.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("help"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("help.ktk"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCliProcess)
#include "tst_cli_process.moc"
