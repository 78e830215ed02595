// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/annotationpanel.h"

#include "commands/annotationcommands.h"
#include "models/annotationfilterproxy.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "models/claimtypesmodel.h"
#include "panels/claimeditor.h"
#include "panels/claimitemdelegate.h"
#include "panels/claimtreeview.h"
#include "panels/claimtypecombo.h"
#include "store/projectstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <climits>
#include <utility>

namespace ktk {

AnnotationPanel::AnnotationPanel(ProjectStore *store, QUndoStack *undoStack, AnnotationsModel *model,
                                 AnnotationFilterProxy *proxy, ClaimTypesModel *types, QWidget *parent)
    : QWidget(parent), m_store(store), m_undoStack(undoStack), m_model(model), m_proxy(proxy), m_types(types)
{
    setObjectName(QStringLiteral("annotationPanel"));
    if (!proxy->sourceModel())
        proxy->setSourceModel(model);

    // Scope: a two-segment switch.
    m_scopeSwitch = new QWidget(this);
    m_scopeSwitch->setObjectName(QStringLiteral("scopeSwitch"));
    m_scopeDocument = new QToolButton(m_scopeSwitch);
    m_scopeDocument->setObjectName(QStringLiteral("scopeDocument"));
    m_scopeProject = new QToolButton(m_scopeSwitch);
    m_scopeProject->setObjectName(QStringLiteral("scopeProject"));
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->setExclusive(true);
    m_scopeGroup->addButton(m_scopeDocument, int(Scope::Document));
    m_scopeGroup->addButton(m_scopeProject, int(Scope::Project));
    auto *scopeLayout = new QHBoxLayout(m_scopeSwitch);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->setSpacing(0);
    for (QToolButton *button : {m_scopeDocument, m_scopeProject}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        scopeLayout->addWidget(button);
    }
    m_scopeDocument->setChecked(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("panelSearch"));
    m_search->setClearButtonEnabled(true);
    const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);

