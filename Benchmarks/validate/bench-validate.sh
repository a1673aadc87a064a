#!/usr/bin/env bash
# Times `dtree validate` on the shipped tree, a generated 100,000-node tree and a
# 100,000-deep chain, beside PyYAML's libyaml loader parsing the same 100k file
# (the parse alone, no validation) as a reference in the same run.
# Usage: Benchmarks/validate/bench-validate.sh   (needs hyperfine and python3-yaml)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-release >/dev/null
BIN=.build-release/release/dtree
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/gen-tree.py wide 100000 > "$WORK/wide100k.yaml"
python3 scripts/gen-tree.py chain 100000 > "$WORK/chain100k.yaml"
"$BIN" validate "$WORK/wide100k.yaml" "$WORK/chain100k.yaml"
hyperfine -N --warmup 1 --runs 10 \
  "$BIN validate Trees/back-numbness.yaml" \
  "$BIN validate $WORK/wide100k.yaml" \
  "$BIN validate $WORK/chain100k.yaml"
hyperfine -N --warmup 1 --runs 5 \
  "$BIN validate $WORK/wide100k.yaml" \
  "python3 -c 'import yaml; yaml.load(open(\"$WORK/wide100k.yaml\"), Loader=yaml.CSafeLoader)'"
