#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds CongVu and opens it on the default database
# (filled with the demo office on first start). Extra arguments go to congvu.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target congvu -j"$(nproc)"
exec ./build/congvu "$@"