    m_typeFilter = new ClaimTypeCombo(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_sortMode = new QComboBox(this);
    m_sortMode->setObjectName(QStringLiteral("sortMode"));
    for (QComboBox *combo : {static_cast<QComboBox *>(m_typeFilter), m_statusFilter, m_tagFilter, m_sortMode}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_typeFilter, 0, 0);
    filters->addWidget(m_statusFilter, 0, 1);
    filters->addWidget(m_tagFilter, 1, 0);
    filters->addWidget(m_sortMode, 1, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("claimCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->setAutoRaise(true);
    m_clearFilters->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *countRow = new QHBoxLayout;
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearFilters);

    m_tree = new ClaimTreeView(this);
    m_tree->setObjectName(QStringLiteral("annotationTree"));
    m_delegate = new ClaimItemDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);   // the editor below edits
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // Connected before the view creates its selection model, so this runs
    // before the selection model reports the rows' selection gone.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removingRows = false;
        updateEditor();
    });
    m_tree->setModel(proxy);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AnnotationsModel::QuoteColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < AnnotationsModel::ColumnCount; ++column) {
        if (column != AnnotationsModel::QuoteColumn) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            m_tree->setColumnHidden(column, true);
        }
    }

    m_editor = new ClaimEditor(store, model, types, this);
    auto *editorFrame = new QWidget(this);
    editorFrame->setObjectName(QStringLiteral("editorFrame"));
    auto *editorLayout = new QVBoxLayout(editorFrame);
    editorLayout->setContentsMargins(0, 6, 0, 0);
    editorLayout->addWidget(m_editor);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("panelSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(editorFrame);
    // The editor keeps its natural height; the list takes the rest.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_scopeSwitch);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(countRow);
    layout->addWidget(m_splitter, 1);

    m_tagTimer = new QTimer(this);
    m_tagTimer->setSingleShot(true);
    m_tagTimer->setInterval(0);
    connect(m_tagTimer, &QTimer::timeout, this, &AnnotationPanel::refreshTags);

    m_typeFilter->setTypesModel(types);
    retranslateUi();

    connect(m_scopeGroup, &QButtonGroup::idClicked, this, [this](int id) { setScope(Scope(id)); });
    connect(m_search, &QLineEdit::textChanged, this, &AnnotationPanel::applyFilters);
    connect(m_typeFilter, &ClaimTypeCombo::typeChosen, this, &AnnotationPanel::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_sortMode, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_clearFilters, &QToolButton::clicked, this, &AnnotationPanel::clearFilters);

    QItemSelectionModel *selection = m_tree->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &AnnotationPanel::updateEditor);
    connect(selection, &QItemSelectionModel::currentChanged, this, &AnnotationPanel::updateEditor);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = idAt(index))
            emit annotationActivated(id);
    });
    connect(m_tree, &ClaimTreeView::deleteRequested, this, &AnnotationPanel::removeSelected);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &AnnotationPanel::showTreeMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &AnnotationPanel::showHeaderMenu);
    connect(m_editor, &ClaimEditor::deleteRequested, this, &AnnotationPanel::removeSelected);

    // A reset (a claim type removed, a project reopened) drops the selection
    // silently; put the claim being edited back if it still exists.
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reselectAfterReset = m_editing; });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 id = std::exchange(m_reselectAfterReset, 0);
        const QModelIndex source = id ? m_model->indexOfAnnotation(id) : QModelIndex();
        const QModelIndex index = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
        if (index.isValid())
            m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateEditor();
    });
    // A claim edited out of the filter leaves the list (it stays in the text, dimmed).
    connect(proxy, &QAbstractItemModel::dataChanged, this, &AnnotationPanel::updateCount);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(proxy), static_cast<QAbstractItemModel *>(model)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &AnnotationPanel::updateCount);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &AnnotationPanel::updateCount);
        connect(m, &QAbstractItemModel::modelReset, this, &AnnotationPanel::updateCount);
        connect(m, &QAbstractItemModel::layoutChanged, this, &AnnotationPanel::updateCount);
    }
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, m_tagTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, m_tagTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, m_tagTimer, qOverload<>(&QTimer::start));

    applyFilters();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::retranslateUi()
{
    //: Panel scope: list the claims of the open document only
    m_scopeDocument->setText(tr("This document"));
    //: Panel scope: list the claims of every document in the project
    m_scopeProject->setText(tr("Whole project"));
    m_search->setPlaceholderText(tr("Search claims\u2026"));
    m_search->setToolTip(tr("Search quotes, notes, claimants and tags"));
    //: Type filter entry: do not filter by claim type
    m_typeFilter->setAllItemText(tr("All types"));
    m_typeFilter->setToolTip(tr("Show claims of one type"));
    m_statusFilter->setToolTip(tr("Show claims with one verification status"));
    m_tagFilter->setToolTip(tr("Show claims with one tag"));
    m_sortMode->setToolTip(tr("Order of the list"));
    m_clearFilters->setText(tr("Clear filters"));
    fillStatusFilter();
    fillSortMode();
    refreshTags();
    updateCount();
}

void AnnotationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sizedSplitter)
        return;
    m_sizedSplitter = true;
    // A plain text edit asks for much height; give the editor a little more
    // than it needs and the list the rest.
    const int total = m_splitter->height();
    const int editor = m_splitter->widget(1)->minimumSizeHint().height() + 3 * fontMetrics().lineSpacing();
    if (total > editor * 2)
        m_splitter->setSizes({total - editor, editor});
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnnotationPanel::fillStatusFilter()
{
    const QSignalBlocker blocker(m_statusFilter);
    const int current = qMax(0, m_statusFilter->currentIndex());
    m_statusFilter->clear();
    //: Status filter entry: do not filter by verification status
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < VerificationStatusCount; ++s)
        m_statusFilter->addItem(VerificationStatusNames::displayName(VerificationStatus(s)), s);
    m_statusFilter->setCurrentIndex(current);
}

void AnnotationPanel::fillSortMode()
{
    const QSignalBlocker blocker(m_sortMode);
    const int current = qMax(0, m_sortMode->currentIndex());
    m_sortMode->clear();
    //: Sort order: in reading order, document by document
    m_sortMode->addItem(tr("By position"), int(AnnotationFilterProxy::SortMode::Position));
    //: Sort order: most recently created claims first
    m_sortMode->addItem(tr("Newest first"), int(AnnotationFilterProxy::SortMode::Created));
    m_sortMode->setCurrentIndex(current);
}

