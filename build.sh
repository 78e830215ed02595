#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The project's one helper script, for a fresh Debian 12 machine:
#   ./build.sh run [ARGS...]   install what is missing, build, start the program
#   ./build.sh test            install what is missing, build, run the whole test suite
#   ./build.sh build           install what is missing and build
# Needs root or sudo only when packages are missing.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6
    libpoppler-qt6-dev
    libsqlite3-dev
    libhunspell-dev hunspell-nl hunspell-en-us hunspell-en-gb
    qtbase5-dev libkf5sonnet-dev sonnet-plugins
    fonts-dejavu-core breeze-icon-theme
)
BUILD_DIR=${BUILD_DIR:-build}

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
    cmake --build "$BUILD_DIR" -j"$(nproc)"
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
    *)
        echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac
