// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "store/projectfilecheck.h"

#include "cli/sampleproject.h"
#include "export/annotationauthor.h"
#include "export/documentexport.h"
#include "import/documentimporter.h"
#include "import/webpagereextraction.h"
#include "store/documentlimits.h"
#include "store/defaultcodebook.h"
#include "store/projectbackups.h"
#include "store/projectstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cstring>

namespace ktk {

namespace {

const QString ImportCommand = QStringLiteral("import");
const QString ListCommand = QStringLiteral("list");
const QString SampleCommand = QStringLiteral("sample");
const QString BackupCommand = QStringLiteral("backup");
const QString BackupsCommand = QStringLiteral("backups");
const QString RestoreCommand = QStringLiteral("restore");
const QString ExportPdfCommand = QStringLiteral("export-pdf");
const QString TextCommand = QStringLiteral("text");
const QString ReimportCommand = QStringLiteral("reimport");
const QString ProgramName = QStringLiteral("kanttekening");

// What an argument that is no command may be: an existing file for the
// window (a project, or a document to import), or a new project's name,
// which ends in .ktk.
bool isProjectPath(const QString &path)
{
    return QFileInfo::exists(path)
        || QFileInfo(path).suffix().compare(ProjectStore::FileSuffix, Qt::CaseInsensitive) == 0;
}

bool isCommand(const char *arg)
{
    for (const char *command : {"import", "list", "sample", "backup", "backups", "restore", "export-pdf", "text",
                                "reimport"}) {
        if (std::strcmp(arg, command) == 0)
            return true;
    }
    return false;
}

// Options QGuiApplication and QApplication take out of argv themselves; the
// ones that take a value must not have that value seen as a project path.
bool isQtOptionWithValue(const char *name)
{
    static const char *const options[] = {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowicon",
        "qwindowtitle", "display", "geometry", "style", "stylesheet", "session", "name", "title",
    };
    for (const char *option : options) {
        if (std::strcmp(name, option) == 0)
            return true;
    }
    return false;
}

bool isOurOptionWithValue(const char *name)
{
    for (const char *option : {"password", "document", "out", "type", "status", "tag", "notes", "author"}) {
        if (std::strcmp(name, option) == 0)
            return true;
    }
    return false;
}

bool isHelpOrVersion(const char *name)
{
    for (const char *option : {"h", "help", "help-all", "?", "v", "version"}) {
        if (std::strcmp(name, option) == 0)
            return true;
    }
    return false;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The raw arguments as needsGui() and importsDocuments() see them.
struct RawArguments
{
    const char *firstPositional = nullptr;
    int positionals = 0;
    bool allOpenable = true;   // every positional is a file for the window (isProjectPath)
    bool helpOrVersion = false;
};

RawArguments scanRawArguments(int argc, const char *const *argv)
{
    RawArguments scanned;
    bool optionsEnded = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!arg || !*arg)
            continue;
        if (!optionsEnded && std::strcmp(arg, "--") == 0) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && arg[0] == '-' && arg[1] != '\0') {
            const char *name = arg[1] == '-' ? arg + 2 : arg + 1;
            if (isHelpOrVersion(name)) {
                scanned.helpOrVersion = true;
                return scanned;
            }
            // Ours too: "--password secret" must not make "secret" the project.
            if (isQtOptionWithValue(name) || isOurOptionWithValue(name))
                ++i;
            continue;
        }
        if (!scanned.firstPositional)
            scanned.firstPositional = arg;
        ++scanned.positionals;
        if (!isProjectPath(QString::fromLocal8Bit(arg)))
            scanned.allOpenable = false;
    }
    return scanned;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err)
{
}

bool CommandLine::needsGui(int argc, const char *const *argv)
{
    const RawArguments scanned = scanRawArguments(argc, argv);
    if (scanned.helpOrVersion)
        return false;
    if (!scanned.firstPositional)
        return true;
    // "kanttekening frobnicate x.ktk" is an unknown command, reported on the
    // terminal; files are for the window: projects to open (or to create
    // when the name ends in .ktk) and documents to import ("kanttekening
    // help" is a mistyped command).
    return !isCommand(scanned.firstPositional) && scanned.allOpenable;
}

