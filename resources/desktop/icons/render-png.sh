#!/bin/sh
# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the PNG sizes of the application and project-file icons from their
# SVGs into hicolor/. The PNGs are committed, so a build needs no SVG
# renderer; run this (Debian: librsvg2-bin) after changing either SVG, and
# commit the result. tests/packaging checks that every size is installed.
set -eu
cd "$(dirname "$0")"
app=../../icons/kanttekening.svg
mime=hicolor/scalable/mimetypes/application-x-kanttekening-project.svg
for size in 16 22 24 32 48 64 128 256; do
    dir=hicolor/${size}x${size}
    mkdir -p "$dir/apps" "$dir/mimetypes"
    rsvg-convert -w "$size" -h "$size" "$app" -o "$dir/apps/org.kanttekening.Kanttekening.png"
    rsvg-convert -w "$size" -h "$size" "$mime" -o "$dir/mimetypes/application-x-kanttekening-project.png"
done
