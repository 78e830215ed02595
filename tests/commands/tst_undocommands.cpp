// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every user edit is an undo command that writes through the store. For each
// kind: do, undo, redo, and after each step close and reopen the project file
// to see that what the screen would show is what is stored.
#include "claimfixture.h"
#include "commands/annotationcommands.h"
#include "commands/claimtypecommands.h"
#include "commands/documentcommands.h"

#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {
const QString Text = QStringLiteral(
    "De minister stelt dat de platforms een gevaar zijn voor de rechtsstaat. "
    "Volgens critici helpt een register niet.");
}

class TestUndoCommands : public QObject
{
    Q_OBJECT
private slots:
    void addAnnotation_undoRedo_persistsWithTheSameId()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        Annotation a;
        a.documentId = doc;
        a.anchor = Anchor::forText(TextSelector::fromRange(Text, 24, 70));
        a.typeId = p.typeAt(0);
        auto *command = new AddAnnotationCommand(&p.store, a);
        p.undo.push(command);
        const AnnotationId id = command->annotationId();
        QVERIFY(id != 0);
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotation(id)->quote(), Text.mid(24, 46));

        p.undo.undo();
        QVERIFY(p.reopen());
        QVERIFY(!p.store.annotation(id).has_value());

        p.undo.redo();
        QVERIFY(p.reopen());
        QVERIFY(p.store.annotation(id).has_value());   // same id as before
    }

    void editNote_typingMergesIntoOneUndoStep()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        const AnnotationId id = p.addClaim(doc, {QStringLiteral("een register")});
        Annotation before = *p.store.annotation(id);
        QString note;
        for (const QString &piece : {QStringLiteral("Na"), QStringLiteral("gaan"), QStringLiteral(" bij CBS")}) {
            Annotation after = *p.store.annotation(id);
            note += piece;
            after.note = note;
            p.undo.push(new EditAnnotationCommand(&p.store, *p.store.annotation(id), after,
                                                  EditAnnotationCommand::Field::Note));
        }
        QCOMPARE(p.undo.count(), 1);
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotation(id)->note, QStringLiteral("Nagaan bij CBS"));
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotation(id)->note, before.note);
        // Redo gives back the whole merged note, not its first keystroke ("Na").
        p.undo.redo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotation(id)->note, QStringLiteral("Nagaan bij CBS"));
        // A different field does not merge with the note.
        Annotation statusChange = *p.store.annotation(id);
        statusChange.status = VerificationStatus::Disputed;
        p.undo.push(new EditAnnotationCommand(&p.store, *p.store.annotation(id), statusChange,
                                              EditAnnotationCommand::Field::Status));
        QCOMPARE(p.undo.count(), 2);
    }

    void removeAnnotations_undoRestoresEveryFieldAfterReopen()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        ClaimSpec spec{QStringLiteral("de platforms een gevaar"), p.typeAt(2), VerificationStatus::False,
                       QStringLiteral("de minister"), {QStringLiteral("platforms")}, QStringLiteral("Overdreven")};
        const AnnotationId first = p.addClaim(doc, spec);
        const AnnotationId second = p.addClaim(doc, {QStringLiteral("register")});
        const Annotation original = *p.store.annotation(first);
        p.undo.push(new RemoveAnnotationsCommand(&p.store, {original, *p.store.annotation(second)}));
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotations().size(), 0);
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.annotations().size(), 2);
        QCOMPARE(*p.store.annotation(first), original);
    }

    void removeDocument_undoBringsBackDocumentAndClaims()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        const AnnotationId claim = p.addClaim(doc, {QStringLiteral("een register")});
        p.undo.push(new RemoveDocumentCommand(&p.store, doc));
        QVERIFY(p.reopen());
        QCOMPARE(p.store.documents().size(), 0);
        QCOMPARE(p.store.annotations().size(), 0);
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.documents().size(), 1);
        QCOMPARE(p.store.canonicalText(doc), Text);
        QVERIFY(p.store.annotation(claim).has_value());
        p.undo.redo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.documents().size(), 0);
    }

    void addDocuments_andEditMeta_undoRedo()
    {
        ClaimProject p;
        QVERIFY(p.create());
        Document d;
        d.meta.title = QStringLiteral("Kamerbrief");
        d.format = SourceFormat::PlainText;
        d.originalBytes = Text.toUtf8();
        d.canonicalText = Text;
        d.importedAt = QDateTime::currentDateTimeUtc();
        auto *add = new AddDocumentsCommand(&p.store, {d});
        p.undo.push(add);
        const DocumentId id = add->documentIds().value(0);
        QVERIFY(id != 0);
        DocumentMeta meta = p.store.document(id)->meta;
        DocumentMeta edited = meta;
        edited.author = QStringLiteral("Ministerie van BZK");
        edited.publishedOn = QDate(2026, 11, 29);
        p.undo.push(new EditDocumentMetaCommand(&p.store, id, meta, edited));
        QVERIFY(p.reopen());
        QCOMPARE(p.store.document(id)->meta, edited);
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.document(id)->meta, meta);
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.documents().size(), 0);
        p.undo.redo();
        p.undo.redo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.document(id)->meta, edited);
    }

    void claimTypes_addEditReorder_undoRedo()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const QVector<ClaimType> start = p.store.claimTypes();
        ClaimType t;
        t.name = QStringLiteral("Framing");
        t.colour = QColor(QStringLiteral("#336699"));
        auto *add = new AddClaimTypeCommand(&p.store, t);
        p.undo.push(add);
        ClaimType before = *p.store.claimType(add->typeId());
        ClaimType after = before;
        after.name = QStringLiteral("Frame");
        after.colour = QColor(QStringLiteral("#993366"));
        p.undo.push(new EditClaimTypeCommand(&p.store, before, after));
        QVector<ClaimTypeId> order;
        for (const ClaimType &c : p.store.claimTypes())
            order.append(c.id);
        QVector<ClaimTypeId> reversed(order.rbegin(), order.rend());
        p.undo.push(new ReorderClaimTypesCommand(&p.store, order, reversed));
        QVERIFY(p.reopen());
        QCOMPARE(p.store.claimTypes().first().name, QStringLiteral("Frame"));
        p.undo.undo();
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.claimTypes().last().name, QStringLiteral("Framing"));
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.claimTypes(), start);
    }

    void removeClaimType_reassigning_undoRestoresTypeAndClaims()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        const ClaimTypeId doomed = p.typeAt(1);
        const ClaimTypeId target = p.typeAt(0);
        const AnnotationId claim = p.addClaim(doc, {QStringLiteral("een register"), doomed});
        const QVector<ClaimType> types = p.store.claimTypes();
        p.undo.push(new RemoveClaimTypeCommand(&p.store, doomed, target));
        QVERIFY(p.reopen());
        QVERIFY(!p.store.claimType(doomed).has_value());
        QCOMPARE(p.store.annotation(claim)->typeId, target);
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(p.store.claimTypes(), types);
        QCOMPARE(p.store.annotation(claim)->typeId, doomed);
    }

    void removeClaimType_deletingClaims_undoRestoresThem()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Artikel"), Text);
        const ClaimTypeId doomed = p.typeAt(3);
        const AnnotationId claim = p.addClaim(doc, {QStringLiteral("een register"), doomed});
        const Annotation original = *p.store.annotation(claim);
        p.undo.push(new RemoveClaimTypeCommand(&p.store, doomed, std::nullopt));
        QVERIFY(p.reopen());
        QVERIFY(!p.store.annotation(claim).has_value());
        p.undo.undo();
        QVERIFY(p.reopen());
        QCOMPARE(*p.store.annotation(claim), original);
    }
};

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
