#!/usr/bin/env bash
# Layout time of `dtree render` against tree size, from 100 nodes to the default limit
# (LayoutLimit in Sources/DecisionTree/Rendering/LayoutBudget.swift), for two shapes of dtree-gen
# (Benchmarks/TreeGenerator):
#   wide N   a binary tree of N nodes (short edges only)
#   chain N  N questions in a row, each also linking to one shared end (about N^2/2 long-edge
#            segments: the shape that is slow in Graphviz's dot layout)
# and the refusal of the 20,001-node chain. Prints a Markdown table for BENCHMARKS.md.
# Usage: Benchmarks/layout/bench-layout.sh [DTREE_BINARY]   (default: release build if present)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-}
if [[ -z "$bin" ]]; then
  if [[ -x .build/release/dtree ]]; then bin=.build/release/dtree; else bin=.build/debug/dtree; fi
fi
swift build --product dtree-gen >&2
gen=.build/debug/dtree-gen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() { # shape n
  local file="$work/$1-$2.yaml" start end status
  "$gen" "$1" "$2" > "$file"
  start=$(date +%s.%N)
  status=0
  "$bin" render "$file" -o "$work/out.svg" 2> "$work/err" || status=$?
  end=$(date +%s.%N)
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$(python3 -c "print(f'{$end - $start:.2f}')")" \
    "$([[ $status == 0 ]] && echo rendered || echo "exit $status: $(head -c 60 "$work/err")")"
}
echo "binary: $bin"
echo
echo "| shape | nodes | seconds | result |"
echo "|---|---|---|---|"
for n in 100 250 500 1000 1500 2000; do measure wide "$n"; done
for n in 25 50 100 141; do measure chain "$n"; done
measure chain 20001
