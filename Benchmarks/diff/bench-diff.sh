#!/usr/bin/env bash
# Times `dtree diff` (load both, structural diff, the walk in step, report) on the shipped
# tree against itself, on 60 diamonds in a row (2^60 paths; one outcome changed on every path),
# on 5,000 diamonds, and on a generated 100,000-node tree with one outcome reworded; and
# `dtree hash` on the 100,000-node tree. Release build.
# Trees come from dtree-gen (Benchmarks/TreeGenerator).
# Usage: Benchmarks/diff/bench-diff.sh   (needs hyperfine and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-release --product dtree >/dev/null
swift build -c release --scratch-path .build-release --product dtree-gen >/dev/null
BIN=.build-release/release/dtree
GEN=.build-release/release/dtree-gen
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$GEN" diamonds-to-referral 60 --urgency urgent > "$WORK/d60-old.yaml"
"$GEN" diamonds-to-referral 60 --urgency routine > "$WORK/d60-new.yaml"
"$GEN" diamonds-to-referral 5000 --urgency urgent > "$WORK/d5k-old.yaml"
"$GEN" diamonds-to-referral 5000 --urgency routine > "$WORK/d5k-new.yaml"
"$GEN" wide 100000 > "$WORK/w100k-old.yaml"
sed 's/outcome: Outcome 99998$/outcome: Outcome 99998, reworded/' "$WORK/w100k-old.yaml" > "$WORK/w100k-new.yaml"
# Each diff must find exactly what changed (exit 1) before it is timed.
for pair in d60 d5k w100k; do
  status=0; "$BIN" diff "$WORK/$pair-old.yaml" "$WORK/$pair-new.yaml" --format json > "$WORK/$pair.json" || status=$?
  test "$status" -eq 1
  python3 -c "import json,sys; r=json.load(open('$WORK/$pair.json')); print('$pair', 'outcomes changed:', len(r['outcomes']), 'states visited:', r['statesVisited'])"
done
hyperfine -N --warmup 2 --runs 20 -i \
  "$BIN diff Trees/back-numbness.yaml Trees/back-numbness.yaml" \
  "$BIN diff $WORK/d60-old.yaml $WORK/d60-new.yaml"
hyperfine -N --warmup 1 --runs 5 -i \
  "$BIN diff $WORK/d5k-old.yaml $WORK/d5k-new.yaml" \
  "$BIN diff $WORK/w100k-old.yaml $WORK/w100k-new.yaml" \
  "$BIN validate $WORK/w100k-new.yaml" \
  "$BIN hash $WORK/w100k-new.yaml"
