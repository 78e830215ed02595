// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The codebook dialog over a real project: adding, renaming in place,
// reordering and deleting claim types, with the question about a deleted
// type's claims answered the way a user would, and undo of each.

#include "../models/claimfixture.h"

#include "dialogs/codebookdialog.h"
#include "dialogs/deleteclaimtypedialog.h"
#include "models/claimtypesmodel.h"
#include "panels/claimtypecombo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace ktk;
using namespace ktk::testing;

namespace {

const QString Text = QStringLiteral(
    "Het kabinet zegt dat de uitstoot daalt. Volgens het CBS stijgen de huizenprijzen. Wij moeten de belasting "
    "verlagen. De minister verwacht een daling.");

class CodebookRig
{
public:
    bool build()
    {
        if (!project.create())
            return false;
        document = project.addDocument(QStringLiteral("Nota"), Text);
        claims << project.addClaim(document, {QStringLiteral("de uitstoot daalt"), project.typeAt(0)})
               << project.addClaim(document, {QStringLiteral("stijgen de huizenprijzen"), project.typeAt(0),
                                              VerificationStatus::Supported, QStringLiteral("CBS"), {QStringLiteral("wonen")}})
               << project.addClaim(document, {QStringLiteral("Wij moeten de belasting verlagen"), project.typeAt(2)});
        if (claims.contains(0))
            return false;
        types = std::make_unique<ClaimTypesModel>(&project.store, &project.undo);
        dialog = std::make_unique<CodebookDialog>(&project.store, &project.undo, types.get());
        dialog->show();
        return QTest::qWaitForWindowExposed(dialog.get());
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *child = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    QListView *list() const { return find<QListView>("codebookList"); }
    QStringList names() const
    {
        QStringList result;
        for (const ClaimType &t : project.store.claimTypes())
            result << t.name;
        return result;
    }
    // The line edit of an in-place edit of the list, if one is open.
    QLineEdit *nameEditor() const
    {
        for (QLineEdit *edit : list()->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                return edit;
        }
        return nullptr;
    }
    void click(const char *button) const { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }

    ClaimProject project;
    DocumentId document = 0;
    QVector<AnnotationId> claims;
    std::unique_ptr<ClaimTypesModel> types;
    std::unique_ptr<CodebookDialog> dialog;
};

// Answers the modal question about a deleted type's claims once it is up,
// as a user would: looking at it, choosing, clicking. Records what it saw.
struct DeleteAnswer
{
    enum Choice { Move, DeleteClaims, Cancel };
    Choice choice = Cancel;
    QString moveTo;                 // the name of the type to move claims to
    bool seen = false;
    bool okEnabledBeforeChoosing = true;
    QString question;
    int attempts = 0;
    bool stuck = false;
    QObject guard;

    void arm()
    {
        // The timers belong to `guard`, so they die with this helper.
        QTimer::singleShot(20, &guard, [this] { answer(); });
    }

    void answer()
    {
        auto *ask = qobject_cast<DeleteClaimTypeDialog *>(QApplication::activeModalWidget());
        if (!ask) {
            if (++attempts < 100)
                QTimer::singleShot(20, &guard, [this] { answer(); });    // not up yet
            return;
        }
        seen = true;
        if (const QByteArray dir = qgetenv("KTK_SCREENSHOTS"); !dir.isEmpty())
            ask->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/deleteclaimtype.png"));
        auto *buttons = ask->findChild<QDialogButtonBox *>();
        okEnabledBeforeChoosing = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        for (QLabel *label : ask->findChildren<QLabel *>()) {
            if (label->text().contains(u'\u201c'))
                question = label->text();
        }
        // On the indicator: a radio button's row may be wider than its text.
        const auto pick = [ask](const char *name) {
            auto *radio = ask->findChild<QRadioButton *>(QString::fromLatin1(name));
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        };
        switch (choice) {
        case Move: {
            auto *target = ask->findChild<ClaimTypeCombo *>(QStringLiteral("reassignTarget"));
            target->setCurrentIndex(target->findText(moveTo));
            pick("moveClaimsOption");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            break;
        }
        case DeleteClaims:
            pick("deleteClaimsOption");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            break;
        case Cancel:
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            break;
        }
        // Never leave a test hanging on a question that did not close.
        if (ask->isVisible()) {
            stuck = true;
            ask->reject();
        }
    }
};

} // namespace

class TestCodebookDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void list_showsTheCodebookInOrder();
    void add_appendsTypeWithANewColourAndStartsRenamingIt();
    void rename_inPlace_isOneUndoableEdit();
    void moveDown_reordersAndUndoRestoresTheOrder();
    void description_commitsWhenLeavingTheField();

