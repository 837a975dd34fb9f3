#!/usr/bin/env bash
# Builds the web app (web/dist) when it is missing or older than its sources, so the server can
# serve it; quiet when it is up to date. Called by scripts/start.sh before the server starts.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=web/dist/index.html
# The app's sources, and the project modules it imports through web/src/shared.ts.
sources=(web/src web/public web/index.html web/vite.config.ts web/tsconfig.json
  src/workflow/actor.ts src/engine/localized.ts src/engine/china package-lock.json)

if [ -f "$stamp" ] && [ -z "$(find "${sources[@]}" -type f -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  exit 0
fi
echo "Building the web app (web/dist)…" >&2
npm run --silent build:web >&2
