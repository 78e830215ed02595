// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/claimeditor.h"

#include "models/annotationroles.h"
#include "models/annotationsmodel.h"
#include "panels/claimtypecombo.h"
#include "panels/elidedlabel.h"
#include "panels/taglistcompleter.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellingprojectsettings.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace ktk {

namespace {
QStringList splitTags(const QString &text)
{
    return normalisedTags(text.split(u',', Qt::SkipEmptyParts));
}

QString joinTags(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}
} // namespace

ClaimEditor::ClaimEditor(ProjectStore *store, AnnotationsModel *model, ClaimTypesModel *types, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_types(types)
{
    setObjectName(QStringLiteral("claimEditor"));

    m_quote = new ElidedLabel(this);
    m_quote->setObjectName(QStringLiteral("claimQuote"));
    m_quote->setMaximumLines(3);
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);

    // Elided, not a QLabel: a document title of 200 characters (a regulation's
    // full name) widened the panel, and the window with it.
    m_context = new ElidedLabel(this);
    m_context->setObjectName(QStringLiteral("claimContext"));
    m_context->setMaximumLines(2);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_context->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    m_context->setFont(small);

    m_typeCombo = new ClaimTypeCombo(this);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->setTypesModel(types);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));

    m_claimantEdit = new QLineEdit(this);
    m_claimantEdit->setObjectName(QStringLiteral("claimantEdit"));
    m_claimants = new QStringListModel(this);
    m_claimantCompleter = new QCompleter(m_claimants, this);
    m_claimantCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_claimantCompleter->setFilterMode(Qt::MatchContains);
    m_claimantEdit->setCompleter(m_claimantCompleter);

    m_tagsEdit = new QLineEdit(this);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagCompleter = new TagListCompleter(m_tagsEdit);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMinimumHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_noteEdit->installEventFilter(this);
    SpellCheckDecorator::attach(m_noteEdit, store, [this] { return SpellingProjectSettings::noteLanguageKey(m_id); },
                                model ? model->undoStack() : nullptr);

    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteClaim"));
    m_deleteButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));

    m_typeLabel = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_claimantLabel = new QLabel(this);
    m_tagsLabel = new QLabel(this);
    m_noteLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_typeCombo);
    m_statusLabel->setBuddy(m_statusCombo);
    m_claimantLabel->setBuddy(m_claimantEdit);
    m_tagsLabel->setBuddy(m_tagsEdit);
    m_noteLabel->setBuddy(m_noteEdit);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addRow(m_typeLabel, m_typeCombo);
    m_form->addRow(m_statusLabel, m_statusCombo);
    m_form->addRow(m_claimantLabel, m_claimantEdit);
    m_form->addRow(m_tagsLabel, m_tagsEdit);
    m_form->addRow(m_noteLabel, m_noteEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quote);
    layout->addWidget(m_context);
    layout->addSpacing(4);
    layout->addLayout(m_form, 1);
    layout->addLayout(buttons);

    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(NoteCommitDelayMs);
    connect(&m_noteTimer, &QTimer::timeout, this, &ClaimEditor::commitNote);
    m_completionTimer.setSingleShot(true);
    m_completionTimer.setInterval(0);
    connect(&m_completionTimer, &QTimer::timeout, this, &ClaimEditor::refreshCompletions);

    connect(m_typeCombo, &ClaimTypeCombo::typeChosen, this, [this](ClaimTypeId id) {
        if (id == 0 || !setField(TypeIdRole, id))
            load(false);
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !setField(StatusRole, m_statusCombo->itemData(index)))
            load(false);
    });
    connect(m_claimantEdit, &QLineEdit::editingFinished, this, &ClaimEditor::commitClaimant);
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, &ClaimEditor::commitTags);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_id != 0)
            m_noteTimer.start();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &ClaimEditor::deleteRequested);

    connect(model, &QAbstractItemModel::dataChanged, this, &ClaimEditor::onModelDataChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ClaimEditor::onModelStructureChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ClaimEditor::onModelStructureChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ClaimEditor::onModelStructureChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ClaimEditor::scheduleCompletionRefresh);

    retranslateUi();
    load(true);
}

ClaimEditor::~ClaimEditor() = default;