    void deleteUnusedType_doesNotAsk();
    void deleteTypeWithClaims_asksWithNothingChosenInAdvance();
    void deleteTypeWithClaims_movingThem_reassignsAndUndoBringsTypeBack();
    void deleteTypeWithClaims_deletingThemToo_undoBringsClaimsBack();
    void deleteTypeWithClaims_cancelled_changesNothing();
    void lastType_cannotBeDeleted();

    void undoShortcut_worksInsideTheDialog();
    void distinctColour_keepsAwayFromUsedHues();
};

void TestCodebookDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCodebookDialog::list_showsTheCodebookInOrder()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    QCOMPARE(rig.list()->model()->rowCount(), rig.project.store.claimTypes().size());
    QCOMPARE(rig.list()->model()->index(0, 0).data().toString(), rig.names().first());
    QCOMPARE(rig.dialog->currentTypeId(), rig.project.typeAt(0));
    QVERIFY(!rig.find<QPushButton>("moveTypeUp")->isEnabled());
    QVERIFY(rig.find<QPushButton>("moveTypeDown")->isEnabled());
    if (const QByteArray dir = qgetenv("KTK_SCREENSHOTS"); !dir.isEmpty())
        rig.dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/codebookdialog.png"));
}

void TestCodebookDialog::add_appendsTypeWithANewColourAndStartsRenamingIt()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const QVector<ClaimType> before = rig.project.store.claimTypes();
    rig.click("addType");
    const QVector<ClaimType> after = rig.project.store.claimTypes();
    QCOMPARE(after.size(), before.size() + 1);
    const ClaimType added = after.last();
    QCOMPARE(rig.dialog->currentTypeId(), added.id);
    for (const ClaimType &t : before)
        QVERIFY2(t.colour != added.colour, qPrintable(t.name));
    QCOMPARE(rig.project.undo.count(), 1);

    QLineEdit *editor = rig.nameEditor();
    QVERIFY2(editor, "the new type's name is open for editing");
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Anekdote"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(rig.project.store.claimType(added.id)->name, QStringLiteral("Anekdote"));
    QCOMPARE(rig.dialog->currentTypeId(), added.id);
    QCOMPARE(rig.project.undo.count(), 2);

    rig.project.undo.undo();
    rig.project.undo.undo();
    QCOMPARE(rig.project.store.claimTypes(), before);
}

void TestCodebookDialog::rename_inPlace_isOneUndoableEdit()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const ClaimTypeId second = rig.project.typeAt(1);
    const QString original = rig.names().at(1);
    rig.dialog->setCurrentTypeId(second);
    rig.click("renameType");
    QLineEdit *editor = rig.nameEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), original);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Oorzakelijk verband"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(rig.project.store.claimType(second)->name, QStringLiteral("Oorzakelijk verband"));
    QCOMPARE(rig.project.undo.count(), 1);
    QCOMPARE(rig.dialog->currentTypeId(), second);
    rig.project.undo.undo();
    QCOMPARE(rig.project.store.claimType(second)->name, original);
}

