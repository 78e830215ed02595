// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ktk;
using namespace ktk::testutil;

// Annotations, tags and the codebook as the store keeps them.
class TestStoreAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void annotation_roundTripsEveryFieldAfterReopen();
    void annotations_areOrderedByDocumentThenReadingPosition();
    void tags_areNormalisedSharedCaseInsensitivelyAndDroppedWhenUnused();
    void updateAnnotation_stampsModifiedUnlessCallerChangedIt();
    void removeAnnotation_ofMissingId_failsAndEmitsWriteFailed();
    void claimTypes_addUpdateAndReorder();
    void removeClaimType_withReassign_movesItsAnnotations();
    void removeClaimType_withoutReassign_deletesItsAnnotations();
    void add_withIds_restoresTheSameIds();
    void addAnnotations_isOneTransaction();
    void anchorOfMegabytes_isReadAsNoPosition_andTheRestOfTheClaimStays();

private:
    QString newProject();
    QTemporaryDir *m_dir = nullptr;
    ProjectStore *m_store = nullptr;
    DocumentId m_doc = 0;
    ClaimTypeId m_type = 0;
};

void TestStoreAnnotations::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_store = new ProjectStore;
}

void TestStoreAnnotations::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

// A project with one document; m_type is the first built-in type.
QString TestStoreAnnotations::newProject()
{
    const QString path = m_dir->filePath(QStringLiteral("p.ktk"));
    const auto r = m_store->create(path);
    if (!r.ok())
        qWarning() << r.message;
    m_doc = m_store->addDocument(sampleDocument()).value();
    m_type = m_store->claimTypes().first().id;
    return path;
}

void TestStoreAnnotations::annotation_roundTripsEveryFieldAfterReopen()
{
    const QString path = newProject();
    Annotation text = sampleAnnotation(m_doc, m_type, 35, 75);
    PageSelector page;
    page.page = 3;
    page.quads = {QPolygonF({QPointF(0.1, 0.2), QPointF(0.5, 0.2), QPointF(0.5, 0.25), QPointF(0.1, 0.25)}),
                  QPolygonF({QPointF(0.1, 0.26), QPointF(0.3, 0.26), QPointF(0.3, 0.31), QPointF(0.1, 0.31)})};
    Annotation onPage = sampleAnnotation(m_doc, m_store->claimTypes().last().id, 0, 0);
    onPage.anchor = Anchor::forPage(page, TextSelector::fromRange(QStringLiteral("page text here"), 5, 9));
    onPage.status = VerificationStatus::Unverifiable;
    onPage.tags = {};
    onPage.note.clear();
    onPage.author.clear();
    text.id = m_store->addAnnotation(text).value();
    onPage.id = m_store->addAnnotation(onPage).value();
    m_store->close();
    QVERIFY(m_store->open(path).ok());

    text.tags = normalisedTags(text.tags);
    QCOMPARE(m_store->annotation(text.id).value(), text);
    QCOMPARE(m_store->annotation(onPage.id).value(), onPage);
    QCOMPARE(m_store->annotation(text.id)->created.timeSpec(), Qt::UTC);
    QCOMPARE(m_store->annotation(text.id)->quote(), sampleText().mid(35, 40));
    QVERIFY(!m_store->annotation(onPage.id + 1));

    for (int s = 0; s < VerificationStatusCount; ++s) {
        text.status = VerificationStatus(s);
        text.modified = text.modified.addSecs(1);
        QVERIFY(m_store->updateAnnotation(text));
        QCOMPARE(m_store->annotation(text.id)->status, VerificationStatus(s));
    }

    Annotation unstamped = sampleAnnotation(m_doc, m_type, 1, 2);
    unstamped.created = QDateTime();
    unstamped.modified = QDateTime();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto stamped = m_store->annotation(m_store->addAnnotation(unstamped).value());
    QVERIFY(stamped->created >= before && stamped->created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(stamped->modified, stamped->created);

    Annotation noAnchor = text;
    noAnchor.id = 0;
    noAnchor.anchor = Anchor();
    QVERIFY(!m_store->addAnnotation(noAnchor).ok());
}

void TestStoreAnnotations::annotations_areOrderedByDocumentThenReadingPosition()
{
    newProject();
    const DocumentId second = m_store->addDocument(sampleDocument(QStringLiteral("Tweede"))).value();
    const AnnotationId late = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 50, 60)).value();
    const AnnotationId inSecond = m_store->addAnnotation(sampleAnnotation(second, m_type, 0, 4)).value();
    const AnnotationId early = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 2, 8)).value();
    const AnnotationId earlyLonger = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 2, 30)).value();

    QVector<AnnotationId> ids;
    for (const Annotation &a : m_store->annotations())
        ids.append(a.id);
    QCOMPARE(ids, (QVector<AnnotationId>{early, earlyLonger, late, inSecond}));
    ids.clear();
    for (const Annotation &a : m_store->annotations(second))
        ids.append(a.id);
    QCOMPARE(ids, QVector<AnnotationId>{inSecond});
}

