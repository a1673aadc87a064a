#!/usr/bin/env bash
# Batch speed of number nodes against questions (issue 23): the same chain of N nodes with three
# edges each, once as number nodes (0 to 120, whole numbers, ranges < 18, 18 ..< 65, >= 65)
# and once as questions (answers young, adult, older), and the same walks as cases (a JSON
# number for the numbers, the matching answer for the questions). Checks that both give the
# same outcomes, then times `dtree run --cases` on each with hyperfine.
#   Benchmarks/run/numbers-vs-questions.sh [N] [CASES]     # default 10 nodes, 200000 cases
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10}"
CASES="${2:-200000}"
BIN="${BIN:-.build-run-release/release/dtree}"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
[ -x "$BIN" ] || swift build -c release --scratch-path .build-run-release --product dtree
python3 Benchmarks/run/gen_numbers.py "$N" "$CASES" "$DIR"
"$BIN" validate "$DIR/numbers.yaml" "$DIR/questions.yaml"
"$BIN" run "$DIR/numbers.yaml" --cases "$DIR/numbers.jsonl" > "$DIR/numbers.out" 2>/dev/null
"$BIN" run "$DIR/questions.yaml" --cases "$DIR/questions.jsonl" > "$DIR/questions.out" 2>/dev/null
cmp "$DIR/numbers.out" "$DIR/questions.out" && echo "outcomes identical: $(wc -l < "$DIR/numbers.out") cases"
hyperfine --warmup 1 --runs "${RUNS:-10}" --export-markdown "$DIR/result.md" \
  -n "numbers ($N number nodes, $CASES cases)" "$BIN run $DIR/numbers.yaml --cases $DIR/numbers.jsonl > /dev/null 2>&1" \
  -n "questions ($N questions, $CASES cases)" "$BIN run $DIR/questions.yaml --cases $DIR/questions.jsonl > /dev/null 2>&1"
cat "$DIR/result.md"