void TestCodebookDialog::moveDown_reordersAndUndoRestoresTheOrder()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const QStringList before = rig.names();
    rig.dialog->setCurrentTypeId(rig.project.typeAt(0));
    rig.click("moveTypeDown");
    rig.click("moveTypeDown");
    QStringList expected = before;
    expected.move(0, 2);
    QCOMPARE(rig.names(), expected);
    QCOMPARE(rig.list()->currentIndex().row(), 2);      // the moved type stays chosen
    QCOMPARE(rig.list()->currentIndex().data().toString(), before.first());
    rig.click("moveTypeUp");
    expected.move(2, 1);
    QCOMPARE(rig.names(), expected);
    QCOMPARE(rig.project.undo.count(), 3);
    while (rig.project.undo.canUndo())
        rig.project.undo.undo();
    QCOMPARE(rig.names(), before);
}

void TestCodebookDialog::description_commitsWhenLeavingTheField()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const ClaimTypeId first = rig.project.typeAt(0);
    auto *description = rig.find<QPlainTextEdit>("typeDescription");
    QCOMPARE(description->toPlainText(), rig.project.store.claimType(first)->description);
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Controleerbaar met cijfers."));
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(description, &focusOut);
    QCOMPARE(rig.project.store.claimType(first)->description, QStringLiteral("Controleerbaar met cijfers."));
    QCOMPARE(rig.project.undo.count(), 1);

    // Typed, then another type chosen: the text belongs to the first.
    QTest::keyClicks(description, QStringLiteral(" Ook uit rapporten."));
    rig.dialog->setCurrentTypeId(rig.project.typeAt(1));
    QCOMPARE(rig.project.store.claimType(first)->description,
             QStringLiteral("Controleerbaar met cijfers. Ook uit rapporten."));
    QCOMPARE(description->toPlainText(), rig.project.store.claimType(rig.project.typeAt(1))->description);
}

void TestCodebookDialog::deleteUnusedType_doesNotAsk()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const ClaimTypeId unused = rig.project.typeAt(4);
    QCOMPARE(rig.project.store.annotationCountOfType(unused), 0);
    DeleteAnswer answer;    // would cancel if a question came up
    answer.arm();
    rig.dialog->setCurrentTypeId(unused);
    rig.click("deleteType");
    QVERIFY(!rig.project.store.claimType(unused));
    QTest::qWait(100);
    QVERIFY2(!answer.seen, "no question for a type without claims");
    rig.project.undo.undo();
    QVERIFY(rig.project.store.claimType(unused));
}

void TestCodebookDialog::deleteTypeWithClaims_asksWithNothingChosenInAdvance()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    DeleteAnswer answer;
    answer.choice = DeleteAnswer::Cancel;
    answer.arm();
    rig.dialog->setCurrentTypeId(rig.project.typeAt(0));
    rig.click("deleteType");
    QVERIFY(answer.seen);
    QVERIFY2(!answer.okEnabledBeforeChoosing, "the user must choose what happens to the claims");
    QVERIFY2(answer.question.contains(rig.names().first()), qPrintable(answer.question));
}

void TestCodebookDialog::deleteTypeWithClaims_movingThem_reassignsAndUndoBringsTypeBack()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const ClaimTypeId doomed = rig.project.typeAt(0);
    const ClaimTypeId target = rig.project.typeAt(2);
    const QVector<ClaimTypeId> order = rig.types->order();
    const Annotation claimBefore = *rig.project.store.annotation(rig.claims.at(1));
    DeleteAnswer answer;
    answer.choice = DeleteAnswer::Move;
    answer.moveTo = rig.names().at(2);
    answer.arm();
    rig.dialog->setCurrentTypeId(doomed);
    rig.click("deleteType");
    QVERIFY(answer.seen);
    QVERIFY(!answer.stuck);
    QVERIFY(!rig.project.store.claimType(doomed));
    QCOMPARE(rig.project.store.annotation(rig.claims.at(0))->typeId, target);
    QCOMPARE(rig.project.store.annotation(rig.claims.at(1))->typeId, target);
    QCOMPARE(rig.project.store.annotationCountOfType(target), 3);
    QVERIFY(rig.dialog->currentTypeId() != 0);

    rig.project.undo.undo();
    QCOMPARE(rig.types->order(), order);
    QCOMPARE(rig.project.store.annotationCountOfType(doomed), 2);
    QCOMPARE(*rig.project.store.annotation(rig.claims.at(1)), claimBefore);
}