bool CommandLine::importsDocuments(int argc, const char *const *argv)
{
    const RawArguments scanned = scanRawArguments(argc, argv);
    return !scanned.helpOrVersion && scanned.firstPositional
        && (std::strcmp(scanned.firstPositional, "import") == 0 || std::strcmp(scanned.firstPositional, "sample") == 0
            || std::strcmp(scanned.firstPositional, "export-pdf") == 0
            || std::strcmp(scanned.firstPositional, "text") == 0
            || std::strcmp(scanned.firstPositional, "reimport") == 0);
}

QString CommandLine::escapeField(const QString &field)
{
    QString escaped;
    escaped.reserve(field.size());
    for (const QChar c : field) {
        switch (c.unicode()) {
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u'\t': escaped += QLatin1String("\\t"); break;
        case u'\r': escaped += QLatin1String("\\r"); break;
        case u'\n':
        case 0x2028:
        case 0x2029: escaped += QLatin1String("\\n"); break;
        default: escaped += c;
        }
    }
    return escaped;
}

CommandLine::Outcome CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            tr("Open encrypted PDFs with this password."), tr("password"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(passwordOption);
    const QCommandLineOption fullPageOption(QStringLiteral("full-page"),
                                            tr("Keep whole web pages, not only their article (reader mode)."));
    parser.addOption(fullPageOption);
    const QCommandLineOption allowDuplicatesOption(QStringLiteral("allow-duplicates"),
                                                   tr("Import a file even when the project has it already."));
    parser.addOption(allowDuplicatesOption);
    // export-pdf
    const QCommandLineOption documentOption(QStringLiteral("document"), tr("The document to export or re-import."), tr("id"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Export or re-import every document."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file or folder to write."), tr("path"));
    const QCommandLineOption typeOption(QStringLiteral("type"), tr("Only claims of this type."), tr("type"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only claims with this status."), tr("status"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("Only claims with this tag."), tr("tag"));
    const QCommandLineOption flattenOption(QStringLiteral("flatten"), tr("Burn the highlights into the pages."));
    const QCommandLineOption appendixOption(QStringLiteral("appendix"), tr("Add a table of the claims."));
    const QCommandLineOption notesOption(QStringLiteral("notes"), tr("Where notes go: popup, margin or appendix."),
                                         tr("where"));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          tr("The author the annotations carry (the account's name if not given)."),
                                          tr("name"));
    parser.addOptions({documentOption, allOption, outOption, typeOption, statusOption, tagOption, flattenOption,
                       appendixOption, notesOption, authorOption});

    Outcome outcome;
    if (!parser.parse(arguments)) {
        outcome.exitCode = usageError(parser.errorText());
        return outcome;
    }
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("Kanttekening ") << QLatin1String(KTK_VERSION) << u'\n';
        m_out.flush();
        return outcome;
    }

    m_password = parser.value(passwordOption);
    m_fullPage = parser.isSet(fullPageOption);
    m_allowDuplicates = parser.isSet(allowDuplicatesOption);
    m_export.document = parser.value(documentOption);
    m_export.all = parser.isSet(allOption);
    m_export.out = parser.value(outOption);
    m_export.types = parser.values(typeOption);
    m_export.statuses = parser.values(statusOption);
    m_export.tag = parser.value(tagOption);
    m_export.flatten = parser.isSet(flattenOption);
    m_export.appendix = parser.isSet(appendixOption);
    m_export.notes = parser.value(notesOption);
    m_export.author = parser.value(authorOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        outcome.openGui = true;
        return outcome;
    }
    const QString command = positional.first();
    const QStringList rest = positional.mid(1);
    if (command == ImportCommand) {
        outcome.exitCode = runImport(rest);
    } else if (command == ListCommand) {
        outcome.exitCode = runList(rest);
    } else if (command == SampleCommand) {
        outcome.exitCode = runSample(rest);
    } else if (command == BackupCommand) {
        outcome.exitCode = runBackup(rest);
    } else if (command == BackupsCommand) {
        outcome.exitCode = runBackups(rest);
    } else if (command == RestoreCommand) {
        outcome.exitCode = runRestore(rest);
    } else if (command == ExportPdfCommand) {
        outcome.exitCode = runExportPdf(rest);
    } else if (command == TextCommand) {
        outcome.exitCode = runText(rest);
    } else if (command == ReimportCommand) {
        outcome.exitCode = runReimport(rest);
    } else if (std::all_of(positional.cbegin(), positional.cend(), isProjectPath)) {
        outcome.openGui = true;
        for (const QString &file : positional) {
            const QString path = QFileInfo(file).absoluteFilePath();
            outcome.files << path;
            if (outcome.projectPath.isEmpty() && ProjectFileCheck::looksLikeProject(path))
                outcome.projectPath = path;
        }
    } else if (isProjectPath(command) && positional.size() > 1) {
        // Files for the window, one of which is not there.
        const auto missing = std::find_if_not(positional.cbegin(), positional.cend(), isProjectPath);
        //: %1 is a file named on the command line
        outcome.exitCode = usageError(tr("\u201c%1\u201d does not exist.").arg(*missing));
    } else if (positional.size() == 1) {
        //: %1 is what the user typed; "ktk" the project file suffix
        outcome.exitCode = usageError(tr("\u201c%1\u201d is no command, and no project file: a new project\u2019s "
                                         "name must end in .%2.").arg(command, ProjectStore::FileSuffix));
    } else {
        //: %1 is what the user typed where a command (import, list, sample) was expected
        outcome.exitCode = usageError(tr("Unknown command “%1”.").arg(command));
    }
    return outcome;
}

