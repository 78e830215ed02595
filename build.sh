#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The project's one helper script, for a fresh Debian 12 machine:
#   ./build.sh run [ARGS...]   install what is missing, build, start the program
#   ./build.sh test            install what is missing, build, run the whole test suite
#   ./build.sh build           install what is missing and build
#   ./build.sh fuzz [SECONDS]  install what is missing, build the libFuzzer targets (tests/fuzz) with
#                              clang, ASan and UBSan in build-fuzz/, run each for SECONDS (60)
#   ./build.sh package         install what is missing, build, make the Debian package
#                              (cpack -G DEB) and print its path
# BUILD_DIR (build) and FUZZ_DIR (build-fuzz) name the build folders, JOBS (all cores) the
# number of parallel compile jobs.
# Needs root or sudo only when packages are missing.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6
    libpoppler-qt6-dev qpdf poppler-utils libqpdf-dev mupdf-tools
    libsqlite3-dev
    libquazip1-qt6-dev zlib1g-dev
    libhunspell-dev hunspell-nl hunspell-en-us hunspell-en-gb
    qtbase5-dev libkf5sonnet-dev sonnet-plugins
    fonts-dejavu-core breeze-icon-theme
    clang libclang-rt-14-dev llvm
    desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl sqlite3
    dpkg-dev
)
BUILD_DIR=${BUILD_DIR:-build}
FUZZ_DIR=${FUZZ_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR" -j"$JOBS"
}

# The .deb of the build in $BUILD_DIR, by CPack from the install rules (the
# program and resources/desktop only); dependencies by dpkg-shlibdeps.
package() {
    local out deb
    out=$(cd "$BUILD_DIR" && cpack -G DEB) || { echo "$out"; return 1; }
    echo "$out"
    deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' <<<"$out" | tail -1)
    [ -n "$deb" ] && [ -f "$deb" ] || { echo "cpack made no .deb" >&2; return 1; }
    echo "Package: $deb"
    echo "Install it with: sudo apt install $(realpath --relative-to=. "$deb" | sed 's|^[^./]|./&|')"
}

# One fuzz target for $FUZZ_SECONDS seconds, in $FUZZ_RUN/<name>: its own
# scratch corpus first, then its crash inputs and seeds; the exit code goes to
# <name>.rc. Arguments: one line of fuzz-targets.txt.
fuzz_target() {
    local name=$1 binary=$2 dict=$3 dirs=() d rc=0
    shift 3
    for d in "$@"; do [ -d "$d" ] && dirs+=("$d"); done   # crashes/<name> exists once it has crashed
    local out="$FUZZ_RUN/$name"
    mkdir -p "$out/corpus" "$out/artifacts"
    local args=(-max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1
                -artifact_prefix="$out/artifacts/")
    [ "$dict" != - ] && args+=(-dict="$dict")
    timeout -k 10 $((FUZZ_SECONDS + 60)) "$binary" "${args[@]}" "$out/corpus" "${dirs[@]}" \
        </dev/null >"$out.log" 2>&1 || rc=$?
    echo "$rc" >"$out.rc"
}

# The fuzz targets of tests/fuzz, built with clang and KTK_FUZZ=ON (libFuzzer,
# ASan, UBSan; Debug so that Q_ASSERT holds too), each run for $1 seconds, as
# many at a time as there are cores (libFuzzer uses one). Prints executions,
# coverage and crashes per target; fails if any target crashed, leaked, hung
# (10 s per input) or went over its memory.
fuzz() {
    export FUZZ_SECONDS=${1:-60}
    cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKTK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
    cmake --build "$FUZZ_DIR" --target fuzz -j"$JOBS"

    export FUZZ_RUN="$FUZZ_DIR/fuzz-run"
    rm -rf "$FUZZ_RUN" && mkdir -p "$FUZZ_RUN"
    # A smaller quarantine than ASan's 256 MB halves the time of fuzz_projectfile
    # (SQLite allocates a lot) and still catches use after free.
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:quarantine_size_mb=64
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan-suppressions.txt:print_suppressions=0"
    export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
    # Temporary project files in memory where there is a tmpfs: SQLite's fsyncs on a disk cost more than the rest.
    TMPDIR=$(mktemp -d -p /dev/shm ktk-fuzz.XXXXXX 2>/dev/null || mktemp -d)
    export TMPDIR
    trap 'rm -rf "$TMPDIR"' EXIT

    # fuzz-targets.txt: name <tab> binary <tab> dictionary or - <tab> input folders...
    local names=() f running=0
    while IFS=$'\t' read -r -a f; do
        names+=("${f[0]}")
        echo "fuzz_${f[0]}: $FUZZ_SECONDS s"
        fuzz_target "${f[@]}" &
        if (( ++running >= $(nproc) )); then wait -n || true; running=$((running - 1)); fi
    done <"$FUZZ_DIR/fuzz-targets.txt"
    wait || true

    local rows=() failed=() name
    for name in "${names[@]}"; do
        local log="$FUZZ_RUN/$name.log" rc stats crashes
        rc=$(cat "$FUZZ_RUN/$name.rc" 2>/dev/null || echo 1)
        # The last status line: "#N DONE cov: C ft: F corp: U/SIZE ..."
        stats=($(sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/\1 \2 \3/p' "$log" | tail -1))
        crashes=$(find "$FUZZ_RUN/$name/artifacts" -type f | wc -l)
        [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes=1   # killed by timeout(1), or died before writing one
        rows+=("$(printf '%-18s %12s %8s %6s %7s %7s %7s' "fuzz_$name" \
                  "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)" \
                  "$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)" \
                  "${stats[0]:-?}" "${stats[1]:-?}" "${stats[2]:-?}" "$crashes")")
        if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
            failed+=("fuzz_$name")
            echo "fuzz_$name FAILED (exit $rc); input(s) in $FUZZ_RUN/$name/artifacts/, log $log:"
            # The report: from the sanitizer's or oracle's first word to the end.
            sed -n '/ERROR: \|runtime error\|fuzz oracle failed\|ALARM\|out-of-memory\|deadly signal\|Qt fatal/,$p' "$log" \
                | head -120 || true
        fi
    done

    echo
    printf '%-18s %12s %8s %6s %7s %7s %7s\n' target executions exec/s cov ft corpus crashes
    printf '%s\n' "${rows[@]}"
    echo "(libFuzzer's final figures; corpus: inputs kept, seeds included; new ones are in $FUZZ_RUN/<target>/corpus)"
    if [ ${#failed[@]} -ne 0 ]; then
        echo "Fuzzing FAILED: ${failed[*]}"
        return 1
    fi
    echo "Fuzzing passed: no crash in ${#rows[@]} targets, $FUZZ_SECONDS s each"
}

command=${1:-run}
shift || true
case "$command" in
    run)
        install_missing; build
        exec "./$BUILD_DIR/kanttekening" "$@" ;;
    test)
        install_missing; build
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" ;;
    build)
        install_missing; build ;;
    fuzz)
        install_missing; fuzz "$@" ;;
    package)
        install_missing; build; package ;;
    *)
        echo "usage: $0 run|test|build|fuzz [SECONDS]|package" >&2; exit 2 ;;
esac