void TestStoreAnnotations::tags_areNormalisedSharedCaseInsensitivelyAndDroppedWhenUnused()
{
    newProject();
    Annotation a = sampleAnnotation(m_doc, m_type, 0, 5);
    a.tags = {QStringLiteral("  zorg "), QStringLiteral("\u00c9conomie"), QStringLiteral("ZORG"), QString(),
              QStringLiteral("  ")};
    a.id = m_store->addAnnotation(a).value();
    QCOMPARE(m_store->annotation(a.id)->tags, (QStringList{QStringLiteral("\u00c9conomie"), QStringLiteral("zorg")}));

    Annotation b = sampleAnnotation(m_doc, m_type, 6, 9);
    b.tags = {QStringLiteral("\u00e9conomie"), QStringLiteral("Klimaat")};
    b.id = m_store->addAnnotation(b).value();
    // One tag per case-folded name; the spelling first stored is kept.
    QCOMPARE(m_store->annotation(b.id)->tags, (QStringList{QStringLiteral("\u00c9conomie"), QStringLiteral("Klimaat")}));
    QCOMPARE(m_store->allTags(),
             (QStringList{QStringLiteral("\u00c9conomie"), QStringLiteral("Klimaat"), QStringLiteral("zorg")}));

    QVERIFY(m_store->removeAnnotation(a.id));
    QCOMPARE(m_store->allTags(), (QStringList{QStringLiteral("\u00c9conomie"), QStringLiteral("Klimaat")}));
    b.tags = {QStringLiteral("klimaat")};
    QVERIFY(m_store->updateAnnotation(b));
    QCOMPARE(m_store->allTags(), QStringList{QStringLiteral("Klimaat")});
    QCOMPARE(m_store->annotation(b.id)->tags, QStringList{QStringLiteral("Klimaat")});
}

void TestStoreAnnotations::updateAnnotation_stampsModifiedUnlessCallerChangedIt()
{
    newProject();
    const AnnotationId id = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5)).value();
    Annotation a = m_store->annotation(id).value();
    const QDateTime oldModified = a.modified;
    QSignalSpy changed(m_store, &ProjectStore::annotationChanged);

    a.note = QStringLiteral("Gecorrigeerd");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_store->updateAnnotation(a));
    Annotation stored = m_store->annotation(id).value();
    QCOMPARE(stored.note, a.note);
    QVERIFY(stored.modified >= before);
    QCOMPARE(stored.created, a.created);
    QCOMPARE(changed.size(), 1);

    // Undo puts the old value back, modified time included.
    stored.note = sampleAnnotation(m_doc, m_type, 0, 5).note;
    stored.modified = oldModified;
    QVERIFY(m_store->updateAnnotation(stored));
    QCOMPARE(m_store->annotation(id)->modified, oldModified);
    QCOMPARE(m_store->annotation(id).value(), stored);

    Annotation gone = stored;
    gone.id = id + 99;
    QVERIFY(!m_store->updateAnnotation(gone));
    QCOMPARE(changed.size(), 2);
}

