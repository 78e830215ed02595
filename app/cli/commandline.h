// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QTextStream;

namespace ktk {

class ProjectStore;

// The program's arguments:
//   kanttekening [PROJECT.ktk]                 open the window (with that project)
//   kanttekening import PROJECT.ktk FILE...    import files, creating the project if missing
//   kanttekening list PROJECT.ktk              documents and claims as tab-separated text
//   kanttekening sample PROJECT.ktk            create the sample project
//   kanttekening backup PROJECT.ktk            write a backup now
//   kanttekening backups PROJECT.ktk           list the backups
//   kanttekening restore PROJECT.ktk BACKUP    replace the project with a backup
//   kanttekening --help | --version
// Commands run without a window and report through the two streams; the
// caller turns the outcome into the process's exit code or opens the window.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode {
        Success = 0,
        SomeFailed = 1,     // import: at least one file was not imported
        UsageError = 2      // bad arguments, or the project cannot be opened or created
    };

    struct Outcome {
        bool openGui = false;
        QString projectPath;        // with openGui: the project to open, may be empty
        QStringList files;          // with openGui: every file given (projects and documents), absolute
        int exitCode = Success;     // without openGui: what the process returns
    };

    CommandLine(QTextStream &out, QTextStream &err);

    // arguments as QCoreApplication::arguments() gives them, program first.
    Outcome run(const QStringList &arguments);

    // Whether run() will want the window, decided from the raw arguments so
    // that main() can choose QApplication or QCoreApplication before creating
    // either; constructs no Qt objects. Qt's own window-system options
    // (-platform offscreen, -style ...) are skipped.
    static bool needsGui(int argc, const char *const *argv);
    // Whether a command without the window will import documents (import,
    // sample). Qt's rich text needs a QGuiApplication for that: under a bare
    // QCoreApplication, Qt 6.4 asks a platform theme that does not exist for
    // fonts. Decided from the raw arguments, like needsGui().
    static bool importsDocuments(int argc, const char *const *argv);

    // The tab-separated listing's field escaping: backslash, tab, carriage
    // return and line breaks (including U+2028, U+2029) become \\ \t \r \n.
    static QString escapeField(const QString &field);

private:
    int runImport(const QStringList &args);
    int runList(const QStringList &args);
    int runSample(const QStringList &args);
    int runBackup(const QStringList &args);
    int runBackups(const QStringList &args);
    int runRestore(const QStringList &args);
    int runExportPdf(const QStringList &args);
    int runText(const QStringList &files);
    int runReimport(const QStringList &args);
    void backUpIfDue(const QString &projectPath);
    // readOnly: a command that only reads; it reads beside a window that has the project open.
    bool openProject(ProjectStore &store, const QString &path, bool createIfMissing, bool readOnly = false);
    // The document --document names, or nullopt after saying that the project has none such.
    std::optional<DocumentSummary> documentGiven(const QVector<DocumentSummary> &documents);
    int usageError(const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_password;     // --password, for encrypted PDFs
    bool m_allowDuplicates = false;
    bool m_fullPage = false;   // --full-page: web pages whole, not as articles
    // export-pdf's options, as given.
    struct ExportArguments
    {
        QString document;
        bool all = false;
        QString out;
        QStringList types;
        QStringList statuses;
        QString tag;
        bool flatten = false;
        bool appendix = false;
        QString notes;
        QString author;
    } m_export;
};

} // namespace ktk
