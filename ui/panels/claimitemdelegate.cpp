// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/claimitemdelegate.h"

#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "panels/elidedtext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ktk {

namespace {
constexpr int Margin = 6;       // around the whole item
constexpr int BarWidth = 4;
constexpr int BarGap = 8;       // between the bar and the text
constexpr int LineGap = 2;      // between the quote and the detail line
constexpr int QuoteLines = 2;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

ClaimItemDelegate::ClaimItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QFont ClaimItemDelegate::detailFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.88);
    else
        font.setPixelSize(qMax(8, font.pixelSize() * 88 / 100));
    return font;
}

QString ClaimItemDelegate::detailText(const QModelIndex &index) const
{
    QStringList parts;
    const QString type = index.data(TypeNameRole).toString();
    if (!type.isEmpty())
        parts << type;
    parts << index.data(StatusNameRole).toString();
    const QString claimant = index.data(ClaimantRole).toString();
    if (!claimant.isEmpty())
        parts << claimant;
    if (m_showDocument) {
        const QString title = index.data(DocumentTitleRole).toString();
        if (!title.isEmpty())
            parts << title;
    }
    // A PDF claim says where it is: a page number is how a PDF is cited.
    const int page = index.data(PageRole).toInt();
    if (index.data(PageRole).isValid() && page >= 0)
        //: The page of a PDF a claim is on (where it starts), in the claim list: "p. 3"
        parts << tr("p. %1").arg(page + 1);
    if (!index.data(AnchoredRole).toBool())
        //: Shown for a claim whose quoted passage is no longer found in the document text
        parts << tr("not found in text");
    return parts.join(QStringLiteral(" \u00b7 "));
}

void ClaimItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != AnnotationsModel::QuoteColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Let the style draw background, selection and focus; we draw the rest.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = selected ? opt.palette.color(group, QPalette::Highlight)
                                       : opt.palette.color(group, QPalette::Base);
    const QColor detailColour = mix(textColour, background, selected ? 0.25 : 0.42);

    const QRect rect = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFont quoteFont = opt.font;
    const QFont smallFont = detailFont(opt.font);
    const QFontMetrics quoteMetrics(quoteFont);
    const QFontMetrics smallMetrics(smallFont);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(opt.rect);

    QColor colour = index.data(ColourRole).value<QColor>();
    if (!colour.isValid())
        colour = opt.palette.color(group, QPalette::Mid);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(rect.left(), rect.top(), BarWidth, rect.height()), BarWidth / 2.0, BarWidth / 2.0);
    painter->fillPath(bar, colour);
    if (selected) {
        // Keep the bar readable against the highlight.
        painter->setPen(QPen(opt.palette.color(group, QPalette::HighlightedText), 1.0));
        painter->drawPath(bar);
    }

    const int left = rect.left() + BarWidth + BarGap;
    const int width = rect.right() - left + 1;
    const QStringList lines = elideLines(index.data(QuoteRole).toString(), quoteFont, width, QuoteLines);
    // Quote and detail line as one block, centred, so a one-line quote does
    // not leave a gap above its detail line.
    const int blockHeight = int(lines.size()) * quoteMetrics.lineSpacing() + LineGap + smallMetrics.lineSpacing();
    int y = rect.top() + qMax(0, (rect.height() - blockHeight) / 2);
    painter->setFont(quoteFont);
    painter->setPen(textColour);
    for (const QString &line : lines) {
        painter->drawText(left, y + quoteMetrics.ascent(), line);
        y += quoteMetrics.lineSpacing();
    }
    y += LineGap;
    painter->setFont(smallFont);
    painter->setPen(detailColour);
    painter->drawText(left, y + smallMetrics.ascent(),
                      smallMetrics.elidedText(detailText(index), Qt::ElideRight, width));
    painter->restore();
}

QSize ClaimItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != AnnotationsModel::QuoteColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics quoteMetrics(option.font);
    const QFontMetrics smallMetrics(detailFont(option.font));
    const int height = 2 * Margin + QuoteLines * quoteMetrics.lineSpacing() + LineGap + smallMetrics.lineSpacing();
    return {quoteMetrics.averageCharWidth() * 24, height};
}

} // namespace ktk
