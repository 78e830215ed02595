// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/records.h"

#include <QSet>
#include <QVector>

#include <algorithm>
#include <utility>

namespace ktk {

namespace {

struct FormatName
{
    SourceFormat format;
    const char *key;
};

// The keys are written into project files: never change one.
constexpr FormatName FormatNames[] = {
    {SourceFormat::PlainText, "txt"},
    {SourceFormat::Markdown, "md"},
    {SourceFormat::Html, "html"},
    {SourceFormat::Pdf, "pdf"},
    {SourceFormat::Docx, "docx"},
    {SourceFormat::Odt, "odt"},
};

constexpr const char *StatusKeys[VerificationStatusCount] = {
    "unchecked", "supported", "disputed", "false", "unverifiable",
};

// Accents and case set aside, so "Économie" sorts with "economie" whatever
// the user's locale; the exact text breaks ties so the order is total.
QString tagSortKey(const QString &tag)
{
    const QString decomposed = tag.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

} // namespace

QString formatKey(SourceFormat format)
{
    for (const FormatName &f : FormatNames) {
        if (f.format == format)
            return QLatin1String(f.key);
    }
    return QLatin1String(FormatNames[0].key);
}

SourceFormat formatFromKey(const QString &key, bool *ok)
{
    for (const FormatName &f : FormatNames) {
        if (key == QLatin1String(f.key)) {
            if (ok)
                *ok = true;
            return f.format;
        }
    }
    if (ok)
        *ok = false;
    return SourceFormat::PlainText;
}

QString statusKey(VerificationStatus status)
{
    const int i = int(status);
    return QLatin1String(StatusKeys[(i >= 0 && i < VerificationStatusCount) ? i : 0]);
}

VerificationStatus statusFromKey(const QString &key, bool *ok)
{
    for (int i = 0; i < VerificationStatusCount; ++i) {
        if (key == QLatin1String(StatusKeys[i])) {
            if (ok)
                *ok = true;
            return VerificationStatus(i);
        }
    }
    if (ok)
        *ok = false;
    return VerificationStatus::Unchecked;
}

QString VerificationStatusNames::displayName(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Unchecked:
        //: Verification status of a claim: nobody has checked it yet
        return tr("Unchecked");
    case VerificationStatus::Supported:
        //: Verification status of a claim: the evidence supports it
        return tr("Supported");
    case VerificationStatus::Disputed:
        //: Verification status of a claim: sources disagree about it
        return tr("Disputed");
    case VerificationStatus::False:
        //: Verification status of a claim: it has been shown to be untrue
        return tr("False");
    case VerificationStatus::Unverifiable:
        //: Verification status of a claim: it cannot be checked
        return tr("Unverifiable");
    }
    return tr("Unchecked");
}

QStringList normalisedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString trimmed = tag.simplified();
        if (trimmed.isEmpty())
            continue;
        const QString folded = trimmed.toCaseFolded();
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        result.append(trimmed);
    }
    if (result.size() < 2)
        return result;
    QVector<std::pair<QString, QString>> keyed;
    keyed.reserve(result.size());
    for (const QString &tag : qAsConst(result))
        keyed.append({tagSortKey(tag), tag});
    std::sort(keyed.begin(), keyed.end());
    for (int i = 0; i < keyed.size(); ++i)
        result[i] = keyed.at(i).second;
    return result;
}

} // namespace ktk
