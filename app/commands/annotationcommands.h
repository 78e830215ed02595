// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/translatedcommand.h"

#include "store/records.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace ktk {

class ProjectStore;

// Every user edit is a command that writes through the store, so undo and
// redo are committed like any other edit. A command whose first redo() fails
// marks itself obsolete and the stack drops it; the store has already
// reported the failure through ProjectStore::writeFailed.

class AddAnnotationCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)
public:
    AddAnnotationCommand(ProjectStore *store, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;
    // The id the annotation got on the first redo(); 0 if that failed.
    AnnotationId annotationId() const { return m_annotation.id; }

private:
    ProjectStore *m_store;
    Annotation m_annotation;
};

// Annotations made in another program (a PDF's highlights, a Word file's
// comments) added as claims, in one step: one AddAnnotationCommand each.
class TakeOverClaimsCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(TakeOverClaimsCommand)
public:
    TakeOverClaimsCommand(ProjectStore *store, const QVector<Annotation> &claims, QUndoCommand *parent = nullptr);
    QString label() const override;
};

class RemoveAnnotationsCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationsCommand)
public:
    RemoveAnnotationsCommand(ProjectStore *store, const QVector<Annotation> &annotations, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;

private:
    ProjectStore *m_store;
    QVector<Annotation> m_annotations;
};

// Replaces an annotation's editable fields (type, note, claimant, status,
// tags). Consecutive edits of the note or claimant of one annotation merge,
// so one Ctrl+Z undoes a whole burst of typing.
class EditAnnotationCommand : public TranslatedCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)
public:
    enum class Field { Type, Note, Claimant, Status, Tags, Extent, Several };
    EditAnnotationCommand(ProjectStore *store, const Annotation &before, const Annotation &after,
                          Field field, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    QString label() const override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static QString describe(Field field);

private:
    bool apply(const Annotation &value);

    ProjectStore *m_store;
    Annotation m_before;
    Annotation m_after;
    Field m_field;
};

} // namespace ktk
