// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target in this folder shares. Each target is one
// LLVMFuzzerTestOneInput, built two ways (see CMakeLists.txt): with clang and
// KTK_FUZZ=ON as a libFuzzer binary under ASan and UBSan, and with any other
// build as a replay test whose main() (replaymain.cpp) feeds it every saved
// input, so that an input that once crashed stays a test of the ordinary suite.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An oracle: what the code under test promises. A broken promise aborts, which
// libFuzzer reports as a crash with the input saved, and a replay test as a failure.
#define KTK_FUZZ_CHECK(condition, what)                                                                  \
    do {                                                                                                 \
        if (!(condition)) {                                                                              \
            std::fprintf(stderr, "fuzz oracle failed: %s\n  (%s, %s:%d)\n", what, #condition, __FILE__, \
                         __LINE__);                                                                      \
            std::abort();                                                                                \
        }                                                                                                \
    } while (false)

namespace ktk::fuzz {

enum class App { Core, Gui };

// One application object for the whole run, made the way the program makes
// it: a QCoreApplication for code the command line runs, a QGuiApplication on
// the offscreen platform for the importer (QTextDocument needs fonts; Qt 6.4
// crashes on <pre> and <code> without them). Qt gets an argv of its own so
// that it never sees, or eats, libFuzzer's flags.
inline void startApplication(App kind)
{
    static int argc = 1;
    static char name[] = "ktk-fuzz";
    static char *argv[] = { name, nullptr };
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's warnings about odd input ("QFont::setPixelSize: Pixel size <= 0")
    // would drown libFuzzer's own output and slow it down; fatal ones still abort.
    if (qEnvironmentVariableIsEmpty("KTK_FUZZ_VERBOSE")) {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
                std::abort();
            }
        });
    }
    if (kind == App::Gui)
        new QGuiApplication(argc, argv);   // lives until the process ends
    else
        new QCoreApplication(argc, argv);
}

// The input as the program would hold a file's bytes: a QByteArray of its own.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ktk::fuzz

// Defined by each target; LLVMFuzzerInitialize only by targets that need an
// application object (libFuzzer and replaymain.cpp both call it first).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
