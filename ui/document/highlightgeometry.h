// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/readingstyle.h"

#include <QHash>
#include <QList>
#include <QRectF>

class QTextDocument;

namespace ktk {

// The part of one text line that a highlight covers.
struct HighlightLine
{
    QRectF rect;           // the highlight box, in document coordinates
    qreal spaceBelow = 0;  // free line distance below it, where underlines go
};

// The line boxes that a character range covers in a laid-out QTextDocument.
// Computed on first request and cached until the layout changes (resize,
// zoom, new document), so painting a screenful of highlights does not walk
// the text again.
class HighlightGeometry
{
public:
    void setDocument(QTextDocument *document);
    void setHighlightBox(const ReadingStyle::HighlightBox &box);
    void invalidate();

    const QList<HighlightLine> &lines(int start, int end);
    QRectF boundingRect(int start, int end);

private:
    QList<HighlightLine> compute(int start, int end) const;

    QTextDocument *m_document = nullptr;
    ReadingStyle::HighlightBox m_box;
    QHash<quint64, QList<HighlightLine>> m_cache;
};

} // namespace ktk
