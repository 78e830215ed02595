// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ktk {

class ProjectStore;

// A small project to try the program on and to take screenshots of: one
// Dutch and one English article (written for this purpose, so they may be
// shipped) with claims of several types, statuses and tags, two of which
// overlap, and the words its notes need in its project dictionary.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)
public:
    // Adds the articles and their claims to an open project. Claim types are
    // taken from the project's codebook by built-in key; a type the codebook
    // lacks falls back to the first type, so a project whose codebook the user
    // changed still gets the sample. The sample's words join the project's
    // dictionary.
    static Status fill(ProjectStore &store);
    // Creates a new project at path and fills it. Refuses an existing path;
    // removes the new file again if filling fails.
    static Status create(const QString &path);
};

} // namespace ktk
