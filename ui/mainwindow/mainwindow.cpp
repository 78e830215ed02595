// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "cli/sampleproject.h"
#include "commands/annotationcommands.h"
#include "anchor/wordsnapping.h"
#include "commands/documentcommands.h"
#include "commands/undopush.h"
#include "import/officecommentclaims.h"
#include "store/defaultcodebook.h"
#include "import/webpagereextraction.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/codebookdialog.h"
#include "dialogs/documentmetadatadialog.h"
#include "dialogs/exportpdfdialog.h"
#include "document/documentview.h"
#include "document/pdfview.h"
#include "i18n/languagemanager.h"
#include "import/documentimporter.h"
#include "import/documentrenderer.h"
#include "import/pdftextextraction.h"
#include "import/safetextdocument.h"
#include "mainwindow/backgroundwork.h"
#include "mainwindow/icontheme.h"
#include "mainwindow/messagebanner.h"
#include "mainwindow/undoactions.h"
#include "mainwindow/recentprojects.h"
#include "mainwindow/welcomepage.h"
#include "models/annotationfilterproxy.h"
#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "models/claimtypesmodel.h"
#include "models/documentsmodel.h"
#include "navigator/documentnavigator.h"
#include "panels/annotationpanel.h"
#include "panels/claimtypecombo.h"
#include "pdf/pdfannotationtakeover.h"
#include "pdf/pdfdocument.h"
#include "spelling/spellingsettingsdialog.h"
#include "store/automaticbackup.h"
#include "store/documentlimits.h"
#include "store/projectbackups.h"
#include "store/projectfilecheck.h"
#include "store/projectstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ktk {

namespace {
const QString LastProjectKey = QStringLiteral("lastProject");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString ScopeKey = QStringLiteral("panel/wholeProject");
const QString HideFilteredOutKey = QStringLiteral("view/hideClaimsOutsideFilter");
const QString ClaimMarginKey = QStringLiteral("view/claimMargin");
const QString ZoomKey = QStringLiteral("view/zoom");
const QString ArticleImportKey = QStringLiteral("import/webPagesAsArticles");
// The document shown last in each project, so that reopening it shows the same.
const QString LastDocumentKey = QStringLiteral("lastDocument/");
constexpr int OpenPdfsKept = 2;

QString lastDocumentKey(const QString &projectPath)
{
    return LastDocumentKey + QString::fromLatin1(projectPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QIcon themedIcon(const QString &theme, QStyle::StandardPixmap fallback, const QWidget *w)
{
    return QIcon::fromTheme(theme, w->style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_store(new ProjectStore(this)), m_autoBackup(new AutomaticBackup(this)),
      m_undoStack(new QUndoStack(this)),
      m_annotations(new AnnotationsModel(m_store, m_undoStack, this)),
      m_annotationProxy(new AnnotationFilterProxy(this)), m_documents(new DocumentsModel(m_store, m_undoStack, this)),
      m_claimTypes(new ClaimTypesModel(m_store, m_undoStack, this)), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_navigator(new DocumentNavigator(m_documents, this)), m_viewStack(new QStackedWidget(this)),
      m_textView(new DocumentView(this)), m_pdfView(new PdfView(this)), m_view(m_textView),
      m_pdfExtraction(new PdfTextExtraction(m_store, this)), m_background(new BackgroundWork(this)), m_panel(nullptr), m_banner(new MessageBanner(this)), m_statusProject(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    applyIconTheme();
    m_annotationProxy->setSourceModel(m_annotations);
    m_panel = new AnnotationPanel(m_store, m_undoStack, m_annotations, m_annotationProxy, m_claimTypes, this);
    m_textView->setAnnotationModel(m_annotationProxy, m_panel->selectionModel());
    m_pdfView->setAnnotationModel(m_annotationProxy, m_panel->selectionModel());
    m_viewStack->setObjectName(QStringLiteral("documentViews"));
    m_viewStack->addWidget(m_textView);
    m_viewStack->addWidget(m_pdfView);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_viewStack, 1);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({240, 820, 380});
    m_splitter->setChildrenCollapsible(false);

    auto *welcomeHolder = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcomeHolder);
    welcomeLayout->setContentsMargins(0, 0, 0, 0);
    welcomeLayout->addWidget(m_welcome);
    m_stack->addWidget(welcomeHolder);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
    m_extractionLabel = new QLabel(this);
    m_extractionProgress = new QProgressBar(this);
    m_extractionProgress->setObjectName(QStringLiteral("pdfTextProgress"));
    m_extractionProgress->setMaximumWidth(160);
    m_extractionProgress->setTextVisible(false);
    m_extractionLabel->hide();
    m_extractionProgress->hide();
    statusBar()->addPermanentWidget(m_extractionLabel);
    statusBar()->addPermanentWidget(m_extractionProgress);
    statusBar()->addPermanentWidget(m_statusProject);

    createActions();
    createMenus();
    createToolBar();
    // The type actions are disabled without a selection, and a disabled
    // action's key does nothing: these take the keys then, and say why.
    for (int n = 0; n < 9; ++n) {
        auto *hint = new QShortcut(QKeySequence(Qt::Key_1 + n), m_viewStack);
        hint->setContext(Qt::WidgetWithChildrenShortcut);
        hint->setEnabled(false);
        connect(hint, &QShortcut::activated, this, [this] {
            statusBar()->showMessage(tr("Select a passage first, then press 1–9 to mark it as a claim of that "
                                        "type."),
                                     6000);
        });
        m_typeKeyHints.append(hint);
    }
    createLanguageSwitch();
    retranslateUi();

    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::sampleProjectRequested, this, &MainWindow::openSampleProject);
    connect(m_welcome, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);
    connect(m_navigator, &DocumentNavigator::documentChosen, this, &MainWindow::showDocument);
    connect(m_navigator, &DocumentNavigator::editDetailsRequested, this, &MainWindow::editDocumentDetails);
    connect(m_navigator, &DocumentNavigator::removeRequested, this, &MainWindow::removeDocument);
    for (AnnotatableView *view : {static_cast<AnnotatableView *>(m_textView), static_cast<AnnotatableView *>(m_pdfView)}) {
        connect(view, &AnnotatableView::selectionChanged, this, &MainWindow::updateActions);
        connect(view, &AnnotatableView::annotationContextMenuRequested, this, &MainWindow::showViewContextMenu);
        connect(view, &AnnotatableView::extentChangeRequested, this, &MainWindow::changeClaimExtent);
    }
    connect(m_pdfView, &PdfView::takeOverRequested, this, &MainWindow::takeOverEmbeddedAnnotations);
    connect(m_pdfExtraction, &PdfTextExtraction::progress, this, &MainWindow::onPdfExtractionProgress);
    connect(m_pdfExtraction, &PdfTextExtraction::failed, this, [this](DocumentId, const QString &message) {
        m_banner->showMessage(message, MessageBanner::Kind::Warning);
    });
    connect(m_pdfExtraction, &PdfTextExtraction::idle, this, [this] {
        m_extractionLabel->hide();
        m_extractionProgress->hide();
    });
    connect(m_store, &ProjectStore::documentTextChanged, this, &MainWindow::onDocumentTextChanged);
    connect(m_navigator, &DocumentNavigator::reextractRequested, this, [this](DocumentId id, bool asArticle) {
        reextractDocument(id, asArticle ? ContentExtraction::Article : ContentExtraction::FullPage);
    });
    // The Document menu follows the shown document's state (a re-import, an undo of one).
    connect(m_documents, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    // Selecting the current row again (a click on it) changes the selection,
    // not the current row: Delete and the extent keys follow either.
    connect(m_panel->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_panel->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A claim of another document chosen in the project-wide list
                // opens that document first.
                const DocumentId doc = current.data(DocumentIdRole).toLongLong();
                if (doc != 0 && doc != m_currentDocument) {
                    const AnnotationId id = current.data(AnnotationIdRole).toLongLong();
                    showDocument(doc);
                    m_view->scrollToAnnotation(id);
                }
                updateActions();
            });
    connect(m_panel, &AnnotationPanel::annotationActivated, this, [this](qint64 id) {
        if (const auto a = m_annotations->annotation(id)) {
            if (a->documentId != m_currentDocument)
                showDocument(a->documentId);
            m_view->scrollToAnnotation(id);
        }
    });
    connect(m_panel, &AnnotationPanel::wholeProjectChanged, this, [this](bool whole) {
        m_scopeProjectAction->setChecked(whole);
        m_scopeDocumentAction->setChecked(!whole);
        QSettings().setValue(ScopeKey, whole);
    });
    connect(m_store, &ProjectStore::claimTypesChanged, this, &MainWindow::rebuildClaimTypeActions);
    connect(m_store, &ProjectStore::writeFailed, this, &MainWindow::onWriteFailed);
    connect(m_autoBackup, &AutomaticBackup::finished, this, &MainWindow::onAutomaticBackupFinished);
    connect(m_store, &ProjectStore::documentRemoved, this, [this](DocumentId id) {
        if (id == m_currentDocument)
            showDocument(0);
    });
    connect(m_store, &ProjectStore::documentAdded, this, [this](DocumentId id) {
        if (m_currentDocument == 0)
            showDocument(id);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({240, 820, 380});
    setPanelScope(settings.value(ScopeKey, false).toBool());
    // The PDF view remembers its own zoom (fit width, fit page or a factor).
    m_textView->setZoomFactor(settings.value(ZoomKey, 1.0).toReal());
    connect(m_textView, &AnnotatableView::zoomFactorChanged, this,
            [](qreal factor) { QSettings().setValue(ZoomKey, factor); });
    if (!settings.contains(GeometryKey)) {
        const QRect screen = this->screen()->availableGeometry();
        resize(qMin(1440, screen.width() * 9 / 10), qMin(920, screen.height() * 9 / 10));
    }
    closeProject();
}

MainWindow::~MainWindow()
{
    // Children die after this body; the undo stack's last signals must not
    // reach a half-destroyed window.
    m_undoStack->disconnect(this);
    m_store->disconnect(this);
    m_panel->commitPendingEdits();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon, this), {}, this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);

    m_openAction = new QAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, this), {}, this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleProject);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_importAction = new QAction(themedIcon(QStringLiteral("document-import"), QStyle::SP_ArrowDown, this), {}, this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_articleImportAction = new QAction(this);
    m_articleImportAction->setObjectName(QStringLiteral("articleImportAction"));
    m_articleImportAction->setCheckable(true);
    m_articleImportAction->setChecked(QSettings().value(ArticleImportKey, true).toBool());
    connect(m_articleImportAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(ArticleImportKey, on); });

