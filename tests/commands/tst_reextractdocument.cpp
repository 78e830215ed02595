// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A web page imported again from the bytes the project keeps, as its article
// or as the whole page: the claims move with their quotes, those not in the
// new text are named and kept, and undo brings back text and places. Checked
// in a real project file, reopened after each step.
#include "claimfixture.h"
#include "commands/documentcommands.h"
#include "commands/undopush.h"
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"
#include "import/webpagereextraction.h"

#include "../import/newspage.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

// Claims on the page as the store holds them, by quote.
AnnotationId claimOn(ClaimProject &p, DocumentId doc, const QString &text, const QString &quote, int occurrence = 0)
{
    int start = -1;
    for (int i = 0; i <= occurrence; ++i) {
        start = int(text.indexOf(quote, start + 1));
        if (start < 0)
            return 0;
    }
    Annotation a;
    a.documentId = doc;
    a.anchor = Anchor::forText(TextSelector::fromRange(text, start, start + int(quote.size())));
    a.typeId = p.typeAt(0);
    a.note = QStringLiteral("notitie bij ") + quote;
    const Result<AnnotationId> id = p.store.addAnnotation(a);
    return id ? *id : 0;
}

// Where the stored claim sits in the stored text, and whether that is its quote.
bool isInPlace(const ProjectStore &store, AnnotationId id)
{
    const auto a = store.annotation(id);
    if (!a)
        return false;
    const QString text = store.canonicalText(a->documentId);
    const TextSelector &t = a->anchor.text();
    return t.isValid() && text.mid(t.start, t.length()) == a->quote();
}

// Which paragraph ("Alinea N") the claim stands in.
int paragraphOf(const ProjectStore &store, AnnotationId id)
{
    const auto a = store.annotation(id);
    const QString text = store.canonicalText(a->documentId);
    const int at = int(text.lastIndexOf(QStringLiteral("Alinea "), a->anchor.text().start));
    return at < 0 ? -1 : text.mid(at + 7, 1).toInt();
}

} // namespace

class TestReextractDocument : public QObject
{
    Q_OBJECT

    // The news page imported whole, with claims in the article and one in
    // the reader comments.
    struct WholePage
    {
        ClaimProject p;
        DocumentId doc = 0;
        AnnotationId inArticle = 0;
        AnnotationId repeated = 0;      // a phrase in every paragraph; this one in the fifth
        AnnotationId inComments = 0;
    };

