// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace ktk {

// The claim types a new project starts with. Names and descriptions are
// translated when the project is created; the builtin key lets the interface
// show a built-in type's name in the current language later.
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
};

} // namespace ktk
