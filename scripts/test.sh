#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds CongVu and every test, and runs them all (offscreen) twice: on SQLite,
# then, when a throwaway PostgreSQL cluster can be started (scripts/pg-test-cluster.sh), on PostgreSQL
# (issue 8): with CONGVU_TEST_PG_URL set every test database and command-line sandbox is a schema of its
# own on that server (tests/support/pgtestschema.h), and tst_cli_postgres compares the two engines' reports.
# The cluster is stopped at the end, whatever happens. CONGVU_TEST_SKIP_PG=1 runs the SQLite pass only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo "== the tests on SQLite"
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900)

if [ "${CONGVU_TEST_SKIP_PG:-}" = 1 ]; then
  echo "PostgreSQL: CONGVU_TEST_SKIP_PG=1, the PostgreSQL pass was skipped" >&2
  exit 0
fi
trap 'bash scripts/pg-test-cluster.sh stop' EXIT
if pg_url="$(bash scripts/pg-test-cluster.sh start)"; then
  echo "== the tests on PostgreSQL: $pg_url"
  (cd build && CONGVU_TEST_PG_URL="$pg_url" QT_QPA_PLATFORM=offscreen \
    ctest --output-on-failure -j"$(nproc)" --timeout 900)
else
  echo "PostgreSQL: no throwaway cluster could be started; the PostgreSQL pass was skipped" >&2
fi