void ClaimEditor::retranslateUi()
{
    //: Label of the claim type field in the claim editor
    m_typeLabel->setText(tr("&Type:"));
    //: Label of the verification status field
    m_statusLabel->setText(tr("&Status:"));
    //: The person or organisation that makes the claim
    m_claimantLabel->setText(tr("&Claimant:"));
    m_tagsLabel->setText(tr("T&ags:"));
    //: The annotator's own note on the claim
    m_noteLabel->setText(tr("&Note:"));
    m_claimantEdit->setPlaceholderText(tr("Who makes this claim?"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. climate, budget"));
    m_tagsEdit->setToolTip(tr("Tags, separated by commas"));
    m_noteEdit->setPlaceholderText(tr("Your note on this claim\u2026"));
    fillStatusCombo();
    setDeleteCount(m_deleteCount);
    load(false);
}

void ClaimEditor::fillStatusCombo()
{
    const QSignalBlocker blocker(m_statusCombo);
    const int current = m_statusCombo->currentIndex();
    m_statusCombo->clear();
    for (int s = 0; s < VerificationStatusCount; ++s)
        m_statusCombo->addItem(VerificationStatusNames::displayName(VerificationStatus(s)), s);
    m_statusCombo->setCurrentIndex(current);
}

void ClaimEditor::setDeleteCount(int count)
{
    m_deleteCount = count;
    if (count > 1)
        m_deleteButton->setText(tr("Delete %n Claims", nullptr, count));
    else
        m_deleteButton->setText(tr("Delete Claim"));
    m_deleteButton->setEnabled(count > 0);
}

QModelIndex ClaimEditor::currentIndex() const
{
    return m_id != 0 && m_model ? m_model->indexOfAnnotation(m_id) : QModelIndex();
}

void ClaimEditor::setAnnotation(AnnotationId id)
{
    if (id == m_id) {
        load(false);
        return;
    }
    commitPendingEdits();
    m_id = id;
    load(true);
    refreshCompletions();
}

void ClaimEditor::load(bool force)
{
    const QModelIndex index = currentIndex();
    m_loading = true;
    const bool valid = index.isValid();
    for (QWidget *w : {static_cast<QWidget *>(m_typeCombo), static_cast<QWidget *>(m_statusCombo),
                       static_cast<QWidget *>(m_claimantEdit), static_cast<QWidget *>(m_tagsEdit),
                       static_cast<QWidget *>(m_noteEdit)})
        w->setEnabled(valid);
    m_deleteButton->setEnabled(valid || m_deleteCount > 0);

    if (!valid) {
        m_id = 0;
        m_noteTimer.stop();
        m_quote->setAccentColour({});
        m_quote->setEnabled(false);
        m_quote->setText(tr("Select a claim to edit it"));
        m_context->setText(QString());
        m_context->hide();
        m_typeCombo->setCurrentTypeId(0);
        {
            const QSignalBlocker blocker(m_statusCombo);
            m_statusCombo->setCurrentIndex(-1);
        }
        m_claimantEdit->clear();
        m_tagsEdit->clear();
        m_noteEdit->clear();
        m_loadedNote.clear();
        m_loadedClaimant.clear();
        m_loadedTags.clear();
        m_loading = false;
        return;
    }

    m_quote->setEnabled(true);
    m_quote->setAccentColour(index.data(ColourRole).value<QColor>());
    m_quote->setText(QStringLiteral("\u201c") + index.data(QuoteRole).toString().simplified() + QStringLiteral("\u201d"));
    QStringList context;
    const QString title = index.data(DocumentTitleRole).toString();
    if (!title.isEmpty())
        context << title;
    const QDateTime created = index.data(CreatedRole).toDateTime();
    if (created.isValid())
        // "29 november 2026" / "29 November 2026": the interface language's month names.
        context << QLocale().toString(created.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    const QString author = index.data(AuthorRole).toString();
    if (!author.isEmpty())
        context << author;
    m_context->setText(context.join(QStringLiteral(" \u00b7 ")));
    m_context->setVisible(!context.isEmpty());

    m_typeCombo->setCurrentTypeId(index.data(TypeIdRole).toLongLong());
    {
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(index.data(StatusRole).toInt()));
    }

    const QString claimant = index.data(ClaimantRole).toString();
    if (force || claimant != m_loadedClaimant) {
        if (m_claimantEdit->text() != claimant)
            m_claimantEdit->setText(claimant);
        m_loadedClaimant = claimant;
    }

    const QStringList tags = index.data(TagsRole).toStringList();
    if (force || tags != m_loadedTags) {
        if (splitTags(m_tagsEdit->text()) != tags || force)
            m_tagsEdit->setText(joinTags(tags));
        m_loadedTags = tags;
    }

    const QString note = index.data(NoteRole).toString();
    if (force || note != m_loadedNote) {
        m_noteTimer.stop();
        if (m_noteEdit->toPlainText() != note) {
            // Undo or another view changed the note: show it, and keep the
            // cursor where it was as far as the new text allows.
            const int position = m_noteEdit->textCursor().position();
            m_noteEdit->setPlainText(note);
            QTextCursor cursor = m_noteEdit->textCursor();
            cursor.setPosition(force ? int(note.size()) : qMin(position, int(note.size())));
            m_noteEdit->setTextCursor(cursor);
        }
        m_loadedNote = note;
    }
    m_loading = false;
}

bool ClaimEditor::setField(int role, const QVariant &value)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return false;
    m_model->setData(index, value, role);
    // Judge by what the model holds now rather than by setData's answer:
    // the value counts as written once the store reported it back.
    const QModelIndex after = currentIndex();
    return after.isValid() && after.data(role) == value;
}

void ClaimEditor::commitPendingEdits()
{
    commitNote();
    commitClaimant();
    commitTags();
}

void ClaimEditor::commitNote()
{
    m_noteTimer.stop();
    if (!currentIndex().isValid())
        return;
    const QString text = m_noteEdit->toPlainText();
    if (text == m_loadedNote)
        return;
    // Set first, so the change the model reports back is recognised as ours
    // and leaves the text (and what the user typed since) alone.
    const QString previous = m_loadedNote;
    m_loadedNote = text;
    if (!setField(NoteRole, text))
        m_loadedNote = previous;    // keep the text; the next keystroke or focus-out retries
}

void ClaimEditor::commitClaimant()
{
    if (!currentIndex().isValid())
        return;
    const QString text = m_claimantEdit->text().trimmed();
    if (text == m_loadedClaimant) {
        if (m_claimantEdit->text() != text)
            m_claimantEdit->setText(text);
        return;
    }
    const QString previous = m_loadedClaimant;
    m_loadedClaimant = text;
    if (!setField(ClaimantRole, text))
        m_loadedClaimant = previous;
    else if (m_claimantEdit->text() != text)
        m_claimantEdit->setText(text);
    scheduleCompletionRefresh();
}

void ClaimEditor::commitTags()
{
    if (!currentIndex().isValid())
        return;
    const QStringList tags = splitTags(m_tagsEdit->text());
    if (tags != m_loadedTags) {
        const QStringList previous = m_loadedTags;
        m_loadedTags = tags;
        if (!setField(TagsRole, tags)) {
            m_loadedTags = previous;
            return;
        }
        scheduleCompletionRefresh();
    }
    // Show the list as stored: trimmed, sorted, without duplicates.
    if (m_tagsEdit->text() != joinTags(tags))
        m_tagsEdit->setText(joinTags(tags));
}

void ClaimEditor::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex index = currentIndex();
    if (index.isValid() && index.row() >= topLeft.row() && index.row() <= bottomRight.row())
        load(false);
    scheduleCompletionRefresh();
}

void ClaimEditor::onModelStructureChanged()
{
    if (m_id != 0)
        load(false);    // clears the editor if the claim is gone
    scheduleCompletionRefresh();
}

void ClaimEditor::scheduleCompletionRefresh()
{
    m_completionTimer.start();
}

void ClaimEditor::refreshCompletions()
{
    if (!m_model)
        return;
    QStringList claimants;
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString claimant = m_model->index(row, 0).data(ClaimantRole).toString();
        if (!claimant.isEmpty() && !seen.contains(claimant.toCaseFolded())) {
            seen.insert(claimant.toCaseFolded());
            claimants << claimant;
        }
    }
    std::sort(claimants.begin(), claimants.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    if (m_claimants->stringList() != claimants)
        m_claimants->setStringList(claimants);
    m_tagCompleter->setTags(m_store->isOpen() ? m_store->allTags() : QStringList());
}

bool ClaimEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

void ClaimEditor::hideEvent(QHideEvent *event)
{
    // Closing the window or the panel is no reason to lose a note.
    commitPendingEdits();
    QWidget::hideEvent(event);
}

void ClaimEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ktk
