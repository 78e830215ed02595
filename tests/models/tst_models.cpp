// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The models over a real project file, each watched by
// QAbstractItemModelTester while claims, documents and claim types are
// added, edited, removed, undone and redone through the undo commands.

#include "claimfixture.h"

#include "commands/annotationcommands.h"
#include "commands/claimtypecommands.h"
#include "commands/documentcommands.h"
#include "models/annotationfilterproxy.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "models/claimtypesmodel.h"
#include "models/documentsmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

const QString DutchText = QStringLiteral(
    "Het kabinet zegt dat de uitstoot in 2030 met 55 procent daalt. Volgens het CBS stijgen de huizenprijzen "
    "al tien jaar. Wij moeten de belasting op arbeid verlagen.");
const QString EnglishText = QStringLiteral(
    "The minister claims that inflation will fall below two percent next year. Critics say the policy caused "
    "the housing shortage. Parliament should reject the bill.");

// Two documents and six claims with different types, statuses, tags and
// creation times; claims are known by name (c1..c6).
struct Corpus
{
    ClaimProject project;
    DocumentId dutch = 0;
    DocumentId english = 0;
    QHash<QString, AnnotationId> ids;

    bool build()
    {
        if (!project.create())
            return false;
        dutch = project.addDocument(QStringLiteral("Klimaatbeleid"), DutchText, QStringLiteral("nl"));
        english = project.addDocument(QStringLiteral("Budget debate"), EnglishText, QStringLiteral("en"));
        const auto type = [this](int i) { return project.typeAt(i); };
        ids[QStringLiteral("c1")] = project.addClaim(dutch, {QStringLiteral("de uitstoot in 2030 met 55 procent daalt"), type(0),
            VerificationStatus::Unchecked, QStringLiteral("Kabinet"), {QStringLiteral("climate")}, {}, utc(2026, 1, 5)});
        ids[QStringLiteral("c2")] = project.addClaim(dutch, {QStringLiteral("stijgen de huizenprijzen al tien jaar"), type(0),
            VerificationStatus::Supported, QStringLiteral("CBS"), {QStringLiteral("housing")}, {}, utc(2026, 1, 3)});
        ids[QStringLiteral("c3")] = project.addClaim(dutch, {QStringLiteral("Wij moeten de belasting op arbeid verlagen"), type(2),
            VerificationStatus::Disputed, {}, {QStringLiteral("tax"), QStringLiteral("labour")}, {}, utc(2026, 1, 7)});
        ids[QStringLiteral("c4")] = project.addClaim(english, {QStringLiteral("inflation will fall below two percent next year"), type(3),
            VerificationStatus::Unchecked, QStringLiteral("The minister"), {QStringLiteral("economy")}, {}, utc(2026, 1, 4)});
        ids[QStringLiteral("c5")] = project.addClaim(english, {QStringLiteral("the policy caused the housing shortage"), type(1),
            VerificationStatus::False, QStringLiteral("Critics"), {QStringLiteral("housing")}, {}, utc(2026, 1, 6)});
        ids[QStringLiteral("c6")] = project.addClaim(english, {QStringLiteral("Parliament should reject the bill"), type(2),
            VerificationStatus::Unverifiable, {}, {}, QStringLiteral("check the vote"), utc(2026, 1, 1)});
        for (const AnnotationId id : qAsConst(ids)) {
            if (id == 0)
                return false;
        }
        return dutch && english;
    }

    QString nameOf(AnnotationId id) const { return ids.key(id); }
};

QStringList namesInProxy(const Corpus &corpus, const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << corpus.nameOf(proxy.index(row, 0).data(AnnotationIdRole).toLongLong());
    return names;
}

