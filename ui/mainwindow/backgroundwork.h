// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>
#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace ktk {

// Runs slow work (an import of a large page) on a worker thread while the
// window keeps painting. The caller waits in a local event loop: for the
// first moments user input is held back, then a window-modal progress
// dialog with Cancel appears. A cancelled job's thread runs to its end in
// the background and its result is dropped; waitForAll() joins such threads
// before the program quits.
class BackgroundWork : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundWork(QWidget *window);
    ~BackgroundWork() override;

    // A batch of steps (files): resets Cancel, sets the dialog's range.
    void begin(int steps);
    void setStep(int done);
    // Hides the dialog at the end of a batch.
    void end();

    // Runs work on a worker thread; returns false when the user cancelled
    // (work may still be running then, and must own everything it touches:
    // capture shared pointers, never references to the caller's locals).
    bool run(const std::function<void()> &work, const QString &label);

    QProgressDialog *progress();
    bool wasCancelled() const { return m_cancelled; }

    // Joins the threads of cancelled runs.
    void waitForAll();

    // How long input is held back before the dialog shows.
    static constexpr int QuietMs = 400;

private:
    QWidget *m_window;
    QProgressDialog *m_progress = nullptr;
    bool m_cancelled = false;
    QList<QThread *> m_threads;
    QPointer<QWidget> m_focus;   // where the focus was when a batch began
};

} // namespace ktk
