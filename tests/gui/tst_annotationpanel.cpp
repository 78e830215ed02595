// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The annotation panel and its claim editor over a real project: filters
// narrow the list, the editor writes through the model into the store, undo
// shows in the editor, and the Delete key removes claims.

#include "../models/claimfixture.h"

#include "models/annotationfilterproxy.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "models/claimtypesmodel.h"
#include "panels/annotationpanel.h"
#include "panels/claimeditor.h"
#include "panels/claimtreeview.h"
#include "panels/claimtypecombo.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace ktk;
using namespace ktk::testing;

namespace {

const QString DutchText = QStringLiteral(
    "Het kabinet zegt dat de uitstoot in 2030 met 55 procent daalt ten opzichte van 1990. Volgens het CBS stijgen "
    "de huizenprijzen al tien jaar sneller dan de lonen. Wij moeten de belasting op arbeid verlagen en vermogen "
    "zwaarder belasten. De minister verwacht dat de stikstofuitstoot door de uitkoopregeling met een derde daalt.");
const QString EnglishText = QStringLiteral(
    "The minister claims that inflation will fall below two percent next year. Critics say the policy caused the "
    "housing shortage in the big cities. Parliament should reject the bill before the summer recess.");

// A project with claims, the models the main window would own, and the panel.
class PanelRig
{
public:
    bool build()
    {
        if (!project.create())
            return false;
        dutch = project.addDocument(QStringLiteral("Klimaat- en woonbeleid"), DutchText, QStringLiteral("nl"));
        english = project.addDocument(QStringLiteral("Budget debate"), EnglishText, QStringLiteral("en"));
        const auto type = [this](int i) { return project.typeAt(i); };
        ids[QStringLiteral("uitstoot")] = project.addClaim(dutch, {QStringLiteral("de uitstoot in 2030 met 55 procent daalt"),
            type(0), VerificationStatus::Unchecked, QStringLiteral("Kabinet"), {QStringLiteral("klimaat")}, {}, utc(2026, 2, 5)});
        ids[QStringLiteral("huizen")] = project.addClaim(dutch, {QStringLiteral("stijgen de huizenprijzen al tien jaar sneller dan de lonen"),
            type(0), VerificationStatus::Supported, QStringLiteral("CBS"), {QStringLiteral("wonen")},
            QStringLiteral("CBS StatLine, tabel 83906NED"), utc(2026, 2, 3)});
        ids[QStringLiteral("belasting")] = project.addClaim(dutch, {QStringLiteral("Wij moeten de belasting op arbeid verlagen"),
            type(2), VerificationStatus::Disputed, {}, {QStringLiteral("belasting"), QStringLiteral("arbeid")}, {}, utc(2026, 2, 7)});
        ids[QStringLiteral("inflation")] = project.addClaim(english, {QStringLiteral("inflation will fall below two percent next year"),
            type(3), VerificationStatus::Unchecked, QStringLiteral("The minister"), {QStringLiteral("economy")}, {}, utc(2026, 2, 4)});
        ids[QStringLiteral("shortage")] = project.addClaim(english, {QStringLiteral("the policy caused the housing shortage"),
            type(1), VerificationStatus::False, QStringLiteral("Critics"), {QStringLiteral("wonen")}, {}, utc(2026, 2, 6)});
        for (const AnnotationId id : qAsConst(ids)) {
            if (id == 0)
                return false;
        }
        model = std::make_unique<AnnotationsModel>(&project.store, &project.undo);
        proxy = std::make_unique<AnnotationFilterProxy>();
        proxy->setSourceModel(model.get());
        types = std::make_unique<ClaimTypesModel>(&project.store, &project.undo);
        panel = std::make_unique<AnnotationPanel>(&project.store, &project.undo, model.get(), proxy.get(), types.get());
        panel->setCurrentDocument(dutch);
        panel->resize(380, 760);
        panel->show();
        return QTest::qWaitForWindowExposed(panel.get());
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *child = panel->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }

    QTreeView *tree() const { return find<QTreeView>("annotationTree"); }
    int rows() const { return tree()->model()->rowCount(); }
    QStringList quotesShown() const
    {
        QStringList quotes;
        for (int row = 0; row < rows(); ++row)
            quotes << tree()->model()->index(row, 0).data(QuoteRole).toString();
        return quotes;
    }
    QModelIndex rowOf(const QString &name) const
    {
        return proxy->mapFromSource(model->indexOfAnnotation(ids.value(name)));
    }
    void select(const QString &name) const
    {
        tree()->selectionModel()->setCurrentIndex(rowOf(name), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    Annotation stored(const QString &name) const { return *project.store.annotation(ids.value(name)); }

    ClaimProject project;
    DocumentId dutch = 0;
    DocumentId english = 0;
    QHash<QString, AnnotationId> ids;
    // Declared after the project, so they go first.
    std::unique_ptr<AnnotationsModel> model;
    std::unique_ptr<AnnotationFilterProxy> proxy;
    std::unique_ptr<ClaimTypesModel> types;
    std::unique_ptr<AnnotationPanel> panel;
};

// The count label's text as the panel words it, in whatever language is
// loaded (plural forms come from the translation, "claim(s)" without one).
QString countText(int total, int shown = -1)
{
    if (shown < 0)
        return QCoreApplication::translate("ktk::AnnotationPanel", "%n claim(s)", nullptr, total);
    return QCoreApplication::translate("ktk::AnnotationPanel", "%1 of %n claim(s)", nullptr, total).arg(shown);
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void scopeSwitch_listsThisDocumentOrTheWholeProject();
    void noDocumentOpen_listsNothingAndSaysWhy();
    void filterCombos_narrowTheTree();
    void searchField_filtersByTextAndClearsWithTheFilters();
    void tagFilter_followsTagsAddedInTheEditor();
    void sortMode_newestFirst_ordersByCreation();
    void quoteColumnOnly_otherColumnsHiddenByDefault();

    void nothingSelected_editorDisabledWithHint();
    void clickingRow_fillsEditor();
    void longTitleAndQuote_doNotWidenThePanel();
    void typingNote_commitsToStoreAfterAPause();
    void typingNote_mergesIntoOneUndoStep();
    void noteFocusOut_commitsAtOnce();
    void switchingClaim_commitsPendingNoteToThePreviousClaim();
    void hidingThePanel_commitsPendingNote();
    void undo_revertsStoreAndEditor();
    void undoOfAnotherField_keepsNoteAndCursor();
    void combos_commitAtOnce();
    void claimantAndTags_commitWhenEditingFinishes();
    void changeFromElsewhere_showsInEditor();
    void editThatFiltersClaimOut_keepsEditorOnIt();

    void deleteKey_removesSelectedClaimsAndUndoBringsThemBack();
    void deleteButton_removesClaimAndSelectsTheNext();
    void selectAnnotation_clearsFiltersThatHideIt();
    void selectAnnotation_inOtherDocument_widensScope();
    void typeColour_isDrawnInTheList();
};

void TestAnnotationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnnotationPanel::scopeSwitch_listsThisDocumentOrTheWholeProject()
{
    PanelRig rig;
    QVERIFY(rig.build());
    QCOMPARE(rig.rows(), 3);
    QSignalSpy spy(rig.panel.get(), &AnnotationPanel::wholeProjectChanged);
    QTest::mouseClick(rig.find<QToolButton>("scopeProject"), Qt::LeftButton);
    QCOMPARE(rig.rows(), 5);
    QCOMPARE(spy.count(), 1);
    QVERIFY(rig.panel->isWholeProject());
    QCOMPARE(rig.find<QLabel>("claimCount")->text(), countText(5));
    QTest::mouseClick(rig.find<QToolButton>("scopeDocument"), Qt::LeftButton);
    QCOMPARE(rig.rows(), 3);
    rig.panel->setCurrentDocument(rig.english);
    QCOMPARE(rig.rows(), 2);
    QCOMPARE(rig.find<QLabel>("claimCount")->text(), countText(2));
}

void TestAnnotationPanel::noDocumentOpen_listsNothingAndSaysWhy()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.panel->setCurrentDocument(0);
    QCOMPARE(rig.rows(), 0);
    QCOMPARE(rig.find<QLabel>("claimCount")->text(), countText(0));
    auto *tree = qobject_cast<ClaimTreeView *>(rig.tree());
    QVERIFY(tree);
    QVERIFY2(tree->placeholderText().startsWith(QStringLiteral("No document is open")), qPrintable(tree->placeholderText()));
    rig.panel->setWholeProject(true);
    QCOMPARE(rig.rows(), 5);
}

void TestAnnotationPanel::filterCombos_narrowTheTree()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.panel->setWholeProject(true);
    auto *type = rig.find<ClaimTypeCombo>("typeFilter");
    auto *status = rig.find<QComboBox>("statusFilter");
    auto *tag = rig.find<QComboBox>("tagFilter");
    QCOMPARE(type->itemText(0), QStringLiteral("All types"));
    QCOMPARE(status->count(), 1 + VerificationStatusCount);
    QCOMPARE(type->count(), 1 + rig.types->rowCount());
    QVERIFY2(!type->itemIcon(1).isNull(), "types carry their colour");