QVariant field(const Annotation &a, int role)
{
    switch (role) {
    case NoteRole: return a.note;
    case ClaimantRole: return a.claimant;
    case StatusRole: return int(a.status);
    case TypeIdRole: return a.typeId;
    case TagsRole: return a.tags;
    }
    return {};
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void annotationsModel_staysConsistentThroughAddEditRemoveUndoAndRedo();
    void documentsModel_staysConsistentThroughImportEditRemoveAndUndo();
    void claimTypesModel_staysConsistentThroughAddRenameReorderAndRemoval();
    void filterProxy_staysConsistentWhileFilteringSortingAndEditing();

    void filterProxy_narrowsClaims_data();
    void filterProxy_narrowsClaims();
    void filterProxy_sortsByDocumentThenPosition();
    void filterProxy_sortsNewestFirst();
    void filterProxy_clearFiltersKeepsDocumentScope();
    void filterProxy_keepingFilteredOut_marksInsteadOfDropping();

    void setData_pushesOneCommandAndUndoRestoresStoredValue_data();
    void setData_pushesOneCommandAndUndoRestoresStoredValue();
    void setData_returnsTrueWhenTheEditIsStored();
    void setData_withUnchangedValue_pushesNothing();
    void setData_withUnknownType_isRefused();
    void noteEditsOfOneClaim_mergeIntoOneUndoStep();
    void noteEditsOfTwoClaims_stayTwoUndoSteps();
    void setMeta_isOneUndoableCommandThatPersists();
    void removingTypeWithReassignment_movesClaimsAndUndoRestoresThem();
    void removingTypeWithItsClaims_undoBringsClaimsBack();
    void claimTypesModel_renameAndRecolourAreUndoable();
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::annotationsModel_staysConsistentThroughAddEditRemoveUndoAndRedo()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    QAbstractItemModelTester tester(&model, Fatal);
    QCOMPARE(model.rowCount(), 6);

    const QString text = DutchText;
    Annotation a;
    a.documentId = c.dutch;
    const int start = int(text.indexOf(QStringLiteral("Het kabinet zegt")));
    a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + 16));
    a.typeId = c.project.typeAt(1);
    auto *add = new AddAnnotationCommand(&c.project.store, a);
    c.project.undo.push(add);
    const AnnotationId added = add->annotationId();
    QVERIFY(added != 0);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.indexOfAnnotation(added).data(QuoteRole).toString(), QStringLiteral("Het kabinet zegt"));

    model.setData(model.indexOfAnnotation(added), QStringLiteral("Staat in het regeerakkoord"), NoteRole);
    QCOMPARE(model.indexOfAnnotation(added).data(NoteRole).toString(), QStringLiteral("Staat in het regeerakkoord"));

    const QVector<Annotation> doomed{*c.project.store.annotation(c.ids[QStringLiteral("c2")]),
                                     *c.project.store.annotation(c.ids[QStringLiteral("c5")])};
    c.project.undo.push(new RemoveAnnotationsCommand(&c.project.store, doomed));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.indexOfAnnotation(c.ids[QStringLiteral("c2")]).isValid());

    c.project.undo.undo();      // the removal
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.indexOfAnnotation(c.ids[QStringLiteral("c5")]).data(ClaimantRole).toString(), QStringLiteral("Critics"));
    c.project.undo.undo();      // the note
    QCOMPARE(model.indexOfAnnotation(added).data(NoteRole).toString(), QString());
    c.project.undo.undo();      // the addition
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.indexOfAnnotation(added).isValid());

    c.project.undo.redo();
    QCOMPARE(model.rowCount(), 7);
    QVERIFY2(model.indexOfAnnotation(added).isValid(), "redo brings the claim back under the same id");
    c.project.undo.redo();
    QCOMPARE(model.indexOfAnnotation(added).data(NoteRole).toString(), QStringLiteral("Staat in het regeerakkoord"));
    c.project.undo.redo();
    QCOMPARE(model.rowCount(), 5);
}

