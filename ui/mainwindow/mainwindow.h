// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor/wordsnapping.h"

#include "store/projectstore.h"
#include "store/records.h"

#include "import/documentimporter.h"

#include <QMainWindow>
#include <QHash>
#include <QVector>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QShortcut;
class QUndoStack;

namespace ktk {

class AnnotationFilterProxy;
class AutomaticBackup;
class BackgroundWork;
class AnnotationPanel;
class AnnotatableView;
class AnnotationsModel;
class ClaimTypesModel;
class DocumentNavigator;
class DocumentView;
class DocumentsModel;
class MessageBanner;
class PdfDocument;
class PdfTextExtraction;
class PdfView;
class ProjectStore;
struct PdfEmbeddedAnnotation;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each shows a message naming the file and the reason on failure.
    bool openProject(const QString &path);
    bool createProject(const QString &path);
    void closeProject();
    // On start: the project given, else the one open at the last exit.
    void restoreSession(const QString &projectFromCommandLine);
    // Files given at launch, or handed over by a later launch (a double
    // click in the file manager): the first project among them opens (by
    // its name, or its content for one renamed), then documents are
    // imported after asking into which project. At startup without a
    // project given, the last one opens. The window comes to the front.
    void openLaunchFiles(const QStringList &files, bool atStartup);

    ProjectStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AnnotationsModel *annotationsModel() const { return m_annotations; }
    DocumentView *documentView() const { return m_textView; }
    PdfView *pdfView() const { return m_pdfView; }
    // The view of the shown document: the text view or the PDF view.
    AnnotatableView *currentView() const { return m_view; }
    PdfTextExtraction *pdfTextExtraction() const { return m_pdfExtraction; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    DocumentNavigator *navigator() const { return m_navigator; }
    MessageBanner *messageBanner() const { return m_banner; }
    DocumentId currentDocument() const { return m_currentDocument; }
    void showDocument(DocumentId id);

    // Marks the current text selection as a claim of the given type.
    // Returns the new claim's id, 0 when there was nothing to mark.
    AnnotationId createClaimFromSelection(ClaimTypeId type);
    QStringList importFiles(const QStringList &paths);   // returns failure messages
    // Web pages are imported as their article (reader mode) unless the
    // researcher chose whole pages (File menu; remembered).
    bool importsWebPagesAsArticles() const;
    // Takes over annotations made in other PDF readers as claims, in one
    // undoable step; returns how many were new.
    int takeOverEmbeddedAnnotations(const QVector<PdfEmbeddedAnnotation> &annotations);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    DocumentImportOptions importOptions() const;
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    void rebuildClaimTypeActions();
    void rebuildRecentMenu();
    void updateActions();
    void onProjectOpened(const QStringList &notices = {});
    // offerRestore: the file is damaged or unsafe, so its backups are offered.
    void showOpenFailure(const QString &message, const QString &path = {}, bool offerRestore = false);
    void showBackups(const QString &projectPath, bool projectOpen);
    void restoreFromBackup(const QString &projectPath, const QString &backupPath);
    void showTooLargeDocument(DocumentId id, const ProjectStore::DocumentSize &size);
    void showTextDocument(const Document &doc);
    void showPdfDocument(const Document &doc);
    void showMessageInsteadOfDocument(DocumentId id, const QString &message);
    void setCurrentView(AnnotatableView *view);
    std::shared_ptr<PdfDocument> openPdf(const Document &doc, QString *error);
    void rememberPdf(DocumentId id, std::shared_ptr<PdfDocument> pdf);
    // A PDF's text was extracted, or a web page was imported again.
    void onDocumentTextChanged(DocumentId id);
    void onPdfExtractionProgress(DocumentId id, int done, int total);
    void takeOverAllEmbeddedAnnotations();
    // Word and OpenDocument files: their reviewers' comments as claims.
    int takeOverOfficeComments();
    // Claims taken over from a file, as one undo step; the last one selected.
    void addTakenOverClaims(const QVector<Annotation> &claims);
    // Asks for the password of an encrypted PDF being imported; false when the user cancels.
    bool askPdfPassword(const QString &path, bool wrongBefore, QString *password);
    void onAutomaticBackupFinished(const QString &projectPath, const QString &backupPath, const QString &error);
    void onWriteFailed(const QString &message);

    void newProjectDialog();
    // Documents given at launch: into the open project, another one, or none.
    void askWhereToImport(const QStringList &documents);
    void openProjectDialog();
    void openSampleProject();
    void importDialog();
    void pasteAsNewDocument();
    void editDocumentDetails(DocumentId id);
    void removeDocument(DocumentId id);
    // Files imported before (the same bytes): asks whether to import them
    // again, and takes them out of documents unless so. Returns how many it took out.
    int skipDuplicatesIfWanted(QVector<Document> *documents);
    // Imports a stored web page again, as its article or as the whole page,
    // carrying its claims across; reports the claims not found.
    void reextractDocument(DocumentId id, ContentExtraction wanted);
    void deleteSelectedClaims();
    // The current claim one word longer or shorter (Shift+Alt+arrows), as one undoable edit.
    void stepClaimExtent(WordSnapping::Step step);
    void changeClaimExtent(qint64 annotationId, const Anchor &newAnchor);
    void showCodebook();
    void showAbout();
    void exportAnnotatedPdf();
    void showSpellingSettings();
    void showViewContextMenu(const QList<qint64> &ids, const QPoint &globalPos, bool hasSelection);
    void setPanelScope(bool wholeProject);
    void createLanguageSwitch();
    void syncLanguageControls();

    ProjectStore *m_store;
    AutomaticBackup *m_autoBackup;
    QUndoStack *m_undoStack;
    AnnotationsModel *m_annotations;
    AnnotationFilterProxy *m_annotationProxy;
    DocumentsModel *m_documents;
    ClaimTypesModel *m_claimTypes;

    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    DocumentNavigator *m_navigator;
    QStackedWidget *m_viewStack;
    DocumentView *m_textView;
    PdfView *m_pdfView;
    AnnotatableView *m_view;            // one of the two
    PdfTextExtraction *m_pdfExtraction;
    BackgroundWork *m_background = nullptr;
    // The PDFs open for viewing, most recent last: switching between two
    // documents does not read and parse a large file each time.
    QVector<QPair<DocumentId, std::shared_ptr<PdfDocument>>> m_openPdfs;
    QLabel *m_extractionLabel = nullptr;
    QProgressBar *m_extractionProgress = nullptr;
    AnnotationPanel *m_panel;
    MessageBanner *m_banner;
    QLabel *m_statusProject;

    DocumentId m_currentDocument = 0;
    QString m_currentText;              // canonical text of the shown document
    QString m_reextractReport;          // what the banner says of the last re-import, until the text changes again
    ClaimTypeId m_lastUsedType = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_documentMenu = nullptr;
    QMenu *m_claimMenu = nullptr;
    QMenu *m_markAsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolButton *m_markButton = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_articleImportAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_reextractArticleAction = nullptr;
    QAction *m_reextractPageAction = nullptr;
    QAction *m_removeDocumentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_deleteClaimAction = nullptr;
    QAction *m_codebookAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_goToPageAction = nullptr;
    QAction *m_areaAction = nullptr;
    QAction *m_takeOverAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_scopeDocumentAction = nullptr;
    QAction *m_scopeProjectAction = nullptr;
    QAction *m_hideFilteredOutAction = nullptr;
    QAction *m_claimMarginAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_backupSettingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QHash<QString, QAction *> m_languageActions;       // menu entries by code
    QHash<QString, QToolButton *> m_languageButtons;   // NL | EN in the status bar
    QActionGroup *m_scopeGroup = nullptr;
    QList<QAction *> m_typeActions;     // keys 1..9
    QList<QAction *> m_extentActions;   // extend end, shorten end, start earlier, start later
    // Keys 1..9 while nothing is selected: a hint instead of silence.
    QList<QShortcut *> m_typeKeyHints;
};

} // namespace ktk