    m_pasteAction = new QAction(themedIcon(QStringLiteral("edit-paste"), QStyle::SP_FileDialogNewFolder, this), {}, this);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteAsNewDocument);

    m_detailsAction = new QAction(this);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailsAction, &QAction::triggered, this, [this] { editDocumentDetails(m_currentDocument); });
    m_reextractArticleAction = new QAction(this);
    m_reextractArticleAction->setObjectName(QStringLiteral("reextractArticleAction"));
    connect(m_reextractArticleAction, &QAction::triggered, this,
            [this] { reextractDocument(m_currentDocument, ContentExtraction::Article); });
    m_reextractPageAction = new QAction(this);
    m_reextractPageAction->setObjectName(QStringLiteral("reextractPageAction"));
    connect(m_reextractPageAction, &QAction::triggered, this,
            [this] { reextractDocument(m_currentDocument, ContentExtraction::FullPage); });
    m_removeDocumentAction = new QAction(themedIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, this), {}, this);
    m_removeDocumentAction->setObjectName(QStringLiteral("removeDocumentAction"));
    connect(m_removeDocumentAction, &QAction::triggered, this, [this] { removeDocument(m_currentDocument); });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *undoActions = new UndoActions(m_undoStack, this);
    m_undoAction = undoActions->undoAction();
    m_undoAction->setIcon(themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack, this));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undoActions->redoAction();
    m_redoAction->setIcon(themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward, this));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    m_findAction = new QAction(themedIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, this), {}, this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_view->showFindBar(); });

    m_markAction = new QAction(QIcon(QStringLiteral(":/icons/mark-claim.svg")), {}, this);
    m_markAction->setObjectName(QStringLiteral("markClaimAction"));
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_markAction, &QAction::triggered, this, [this] {
        ClaimTypeId type = m_lastUsedType;
        if (!m_store->claimType(type)) {
            const auto *first = m_claimTypes->typeAt(0);
            type = first ? first->id : 0;
        }
        createClaimFromSelection(type);
    });

    m_deleteClaimAction = new QAction(themedIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, this), {}, this);
    m_deleteClaimAction->setObjectName(QStringLiteral("deleteClaimAction"));
    connect(m_deleteClaimAction, &QAction::triggered, this, &MainWindow::deleteSelectedClaims);

    // A claim's extent, a word at a time, from the keyboard.
    const struct
    {
        WordSnapping::Step step;
        QKeySequence key;
        const char *name;
    } extentSteps[] = {
        {WordSnapping::Step::ExtendEnd, QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Right), "extendClaimEndAction"},
        {WordSnapping::Step::ShrinkEnd, QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Left), "shrinkClaimEndAction"},
        {WordSnapping::Step::ExtendStart, QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Up), "extendClaimStartAction"},
        {WordSnapping::Step::ShrinkStart, QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_Down), "shrinkClaimStartAction"},
    };
    for (const auto &e : extentSteps) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(e.name));
        action->setShortcut(e.key);
        const WordSnapping::Step step = e.step;
        connect(action, &QAction::triggered, this, [this, step] { stepClaimExtent(step); });
        m_extentActions.append(action);
    }

    m_codebookAction = new QAction(this);
    connect(m_codebookAction, &QAction::triggered, this, &MainWindow::showCodebook);

    m_zoomInAction = new QAction(themedIcon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp, this), {}, this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_view->zoomIn(); });
    m_zoomOutAction = new QAction(themedIcon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown, this), {}, this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_view->zoomOut(); });
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { m_view->resetZoom(); });
    m_fitWidthAction = new QAction(themedIcon(QStringLiteral("zoom-fit-width"), QStyle::SP_ToolBarHorizontalExtensionButton, this), {}, this);
    m_fitWidthAction->setObjectName(QStringLiteral("fitWidthAction"));
    connect(m_fitWidthAction, &QAction::triggered, m_pdfView, &PdfView::fitWidth);
    m_fitPageAction = new QAction(themedIcon(QStringLiteral("zoom-fit-best"), QStyle::SP_ToolBarVerticalExtensionButton, this), {}, this);
    m_fitPageAction->setObjectName(QStringLiteral("fitPageAction"));
    connect(m_fitPageAction, &QAction::triggered, m_pdfView, &PdfView::fitPage);
    m_goToPageAction = new QAction(this);
    m_goToPageAction->setObjectName(QStringLiteral("goToPageAction"));
    m_goToPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToPageAction, &QAction::triggered, m_pdfView, &PdfView::focusPageNumber);
    m_areaAction = new QAction(themedIcon(QStringLiteral("select-rectangular"), QStyle::SP_TitleBarNormalButton, this), {}, this);
    m_areaAction->setObjectName(QStringLiteral("selectAreaAction"));
    m_areaAction->setCheckable(true);
    m_areaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_areaAction, &QAction::toggled, m_pdfView, &PdfView::setAreaMode);
    // The page bar's button switches too; the menu's check mark and Ctrl+Shift+R follow it.
    connect(m_pdfView, &PdfView::areaModeChanged, m_areaAction, &QAction::setChecked);
    m_exportPdfAction = new QAction(themedIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton, this), {}, this);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportAnnotatedPdf);
    m_takeOverAction = new QAction(this);
    m_takeOverAction->setObjectName(QStringLiteral("takeOverAnnotationsAction"));
    connect(m_takeOverAction, &QAction::triggered, this, &MainWindow::takeOverAllEmbeddedAnnotations);

    m_scopeGroup = new QActionGroup(this);
    m_scopeDocumentAction = new QAction(m_scopeGroup);
    m_scopeDocumentAction->setCheckable(true);
    m_scopeProjectAction = new QAction(m_scopeGroup);
    m_scopeProjectAction->setCheckable(true);
    // Filtering the panel dims the other claims in the text; this hides them.
    // The margin beside the text: a stripe per claim.
    m_claimMarginAction = new QAction(this);
    m_claimMarginAction->setObjectName(QStringLiteral("claimMarginAction"));
    m_claimMarginAction->setCheckable(true);
    m_claimMarginAction->setChecked(QSettings().value(ClaimMarginKey, true).toBool());
    m_textView->setClaimMarginVisible(m_claimMarginAction->isChecked());
    m_pdfView->setClaimMarginVisible(m_claimMarginAction->isChecked());
    connect(m_claimMarginAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(ClaimMarginKey, on);
        m_textView->setClaimMarginVisible(on);
        m_pdfView->setClaimMarginVisible(on);
    });
    m_hideFilteredOutAction = new QAction(this);
    m_hideFilteredOutAction->setObjectName(QStringLiteral("hideFilteredOutAction"));
    m_hideFilteredOutAction->setCheckable(true);
    m_hideFilteredOutAction->setChecked(QSettings().value(HideFilteredOutKey, false).toBool());
    m_annotationProxy->setKeepsFilteredOut(!m_hideFilteredOutAction->isChecked());
    connect(m_hideFilteredOutAction, &QAction::toggled, this, [this](bool hide) {
        QSettings().setValue(HideFilteredOutKey, hide);
        m_annotationProxy->setKeepsFilteredOut(!hide);
    });
    connect(m_scopeDocumentAction, &QAction::triggered, this, [this] { setPanelScope(false); });
    connect(m_scopeProjectAction, &QAction::triggered, this, [this] { setPanelScope(true); });

    m_backupsAction = new QAction(themedIcon(QStringLiteral("document-revert"), QStyle::SP_BrowserReload, this), {}, this);
    m_backupsAction->setObjectName(QStringLiteral("restoreFromBackupAction"));
    connect(m_backupsAction, &QAction::triggered, this, [this] { showBackups(m_store->path(), true); });
    m_backupSettingsAction = new QAction(this);
    m_backupSettingsAction->setObjectName(QStringLiteral("backupSettingsAction"));
    connect(m_backupSettingsAction, &QAction::triggered, this, [this] { showBackups(m_store->path(), true); });

    m_spellingAction = new QAction(themedIcon(QStringLiteral("tools-check-spelling"), QStyle::SP_FileDialogDetailedView, this), {}, this);
    m_spellingAction->setObjectName(QStringLiteral("spellingSettingsAction"));
    connect(m_spellingAction, &QAction::triggered, this, &MainWindow::showSpellingSettings);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_articleImportAction);
    m_fileMenu->addAction(m_pasteAction);
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_backupsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_documentMenu = menuBar()->addMenu(QString());
    m_documentMenu->addAction(m_detailsAction);
    m_documentMenu->addSeparator();
    m_documentMenu->addAction(m_reextractArticleAction);
    m_documentMenu->addAction(m_reextractPageAction);
    m_documentMenu->addSeparator();
    m_documentMenu->addAction(m_removeDocumentAction);

    m_claimMenu = menuBar()->addMenu(QString());
    m_claimMenu->addAction(m_markAction);
    m_markAsMenu = m_claimMenu->addMenu(QString());
    m_claimMenu->addAction(m_deleteClaimAction);
    m_claimMenu->addSeparator();
    for (QAction *a : qAsConst(m_extentActions))
        m_claimMenu->addAction(a);
    m_claimMenu->addSeparator();
    m_claimMenu->addAction(m_areaAction);
    m_claimMenu->addAction(m_takeOverAction);
    m_claimMenu->addSeparator();
    m_claimMenu->addAction(m_codebookAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addAction(m_fitWidthAction);
    m_viewMenu->addAction(m_fitPageAction);
    m_viewMenu->addAction(m_goToPageAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_scopeDocumentAction);
    m_viewMenu->addAction(m_scopeProjectAction);
    m_viewMenu->addAction(m_hideFilteredOutAction);
    m_viewMenu->addAction(m_claimMarginAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_spellingAction);
    m_settingsMenu->addAction(m_backupSettingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_importAction);
    bar->addSeparator();
    m_markButton = new QToolButton(bar);
    m_markButton->setObjectName(QStringLiteral("markClaimButton"));
    m_markButton->setDefaultAction(m_markAction);
    m_markButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_markButton->setMenu(m_markAsMenu);
    m_markButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_markButton);
    bar->addAction(m_deleteClaimAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_findAction);
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
    for (QAction *a : {m_undoAction, m_redoAction, m_zoomInAction, m_zoomOutAction, m_deleteClaimAction, m_findAction})
        a->setPriority(QAction::LowPriority);   // icon only beside text
}