void TestModels::documentsModel_staysConsistentThroughImportEditRemoveAndUndo()
{
    Corpus c;
    QVERIFY(c.build());
    DocumentsModel documents(&c.project.store, &c.project.undo);
    AnnotationsModel annotations(&c.project.store, &c.project.undo);
    QAbstractItemModelTester documentsTester(&documents, Fatal);
    QAbstractItemModelTester annotationsTester(&annotations, Fatal);
    QCOMPARE(documents.rowCount(), 2);
    QCOMPARE(documents.indexOfDocument(c.dutch).data(DocumentsModel::ClaimCountRole).toInt(), 3);

    Document doc;
    doc.meta.title = QStringLiteral("Derde stuk");
    doc.canonicalText = QStringLiteral("Een korte tekst.");
    doc.originalBytes = doc.canonicalText.toUtf8();
    doc.fileName = QStringLiteral("derde.txt");
    auto *import = new AddDocumentsCommand(&c.project.store, {doc});
    c.project.undo.push(import);
    QCOMPARE(documents.rowCount(), 3);
    const DocumentId third = import->documentIds().value(0);
    QVERIFY(third != 0);

    DocumentMeta meta = documents.indexOfDocument(c.english).data(DocumentsModel::MetaRole).value<DocumentMeta>();
    meta.title = QStringLiteral("Budget debate, day two");
    QVERIFY(documents.setMeta(c.english, meta));
    QCOMPARE(documents.indexOfDocument(c.english).data().toString(), meta.title);

    c.project.undo.push(new RemoveDocumentCommand(&c.project.store, c.english));
    QCOMPARE(documents.rowCount(), 2);
    QCOMPARE(annotations.rowCount(), 3);
    c.project.undo.undo();
    QCOMPARE(documents.rowCount(), 3);
    QCOMPARE(annotations.rowCount(), 6);
    QCOMPARE(documents.indexOfDocument(c.english).data(DocumentsModel::ClaimCountRole).toInt(), 3);
    c.project.undo.undo();
    QCOMPARE(documents.indexOfDocument(c.english).data().toString(), QStringLiteral("Budget debate"));
    c.project.undo.undo();
    QCOMPARE(documents.rowCount(), 2);
    QVERIFY(!documents.indexOfDocument(third).isValid());
}

void TestModels::claimTypesModel_staysConsistentThroughAddRenameReorderAndRemoval()
{
    Corpus c;
    QVERIFY(c.build());
    ClaimTypesModel types(&c.project.store, &c.project.undo);
    AnnotationsModel annotations(&c.project.store, &c.project.undo);
    QAbstractItemModelTester typesTester(&types, Fatal);
    QAbstractItemModelTester annotationsTester(&annotations, Fatal);
    const int initial = types.rowCount();
    QVERIFY(initial >= 4);

    ClaimType extra;
    extra.name = QStringLiteral("Anekdote");
    extra.colour = QColor(QStringLiteral("#cc8844"));
    extra.sortOrder = initial + 1;
    auto *add = new AddClaimTypeCommand(&c.project.store, extra);
    c.project.undo.push(add);
    QCOMPARE(types.rowCount(), initial + 1);
    QCOMPARE(types.rowOf(add->typeId()), initial);

    QVERIFY(types.setData(types.index(initial, 0), QStringLiteral("Anecdote"), Qt::EditRole));
    QCOMPARE(types.index(initial, 0).data().toString(), QStringLiteral("Anecdote"));

    const QVector<ClaimTypeId> before = types.order();
    QVector<ClaimTypeId> after = before;
    after.move(int(after.size()) - 1, 0);
    c.project.undo.push(new ReorderClaimTypesCommand(&c.project.store, before, after));
    QCOMPARE(types.order(), after);
    QCOMPARE(types.index(0, 0).data().toString(), QStringLiteral("Anecdote"));

    const ClaimTypeId factual = c.project.typeAt(1);    // now second
    QCOMPARE(c.project.store.annotationCountOfType(factual), 2);
    c.project.undo.push(new RemoveClaimTypeCommand(&c.project.store, factual, add->typeId()));
    QCOMPARE(types.rowCount(), initial);
    QCOMPARE(annotations.rowCount(), 6);
    QCOMPARE(annotations.indexOfAnnotation(c.ids[QStringLiteral("c1")]).data(TypeIdRole).toLongLong(), add->typeId());

    for (int i = 0; i < 4; ++i)
        c.project.undo.undo();
    QCOMPARE(types.order(), before.mid(0, initial));
    QCOMPARE(annotations.indexOfAnnotation(c.ids[QStringLiteral("c1")]).data(TypeIdRole).toLongLong(), factual);
    for (int i = 0; i < 4; ++i)
        c.project.undo.redo();
    QCOMPARE(types.rowCount(), initial);
    QCOMPARE(types.index(0, 0).data().toString(), QStringLiteral("Anecdote"));
}

