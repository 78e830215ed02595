// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"

#include <QList>
#include <QPoint>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;

namespace ktk {

// What the user selected in the shown document, with the anchor the view
// built for it: a text anchor in a text view; page regions (and a text
// selector into the extracted text, where known) in a PDF view; an area
// for a rectangle dragged on a page.
struct ViewSelection
{
    QString quote;    // the selected text as plain text (may be empty for an area)
    Anchor anchor;    // invalid when nothing is selected

    bool isEmpty() const { return !anchor.isValid(); }
};

// What the main window needs from a document view, whatever kind of document
// it shows: the reflowable text view now, a PDF page view later. The main
// window talks to this and nothing else, so the two stay interchangeable.
class AnnotatableView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qreal zoomFactor READ zoomFactor NOTIFY zoomFactorChanged)

public:
    using QWidget::QWidget;

    virtual qint64 documentId() const = 0;

    // model: a flat list (possibly a proxy) of the annotations of many
    // documents; the view shows the rows whose DocumentIdRole is its document.
    // selection: the selection model over that same model, shared with the
    // annotation list; may be null. The view does not own either.
    virtual void setAnnotationModel(QAbstractItemModel *model, QItemSelectionModel *selection) = 0;

    // The user's current selection, ready to become a claim (whitespace at
    // its ends left out), or an empty one.
    virtual ViewSelection currentSelection() const = 0;
    virtual void clearTextSelection() = 0;

    // Centres the annotation in the view and flashes it briefly. Returns false
    // when the annotation is not one of this document's.
    virtual bool scrollToAnnotation(qint64 annotationId) = 0;

    virtual qreal zoomFactor() const = 0;

public slots:
    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    virtual void resetZoom() = 0;
    virtual void showFindBar() = 0;

signals:
    void selectionChanged(bool hasTextSelection);
    // The user clicked a highlight; it is already current in the selection model.
    void annotationActivated(qint64 annotationId);
    // Right click or the context-menu key. ids: the annotations under the
    // point, innermost first (may be empty); the caller builds the menu.
    void annotationContextMenuRequested(const QList<qint64> &annotationIds, const QPoint &globalPos,
                                        bool hasTextSelection);
    void zoomFactorChanged(qreal factor);
    // The user dragged a handle of a selected claim: the claim should cover
    // newAnchor instead (the main window makes it one undoable edit).
    void extentChangeRequested(qint64 annotationId, const ktk::Anchor &newAnchor);
};

} // namespace ktk