int CommandLine::runImport(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(tr("The import command needs a project file and at least one file to import."));

    ProjectStore store;
    const bool existed = QFileInfo::exists(args.first());
    if (!openProject(store, args.first(), true))
        return UsageError;
    // A changed project gets its automatic backup before anything is added,
    // as when the window opens it.
    if (existed)
        backUpIfDue(store.path());

    int failed = 0;
    DocumentImporter::Options options;
    options.password = m_password;
    options.fullPage = m_fullPage;
    // No window to show a first page in: the text is there when import ends,
    // so that list works at once.
    options.extractPdfText = true;
    for (const QString &file : args.mid(1)) {
        DocumentImporter::Failure failure = DocumentImporter::Failure::Other;
        const Result<Document> imported = DocumentImporter::importFile(file, options, &failure);
        QString error;
        if (imported && !m_allowDuplicates) {
            // The same file again: said, and skipped.
            if (const auto same = store.documentWithBytes(imported->originalBytes)) {
                //: %1 a file, %2 the title of the document it already is, %3 that document's id
                m_err << ProgramName << QLatin1String(": ")
                      << tr("skipped %1: the project has it already, as \u201c%2\u201d (document %3); "
                            "--allow-duplicates imports it again.")
                             .arg(native(file), same->meta.title, QString::number(same->id))
                      << u'\n';
                m_err.flush();
                continue;
            }
        }
        if (imported) {
            const Result<DocumentId> added = store.addDocument(imported.value());
            if (added) {
                const DocumentMeta &meta = imported->meta;
                const QString title = meta.title.isEmpty() ? QFileInfo(file).fileName() : meta.title;
                //: One line per imported file. %1 is the document's title, %2 the file it came from.
                m_out << tr("imported: %1 (%2)").arg(title, native(file)) << u'\n';
                m_out.flush();
                // Remarks go to stderr: stdout keeps one line per imported file.
                if (!imported->importNote.isEmpty()) {
                    m_err << ProgramName << QLatin1String(": ") << imported->importNote << u'\n';
                    m_err.flush();
                }
                continue;
            }
            error = added.error();
        } else {
            error = imported.error();
            if (failure == DocumentImporter::Failure::PasswordRequired)
                error += u' ' + tr("Give its password with --password.");
        }
        ++failed;
        // The importer's and store's messages name the file; should one not,
        // the file still has to be named or a script cannot tell which failed.
        if (!error.contains(QFileInfo(file).fileName())) {
            //: %1 is a file, %2 why it could not be imported
            error = tr("Cannot import %1: %2").arg(native(file), error);
        }
        m_err << ProgramName << QLatin1String(": ") << error << u'\n';
        m_err.flush();
    }
    return failed > 0 ? SomeFailed : Success;
}

