// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace ktk {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_edit->installEventFilter(this);

    auto makeButton = [this](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setAutoRaise(true);
        return button;
    };
    // Style-drawn arrows follow the theme's colours, unlike the stock pixmaps.
    m_previous = makeButton(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next = makeButton(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_close = makeButton(QStringLiteral("findClose"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                      style()->standardIcon(QStyle::SP_TitleBarCloseButton)));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::textEdited);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeRequested);

    retranslate();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::showOutcome(Outcome outcome, int current, int count)
{
    m_outcome = outcome;
    m_current = current;
    m_count = count;
    switch (outcome) {
    case Outcome::None:
        m_status->clear();
        break;
    case Outcome::Found:
        //: Find bar: which match is shown, e.g. "3 of 12"
        m_status->setText(tr("%1 of %2").arg(current + 1).arg(count));
        break;
    case Outcome::WrappedForward:
        //: Find bar: %1 of %2 as in "3 of 12"
        m_status->setText(tr("%1 of %2, continued from the top").arg(current + 1).arg(count));
        break;
    case Outcome::WrappedBackward:
        m_status->setText(tr("%1 of %2, continued from the bottom").arg(current + 1).arg(count));
        break;
    case Outcome::NotFound:
        m_status->setText(tr("Not found"));
        break;
    }
    applyNotFoundLook(outcome == Outcome::NotFound);
}

void FindBar::applyNotFoundLook(bool notFound)
{
    m_edit->setProperty("notFound", notFound);
    if (!notFound) {
        // An empty palette makes both inherit again, following theme changes.
        m_edit->setPalette(QPalette());
        m_status->setPalette(QPalette());
        return;
    }
    // Tint the palette's own colours so the warning reads in light and dark themes.
    const QColor red(0xe0, 0x1b, 0x24);
    QPalette editPalette = m_edit->palette();
    editPalette.setColor(QPalette::Base, mix(palette().color(QPalette::Base), red, 0.28));
    m_edit->setPalette(editPalette);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, mix(palette().color(QPalette::WindowText), red, 0.75));
    m_status->setPalette(statusPalette);
}

void FindBar::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // A hairline separates the bar from the text above it.
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, 0, width(), 0);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit previousRequested();
            else
                emit nextRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Find in document"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    showOutcome(m_outcome, m_current, m_count);
}

} // namespace ktk
