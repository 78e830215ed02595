// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/backgroundwork.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <utility>

namespace ktk {

BackgroundWork::BackgroundWork(QWidget *window) : QObject(window), m_window(window) {}

BackgroundWork::~BackgroundWork()
{
    waitForAll();
}

QProgressDialog *BackgroundWork::progress()
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("backgroundProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setCancelButtonText(tr("Cancel"));
        m_progress->reset();
        m_progress->hide();
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
    }
    return m_progress;
}

void BackgroundWork::begin(int steps)
{
    m_cancelled = false;
    m_focus = QApplication::focusWidget();
    QProgressDialog *dialog = progress();
    dialog->setRange(0, steps);
    dialog->setValue(0);
}

void BackgroundWork::setStep(int done)
{
    progress()->setValue(done);
}

void BackgroundWork::end()
{
    if (m_progress && m_progress->isVisible()) {
        m_progress->hide();
        // The dialog took the focus: the window gets it back, and the widget
        // that had it, before the caller goes on.
        m_window->activateWindow();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        if (m_focus)
            m_focus->setFocus(Qt::OtherFocusReason);
    }
    if (m_progress)
        m_progress->reset();
    m_focus.clear();
}

bool BackgroundWork::run(const std::function<void()> &work, const QString &label)
{
    QProgressDialog *dialog = progress();
    dialog->setLabelText(label);
    if (m_cancelled)
        return false;

    // Shared with the thread: a cancelled run returns while the thread still
    // writes here.
    auto done = std::make_shared<bool>(false);
    QEventLoop loop;
    QThread *thread = QThread::create([work, done] { work(); });
    connect(thread, &QThread::finished, this, [this, thread, done] {
        *done = true;
        if (m_threads.removeOne(thread))
            thread->deleteLater();
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    m_threads.append(thread);
    thread->start();

    // A quick job finishes before anything is shown; input waits meanwhile so
    // that nothing else starts in the middle of it.
    QTimer quiet;
    quiet.setSingleShot(true);
    connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    quiet.start(QuietMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!*done) {
        if (!dialog->isVisible())
            dialog->show();
        while (!*done && !m_cancelled)
            loop.exec();
    }
    return !m_cancelled;
}

void BackgroundWork::waitForAll()
{
    // Threads of cancelled runs: they end before what they use goes.
    const QList<QThread *> threads = std::exchange(m_threads, {});
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
}

} // namespace ktk