    chooseData(type, rig.project.typeAt(0));
    QCOMPARE(rig.rows(), 2);
    QCOMPARE(rig.find<QLabel>("claimCount")->text(), countText(5, 2));
    QVERIFY(rig.find<QToolButton>("clearFilters")->isVisible());

    chooseData(status, int(VerificationStatus::Supported));
    QCOMPARE(rig.quotesShown(), QStringList{QStringLiteral("stijgen de huizenprijzen al tien jaar sneller dan de lonen")});

    type->setCurrentIndex(0);
    QCOMPARE(rig.rows(), 1);
    status->setCurrentIndex(0);
    QCOMPARE(rig.rows(), 5);

    QCOMPARE(tag->itemText(0), QStringLiteral("All tags"));
    chooseData(tag, QStringLiteral("wonen"));
    QCOMPARE(rig.rows(), 2);
    rig.panel->setWholeProject(false);
    QCOMPARE(rig.rows(), 1);
    QCOMPARE(rig.find<QLabel>("claimCount")->text(), countText(3, 1));

    QTest::mouseClick(rig.find<QToolButton>("clearFilters"), Qt::LeftButton);
    QCOMPARE(rig.rows(), 3);
    QCOMPARE(tag->currentIndex(), 0);
    QVERIFY(!rig.find<QToolButton>("clearFilters")->isVisible());
}

void TestAnnotationPanel::searchField_filtersByTextAndClearsWithTheFilters()
{
    PanelRig rig;
    QVERIFY(rig.build());
    auto *search = rig.find<QLineEdit>("panelSearch");
    QVERIFY(search->isClearButtonEnabled());
    QTest::keyClicks(search, QStringLiteral("statline"));     // in a note
    QCOMPARE(rig.rows(), 1);
    search->clear();
    QCOMPARE(rig.rows(), 3);
    QTest::keyClicks(search, QStringLiteral("kabinet"));      // a claimant
    QCOMPARE(rig.rows(), 1);
    rig.panel->clearFilters();
    QCOMPARE(search->text(), QString());
    QCOMPARE(rig.rows(), 3);
}

void TestAnnotationPanel::tagFilter_followsTagsAddedInTheEditor()
{
    PanelRig rig;
    QVERIFY(rig.build());
    auto *tag = rig.find<QComboBox>("tagFilter");
    QCOMPARE(tag->findData(QStringLiteral("stikstof")), -1);
    rig.select(QStringLiteral("uitstoot"));
    auto *tags = rig.find<QLineEdit>("tagsEdit");
    tags->setText(QStringLiteral("klimaat, stikstof"));
    emit tags->editingFinished();
    QTRY_VERIFY(tag->findData(QStringLiteral("stikstof")) > 0);
}

void TestAnnotationPanel::sortMode_newestFirst_ordersByCreation()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.panel->setWholeProject(true);
    auto *sort = rig.find<QComboBox>("sortMode");
    QCOMPARE(rig.quotesShown().first(), QStringLiteral("de uitstoot in 2030 met 55 procent daalt"));
    chooseData(sort, int(AnnotationFilterProxy::SortMode::Created));
    QCOMPARE(rig.quotesShown(), (QStringList{QStringLiteral("Wij moeten de belasting op arbeid verlagen"),
                                             QStringLiteral("the policy caused the housing shortage"),
                                             QStringLiteral("de uitstoot in 2030 met 55 procent daalt"),
                                             QStringLiteral("inflation will fall below two percent next year"),
                                             QStringLiteral("stijgen de huizenprijzen al tien jaar sneller dan de lonen")}));
}

