#!/usr/bin/env bash
# The main job (`npm start`): the pingding service on http://localhost:3000.
#   1. installs what is missing (scripts/ensure-deps.sh);
#   2. builds the web app when it has a build script and web/dist is missing or older than its sources;
#   3. writes the demo batch file (演示数据) once, for trying the upload routes;
#   4. starts the server: PGlite in .data/pglite (DATA_DIR), or PostgreSQL with DATABASE_URL;
#      PORT (3000) and HOST (127.0.0.1) override where it listens. On an empty database it starts in
#      demo mode and prints the demo accounts (PINGDING_DEMO=0 to refuse, =1 to force).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

# --- web build hook -------------------------------------------------------------------------------
# The web app's build command: `npm run build:web` in the root package, or `npm run build` in
# web/package.json if the web app gets a package of its own. Empty: nothing to build.
web_build_command() {
  if [ -f web/package.json ] && node -e 'process.exit(require("./web/package.json").scripts?.build ? 0 : 1)'; then
    echo "npm --prefix web run build"
  elif node -e 'process.exit(require("./package.json").scripts?.["build:web"] ? 0 : 1)'; then
    echo "npm run build:web"
  fi
}

# Stale when web/dist/index.html is missing or any source under web/ (outside dist and
# node_modules) is newer than it.
web_build_stale() {
  [ ! -f web/dist/index.html ] && return 0
  [ -n "$(find web -path web/dist -prune -o -path web/node_modules -prune -o -type f \
    -newer web/dist/index.html -print -quit)" ]
}

build=$(web_build_command)
if [ -n "$build" ] && web_build_stale; then
  echo "构建网页界面 / building the web app: $build" >&2
  if ! $build >&2; then
    echo "网页界面构建失败，仅启动接口服务 / web build failed; starting the API only" >&2
  fi
fi
# ---------------------------------------------------------------------------------------------------

if [ ! -f demo/hq-star-rating-demo.csv ]; then
  mkdir -p demo
  node bin/pingding.js demo hq-star-rating --output demo/hq-star-rating-demo.csv >/dev/null
fi

exec node bin/run-ts.js src/server/main.ts
