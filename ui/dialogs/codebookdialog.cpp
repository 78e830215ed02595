// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/codebookdialog.h"

#include "commands/claimtypecommands.h"
#include "commands/undopush.h"
#include "mainwindow/undoactions.h"
#include "dialogs/claimtypedelegate.h"
#include "dialogs/deleteclaimtypedialog.h"
#include "models/claimtypesmodel.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellingprojectsettings.h"
#include "store/projectstore.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace ktk {

CodebookDialog::CodebookDialog(ProjectStore *store, QUndoStack *undoStack, ClaimTypesModel *types, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_types(types)
{
    setObjectName(QStringLiteral("codebookDialog"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("codebookList"));
    auto *delegate = new ClaimTypeDelegate(ShortcutKeys, m_list);
    m_list->setItemDelegate(delegate);
    m_list->setModel(types);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_descriptionLabel = new QLabel(this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("typeDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    m_description->installEventFilter(this);
    SpellCheckDecorator::attach(m_description, store,
                                [this] { return SpellingProjectSettings::claimTypeLanguageKey(m_descriptionFor); }, undoStack);
    m_descriptionLabel->setBuddy(m_description);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addType"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_rename = new QPushButton(this);
    m_rename->setObjectName(QStringLiteral("renameType"));
    m_colour = new QPushButton(this);
    m_colour->setObjectName(QStringLiteral("colourType"));
    m_up = new QPushButton(this);
    m_up->setObjectName(QStringLiteral("moveTypeUp"));
    m_up->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_down = new QPushButton(this);
    m_down->setObjectName(QStringLiteral("moveTypeDown"));
    m_down->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteType"));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    for (QPushButton *button : {m_add, m_rename, m_colour, m_up, m_down, m_delete})
        button->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_colour);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_hint);
    left->addSpacing(4);
    left->addWidget(m_descriptionLabel);
    left->addWidget(m_description);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(buttons);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = box->button(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(box);

    // The main window's Undo is out of reach while this dialog is modal.
    auto *undoActions = new UndoActions(undoStack, this);
    m_undo = undoActions->undoAction();
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undoActions->redoAction();
    m_redo->setShortcut(QKeySequence::Redo);
    addAction(m_undo);
    addAction(m_redo);

    connect(m_add, &QPushButton::clicked, this, &CodebookDialog::addType);
    connect(m_rename, &QPushButton::clicked, this, &CodebookDialog::renameType);
    connect(m_colour, &QPushButton::clicked, this, &CodebookDialog::changeColour);
    connect(m_up, &QPushButton::clicked, this, &CodebookDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &CodebookDialog::moveDown);
    connect(m_delete, &QPushButton::clicked, this, &CodebookDialog::deleteType);
    connect(delegate, &ClaimTypeDelegate::renameRequested, this,
            [this](ClaimTypeId id, const QString &name) {
                const int row = m_types->rowOf(id);
                if (row >= 0)
                    m_types->setData(m_types->index(row, 0), name, Qt::EditRole);
            },
            Qt::QueuedConnection);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        commitDescription();    // of the type shown until now
        loadDescription();
        updateActions();
    });
    // Every codebook change resets the model: keep the current type.
    connect(types, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_restoreId = currentTypeId(); });
    connect(types, &QAbstractItemModel::modelReset, this, [this] {
        const ClaimTypeId id = std::exchange(m_restoreId, 0);
        setCurrentTypeId(id ? id : (m_types->rowCount() ? m_types->index(0, 0).data(ClaimTypesModel::IdRole).toLongLong() : 0));
        updateActions();
    });
    connect(undoStack, &QUndoStack::indexChanged, this, &CodebookDialog::updateActions);

    retranslateUi();
    if (types->rowCount() > 0)
        m_list->setCurrentIndex(types->index(0, 0));
    loadDescription();
    updateActions();
    resize(560, 440);
}