void TestAnnotationPanel::quoteColumnOnly_otherColumnsHiddenByDefault()
{
    PanelRig rig;
    QVERIFY(rig.build());
    QTreeView *tree = rig.tree();
    QVERIFY(!tree->rootIsDecorated());
    QVERIFY(tree->uniformRowHeights());
    QVERIFY(tree->alternatingRowColors());
    QVERIFY(!tree->isColumnHidden(AnnotationsModel::QuoteColumn));
    for (int column = 1; column < AnnotationsModel::ColumnCount; ++column)
        QVERIFY(tree->isColumnHidden(column));
    QCOMPARE(tree->header()->contextMenuPolicy(), Qt::CustomContextMenu);
}

void TestAnnotationPanel::nothingSelected_editorDisabledWithHint()
{
    PanelRig rig;
    QVERIFY(rig.build());
    QVERIFY(!rig.find<QPlainTextEdit>("noteEdit")->isEnabled());
    QVERIFY(!rig.find<QLineEdit>("claimantEdit")->isEnabled());
    QVERIFY(!rig.find<QComboBox>("typeCombo")->isEnabled());
    QCOMPARE(rig.panel->currentAnnotation(), 0);
    rig.select(QStringLiteral("huizen"));
    QVERIFY(rig.find<QPlainTextEdit>("noteEdit")->isEnabled());
    rig.tree()->selectionModel()->clearSelection();
    QVERIFY(!rig.find<QPlainTextEdit>("noteEdit")->isEnabled());
    QCOMPARE(rig.find<QPlainTextEdit>("noteEdit")->toPlainText(), QString());
}

void TestAnnotationPanel::clickingRow_fillsEditor()
{
    PanelRig rig;
    QVERIFY(rig.build());
    QSignalSpy current(rig.panel.get(), &AnnotationPanel::currentAnnotationChanged);
    const QRect rect = rig.tree()->visualRect(rig.rowOf(QStringLiteral("huizen")));
    QTest::mouseClick(rig.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(rig.panel->currentAnnotation(), rig.ids[QStringLiteral("huizen")]);
    QCOMPARE(current.count(), 1);
    QCOMPARE(rig.find<QLineEdit>("claimantEdit")->text(), QStringLiteral("CBS"));
    QCOMPARE(rig.find<QLineEdit>("tagsEdit")->text(), QStringLiteral("wonen"));
    QCOMPARE(rig.find<QPlainTextEdit>("noteEdit")->toPlainText(), QStringLiteral("CBS StatLine, tabel 83906NED"));
    QCOMPARE(rig.find<ClaimTypeCombo>("typeCombo")->currentTypeId(), rig.project.typeAt(0));
    QCOMPARE(rig.find<QComboBox>("statusCombo")->currentData().toInt(), int(VerificationStatus::Supported));
}

// A regulation's title is 200 characters on one line; shown whole, it made
// the panel (and the window) as wide as itself when its claim was selected.
void TestAnnotationPanel::longTitleAndQuote_doNotWidenThePanel()
{
    PanelRig rig;
    QVERIFY(rig.build());
    const QString title = QStringLiteral("REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 27 April "
                                         "2016 on the protection of natural persons with regard to the processing of "
                                         "personal data and on the free movement of such data");
    const QString text = QStringLiteral("The protection of natural persons in relation to the processing of personal data "
                                        "is a fundamental right.");
    const DocumentId regulation = rig.project.addDocument(title, text, QStringLiteral("en"));
    const AnnotationId claim = rig.project.addClaim(regulation, {text, rig.project.typeAt(0), VerificationStatus::Unchecked,
                                                                  {}, {}, {}, utc(2026, 2, 8)});
    QVERIFY(claim != 0);
    rig.panel->setCurrentDocument(regulation);
    const int before = rig.panel->minimumSizeHint().width();
    QVERIFY(rig.panel->selectAnnotation(claim));
    QCOMPARE(rig.panel->currentAnnotation(), claim);
    // Layouts take in a changed size hint when their posted request is handled.
    QTest::qWait(50);
    QVERIFY2(rig.panel->minimumSizeHint().width() <= before,
             qPrintable(QStringLiteral("%1 > %2").arg(rig.panel->minimumSizeHint().width()).arg(before)));
    QVERIFY(rig.panel->minimumSizeHint().width() < 400);
}

void TestAnnotationPanel::typingNote_commitsToStoreAfterAPause()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    QTest::keyClicks(note, QStringLiteral("Klopt volgens PBL"));
    QCOMPARE(rig.stored(QStringLiteral("uitstoot")).note, QString());     // not yet: still typing
    QTRY_COMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Klopt volgens PBL"));
    QCOMPARE(note->toPlainText(), QStringLiteral("Klopt volgens PBL"));
    QCOMPARE(note->textCursor().position(), 17);
}

