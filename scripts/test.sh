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

echo "[test] typecheck"; npx tsc -p tsconfig.json --noEmit
echo "[test] lint"; npx eslint . --max-warnings=0
echo "[test] format"; npx prettier --check . --log-level warn

mkdir -p .tmp
status=0
# Every test app logs as a server would; the whole suite's log is then read for full numbers.
export LINGYAN_TEST_LOG_DIR="$(mktemp -d)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@" || status=$?
if [ "$#" -eq 0 ] || [ -n "$(ls -A "$LINGYAN_TEST_LOG_DIR")" ]; then
  node scripts/check-log-numbers.mjs "$LINGYAN_TEST_LOG_DIR" || status=1
fi
rm -rf "$LINGYAN_TEST_LOG_DIR"
# The plain closing line CI reads: "N passed, N failed, N skipped".
node -e "
const r = JSON.parse(require('fs').readFileSync('.tmp/vitest.json', 'utf8'));
const skipped = r.numPendingTests + (r.numTodoTests || 0);
console.log('tests: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed, ' + skipped + ' skipped');
" || true
exit $status