void MainWindow::createLanguageSwitch()
{
    LanguageManager *languages = LanguageManager::instance();
    m_languageGroup = new QActionGroup(this);
    auto *holder = new QWidget(this);
    holder->setObjectName(QStringLiteral("languageSwitch"));
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 4, 0);
    row->setSpacing(0);
    const QStringList codes = LanguageManager::supportedLanguages();
    for (int i = 0; i < codes.size(); ++i) {
        const QString code = codes.at(i);
        // Each language is named in itself, so it can be found whatever is shown now.
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [code] { LanguageManager::instance()->setLanguage(code); });
        m_languageMenu->addAction(action);
        m_languageActions.insert(code, action);

        auto *button = new QToolButton(holder);
        button->setObjectName(QStringLiteral("languageButton_") + code);
        button->setText(code.toUpper());
        button->setCheckable(true);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [code] { LanguageManager::instance()->setLanguage(code); });
        if (i > 0) {
            auto *bar = new QLabel(QStringLiteral("|"), holder);
            bar->setEnabled(false);
            row->addWidget(bar);
        }
        row->addWidget(button);
        m_languageButtons.insert(code, button);
    }
    statusBar()->addPermanentWidget(holder);

    m_toggleLanguageAction = new QAction(this);
    m_toggleLanguageAction->setObjectName(QStringLiteral("toggleLanguageAction"));
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, [] {
        LanguageManager *m = LanguageManager::instance();
        m->setLanguage(m->language() == QLatin1String("nl") ? QStringLiteral("en") : QStringLiteral("nl"));
    });
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);
    addAction(m_toggleLanguageAction);
    connect(languages, &LanguageManager::languageChanged, this, &MainWindow::syncLanguageControls);
    syncLanguageControls();
}

void MainWindow::syncLanguageControls()
{
    const QString current = LanguageManager::instance()->language();
    for (auto it = m_languageActions.cbegin(); it != m_languageActions.cend(); ++it)
        it.value()->setChecked(it.key() == current);
    for (auto it = m_languageButtons.cbegin(); it != m_languageButtons.cend(); ++it)
        it.value()->setChecked(it.key() == current);
}

