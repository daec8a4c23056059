#!/usr/bin/env bash
# Benchmarks one database end to end: the customer list, then issues 4–8 (invoices, payments, statement,
# reports, Client Center portal with its throughput, customer hub):
#   1. builds the app and the bench (Release);
#   2. generates 100,000 customers if the database has none (bench generate customers --if-empty), then
#      2,000,000 invoices, 300,000 sales orders and 1,500,000 payments over them if it has no sales documents
#      (bench generate documents --if-empty; BENCH_DOCUMENTS=0 skips it);
#   3. starts the app as a real process: Release, Production environment, HTTPS on 127.0.0.1
#      (outside Development the app's cookies are Secure, so pages need HTTPS);
#   4. times pages, API and the plain SQL of the same queries, prints the plans and the tables;
#      then many signed-in portal clients at once against the portal invoice list, beside /plaintext;
#   5. stops the app.
# usage: bench/run.sh sqlite|postgres
# env:   BENCH_COUNT (100000) BENCH_INVOICES (2000000) BENCH_ORDERS (300000) BENCH_PAYMENTS (1500000) BENCH_DOCUMENTS (1) BENCH_ITERATIONS (200) BENCH_WARMUP (20) BENCH_MAX_SECONDS (60 per cell)
#        BENCH_NICE (-10: priority of bench, app and their PostgreSQL backends on a shared machine)
#        BENCH_QUIET_WAIT (30: seconds to wait, before each measure, for other work on the machine to stop;
#        a measure disturbed by other work is repeated, see bench/README.md)
#        BENCH_PORT (5199) BENCH_SQLITE / BENCH_POSTGRES (connection strings)
#        BENCH_PARTS (customers,issues,throughput) BENCH_CLIENTS (32) BENCH_THROUGHPUT_SECONDS (20)
#        BENCH_PORTAL_CENTER / BENCH_PORTAL_EMAIL / BENCH_PORTAL_PASSWORD (the generator's bench portal login;
#        without a password the bench sets its own on the portal users it signs in as)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
DATA="$ROOT/bench/.data"
DB="${1:-}"
case "$DB" in
  sqlite) PROVIDER=Sqlite; CONNECTION="${BENCH_SQLITE:-Data Source=$DATA/customer-center.db}" ;;
  postgres) PROVIDER=Postgres; CONNECTION="${BENCH_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres;Database=cc_bench}" ;;
  *) echo "usage: bench/run.sh sqlite|postgres" >&2; exit 2 ;;
esac
PORT="${BENCH_PORT:-5199}"
URL="https://127.0.0.1:$PORT"
CERT="$DATA/localhost.pfx"
LOG="$DATA/app-$DB.log"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$DATA"

echo "==> Building (Release)"
dotnet build bench/CustomerCenter.Bench -c Release -v quiet -nologo
# Both processes run through links to their native hosts (cc-bench, cc-bench-app): other sessions on a
# shared machine stop their own app with "pkill -f CustomerCenter…", which must not end these mid-measure.
ln -sf "$ROOT/bench/CustomerCenter.Bench/bin/Release/net10.0/CustomerCenter.Bench" "$DATA/cc-bench"
ln -sf "$ROOT/src/CustomerCenter.Web/bin/Release/net10.0/CustomerCenter.Web" "$DATA/cc-bench-app"
NICE="${BENCH_NICE:--10}"
BENCH=(nice -n "$NICE" "$DATA/cc-bench")

echo "==> Data ($DB)"
"${BENCH[@]}" generate customers --db "$DB" --connection "$CONNECTION" --count "${BENCH_COUNT:-100000}" --if-empty
if [ "${BENCH_DOCUMENTS:-1}" != 0 ]; then
  "${BENCH[@]}" generate documents --db "$DB" --connection "$CONNECTION" --if-empty \
    --invoices "${BENCH_INVOICES:-2000000}" --orders "${BENCH_ORDERS:-300000}" --payments "${BENCH_PAYMENTS:-1500000}"
fi
[ -f "$CERT" ] || "${BENCH[@]}" cert --out "$CERT"

echo "==> Starting the app on $URL (log: $LOG)"
(
  cd src/CustomerCenter.Web
  ASPNETCORE_ENVIRONMENT=Production Database__Provider="$PROVIDER" ConnectionStrings__CustomerCenter="$CONNECTION" \
    DemoData__Enabled=false DataFolder="$DATA/app" Kestrel__Certificates__Default__Path="$CERT" \
    RateLimits__SignInPerMinute=100000 \
    exec nice -n "$NICE" "$DATA/cc-bench-app" --urls "$URL"
) >"$LOG" 2>&1 &
APP_PID=$!
stop_app() { kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap stop_app EXIT
for _ in $(seq 1 90); do
  curl -fsk -o /dev/null "$URL/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:"; tail -40 "$LOG"; exit 1; }
  sleep 1
done
curl -fsk -o /dev/null "$URL/health" || { echo "The app did not become healthy:"; tail -40 "$LOG"; exit 1; }

echo "==> Measuring"
"${BENCH[@]}" run --db "$DB" --connection "$CONNECTION" --url "$URL" --cert "$CERT" \
  --iterations "${BENCH_ITERATIONS:-200}" --warmup "${BENCH_WARMUP:-20}" --max-seconds "${BENCH_MAX_SECONDS:-60}" \
  --quiet-wait "${BENCH_QUIET_WAIT:-30}" --app-pid "$APP_PID" --nice "$NICE" \
  --parts "${BENCH_PARTS:-customers,issues,throughput}" --clients "${BENCH_CLIENTS:-32}" \
  --throughput-seconds "${BENCH_THROUGHPUT_SECONDS:-20}" ${BENCH_PORTAL_CENTER:+--portal-center "$BENCH_PORTAL_CENTER"} \
  --out "$DATA/results-$DB.md"