void TestAnnotationPanel::typingNote_mergesIntoOneUndoStep()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    QTest::keyClicks(note, QStringLiteral("Eerste"));
    QTRY_COMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Eerste"));
    QTest::keyClicks(note, QStringLiteral(" en tweede"));
    QTRY_COMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Eerste en tweede"));
    QCOMPARE(rig.project.undo.count(), 1);
}

void TestAnnotationPanel::noteFocusOut_commitsAtOnce()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    QTest::keyClicks(note, QStringLiteral("Nagaan"));
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(note, &focusOut);
    QCOMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Nagaan"));
}

void TestAnnotationPanel::switchingClaim_commitsPendingNoteToThePreviousClaim()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    QTest::keyClicks(rig.find<QPlainTextEdit>("noteEdit"), QStringLiteral("Hoort bij uitstoot"));
    rig.select(QStringLiteral("belasting"));
    QCOMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Hoort bij uitstoot"));
    QCOMPARE(rig.stored(QStringLiteral("belasting")).note, QString());
    QCOMPARE(rig.find<QPlainTextEdit>("noteEdit")->toPlainText(), QString());
    QTest::qWait(ClaimEditor::NoteCommitDelayMs + 100);
    QCOMPARE(rig.stored(QStringLiteral("belasting")).note, QString());
}

void TestAnnotationPanel::hidingThePanel_commitsPendingNote()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("belasting"));
    QTest::keyClicks(rig.find<QPlainTextEdit>("noteEdit"), QStringLiteral("Verkiezingsprogramma"));
    rig.panel->hide();
    QCOMPARE(rig.stored(QStringLiteral("belasting")).note, QStringLiteral("Verkiezingsprogramma"));
}

void TestAnnotationPanel::undo_revertsStoreAndEditor()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("huizen"));
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" (2025)"));
    QTRY_COMPARE(rig.stored(QStringLiteral("huizen")).note, QStringLiteral("CBS StatLine, tabel 83906NED (2025)"));

    // Ctrl+Z as the main window's Undo action does it.
    rig.project.undo.undo();
    QCOMPARE(rig.stored(QStringLiteral("huizen")).note, QStringLiteral("CBS StatLine, tabel 83906NED"));
    QCOMPARE(note->toPlainText(), QStringLiteral("CBS StatLine, tabel 83906NED"));
    rig.project.undo.redo();
    QCOMPARE(note->toPlainText(), QStringLiteral("CBS StatLine, tabel 83906NED (2025)"));
    QTest::qWait(ClaimEditor::NoteCommitDelayMs + 100);
    QCOMPARE(rig.project.undo.index(), 1);     // showing the undone text wrote nothing back
}