void CodebookDialog::retranslateUi()
{
    //: Window title: the list of claim types a project uses
    setWindowTitle(tr("Codebook"));
    m_hint->setText(tr("The first %1 types can be applied with the number keys 1\u2013%1, in this order. "
                       "Double-click a name to rename it.").arg(ShortcutKeys));
    m_descriptionLabel->setText(tr("D&escription:"));
    m_description->setPlaceholderText(tr("When to use this type, with an example\u2026"));
    m_add->setText(tr("&Add Type"));
    m_rename->setText(tr("&Rename"));
    //: Button: choose the colour of the selected claim type
    m_colour->setText(tr("&Colour\u2026"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move Do&wn"));
    m_delete->setText(tr("&Delete\u2026"));
    updateActions();
}

void CodebookDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool CodebookDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    // While a name is being edited, keys go to the editor, not the list.
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteType();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CodebookDialog::done(int result)
{
    commitDescription();
    QDialog::done(result);
}

QModelIndex CodebookDialog::currentIndex() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index : QModelIndex();
}

ClaimTypeId CodebookDialog::currentTypeId() const
{
    return currentIndex().data(ClaimTypesModel::IdRole).toLongLong();
}

void CodebookDialog::setCurrentTypeId(ClaimTypeId id)
{
    const int row = m_types->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_types->index(row, 0);
    if (m_list->currentIndex() != index)
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void CodebookDialog::updateActions()
{
    const QModelIndex index = currentIndex();
    const int rows = m_types->rowCount();
    const bool open = m_store->isOpen();
    m_add->setEnabled(open);
    m_rename->setEnabled(open && index.isValid());
    m_colour->setEnabled(open && index.isValid());
    m_up->setEnabled(open && index.isValid() && index.row() > 0);
    m_down->setEnabled(open && index.isValid() && index.row() < rows - 1);
    // The last type stays: without one, nothing could be marked.
    m_delete->setEnabled(open && index.isValid() && rows > 1);
    m_description->setEnabled(open && index.isValid());
}

void CodebookDialog::loadDescription()
{
    m_descriptionFor = currentTypeId();
    const QString text = currentIndex().data(ClaimTypesModel::DescriptionRole).toString();
    if (m_description->toPlainText() != text)
        m_description->setPlainText(text);
    m_description->document()->setModified(false);
}

void CodebookDialog::commitDescription()
{
    if (!m_description->document()->isModified())
        return;
    const int row = m_types->rowOf(m_descriptionFor);
    const QModelIndex index = row < 0 ? QModelIndex() : m_types->index(row, 0);
    if (!index.isValid())
        return;
    m_description->document()->setModified(false);
    const QString text = m_description->toPlainText().trimmed();
    if (text != index.data(ClaimTypesModel::DescriptionRole).toString())
        m_types->setData(index, text, ClaimTypesModel::DescriptionRole);
}

QColor CodebookDialog::distinctColour(const QVector<QColor> &used)
{
    // Of hues in 10-degree steps, the one farthest from every used hue;
    // grey colours do not count. Saturation and value suit a highlight
    // behind black text.
    int bestHue = 0;
    int bestDistance = -1;
    for (int hue = 0; hue < 360; hue += 10) {
        int nearest = 360;
        for (const QColor &c : used) {
            if (!c.isValid() || c.hsvHue() < 0 || c.hsvSaturation() < 40)
                continue;
            const int d = qAbs(c.hsvHue() - hue);
            nearest = qMin(nearest, qMin(d, 360 - d));
        }
        if (nearest > bestDistance) {
            bestDistance = nearest;
            bestHue = hue;
        }
    }
    return QColor::fromHsv(bestHue, 110, 245);
}

void CodebookDialog::addType()
{
    if (!m_store->isOpen())
        return;
    commitDescription();
    QVector<QColor> colours;
    QStringList names;
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const ClaimType *t = m_types->typeAt(row);
        colours << t->colour;
        names << t->name;
    }
    //: Name given to a claim type just added, before the user renames it
    const QString base = tr("New type");
    QString name = base;
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = base + u' ' + QString::number(n);

    ClaimType type;
    type.name = name;
    type.colour = distinctColour(colours);
    type.sortOrder = m_types->rowCount();
    auto *command = new AddClaimTypeCommand(m_store, type);
    if (!pushCommand(m_undoStack, command) || command->typeId() == 0)
        return;     // the store reported why
    setCurrentTypeId(command->typeId());
    m_list->setFocus();
    m_list->edit(currentIndex());
}

void CodebookDialog::renameType()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    m_list->setFocus();
    m_list->edit(index);
}

void CodebookDialog::changeColour()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    const QColor colour = QColorDialog::getColor(index.data(ClaimTypesModel::ColourRole).value<QColor>(), this,
                                                 tr("Colour of \u201c%1\u201d").arg(index.data().toString()));
    if (colour.isValid())
        m_types->setData(currentIndex(), colour, ClaimTypesModel::ColourRole);
}

void CodebookDialog::move(int delta)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    const int target = row + delta;
    QVector<ClaimTypeId> order = m_types->order();
    if (target < 0 || target >= order.size())
        return;
    commitDescription();
    const QVector<ClaimTypeId> before = order;
    order.swapItemsAt(row, target);
    const ClaimTypeId id = before.at(row);
    m_undoStack->push(new ReorderClaimTypesCommand(m_store, before, order));
    setCurrentTypeId(id);
}

void CodebookDialog::moveUp()
{
    move(-1);
}

void CodebookDialog::moveDown()
{
    move(+1);
}

void CodebookDialog::deleteType()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || m_types->rowCount() <= 1)
        return;
    commitDescription();
    const ClaimTypeId id = currentTypeId();
    const int row = index.row();
    const int uses = m_store->annotationCountOfType(id);
    std::optional<ClaimTypeId> reassignTo;
    if (uses > 0) {
        DeleteClaimTypeDialog ask(m_types, id, uses, this);
        if (ask.exec() != QDialog::Accepted)
            return;
        reassignTo = ask.reassignTo();
        if (ask.moveClaims() && !reassignTo)
            return;
    }
    m_undoStack->push(new RemoveClaimTypeCommand(m_store, id, reassignTo));
    if (m_types->rowCount() > 0)
        setCurrentTypeId(m_types->index(qMin(row, m_types->rowCount() - 1), 0).data(ClaimTypesModel::IdRole).toLongLong());
}

} // namespace ktk
