#!/usr/bin/env bash
# `dtree run --cases` against GoRules ZEN's Python binding on the same tree and the same cases,
# in the same hyperfine run; checks that both give identical output first.
#   pip install zen-engine==2.1.3 pyyaml      # once
#   Benchmarks/run/cli-vs-zen.sh [CASES]       # default 20000
set -euo pipefail
cd "$(dirname "$0")/../.."
CASES="${1:-20000}"
BIN="${BIN:-.build-run-release/release/dtree}"
TREE=Tests/Fixtures/engine/back-numbness.yaml   # gen_cases.py writes cases for this 12-node tree
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
[ -x "$BIN" ] || swift build -c release --scratch-path .build-run-release --product dtree
python3 Benchmarks/run/gen_cases.py "$CASES" > "$DIR/cases.jsonl"
"$BIN" run "$TREE" --cases "$DIR/cases.jsonl" > "$DIR/dtree.jsonl" 2>/dev/null
python3 Benchmarks/run/zen_peer.py "$TREE" "$DIR/cases.jsonl" > "$DIR/zen.jsonl" 2>/dev/null
cmp "$DIR/dtree.jsonl" "$DIR/zen.jsonl" && echo "outputs identical: $(wc -l < "$DIR/dtree.jsonl") cases"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$DIR/result.md" \
  -n "dtree run --cases ($CASES cases)" "$BIN run $TREE --cases $DIR/cases.jsonl > /dev/null 2>&1" \
  -n "zen-engine python ($CASES cases)" "python3 Benchmarks/run/zen_peer.py $TREE $DIR/cases.jsonl > /dev/null 2>&1"
cat "$DIR/result.md"
