// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "store/defaultcodebook.h"
#include "store/projectfilecheck.h"
#include "store/schema.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace ktk;
using namespace ktk::testutil;

// The project file's life (create, open, close) and its documents, settings,
// signals and write failures.
class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void create_newProject_isStampedWithApplicationIdVersionAndWal();
    void create_newProject_hasTheDefaultCodebook();
    void create_existingPath_refusesAndLeavesFileUnchanged();
    void openOrCreate_createsOnceThenOpens();
    void close_removesConnectionAndLockAndEmitsClosed();

    void document_roundTripsEveryFieldAfterReopen();
    void documents_listSummariesWithCountsInSortOrder();
    void articleExtraction_roundTripsForWebPagesOnly();
    void updateDocumentMeta_changesOnlyMetadataAndEmits();
    void removeDocument_cascadesToAnnotationsAndEmits();

    void signals_fireAfterTheChangeIsCommitted();
    void settings_roundTrip();
    void write_whenFileCannotGrow_failsNamingTheFileAndKeepsStoreUsable();

private:
    QString newProject();
    QTemporaryDir *m_dir = nullptr;
    ProjectStore *m_store = nullptr;
    DocumentId m_doc = 0;
    ClaimTypeId m_type = 0;
};

void TestProjectStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_store = new ProjectStore;
}

void TestProjectStore::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

// A project with one document; m_type is the first built-in type.
QString TestProjectStore::newProject()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    const auto r = m_store->create(path);
    if (!r.ok())
        qWarning() << r.message;
    m_doc = m_store->addDocument(sampleDocument()).value();
    m_type = m_store->claimTypes().first().id;
    return path;
}

void TestProjectStore::create_newProject_isStampedWithApplicationIdVersionAndWal()
{
    const QString path = newProject();
    QVERIFY(m_store->isOpen());
    QCOMPARE(m_store->path(), path);
    QCOMPARE(m_store->schemaVersion(), Schema::CurrentVersion);
    m_store->close();

    const auto header = ProjectFileCheck::check(path);
    QVERIFY2(header.ok(), qPrintable(header.message));
    QCOMPARE(header.applicationId, ProjectStore::ApplicationId);
    QCOMPARE(header.userVersion, Schema::CurrentVersion);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.read(20);
    QCOMPARE(int(bytes.at(18)), 2);   // WAL: file format read/write versions are 2
    QCOMPARE(int(bytes.at(19)), 2);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestProjectStore::create_newProject_hasTheDefaultCodebook()
{
    newProject();
    const QVector<ClaimType> types = m_store->claimTypes();
    QCOMPARE(types.size(), 7);
    QStringList keys;
    QSet<QRgb> colours;
    for (int i = 0; i < types.size(); ++i) {
        const ClaimType &t = types.at(i);
        keys.append(t.builtinKey);
        colours.insert(t.colour.rgb());
        QCOMPARE(t.shortcut, QString::number(i + 1));
        QCOMPARE(t.sortOrder, i + 1);
        QVERIFY(!t.name.isEmpty());
        QVERIFY(!t.description.isEmpty());
        QCOMPARE(t.name, DefaultCodebook::name(t.builtinKey));
        // Readable as a highlight on white and on near-black: mid-tone.
        QVERIFY2(t.colour.lightnessF() > 0.45 && t.colour.lightnessF() < 0.8, qPrintable(t.colour.name()));
    }
    QCOMPARE(keys, DefaultCodebook::builtinKeys());
    QCOMPARE(keys.join(u','), QStringLiteral("factual,causal,normative,prediction,policy,evidence,attribution"));
    QCOMPARE(colours.size(), 7);
    QCOMPARE(types.first().name, QStringLiteral("Factual claim"));
}

void TestProjectStore::create_existingPath_refusesAndLeavesFileUnchanged()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.ktk"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("my notes");
    f.close();
    const FileFingerprint before = FileFingerprint::of(path);
    const auto r = m_store->create(path);
    QVERIFY(!r.ok());
    QVERIFY(r.message.contains(QStringLiteral("notes.ktk")));
    QVERIFY(!m_store->isOpen());
    QVERIFY(FileFingerprint::of(path) == before);
    QCOMPARE(sidecarsOf(path), QStringList());
}

void TestProjectStore::openOrCreate_createsOnceThenOpens()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    QVERIFY(m_store->openOrCreate(path).ok());
    const ClaimTypeId first = m_store->claimTypes().first().id;
    QVERIFY(m_store->removeClaimType(first, std::nullopt));
    m_store->close();
    QVERIFY(m_store->openOrCreate(path).ok());
    QCOMPARE(m_store->claimTypes().size(), 6);   // opened, not created again
}

