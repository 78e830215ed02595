// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ktk {

class DocumentsModel;

// The project's documents on the left: a filterable list; choosing one shows
// it in the document view.
class DocumentNavigator : public QWidget
{
    Q_OBJECT
public:
    DocumentNavigator(DocumentsModel *model, QWidget *parent = nullptr);

    qint64 currentDocument() const;         // 0 for none
    void setCurrentDocument(qint64 id);
    QTreeView *view() const { return m_view; }

signals:
    void documentChosen(qint64 id);
    void editDetailsRequested(qint64 id);
    void removeRequested(qint64 id);
    // A web page to import again from its stored bytes: as its article
    // (asArticle) or as the whole page.
    void reextractRequested(qint64 id, bool asArticle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void retranslateUi();

    DocumentsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace ktk
