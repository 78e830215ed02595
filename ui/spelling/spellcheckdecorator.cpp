// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling/spellcheckdecorator.h"

#include "commands/projectwordcommands.h"
#include "commands/undopush.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellcheckhighlighter.h"
#include "spelling/spellinglanguages.h"
#include "spelling/spellingprojectsettings.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingwords.h"
#include "store/projectstore.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <utility>

namespace ktk {

SpellCheckDecorator *SpellCheckDecorator::attach(QPlainTextEdit *edit, ProjectStore *store, SettingKey manualChoiceKey,
                                                 QUndoStack *undoStack)
{
    SpellCheckDecorator *decorator = of(edit);
    if (!decorator)
        decorator = new SpellCheckDecorator(edit, SpellingService::instance(), store, std::move(manualChoiceKey));
    if (undoStack)
        decorator->setUndoStack(undoStack);
    return decorator;
}

SpellCheckDecorator *SpellCheckDecorator::of(const QPlainTextEdit *edit)
{
    return edit ? edit->findChild<SpellCheckDecorator *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

SpellCheckDecorator::SpellCheckDecorator(QPlainTextEdit *edit, SpellingService *service, ProjectStore *store,
                                         SettingKey manualChoiceKey)
    : QObject(edit), m_edit(edit), m_service(service), m_store(store), m_manualChoiceKey(std::move(manualChoiceKey))
{
    setObjectName(QStringLiteral("spellCheckDecorator"));
    // Connected before the highlighter exists, so a new text gets its
    // language before the highlighter checks it.
    connect(edit->document(), &QTextDocument::contentsChange, this, &SpellCheckDecorator::onContentsChange);
    m_highlighter = new SpellCheckHighlighter(edit->document());
    m_project = ProjectDictionary::of(store);
    m_highlighter->setProjectDictionary(m_project);
    if (m_project)
        connect(m_project, &ProjectDictionary::wordsChanged, m_highlighter, &SpellCheckHighlighter::refresh);

    m_languageTimer.setSingleShot(true);
    m_languageTimer.setInterval(LanguageCheckDelayMs);
    connect(&m_languageTimer, &QTimer::timeout, this, &SpellCheckDecorator::updateLanguage);

    connect(service, &SpellingService::checkerReady, this, [this](const QString &language) {
        // A new dictionary may settle which language a short note is in.
        if (language == m_language || m_manualChoice.isEmpty())
            updateLanguage();
    });
    connect(service, &SpellingService::wordsChanged, this, [this](const QString &language) {
        if (language == m_language)
            m_highlighter->refresh();
    });
    connect(service, &SpellingService::settingsChanged, this, [this] {
        preloadDictionaries();
        updateLanguage();
    });

    edit->viewport()->installEventFilter(this);
    edit->installEventFilter(this);

    m_key = m_manualChoiceKey ? m_manualChoiceKey() : QString();
    loadManualChoice();
    preloadDictionaries();
    updateLanguage();
}

void SpellCheckDecorator::setUndoStack(QUndoStack *undoStack)
{
    m_undoStack = undoStack;
}

void SpellCheckDecorator::preloadDictionaries()
{
    if (!m_service->isEnabled())
        return;
    // Both languages, so that detection can compare them; the default first.
    const QString preferred = m_service->defaultLanguage();
    const QString english = SpellingLanguages::family(preferred) == QLatin1String("en")
        ? preferred : SpellingLanguages::americanEnglish();
    m_service->preload({preferred, SpellingLanguages::dutch(), english});
}

QString SpellCheckDecorator::projectDefault() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return m_store->setting(SpellingProjectSettings::languageKey());
}

void SpellCheckDecorator::loadManualChoice()
{
    if (m_key.isEmpty() || !m_store || !m_store->isOpen())
        return;     // an editor without a key keeps its own choice
    const QString stored = m_store->setting(m_key);
    m_manualChoice = SpellingLanguages::isKnown(stored) ? stored : QString();
}

void SpellCheckDecorator::setManualChoice(const QString &language)
{
    const QString choice = SpellingLanguages::isKnown(language) ? language : QString();
    m_manualChoice = choice;
    if (!m_key.isEmpty() && m_store && m_store->isOpen())
        m_store->setSetting(m_key, choice);     // a failure reaches the user through writeFailed
    updateLanguage();
}

void SpellCheckDecorator::onContentsChange(int, int charsRemoved, int charsAdded)
{
    const QString key = m_manualChoiceKey ? m_manualChoiceKey() : QString();
    if (key != m_key) {
        // The editor shows another note now.
        m_key = key;
        if (!m_key.isEmpty())
            m_manualChoice.clear();
        loadManualChoice();
        updateLanguage();
        return;
    }
    // A new text or a paste: judge at once, so it is not checked against
    // the wrong dictionary first. (Equal counts are format changes.)
    if ((charsAdded > 1 || charsRemoved > 1) && charsAdded != charsRemoved)
        updateLanguage();
    else
        m_languageTimer.start();
}

void SpellCheckDecorator::updateLanguage()
{
    m_languageTimer.stop();
    if (!m_service->isEnabled()) {
        m_highlighter->setChecker(nullptr);
        return;
    }
    m_language = m_service->languageFor(m_edit->toPlainText(), m_manualChoice, projectDefault());
    // Null while the dictionary loads: checkerReady() brings it.
    m_highlighter->setChecker(m_service->checker(m_language));
}

SpellCheckDecorator::Word SpellCheckDecorator::wordAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = m_edit->cursorForPosition(viewportPos);
    const QTextBlock block = cursor.block();
    const int inBlock = cursor.positionInBlock();
    const QString text = block.text();
    for (const SpellingWords::Range &r : SpellingWords::find(text)) {
        if (inBlock >= r.start && inBlock <= r.start + r.length)
            return {block.position() + r.start, text.mid(r.start, r.length), m_highlighter->isMisspelled(text, r)};
    }
    return {};
}

