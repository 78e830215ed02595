// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator/documentnavigator.h"

#include "models/documentsmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ktk {

DocumentNavigator::DocumentNavigator(DocumentsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("documentNavigator"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("documentList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int c = DocumentsModel::AuthorColumn; c < DocumentsModel::ClaimCountColumn; ++c)
        m_view->setColumnHidden(c, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentsModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DocumentsModel::ClaimCountColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DocumentNavigator::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit documentChosen(current.data(DocumentsModel::IdRole).toLongLong());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

qint64 DocumentNavigator::currentDocument() const
{
    return m_view->currentIndex().data(DocumentsModel::IdRole).toLongLong();
}

void DocumentNavigator::setCurrentDocument(qint64 id)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOfDocument(id));
    if (idx.isValid() && idx != m_view->currentIndex())
        m_view->setCurrentIndex(idx);
}

void DocumentNavigator::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (!idx.isValid())
        return;
    const qint64 id = idx.data(DocumentsModel::IdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, id] { emit documentChosen(id); });
    menu.addAction(tr("Edit &Details\u2026"), this, [this, id] { emit editDetailsRequested(id); });
    if (idx.data(DocumentsModel::FormatRole).toString() == QLatin1String("html")) {
        menu.addSeparator();
        const bool article = idx.data(DocumentsModel::ArticleRole).toBool();
        menu.addAction(tr("Re-import as &Article"), this, [this, id] { emit reextractRequested(id, true); })
            ->setEnabled(!article);
        menu.addAction(tr("Re-import as &Whole Page"), this, [this, id] { emit reextractRequested(id, false); })
            ->setEnabled(article);
    }
    menu.addSeparator();
    menu.addAction(tr("&Remove from Project"), this, [this, id] { emit removeRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DocumentNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DocumentNavigator::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter documents"));
}

} // namespace ktk