void MainWindow::rebuildClaimTypeActions()
{
    qDeleteAll(m_typeActions);
    m_typeActions.clear();
    m_markAsMenu->clear();
    if (!m_store->isOpen())
        return;
    int n = 0;
    for (const ClaimType &type : m_store->claimTypes()) {
        auto *action = new QAction(ClaimTypeCombo::swatchIcon(type.colour), ClaimTypesModel::displayName(type), this);
        action->setObjectName(QStringLiteral("markAs_%1").arg(type.id));
        // Keys 1..9 follow the codebook order; only while the document has
        // focus, so digits typed into a note stay digits.
        if (n < 9) {
            action->setShortcut(QKeySequence(Qt::Key_1 + n));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_viewStack->addAction(action);
        }
        const ClaimTypeId id = type.id;
        connect(action, &QAction::triggered, this, [this, id] { createClaimFromSelection(id); });
        m_markAsMenu->addAction(action);
        m_typeActions.append(action);
        ++n;
    }
    updateActions();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this, [this, path] { openProject(path); })
            ->setToolTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [] { RecentProjects::clear(); });
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    //: The menu of the shown document
    m_documentMenu->setTitle(tr("&Document"));
    //: Menu of actions on claims (marked passages)
    m_claimMenu->setTitle(tr("&Claims"));
    m_markAsMenu->setTitle(tr("Mark &As"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toggleLanguageAction->setText(tr("Switch Between Dutch and English"));
    for (auto it = m_languageButtons.cbegin(); it != m_languageButtons.cend(); ++it)
        //: %1 is a language named in itself: "Nederlands" or "English"
        it.value()->setToolTip(tr("Show the interface in %1 (Ctrl+Shift+L switches)").arg(LanguageManager::nativeName(it.key())));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_spellingAction->setText(tr("&Spell Checking\u2026"));
    m_backupsAction->setText(tr("Restore from &Backup\u2026"));
    m_exportPdfAction->setText(tr("&Export Annotated PDF\u2026"));
    m_backupsAction->setToolTip(tr("See this project's backups, restore one, or make one now"));
    m_backupSettingsAction->setText(tr("&Backups\u2026"));
    m_backupSettingsAction->setToolTip(tr("How many automatic backups to keep, and this project's backups"));
    m_spellingAction->setToolTip(tr("Turn spell checking on or off, choose the default language, see which dictionaries are installed"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New Project\u2026"));
    m_newAction->setToolTip(tr("Create a new project file"));
    m_openAction->setText(tr("&Open Project\u2026"));
    m_openAction->setToolTip(tr("Open a project file"));
    m_sampleAction->setText(tr("Open &Sample Project"));
    m_closeAction->setText(tr("&Close Project"));
    m_importAction->setText(tr("&Import Documents\u2026"));
    m_importAction->setToolTip(tr("Import text, Markdown or HTML files into the project (Ctrl+I); you can also drop files on the window"));
    m_articleImportAction->setText(tr("Import Web Pages as &Articles"));
    m_articleImportAction->setToolTip(tr("Keep only the article of an imported web page, without menus, comments, "
                                         "related stories and other clutter (reader mode). Off: keep whole pages."));
    m_pasteAction->setText(tr("&Paste as New Document"));
    m_pasteAction->setToolTip(tr("Make a new document from the text on the clipboard"));
    m_detailsAction->setText(tr("Document &Details\u2026"));
    m_reextractArticleAction->setText(tr("Re-import as &Article"));
    m_reextractArticleAction->setToolTip(tr("Show only the article of this web page, without menus, comments and "
                                            "other clutter (reader mode); claims move along with their quotes"));
    m_reextractPageAction->setText(tr("Re-import as &Whole Page"));
    m_reextractPageAction->setToolTip(tr("Show the whole web page this document was imported from; claims move "
                                         "along with their quotes"));
    m_removeDocumentAction->setText(tr("&Remove from Project\u2026"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_redoAction->setToolTip(tr("Redo the last undone change (Ctrl+Shift+Z)"));
    m_findAction->setText(tr("&Find in Document\u2026"));
    m_findAction->setToolTip(tr("Find text in the document (Ctrl+F)"));
    //: Toolbar action: turn the selected text into a claim
    m_markAction->setText(tr("&Mark Claim"));
    m_markAction->setToolTip(tr("Mark the selected text as a claim (Ctrl+M, or keys 1–9 for a claim type)"));
    m_deleteClaimAction->setText(tr("&Delete Claim"));
    m_extentActions.at(0)->setText(tr("E&xtend Claim by a Word"));
    m_extentActions.at(1)->setText(tr("Shorten Claim by a &Word"));
    m_extentActions.at(2)->setText(tr("Start Claim a Word &Earlier"));
    m_extentActions.at(3)->setText(tr("Start Claim a Word &Later"));
    m_deleteClaimAction->setToolTip(tr("Delete the selected claims"));
    m_codebookAction->setText(tr("Claim &Types\u2026"));
    m_codebookAction->setToolTip(tr("Add, rename, recolour, reorder or delete claim types"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_fitWidthAction->setText(tr("Fit &Width"));
    m_fitPageAction->setText(tr("Fit Pa&ge"));
    m_goToPageAction->setText(tr("Go &to Page\u2026"));
    m_areaAction->setText(tr("Select A&rea"));
    m_areaAction->setToolTip(tr("Drag a rectangle on a PDF page to mark a figure, a table or a scanned page "
                                "(or hold Ctrl while dragging)"));
    m_takeOverAction->setText(tr("Ta&ke Over Annotations and Comments\u2026"));
    m_takeOverAction->setToolTip(tr("Make claims of the highlights and notes a PDF carries, or of the comments "
                                    "reviewers left in a Word or OpenDocument file"));
    m_scopeDocumentAction->setText(tr("Claims of This &Document"));
    m_scopeProjectAction->setText(tr("Claims of the Whole &Project"));
    m_hideFilteredOutAction->setText(tr("&Hide Claims Outside the Filter"));
    //: View menu: the coloured stripes beside the text, one per claim
    m_claimMarginAction->setText(tr("Claim &Margin"));
    m_claimMarginAction->setToolTip(tr("Show a coloured stripe beside the text or the page for every claim, in its type's "
                                       "colour; hover for its details, click to select it"));
    m_hideFilteredOutAction->setToolTip(tr("When the claim list is filtered, hide the other claims in the text "
                                           "instead of showing them faded"));
    m_aboutAction->setText(tr("&About Kanttekening"));
    m_aboutQtAction->setText(tr("About &Qt"));
    if (QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->setWindowTitle(tr("Main Toolbar"));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_store->isOpen();
    const bool hasSelection = open && m_currentDocument != 0 && !m_view->currentSelection().isEmpty();
    const bool hasClaim = open && m_panel->selectionModel()->hasSelection();
    for (QAction *a : {m_closeAction, m_importAction, m_pasteAction, m_codebookAction, m_scopeDocumentAction,
                       m_scopeProjectAction})
        a->setEnabled(open);
    m_detailsAction->setEnabled(open && m_currentDocument != 0);
    m_removeDocumentAction->setEnabled(open && m_currentDocument != 0);
    // Web pages only; the way it is shown now is not offered.
    const QModelIndex shown = open && m_currentDocument != 0 ? m_documents->indexOfDocument(m_currentDocument)
                                                             : QModelIndex();
    const bool webPage = shown.data(DocumentsModel::FormatRole).toString() == QLatin1String("html");
    const bool asArticle = shown.data(DocumentsModel::ArticleRole).toBool();
    m_reextractArticleAction->setEnabled(webPage && !asArticle && !m_store->isReadOnly());
    m_reextractPageAction->setEnabled(webPage && asArticle && !m_store->isReadOnly());
    m_backupsAction->setEnabled(open);
    m_exportPdfAction->setEnabled(open && m_documents->rowCount() > 0);
    m_backupSettingsAction->setEnabled(open);
    m_markAction->setEnabled(hasSelection);
    for (QAction *a : qAsConst(m_typeActions))
        a->setEnabled(hasSelection);
    for (int n = 0; n < m_typeKeyHints.size(); ++n)
        m_typeKeyHints.at(n)->setEnabled(open && m_currentDocument != 0 && !hasSelection && n < m_typeActions.size());
    m_deleteClaimAction->setEnabled(hasClaim);
    // A claim on the text of the document shown (a PDF's claims sit on its pages).
    const auto current = hasClaim ? m_annotations->annotation(m_panel->currentAnnotation()) : std::nullopt;
    const bool textClaim = current && current->documentId == m_currentDocument && m_view == m_textView
        && !current->anchor.isOnPages() && current->anchor.text().isValid() && !m_store->isReadOnly();
    for (QAction *a : qAsConst(m_extentActions))
        a->setEnabled(textClaim);
    m_findAction->setEnabled(m_currentDocument != 0);
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_zoomResetAction})
        a->setEnabled(m_currentDocument != 0);
    const bool showsPdf = m_currentDocument != 0 && m_view == m_pdfView;
    for (QAction *a : {m_fitWidthAction, m_fitPageAction, m_goToPageAction, m_areaAction})
        a->setEnabled(showsPdf);
    const QString shownFormat = shown.data(DocumentsModel::FormatRole).toString();
    m_takeOverAction->setEnabled(!m_store->isReadOnly()
                                 && (showsPdf || shownFormat == QLatin1String("docx") || shownFormat == QLatin1String("odt")));
    setWindowTitle(open ? tr("%1 \u2014 Kanttekening").arg(QFileInfo(m_store->path()).completeBaseName())
                        : tr("Kanttekening"));
    m_statusProject->setText(open ? QDir::toNativeSeparators(m_store->path()) : QString());
}

bool MainWindow::openProject(const QString &path)
{
    if (m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(path))
        return true;
    QStringList notices;
    if (m_store->isOpen()) {
        // Try the other file first, so a refused file leaves this project open.
        ProjectStore candidate;
        const ProjectStore::OpenResult trial = candidate.open(path);
        if (!trial.ok()) {
            showOpenFailure(trial.message, path,
                            trial.error == ProjectStore::OpenError::Corrupt
                                || trial.error == ProjectStore::OpenError::Unsafe);
            return false;
        }
        notices = trial.notices;   // what the trial set aside is not there to be found again
        candidate.close();
    }
    closeProject();
    const ProjectStore::OpenResult result = m_store->open(path);
    if (!result.ok()) {
        const bool damaged = result.error == ProjectStore::OpenError::Corrupt
                             || result.error == ProjectStore::OpenError::Unsafe;
        showOpenFailure(result.message, path, damaged);
        if (result.error == ProjectStore::OpenError::NotFound)
            RecentProjects::remove(path);
        return false;
    }
    onProjectOpened(notices + result.notices);
    return true;
}

bool MainWindow::createProject(const QString &path)
{
    closeProject();
    const ProjectStore::OpenResult result = m_store->create(path);
    if (!result.ok()) {
        showOpenFailure(result.message);
        return false;
    }
    onProjectOpened();
    return true;
}

void MainWindow::showOpenFailure(const QString &message, const QString &path, bool offerRestore)
{
    const bool haveBackups = offerRestore && !path.isEmpty() && !ProjectBackups(path).list().isEmpty();
    if (m_store->isOpen() && !haveBackups) {
        m_banner->showMessage(message, MessageBanner::Kind::Error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot open project"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openFailureBox"));
    QPushButton *restore = nullptr;
    if (haveBackups)
        restore = box.addButton(tr("Restore from Backup\u2026"), QMessageBox::ActionRole);
    box.exec();
    if (restore && box.clickedButton() == static_cast<QAbstractButton *>(restore))
        showBackups(path, false);
}

void MainWindow::showBackups(const QString &projectPath, bool projectOpen)
{
    if (projectPath.isEmpty())
        return;
    // A backup that is still being written belongs in the list.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_autoBackup->wait();
    QApplication::restoreOverrideCursor();
    BackupsDialog dialog(projectPath, projectOpen, this);
    QString chosen;
    connect(&dialog, &BackupsDialog::restoreRequested, this, [&chosen](const QString &backup) { chosen = backup; });
    dialog.exec();
    if (!chosen.isEmpty())
        restoreFromBackup(projectPath, chosen);
}

void MainWindow::restoreFromBackup(const QString &projectPath, const QString &backupPath)
{
    const QString project = QFileInfo(projectPath).absoluteFilePath();
    const bool wasOpen = m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(project);
    if (wasOpen)
        closeProject();
    const Result<QString> restored = ProjectBackups(project).restore(backupPath);
    if (!openProject(project))
        return;
    if (!restored) {
        m_banner->showMessage(restored.error(), MessageBanner::Kind::Error);
        return;
    }
    const QString message =
        restored->isEmpty()
            ? tr("Restored from \u201c%1\u201d.").arg(QDir::toNativeSeparators(backupPath))
            : tr("Restored from \u201c%1\u201d. The project as it was is kept as \u201c%2\u201d.")
                  .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(*restored));
    m_banner->showMessage(message, MessageBanner::Kind::Information);
}

void MainWindow::onAutomaticBackupFinished(const QString &projectPath, const QString &backupPath,
                                           const QString &error)
{
    if (!error.isEmpty()) {
        m_banner->showMessage(error, MessageBanner::Kind::Warning);
        return;
    }
    if (m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(projectPath)) {
        statusBar()->showMessage(tr("Backed up to \u201c%1\u201d").arg(QDir::toNativeSeparators(backupPath)),
                                 5000);
    }
}

void MainWindow::onProjectOpened(const QStringList &notices)
{
    RecentProjects::add(m_store->path());
    QSettings().setValue(LastProjectKey, m_store->path());
    m_undoStack->clear();
    m_annotations->reload();
    m_documents->reload();
    m_claimTypes->reload();
    rebuildClaimTypeActions();
    m_stack->setCurrentIndex(1);
    m_banner->hide();
    const QVector<DocumentSummary> docs = m_store->documents();
    // The document shown when the project was last open, else the first.
    DocumentId first = docs.isEmpty() ? 0 : docs.first().id;
    const DocumentId last = QSettings().value(lastDocumentKey(m_store->path())).toLongLong();
    if (std::any_of(docs.cbegin(), docs.cend(), [last](const DocumentSummary &d) { return d.id == last; }))
        first = last;
    showDocument(first);
    // The keys go to the document, as in any reader: Page Down pages through it.
    if (first != 0)
        m_view->setFocus(Qt::OtherFocusReason);
    // PDFs whose text was still being read when the program closed.
    m_pdfExtraction->queueAllMissing();
    if (docs.isEmpty())
        m_banner->showMessage(tr("This project has no documents yet. Import files with Ctrl+I, drop them on the "
                                 "window, or paste text with Ctrl+Shift+V."),
                              MessageBanner::Kind::Information);
    if (!notices.isEmpty())
        m_banner->showMessage(notices.join(u'\n'), MessageBanner::Kind::Warning);
    // Before the user changes anything, and off the UI thread.
    m_autoBackup->startIfDue(m_store->path());
    updateActions();
}

void MainWindow::closeProject()
{
    m_panel->commitPendingEdits();
    m_autoBackup->wait();
    m_pdfExtraction->cancelAll();
    m_openPdfs.clear();
    if (m_store->isOpen()) {
        m_store->close();
        QSettings().remove(LastProjectKey);
    }
    m_undoStack->clear();
    showDocument(0);
    rebuildClaimTypeActions();
    m_welcome->setRecentProjects(RecentProjects::list());
    m_stack->setCurrentIndex(0);
    updateActions();
}

void MainWindow::restoreSession(const QString &projectFromCommandLine)
{
    if (!projectFromCommandLine.isEmpty()) {
        const QString path = QFileInfo(projectFromCommandLine).absoluteFilePath();
        if (QFileInfo::exists(path))
            openProject(path);
        else
            createProject(path);
        return;
    }
    const QString last = QSettings().value(LastProjectKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openProject(last);
}

void MainWindow::showDocument(DocumentId id)
{
    // The navigator follows showDocument() and then reports the same choice
    // back; laying a document out twice costs seconds for a long one.
    if (id != 0 && id == m_currentDocument && m_view->documentId() == id)
        return;
    std::optional<Document> doc;
    if (id != 0 && m_store->isOpen()) {
        // A crafted project may hold a document of hundreds of megabytes;
        // it is named, not loaded.
        const auto size = m_store->documentSize(id);
        if (size && size->characters > DocumentLimits::MaxCharacters) {
            showTooLargeDocument(id, *size);
            return;
        }
        // A PDF's bytes are read once, by openPdf(), and only when it is not
        // open already; a text document's are rendered now.
        doc = m_store->document(id, ProjectStore::Content::WithoutOriginal);
        if (doc && size && size->originalBytes > DocumentLimits::maxOriginalBytes(doc->format == SourceFormat::Pdf)) {
            showTooLargeDocument(id, *size);
            return;
        }
        if (doc && doc->format != SourceFormat::Pdf)
            doc->originalBytes = m_store->originalBytes(id);
    }
    if (doc && doc->format == SourceFormat::Pdf)
        showPdfDocument(*doc);
    else if (doc)
        showTextDocument(*doc);
    else
        showTextDocument(Document());
    m_navigator->setCurrentDocument(m_currentDocument);
    m_panel->setCurrentDocument(m_currentDocument);
    if (m_store->isOpen() && m_currentDocument != 0)
        QSettings().setValue(lastDocumentKey(m_store->path()), m_currentDocument);
    updateActions();
}

void MainWindow::setCurrentView(AnnotatableView *view)
{
    if (view == m_view)
        return;
    // The other view lets go of its document: a PDF holds its file in memory.
    if (view == m_textView)
        m_pdfView->clearDocument();
    else
        m_textView->setDocument(0, new SafeTextDocument);
    m_view = view;
    m_viewStack->setCurrentWidget(view);
}

void MainWindow::showTextDocument(const Document &doc)
{
    setCurrentView(m_textView);
    m_currentDocument = doc.id;
    m_currentText.clear();
    auto *textDocument = new SafeTextDocument;
    if (doc.id != 0) {
        DocumentRenderer::render(doc, textDocument);
        m_currentText = doc.canonicalText;
        m_annotations->checkAnchors(doc.id, m_currentText);
    }
    m_textView->setDocument(m_currentDocument, textDocument);
}

void MainWindow::showPdfDocument(const Document &doc)
{
    QString error;
    const std::shared_ptr<PdfDocument> pdf = openPdf(doc, &error);
    if (!pdf) {
        showMessageInsteadOfDocument(doc.id, error);
        return;
    }
    setCurrentView(m_pdfView);
    m_currentDocument = doc.id;
    m_currentText = doc.canonicalText;
    m_pdfView->setDocument(doc.id, pdf, doc.pages, doc.canonicalText);
    if (doc.pages.isEmpty())
        m_pdfExtraction->queue(doc.id, pdf);
    else
        m_annotations->checkAnchors(doc.id, m_currentText, doc.pages);
}

std::shared_ptr<PdfDocument> MainWindow::openPdf(const Document &doc, QString *error)
{
    for (const auto &open : qAsConst(m_openPdfs)) {
        if (open.first == doc.id)
            return open.second;
    }
    const QString name = doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title;
    const PdfDocument::LoadResult loaded = PdfDocument::load(m_store->originalBytes(doc.id), name, doc.pdfPassword);
    if (!loaded.ok()) {
        *error = loaded.message;
        return nullptr;
    }
    rememberPdf(doc.id, loaded.document);
    return loaded.document;
}

void MainWindow::rememberPdf(DocumentId id, std::shared_ptr<PdfDocument> pdf)
{
    for (int i = 0; i < m_openPdfs.size(); ++i) {
        if (m_openPdfs.at(i).first == id)
            m_openPdfs.remove(i);
    }
    m_openPdfs.append({id, std::move(pdf)});
    while (m_openPdfs.size() > OpenPdfsKept)
        m_openPdfs.removeFirst();
}

void MainWindow::showMessageInsteadOfDocument(DocumentId id, const QString &message)
{
    setCurrentView(m_textView);
    m_currentDocument = 0;
    m_currentText.clear();
    auto *textDocument = new SafeTextDocument;
    textDocument->setPlainText(message);
    m_textView->setDocument(0, textDocument);
    m_navigator->setCurrentDocument(id);
    m_banner->showMessage(message, MessageBanner::Kind::Warning);
}

void MainWindow::onDocumentTextChanged(DocumentId id)
{
    if (id != m_currentDocument)
        return;
    if (m_view == m_textView) {
        // A web page imported again (or that undone): shown anew. What the
        // banner said of the step before is no longer so.
        if (!m_reextractReport.isEmpty() && m_banner->isVisible() && m_banner->text() == m_reextractReport)
            m_banner->hide();
        m_reextractReport.clear();
        auto doc = m_store->document(id);
        if (doc)
            showTextDocument(*doc);
        return;
    }
    const auto doc = m_store->document(id, ProjectStore::Content::WithoutOriginal);
    if (!doc)
        return;
    m_currentText = doc->canonicalText;
    m_pdfView->setExtractedText(doc->pages, doc->canonicalText);
    // Claims made before the text was there get their place in it.
    m_annotations->checkAnchors(id, m_currentText, doc->pages);
}

void MainWindow::onPdfExtractionProgress(DocumentId id, int done, int total)
{
    QString title;
    const QModelIndex row = m_documents->indexOfDocument(id);
    if (const DocumentSummary *s = row.isValid() ? m_documents->documentAt(row.row()) : nullptr)
        title = s->meta.title.isEmpty() ? s->fileName : s->meta.title;
    m_extractionLabel->setText(tr("Reading the text of \u201c%1\u201d: page %2 of %3")
                                   .arg(title.size() > 40 ? title.left(39) + QChar(0x2026) : title)
                                   .arg(done)
                                   .arg(total));
    m_extractionProgress->setRange(0, qMax(1, total));
    m_extractionProgress->setValue(done);
    m_extractionLabel->show();
    m_extractionProgress->show();
}

void MainWindow::showTooLargeDocument(DocumentId id, const ProjectStore::DocumentSize &size)
{
    QString title;
    const QModelIndex row = m_documents->indexOfDocument(id);
    if (const DocumentSummary *s = row.isValid() ? m_documents->documentAt(row.row()) : nullptr)
        title = s->meta.title.isEmpty() ? s->fileName : s->meta.title;
    setCurrentView(m_textView);
    m_currentDocument = 0;
    m_currentText.clear();
    auto *textDocument = new SafeTextDocument;
    textDocument->setPlainText(
        tr("\u201c%1\u201d is too large to show: %2 characters, from a file of %3. Kanttekening shows documents "
           "of up to %4 characters from files of up to %5. Kanttekening cannot have imported a document this "
           "large; the project may have been made to slow the program down.")
            .arg(title, QLocale().toString(size.characters), QLocale().formattedDataSize(size.originalBytes),
                 QLocale().toString(DocumentLimits::MaxCharacters),
                 QLocale().formattedDataSize(DocumentLimits::MaxOriginalBytes)));
    m_textView->setDocument(0, textDocument);
    m_navigator->setCurrentDocument(id);
    m_panel->setCurrentDocument(0);
    m_banner->showMessage(tr("\u201c%1\u201d is too large to show.").arg(title), MessageBanner::Kind::Warning);
    updateActions();
}

AnnotationId MainWindow::createClaimFromSelection(ClaimTypeId type)
{
    const ViewSelection sel = m_view->currentSelection();
    if (!m_store->isOpen() || m_currentDocument == 0 || sel.isEmpty() || !m_store->claimType(type))
        return 0;
    Annotation a;
    a.documentId = m_currentDocument;
    a.anchor = sel.anchor;
    a.typeId = type;
    a.author = currentUserName();
    auto *command = new AddAnnotationCommand(m_store, a);
    if (!pushCommand(m_undoStack, command))
        return 0;   // the store reported why
    const AnnotationId id = command->annotationId();
    if (id == 0)
        return 0;
    m_lastUsedType = type;
    m_view->clearTextSelection();
    m_panel->selectAnnotation(id);
    return id;
}

void MainWindow::stepClaimExtent(WordSnapping::Step step)
{
    const auto before = m_annotations->annotation(m_panel->currentAnnotation());
    if (!before || before->documentId != m_currentDocument || before->anchor.isOnPages())
        return;
    const TextSelector &t = before->anchor.text();
    if (!t.isValid() || t.end > m_currentText.size() || m_currentText.mid(t.start, t.length()) != t.exact) {
        statusBar()->showMessage(tr("This claim's words are not found in the text: its extent cannot be changed."),
                                 6000);
        return;
    }
    const WordSnapping::Range range = WordSnapping::stepped(m_currentText, {t.start, t.end}, step);
    if (range.start == t.start && range.end == t.end)
        return;
    Annotation after = *before;
    after.anchor.setText(TextSelector::fromRange(m_currentText, range.start, range.end));
    m_undoStack->push(new EditAnnotationCommand(m_store, *before, after, EditAnnotationCommand::Field::Extent));
}

void MainWindow::changeClaimExtent(qint64 annotationId, const Anchor &newAnchor)
{
    const auto before = m_annotations->annotation(annotationId);
    if (!before || before->documentId != m_currentDocument || !newAnchor.isValid() || before->anchor == newAnchor)
        return;
    Annotation after = *before;
    after.anchor = newAnchor;
    pushCommand(m_undoStack, new EditAnnotationCommand(m_store, *before, after, EditAnnotationCommand::Field::Extent));
}

void MainWindow::deleteSelectedClaims()
{
    m_panel->removeSelected();
}

QStringList MainWindow::importFiles(const QStringList &paths)
{
    QStringList failures;
    if (!m_store->isOpen())
        return failures;
    // Reading and rendering a large page takes seconds: it runs on a worker
    // thread while the window paints, with a progress dialog and Cancel.
    // Nothing is stored until every file is read, so Cancel leaves the
    // project as it was.
    struct Outcome
    {
        std::optional<Result<Document>> doc;
        DocumentImporter::Failure failure = DocumentImporter::Failure::Other;
    };
    QVector<Document> documents;
    m_background->begin(int(paths.size()));
    bool cancelled = false;
    for (int i = 0; i < paths.size() && !cancelled; ++i) {
        const QString path = paths.at(i);
        m_background->setStep(i);
        DocumentImporter::Options options = importOptions();
        auto outcome = std::make_shared<Outcome>();
        auto readFile = [&]() {
            const DocumentImporter::Options given = options;
            return m_background->run([outcome, path, given] {
                outcome->doc = DocumentImporter::importFile(path, given, &outcome->failure);
            }, tr("Importing \u201c%1\u201d\u2026").arg(QFileInfo(path).fileName()));
        };
        if (!readFile()) {
            cancelled = true;
            break;
        }
        // An encrypted PDF: ask, and ask again after a wrong password.
        while (!*outcome->doc && (outcome->failure == DocumentImporter::Failure::PasswordRequired
                                  || outcome->failure == DocumentImporter::Failure::WrongPassword)) {
            if (!askPdfPassword(path, outcome->failure == DocumentImporter::Failure::WrongPassword, &options.password))
                break;
            if (!readFile()) {
                cancelled = true;
                break;
            }
        }
        if (cancelled)
            break;
        if (*outcome->doc)
            documents.append(outcome->doc->value());
        else
            failures.append(outcome->doc->error());
    }
    m_background->end();
    if (cancelled) {
        statusBar()->showMessage(tr("Import cancelled: nothing was imported."), 8000);
        return failures;
    }
    const int skipped = skipDuplicatesIfWanted(&documents);
    if (!documents.isEmpty()) {
        auto *command = new AddDocumentsCommand(m_store, documents);
        const QVector<DocumentId> ids = pushCommand(m_undoStack, command) ? command->documentIds()
                                                                          : QVector<DocumentId>();
        // The imported PDFs are open already: no reading them back from the
        // project to show the first page. Their text follows in the background.
        for (int i = 0; i < ids.size() && i < documents.size(); ++i) {
            const Document &doc = documents.at(i);
            if (doc.format != SourceFormat::Pdf)
                continue;
            if (i == ids.size() - 1) {
                const PdfDocument::LoadResult loaded =
                    PdfDocument::load(doc.originalBytes, doc.meta.title, doc.pdfPassword);
                if (loaded.ok())
                    rememberPdf(ids.at(i), loaded.document);
            }
            m_pdfExtraction->queue(ids.at(i));
        }
        if (!ids.isEmpty())
            showDocument(ids.last());
    }
    QStringList notes;   // what the researcher should know of files that did import
    for (const Document &doc : qAsConst(documents)) {
        if (!doc.importNote.isEmpty())
            notes << doc.importNote;
    }
    if (failures.isEmpty()) {
        QString done = tr("Imported %n document(s)", nullptr, int(documents.size()));
        if (skipped > 0) {
            done = documents.isEmpty() ? QString() : done + QStringLiteral("; ");
            done += tr("Skipped %n file(s) the project has already.", nullptr, skipped);
        }
        statusBar()->showMessage(done, 8000);
        if (notes.isEmpty())
            m_banner->hide();
        else
            m_banner->showMessage(notes.join(u'\n'), MessageBanner::Kind::Information);
    } else {
        QString text = tr("%n file(s) could not be imported:", nullptr, int(failures.size()));
        for (const QString &f : qAsConst(failures))
            text += u'\n' + QStringLiteral("\u2022 ") + f;
        if (!documents.isEmpty())
            text += u'\n' + tr("The other %n file(s) were imported.", nullptr, int(documents.size()));
        for (const QString &n : qAsConst(notes))
            text += u'\n' + n;
        m_banner->showMessage(text, MessageBanner::Kind::Warning);
    }
    return failures;
}

int MainWindow::skipDuplicatesIfWanted(QVector<Document> *documents)
{
    // The same file again, by its bytes: in the project already, or twice in
    // this batch. Asked once for the whole batch; skipping is the default.
    QStringList named;
    QVector<int> duplicates;
    for (int i = 0; i < documents->size(); ++i) {
        const Document &doc = documents->at(i);
        const QString file = doc.fileName.isEmpty() ? doc.meta.title : doc.fileName;
        if (const auto same = m_store->documentWithBytes(doc.originalBytes)) {
            duplicates.append(i);
            //: A file being imported, and the document of the project it already is
            named.append(tr("\u2022 %1 (as \u201c%2\u201d)").arg(file, same->meta.title));
            continue;
        }
        for (int j = 0; j < i; ++j) {
            if (documents->at(j).originalBytes == doc.originalBytes) {
                duplicates.append(i);
                named.append(tr("\u2022 %1 (twice among the files)").arg(file));
                break;
            }
        }
    }
    if (duplicates.isEmpty())
        return 0;
    QMessageBox box(QMessageBox::Question, tr("Already in the Project"),
                    tr("%n of these files are in the project already:", nullptr, int(duplicates.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateImportQuestion"));
    box.setInformativeText(named.join(u'\n') + QStringLiteral("\n\n")
                           + tr("Import them again as separate documents, with claims of their own?"));
    QPushButton *skip = box.addButton(tr("&Skip Them"), QMessageBox::RejectRole);
    QPushButton *again = box.addButton(tr("&Import Again"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skipDuplicates"));
    again->setObjectName(QStringLiteral("importDuplicatesAgain"));
    box.setDefaultButton(skip);
    box.exec();
    if (box.clickedButton() == again)
        return 0;
    for (auto it = duplicates.crbegin(); it != duplicates.crend(); ++it)
        documents->remove(*it);
    return int(duplicates.size());
}

bool MainWindow::importsWebPagesAsArticles() const
{
    return m_articleImportAction->isChecked();
}

DocumentImportOptions MainWindow::importOptions() const
{
    DocumentImportOptions options;
    options.fullPage = !importsWebPagesAsArticles();
    return options;
}

bool MainWindow::askPdfPassword(const QString &path, bool wrongBefore, QString *password)
{
    const QString name = QFileInfo(path).fileName();
    const QString prompt = wrongBefore
        ? tr("That password does not open \u201c%1\u201d. Try again:").arg(name)
        : tr("\u201c%1\u201d is protected with a password. Enter it to import the PDF:").arg(name);
    bool ok = false;
    const QString entered = QInputDialog::getText(this, tr("PDF Password"), prompt, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    *password = entered;
    return true;
}

int MainWindow::takeOverEmbeddedAnnotations(const QVector<PdfEmbeddedAnnotation> &annotations)
{
    if (!m_store->isOpen() || m_currentDocument == 0 || m_view != m_pdfView || annotations.isEmpty())
        return 0;
    const QVector<ClaimType> types = m_store->claimTypes();
    if (types.isEmpty())
        return 0;
    const auto doc = m_store->document(m_currentDocument, ProjectStore::Content::WithoutOriginal);
    if (!doc)
        return 0;
    // What was taken over before is not taken over twice: same page, same regions.
    QVector<Anchor> existing;
    for (const Annotation &a : m_store->annotations(m_currentDocument))
        existing.append(a.anchor);
    QVector<Annotation> claims;
    for (const PdfEmbeddedAnnotation &embedded : annotations) {
        Annotation claim = PdfAnnotationTakeOver::toClaim(embedded, m_currentDocument, types, doc->pages,
                                                          doc->canonicalText);
        if (!claim.anchor.isValid())
            continue;
        const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Anchor &a) {
            return a.kind() == claim.anchor.kind() && a.regions() == claim.anchor.regions();
        });
        if (known)
            continue;
        if (claim.author.isEmpty())
            claim.author = currentUserName();
        existing.append(claim.anchor);
        claims.append(claim);
    }
    if (claims.isEmpty()) {
        statusBar()->showMessage(tr("These annotations are claims already."), 5000);
        return 0;
    }
    addTakenOverClaims(claims);
    statusBar()->showMessage(tr("Took over %n annotation(s) as claims.", nullptr, int(claims.size())), 5000);
    return int(claims.size());
}

void MainWindow::addTakenOverClaims(const QVector<Annotation> &claims)
{
    // The store says which claims were added: one that failed is not.
    AnnotationId last = 0;
    const QMetaObject::Connection added = connect(m_store, &ProjectStore::annotationAdded, this,
                                                  [&last](AnnotationId id) { last = id; });
    m_undoStack->push(new TakeOverClaimsCommand(m_store, claims));
    disconnect(added);
    if (last != 0)
        m_panel->selectAnnotation(last);
}

int MainWindow::takeOverOfficeComments()
{
    if (!m_store->isOpen() || m_store->isReadOnly() || m_currentDocument == 0)
        return 0;
    const std::optional<Document> doc = m_store->document(m_currentDocument);
    const QVector<ClaimType> types = m_store->claimTypes();
    if (!doc || !OfficeCommentClaims::applies(doc->format) || types.isEmpty())
        return 0;
    // Reading the file again takes seconds for a large one: off this thread.
    auto comments = std::make_shared<QVector<OfficeComment>>();
    m_background->begin(1);
    const Document file = *doc;
    const bool finished = m_background->run([comments, file] { *comments = OfficeCommentClaims::commentsOf(file); },
                                            tr("Reading the comments in \u201c%1\u201d\u2026").arg(doc->meta.title));
    m_background->end();
    if (!finished)
        return 0;
    if (comments->isEmpty()) {
        QMessageBox::information(this, tr("Take Over Comments"),
                                 tr("This document carries no comments of its own (made by reviewers in Word or "
                                    "another word processor)."));
        return 0;
    }
    QStringList authors;
    for (const OfficeComment &c : qAsConst(*comments)) {
        if (!c.author.isEmpty() && !authors.contains(c.author) && authors.size() < 10)
            authors.append(c.author.simplified());
    }
    const ClaimType &type = types.first();
    QString question = tr("This document carries %n comment(s) made by reviewers.", nullptr, int(comments->size()));
    if (!authors.isEmpty())
        question += u' ' + tr("Made by: %1.").arg(authors.join(QStringLiteral(", ")));
    question += QStringLiteral("\n\n")
        + tr("Take them over as claims? Each is marked on the words it was made on, with the comment as its "
             "note and its author and date; all get the type \u201c%1\u201d, which you can change. You can undo "
             "this.").arg(DefaultCodebook::displayName(type));
    if (QMessageBox::question(this, tr("Take Over Comments"), question) != QMessageBox::Yes)
        return 0;

    const OfficeCommentClaims::Outcome outcome =
        OfficeCommentClaims::toClaims(*comments, m_currentDocument, doc->canonicalText, type.id);
    // What was taken over before is not taken over twice: same words, same note.
    const QVector<Annotation> existing = m_store->annotations(m_currentDocument);
    QVector<Annotation> claims;
    for (Annotation claim : outcome.claims) {
        const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation &a) {
            return a.anchor.text().start == claim.anchor.text().start && a.anchor.text().end == claim.anchor.text().end
                && a.note == claim.note;
        });
        if (known)
            continue;
        if (claim.author.isEmpty())
            claim.author = currentUserName();
        claims.append(claim);
    }
    QString report = claims.isEmpty() ? tr("These comments are claims already.")
                                      : tr("Took over %n comment(s) as claims.", nullptr, int(claims.size()));
    const int left = outcome.withoutText + outcome.notFound;
    if (left > 0) {
        report += u' ' + tr("%n comment(s) were left out: they mark a point rather than words, or their words are "
                            "not in the text.", nullptr, left);
    }
    if (!claims.isEmpty())
        addTakenOverClaims(claims);
    m_banner->showMessage(report, left > 0 ? MessageBanner::Kind::Warning : MessageBanner::Kind::Information);
    return int(claims.size());
}

void MainWindow::takeOverAllEmbeddedAnnotations()
{
    const std::shared_ptr<PdfDocument> pdf = m_view == m_pdfView ? m_pdfView->pdfDocument() : nullptr;
    if (!pdf) {
        takeOverOfficeComments();
        return;
    }
    const QVector<PdfEmbeddedAnnotation> all = pdf->embeddedAnnotations();
    if (all.isEmpty()) {
        QMessageBox::information(this, tr("Take Over Annotations"),
                                 tr("This PDF carries no annotations of its own (highlights or notes made in "
                                    "another program)."));
        return;
    }
    QStringList authors;
    for (const PdfEmbeddedAnnotation &a : all) {
        if (!a.author.isEmpty() && !authors.contains(a.author))
            authors.append(a.author);
    }
    QString question = tr("This PDF carries %n annotation(s) made in another program.", nullptr, int(all.size()));
    if (!authors.isEmpty())
        question += u' ' + tr("Made by: %1.").arg(authors.join(QStringLiteral(", ")));
    question += QStringLiteral("\n\n")
        + tr("Take them over as claims? Each keeps its text, note, author and page; its colour picks the "
             "nearest claim type. You can undo this.");
    if (QMessageBox::question(this, tr("Take Over Annotations"), question) != QMessageBox::Yes)
        return;
    takeOverEmbeddedAnnotations(all);
}

void MainWindow::exportAnnotatedPdf()
{
    if (!m_store->isOpen())
        return;
    m_panel->commitPendingEdits();
    const QVector<DocumentSummary> documents = m_store->documents();
    if (documents.isEmpty())
        return;
    QVector<DocumentId> selected;
    if (QItemSelectionModel *selection = m_navigator->view()->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            selected.append(index.data(DocumentsModel::IdRole).toLongLong());
    }
    // What the panel shows now, in words, for the dialog to offer.
    ClaimFilter shown;
    shown.types = m_annotationProxy->types();
    if (const auto status = m_annotationProxy->status())
        shown.statuses.insert(*status);
    shown.tag = m_annotationProxy->tag();
    shown.text = m_annotationProxy->text();
    QStringList description;
    for (const ClaimTypeId type : qAsConst(shown.types)) {
        if (const auto t = m_store->claimType(type))
            description << ClaimTypesModel::displayName(*t);
    }
    if (const auto status = m_annotationProxy->status())
        description << VerificationStatusNames::displayName(*status);
    if (!shown.tag.isEmpty())
        description << tr("tag \u201c%1\u201d").arg(shown.tag);
    if (!shown.text.isEmpty())
        description << tr("text \u201c%1\u201d").arg(shown.text);

    ExportPdfDialog dialog(documents, m_currentDocument, selected, shown, description.join(QStringLiteral(", ")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<DocumentId> ids = dialog.chosenDocuments();
    const QString target = QDir::fromNativeSeparators(dialog.target());
    if (!QDir().mkpath(dialog.exportsIntoFolder() ? target : QFileInfo(target).absolutePath())) {
        m_banner->showMessage(tr("Cannot make the folder \u201c%1\u201d.").arg(QDir::toNativeSeparators(target)),
                              MessageBanner::Kind::Warning);
        return;
    }

    QProgressDialog progress(tr("Exporting\u2026"), tr("Cancel"), 0, int(ids.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QStringList failures;
    QStringList remarks;   // what the researcher should know about an export that went well
    QStringList written;
    QStringList taken;
    bool cancelled = false;
    for (int i = 0; i < ids.size() && !cancelled; ++i) {
        const auto it = std::find_if(documents.cbegin(), documents.cend(),
                                     [&](const DocumentSummary &d) { return d.id == ids.at(i); });
        if (it == documents.cend())
            continue;
        progress.setValue(i);
        progress.setLabelText(tr("Exporting \u201c%1\u201d\u2026").arg(it->meta.title.isEmpty() ? it->fileName
                                                                                                 : it->meta.title));
        const QString path = dialog.exportsIntoFolder() ? QDir(target).filePath(DocumentExport::fileNameFor(*it, &taken))
                                                        : target;
        const Result<DocumentExport::Outcome> done = DocumentExport::exportDocument(
            *m_store, it->id, dialog.claimFilter(), dialog.options(), path, [&](int, int) {
                QCoreApplication::processEvents();
                cancelled = progress.wasCanceled();
                return !cancelled;
            });
        const QString title = it->meta.title.isEmpty() ? it->fileName : it->meta.title;
        if (done) {
            written << done->path;
            if (done->claims == 0)
                remarks << tr("\u201c%1\u201d has no claims to export; it was written without highlights.").arg(title);
            if (done->notPlaced > 0)
                remarks << tr("%n claim(s) of \u201c%1\u201d had no place on its pages and are only in the appendix.",
                              nullptr, done->notPlaced).arg(title);
        } else if (!cancelled) {
            failures << done.error();
        }
    }
    progress.setValue(int(ids.size()));
    if (!failures.isEmpty()) {
        QString text = tr("%n document(s) could not be exported:", nullptr, int(failures.size()));
        for (const QString &f : failures + remarks)
            text += u'\n' + QStringLiteral("\u2022 ") + f;
        m_banner->showMessage(text, MessageBanner::Kind::Warning);
    } else if (!remarks.isEmpty()) {
        m_banner->showMessage(remarks.join(u'\n'), MessageBanner::Kind::Information);
    }
    if (!written.isEmpty()) {
        statusBar()->showMessage(written.size() == 1
                                     ? tr("Exported to \u201c%1\u201d").arg(QDir::toNativeSeparators(written.first()))
                                     : tr("Exported %n document(s) to \u201c%1\u201d", nullptr, int(written.size()))
                                           .arg(QDir::toNativeSeparators(target)),
                                 8000);
    }
}

void MainWindow::importDialog()
{
    QStringList patterns;
    for (const QString &suffix : DocumentImporter::supportedSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Documents"), QSettings().value(QStringLiteral("lastImportFolder")).toString(),
        tr("Documents (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") + tr("All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastImportFolder"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::pasteAsNewDocument()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QString html = mime && mime->hasHtml() ? mime->html() : QString();
    const QString text = mime && mime->hasText() ? mime->text() : QString();
    Result<Document> doc = DocumentImporter::importPasted(html, text);
    if (!doc) {
        m_banner->showMessage(doc.error(), MessageBanner::Kind::Warning);
        return;
    }
    auto *command = new AddDocumentsCommand(m_store, {doc.value()});
    if (pushCommand(m_undoStack, command) && !command->documentIds().isEmpty()) {
        showDocument(command->documentIds().first());
        editDocumentDetails(m_currentDocument);
    }
}

void MainWindow::editDocumentDetails(DocumentId id)
{
    const QModelIndex idx = m_documents->indexOfDocument(id);
    if (!idx.isValid())
        return;
    DocumentMetadataDialog dialog(m_documents, id, this, m_store);
    dialog.exec();
}

void MainWindow::removeDocument(DocumentId id)
{
    const QModelIndex idx = m_documents->indexOfDocument(id);
    if (!idx.isValid())
        return;
    const int claims = idx.data(DocumentsModel::ClaimCountRole).toInt();
    const QString title = idx.data(Qt::DisplayRole).toString();
    const QString question = claims == 0
        ? tr("Remove \u201c%1\u201d from the project? You can undo this with Ctrl+Z.").arg(title)
        : tr("Remove \u201c%1\u201d and its %n claim(s) from the project? You can undo this with Ctrl+Z.", nullptr,
             claims).arg(title);
    if (QMessageBox::question(this, tr("Remove Document"), question) != QMessageBox::Yes)
        return;
    m_undoStack->push(new RemoveDocumentCommand(m_store, id));
}

void MainWindow::reextractDocument(DocumentId id, ContentExtraction wanted)
{
    if (!m_store->isOpen() || m_store->isReadOnly() || id == 0)
        return;
    // A crafted project's page of gigabytes is named, not loaded.
    const auto size = m_store->documentSize(id);
    if (!size || size->originalBytes > DocumentLimits::MaxOriginalBytes) {
        if (size)
            showTooLargeDocument(id, *size);
        return;
    }
    const std::optional<Document> doc = m_store->document(id);
    if (!doc || !WebPageReextraction::applies(doc->format))
        return;
    const QString title = doc->meta.title.isEmpty() ? doc->fileName : doc->meta.title;
    const QVector<Annotation> claims = m_store->annotations(id);
    // Reader mode and layout take seconds for a large page: off this thread.
    auto plan = std::make_shared<std::optional<Result<WebPageReextraction::Plan>>>();
    m_background->begin(1);
    const Document page = *doc;
    const bool finished = m_background->run([plan, page, claims, wanted] {
        plan->emplace(WebPageReextraction::prepare(page, claims, wanted));
    }, tr("Importing \u201c%1\u201d again\u2026").arg(title));
    m_background->end();
    if (!finished) {
        statusBar()->showMessage(tr("Cancelled: \u201c%1\u201d is unchanged.").arg(title), 8000);
        return;
    }
    const Result<WebPageReextraction::Plan> &result = **plan;
    if (!result) {
        m_banner->showMessage(result.error(), MessageBanner::Kind::Warning);
        return;
    }
    if (!result->changesText()) {
        m_banner->showMessage(result->unchangedReason, MessageBanner::Kind::Information);
        return;
    }
    if (!pushCommand(m_undoStack, new ReextractDocumentCommand(m_store, *doc, claims, *result)))
        return;   // the store reported why
    if (id != m_currentDocument)
        showDocument(id);
    QString report = result->extraction == ContentExtraction::Article
        ? tr("\u201c%1\u201d now shows the article alone.").arg(title)
        : tr("\u201c%1\u201d now shows the whole page.").arg(title);
    if (result->notFound.isEmpty()) {
        if (!result->carried.isEmpty())
            report += u' ' + tr("All %n claim(s) were carried across.", nullptr, int(result->carried.size()));
        m_banner->showMessage(report, MessageBanner::Kind::Information);
        m_reextractReport = report;
        return;
    }
    // Named by their quotes, a few at most: the panel marks them all.
    constexpr int Named = 5;
    QStringList quotes;
    for (int i = 0; i < result->notFound.size() && i < Named; ++i) {
        QString quote = result->notFound.at(i).quote().simplified();
        if (quote.size() > 60)
            quote = quote.left(59) + QChar(0x2026);
        quotes.append(tr("\u201c%1\u201d").arg(quote));
    }
    if (result->notFound.size() > Named)
        quotes.append(tr("and %n more", nullptr, int(result->notFound.size() - Named)));
    report += u' '
        + tr("%n claim(s) could not be found in the new text: %1. They are kept as they were and marked as not "
             "found in the panel; undo (Ctrl+Z) or the other way of importing brings them back.",
             nullptr, int(result->notFound.size()))
              .arg(quotes.join(QStringLiteral("; ")));
    m_banner->showMessage(report, MessageBanner::Kind::Warning);
    m_reextractReport = report;
}

void MainWindow::showCodebook()
{
    CodebookDialog dialog(m_store, m_undoStack, m_claimTypes, this);
    dialog.exec();
}

void MainWindow::showSpellingSettings()
{
    SpellingSettingsDialog dialog(m_store->isOpen() ? m_store : nullptr, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kanttekening"),
                       tr("<h3>Kanttekening %1</h3>"
                          "<p>A reader and annotator for policy texts: mark the claims an article makes, "
                          "classify them, note who makes them and whether they hold up.</p>"
                          "<p>Built with Qt %2 and SQLite. Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QStringLiteral(KTK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showViewContextMenu(const QList<qint64> &ids, const QPoint &globalPos, bool hasSelection)
{
    QMenu menu(this);
    if (hasSelection) {
        QMenu *markAs = menu.addMenu(tr("Mark as Claim"));
        markAs->addActions(m_markAsMenu->actions());
        const QString quote = m_view->currentSelection().quote;
        menu.addAction(themedIcon(QStringLiteral("edit-copy"), QStyle::SP_DialogSaveButton, this), tr("&Copy"), this,
                       [quote] { QApplication::clipboard()->setText(quote); });
        menu.addSeparator();
    }
    for (qint64 id : ids) {
        const auto a = m_annotations->annotation(id);
        if (!a)
            continue;
        QString quote = a->quote().simplified();
        if (quote.size() > 50)
            quote = quote.left(49) + QChar(0x2026);
        QMenu *sub = menu.addMenu(ClaimTypeCombo::swatchIcon(m_annotations->indexOfAnnotation(id).data(ColourRole).value<QColor>()),
                                  tr("Claim \u201c%1\u201d").arg(quote));
        sub->addAction(tr("Select"), this, [this, id] { m_panel->selectAnnotation(id); });
        QMenu *change = sub->addMenu(tr("Change Type"));
        for (int row = 0; row < m_claimTypes->rowCount(); ++row) {
            const ClaimType *type = m_claimTypes->typeAt(row);
            QAction *act = change->addAction(ClaimTypeCombo::swatchIcon(type->colour), ClaimTypesModel::displayName(*type));
            act->setCheckable(true);
            act->setChecked(type->id == a->typeId);
            const ClaimTypeId typeId = type->id;
            connect(act, &QAction::triggered, this, [this, id, typeId] {
                m_annotations->setData(m_annotations->indexOfAnnotation(id), typeId, TypeIdRole);
            });
        }
        sub->addAction(tr("Delete"), this, [this, id] {
            if (const auto doomed = m_annotations->annotation(id))
                m_undoStack->push(new RemoveAnnotationsCommand(m_store, {*doomed}));
        });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(m_findAction);
    menu.exec(globalPos);
}

void MainWindow::setPanelScope(bool wholeProject)
{
    m_scopeProjectAction->setChecked(wholeProject);
    m_scopeDocumentAction->setChecked(!wholeProject);
    m_panel->setWholeProject(wholeProject);
    QSettings().setValue(ScopeKey, wholeProject);
}

void MainWindow::openSampleProject()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    // One file name in every language, so switching does not make a second sample.
    const QString path = folder + QStringLiteral("/Kanttekening sample.ktk");
    if (!QFileInfo::exists(path)) {
        const Status made = SampleProject::create(path);
        if (!made) {
            showOpenFailure(made.error());
            return;
        }
    }
    openProject(path);
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Kanttekening projects (*.ktk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".ktk"), Qt::CaseInsensitive))
        path += QStringLiteral(".ktk");
    if (QFileInfo::exists(path)) {
        // The save dialog already asked to replace it; a project is never
        // overwritten in place, so refuse rather than destroy work.
        showOpenFailure(tr("\u201c%1\u201d already exists. Choose another name, or open it with File \u2192 Open Project.")
                            .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Kanttekening projects (*.ktk)") + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::onWriteFailed(const QString &message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    m_panel->commitPendingEdits();
    m_autoBackup->wait();
    const QString path = m_store->isOpen() ? m_store->path() : QString();
    m_store->close();
    if (!path.isEmpty())
        settings.setValue(LastProjectKey, path);
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIconTheme();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildClaimTypeActions();
        m_annotations->retranslate();
        m_documents->retranslate();
        m_claimTypes->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    // A dropped project opens; dropped documents are imported.
    if (files.size() == 1 && ProjectFileCheck::looksLikeProject(files.first())) {
        openProject(files.first());
    } else if (!files.isEmpty() && m_store->isOpen()) {
        importFiles(files);
    } else if (!files.isEmpty()) {
        QMessageBox::information(this, tr("No project open"),
                                 tr("Create or open a project first, then drop the documents on the window to import them."));
    }
    event->acceptProposedAction();
}

} // namespace ktk