void TestModels::filterProxy_staysConsistentWhileFilteringSortingAndEditing()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);

    proxy.setDocument(c.dutch);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setStatus(VerificationStatus::Unchecked);
    QCOMPARE(proxy.rowCount(), 1);
    // An edit that makes a claim match: it appears.
    model.setData(model.indexOfAnnotation(c.ids[QStringLiteral("c2")]), int(VerificationStatus::Unchecked), StatusRole);
    QCOMPARE(proxy.rowCount(), 2);
    c.project.undo.undo();
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSortMode(AnnotationFilterProxy::SortMode::Created);
    proxy.setDocument(std::nullopt);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("inflation"));
    QCOMPARE(proxy.rowCount(), 1);
    c.project.undo.push(new RemoveAnnotationsCommand(&c.project.store, {*c.project.store.annotation(c.ids[QStringLiteral("c4")])}));
    QCOMPARE(proxy.rowCount(), 0);
    c.project.undo.undo();
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setSortMode(AnnotationFilterProxy::SortMode::Position);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestModels::filterProxy_narrowsClaims_data()
{
    QTest::addColumn<QString>("document");     // "nl", "en" or "" for the project
    QTest::addColumn<int>("typeIndex");        // -1: any
    QTest::addColumn<int>("status");           // -1: any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in reading order

    const QStringList all{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                          QStringLiteral("c4"), QStringLiteral("c5"), QStringLiteral("c6")};
    QTest::newRow("nothing") << QString() << -1 << -1 << QString() << QString() << all;
    QTest::newRow("dutch document") << QStringLiteral("nl") << -1 << -1 << QString() << QString() << all.mid(0, 3);
    QTest::newRow("english document") << QStringLiteral("en") << -1 << -1 << QString() << QString() << all.mid(3);
    QTest::newRow("normative type") << QString() << 2 << -1 << QString() << QString()
                                    << QStringList{QStringLiteral("c3"), QStringLiteral("c6")};
    QTest::newRow("normative in english") << QStringLiteral("en") << 2 << -1 << QString() << QString()
                                          << QStringList{QStringLiteral("c6")};
    QTest::newRow("unchecked") << QString() << -1 << int(VerificationStatus::Unchecked) << QString() << QString()
                               << QStringList{QStringLiteral("c1"), QStringLiteral("c4")};
    QTest::newRow("false") << QString() << -1 << int(VerificationStatus::False) << QString() << QString()
                           << QStringList{QStringLiteral("c5")};
    QTest::newRow("tag across documents") << QString() << -1 << -1 << QStringLiteral("housing") << QString()
                                          << QStringList{QStringLiteral("c2"), QStringLiteral("c5")};
    QTest::newRow("tag in other case") << QString() << -1 << -1 << QStringLiteral("HOUSING") << QString()
                                       << QStringList{QStringLiteral("c2"), QStringLiteral("c5")};
    QTest::newRow("text in quote") << QString() << -1 << -1 << QString() << QStringLiteral("HUIZENPRIJZEN")
                                   << QStringList{QStringLiteral("c2")};
    QTest::newRow("text in note") << QString() << -1 << -1 << QString() << QStringLiteral("vote")
                                  << QStringList{QStringLiteral("c6")};
    QTest::newRow("text in claimant") << QString() << -1 << -1 << QString() << QStringLiteral("minister")
                                      << QStringList{QStringLiteral("c4")};
    QTest::newRow("text in tag") << QString() << -1 << -1 << QString() << QStringLiteral("labour")
                                 << QStringList{QStringLiteral("c3")};
    QTest::newRow("text padded with spaces") << QString() << -1 << -1 << QString() << QStringLiteral("  CBS ")
                                             << QStringList{QStringLiteral("c2")};
    QTest::newRow("everything at once") << QStringLiteral("nl") << 0 << int(VerificationStatus::Supported)
                                        << QStringLiteral("housing") << QStringLiteral("tien")
                                        << QStringList{QStringLiteral("c2")};
    QTest::newRow("no match") << QStringLiteral("nl") << 3 << -1 << QString() << QString() << QStringList();
}

void TestModels::filterProxy_narrowsClaims()
{
    QFETCH(QString, document);
    QFETCH(int, typeIndex);
    QFETCH(int, status);
    QFETCH(QString, tag);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);

    if (!document.isEmpty())
        proxy.setDocument(document == u"nl" ? c.dutch : c.english);
    if (typeIndex >= 0)
        proxy.setTypes({c.project.typeAt(typeIndex)});
    if (status >= 0)
        proxy.setStatus(VerificationStatus(status));
    proxy.setTag(tag);
    proxy.setText(text);
    QCOMPARE(namesInProxy(c, proxy), expected);
    QCOMPARE(proxy.isFiltering(), typeIndex >= 0 || status >= 0 || !tag.isEmpty() || !text.trimmed().isEmpty());
}

