#!/usr/bin/env bash
# In-process `dtree render` against Graphviz's `dot` program, in the same hyperfine run.
#
#   Benchmarks/render/bench-render.sh [NODES]     # NODES for the generated tree, default 2000
#
# For the shipped tree and a generated tree it times, to SVG:
#   1. dtree render TREE -o a.svg                        (load, write DOT, layout, render: one process)
#   2. dtree export TREE --format dot | dot -Tsvg        (the same work split over two processes)
#   3. dot -Tsvg TREE.dot                                (Graphviz alone on the DOT dtree exports)
# hyperfine prints each command's mean and the ratios; the Markdown tables land in
# $OUT (default /tmp/dtree-bench). Needs hyperfine, python3 and graphviz's `dot`.
set -euo pipefail
cd "$(dirname "$0")/../.."
nodes="${1:-2000}"
out="${OUT:-/tmp/dtree-bench}"
mkdir -p "$out"
swift build -c release --static-swift-stdlib --scratch-path .build-render-release --product dtree >/dev/null
swift build -c release --static-swift-stdlib --scratch-path .build-render-release --product dtree-gen >/dev/null
bin="$PWD/.build-render-release/release/dtree"
.build-render-release/release/dtree-gen realistic "$nodes" > "$out/generated-$nodes.yaml"
for tree in Trees/back-numbness.yaml "$out/generated-$nodes.yaml"; do
  name="$(basename "$tree" .yaml)"
  "$bin" export "$tree" --format dot > "$out/$name.dot"
  runs=$([ "$name" = "back-numbness" ] && echo "--warmup 5 --min-runs 30" || echo "--warmup 1 --runs 5")
  # shellcheck disable=SC2086
  hyperfine $runs --export-markdown "$out/$name.md" \
    -n "dtree render" "$bin render $tree -o $out/$name-dtree.svg" \
    -n "dtree export | dot -Tsvg" "$bin export $tree --format dot | dot -Tsvg -o $out/$name-pipe.svg" \
    -n "dot -Tsvg (exported DOT)" "dot -Tsvg $out/$name.dot -o $out/$name-dot.svg"
done