void AnnotationPanel::refreshTags()
{
    const QString chosen = m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentData().toString() : QString();
    QStringList tags = m_store->isOpen() ? m_store->allTags() : QStringList();
    // A chosen tag that no claim has any more stays, so the filter does not
    // change under the user's hands.
    if (!chosen.isEmpty() && !tags.contains(chosen))
        tags.append(chosen);
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    //: Tag filter entry: do not filter by tag
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : qAsConst(tags))
        m_tagFilter->addItem(tag, tag);
    m_tagFilter->setCurrentIndex(chosen.isEmpty() ? 0 : m_tagFilter->findData(chosen));
}

void AnnotationPanel::setCurrentDocument(DocumentId id)
{
    if (m_document == id)
        return;
    m_document = id;
    applyFilters();
}

void AnnotationPanel::setScope(Scope scope)
{
    if (m_scopeGroup->checkedId() != int(scope))
        m_scopeGroup->button(int(scope))->setChecked(true);
    if (m_scope == scope)
        return;
    m_scope = scope;
    applyFilters();
    emit scopeChanged(scope);
    emit wholeProjectChanged(scope == Scope::Project);
}

void AnnotationPanel::applyFilters()
{
    // A claim the user filters away is no longer edited; one that an edit
    // filtered away is (see updateEditor).
    const QScopedValueRollback<bool> changing(m_filtersChanging, true);
    // No document has id 0, so "This document" with nothing open lists nothing.
    if (m_scope == Scope::Project)
        m_proxy->setDocument(std::nullopt);
    else
        m_proxy->setDocument(m_document);
    const ClaimTypeId type = m_typeFilter->currentTypeId();
    m_proxy->setTypes(type ? QSet<ClaimTypeId>{type} : QSet<ClaimTypeId>());
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatus(status >= 0 && m_statusFilter->currentIndex() > 0 ? std::optional(VerificationStatus(status))
                                                                           : std::nullopt);
    m_proxy->setTag(m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentData().toString() : QString());
    m_proxy->setText(m_search->text());
    m_proxy->setSortMode(AnnotationFilterProxy::SortMode(m_sortMode->currentData().toInt()));
    m_delegate->setShowDocument(m_scope == Scope::Project);
    m_tree->viewport()->update();
    updateCount();
    updateEditor();
}

void AnnotationPanel::updateCount()
{
    // Claims the proxy keeps for the view to dim are not in the list. This
    // runs on every edit (a keystroke in a note): without such claims, and
    // none hidden before, there is nothing to walk.
    const bool keeps = m_proxy->keepsFilteredOut() && m_proxy->isFiltering();
    if (keeps || m_rowsHidden) {
        m_rowsHidden = false;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const bool hidden = keeps && !m_proxy->matchesFilters(m_proxy->index(row, 0));
            if (m_tree->isRowHidden(row, {}) != hidden)
                m_tree->setRowHidden(row, {}, hidden);
            m_rowsHidden |= hidden;
        }
    }
    int total = 0;
    if (m_scope == Scope::Project) {
        total = m_model->rowCount();
    } else if (m_document) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(DocumentIdRole).toLongLong() == m_document)
                ++total;
        }
    }
    const int shown = m_proxy->matchingRowCount();
    const bool filtering = m_proxy->isFiltering();
    if (filtering)
        //: Shown above the claim list, e.g. "12 of 40 claims"
        m_count->setText(tr("%1 of %n claim(s)", nullptr, total).arg(shown));
    else
        m_count->setText(tr("%n claim(s)", nullptr, total));
    m_clearFilters->setVisible(filtering);

    if (m_scope == Scope::Document && !m_document)
        m_tree->setPlaceholderText(tr("No document is open.\nOpen one, or list the claims of the whole project."));
    else if (shown == 0 && filtering)
        m_tree->setPlaceholderText(tr("No claims match the filters."));
    else if (m_scope == Scope::Document)
        m_tree->setPlaceholderText(tr("No claims in this document yet.\nSelect a passage and choose a claim type to mark it."));
    else
        m_tree->setPlaceholderText(tr("No claims in this project yet."));
}

qint64 AnnotationPanel::idAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.data(AnnotationIdRole).toLongLong() : 0;
}

QItemSelectionModel *AnnotationPanel::selectionModel() const
{
    return m_tree->selectionModel();
}

