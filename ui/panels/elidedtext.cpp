// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/elidedtext.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace ktk {

QStringList elideLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    const QString simplified = text.simplified();
    if (width <= 0 || maxLines <= 0 || simplified.isEmpty())
        return lines;
    const QFontMetrics metrics(font);
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line gets everything that is left, so the ellipsis
            // says there is more.
            lines << metrics.elidedText(simplified.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        QString part = simplified.mid(line.textStart(), line.textLength());
        while (part.endsWith(u' '))
            part.chop(1);
        lines << part;
    }
    layout.endLayout();
    return lines;
}

} // namespace ktk
