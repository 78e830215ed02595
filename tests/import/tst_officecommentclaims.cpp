// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reviewers' comments in Word and OpenDocument files, offered as claims: on
// the words they were made on (the right ones where the words repeat), with
// the comment as note and its author and date; comments on no words are
// counted, not placed.
#include "officetestfiles.h"

#include "import/documentimporter.h"
#include "import/officecommentclaims.h"

#include <QTest>

using namespace ktk;
using namespace officetest;

namespace {

const QString WordNs = QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");

// The same sentence three times; a comment on the third's "meer woningen",
// and one made at a point.
QByteArray repeatedDocx()
{
    const QString comments = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments ") + WordNs
        + QStringLiteral(">"
        "<w:comment w:id=\"1\" w:author=\"Piet de Boer\" w:date=\"2026-04-02T08:00:00Z\"><w:p><w:r><w:t>Bron?</w:t></w:r></w:p></w:comment>"
        "<w:comment w:id=\"2\" w:author=\"Piet de Boer\"><w:p><w:r><w:t>Hier een alinea toevoegen.</w:t></w:r></w:p></w:comment>"
        "</w:comments>");
    QString body;
    for (int i = 0; i < 2; ++i)
        body += para(QStringLiteral("Het kabinet bouwt meer woningen dan ooit."));
    body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">Het kabinet bouwt </w:t></w:r>"
                           "<w:commentRangeStart w:id=\"1\"/><w:r><w:t>meer woningen</w:t></w:r><w:commentRangeEnd w:id=\"1\"/>"
                           "<w:r><w:commentReference w:id=\"1\"/></w:r>"
                           "<w:r><w:t xml:space=\"preserve\"> dan ooit.</w:t></w:r></w:p>");
    body += QStringLiteral("<w:p><w:commentRangeStart w:id=\"2\"/><w:commentRangeEnd w:id=\"2\"/>"
                           "<w:r><w:commentReference w:id=\"2\"/></w:r><w:r><w:t>Slot.</w:t></w:r></w:p>");
    return docx(body, { { QStringLiteral("word/comments.xml"), comments.toUtf8() } });
}

} // namespace

class TestOfficeCommentClaims : public QObject
{
    Q_OBJECT

private slots:
    void richDocument_commentBecomesAClaimOnItsWords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("docx") << richDocx() << QStringLiteral("brief.docx");
        QTest::newRow("odt") << richOdt() << QStringLiteral("brief.odt");
    }

    void richDocument_commentBecomesAClaimOnItsWords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        Result<Document> imported = DocumentImporter::importBytes(bytes, fileName);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        // The import report points at the comments.
        QVERIFY2(imported->importNote.contains(QStringLiteral("1 reviewer comment")), qPrintable(imported->importNote));
        imported.value().id = 42;

        const QVector<OfficeComment> comments = OfficeCommentClaims::commentsOf(*imported);
        QCOMPARE(comments.size(), 1);
        const OfficeCommentClaims::Outcome outcome =
            OfficeCommentClaims::toClaims(comments, 42, imported->canonicalText, 7);
        QCOMPARE(outcome.claims.size(), 1);
        QCOMPARE(outcome.withoutText + outcome.notFound, 0);
        const Annotation &claim = outcome.claims.first();
        QCOMPARE(claim.documentId, DocumentId(42));
        QCOMPARE(claim.typeId, ClaimTypeId(7));
        QCOMPARE(claim.quote(), QStringLiteral("100.000 woningen per jaar"));
        const TextSelector &t = claim.anchor.text();
        QCOMPARE(imported->canonicalText.mid(t.start, t.length()), claim.quote());
        QCOMPARE(claim.note, QStringLiteral("Klopt dit wel?"));
        QCOMPARE(claim.author, QStringLiteral("Eva Jansen"));
        QCOMPARE(claim.created.date(), QDate(2026, 3, 1));
    }

    void repeatedWords_theCommentedOccurrenceIsChosen_pointCommentsAreCounted()
    {
        Result<Document> imported = DocumentImporter::importBytes(repeatedDocx(), QStringLiteral("woningen.docx"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const QString text = imported->canonicalText;
        const QVector<OfficeComment> comments = OfficeCommentClaims::commentsOf(*imported);
        QCOMPARE(comments.size(), 2);
        const OfficeCommentClaims::Outcome outcome = OfficeCommentClaims::toClaims(comments, 1, text, 1);
        QCOMPARE(outcome.claims.size(), 1);
        QCOMPARE(outcome.withoutText, 1);
        const TextSelector &t = outcome.claims.first().anchor.text();
        QCOMPARE(text.mid(t.start, t.length()), QStringLiteral("meer woningen"));
        const int third = int(text.lastIndexOf(QStringLiteral("meer woningen")));
        QVERIFY(third > text.indexOf(QStringLiteral("meer woningen")));
        QCOMPARE(t.start, third);
        QCOMPARE(outcome.claims.first().note, QStringLiteral("Bron?"));
    }

    void wordsNotInTheText_areCountedNotPlaced()
    {
        OfficeComment lost;
        lost.quote = QStringLiteral("woorden die er niet staan");
        lost.text = QStringLiteral("?");
        lost.position = 3;
        const OfficeCommentClaims::Outcome outcome =
            OfficeCommentClaims::toClaims({lost}, 1, QStringLiteral("Een heel andere tekst."), 1);
        QVERIFY(outcome.claims.isEmpty());
        QCOMPARE(outcome.notFound, 1);
    }

    void otherFormats_haveNoComments()
    {
        const Result<Document> page = DocumentImporter::importBytes("<p>Gewoon een pagina.</p>", QStringLiteral("p.html"));
        QVERIFY(page.ok());
        QVERIFY(OfficeCommentClaims::commentsOf(*page).isEmpty());
        Document damaged = *page;
        damaged.format = SourceFormat::Docx;
        QVERIFY(OfficeCommentClaims::commentsOf(damaged).isEmpty());
    }
};

QTEST_MAIN(TestOfficeCommentClaims)
#include "tst_officecommentclaims.moc"
