#!/usr/bin/env bash
# Export size and time of `dtree export --format fhir` on generated trees whose paths are
# exponential (`dtree-gen diamonds N`: 2^N paths) and on a wide tree, beside the shipped tree:
# size and time grow with the tree, not with its paths (docs/fhir.md, "Size").
# Usage: Benchmarks/fhir/bench-fhir.sh   (needs hyperfine and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-release --product dtree >/dev/null
swift build -c release --scratch-path .build-release --product dtree-gen >/dev/null
BIN=.build-release/release/dtree
GEN=.build-release/release/dtree-gen
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for spec in "diamonds 1000" "diamonds 10000" "diamonds 100000" "wide 100000"; do
  read -r kind count <<<"$spec"
  "$GEN" "$kind" "$count" > "$WORK/$kind-$count.yaml"
  "$BIN" export "$WORK/$kind-$count.yaml" --format fhir -o "$WORK/$kind-$count.fhir.json"
  printf '%s %s: tree %s bytes, export %s bytes\n' "$kind" "$count" \
    "$(wc -c < "$WORK/$kind-$count.yaml")" "$(wc -c < "$WORK/$kind-$count.fhir.json")"
done
hyperfine -N --warmup 1 --runs 5 \
  "$BIN export Trees/back-numbness.yaml --format fhir -o $WORK/shipped.fhir.json" \
  "$BIN export $WORK/diamonds-10000.yaml --format fhir -o $WORK/d10k.fhir.json" \
  "$BIN export $WORK/diamonds-100000.yaml --format fhir -o $WORK/d100k.fhir.json" \
  "$BIN export $WORK/wide-100000.yaml --format fhir -o $WORK/w100k.fhir.json"
