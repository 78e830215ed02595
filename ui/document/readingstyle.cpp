// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/readingstyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QtMath>

#include <algorithm>

namespace ktk::ReadingStyle {

namespace {

QStringList installedFamilies()
{
    // Screen serifs with open counters first, then common system ones.
    static const QStringList preferred = {
        QStringLiteral("Charter"),       QStringLiteral("Source Serif 4"), QStringLiteral("Source Serif Pro"),
        QStringLiteral("Literata"),      QStringLiteral("Noto Serif"),     QStringLiteral("Georgia"),
        QStringLiteral("Cambria"),       QStringLiteral("P052"),           QStringLiteral("Palatino Linotype"),
        QStringLiteral("Book Antiqua"),  QStringLiteral("DejaVu Serif"),   QStringLiteral("Liberation Serif"),
        QStringLiteral("Times New Roman"),
    };
    static const QStringList found = [] {
        QStringList result;
        for (const QString &family : preferred) {
            // families() lists "P052 [urw]" when foundries differ; hasFamily() does not care.
            if (QFontDatabase::hasFamily(family))
                result.append(family);
        }
        return result;
    }();
    return found;
}

qreal emPixels(const QFont &font)
{
    return font.pointSizeF() * QFontMetricsF(font).fontDpi() / 72.0;
}

QFont baseFont(qreal pointSize)
{
    QFont f;
    const QStringList families = installedFamilies();
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(pointSize);
    f.setHintingPreference(QFont::PreferVerticalHinting);
    return f;
}

// Like CSS font-size-adjust, upwards only: fonts with a small x-height
// (Palatino, Times) look a size smaller than Georgia or DejaVu at the same size.
qreal sizeAdjustment()
{
    static const qreal adjustment = [] {
        const QFont probe = baseFont(basePointSize);
        const qreal ratio = QFontMetricsF(probe).xHeight() / emPixels(probe);
        constexpr qreal wanted = 0.5;
        return ratio > 0 ? std::clamp(wanted / ratio, 1.0, 1.2) : 1.0;
    }();
    return adjustment;
}

} // namespace

QFont font(qreal zoom)
{
    return baseFont(basePointSize * sizeAdjustment() * zoom);
}

qreal columnWidth(const QFont &font)
{
    // The mean advance of ordinary prose, not of the widest glyph.
    static const QString sample = QStringLiteral(
        "De overheid moet burgers helder en tijdig informeren over besluiten die hen raken.");
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(sample) / sample.size() * charactersPerLine;
}

int lineHeightPercent(const QFont &font)
{
    const QFontMetricsF metrics(font);
    // What QTextDocumentLayout multiplies the percentage with.
    const qreal raw = qCeil(metrics.ascent() + metrics.descent() + std::max<qreal>(0, metrics.leading()));
    return raw > 0 ? qRound(100 * lineDistanceEm * emPixels(font) / raw) : 150;
}

void applyLineHeight(QTextDocument *document, int percent)
{
    QTextCursor cursor(document);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(percent, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(format);
}

HighlightBox highlightBox(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal em = emPixels(font);
    HighlightBox box;
    if (metrics.ascent() > 0)
        box.ascentFraction = std::min(1.0, (metrics.capHeight() + 0.22 * em) / metrics.ascent());
    if (metrics.descent() > 0)
        box.descentFraction = std::min(1.0, 0.2 * em / metrics.descent());
    return box;
}

QColor filteredOutColour(const QColor &typeColour)
{
    const QColor hsl = typeColour.toHsl();
    return QColor::fromHslF(qMax<float>(0, hsl.hslHueF()), hsl.hslSaturationF() * 0.2f,
                            qMin<float>(0.85f, hsl.lightnessF() * 0.4f + 0.55f));
}

} // namespace ktk::ReadingStyle