// Imports web pages of a project again from the bytes it keeps: as their
// article, or with --full-page as the whole page. Claims move with their
// quotes; those not found in the new text are named on stderr and kept as
// they were.
int CommandLine::runReimport(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The reimport command needs a project file, and --document ID or --all."));
    if (m_export.all == !m_export.document.isEmpty())
        return usageError(tr("Give either --document ID or --all."));
    ProjectStore store;
    if (!openProject(store, args.first(), false))
        return UsageError;
    backUpIfDue(store.path());

    QVector<DocumentId> ids;
    if (m_export.all) {
        for (const DocumentSummary &d : store.documents()) {
            if (WebPageReextraction::applies(d.format))
                ids.append(d.id);
        }
    } else {
        const std::optional<DocumentSummary> chosen = documentGiven(store.documents());
        if (!chosen)
            return UsageError;
        ids.append(chosen->id);
    }

    const ContentExtraction wanted = m_fullPage ? ContentExtraction::FullPage : ContentExtraction::Article;
    int failed = 0;
    for (const DocumentId id : qAsConst(ids)) {
        // A crafted project's page of gigabytes is not loaded at all.
        const auto size = store.documentSize(id);
        if (size && size->originalBytes > DocumentLimits::MaxOriginalBytes) {
            ++failed;
            m_err << ProgramName << QLatin1String(": ")
                  << tr("Document %1 is too large to import again (%2 MB stored).")
                         .arg(QString::number(id), QString::number(size->originalBytes >> 20))
                  << u'\n';
            m_err.flush();
            continue;
        }
        const std::optional<Document> doc = store.document(id);
        if (!doc)
            continue;
        const QVector<Annotation> claims = store.annotations(id);
        const Result<WebPageReextraction::Plan> plan = WebPageReextraction::prepare(*doc, claims, wanted);
        Status stored = plan.status();
        if (plan && plan->changesText()) {
            QVector<ProjectStore::ClaimPlace> places;
            for (const Annotation &moved : plan->carried)
                places.append({moved.id, moved.anchor});
            stored = store.replaceDocumentText(id, plan->text, plan->extraction, places);
        }
        if (!stored) {
            ++failed;
            m_err << ProgramName << QLatin1String(": ") << stored.error() << u'\n';
            m_err.flush();
            continue;
        }
        const QString title = doc->meta.title.isEmpty() ? doc->fileName : doc->meta.title;
        if (!plan->changesText()) {
            //: One line per document left as it was. %1 the document's title, %2 why
            m_out << tr("unchanged: %1 (%2)").arg(title, plan->unchangedReason) << u'\n';
            m_out.flush();
            continue;
        }
        const qsizetype total = plan->carried.size() + plan->notFound.size();
        //: One line per re-imported document. %1 its id, %2 its title, %3 claims carried across, %4 claims in all
        m_out << (plan->extraction == ContentExtraction::Article
                      ? tr("re-imported as article: %1 %2 (%3 of %4 claims carried across)")
                      : tr("re-imported as whole page: %1 %2 (%3 of %4 claims carried across)"))
                     .arg(QString::number(id), title, QString::number(plan->carried.size()), QString::number(total))
              << u'\n';
        m_out.flush();
        for (const Annotation &lost : plan->notFound) {
            //: %1 a claim's id, %2 a document's title, %3 the claim's quote
            m_err << ProgramName << QLatin1String(": ")
                  << tr("claim %1 of \u201c%2\u201d is not in the new text and was kept as it was: \u201c%3\u201d")
                         .arg(QString::number(lost.id), title, lost.quote().simplified())
                  << u'\n';
        }
        m_err.flush();
    }
    return failed > 0 ? SomeFailed : Success;
}

