// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/defaultcodebook.h"

namespace ktk {

namespace {

struct BuiltinType
{
    const char *key;
    const char *name;
    const char *description;
    const char *colour;
};

// Mid-tone colours: drawn as translucent highlights they stay readable under
// dark text on a light page and light text on a dark page, and no two are
// alike enough to be mistaken side by side. Keys are stored in project files:
// never change one.
constexpr BuiltinType Builtins[] = {
    {"factual",
     //: Claim type: a statement about how things are that can be checked
     QT_TRANSLATE_NOOP("DefaultCodebook", "Factual claim"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A statement about how things are that can be checked."),
     "#5b9bd5"},
    {"causal",
     //: Claim type: X causes or leads to Y
     QT_TRANSLATE_NOOP("DefaultCodebook", "Causal claim"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A claim that one thing causes or leads to another."),
     "#ed8936"},
    {"normative",
     //: Claim type: a judgement about how things ought to be
     QT_TRANSLATE_NOOP("DefaultCodebook", "Normative claim"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A judgement about how things ought to be."),
     "#a27ee6"},
    {"prediction",
     //: Claim type: a claim about the future
     QT_TRANSLATE_NOOP("DefaultCodebook", "Prediction"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A claim about what will happen."),
     "#38b2ac"},
    {"policy",
     //: Claim type: a proposed measure or plan (in Dutch: beleidsvoorstel)
     QT_TRANSLATE_NOOP("DefaultCodebook", "Policy proposal"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A proposed measure, plan or course of action."),
     "#5cb85c"},
    {"evidence",
     //: Claim type: data, research or a source offered in support of a claim
     QT_TRANSLATE_NOOP("DefaultCodebook", "Evidence or source"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "Data, research or a source offered in support of a claim."),
     "#e6c229"},
    {"attribution",
     //: Claim type: a claim ascribed to a named person or organisation
     QT_TRANSLATE_NOOP("DefaultCodebook", "Attribution"),
     QT_TRANSLATE_NOOP("DefaultCodebook", "A claim ascribed to a named person or organisation."),
     "#e5739b"},
};

const BuiltinType *find(const QString &key)
{
    for (const BuiltinType &b : Builtins) {
        if (key == QLatin1String(b.key))
            return &b;
    }
    return nullptr;
}

} // namespace

QVector<ClaimType> DefaultCodebook::types()
{
    QVector<ClaimType> result;
    int order = 1;
    for (const BuiltinType &b : Builtins) {
        ClaimType t;
        t.builtinKey = QLatin1String(b.key);
        // Stored in the source language; displayName() shows it in the
        // interface language for as long as the user has not renamed it.
        t.name = QString::fromUtf8(b.name);
        t.description = QString::fromUtf8(b.description);
        t.colour = QColor(QLatin1String(b.colour));
        t.shortcut = QString::number(order);
        t.sortOrder = order;
        result.append(t);
        ++order;
    }
    return result;
}

QStringList DefaultCodebook::builtinKeys()
{
    QStringList keys;
    for (const BuiltinType &b : Builtins)
        keys.append(QLatin1String(b.key));
    return keys;
}

QString DefaultCodebook::name(const QString &builtinKey)
{
    const BuiltinType *b = find(builtinKey);
    return b ? tr(b->name) : QString();
}

QString DefaultCodebook::description(const QString &builtinKey)
{
    const BuiltinType *b = find(builtinKey);
    return b ? tr(b->description) : QString();
}

QString DefaultCodebook::displayName(const ClaimType &type)
{
    const BuiltinType *b = type.builtinKey.isEmpty() ? nullptr : find(type.builtinKey);
    return b && type.name == QLatin1String(b->name) ? tr(b->name) : type.name;
}

QString DefaultCodebook::displayDescription(const ClaimType &type)
{
    const BuiltinType *b = type.builtinKey.isEmpty() ? nullptr : find(type.builtinKey);
    return b && type.description == QLatin1String(b->description) ? tr(b->description) : type.description;
}

} // namespace ktk
