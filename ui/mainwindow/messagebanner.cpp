// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ktk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslateUi();
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    // Tinted from the palette's own base so it reads in light and dark themes.
    QColor tint = kind == Kind::Error ? QColor(220, 60, 60) : kind == Kind::Warning ? QColor(230, 160, 30)
                                                                                     : QColor(60, 130, 220);
    const QColor base = palette().color(QPalette::Base);
    const QColor bg = QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
                                       base.blueF() * 0.8 + tint.blueF() * 0.2);
    setStyleSheet(QStringLiteral("ktk--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(bg.name(), tint.name()));
    show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Close message"));
}

} // namespace ktk