    static bool makeWholePage(WholePage &w)
    {
        if (!w.p.create())
            return false;
        DocumentImporter::Options whole;
        whole.fullPage = true;
        const Result<Document> doc = DocumentImporter::importBytes(newsPage(), QStringLiteral("nieuws.html"), whole);
        if (!doc || doc->extraction != ContentExtraction::FullPage)
            return false;
        const Result<DocumentId> id = w.p.store.addDocument(doc.value());
        if (!id)
            return false;
        w.doc = *id;
        const QString text = doc->canonicalText;
        w.inArticle = claimOn(w.p, w.doc, text, QStringLiteral("Alinea 3 van het artikel"));
        w.repeated = claimOn(w.p, w.doc, text, QStringLiteral("subsidie voor de zeven buurthuizen"), 4);
        w.inComments = claimOn(w.p, w.doc, text, QStringLiteral("reageerder Piet vindt dit de schuld van het college"));
        return w.inArticle && w.repeated && w.inComments && paragraphOf(w.p.store, w.repeated) == 5;
    }

private slots:
    void wholePageToArticle_carriesTheArticlesClaims_andNamesTheOthers()
    {
        WholePage w;
        QVERIFY(makeWholePage(w));
        const Document before = *w.p.store.document(w.doc);
        const QVector<Annotation> claims = w.p.store.annotations(w.doc);

        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(before, claims, ContentExtraction::Article);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->changesText());
        QCOMPARE(plan->extraction, ContentExtraction::Article);
        QVERIFY(!plan->text.contains(QStringLiteral("reageerder")));
        QCOMPARE(plan->carried.size(), 2);
        QCOMPARE(plan->notFound.size(), 1);
        QCOMPARE(plan->notFound.first().id, w.inComments);
        for (const Annotation &moved : plan->carried) {
            const TextSelector &t = moved.anchor.text();
            QCOMPARE(plan->text.mid(t.start, t.length()), moved.quote());
        }
        // The view renders the stored bytes as the plan's text: offsets agree.
        Document after = before;
        after.canonicalText = plan->text;
        after.extraction = plan->extraction;
        SafeTextDocument shown;
        QVERIFY(DocumentRenderer::render(after, &shown));
    }

    void command_storesTextAndPlaces_andUndoRestoresBoth()
    {
        WholePage w;
        QVERIFY(makeWholePage(w));
        const Document before = *w.p.store.document(w.doc);
        const QVector<Annotation> claims = w.p.store.annotations(w.doc);
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(before, claims, ContentExtraction::Article);
        QVERIFY(plan.ok());

        QSignalSpy textChanged(&w.p.store, &ProjectStore::documentTextChanged);
        QVERIFY(pushCommand(&w.p.undo, new ReextractDocumentCommand(&w.p.store, before, claims, *plan)));
        QCOMPARE(textChanged.count(), 1);
        QVERIFY(w.p.reopen());
        QCOMPARE(w.p.store.canonicalText(w.doc), plan->text);
        QCOMPARE(w.p.store.document(w.doc)->extraction, ContentExtraction::Article);
        QVERIFY(isInPlace(w.p.store, w.inArticle));
        QVERIFY(isInPlace(w.p.store, w.repeated));
        // The phrase repeated in all eight paragraphs is still the fifth's.
        QCOMPARE(paragraphOf(w.p.store, w.repeated), 5);
        // The claim in the comments is kept, with its note, as it was.
        const auto kept = w.p.store.annotation(w.inComments);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->anchor, claims.at(2).anchor);
        QCOMPARE(kept->note, claims.at(2).note);
        QVERIFY(!isInPlace(w.p.store, w.inComments));
        // Only the place changed: notes and times are the user's.
        QCOMPARE(w.p.store.annotation(w.inArticle)->modified, claims.at(0).modified);

        w.p.undo.undo();
        QVERIFY(w.p.reopen());
        QCOMPARE(w.p.store.canonicalText(w.doc), before.canonicalText);
        QCOMPARE(w.p.store.document(w.doc)->extraction, ContentExtraction::FullPage);
        for (const Annotation &a : claims)
            QCOMPARE(w.p.store.annotation(a.id)->anchor, a.anchor);

        w.p.undo.redo();
        QVERIFY(w.p.reopen());
        QCOMPARE(w.p.store.canonicalText(w.doc), plan->text);
        QCOMPARE(paragraphOf(w.p.store, w.repeated), 5);
    }

    void articleToWholePage_findsEveryClaimAgain()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const Result<Document> imported = DocumentImporter::importBytes(newsPage(), QStringLiteral("nieuws.html"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->extraction, ContentExtraction::Article);
        const DocumentId doc = *p.store.addDocument(imported.value());
        const QString text = imported->canonicalText;
        const AnnotationId a = claimOn(p, doc, text, QStringLiteral("Door Anna de Vries"));
        const AnnotationId b = claimOn(p, doc, text, QStringLiteral("krappe meerderheid"), 7);
        QVERIFY(a && b);

        const Document before = *p.store.document(doc);
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(before, p.store.annotations(doc), ContentExtraction::FullPage);
        QVERIFY(plan.ok());
        QCOMPARE(plan->extraction, ContentExtraction::FullPage);
        QVERIFY(plan->text.contains(QStringLiteral("reageerder")));
        QCOMPARE(plan->carried.size(), 2);
        QVERIFY(plan->notFound.isEmpty());
        QVERIFY(pushCommand(&p.undo, new ReextractDocumentCommand(&p.store, before, p.store.annotations(doc), *plan)));
        QVERIFY(p.reopen());
        QVERIFY(isInPlace(p.store, a));
        QVERIFY(isInPlace(p.store, b));
        QCOMPARE(paragraphOf(p.store, b), 8);
    }

    void pageWithoutArticle_staysAsItIs_withAReason()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const Result<Document> imported = DocumentImporter::importBytes(frontPage(), QStringLiteral("voorpagina.html"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->extraction, ContentExtraction::FullPage);
        const DocumentId doc = *p.store.addDocument(imported.value());
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(*p.store.document(doc), {}, ContentExtraction::Article);
        QVERIFY(plan.ok());
        QVERIFY(!plan->changesText());
        QVERIFY2(plan->unchangedReason.contains(QStringLiteral("Dagblad")), qPrintable(plan->unchangedReason));
    }

    void otherFormats_areRefusedByName()
    {
        ClaimProject p;
        QVERIFY(p.create());
        const DocumentId doc = p.addDocument(QStringLiteral("Platte tekst"), QStringLiteral("Gewoon tekst."));
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(*p.store.document(doc), {}, ContentExtraction::Article);
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().contains(QStringLiteral("Platte tekst")));
        // Nor does the store replace the text of anything but a web page.
        QVERIFY(!p.store.replaceDocumentText(doc, QStringLiteral("anders"), ContentExtraction::Article, {}).ok());
        QCOMPARE(p.store.canonicalText(doc), QStringLiteral("Gewoon tekst."));
    }

    void failingPlace_leavesTextAndClaimsUntouched()
    {
        WholePage w;
        QVERIFY(makeWholePage(w));
        const Document before = *w.p.store.document(w.doc);
        const QVector<Annotation> claims = w.p.store.annotations(w.doc);
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(before, claims, ContentExtraction::Article);
        QVERIFY(plan.ok());
        QVector<ProjectStore::ClaimPlace> places;
        for (const Annotation &moved : plan->carried)
            places.append({moved.id, moved.anchor});
        places.append({AnnotationId(999999), plan->carried.first().anchor});   // no such claim
        QVERIFY(!w.p.store.replaceDocumentText(w.doc, plan->text, plan->extraction, places).ok());
        QVERIFY(w.p.reopen());
        QCOMPARE(w.p.store.canonicalText(w.doc), before.canonicalText);
        QCOMPARE(w.p.store.document(w.doc)->extraction, ContentExtraction::FullPage);
        for (const Annotation &a : claims)
            QCOMPARE(w.p.store.annotation(a.id)->anchor, a.anchor);
    }

    void commandWhoseWriteFails_isNotKept()
    {
        WholePage w;
        QVERIFY(makeWholePage(w));
        const Document before = *w.p.store.document(w.doc);
        const QVector<Annotation> claims = w.p.store.annotations(w.doc);
        const Result<WebPageReextraction::Plan> plan =
            WebPageReextraction::prepare(before, claims, ContentExtraction::Article);
        QVERIFY(plan.ok());
        // The document is gone before the command is pushed: the write fails,
        // push() deletes the command, and pushCommand() says so.
        QVERIFY(w.p.store.removeDocument(w.doc).ok());
        QVERIFY(!pushCommand(&w.p.undo, new ReextractDocumentCommand(&w.p.store, before, claims, *plan)));
        QCOMPARE(w.p.undo.count(), 0);
    }
};

QTEST_MAIN(TestReextractDocument)
#include "tst_reextractdocument.moc"
