// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ktk {

// The name an exported annotation carries in /T when the researcher has set
// none: the full name of the account, as Okular and other readers show it,
// else the login name.
QString defaultAnnotationAuthor();

} // namespace ktk
