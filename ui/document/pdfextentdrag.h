// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/anchor.h"
#include "document/pdfselection.h"

#include <QPair>

namespace ktk {

// Where a text claim on PDF pages starts and ends in the page texts: from
// the first character inside its first region's quads to just after the
// last one inside its last region's. Invalid positions when the text layer
// has none there (a claim on a page without text, an area).
QPair<PdfTextPosition, PdfTextPosition> pdfClaimExtent(const Anchor &anchor, const PdfTextLayers &layers);

// One end of a text claim dragged by its handle: what the claim would cover
// with that end at the pointer, in whole words (as a selection by words is)
// and never less than one word, whichever way the end is dragged.
class PdfExtentDrag
{
public:
    enum class End { Start, End };

    // False when the claim's text is not found on its pages.
    bool begin(qint64 annotationId, const Anchor &anchor, End end, const PdfTextLayers &layers);
    void cancel() { m_id = -1; }
    bool isActive() const { return m_id >= 0; }
    qint64 annotationId() const { return m_id; }
    End end() const { return m_end; }

    // Puts the dragged end at caret; underPointer is the character the
    // pointer is on (-1 when between words or lines). True when the would-be
    // extent changed.
    bool moveTo(PdfTextPosition caret, int underPointer, const PdfTextLayers &layers);

    PdfTextPosition from() const { return m_from; }
    PdfTextPosition to() const { return m_to; }
    bool hasChanged() const { return m_from != m_startFrom || m_to != m_startTo; }
    QVector<PdfPageRange> ranges(const PdfTextLayers &layers) const;

private:
    qint64 m_id = -1;
    End m_end = End::End;
    PdfTextPosition m_startFrom;   // the extent when the drag began
    PdfTextPosition m_startTo;
    PdfTextPosition m_from;
    PdfTextPosition m_to;
};

} // namespace ktk