void TestAnnotationPanel::undoOfAnotherField_keepsNoteAndCursor()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("huizen"));
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    QTextCursor cursor = note->textCursor();
    cursor.setPosition(3);
    note->setTextCursor(cursor);
    chooseData(rig.find<QComboBox>("statusCombo"), int(VerificationStatus::Disputed));
    QCOMPARE(rig.stored(QStringLiteral("huizen")).status, VerificationStatus::Disputed);
    rig.project.undo.undo();
    QCOMPARE(rig.find<QComboBox>("statusCombo")->currentData().toInt(), int(VerificationStatus::Supported));
    QCOMPARE(note->textCursor().position(), 3);
}

void TestAnnotationPanel::combos_commitAtOnce()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("belasting"));
    chooseData(rig.find<QComboBox>("typeCombo"), rig.project.typeAt(4));
    QCOMPARE(rig.stored(QStringLiteral("belasting")).typeId, rig.project.typeAt(4));
    chooseData(rig.find<QComboBox>("statusCombo"), int(VerificationStatus::Unverifiable));
    QCOMPARE(rig.stored(QStringLiteral("belasting")).status, VerificationStatus::Unverifiable);
    QCOMPARE(rig.project.undo.count(), 2);
}

void TestAnnotationPanel::claimantAndTags_commitWhenEditingFinishes()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("belasting"));
    auto *claimant = rig.find<QLineEdit>("claimantEdit");
    auto *tags = rig.find<QLineEdit>("tagsEdit");
    QTest::keyClicks(claimant, QStringLiteral("  GroenLinks-PvdA "));
    QCOMPARE(rig.stored(QStringLiteral("belasting")).claimant, QString());
    QTest::keyClick(claimant, Qt::Key_Return);
    QCOMPARE(rig.stored(QStringLiteral("belasting")).claimant, QStringLiteral("GroenLinks-PvdA"));
    QCOMPARE(claimant->text(), QStringLiteral("GroenLinks-PvdA"));

    tags->selectAll();
    QTest::keyClicks(tags, QStringLiteral("verkiezingen,  belasting, , Belasting"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(rig.stored(QStringLiteral("belasting")).tags,
             (QStringList{QStringLiteral("belasting"), QStringLiteral("verkiezingen")}));
    QCOMPARE(tags->text(), QStringLiteral("belasting, verkiezingen"));
    QCOMPARE(rig.project.undo.count(), 2);
}

void TestAnnotationPanel::changeFromElsewhere_showsInEditor()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    auto *claimant = rig.find<QLineEdit>("claimantEdit");
    rig.model->setData(rig.model->indexOfAnnotation(rig.ids[QStringLiteral("uitstoot")]),
                       QStringLiteral("Minister van Klimaat"), ClaimantRole);
    QCOMPARE(claimant->text(), QStringLiteral("Minister van Klimaat"));
    rig.model->setData(rig.model->indexOfAnnotation(rig.ids[QStringLiteral("uitstoot")]),
                       rig.project.typeAt(3), TypeIdRole);
    QCOMPARE(rig.find<ClaimTypeCombo>("typeCombo")->currentTypeId(), rig.project.typeAt(3));
}

void TestAnnotationPanel::editThatFiltersClaimOut_keepsEditorOnIt()
{
    PanelRig rig;
    QVERIFY(rig.build());
    chooseData(rig.find<QComboBox>("statusFilter"), int(VerificationStatus::Unchecked));
    QCOMPARE(rig.rows(), 1);
    rig.select(QStringLiteral("uitstoot"));
    chooseData(rig.find<QComboBox>("statusCombo"), int(VerificationStatus::Supported));
    QCOMPARE(rig.rows(), 0);
    // The claim left the list, but the user is still working on it.
    QCOMPARE(rig.panel->currentAnnotation(), rig.ids[QStringLiteral("uitstoot")]);
    auto *note = rig.find<QPlainTextEdit>("noteEdit");
    QVERIFY(note->isEnabled());
    QTest::keyClicks(note, QStringLiteral("Bron: PBL"));
    QTRY_COMPARE(rig.stored(QStringLiteral("uitstoot")).note, QStringLiteral("Bron: PBL"));
}

