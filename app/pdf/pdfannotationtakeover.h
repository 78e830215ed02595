// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/pdfdocument.h"
#include "store/records.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace ktk {

// Turns an annotation made in another PDF reader into a claim of ours.
class PdfAnnotationTakeOver
{
public:
    // The type whose colour looks nearest (distance in CIE L*a*b*); the first
    // type for an invalid colour, 0 when there are no types.
    static ClaimTypeId nearestType(const QColor &colour, const QVector<ClaimType> &types);

    // A claim with the annotation's quote, note (its contents), author and
    // date (else now, UTC) and the nearest type. Markup (highlight,
    // underline ...) is anchored to its quads on the page, anything else to
    // its boundary as an area. With pages and canonicalText (the extracted
    // text) the anchor also locates the quote in the text of that page;
    // without them it carries the quote alone.
    static Annotation toClaim(const PdfEmbeddedAnnotation &embedded, DocumentId document,
                              const QVector<ClaimType> &types, const QVector<PdfPageInfo> &pages,
                              const QString &canonicalText);

    static bool isMarkup(PdfEmbeddedAnnotation::Kind kind);
};

} // namespace ktk
