#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests (issue 8): Debian's postgresql package, a temporary data
# directory, listening on 127.0.0.1 and a unix socket in that directory only, trust authentication.
#   scripts/pg-test-cluster.sh start   prints the URL postgresql://USER@127.0.0.1:PORT/congvu_test
#   scripts/pg-test-cluster.sh stop    stops the cluster and removes its directory
#   scripts/pg-test-cluster.sh url     prints the URL of the running cluster
# Idempotent: start on a running cluster prints its URL; stop without one does nothing.
# When run as root the server runs as the "postgres" user (PostgreSQL refuses to run as root).
# Environment: CONGVU_PG_DIR (default /tmp/congvu-pg-test), CONGVU_PG_PORT (default: the first free port
# from 55432).
set -euo pipefail

DIR="${CONGVU_PG_DIR:-/tmp/congvu-pg-test}"
DBNAME=congvu_test

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  echo "pg-test-cluster: PostgreSQL server binaries not found (install the postgresql package)" >&2
  return 1
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

owner_name() {
  if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

print_url() {
  echo "postgresql://$(owner_name)@127.0.0.1:$(cat "$DIR/port")/$DBNAME"
}

running() {
  [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

start() {
  if running; then
    print_url
    return 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  local port="${CONGVU_PG_PORT:-55432}"
  if [ -z "${CONGVU_PG_PORT:-}" ]; then
    while ! port_free "$port"; do port=$((port + 1)); done
  fi
  echo "$port" >"$DIR/port"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
  # C collation: text sorts by code point, as on SQLite, so reports come out in the same order.
  as_owner "$BIN/initdb" -D "$DIR/data" -U "$(owner_name)" --auth=trust --encoding=UTF8 --locale=C \
    >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; return 1; }
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$DIR/server.log" >&2; return 1; }
  as_owner "$BIN/createdb" -h "$DIR" -p "$port" -U "$(owner_name)" "$DBNAME"
  print_url
}

stop() {
  if [ -d "$DIR/data" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

BIN="$(bindir)"
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) running && print_url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 64 ;;
esac