// #11: filtering the panel removed the other claims from the text too. Kept,
// they are marked FilteredOutRole for the view to dim; the document scope
// still leaves other documents' claims out.
void TestModels::filterProxy_keepingFilteredOut_marksInsteadOfDropping()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);
    proxy.setDocument(c.dutch);
    proxy.setKeepsFilteredOut(true);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    proxy.setStatus(VerificationStatus::Disputed);
    QCOMPARE(proxy.rowCount(), 3);             // c1, c2, c3 of the Dutch document
    QCOMPARE(proxy.matchingRowCount(), 1);     // c3 is the disputed one
    QVERIFY(changed.count() >= 1);             // the marks changed, the rows did not
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex idx = proxy.index(row, 0);
        const bool disputed = idx.data(AnnotationIdRole).toLongLong() == c.ids.value(QStringLiteral("c3"));
        QCOMPARE(idx.data(FilteredOutRole).toBool(), !disputed);
        QCOMPARE(proxy.matchesFilters(idx), disputed);
    }
    // Dropping again: the proxy holds what matches, nothing marked.
    proxy.setKeepsFilteredOut(false);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(FilteredOutRole).toBool(), false);
    proxy.clearFilters();
    proxy.setKeepsFilteredOut(true);
    QCOMPARE(proxy.matchingRowCount(), 3);
}

void TestModels::filterProxy_sortsByDocumentThenPosition()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);

    // A claim added last but sitting first in the text sorts first.
    const AnnotationId first = c.project.addClaim(c.dutch, {QStringLiteral("Het kabinet")});
    c.ids[QStringLiteral("c0")] = first;
    QCOMPARE(namesInProxy(c, proxy), (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                                                  QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c5"),
                                                  QStringLiteral("c6")}));
}

void TestModels::filterProxy_sortsNewestFirst()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);

    proxy.setSortMode(AnnotationFilterProxy::SortMode::Created);
    QCOMPARE(namesInProxy(c, proxy), (QStringList{QStringLiteral("c3"), QStringLiteral("c5"), QStringLiteral("c1"),
                                                  QStringLiteral("c4"), QStringLiteral("c2"), QStringLiteral("c6")}));
    proxy.setSortMode(AnnotationFilterProxy::SortMode::Position);
    QCOMPARE(namesInProxy(c, proxy).first(), QStringLiteral("c1"));
}

void TestModels::filterProxy_clearFiltersKeepsDocumentScope()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);

    proxy.setDocument(c.english);
    proxy.setTag(QStringLiteral("housing"));
    proxy.setText(QStringLiteral("policy"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearFilters();
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.document(), std::optional<DocumentId>(c.english));
}

void TestModels::setData_pushesOneCommandAndUndoRestoresStoredValue_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored");     // as the store keeps it
    QTest::addColumn<int>("typeIndex");       // for the type role: which type

    QTest::newRow("note") << int(NoteRole) << QVariant(QStringLiteral("Bron: Klimaat- en Energieverkenning 2025"))
                          << QVariant(QStringLiteral("Bron: Klimaat- en Energieverkenning 2025")) << -1;
    QTest::newRow("claimant, trimmed") << int(ClaimantRole) << QVariant(QStringLiteral("  Minister Jetten "))
                                       << QVariant(QStringLiteral("Minister Jetten")) << -1;
    QTest::newRow("status") << int(StatusRole) << QVariant(int(VerificationStatus::Disputed))
                            << QVariant(int(VerificationStatus::Disputed)) << -1;
    QTest::newRow("tags, normalised") << int(TagsRole)
                                      << QVariant(QStringList{QStringLiteral(" klimaat"), QStringLiteral("CO2"),
                                                              QStringLiteral("klimaat ")})
                                      << QVariant(QStringList{QStringLiteral("CO2"), QStringLiteral("klimaat")}) << -1;
    QTest::newRow("type") << int(TypeIdRole) << QVariant() << QVariant() << 3;
}

