// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QTextDocument;

namespace ktk {

// The typography of the reading view, kept in one place so the text view and
// any later print or export preview agree.
namespace ReadingStyle {

constexpr qreal basePointSize = 12.0;
// Line distance in ems (of the font's nominal size, not its line height,
// which differs widely between fonts: P052's is 1.6 em, DejaVu's 1.16).
constexpr qreal lineDistanceEm = 1.6;
constexpr int charactersPerLine = 70;

// A book serif from the installed fonts at about basePointSize * zoom, made a
// little larger when its x-height is small, so every choice reads alike.
QFont font(qreal zoom);
// The width of a text column of about charactersPerLine characters of font.
qreal columnWidth(const QFont &font);
// The proportional line height that gives lineDistanceEm for font.
int lineHeightPercent(const QFont &font);
// Sets the proportional line height on every block.
void applyLineHeight(QTextDocument *document, int percent);

// How much of a line's ascent and descent a highlight covers: from a little
// above the capitals to a little below the baseline, leaving the rest of the
// line distance free for underlines.
struct HighlightBox
{
    qreal ascentFraction = 1.0;
    qreal descentFraction = 1.0;
};
HighlightBox highlightBox(const QFont &font);

// A claim outside the panel's filter is drawn in this colour: its type's hue,
// nearly grey and light, so that it reads as set aside but stays visible.
QColor filteredOutColour(const QColor &typeColour);

} // namespace ReadingStyle
} // namespace ktk
