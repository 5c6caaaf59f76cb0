#!/usr/bin/env bash
# Union planner benches, one after another (the machine has 2 cores). Results: bench/results/.
# Run: bash bench/planning/runUnionBenches.sh   (about 35 minutes; run it in the background)
set -u
cd "$(dirname "$0")/../.."
out=bench/results
mkdir -p "$out"
: > "$out/unions.jsonl"
for args in "900 10 1" "900 10 2" "900 10 3" "900 30 1" "5000 60 1" "45000 600 1"; do
  npx tsx bench/planning/unionScaleBench.ts $args >> "$out/unions.jsonl" 2>> "$out/unions.err"
done
# the same counties with the one-thread search, for comparison in the same run
for seed in 1 2 3; do
  npx tsx bench/planning/unionScaleBench.ts 900 10 "$seed" sequential >> "$out/unions.jsonl" 2>> "$out/unions.err"
done
: > "$out/union-quality.jsonl"
for seed in 1 2 3; do
  npx tsx bench/planning/unionQuality.ts "$seed" 900 60 >> "$out/union-quality.jsonl" 2>> "$out/unions.err"
done
