#!/usr/bin/env bash
# `dtree validate` of large generated trees against libyaml's bare event parse of the same
# file in C (Benchmarks/validate/yaml-events.c: the floor any libyaml-based loader stands on),
# in one hyperfine run; its linearity from 40,000 to 400,000 nodes (10× the nodes; 1,000,000
# nodes would be 68 MB, over the 32 MiB limit on tree files); and peak RSS against file size.
# Also the shipped tree, a 100,000-deep chain, and PyYAML's C loader as the earlier reference.
#
#   Benchmarks/validate/bench-validate.sh     (needs hyperfine, gcc, libyaml-dev, python3-yaml)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --static-swift-stdlib --product dtree >/dev/null
swift build -c release --static-swift-stdlib --product dtree-gen >/dev/null
BIN=.build/release/dtree
GEN=.build/release/dtree-gen
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
gcc -O2 Benchmarks/validate/yaml-events.c -lyaml -o "$WORK/yaml-events"
for n in 40000 100000 400000; do "$GEN" wide "$n" > "$WORK/wide$n.yaml"; done
"$GEN" chain 100000 > "$WORK/chain100k.yaml"
"$BIN" validate "$WORK/wide100000.yaml" "$WORK/chain100k.yaml"
ls -l "$WORK"/*.yaml
echo "== target: validate ≤ 3× libyaml's event parse of the same file"
hyperfine -N --warmup 1 --runs "${RUNS:-10}" \
  -n "libyaml events (C), 100k nodes" "$WORK/yaml-events $WORK/wide100000.yaml" \
  -n "dtree validate, 100k nodes" "$BIN validate $WORK/wide100000.yaml"
echo "== target: 10× the nodes in ≤ 11× the time"
hyperfine -N --warmup 1 --runs "${RUNS:-10}" \
  -n "dtree validate, 40k nodes" "$BIN validate $WORK/wide40000.yaml" \
  -n "dtree validate, 400k nodes" "$BIN validate $WORK/wide400000.yaml"
echo "== target: peak RSS ≤ 10× the file's size"
for n in 100000 400000; do
  size=$(stat -c %s "$WORK/wide$n.yaml")
  rss=$(/usr/bin/time -f %M "$BIN" validate "$WORK/wide$n.yaml" 2>&1 >/dev/null | tail -1)
  echo "wide $n: file $size bytes, peak RSS ${rss} KB = $(python3 -c "print(round($rss*1024/$size, 1))")× the file"
done
echo "== reference"
hyperfine -N --warmup 1 --runs 5 \
  "$BIN validate Trees/back-numbness.yaml" \
  "$BIN validate $WORK/chain100k.yaml" \
  "python3 -c 'import yaml; yaml.load(open(\"$WORK/wide100000.yaml\"), Loader=yaml.CSafeLoader)'"
