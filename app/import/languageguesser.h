// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace ktk {

// Tells Dutch from English (and German, so that a German page is not taken
// for Dutch) by counting the most common function words of each language.
class LanguageGuesser
{
public:
    // "nl", "en", "de", or empty when the text is too short or too mixed.
    static QString guess(QStringView text);
};

} // namespace ktk
