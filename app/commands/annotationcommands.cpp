// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/annotationcommands.h"

#include "commands/undocommandids.h"
#include "store/projectstore.h"

namespace ktk {

namespace {
QString shortQuote(const Annotation &a)
{
    QString q = a.quote().simplified();
    if (q.size() > 40)
        q = q.left(39) + QChar(0x2026);
    return q;
}
} // namespace

AddAnnotationCommand::AddAnnotationCommand(ProjectStore *store, const Annotation &annotation, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_annotation(annotation)
{
    retranslate();
}

QString AddAnnotationCommand::label() const
{
    return tr("Add claim \u201c%1\u201d").arg(shortQuote(m_annotation));
}

void AddAnnotationCommand::redo()
{
    // The first redo gets a fresh id; later redos restore that same id so
    // that other commands referring to it stay valid.
    const Result<AnnotationId> id = m_store->addAnnotation(m_annotation);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_annotation.id == 0) {
        if (const auto stored = m_store->annotation(*id))
            m_annotation = *stored;
    }
}

void AddAnnotationCommand::undo()
{
    m_store->removeAnnotation(m_annotation.id);
}

TakeOverClaimsCommand::TakeOverClaimsCommand(ProjectStore *store, const QVector<Annotation> &claims,
                                             QUndoCommand *parent)
    : TranslatedCommand(parent)
{
    for (const Annotation &claim : claims)
        new AddAnnotationCommand(store, claim, this);
    retranslate();
}

QString TakeOverClaimsCommand::label() const
{
    return tr("Take over %n annotation(s)", nullptr, childCount());
}

RemoveAnnotationsCommand::RemoveAnnotationsCommand(ProjectStore *store, const QVector<Annotation> &annotations,
                                                   QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_annotations(annotations)
{
    retranslate();
}

QString RemoveAnnotationsCommand::label() const
{
    if (m_annotations.size() == 1)
        return tr("Delete claim \u201c%1\u201d").arg(shortQuote(m_annotations.first()));
    return tr("Delete %n claim(s)", nullptr, int(m_annotations.size()));
}

void RemoveAnnotationsCommand::redo()
{
    for (const Annotation &a : qAsConst(m_annotations)) {
        if (!m_store->removeAnnotation(a.id)) {
            setObsolete(true);
            return;
        }
    }
}

void RemoveAnnotationsCommand::undo()
{
    m_store->addAnnotations(m_annotations);
}

EditAnnotationCommand::EditAnnotationCommand(ProjectStore *store, const Annotation &before, const Annotation &after,
                                             Field field, QUndoCommand *parent)
    : TranslatedCommand(parent), m_store(store), m_before(before), m_after(after), m_field(field)
{
    retranslate();
}

QString EditAnnotationCommand::label() const
{
    return describe(m_field);
}

QString EditAnnotationCommand::describe(Field field)
{
    switch (field) {
    case Field::Type: return tr("Change claim type");
    case Field::Note: return tr("Edit note");
    case Field::Claimant: return tr("Edit claimant");
    case Field::Status: return tr("Change verification status");
    case Field::Tags: return tr("Edit tags");
    case Field::Extent: return tr("Change claim extent");
    case Field::Several: break;
    }
    return tr("Edit claim");
}

bool EditAnnotationCommand::apply(const Annotation &value)
{
    return bool(m_store->updateAnnotation(value));
}

void EditAnnotationCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

void EditAnnotationCommand::undo()
{
    apply(m_before);
}

int EditAnnotationCommand::id() const
{
    return (m_field == Field::Note || m_field == Field::Claimant) ? EditAnnotationTextId : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditAnnotationCommand *>(other);
    if (o->m_field != m_field || o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace ktk