void SpellCheckDecorator::replaceWord(const Word &word, const QString &replacement)
{
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(word.position);
    cursor.setPosition(word.position + int(word.text.size()), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != word.text)
        return;     // the text changed while the menu was open
    cursor.insertText(replacement);
    m_edit->setTextCursor(cursor);
}

QMenu *SpellCheckDecorator::createContextMenu(const QPoint &viewportPos, QWidget *parent)
{
    QMenu *menu = m_edit->createStandardContextMenu();
    menu->setParent(parent, menu->windowFlags());
    menu->setObjectName(QStringLiteral("spellingContextMenu"));
    const Word word = wordAt(viewportPos);
    if (m_service->isEnabled() && word.misspelled)
        addSpellingEntries(menu, word);
    addLanguageEntries(menu);
    return menu;
}

void SpellCheckDecorator::addSpellingEntries(QMenu *menu, const Word &word)
{
    QAction *first = menu->actions().value(0);
    const QString language = m_language;
    // Asking for suggestions takes tens of milliseconds: only here, on demand.
    const QStringList suggestions = m_highlighter->checker()->suggestions(word.text, MaxSuggestions);
    QFont bold = menu->font();
    bold.setBold(true);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, word, suggestion] { replaceWord(word, suggestion); });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        //: In the spelling context menu, when the dictionary knows no replacement
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setObjectName(QStringLiteral("spellingNoSuggestions"));
        none->setEnabled(false);
        menu->insertAction(first, none);
    }

    //: Adds the misspelled word to the user's personal word list
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("spellingAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, language, word] {
        const Status saved = m_service->addToPersonal(language, word.text);
        if (!saved)
            QMessageBox::warning(m_edit, tr("Personal Dictionary"), saved.error());
    });
    menu->insertAction(first, add);

    if (m_project && m_store && m_store->isOpen() && !m_store->isReadOnly()) {
        //: Adds the misspelled word to the word list kept in the project file, shared with everyone who opens it
        auto *addToProject = new QAction(tr("Add to Project Dictionary"), menu);
        addToProject->setObjectName(QStringLiteral("spellingAddToProjectDictionary"));
        addToProject->setEnabled(!ProjectDictionary::normalised(word.text).isEmpty());
        connect(addToProject, &QAction::triggered, this, [this, word] { addProjectWord(word.text); });
        menu->insertAction(first, addToProject);
    }

    //: Stops marking the word until the program is closed
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignore, &QAction::triggered, this, [this, language, word] { m_service->ignore(language, word.text); });
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
}

void SpellCheckDecorator::addProjectWord(const QString &word)
{
    if (!m_project)
        return;
    const Status possible = m_project->canAdd(word);
    if (!possible) {
        //: Title of a message box about the project's own word list
        QMessageBox::warning(m_edit, tr("Project Dictionary"), possible.error());
        return;
    }
    // A failed write reaches the user through ProjectStore::writeFailed.
    if (m_undoStack)
        pushCommand(m_undoStack, new AddProjectWordCommand(m_store, word));
    else
        m_project->add(word);
}

void SpellCheckDecorator::addLanguageEntries(QMenu *menu)
{
    menu->addSeparator();
    //: Turns marking of misspelled words on or off
    QAction *toggle = menu->addAction(tr("Check Spelling"));
    toggle->setObjectName(QStringLiteral("spellingToggle"));
    toggle->setCheckable(true);
    toggle->setChecked(m_service->isEnabled());
    connect(toggle, &QAction::toggled, m_service, &SpellingService::setEnabled);

    //: Submenu: the language the text is checked in
    QMenu *languages = menu->addMenu(tr("Spelling Language"));
    languages->setObjectName(QStringLiteral("spellingLanguageMenu"));
    auto *group = new QActionGroup(languages);
    const QString detected = m_service->languageFor(m_edit->toPlainText(), {}, projectDefault());
    //: Spelling language detected from the text; %1 is the language found now
    QAction *automatic = languages->addAction(tr("Automatic (%1)").arg(SpellingLanguages::displayName(detected)));
    automatic->setObjectName(QStringLiteral("spellingLanguage_auto"));
    automatic->setCheckable(true);
    automatic->setChecked(m_manualChoice.isEmpty());
    group->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] { setManualChoice({}); });
    languages->addSeparator();

    for (const SpellCheckerFactory::Dictionary &d : m_service->factory().dictionaries()) {
        const QString name = SpellingLanguages::displayName(d.language);
        //: A spelling language whose dictionary is missing; %1 is its name
        QAction *action = languages->addAction(d.found ? name : tr("%1 (not installed)").arg(name));
        action->setObjectName(QStringLiteral("spellingLanguage_") + d.language);
        action->setCheckable(true);
        action->setChecked(m_manualChoice == d.language);
        action->setEnabled(d.found);
        action->setToolTip(d.problem);
        group->addAction(action);
        const QString code = d.language;
        connect(action, &QAction::triggered, this, [this, code] { setManualChoice(code); });
    }
    languages->setToolTipsVisible(true);
}

bool SpellCheckDecorator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && (watched == m_edit || watched == m_edit->viewport())) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        QPoint pos = e->pos();
        if (e->reason() == QContextMenuEvent::Keyboard)
            pos = m_edit->cursorRect().center();
        else if (watched == m_edit)
            pos = m_edit->viewport()->mapFrom(m_edit, pos);
        QMenu *menu = createContextMenu(pos, m_edit);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(e->reason() == QContextMenuEvent::Keyboard ? m_edit->viewport()->mapToGlobal(pos) : e->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ktk
