#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds CongVu and every test, and runs them all (offscreen) on SQLite; then,
# when a throwaway PostgreSQL cluster can be started (scripts/pg-test-cluster.sh), the end-to-end
# PostgreSQL test against it (issue 8). The cluster is stopped at the end, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900)

trap 'bash scripts/pg-test-cluster.sh stop' EXIT
if pg_url="$(bash scripts/pg-test-cluster.sh start)"; then
  echo "PostgreSQL: $pg_url"
  (cd build && CONGVU_TEST_PG_URL="$pg_url" QT_QPA_PLATFORM=offscreen \
    ctest -R tst_cli_postgres --output-on-failure --timeout 900)
else
  echo "PostgreSQL: no throwaway cluster could be started; the PostgreSQL test was skipped" >&2
fi