void TestStoreAnnotations::removeAnnotation_ofMissingId_failsAndEmitsWriteFailed()
{
    const QString path = newProject();
    const AnnotationId id = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5)).value();
    QSignalSpy removed(m_store, &ProjectStore::annotationRemoved);
    QSignalSpy failed(m_store, &ProjectStore::writeFailed);
    QVERIFY(m_store->removeAnnotation(id));
    QCOMPARE(removed.size(), 1);
    const Status again = m_store->removeAnnotation(id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QDir::toNativeSeparators(path)), qPrintable(again.error()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), again.error());
    QCOMPARE(removed.size(), 1);

    // A claim on a document that does not exist is refused as a whole.
    QVERIFY(!m_store->addAnnotation(sampleAnnotation(m_doc + 50, m_type, 0, 5)).ok());
    QCOMPARE(failed.size(), 2);
    QVERIFY(m_store->annotations().isEmpty());
}

void TestStoreAnnotations::claimTypes_addUpdateAndReorder()
{
    newProject();
    QSignalSpy changed(m_store, &ProjectStore::claimTypesChanged);
    ClaimType mine;
    mine.name = QStringLiteral("Retorische vraag");
    mine.colour = QColor(QStringLiteral("#808000"));
    mine.id = m_store->addClaimType(mine).value();
    mine.sortOrder = 8;   // appended after the seven built-ins
    QCOMPARE(m_store->claimType(mine.id).value(), mine);
    QCOMPARE(changed.size(), 1);

    mine.description = QStringLiteral("Een vraag die een bewering is.");
    mine.shortcut = QStringLiteral("8");
    mine.colour = QColor(0x12, 0xab, 0xef);
    QVERIFY(m_store->updateClaimType(mine));
    QCOMPARE(m_store->claimType(mine.id).value(), mine);

    QVector<ClaimTypeId> order;
    for (const ClaimType &t : m_store->claimTypes())
        order.prepend(t.id);
    QVERIFY(m_store->setClaimTypeOrder(order));
    QVector<ClaimTypeId> now;
    for (const ClaimType &t : m_store->claimTypes())
        now.append(t.id);
    QCOMPARE(now, order);
    QCOMPARE(changed.size(), 3);

    ClaimType nameless;
    nameless.colour = Qt::red;
    QVERIFY(!m_store->addClaimType(nameless).ok());
    ClaimType colourless;
    colourless.name = QStringLiteral("Zonder kleur");
    QVERIFY(!m_store->addClaimType(colourless).ok());
    QCOMPARE(changed.size(), 3);
}

void TestStoreAnnotations::removeClaimType_withReassign_movesItsAnnotations()
{
    newProject();
    const ClaimTypeId target = m_store->claimTypes().at(1).id;
    const AnnotationId a = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5)).value();
    const AnnotationId b = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 6, 9)).value();
    QSignalSpy reset(m_store, &ProjectStore::annotationsReset);
    QSignalSpy types(m_store, &ProjectStore::claimTypesChanged);
    QVERIFY(!m_store->removeClaimType(m_type, m_type));
    QVERIFY(m_store->removeClaimType(m_type, target));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(types.size(), 1);
    QVERIFY(!m_store->claimType(m_type));
    QCOMPARE(m_store->annotation(a)->typeId, target);
    QCOMPARE(m_store->annotation(b)->typeId, target);
    QCOMPARE(m_store->annotationCountOfType(target), 2);
    QCOMPARE(m_store->annotationsOfType(target).size(), 2);
    QCOMPARE(m_store->annotationCountOfType(m_type), 0);
    QVERIFY(!m_store->removeClaimType(target, m_type + 1000));   // no such target
    QCOMPARE(m_store->annotationCountOfType(target), 2);
}

