// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The document details dialog: shows what is stored, applies edits as one
// undo step on OK, and nothing on Cancel.

#include "../models/claimfixture.h"

#include "dialogs/documentmetadatadialog.h"
#include "models/documentsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

class TestDocumentMetadataDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fields_showTheStoredDetails();
    void ok_appliesEveryFieldAsOneUndoStep();
    void unknownDate_isStoredAsNoDate();
    void cancel_changesNothing();
    void emptyTitle_cannotBeAccepted();
    void languageSetElsewhere_isKept();

private:
    struct Rig
    {
        ClaimProject project;
        DocumentId id = 0;
        std::unique_ptr<DocumentsModel> documents;
        bool build(const DocumentMeta &meta)
        {
            if (!project.create())
                return false;
            id = project.addDocument(QStringLiteral("Nota"), QStringLiteral("Tekst."), meta.language);
            if (!id || !project.store.updateDocumentMeta(id, meta))
                return false;
            documents = std::make_unique<DocumentsModel>(&project.store, &project.undo);
            return true;
        }
        DocumentMeta stored() const { return project.store.document(id)->meta; }
    };

    static DocumentMeta sample()
    {
        DocumentMeta meta;
        meta.title = QStringLiteral("Miljoenennota 2026");
        meta.author = QStringLiteral("Ministerie van Financi\u00ebn");
        meta.sourceUrl = QStringLiteral("https://www.rijksoverheid.nl/miljoenennota");
        meta.publishedOn = QDate(2025, 9, 16);
        meta.language = QStringLiteral("nl");
        meta.note = QStringLiteral("Cijfers vergelijken met de Voorjaarsnota.");
        return meta;
    }

    template<typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
};

void TestDocumentMetadataDialog::fields_showTheStoredDetails()
{
    Rig rig;
    QVERIFY(rig.build(sample()));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(), sample().title);
    QCOMPARE(child<QLineEdit>(dialog, "authorEdit")->text(), sample().author);
    QCOMPARE(child<QLineEdit>(dialog, "sourceUrlEdit")->text(), sample().sourceUrl);
    QCOMPARE(child<QDateEdit>(dialog, "dateEdit")->date(), sample().publishedOn);
    QVERIFY(!child<QCheckBox>(dialog, "dateUnknown")->isChecked());
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("nl"));
    QCOMPARE(child<QPlainTextEdit>(dialog, "documentNoteEdit")->toPlainText(), sample().note);
    QCOMPARE(dialog.meta(), sample());
    if (const QByteArray dir = qgetenv("KTK_SCREENSHOTS"); !dir.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/documentmetadatadialog.png"));
}

void TestDocumentMetadataDialog::ok_appliesEveryFieldAsOneUndoStep()
{
    Rig rig;
    QVERIFY(rig.build(sample()));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Budget Memorandum 2026"));
    child<QLineEdit>(dialog, "authorEdit")->setText(QStringLiteral("Ministry of Finance"));
    child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2025, 9, 17));
    auto *language = child<QComboBox>(dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    auto *note = child<QPlainTextEdit>(dialog, "documentNoteEdit");
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" Check the deficit."));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    DocumentMeta expected = sample();
    expected.title = QStringLiteral("Budget Memorandum 2026");
    expected.author = QStringLiteral("Ministry of Finance");
    expected.publishedOn = QDate(2025, 9, 17);
    expected.language = QStringLiteral("en");
    expected.note = sample().note + QStringLiteral(" Check the deficit.");
    QCOMPARE(rig.stored(), expected);
    QCOMPARE(rig.project.undo.count(), 1);
    rig.project.undo.undo();
    QCOMPARE(rig.stored(), sample());
}

void TestDocumentMetadataDialog::unknownDate_isStoredAsNoDate()
{
    Rig rig;
    QVERIFY(rig.build(sample()));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    auto *unknown = child<QCheckBox>(dialog, "dateUnknown");
    unknown->setChecked(true);
    QVERIFY(!child<QDateEdit>(dialog, "dateEdit")->isEnabled());
    dialog.accept();
    QVERIFY(!rig.stored().publishedOn.isValid());

    DocumentMetadataDialog again(rig.documents.get(), rig.id);
    QVERIFY(child<QCheckBox>(again, "dateUnknown")->isChecked());
}

void TestDocumentMetadataDialog::cancel_changesNothing()
{
    Rig rig;
    QVERIFY(rig.build(sample()));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Iets anders"));
    dialog.reject();
    QCOMPARE(rig.stored(), sample());
    QCOMPARE(rig.project.undo.count(), 0);
}

void TestDocumentMetadataDialog::emptyTitle_cannotBeAccepted()
{
    Rig rig;
    QVERIFY(rig.build(sample()));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("   "));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(rig.stored().title, sample().title);
    QCOMPARE(rig.project.undo.count(), 0);
}

void TestDocumentMetadataDialog::languageSetElsewhere_isKept()
{
    DocumentMeta meta = sample();
    meta.language = QStringLiteral("de");
    Rig rig;
    QVERIFY(rig.build(meta));
    DocumentMetadataDialog dialog(rig.documents.get(), rig.id);
    QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("de"));
    child<QLineEdit>(dialog, "authorEdit")->setText(QStringLiteral("Bundesregierung"));
    dialog.accept();
    QCOMPARE(rig.stored().language, QStringLiteral("de"));
    QCOMPARE(rig.stored().author, QStringLiteral("Bundesregierung"));
}

QTEST_MAIN(TestDocumentMetadataDialog)
#include "tst_documentmetadatadialog.moc"