// The text the reading view shows for each file, without a project: for
// scripts and for measuring reader mode. Files are separated by a form feed
// line when there are several.
int CommandLine::runText(const QStringList &files)
{
    if (files.isEmpty())
        return usageError(tr("The text command needs at least one file."));
    DocumentImporter::Options options;
    options.password = m_password;
    options.fullPage = m_fullPage;
    options.extractPdfText = true;
    int failed = 0;
    bool first = true;
    for (const QString &file : files) {
        const Result<Document> imported = DocumentImporter::importFile(file, options);
        if (!imported) {
            ++failed;
            QString error = imported.error();
            if (!error.contains(QFileInfo(file).fileName()))
                error = tr("Cannot read %1: %2").arg(native(file), error);
            m_err << ProgramName << QLatin1String(": ") << error << u'\n';
            m_err.flush();
            continue;
        }
        if (!first)
            m_out << QLatin1String("\f\n");
        first = false;
        m_out << imported->canonicalText;
        if (!imported->canonicalText.endsWith(u'\n'))
            m_out << u'\n';
        m_out.flush();
        if (!imported->importNote.isEmpty()) {
            m_err << ProgramName << QLatin1String(": ") << imported->importNote << u'\n';
            m_err.flush();
        }
    }
    return failed > 0 ? SomeFailed : Success;
}

// The listing, for scripts and spreadsheets. UTF-8, one record per line, "\n"
// line ends, fields separated by one tab, no quoting. The first line names
// the columns (fixed English identifiers, not translated):
//   document_id  document_title  claim_id  type  status  claimant  tags  quote  note  page
// One line per claim, documents in the project's order and claims in reading
// order; a document without claims has one line whose claim fields (claim_id
// to note) are empty. type is the claim type's name as the project stores it,
// status its key (unchecked, supported, disputed, false, unverifiable), tags
// are joined with "," (no space), page is the PDF page a claim starts on
// (counting from 1; empty for text documents). Inside a field backslash, tab, carriage
// return and line breaks are written as \\, \t, \r and \n (see escapeField).
int CommandLine::runList(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The list command needs exactly one project file."));

    ProjectStore store;
    if (!openProject(store, args.first(), false, true))
        return UsageError;

    QHash<ClaimTypeId, QString> typeNames;
    for (const ClaimType &t : store.claimTypes())
        typeNames.insert(t.id, DefaultCodebook::displayName(t));

    auto writeRow = [this](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(escapeField(f));
        m_out << escaped.join(u'\t') << u'\n';
    };

    writeRow({QStringLiteral("document_id"), QStringLiteral("document_title"), QStringLiteral("claim_id"),
              QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("claimant"), QStringLiteral("tags"),
              QStringLiteral("quote"), QStringLiteral("note"), QStringLiteral("page")});
    for (const DocumentSummary &doc : store.documents()) {
        const QString id = QString::number(doc.id);
        const QString title = doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title;
        QVector<Annotation> claims = store.annotations(doc.id);
        if (claims.isEmpty()) {
            writeRow({id, title, QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                      QString()});
            continue;
        }
        std::stable_sort(claims.begin(), claims.end(), [](const Annotation &a, const Annotation &b) {
            const qint64 ka = a.anchor.positionKey();
            const qint64 kb = b.anchor.positionKey();
            return ka != kb ? ka < kb : a.id < b.id;
        });
        for (const Annotation &a : std::as_const(claims)) {
            writeRow({id, title, QString::number(a.id), typeNames.value(a.typeId), statusKey(a.status),
                      a.claimant, a.tags.join(u','), a.quote(), a.note,
                      a.anchor.isOnPages() ? QString::number(a.anchor.page().page + 1) : QString()});
        }
    }
    m_out.flush();
    return Success;
}

