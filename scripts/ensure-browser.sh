#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium at /usr/bin/chromium
# (driven by playwright-core, which downloads no browser of its own), a CJK font, without which
# Chinese text renders as empty boxes, and poppler-utils for the notice PDFs' tests. Idempotent,
# and silent when everything is already there.
# Runs as root on Debian (as in CI); elsewhere it uses sudo when it has to install something.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
# pdftotext and pdftoppm, with which the notice tests read back the PDFs they make.
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
  packages+=(fonts-noto-cjk fonts-wqy-microhei fontconfig)
fi
[ "${#packages[@]}" -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure-browser: need root to install ${packages[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
echo "Installing for the browser tests: ${packages[*]}…" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null 2>&1 || true

[ -x /usr/bin/chromium ] || { echo "ensure-browser: /usr/bin/chromium still missing" >&2; exit 1; }