QVector<qint64> AnnotationPanel::selectedAnnotations() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(AnnotationsModel::QuoteColumn);
    for (const QModelIndex &index : rows) {
        if (const qint64 id = idAt(index))
            ids.append(id);
    }
    return ids;
}

qint64 AnnotationPanel::currentAnnotation() const
{
    return m_editing;
}

void AnnotationPanel::updateEditor()
{
    QItemSelectionModel *selection = m_tree->selectionModel();
    const QModelIndex current = selection->currentIndex();
    const QModelIndexList rows = selection->selectedRows(AnnotationsModel::QuoteColumn);
    if (rows.isEmpty() && m_removingRows)
        return;     // decided once the rows are gone (see rowsRemoved)
    qint64 id = 0;
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        id = idAt(current);
    else if (!rows.isEmpty())
        id = idAt(rows.first());
    else if (m_editing && !m_filtersChanging && m_model->indexOfAnnotation(m_editing).isValid()
             && !m_proxy->mapFromSource(m_model->indexOfAnnotation(m_editing)).isValid())
        id = m_editing;     // an edit of the claim filtered it out (status, search): keep editing it
    m_editor->setDeleteCount(rows.isEmpty() ? (id ? 1 : 0) : int(rows.size()));
    if (id == m_editing)
        return;
    m_editing = id;
    m_editor->setAnnotation(id);
    emit currentAnnotationChanged(id);
}

bool AnnotationPanel::selectAnnotation(qint64 id)
{
    const QModelIndex source = m_model->indexOfAnnotation(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && m_proxy->isFiltering()) {
        clearFilters();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid() && m_scope == Scope::Document) {
        setScope(Scope::Project);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void AnnotationPanel::resetFilterWidgets()
{
    const QSignalBlocker b1(m_search), b2(m_typeFilter), b3(m_statusFilter), b4(m_tagFilter);
    m_search->clear();
    m_typeFilter->setCurrentTypeId(0);
    m_statusFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
}

void AnnotationPanel::clearFilters()
{
    const QScopedValueRollback<bool> changing(m_filtersChanging, true);
    resetFilterWidgets();
    m_proxy->clearFilters();
    updateCount();
}

void AnnotationPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AnnotationPanel::commitPendingEdits()
{
    m_editor->commitPendingEdits();
}

void AnnotationPanel::removeSelected()
{
    // Commit first, so that undoing the deletion brings back the last note.
    m_editor->commitPendingEdits();
    QVector<qint64> ids = selectedAnnotations();
    if (ids.isEmpty() && m_editing)
        ids.append(m_editing);
    QVector<Annotation> doomed;
    int firstRow = INT_MAX;
    for (const qint64 id : qAsConst(ids)) {
        if (const auto a = m_model->annotation(id)) {
            doomed.append(*a);
            const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfAnnotation(id));
            if (index.isValid())
                firstRow = qMin(firstRow, index.row());
        }
    }
    if (doomed.isEmpty())
        return;
    m_undoStack->push(new RemoveAnnotationsCommand(m_store, doomed));
    // Carry on with the claim that moved into the deleted one's place.
    const int rows = m_proxy->rowCount();
    if (firstRow != INT_MAX && rows > 0) {
        const QModelIndex next = m_proxy->index(qMin(firstRow, rows - 1), AnnotationsModel::QuoteColumn);
        m_tree->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void AnnotationPanel::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    //: Header menu title: choose which columns the claim list shows
    menu.addSection(tr("Columns"));
    for (int column = 0; column < AnnotationsModel::ColumnCount; ++column) {
        if (column == AnnotationsModel::QuoteColumn)
            continue;
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_tree->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_tree->setColumnHidden(column, !on);
            if (on && m_tree->columnWidth(column) < 40)
                m_tree->resizeColumnToContents(column);
        });
    }
    menu.exec(m_tree->header()->mapToGlobal(pos));
}

void AnnotationPanel::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const int count = int(selectedAnnotations().size());
    QMenu menu(this);
    QAction *show = menu.addAction(tr("Show in Document"));
    connect(show, &QAction::triggered, this, [this, id = idAt(index)] { emit annotationActivated(id); });
    menu.addSeparator();
    QAction *remove = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                     count > 1 ? tr("Delete %n Claims", nullptr, count) : tr("Delete Claim"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &AnnotationPanel::removeSelected);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace ktk