int CommandLine::runExportPdf(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The export-pdf command needs exactly one project file."));
    if (m_export.all == !m_export.document.isEmpty())
        return usageError(tr("Give either --document ID or --all."));
    if (m_export.out.isEmpty())
        return usageError(tr("Give the file or folder to write with --out."));
    PdfExportOptions options;
    options.flatten = m_export.flatten;
    options.appendix = m_export.appendix;
    const QString notes = m_export.notes.toLower();
    if (notes.isEmpty() || notes == QLatin1String("popup"))
        options.notes = NotePlacement::Popup;
    else if (notes == QLatin1String("margin"))
        options.notes = NotePlacement::Margin;
    else if (notes == QLatin1String("appendix"))
        options.notes = NotePlacement::Appendix;
    else
        return usageError(tr("--notes takes popup, margin or appendix, not \u201c%1\u201d.").arg(m_export.notes));
    options.annotationAuthor = m_export.author.trimmed().isEmpty() ? defaultAnnotationAuthor() : m_export.author.trimmed();

    // Export only reads: beside a window that has the project open, too.
    ProjectStore store;
    if (!openProject(store, args.first(), false, true))
        return UsageError;

    ClaimFilter filter;
    for (const QString &wanted : qAsConst(m_export.types)) {
        bool found = false;
        for (const ClaimType &t : store.claimTypes()) {
            if (wanted.compare(t.name, Qt::CaseInsensitive) == 0 || wanted.compare(t.builtinKey, Qt::CaseInsensitive) == 0
                || wanted.compare(DefaultCodebook::displayName(t), Qt::CaseInsensitive) == 0) {
                filter.types.insert(t.id);
                found = true;
            }
        }
        if (!found)
            return usageError(tr("The project has no claim type \u201c%1\u201d.").arg(wanted));
    }
    for (const QString &wanted : qAsConst(m_export.statuses)) {
        bool ok = false;
        const VerificationStatus status = statusFromKey(wanted.toLower(), &ok);
        if (!ok)
            return usageError(tr("Unknown status \u201c%1\u201d: use unchecked, supported, disputed, false or "
                                 "unverifiable.").arg(wanted));
        filter.statuses.insert(status);
    }
    filter.tag = m_export.tag;

    QVector<DocumentSummary> documents = store.documents();
    if (!m_export.all) {
        const std::optional<DocumentSummary> chosen = documentGiven(documents);
        if (!chosen)
            return UsageError;
        documents = {*chosen};
    }
    // One document may go to a file or into a folder; several go into a folder.
    const QFileInfo out(m_export.out);
    const bool intoFolder = m_export.all || out.isDir() || m_export.out.endsWith(u'/');
    if (intoFolder && !QDir().mkpath(out.absoluteFilePath())) {
        m_err << ProgramName << QLatin1String(": ")
              << tr("Cannot make the folder %1.").arg(native(out.absoluteFilePath())) << u'\n';
        m_err.flush();
        return UsageError;
    }

    int failed = 0;
    QStringList taken;
    for (const DocumentSummary &doc : qAsConst(documents)) {
        const QString target = intoFolder ? QDir(out.absoluteFilePath()).filePath(DocumentExport::fileNameFor(doc, &taken))
                                          : out.absoluteFilePath();
        const Result<DocumentExport::Outcome> done = DocumentExport::exportDocument(store, doc.id, filter, options, target);
        if (!done) {
            ++failed;
            m_err << ProgramName << QLatin1String(": ") << done.error() << u'\n';
            m_err.flush();
            continue;
        }
        const QString title = doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title;
        if (done->claims == 0) {
            //: %1 a document's title, %2 the PDF written
            m_out << tr("exported: %1 (%2), with no claims").arg(title, native(done->path)) << u'\n';
        } else {
            //: %1 a document's title, %2 the PDF written, %3 how many claims
            m_out << tr("exported: %1 (%2), %n claim(s)", nullptr, done->claims).arg(title, native(done->path))
                  << u'\n';
        }
        if (done->notPlaced > 0) {
            //: %1 a document's title
            m_out << tr("  %n claim(s) of %1 had no place on its pages and are only in the appendix", nullptr,
                        done->notPlaced).arg(title)
                  << u'\n';
        }
        m_out.flush();
    }
    return failed > 0 ? SomeFailed : Success;
}

int CommandLine::runSample(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The sample command needs exactly one project file to create."));
    const QString path = args.first();
    if (QFileInfo::exists(path)) {
        m_err << ProgramName << QLatin1String(": ")
              << tr("Will not create the sample project %1: the file already exists.").arg(native(path)) << u'\n';
        m_err.flush();
        return UsageError;
    }
    const Status created = SampleProject::create(path);
    if (!created) {
        m_err << ProgramName << QLatin1String(": ") << created.error() << u'\n';
        m_err.flush();
        return SomeFailed;
    }
    m_out << tr("created sample project: %1").arg(native(path)) << u'\n';
    m_out.flush();
    return Success;
}

