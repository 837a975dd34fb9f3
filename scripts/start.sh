#!/usr/bin/env bash
# The main job (`npm start`): installs what is missing, writes a synthetic demo batch (演示数据),
# rates it and shows the result, with the files it wrote and how to explain any enterprise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
mkdir -p demo
batch=demo/hq-star-rating-demo.csv
node bin/pingding.js demo hq-star-rating --output "$batch"
node bin/pingding.js rate hq-star-rating --input "$batch" --date 2026-03-01 --year 2025 --format text
node bin/pingding.js rate hq-star-rating --input "$batch" --date 2026-03-01 --year 2025 --output demo/hq-star-rating-result.xlsx
first=$(sed -n 2p "$batch" | cut -d, -f1)
cat <<TEXT

演示批次：$batch    评定结果（Excel）：demo/hq-star-rating-result.xlsx
逐步说明一家企业的得分：
  npx pingding explain hq-star-rating --input $batch --date 2026-03-01 --year 2025 --uscc $first
TEXT