void TestProjectStore::close_removesConnectionAndLockAndEmitsClosed()
{
    const int connectionsBefore = int(QSqlDatabase::connectionNames().size());
    const QString path = newProject();
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), connectionsBefore + 1);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    QSignalSpy closed(m_store, &ProjectStore::closed);
    m_store->close();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_store->isOpen());
    QCOMPARE(m_store->path(), QString());
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), connectionsBefore);
    QCOMPARE(sidecarsOf(path), QStringList());
    QVERIFY(m_store->documents().isEmpty());
    QVERIFY(!m_store->addDocument(sampleDocument()).ok());
    m_store->close();
    QCOMPARE(closed.size(), 1);
}

void TestProjectStore::document_roundTripsEveryFieldAfterReopen()
{
    const QString path = newProject();
    Document pdf;
    pdf.meta.title = QStringLiteral("Rapport");
    pdf.format = SourceFormat::Pdf;
    pdf.fileName = QStringLiteral("rapport.pdf");
    pdf.importedAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    const DocumentId pdfId = m_store->addDocument(pdf).value();
    m_store->close();
    QVERIFY(m_store->open(path).ok());

    Document expected = sampleDocument();
    expected.id = m_doc;
    expected.sortOrder = 1;   // appended: the first document
    const auto doc = m_store->document(m_doc);
    QVERIFY(doc);
    QCOMPARE(doc->meta, expected.meta);
    QCOMPARE(doc->format, expected.format);
    QCOMPARE(doc->fileName, expected.fileName);
    QCOMPARE(doc->importedAt, expected.importedAt);
    QCOMPARE(doc->importedAt.timeSpec(), Qt::UTC);
    QCOMPARE(doc->sortOrder, 1);
    QCOMPARE(doc->originalBytes, expected.originalBytes);
    QCOMPARE(doc->canonicalText, expected.canonicalText);
    QCOMPARE(m_store->canonicalText(m_doc), expected.canonicalText);

    const auto other = m_store->document(pdfId);
    QVERIFY(other);
    QCOMPARE(other->format, SourceFormat::Pdf);
    QVERIFY(!other->meta.publishedOn.isValid());
    QCOMPARE(other->meta.language, QString());
    QCOMPARE(other->importedAt, pdf.importedAt);   // same instant, stored as UTC
    QVERIFY(!m_store->document(pdfId + 100));
}

// A web page kept as its article is marked so (schema 4), in the document
// and its summary; the mark goes with the document; other formats never
// carry it.
void TestProjectStore::articleExtraction_roundTripsForWebPagesOnly()
{
    const QString path = newProject();
    Document page;
    page.meta.title = QStringLiteral("Artikel");
    page.format = SourceFormat::Html;
    page.fileName = QStringLiteral("artikel.html");
    page.originalBytes = "<p>Tekst</p>";
    page.canonicalText = QStringLiteral("Tekst");
    page.extraction = ContentExtraction::Article;
    const DocumentId pageId = m_store->addDocument(page).value();
    Document text = page;
    text.format = SourceFormat::PlainText;   // the mark means nothing here and is not kept
    const DocumentId textId = m_store->addDocument(text).value();
    Document whole = page;
    whole.extraction = ContentExtraction::FullPage;
    const DocumentId wholeId = m_store->addDocument(whole).value();
    m_store->close();
    QVERIFY(m_store->open(path).ok());

    QCOMPARE(m_store->document(pageId)->extraction, ContentExtraction::Article);
    QCOMPARE(m_store->document(pageId, ProjectStore::Content::WithoutOriginal)->extraction, ContentExtraction::Article);
    QCOMPARE(m_store->document(textId)->extraction, ContentExtraction::FullPage);
    QCOMPARE(m_store->document(wholeId)->extraction, ContentExtraction::FullPage);
    QHash<DocumentId, ContentExtraction> listed;
    for (const DocumentSummary &s : m_store->documents())
        listed.insert(s.id, s.extraction);
    QCOMPARE(listed.value(pageId), ContentExtraction::Article);
    QCOMPARE(listed.value(textId), ContentExtraction::FullPage);
    QCOMPARE(listed.value(wholeId), ContentExtraction::FullPage);

    QVERIFY(m_store->removeDocument(pageId).ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-articles"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM article_documents")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-articles"));
}