void CommandLine::backUpIfDue(const QString &projectPath)
{
    const ProjectBackups backups(projectPath);
    const int keep = ProjectBackups::keepSetting();
    if (keep <= 0 || !backups.isDue())
        return;
    const Result<ProjectBackups::Backup> made = backups.makeBackup(ProjectBackups::Kind::Automatic, keep);
    if (!made) {
        // The work goes on; the user is told why there is no new backup.
        m_err << ProgramName << QLatin1String(": ") << made.error() << u'\n';
        m_err.flush();
    }
}

int CommandLine::runBackup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The backup command needs exactly one project file."));
    // Opened first, so that only a project that passes every check is copied
    // and nobody else has it open while the copy is made.
    ProjectStore store;
    if (!openProject(store, args.first(), false))
        return UsageError;
    const Result<ProjectBackups::Backup> made =
        ProjectBackups(store.path()).makeBackup(ProjectBackups::Kind::Manual);
    if (!made) {
        m_err << ProgramName << QLatin1String(": ") << made.error() << u'\n';
        m_err.flush();
        return SomeFailed;
    }
    //: %1 is the backup file that was written
    m_out << tr("backed up to: %1").arg(native(made->path)) << u'\n';
    m_out.flush();
    return Success;
}

// One backup per line, newest first: time (ISO 8601, local), size in bytes,
// kind (automatic, manual, before-restore, before-update), path; tab-separated.
int CommandLine::runBackups(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("The backups command needs exactly one project file."));
    const ProjectBackups backups(args.first());
    for (const ProjectBackups::Backup &b : backups.list()) {
        QString kind;
        switch (b.kind) {
        case ProjectBackups::Kind::Automatic: kind = QStringLiteral("automatic"); break;
        case ProjectBackups::Kind::Manual: kind = QStringLiteral("manual"); break;
        case ProjectBackups::Kind::BeforeRestore: kind = QStringLiteral("before-restore"); break;
        case ProjectBackups::Kind::BeforeUpdate: kind = QStringLiteral("before-update"); break;
        }
        m_out << b.made.toString(Qt::ISODate) << u'\t' << b.size << u'\t' << kind << u'\t' << native(b.path)
              << u'\n';
    }
    m_out.flush();
    return Success;
}

int CommandLine::runRestore(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("The restore command needs a project file and the backup to restore it from."));
    const Result<QString> restored = ProjectBackups(args.at(0)).restore(args.at(1));
    if (!restored) {
        m_err << ProgramName << QLatin1String(": ") << restored.error() << u'\n';
        m_err.flush();
        return UsageError;
    }
    //: %1 is the project, %2 the backup it was restored from
    m_out << tr("restored: %1 from %2").arg(native(QFileInfo(args.at(0)).absoluteFilePath()), native(args.at(1)))
          << u'\n';
    if (!restored->isEmpty()) {
        //: %1 is where the project as it was before the restore was kept
        m_out << tr("the project as it was is kept as: %1").arg(native(*restored)) << u'\n';
    }
    m_out.flush();
    return Success;
}

bool CommandLine::openProject(ProjectStore &store, const QString &path, bool createIfMissing, bool readOnly)
{
    ProjectStore::OpenResult result;
    if (createIfMissing && !QFileInfo::exists(path)) {
        // A name without .ktk is most likely arguments in the wrong order
        // ("import article.md project.ktk"); do not make a project of it.
        if (QFileInfo(path).suffix().compare(ProjectStore::FileSuffix, Qt::CaseInsensitive) != 0) {
            m_err << ProgramName << QLatin1String(": ")
                  //: %1 is a file name, %2 the project file suffix ("ktk")
                  << tr("Will not create the project %1: a project file's name must end in .%2.")
                         .arg(native(path), ProjectStore::FileSuffix)
                  << u'\n';
            m_err.flush();
            return false;
        }
        result = store.create(path);
    } else {
        result = store.open(path);
        // The window has it open: a command that only reads reads beside it.
        if (readOnly && result.error == ProjectStore::OpenError::Locked) {
            const ProjectStore::OpenResult reading = store.openForReading(path);
            if (reading.ok())
                result = reading;
        }
    }
    if (!result.ok()) {
        m_err << ProgramName << QLatin1String(": ") << result.message << u'\n';
        m_err.flush();
        return false;
    }
    for (const QString &notice : qAsConst(result.notices))
        m_err << ProgramName << QLatin1String(": ") << notice << u'\n';
    m_err.flush();
    return true;
}