void TestModels::setData_pushesOneCommandAndUndoRestoresStoredValue()
{
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    QFETCH(int, typeIndex);

    Corpus c;
    QVERIFY(c.build());
    if (typeIndex >= 0) {
        value = c.project.typeAt(typeIndex);
        stored = value;
    }
    const AnnotationId id = c.ids[QStringLiteral("c1")];
    const Annotation original = *c.project.store.annotation(id);
    {
        AnnotationsModel model(&c.project.store, &c.project.undo);
        QAbstractItemModelTester tester(&model, Fatal);

        model.setData(model.indexOfAnnotation(id), value, role);
        QCOMPARE(c.project.undo.count(), 1);
        QCOMPARE(field(*c.project.store.annotation(id), role), stored);
        QCOMPARE(model.indexOfAnnotation(id).data(role), stored);

        c.project.undo.undo();
        QCOMPARE(field(*c.project.store.annotation(id), role), field(original, role));
        QCOMPARE(model.indexOfAnnotation(id).data(role), field(original, role));
        QCOMPARE(c.project.store.annotation(id)->modified, original.modified);
    }
    // What undo wrote is on disk, not only in memory.
    QVERIFY(c.project.reopen());
    QCOMPARE(field(*c.project.store.annotation(id), role), field(original, role));

    c.project.undo.redo();
    QVERIFY(c.project.reopen());
    QCOMPARE(field(*c.project.store.annotation(id), role), stored);
}

void TestModels::setData_returnsTrueWhenTheEditIsStored()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    const AnnotationId id = c.ids[QStringLiteral("c1")];
    const bool ok = model.setData(model.indexOfAnnotation(id), QStringLiteral("nagaan"), NoteRole);
    QCOMPARE(c.project.store.annotation(id)->note, QStringLiteral("nagaan"));
    QVERIFY(ok);
}

void TestModels::setData_withUnchangedValue_pushesNothing()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    const QModelIndex index = model.indexOfAnnotation(c.ids[QStringLiteral("c2")]);
    QVERIFY(model.setData(index, QStringLiteral("CBS"), ClaimantRole));
    QVERIFY(model.setData(index, int(VerificationStatus::Supported), StatusRole));
    QCOMPARE(c.project.undo.count(), 0);
}

void TestModels::setData_withUnknownType_isRefused()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    const QModelIndex index = model.indexOfAnnotation(c.ids[QStringLiteral("c2")]);
    QVERIFY(!model.setData(index, ClaimTypeId(987654), TypeIdRole));
    QVERIFY(!model.setData(index, VerificationStatusCount, StatusRole));
    QCOMPARE(c.project.undo.count(), 0);
    QCOMPARE(c.project.store.annotation(c.ids[QStringLiteral("c2")])->typeId, c.project.typeAt(0));
}

void TestModels::noteEditsOfOneClaim_mergeIntoOneUndoStep()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    const AnnotationId id = c.ids[QStringLiteral("c1")];
    for (const QString &note : {QStringLiteral("N"), QStringLiteral("Na"), QStringLiteral("Nagaan")})
        model.setData(model.indexOfAnnotation(id), note, NoteRole);
    QCOMPARE(c.project.undo.count(), 1);
    QCOMPARE(c.project.store.annotation(id)->note, QStringLiteral("Nagaan"));
    c.project.undo.undo();
    QCOMPARE(c.project.store.annotation(id)->note, QString());
}

void TestModels::noteEditsOfTwoClaims_stayTwoUndoSteps()
{
    Corpus c;
    QVERIFY(c.build());
    AnnotationsModel model(&c.project.store, &c.project.undo);
    model.setData(model.indexOfAnnotation(c.ids[QStringLiteral("c1")]), QStringLiteral("een"), NoteRole);
    model.setData(model.indexOfAnnotation(c.ids[QStringLiteral("c2")]), QStringLiteral("twee"), NoteRole);
    QCOMPARE(c.project.undo.count(), 2);
    c.project.undo.undo();
    QCOMPARE(c.project.store.annotation(c.ids[QStringLiteral("c1")])->note, QStringLiteral("een"));
    QCOMPARE(c.project.store.annotation(c.ids[QStringLiteral("c2")])->note, QString());
}

void TestModels::setMeta_isOneUndoableCommandThatPersists()
{
    Corpus c;
    QVERIFY(c.build());
    DocumentsModel documents(&c.project.store, &c.project.undo);
    QAbstractItemModelTester tester(&documents, Fatal);
    const DocumentMeta before = c.project.store.document(c.dutch)->meta;
    DocumentMeta after = before;
    after.title = QStringLiteral("Klimaatbeleid 2030");
    after.author = QStringLiteral("Ministerie van EZK");
    after.sourceUrl = QStringLiteral("https://example.org/klimaat");
    after.publishedOn = QDate(2025, 11, 3);
    after.language = QStringLiteral("nl");
    QVERIFY(documents.setMeta(c.dutch, after));
    QCOMPARE(c.project.undo.count(), 1);
    QCOMPARE(c.project.store.document(c.dutch)->meta, after);
    QCOMPARE(documents.indexOfDocument(c.dutch).data().toString(), after.title);
    c.project.undo.undo();
    QVERIFY(c.project.reopen());
    QCOMPARE(c.project.store.document(c.dutch)->meta, before);
}

