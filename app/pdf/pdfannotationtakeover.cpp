// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfannotationtakeover.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace ktk {

namespace {

struct Lab
{
    double l, a, b;
};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double labF(double t)
{
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
}

// sRGB to CIE L*a*b* under D65.
Lab toLab(const QColor &colour)
{
    const QColor c = colour.toRgb();
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const double fx = labF(x), fy = labF(y), fz = labF(z);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

} // namespace

bool PdfAnnotationTakeOver::isMarkup(PdfEmbeddedAnnotation::Kind kind)
{
    using K = PdfEmbeddedAnnotation::Kind;
    return kind == K::Highlight || kind == K::Underline || kind == K::StrikeOut || kind == K::Squiggly;
}

ClaimTypeId PdfAnnotationTakeOver::nearestType(const QColor &colour, const QVector<ClaimType> &types)
{
    if (types.isEmpty())
        return 0;
    if (!colour.isValid())
        return types.first().id;
    const Lab target = toLab(colour);
    ClaimTypeId best = types.first().id;
    double bestDistance = std::numeric_limits<double>::max();
    for (const ClaimType &t : types) {
        if (!t.colour.isValid())
            continue;
        const Lab l = toLab(t.colour);
        const double d = (l.l - target.l) * (l.l - target.l) + (l.a - target.a) * (l.a - target.a)
                + (l.b - target.b) * (l.b - target.b);
        if (d < bestDistance) {
            bestDistance = d;
            best = t.id;
        }
    }
    return best;
}

Annotation PdfAnnotationTakeOver::toClaim(const PdfEmbeddedAnnotation &embedded, DocumentId document,
                                          const QVector<ClaimType> &types, const QVector<PdfPageInfo> &pages,
                                          const QString &canonicalText)
{
    Annotation a;
    a.documentId = document;
    a.typeId = nearestType(embedded.colour, types);
    a.note = embedded.contents;
    a.author = embedded.author;
    const QDateTime when = embedded.modified.isValid() ? embedded.modified.toUTC()
                                                       : QDateTime::currentDateTimeUtc();
    // Milliseconds, as the store keeps them.
    a.created = QDateTime::fromMSecsSinceEpoch(when.toMSecsSinceEpoch(), Qt::UTC);
    a.modified = a.created;

    TextSelector text;
    text.exact = embedded.quote;
    if (!embedded.quote.isEmpty()) {
        for (const PdfPageInfo &info : pages) {
            if (info.page != embedded.page)
                continue;
            const int start = qBound(0, info.textStart, int(canonicalText.size()));
            const int end = qBound(start, info.textEnd, int(canonicalText.size()));
            const int at = QStringView(canonicalText).mid(start, end - start).indexOf(embedded.quote);
            if (at >= 0)
                text = TextSelector::fromRange(canonicalText, start + at, start + at + int(embedded.quote.size()));
            break;
        }
    }

    PageSelector region;
    region.page = embedded.page;
    if (isMarkup(embedded.kind) && !embedded.quads.isEmpty()) {
        region.quads = embedded.quads;
        a.anchor = Anchor::forPage(region, text);
    } else {
        const QRectF r = embedded.boundary.normalized();
        region.quads = {QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})};
        a.anchor = Anchor::forArea(region, text);
    }
    return a;
}

} // namespace ktk