void TestProjectStore::documents_listSummariesWithCountsInSortOrder()
{
    newProject();
    const DocumentId second = m_store->addDocument(sampleDocument(QStringLiteral("Tweede"))).value();
    QVERIFY(m_store->addAnnotation(sampleAnnotation(second, m_type, 0, 10)));
    QVERIFY(m_store->addAnnotation(sampleAnnotation(second, m_type, 11, 20)));
    QVERIFY(m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 10)));

    const QVector<DocumentSummary> list = m_store->documents();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, m_doc);
    QCOMPARE(list.at(0).sortOrder, 1);
    QCOMPARE(list.at(0).annotationCount, 1);
    QCOMPARE(list.at(0).meta, sampleDocument().meta);
    QCOMPARE(list.at(0).fileName, QStringLiteral("belastingplan.html"));
    QCOMPARE(list.at(0).format, SourceFormat::Html);
    QCOMPARE(list.at(0).importedAt, sampleDocument().importedAt);
    QCOMPARE(list.at(1).id, second);
    QCOMPARE(list.at(1).sortOrder, 2);
    QCOMPARE(list.at(1).annotationCount, 2);
    QCOMPARE(list.at(1).meta.title, QStringLiteral("Tweede"));
}

void TestProjectStore::updateDocumentMeta_changesOnlyMetadataAndEmits()
{
    newProject();
    QSignalSpy changed(m_store, &ProjectStore::documentChanged);
    DocumentMeta meta;
    meta.title = QStringLiteral("Nieuwe titel");
    meta.language = QStringLiteral("en");
    QVERIFY(m_store->updateDocumentMeta(m_doc, meta));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<DocumentId>(), m_doc);
    const auto doc = m_store->document(m_doc);
    QCOMPARE(doc->meta, meta);
    QCOMPARE(doc->canonicalText, sampleText());
    QCOMPARE(doc->originalBytes, sampleDocument().originalBytes);
    QVERIFY(!m_store->updateDocumentMeta(m_doc + 1, meta));
    QCOMPARE(changed.size(), 1);
}

void TestProjectStore::removeDocument_cascadesToAnnotationsAndEmits()
{
    newProject();
    const DocumentId other = m_store->addDocument(sampleDocument(QStringLiteral("Ander"))).value();
    const AnnotationId kept = m_store->addAnnotation(sampleAnnotation(other, m_type, 0, 5)).value();
    m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5));
    m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 6, 9));
    QSignalSpy removed(m_store, &ProjectStore::documentRemoved);
    QSignalSpy reset(m_store, &ProjectStore::annotationsReset);
    QVERIFY(m_store->removeDocument(m_doc));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!m_store->document(m_doc));
    const QVector<Annotation> left = m_store->annotations();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, kept);
    QVERIFY(m_store->annotations(m_doc).isEmpty());
}

void TestProjectStore::signals_fireAfterTheChangeIsCommitted()
{
    const QString path = newProject();
    // A second, independent connection sees only committed data.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("observer"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    auto countOnDisk = [&] {
        QSqlQuery q(other);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) && q.next() ? q.value(0).toInt() : -1;
    };
    int seenByListener = -1;
    connect(m_store, &ProjectStore::annotationAdded, this, [&] { seenByListener = countOnDisk(); });
    QVERIFY(m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5)));
    QCOMPARE(seenByListener, 1);
    QCOMPARE(countOnDisk(), 1);
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
}

void TestProjectStore::settings_roundTrip()
{
    const QString path = newProject();
    QCOMPARE(m_store->setting(QStringLiteral("language"), QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_store->setSetting(QStringLiteral("language"), QStringLiteral("nl")));
    QVERIFY(m_store->setSetting(QStringLiteral("language"), QStringLiteral("de")));
    QVERIFY(m_store->setSetting(QStringLiteral("empty"), QString()));
    m_store->close();
    QVERIFY(m_store->open(path).ok());
    QCOMPARE(m_store->setting(QStringLiteral("language")), QStringLiteral("de"));
    QCOMPARE(m_store->setting(QStringLiteral("empty"), QStringLiteral("x")), QString());
}

// A full disk, made real without root tricks: RLIMIT_FSIZE stops this process
// from growing any file past the limit, so SQLite's write to the WAL fails
// just as it would on a full disk (chmod does not stop root, who runs the tests).
void TestProjectStore::write_whenFileCannotGrow_failsNamingTheFileAndKeepsStoreUsable()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs RLIMIT_FSIZE");
#else
    const QString path = newProject();
    QSignalSpy failed(m_store, &ProjectStore::writeFailed);
    QSignalSpy added(m_store, &ProjectStore::documentAdded);
    Document big = sampleDocument(QStringLiteral("Groot"));
    big.originalBytes = QByteArray(8 * 1024 * 1024, 'x');

    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 1024 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Result<DocumentId> result = m_store->addDocument(big);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QDir::toNativeSeparators(path)), qPrintable(result.error()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), result.error());
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_store->documents().size(), 1);

    // With room again the store works and the failed write left nothing behind.
    QVERIFY(m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5)));
    m_store->close();
    QVERIFY(m_store->open(path).ok());
    QCOMPARE(m_store->documents().size(), 1);
    QCOMPARE(m_store->annotations().size(), 1);
#endif
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
