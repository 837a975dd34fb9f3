#!/usr/bin/env bash
# The one test command (`npm test`): checks formatting, lint and types, then runs every test.
# It installs what the tests need first, so it passes on a fresh machine with nothing set up.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh # Chromium and a CJK font for the browser tests (test/browser)

echo "== format"; npx --no-install prettier --check . --log-level warn
echo "== lint"; npx --no-install eslint . --max-warnings 0
echo "== types"; npx --no-install tsc --noEmit
echo "== types (web)"; npx --no-install tsc -p web
echo "== web build"; npm run --silent build:web >/dev/null

echo "== tests"
mkdir -p test-artifacts
# Integration tests run on PGlite and on a real PostgreSQL: TEST_DATABASE_URL, else the server on
# 127.0.0.1:5432, else one throwaway server started here for the whole run (and removed after).
with_postgres=()
if [ -z "${TEST_DATABASE_URL:-}" ] && ! node scripts/postgres/reachable.js 127.0.0.1 5432; then
  echo "No PostgreSQL on 127.0.0.1:5432: starting a throwaway server for the tests."
  with_postgres=(node bin/run-ts.js scripts/postgres/run.ts --)
fi
status=0
"${with_postgres[@]}" npx --no-install vitest run --reporter=default --reporter=json \
  --outputFile.json=test-artifacts/vitest.json || status=$?
node scripts/test-summary.js test-artifacts/vitest.json || true
exit "$status"
