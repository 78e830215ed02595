// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "import/documentimporter.h"
#include "store/defaultcodebook.h"
#include "store/projectstore.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ktk;

namespace {

const QString DataDir = QStringLiteral(KTK_TEST_DATA "/cli/");

struct Run
{
    CommandLine::Outcome outcome;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CommandLine commandLine(out, err);
    r.outcome = commandLine.run(QStringList{QStringLiteral("kanttekening")} + args);
    out.flush();
    err.flush();
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString unescapeField(const QString &field)
{
    QString s;
    for (int i = 0; i < field.size(); ++i) {
        if (field[i] != u'\\' || i + 1 == field.size()) {
            s += field[i];
            continue;
        }
        const QChar next = field[++i];
        if (next == u't')
            s += u'\t';
        else if (next == u'n')
            s += u'\n';
        else if (next == u'r')
            s += u'\r';
        else
            s += next;
    }
    return s;
}

// The listing parsed back: one QStringList of unescaped fields per line.
QVector<QStringList> parseListing(const QString &out)
{
    QVector<QStringList> rows;
    const QStringList lines = out.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        QStringList fields;
        for (const QString &f : line.split(u'\t'))
            fields.append(unescapeField(f));
        rows.append(fields);
    }
    return rows;
}

// A SQLite file of some other application: valid database, not ours.
void writeForeignDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
}

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project.ktk"));
    }

    void cleanup()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void importIntoMissingProject_createsItWithDefaultCodebook()
    {
        const QString file = DataDir + QStringLiteral("raadsvoorstel-sociale-media.md");
        const Run r = run({QStringLiteral("import"), m_project, file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.outcome.exitCode, int(CommandLine::Success));
        QVERIFY(!r.outcome.openGui);
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("imported: ")), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral(" (") + QDir::toNativeSeparators(file) + QStringLiteral(")\n")), qPrintable(r.out));

        ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        const QVector<DocumentSummary> docs = store.documents();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().format, SourceFormat::Markdown);
        QVERIFY(r.out.contains(QStringLiteral("imported: ") + docs.first().meta.title + QStringLiteral(" (")));
        QVERIFY(store.canonicalText(docs.first().id).contains(QStringLiteral("gedragscode")));
        QStringList keys;
        for (const ClaimType &t : store.claimTypes())
            keys.append(t.builtinKey);
        QCOMPARE(keys, DefaultCodebook::builtinKeys());
    }

    void importIntoExistingProject_addsToIt()
    {
        QCOMPARE(run({QStringLiteral("import"), m_project, DataDir + QStringLiteral("op-ed-platforms.txt")}).outcome.exitCode, 0);
        const Run r = run({QStringLiteral("import"), m_project, DataDir + QStringLiteral("persbericht.html"),
                           DataDir + QStringLiteral("raadsvoorstel-sociale-media.md")});
        QCOMPARE(r.outcome.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        QCOMPARE(store.documents().size(), 3);
    }

    void importWithBadFiles_importsTheGoodOnesAndNamesEachBadOne()
    {
        const QStringList good = {DataDir + QStringLiteral("raadsvoorstel-sociale-media.md"),
                                  DataDir + QStringLiteral("op-ed-platforms.txt"),
                                  DataDir + QStringLiteral("persbericht.html")};
        const QStringList bad = {DataDir + QStringLiteral("binair.txt"), DataDir + QStringLiteral("verslag.odt"),
                                 m_dir.filePath(QStringLiteral("bestaat-niet.md"))};
        const Run r = run({QStringLiteral("import"), m_project, good[0], bad[0], good[1], bad[1], bad[2], good[2]});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::SomeFailed));

        QCOMPARE(r.outLines().size(), 3);
        for (int i = 0; i < good.size(); ++i)
            QVERIFY2(r.outLines().at(i).endsWith(QDir::toNativeSeparators(good[i]) + u')'), qPrintable(r.out));

        const QStringList errors = r.errLines();
        QCOMPARE(errors.size(), bad.size());
        for (int i = 0; i < bad.size(); ++i) {
            const QString name = QFileInfo(bad[i]).fileName();
            QVERIFY2(errors.at(i).contains(name), qPrintable(r.err));
            for (const QString &g : good)
                QVERIFY(!errors.at(i).contains(QFileInfo(g).fileName()));
        }

        ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        QStringList imported;
        for (const DocumentSummary &d : store.documents())
            imported.append(d.fileName);
        QCOMPARE(imported.size(), 3);
        for (const QString &g : good)
            QVERIFY2(imported.contains(QFileInfo(g).fileName()), qPrintable(imported.join(u',')));
    }

    void importNothingButBadFiles_exitsOneAndKeepsTheNewProject()
    {
        const Run r = run({QStringLiteral("import"), m_project, DataDir + QStringLiteral("verslag.odt")});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::SomeFailed));
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.contains(QStringLiteral("verslag.odt")));
        ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        QCOMPARE(store.documents().size(), 0);
    }

    void importCreatingProjectWithoutKtkSuffix_isRefused()
    {
        // Arguments the wrong way round: the "project" is the article.
        const QString target = m_dir.filePath(QStringLiteral("artikel.md"));
        const Run r = run({QStringLiteral("import"), target, DataDir + QStringLiteral("raadsvoorstel-sociale-media.md")});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY(r.err.contains(QStringLiteral("artikel.md")));
        QVERIFY(!QFile::exists(target));
    }

    void list_printsEveryClaimAndEveryDocument()
    {
        DocumentId withClaims = 0, withoutClaims = 0;
        AnnotationId first = 0, second = 0;
        QString factualName, causalName;
        {
            ProjectStore store;
            QVERIFY(store.create(m_project).ok());
            Result<Document> doc = DocumentImporter::importFile(DataDir + QStringLiteral("raadsvoorstel-sociale-media.md"));
            QVERIFY2(doc.ok(), qPrintable(doc.error()));
            Result<DocumentId> id = store.addDocument(doc.value());
            QVERIFY(id.ok());
            withClaims = id.value();
            Result<Document> other = DocumentImporter::importFile(DataDir + QStringLiteral("op-ed-platforms.txt"));
            QVERIFY(other.ok());
            id = store.addDocument(other.value());
            QVERIFY(id.ok());
            withoutClaims = id.value();

            ClaimTypeId factual = 0, causal = 0;
            for (const ClaimType &t : store.claimTypes()) {
                if (t.builtinKey == QLatin1String("factual")) {
                    factual = t.id;
                    factualName = t.name;
                } else if (t.builtinKey == QLatin1String("causal")) {
                    causal = t.id;
                    causalName = t.name;
                }
            }
            QVERIFY(factual && causal);

            const QString text = store.canonicalText(withClaims);
            auto claimOn = [&](const QString &phrase) {
                const int at = text.indexOf(phrase);
                Annotation a;
                a.documentId = withClaims;
                a.anchor = Anchor::forText(TextSelector::fromRange(text, at, at + phrase.size()));
                a.created = a.modified = QDateTime::currentDateTimeUtc();
                return a;
            };
            // Added in reverse reading order: the listing must sort them.
            Annotation later = claimOn(QStringLiteral("het aantal klachten over berichten van medewerkers verdubbeld"));
            QVERIFY(later.anchor.isValid());
            later.typeId = causal;
            later.status = VerificationStatus::Disputed;
            later.claimant = QStringLiteral("het college");
            later.note = QStringLiteral("Bron?\tTwee regels:\nregel twee, met \\backslash");
            later.tags = normalisedTags({QStringLiteral("klachten"), QStringLiteral("cijfers")});
            Result<AnnotationId> added = store.addAnnotation(later);
            QVERIFY(added.ok());
            second = added.value();

            Annotation earlier = claimOn(QStringLiteral("ambtenaren op sociale media"));
            QVERIFY(earlier.anchor.isValid());
            earlier.typeId = factual;
            added = store.addAnnotation(earlier);
            QVERIFY(added.ok());
            first = added.value();
        }

        const Run r = run({QStringLiteral("list"), m_project});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.outcome.exitCode, 0);
        const QVector<QStringList> rows = parseListing(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("document_id"), QStringLiteral("document_title"),
                                       QStringLiteral("claim_id"), QStringLiteral("type"), QStringLiteral("status"),
                                       QStringLiteral("claimant"), QStringLiteral("tags"), QStringLiteral("quote"),
                                       QStringLiteral("note"), QStringLiteral("page")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 10);

        ProjectStore store;
        QVERIFY(store.open(m_project).ok());
        const QString title = store.document(withClaims)->meta.title;

        QCOMPARE(rows[1], (QStringList{QString::number(withClaims), title, QString::number(first), factualName,
                                       QStringLiteral("unchecked"), QString(), QString(),
                                       QStringLiteral("ambtenaren op sociale media"), QString(), QString()}));
        QCOMPARE(rows[2], (QStringList{QString::number(withClaims), title, QString::number(second), causalName,
                                       QStringLiteral("disputed"), QStringLiteral("het college"),
                                       QStringLiteral("cijfers,klachten"),
                                       QStringLiteral("het aantal klachten over berichten van medewerkers verdubbeld"),
                                       QStringLiteral("Bron?\tTwee regels:\nregel twee, met \\backslash"),
                                       QString()}));
        QCOMPARE(rows[3].at(0), QString::number(withoutClaims));
        QCOMPARE(rows[3].at(1), store.document(withoutClaims)->meta.title);
        QVERIFY(!rows[3].at(1).isEmpty());
        for (int i = 2; i < 10; ++i)
            QCOMPARE(rows[3].at(i), QString());
        // Escaped, the note stays on its line.
        QCOMPARE(r.out.count(u'\n'), 4);
    }

    void listEmptyProject_printsOnlyTheHeader()
    {
        {
            ProjectStore store;
            QVERIFY(store.create(m_project).ok());
        }
        const Run r = run({QStringLiteral("list"), m_project});
        QCOMPARE(r.outcome.exitCode, 0);
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY(r.out.startsWith(QStringLiteral("document_id\t")));
    }

    void listMissingProject_failsAndCreatesNothing()
    {
        const Run r = run({QStringLiteral("list"), m_project});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY(r.err.contains(QStringLiteral("project.ktk")));
        QCOMPARE(r.out, QString());
        QVERIFY(!QFile::exists(m_project));
    }

    void foreignFile_isRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("import into text file") << QStringLiteral("import") << false;
        QTest::newRow("list text file") << QStringLiteral("list") << false;
        QTest::newRow("import into other database") << QStringLiteral("import") << true;
        QTest::newRow("list other database") << QStringLiteral("list") << true;
    }

    void foreignFile_isRefusedAndLeftUnchanged()
    {
        QFETCH(QString, command);
        QFETCH(bool, sqlite);
        const QString path = m_dir.filePath(QStringLiteral("notitie-van-iemand-anders.ktk"));
        if (sqlite)
            writeForeignDatabase(path);
        else
            QVERIFY(QFile::copy(DataDir + QStringLiteral("notitie-van-iemand-anders.ktk"), path));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        QStringList args{command, path};
        if (command == QLatin1String("import"))
            args.append(DataDir + QStringLiteral("op-ed-platforms.txt"));
        const Run r = run(args);
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY2(r.err.contains(QStringLiteral("notitie-van-iemand-anders.ktk")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(fileHash(path), before);
    }

    void newerProject_isRefusedAndLeftUnchanged()
    {
        {
            ProjectStore store;
            QVERIFY(store.create(m_project).ok());
        }
        setUserVersion(m_project, Schema::CurrentVersion + 1);
        const QByteArray before = fileHash(m_project);
        for (const QStringList &args : {QStringList{QStringLiteral("list"), m_project},
                                        QStringList{QStringLiteral("import"), m_project,
                                                    DataDir + QStringLiteral("op-ed-platforms.txt")}}) {
            const Run r = run(args);
            QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
            QVERIFY2(r.err.contains(QStringLiteral("project.ktk")), qPrintable(r.err));
            QCOMPARE(fileHash(m_project), before);
        }
    }

    void corruptProject_isRefused()
    {
        {
            ProjectStore store;
            QVERIFY(store.create(m_project).ok());
        }
        QFile f(m_project);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        // Keep SQLite's header so it is recognisably a database, wreck the rest.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i * 31));
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        const Run r = run({QStringLiteral("list"), m_project});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY2(r.err.contains(QStringLiteral("project.ktk")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    // The window holds the project: reading commands read beside it, writing ones are refused.
    void projectOpenElsewhere_isReadButNotWritten()
    {
        ProjectStore holder;
        QVERIFY(holder.create(m_project).ok());
        const Run list = run({QStringLiteral("list"), m_project});
        QCOMPARE(list.outcome.exitCode, 0);
        QCOMPARE(list.err, QString());
        QVERIFY(list.out.startsWith(QStringLiteral("document_id\t")));
        const Run import = run({QStringLiteral("import"), m_project, DataDir + QStringLiteral("op-ed-platforms.txt")});
        QCOMPARE(import.outcome.exitCode, int(CommandLine::UsageError));
        QCOMPARE(holder.documents().size(), 0);
    }

    void sample_createsAProjectThatLists()
    {
        const Run r = run({QStringLiteral("sample"), m_project});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.outcome.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("project.ktk")));
        const Run listed = run({QStringLiteral("list"), m_project});
        QCOMPARE(listed.outcome.exitCode, 0);
        const QVector<QStringList> rows = parseListing(listed.out);
        QVERIFY(rows.size() >= 1 + 10);
        QSet<QString> documents;
        for (int i = 1; i < rows.size(); ++i) {
            documents.insert(rows[i].at(0));
            QVERIFY(!rows[i].at(7).isEmpty());   // every sample claim has a quote
        }
        QCOMPARE(documents.size(), 2);
    }

    void sampleOverExistingFile_isRefusedAndLeftUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("bestaand.ktk"));
        QVERIFY(QFile::copy(DataDir + QStringLiteral("notitie-van-iemand-anders.ktk"), path));
        const QByteArray before = fileHash(path);
        const Run r = run({QStringLiteral("sample"), path});
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY(r.err.contains(QStringLiteral("bestaand.ktk")));
        QCOMPARE(fileHash(path), before);
    }

    void version_printsProgramAndVersion_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void version_printsProgramAndVersion()
    {
        QFETCH(QString, option);
        const Run r = run({option});
        QCOMPARE(r.outcome.exitCode, 0);
        QVERIFY(!r.outcome.openGui);
        QCOMPARE(r.out, QStringLiteral("Kanttekening " KTK_VERSION "\n"));
        QCOMPARE(r.err, QString());
    }

    void help_describesEveryCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.outcome.exitCode, 0);
        QVERIFY(!r.outcome.openGui);
        QCOMPARE(r.err, QString());
        for (const char *word : {"import", "list", "sample", "--version", ".md"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void usageErrors_exitTwoAndCreateNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString p = QStringLiteral("%DIR%/p.ktk");
        QTest::newRow("import without anything") << QStringList{QStringLiteral("import")};
        QTest::newRow("import without files") << QStringList{QStringLiteral("import"), p};
        QTest::newRow("list without project") << QStringList{QStringLiteral("list")};
        QTest::newRow("list with two projects") << QStringList{QStringLiteral("list"), p, p};
        QTest::newRow("sample without project") << QStringList{QStringLiteral("sample")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), p};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown option with command") << QStringList{QStringLiteral("list"), QStringLiteral("--alles"), p};
    }

    void usageErrors_exitTwoAndCreateNothing()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("%DIR%"), m_dir.path());
        const Run r = run(args);
        QCOMPARE(r.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY(!r.outcome.openGui);
        QCOMPARE(r.out, QString());
        QVERIFY(r.err.contains(QStringLiteral("--help")));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void noArguments_opensTheWindowWithoutProject()
    {
        const Run r = run({});
        QVERIFY(r.outcome.openGui);
        QCOMPARE(r.outcome.projectPath, QString());
        QCOMPARE(r.out + r.err, QString());
    }

    void projectArgument_opensTheWindowWithThatProject()
    {
        const Run r = run({m_project});
        QVERIFY(r.outcome.openGui);
        QCOMPARE(r.outcome.projectPath, m_project);
        // Opening, and reporting a bad file, is the window's job.
        QVERIFY(!QFile::exists(m_project));
    }

    // #12: a file manager passes every file it was given (Exec=... %F).
    void filesForTheWindow_projectByContentAndDocuments()
    {
        const QString document = m_dir.filePath(QStringLiteral("brief.txt"));
        {
            QFile f(document);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("De minister schrijft de Kamer.\n");
        }
        QCOMPARE(run({QStringLiteral("import"), m_project, document}).outcome.exitCode, int(CommandLine::Success));
        // Mailed as .db: ours by its content, not its name.
        const QString renamed = m_dir.filePath(QStringLiteral("project-copy.db"));
        QVERIFY(QFile::copy(m_project, renamed));

        const Run r = run({document, renamed});
        QVERIFY(r.outcome.openGui);
        QCOMPARE(r.outcome.files, (QStringList{document, renamed}));
        QCOMPARE(r.outcome.projectPath, renamed);
        // A document alone: no project named, the window asks.
        const Run alone = run({document});
        QVERIFY(alone.outcome.openGui);
        QCOMPARE(alone.outcome.projectPath, QString());
        QCOMPARE(alone.outcome.files, QStringList{document});

        // One of them missing: said on the terminal, no window.
        const QString missing = m_dir.filePath(QStringLiteral("weg.pdf"));
        const Run bad = run({m_project, missing});
        QVERIFY(!bad.outcome.openGui);
        QCOMPARE(bad.outcome.exitCode, int(CommandLine::UsageError));
        QVERIFY(bad.err.contains(missing));
    }

    void needsGui_decidesFromRawArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("gui");
        QTest::newRow("nothing") << QStringList{} << true;
        QTest::newRow("project") << QStringList{QStringLiteral("a.ktk")} << true;
        QTest::newRow("project after qt option") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("a.ktk")} << true;
        QTest::newRow("qt option only") << QStringList{QStringLiteral("-style"), QStringLiteral("fusion")} << true;
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("a.ktk"), QStringLiteral("b.md")} << false;
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("sample") << QStringList{QStringLiteral("sample"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("command after qt option") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("list"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false;
        QTest::newRow("short help") << QStringList{QStringLiteral("-h")} << false;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << false;
        QTest::newRow("help after project") << QStringList{QStringLiteral("a.ktk"), QStringLiteral("--help")} << false;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("project called list") << QStringList{QStringLiteral("--"), QStringLiteral("./list.ktk")} << true;
        // A name that is no file and lacks .ktk: a mistyped command, said on the terminal.
        QTest::newRow("mistyped command") << QStringList{QStringLiteral("help")} << false;
        QTest::newRow("missing file without .ktk") << QStringList{QStringLiteral("./list")} << false;
        QTest::newRow("command name after --") << QStringList{QStringLiteral("--"), QStringLiteral("list"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("two projects") << QStringList{QStringLiteral("a.ktk"), QStringLiteral("b.ktk")} << true;
        QTest::newRow("project and a missing file") << QStringList{QStringLiteral("a.ktk"), QStringLiteral("./weg.pdf")} << false;
    }

    void needsGui_decidesFromRawArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, gui);
        QList<QByteArray> storage{QByteArrayLiteral("kanttekening")};
        for (const QString &a : std::as_const(args))
            storage.append(a.toLocal8Bit());
        QVector<char *> argv;
        for (QByteArray &b : storage)
            argv.append(b.data());
        argv.append(nullptr);
        QCOMPARE(CommandLine::needsGui(int(storage.size()), argv.data()), gui);
    }

    void importsDocuments_decidesFromRawArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("imports");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("a.ktk"), QStringLiteral("b.html")} << true;
        QTest::newRow("sample") << QStringList{QStringLiteral("sample"), QStringLiteral("a.ktk")} << true;
        QTest::newRow("import after qt option") << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("import"), QStringLiteral("a.ktk"), QStringLiteral("b.md")} << true;
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("a.ktk")} << false;
        QTest::newRow("window") << QStringList{QStringLiteral("a.ktk")} << false;
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << false;
        QTest::newRow("file called import") << QStringList{QStringLiteral("list"), QStringLiteral("import")} << false;
    }

    // Import and sample parse rich text, which crashed Qt 6.4 under the bare
    // QCoreApplication the command line had: main() gives them a QGuiApplication.
    void importsDocuments_decidesFromRawArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, imports);
        QList<QByteArray> storage{QByteArrayLiteral("kanttekening")};
        for (const QString &a : std::as_const(args))
            storage.append(a.toLocal8Bit());
        QVector<char *> argv;
        for (QByteArray &b : storage)
            argv.append(b.data());
        argv.append(nullptr);
        QCOMPARE(CommandLine::importsDocuments(int(storage.size()), argv.data()), imports);
        if (imports)
            QVERIFY(!CommandLine::needsGui(int(storage.size()), argv.data()));
    }

    void needsGui_agreesWithRun()
    {
        // A command that needsGui sends to QCoreApplication must not ask for
        // the window, or main() would have no QApplication to show it in.
        for (const QStringList &args : {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("list"), m_project}}) {
            QList<QByteArray> storage{QByteArrayLiteral("kanttekening")};
            for (const QString &a : args)
                storage.append(a.toLocal8Bit());
            QVector<char *> argv;
            for (QByteArray &b : storage)
                argv.append(b.data());
            QVERIFY(!CommandLine::needsGui(int(storage.size()), argv.data()));
            QVERIFY(!run(args).outcome.openGui);
        }
    }

    void escapeField_escapesSeparatorsAndLineBreaks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("gewoon") << QStringLiteral("gewoon");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\r\\nb");
        QTest::newRow("paragraph separator") << (QStringLiteral("a") + QChar(0x2029) + QStringLiteral("b")) << QStringLiteral("a\\nb");
        QTest::newRow("backslash") << QStringLiteral("C:\\tmp") << QStringLiteral("C:\\\\tmp");
        QTest::newRow("literal backslash-t") << QStringLiteral("\\t") << QStringLiteral("\\\\t");
        QTest::newRow("empty") << QString() << QString();
    }

    void escapeField_escapesSeparatorsAndLineBreaks()
    {
        QFETCH(QString, field);
        QFETCH(QString, escaped);
        QCOMPARE(CommandLine::escapeField(field), escaped);
        QVERIFY(!escaped.contains(u'\t') && !escaped.contains(u'\n'));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