void TestModels::removingTypeWithReassignment_movesClaimsAndUndoRestoresThem()
{
    Corpus c;
    QVERIFY(c.build());
    ClaimTypesModel types(&c.project.store, &c.project.undo);
    AnnotationsModel annotations(&c.project.store, &c.project.undo);
    QAbstractItemModelTester typesTester(&types, Fatal);
    QAbstractItemModelTester annotationsTester(&annotations, Fatal);
    const ClaimTypeId normative = c.project.typeAt(2);
    const ClaimTypeId causal = c.project.typeAt(1);
    const QVector<ClaimTypeId> order = types.order();
    const Annotation c3 = *c.project.store.annotation(c.ids[QStringLiteral("c3")]);

    c.project.undo.push(new RemoveClaimTypeCommand(&c.project.store, normative, causal));
    QCOMPARE(types.rowOf(normative), -1);
    QCOMPARE(c.project.store.annotationCountOfType(causal), 3);
    QCOMPARE(annotations.indexOfAnnotation(c.ids[QStringLiteral("c6")]).data(TypeIdRole).toLongLong(), causal);

    c.project.undo.undo();
    QCOMPARE(types.order(), order);
    QCOMPARE(c.project.store.annotationCountOfType(normative), 2);
    QCOMPARE(*c.project.store.annotation(c3.id), c3);
    QCOMPARE(annotations.indexOfAnnotation(c.ids[QStringLiteral("c6")]).data(TypeIdRole).toLongLong(), normative);
    QVERIFY(c.project.reopen());
    QCOMPARE(c.project.store.annotationCountOfType(normative), 2);
}

void TestModels::removingTypeWithItsClaims_undoBringsClaimsBack()
{
    Corpus c;
    QVERIFY(c.build());
    ClaimTypesModel types(&c.project.store, &c.project.undo);
    AnnotationsModel annotations(&c.project.store, &c.project.undo);
    QAbstractItemModelTester typesTester(&types, Fatal);
    QAbstractItemModelTester annotationsTester(&annotations, Fatal);
    const ClaimTypeId factual = c.project.typeAt(0);

    c.project.undo.push(new RemoveClaimTypeCommand(&c.project.store, factual, std::nullopt));
    QCOMPARE(annotations.rowCount(), 4);
    QVERIFY(!c.project.store.annotation(c.ids[QStringLiteral("c1")]));
    QVERIFY2(!c.project.store.allTags().contains(QStringLiteral("climate")), "a tag no claim uses is dropped");

    c.project.undo.undo();
    QCOMPARE(annotations.rowCount(), 6);
    QCOMPARE(types.rowOf(factual), 0);
    QCOMPARE(c.project.store.annotation(c.ids[QStringLiteral("c1")])->tags, QStringList{QStringLiteral("climate")});
}

void TestModels::claimTypesModel_renameAndRecolourAreUndoable()
{
    Corpus c;
    QVERIFY(c.build());
    ClaimTypesModel types(&c.project.store, &c.project.undo);
    QAbstractItemModelTester tester(&types, Fatal);
    const ClaimType before = *types.typeAt(1);

    QVERIFY(!types.setData(types.index(1, 0), QStringLiteral("   "), Qt::EditRole));
    QVERIFY(types.setData(types.index(1, 0), QStringLiteral("Oorzaak"), Qt::EditRole));
    QVERIFY(types.setData(types.index(1, 0), QColor(Qt::red), ClaimTypesModel::ColourRole));
    QVERIFY(types.setData(types.index(1, 0), QStringLiteral("X leidt tot Y"), ClaimTypesModel::DescriptionRole));
    QCOMPARE(c.project.undo.count(), 3);
    QCOMPARE(c.project.store.claimType(before.id)->name, QStringLiteral("Oorzaak"));
    QCOMPARE(c.project.store.claimType(before.id)->colour, QColor(Qt::red));
    while (c.project.undo.canUndo())
        c.project.undo.undo();
    QCOMPARE(*c.project.store.claimType(before.id), before);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