void TestAnnotationPanel::deleteKey_removesSelectedClaimsAndUndoBringsThemBack()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.panel->setWholeProject(true);
    QItemSelectionModel *selection = rig.tree()->selectionModel();
    selection->select(rig.rowOf(QStringLiteral("huizen")), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(rig.rowOf(QStringLiteral("shortage")), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(rig.tree(), Qt::Key_Delete);
    QCOMPARE(rig.project.store.annotations().size(), 3);
    QVERIFY(!rig.project.store.annotation(rig.ids[QStringLiteral("huizen")]));
    QVERIFY(!rig.project.store.annotation(rig.ids[QStringLiteral("shortage")]));
    QCOMPARE(rig.rows(), 3);
    QCOMPARE(rig.project.undo.count(), 1);
    rig.project.undo.undo();
    QCOMPARE(rig.rows(), 5);
    QCOMPARE(rig.stored(QStringLiteral("huizen")).note, QStringLiteral("CBS StatLine, tabel 83906NED"));
}

void TestAnnotationPanel::deleteButton_removesClaimAndSelectsTheNext()
{
    PanelRig rig;
    QVERIFY(rig.build());
    rig.select(QStringLiteral("uitstoot"));
    auto *button = rig.find<QPushButton>("deleteClaim");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!rig.project.store.annotation(rig.ids[QStringLiteral("uitstoot")]));
    QCOMPARE(rig.panel->currentAnnotation(), rig.ids[QStringLiteral("huizen")]);
    QCOMPARE(rig.find<QLineEdit>("claimantEdit")->text(), QStringLiteral("CBS"));
}

void TestAnnotationPanel::selectAnnotation_clearsFiltersThatHideIt()
{
    PanelRig rig;
    QVERIFY(rig.build());
    chooseData(rig.find<QComboBox>("typeFilter"), rig.project.typeAt(2));
    QTest::keyClicks(rig.find<QLineEdit>("panelSearch"), QStringLiteral("belasting"));
    QCOMPARE(rig.rows(), 1);
    QVERIFY(rig.panel->selectAnnotation(rig.ids[QStringLiteral("huizen")]));
    QCOMPARE(rig.rows(), 3);
    QCOMPARE(rig.find<QComboBox>("typeFilter")->currentIndex(), 0);
    QCOMPARE(rig.find<QLineEdit>("panelSearch")->text(), QString());
    QCOMPARE(rig.panel->currentAnnotation(), rig.ids[QStringLiteral("huizen")]);
    QVERIFY(rig.tree()->selectionModel()->isRowSelected(rig.rowOf(QStringLiteral("huizen")).row(), {}));
    QVERIFY(!rig.panel->selectAnnotation(987654));
}

void TestAnnotationPanel::selectAnnotation_inOtherDocument_widensScope()
{
    PanelRig rig;
    QVERIFY(rig.build());
    QVERIFY(rig.panel->selectAnnotation(rig.ids[QStringLiteral("shortage")]));
    QVERIFY(rig.panel->isWholeProject());
    QCOMPARE(rig.panel->currentAnnotation(), rig.ids[QStringLiteral("shortage")]);
}

void TestAnnotationPanel::typeColour_isDrawnInTheList()
{
    PanelRig rig;
    QVERIFY(rig.build());
    const QColor colour = rig.project.store.claimType(rig.project.typeAt(2))->colour;
    const QRect row = rig.tree()->visualRect(rig.rowOf(QStringLiteral("belasting")));
    const QImage image = rig.tree()->viewport()->grab(row).toImage();
    int matching = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < qMin(image.width(), 20); ++x)
            matching += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    QVERIFY2(matching > 20, "the row shows a bar in its type's colour");
    if (const QByteArray dir = qgetenv("KTK_SCREENSHOTS"); !dir.isEmpty()) {
        rig.project.addClaim(rig.dutch, {QStringLiteral("De minister verwacht dat de stikstofuitstoot door de uitkoopregeling met een derde daalt."),
            rig.project.typeAt(3), VerificationStatus::Unverifiable, QStringLiteral("Minister van LNV")});
        rig.panel->setWholeProject(true);
        rig.select(QStringLiteral("huizen"));
        rig.panel->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/annotationpanel.png"));
    }
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
