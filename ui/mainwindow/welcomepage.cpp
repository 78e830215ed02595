// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ktk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_new(new QPushButton(this)),
      m_open(new QPushButton(this)), m_sample(new QPushButton(this)), m_recentTitle(new QLabel(this)),
      m_recentLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleProjectRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(8);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_sample);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addLayout(m_recentLayout);
    auto *box = new QWidget(this);
    box->setLayout(column);
    // A fixed width lets the wrapped introduction get the height it needs.
    box->setFixedWidth(540);

    // Stretches rather than an alignment flag: an aligned widget gets its
    // size hint's height, which cuts the wrapped introduction short.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(box);
    centred->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);
    retranslateUi();
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent = paths;
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &path : paths) {
        auto *button = new QCommandLinkButton(QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path), this);
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { emit recentProjectRequested(path); });
        m_recentLayout->addWidget(button);
    }
    m_recentTitle->setVisible(!paths.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Kanttekening"));
    m_intro->setText(tr("Read policy texts, mark the claims they make, classify and check them. "
                        "A project is a single file that holds your documents and every annotation; "
                        "each change is saved at once."));
    m_new->setText(tr("Create a new project\u2026"));
    m_open->setText(tr("Open a project\u2026"));
    m_sample->setText(tr("Try the sample project (a Dutch and an English article)"));
    m_recentTitle->setText(tr("Recent projects"));
}

} // namespace ktk
