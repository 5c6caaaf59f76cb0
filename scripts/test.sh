#!/usr/bin/env bash
# `npm test`: every test — typecheck, lint, format (Prettier), unit, integration on PGlite and on a real PostgreSQL 15,
# and browser tests in Chromium. Installs what is missing, stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/ensure-deps.mjs
bash scripts/ensure-system.sh

eval "$(bash scripts/pg-test-server.sh start)"
cleanup() { bash scripts/pg-test-server.sh stop "$PG_TEST_DIR"; }
trap cleanup EXIT
echo "[test] PostgreSQL 15 at ${TEST_PG_URL}"

mkdir -p .tmp
status=0
# Every test app logs as a server would; the whole suite's log is then read for full numbers.
export LINGYAN_TEST_LOG_DIR="$(mktemp -d)"
reports=(.tmp/vitest-server.json .tmp/vitest-browser.json)
rm -f "${reports[@]}"

echo "[test] unit, and integration on PGlite and PostgreSQL 15"
npx vitest run --project unit --project pglite --project postgres --passWithNoTests \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-server.json "$@" || status=$?

# The browser files run one at a time and leave most of a core idle (measured: about 1.2 of the two
# cores): typecheck, lint and format run beside them instead of before everything.
static_log=.tmp/static-checks.log
(
  set -e
  echo "[test] typecheck"; npx tsc -p tsconfig.json --noEmit
  echo "[test] lint"; npx eslint . --max-warnings=0
  echo "[test] format"; npx prettier --check . --log-level warn
) > "$static_log" 2>&1 &
static_pid=$!
echo "[test] browser tests in Chromium (typecheck, lint and format beside them)"
npx vitest run --project browser --passWithNoTests \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-browser.json "$@" || status=$?
static_status=0
wait "$static_pid" || static_status=$?
cat "$static_log"
if [ "$static_status" -ne 0 ]; then
  echo "[test] typecheck, lint or format failed (above)"
  status=1
fi

if [ "$#" -eq 0 ] || [ -n "$(ls -A "$LINGYAN_TEST_LOG_DIR")" ]; then
  node scripts/check-log-numbers.mjs "$LINGYAN_TEST_LOG_DIR" || status=1
fi
rm -rf "$LINGYAN_TEST_LOG_DIR"
# The plain closing line CI reads: "N passed, N failed, N skipped".
node -e "
const fs = require('fs');
let passed = 0, failed = 0, skipped = 0;
for (const file of process.argv.slice(1)) {
  if (!fs.existsSync(file)) continue;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests || 0);
}
console.log('tests: ' + passed + ' passed, ' + failed + ' failed, ' + skipped + ' skipped');
" "${reports[@]}" || true
exit $status
