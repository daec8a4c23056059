#!/usr/bin/env bash
# Runs every test project: domain, web (on SQLite and on PostgreSQL) and browser tests.
# Installs what the tests need when missing (PostgreSQL 15 and Chromium from Debian packages),
# starts a throwaway PostgreSQL on 127.0.0.1 and removes it afterwards.
# Ends with one line: "Total: N passed, M failed, K skipped".
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"
RESULTS="$ROOT/.test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq || true; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

PG_BIN=""
find_pg() {
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PG_BIN="$dir"; return 0; fi
  done
  return 1
}

log "Checking PostgreSQL and Chromium"
find_pg || apt_install postgresql-15 || apt_install postgresql
find_pg || { echo "PostgreSQL could not be installed"; exit 1; }
command -v chromium >/dev/null || apt_install chromium fonts-dejavu-core || { echo "Chromium could not be installed"; exit 1; }

log "Starting a throwaway PostgreSQL on 127.0.0.1"
PG_DIR="$(mktemp -d /tmp/cc-pg.XXXXXX)"
PG_PORT=$(( 20000 + RANDOM % 20000 ))
PG_USER_RUN=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$PG_DIR"
  PG_USER_RUN=(runuser -u postgres --)
fi
"${PG_USER_RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$RESULTS/pg-initdb.log" 2>&1 \
  || { cat "$RESULTS/pg-initdb.log"; exit 1; }
"${PG_USER_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$PG_DIR/server.log"; exit 1; }
stop_pg() { "${PG_USER_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
export CC_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"

log "Restoring and building"
dotnet tool restore >/dev/null
dotnet restore CustomerCenter.slnx || exit 1
dotnet build CustomerCenter.slnx --no-restore -c Debug || exit 1

log "Checking formatting"
FORMAT_FAILED=0
dotnet format whitespace CustomerCenter.slnx --verify-no-changes --no-restore || FORMAT_FAILED=1

run_tests() { # name project [env...]
  local name="$1" project="$2"; shift 2
  log "Tests: $name"
  env "$@" dotnet test "$project" --no-build --logger "trx;LogFileName=$RESULTS/$name.trx" --logger "console;verbosity=normal" \
    -- RunConfiguration.TestSessionTimeout=2400000
}

run_tests domain tests/CustomerCenter.Domain.Tests
run_tests web-sqlite tests/CustomerCenter.Web.Tests CC_TEST_DB=Sqlite
run_tests web-postgres tests/CustomerCenter.Web.Tests CC_TEST_DB=Postgres
run_tests browser tests/CustomerCenter.BrowserTests

passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  get() { local v; v="$(echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*')"; echo "${v:-0}"; }
  passed=$(( passed + $(get passed) ))
  failed=$(( failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted) ))
  # xunit's skipped tests are counted in "total" but not in "executed".
  skipped=$(( skipped + $(get total) - $(get executed) ))
done
expected_runs=4
runs=$(ls "$RESULTS"/*.trx 2>/dev/null | wc -l)
if [ "$runs" -lt "$expected_runs" ]; then
  echo "Only $runs of $expected_runs test runs produced results."
  failed=$(( failed + expected_runs - runs ))
fi
if [ "$FORMAT_FAILED" = 1 ]; then
  echo "Formatting check failed: run 'dotnet format whitespace CustomerCenter.slnx'."
  failed=$(( failed + 1 ))
fi
echo
echo "Total: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
