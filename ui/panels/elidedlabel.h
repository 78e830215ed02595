// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace ktk {

// A read-only text of a few lines that elides instead of growing, with an
// optional coloured bar at its left (the claim type's colour). The full text
// is the tooltip.
class ElidedLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setMaximumLines(int lines);
    void setAccentColour(const QColor &colour);     // invalid: no bar
    QColor accentColour() const { return m_accent; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int textLeft() const;

    QString m_text;
    QColor m_accent;
    int m_maxLines = 3;
};

} // namespace ktk