void TestCodebookDialog::deleteTypeWithClaims_deletingThemToo_undoBringsClaimsBack()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const ClaimTypeId doomed = rig.project.typeAt(0);
    DeleteAnswer answer;
    answer.choice = DeleteAnswer::DeleteClaims;
    answer.arm();
    rig.dialog->setCurrentTypeId(doomed);
    rig.click("deleteType");
    QVERIFY(answer.seen);
    QVERIFY(!answer.stuck);
    QVERIFY(!rig.project.store.claimType(doomed));
    QCOMPARE(rig.project.store.annotations().size(), 1);

    rig.project.undo.undo();
    QVERIFY(rig.project.store.claimType(doomed));
    QCOMPARE(rig.project.store.annotations().size(), 3);
    QCOMPARE(rig.project.store.annotation(rig.claims.at(1))->claimant, QStringLiteral("CBS"));
    QCOMPARE(rig.project.store.annotation(rig.claims.at(1))->tags, QStringList{QStringLiteral("wonen")});
}

void TestCodebookDialog::deleteTypeWithClaims_cancelled_changesNothing()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const QVector<ClaimType> before = rig.project.store.claimTypes();
    DeleteAnswer answer;
    answer.choice = DeleteAnswer::Cancel;
    answer.arm();
    rig.dialog->setCurrentTypeId(rig.project.typeAt(2));
    rig.click("deleteType");
    QVERIFY(answer.seen);
    QCOMPARE(rig.project.store.claimTypes(), before);
    QCOMPARE(rig.project.store.annotations().size(), 3);
    QCOMPARE(rig.project.undo.count(), 0);
}

void TestCodebookDialog::lastType_cannotBeDeleted()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    // Delete all but one, the used ones with their claims.
    while (rig.project.store.claimTypes().size() > 1) {
        const ClaimTypeId id = rig.project.store.claimTypes().last().id;
        DeleteAnswer answer;
        answer.choice = DeleteAnswer::DeleteClaims;
        if (rig.project.store.annotationCountOfType(id) > 0)
            answer.arm();
        rig.dialog->setCurrentTypeId(id);
        rig.click("deleteType");
        QVERIFY(!rig.project.store.claimType(id));
    }
    QVERIFY(!rig.find<QPushButton>("deleteType")->isEnabled());
    rig.dialog->deleteType();
    QCOMPARE(rig.project.store.claimTypes().size(), 1);
}

void TestCodebookDialog::undoShortcut_worksInsideTheDialog()
{
    CodebookRig rig;
    QVERIFY(rig.build());
    const QStringList before = rig.names();
    rig.click("moveTypeDown");
    QVERIFY(rig.names() != before);
    rig.dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(rig.dialog.get()));
    rig.list()->setFocus();
    QTest::keyClick(rig.list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(rig.names(), before);
}

void TestCodebookDialog::distinctColour_keepsAwayFromUsedHues()
{
    const QVector<QColor> used{QColor::fromHsv(0, 200, 230), QColor::fromHsv(120, 200, 230), QColor(Qt::gray)};
    const QColor colour = CodebookDialog::distinctColour(used);
    const int hue = colour.hsvHue();
    // Red at 0 and green at 120 leave blue, 120 degrees from both; grey
    // does not count.
    QCOMPARE(hue, 240);
    QVERIFY(colour.hsvSaturation() > 60);
}

QTEST_MAIN(TestCodebookDialog)
#include "tst_codebookdialog.moc"
