// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace ktk {

// Roles of AnnotationsModel (and of the proxies over it). Views read these and
// nothing else, so a PDF page view can join over the same model later.
enum AnnotationRole {
    AnnotationIdRole = Qt::UserRole + 1,  // qint64
    DocumentIdRole,                       // qint64
    QuoteRole,                            // QString
    TypeIdRole,                           // qint64
    TypeNameRole,                         // QString
    ColourRole,                           // QColor of the claim type
    NoteRole,                             // QString
    ClaimantRole,                         // QString
    StatusRole,                           // int (VerificationStatus)
    StatusNameRole,                       // QString, translated
    TagsRole,                             // QStringList
    StartRole,                            // int: text start offset (-1 for none)
    EndRole,                              // int: text end offset, exclusive
    PageRole,                             // int: PDF page, -1 for text documents
    PositionKeyRole,                      // qint64: reading order within a document
    CreatedRole,                          // QDateTime (UTC)
    ModifiedRole,                         // QDateTime (UTC)
    AuthorRole,                           // QString
    DocumentTitleRole,                    // QString
    AnchorRole,                           // QVariant holding ktk::Anchor
    DocumentOrderRole,                    // int: the document's place in the navigator
    AnchoredRole,                         // bool: false when the quote was not found in the text
    FilteredOutRole,                      // bool (AnnotationFilterProxy): outside the panel's filter, kept to be dimmed
    TypeNumberRole                        // int: the type's place in the codebook, 1 first (its key, up to 9)
};

} // namespace ktk