std::optional<DocumentSummary> CommandLine::documentGiven(const QVector<DocumentSummary> &documents)
{
    bool ok = false;
    const DocumentId id = m_export.document.toLongLong(&ok);
    const auto it = std::find_if(documents.cbegin(), documents.cend(),
                                 [id](const DocumentSummary &d) { return d.id == id; });
    if (ok && it != documents.cend())
        return *it;
    m_err << ProgramName << QLatin1String(": ")
          << tr("The project has no document \u201c%1\u201d; list shows the documents and their ids.")
                 .arg(m_export.document)
          << u'\n';
    m_err.flush();
    return std::nullopt;
}

int CommandLine::usageError(const QString &message)
{
    m_err << ProgramName << QLatin1String(": ") << message << u'\n'
          << tr("Run “%1 --help” to see how to use it.").arg(ProgramName) << u'\n';
    m_err.flush();
    return UsageError;
}

QString CommandLine::helpText() const
{
    QStringList suffixes;
    for (const QString &s : DocumentImporter::supportedSuffixes())
        suffixes.append(QLatin1Char('.') + s);

    //: Command line help. Keep the command names (import, list, sample) and the
    //: option names untranslated; PROJECT and FILE may be translated.
    return tr("Usage: %1 [PROJECT.ktk]\n"
              "       %1 import PROJECT.ktk FILE... [--allow-duplicates]\n"
              "       %1 list PROJECT.ktk\n"
              "       %1 sample PROJECT.ktk\n"
              "       %1 backup PROJECT.ktk\n"
              "       %1 backups PROJECT.ktk\n"
              "       %1 restore PROJECT.ktk BACKUP.ktk\n"
              "       %1 text FILE...\n"
              "       %1 reimport PROJECT.ktk (--document ID | --all) [--full-page]\n"
              "       %1 export-pdf PROJECT.ktk (--document ID | --all) --out FILE_OR_FOLDER\n"
              "            [--type T] [--status S] [--tag G] [--flatten] [--appendix]\n"
              "            [--notes popup|margin|appendix] [--author NAME]\n"
              "\n"
              "Read policy articles and annotate the claims they make.\n"
              "Without a command, opens the window, with PROJECT.ktk if given.\n"
              "\n"
              "Commands:\n"
              "  import   Import files into the project, creating it if missing.\n"
              "           Files can be %2.\n"
              "  list     Print the project's documents and claims as tab-separated text.\n"
              "  text     Print the text the reading view shows for each file, without a\n"
              "           project (web pages as their article unless --full-page).\n"
              "  reimport Import web pages of the project again from the copy it keeps, as\n"
              "           their article or (--full-page) as the whole page. Claims move\n"
              "           with their quotes; those not found are named and kept as they were.\n"
              "  sample   Create a project with two example articles and their claims.\n"
              "  backup   Write a backup of the project now, into its backup folder.\n"
              "  backups  List the project's backups, newest first: time, size in bytes,\n"
              "           kind and file, tab-separated.\n"
              "  restore  Replace the project with one of its backups. The project as it\n"
              "           was is kept in the backup folder.\n"
              "  export-pdf  Write documents as PDFs with their claims as annotations that\n"
              "           every PDF reader shows: a PDF on its own pages, a text typeset.\n"
              "           Only reads the project, also while the window has it open.\n"
              "\n"
              "Options:\n"
              "  -h, --help             Show this help.\n"
              "  -v, --version          Show the version.\n"
              "  --password PASSWORD    Open encrypted PDFs given to import with PASSWORD.\n"
              "  --full-page            Keep whole web pages (import, text, reimport), not\n"
              "                         only their article.\n"
              "  --allow-duplicates     Import a file the project has already (by its bytes)\n"
              "                         again; without it such a file is named and skipped.\n"
              "\n"
              "Exit status: 0 on success; 1 when some files could not be imported or the\n"
              "sample could not be made; 2 on a usage error or when the project cannot be\n"
              "opened or created.\n")
        .arg(ProgramName, suffixes.join(QLatin1String(", ")));
}

} // namespace ktk
