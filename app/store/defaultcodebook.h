// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace ktk {

// The claim types a new project starts with. Names and descriptions are
// stored in English, the source language; with the builtin key the interface
// shows them in the current language until the user renames them.
class DefaultCodebook
{
    Q_DECLARE_TR_FUNCTIONS(DefaultCodebook)
public:
    // In sort order, ids 0, names and descriptions in the current language.
    static QVector<ClaimType> types();
    static QStringList builtinKeys();
    // Translated name and description of a built-in type; empty for an unknown key.
    static QString name(const QString &builtinKey);
    static QString description(const QString &builtinKey);
    // What to show for a type: a built-in type that still has its default
    // name (or description) is shown in the interface language; a name the
    // user typed stays as typed.
    static QString displayName(const ClaimType &type);
    static QString displayDescription(const ClaimType &type);
};

} // namespace ktk
