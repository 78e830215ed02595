// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatableview.h"
#include "document/textmatches.h"

#include <QRect>

class QTextDocument;
class QTextEdit;

namespace ktk {

class AnnotationSpans;
class DocumentTextEdit;
class FindBar;

// A text document (plain, or rich text from HTML and Markdown) shown for
// reading and annotating: a read-only text column with the document's
// annotations highlighted, and a find bar.
class DocumentView : public AnnotatableView
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Shows document, built by the caller (see DocumentRenderer), and takes
    // ownership of it; the view sets its reading typography on it.
    void setDocument(qint64 documentId, QTextDocument *document);
    QTextDocument *document() const;
    qint64 documentId() const override;

    void setAnnotationModel(QAbstractItemModel *model, QItemSelectionModel *selection) override;

    // The margin of claim stripes beside the text (on by default).

    void setClaimMarginVisible(bool visible);
    ViewSelection currentSelection() const override;
    void clearTextSelection() override;
    bool scrollToAnnotation(qint64 annotationId) override;
    qreal zoomFactor() const override;

    // Where an annotation's highlight is, one rectangle per line, in the
    // coordinates of textView()->viewport(); empty when it is not shown.
    QList<QRect> annotationRects(qint64 annotationId) const;
    QRect annotationRect(qint64 annotationId) const;
    // The annotations under a point of textView()->viewport(), innermost first.
    QList<qint64> annotationsAt(const QPoint &viewportPos) const;

    QTextEdit *textView() const;
    FindBar *findBar() const;

public slots:
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;
    void setZoomFactor(qreal factor);
    void showFindBar() override;
    void hideFindBar();
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString toolTipAt(const QPoint &viewportPos) const;
    void onClicked(const QPoint &viewportPos);
    void onContextMenu(const QPoint &viewportPos, const QPoint &globalPos);
    void onCurrentAnnotationChanged(qint64 id);
    void onFindTextEdited(const QString &text);
    void find(bool backwards, bool includeCurrent);
    void refreshMatches();

    DocumentTextEdit *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    AnnotationSpans *m_spans = nullptr;
    qint64 m_documentId = -1;
    QString m_plainText;
    TextMatches m_matches;
    QString m_matchedText;
    qreal m_zoom = 1.0;
    bool m_selectingFromClick = false;
};

} // namespace ktk
