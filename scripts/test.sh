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
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@" || status=$?
# The plain closing line CI reads: "N passed, N failed, N skipped".
node -e "
const r = JSON.parse(require('fs').readFileSync('.tmp/vitest.json', 'utf8'));
const skipped = r.numPendingTests + (r.numTodoTests || 0);
console.log('tests: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed, ' + skipped + ' skipped');
" || true
exit $status