void TestStoreAnnotations::removeClaimType_withoutReassign_deletesItsAnnotations()
{
    newProject();
    const ClaimTypeId other = m_store->claimTypes().at(1).id;
    m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 0, 5));
    const AnnotationId kept = m_store->addAnnotation(sampleAnnotation(m_doc, other, 6, 9)).value();
    QSignalSpy reset(m_store, &ProjectStore::annotationsReset);
    QVERIFY(m_store->removeClaimType(m_type, std::nullopt));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_store->annotations().size(), 1);
    QCOMPARE(m_store->annotations().first().id, kept);
    QCOMPARE(m_store->claimTypes().size(), 6);
}

void TestStoreAnnotations::add_withIds_restoresTheSameIds()
{
    newProject();
    ClaimType type = m_store->claimType(m_type).value();
    Annotation a = sampleAnnotation(m_doc, m_type, 0, 5);
    a.id = m_store->addAnnotation(a).value();
    a.tags = normalisedTags(a.tags);
    Document doc = m_store->document(m_doc).value();

    QVERIFY(m_store->removeClaimType(m_type, std::nullopt));
    QVERIFY(m_store->removeDocument(m_doc));
    QCOMPARE(m_store->addDocument(doc).value(), doc.id);
    QCOMPARE(m_store->addClaimType(type).value(), type.id);
    QCOMPARE(m_store->addAnnotation(a).value(), a.id);
    QCOMPARE(m_store->document(m_doc)->sortOrder, doc.sortOrder);
    QCOMPARE(m_store->claimType(m_type).value(), type);
    QCOMPARE(m_store->annotation(a.id).value(), a);

    QSignalSpy failed(m_store, &ProjectStore::writeFailed);
    QVERIFY(!m_store->addAnnotation(a).ok());   // that id is taken
    QVERIFY(!m_store->addClaimType(type).ok());
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("same id")));
}

void TestStoreAnnotations::addAnnotations_isOneTransaction()
{
    newProject();
    QVector<Annotation> list;
    for (int i = 0; i < 5; ++i) {
        Annotation a = sampleAnnotation(m_doc, m_type, i, i + 3);
        a.id = 100 + i;
        list.append(a);
    }
    QSignalSpy reset(m_store, &ProjectStore::annotationsReset);
    QVERIFY(m_store->addAnnotations(list));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_store->annotations().size(), 5);
    QCOMPARE(m_store->annotations().first().id, 100);

    // One bad row (its id exists) and none of the batch is stored.
    QVector<Annotation> more = list;
    for (int i = 0; i < more.size(); ++i)
        more[i].id = 200 + i;
    more[3].id = 102;
    QVERIFY(!m_store->addAnnotations(more));
    QCOMPARE(m_store->annotations().size(), 5);
    QVERIFY(!m_store->annotation(200));
    QCOMPARE(reset.size(), 1);
}

// A crafted anchor of megabytes (a 34 MB one took 8 s to parse on opening)
// is not parsed: the claim reads as having no position, everything else stays.
void TestStoreAnnotations::anchorOfMegabytes_isReadAsNoPosition_andTheRestOfTheClaimStays()
{
    const QString path = newProject();
    const AnnotationId id = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 4, 11)).value();
    const AnnotationId ordinary = m_store->addAnnotation(sampleAnnotation(m_doc, m_type, 20, 30)).value();
    m_store->close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE annotations SET anchor = ? WHERE id = ?")));
        const QString anchor = QStringLiteral("{\"kind\":\"text\",\"text\":{\"start\":4,\"end\":11,\"exact\":\"")
                               + QString(3'000'000, u'x') + QStringLiteral("\"}}");
        q.addBindValue(anchor);
        q.addBindValue(id);
        QVERIFY(q.exec());
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    QVERIFY(m_store->open(path).ok());
    const std::optional<Annotation> huge = m_store->annotation(id);
    QVERIFY(huge);
    QVERIFY(!huge->anchor.isValid());
    QCOMPARE(huge->note, sampleAnnotation(m_doc, m_type, 4, 11).note);
    QVERIFY(m_store->annotation(ordinary)->anchor.isValid());
}

QTEST_GUILESS_MAIN(TestStoreAnnotations)
#include "tst_storeannotations.moc"
