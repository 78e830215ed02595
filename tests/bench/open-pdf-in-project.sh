#!/bin/sh
# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Kanttekening as a PDF viewer for ../shared/tools/pdfview-bench.sh, which
# starts "VIEWER PDF". Kanttekening opens projects, not PDFs: this opens a
# project whose only (so current) document is PDF, with its text extracted
# and a backup made, as a project a researcher opens again. The project is
# prepared the first time a PDF is given (the benchmark's untimed
# calibration run, or a run by hand before it) and reused after that.
#
#   pdfview-bench.sh -n 3 -- tests/bench/open-pdf-in-project.sh PDF
#   KTK_BIN       the program (default: build-bench/kanttekening of this tree)
#   KTK_PROJECTS  where the prepared projects are kept (default /tmp/ktk-pdfview-bench)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${KTK_BIN:-$here/../../build-bench/kanttekening}
[ $# -eq 1 ] || { echo "usage: $0 PDF" >&2; exit 2; }
pdf=$(realpath "$1")
dir=${KTK_PROJECTS:-/tmp/ktk-pdfview-bench}
project="$dir/$(basename "$pdf" .pdf)-$(printf %s "$pdf" | sha1sum | cut -c1-10).ktk"
if [ ! -f "$project" ]; then
    mkdir -p "$dir"
    "$bin" import "$project" "$pdf" >/dev/null
    # Opening a project that changed since its last backup starts one in the
    # background; a project opened before has one.
    "$bin" backup "$project" >/dev/null
fi
# exec: the benchmark watches this process's window and memory.
exec "$bin" "$project"
