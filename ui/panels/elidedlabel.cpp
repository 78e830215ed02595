// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/elidedlabel.h"

#include "panels/elidedtext.h"

#include <QPainter>
#include <QPainterPath>

namespace ktk {

namespace {
constexpr int BarWidth = 4;
constexpr int BarGap = 8;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ElidedLabel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    setToolTip(text.size() > 60 ? text : QString());
    updateGeometry();   // the number of lines may differ
    update();
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maxLines = qMax(1, lines);
    updateGeometry();
    update();
}

void ElidedLabel::setAccentColour(const QColor &colour)
{
    if (m_accent == colour)
        return;
    m_accent = colour;
    update();
}

int ElidedLabel::textLeft() const
{
    return m_accent.isValid() ? BarWidth + BarGap : 0;
}

int ElidedLabel::heightForWidth(int width) const
{
    const int lines = int(elideLines(m_text, font(), width - textLeft(), m_maxLines).size());
    return QFontMetrics(font()).lineSpacing() * qMax(1, lines) + 2;
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = metrics.averageCharWidth() * 30;
    return {width, heightForWidth(width)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 8, metrics.lineSpacing() + 2};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const QStringList lines = elideLines(m_text, font(), width() - textLeft(), m_maxLines);
    if (m_accent.isValid() && !lines.isEmpty()) {
        QPainterPath bar;
        bar.addRoundedRect(QRectF(0, 1, BarWidth, metrics.lineSpacing() * lines.size()), 2, 2);
        painter.fillPath(bar, m_accent);
    }
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    int y = 1 + metrics.ascent();
    for (const QString &line : lines) {
        painter.drawText(textLeft(), y, line);
        y += metrics.lineSpacing();
    }
}

} // namespace ktk
