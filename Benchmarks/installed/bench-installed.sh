#!/usr/bin/env bash
# Issue 24's targets for the installed binary, each against its peer in the same run: the
# binary as `make install` builds it (release, Swift runtime linked in, stripped), its size,
# start-up against a static Swift hello world, render against `dot -Tsvg` on the same DOT,
# validating 100,000 nodes against libyaml's bare C event parse of the same file (and its
# peak RSS), and 100,000 batch cases with start-up included.
#
#   Benchmarks/installed/bench-installed.sh     # needs hyperfine, gcc, libyaml-dev, graphviz, python3
#
# The large file is generated into a folder of its own: `validate` looks for PO files beside
# a tree, and listing a crowded folder such as /tmp would be measured with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib --product dtree >/dev/null
swift build -c release --static-swift-stdlib --product dtree-gen >/dev/null
strip -o "$work/dtree" .build/release/dtree
bin="$work/dtree"
echo "== installed binary: $(stat -c %s "$bin") bytes (target ≤ 30 MiB)"
printf 'print("hello")\n' > "$work/hello.swift"
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello"
strip "$work/hello"
gcc -O2 Benchmarks/validate/yaml-events.c -lyaml -o "$work/yaml-events"
mkdir "$work/wide"
.build/release/dtree-gen wide 100000 > "$work/wide/wide.yaml"
"$bin" render Trees/back-numbness.yaml --format dot -o "$work/shipped.dot"
python3 Benchmarks/run/gen_cases.py 100000 > "$work/cases.jsonl"
python3 Benchmarks/run/gen_laptop_cases.py 100000 > "$work/laptop-cases.jsonl"
uptime
echo "== start-up (targets: --version ≤ 1.5×, validate ≤ 2.0× the hello world)"
hyperfine -N --warmup 5 --runs "${RUNS:-60}" \
  -n "static Swift hello" "$work/hello" \
  -n "dtree --version" "$bin --version" \
  -n "dtree validate (shipped tree)" "$bin validate Trees/back-numbness.yaml" \
  -n "dtree validate (laptop example)" "$bin validate docs/examples/laptop.yaml"
echo "== render (target ≤ 1.1× dot)"
hyperfine -N --warmup 3 --runs "${RUNS:-30}" \
  -n "dot -Tsvg on the DOT" "dot -Tsvg $work/shipped.dot -o $work/dot.svg" \
  -n "dtree render" "$bin render Trees/back-numbness.yaml -o $work/dtree.svg"
echo "== 100,000 nodes (target ≤ 3.0× libyaml's event parse; peak RSS ≤ 10× the file)"
hyperfine -N --warmup 3 --runs "${RUNS:-40}" \
  -n "libyaml events (C)" "$work/yaml-events $work/wide/wide.yaml" \
  -n "dtree validate" "$bin validate $work/wide/wide.yaml"
size=$(stat -c %s "$work/wide/wide.yaml")
rss=$(/usr/bin/time -f %M "$bin" validate "$work/wide/wide.yaml" 2>&1 >/dev/null | tail -1)
echo "peak RSS ${rss} KB for a file of $size bytes: $(python3 -c "print(round($rss*1024/$size, 1))")× the file"
echo "== batch, 100,000 cases with start-up (target ≥ 1.5 M cases/s)"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --output=null \
  -n "engine fixture" "$bin run Tests/Fixtures/engine/back-numbness.yaml --cases $work/cases.jsonl" \
  -n "laptop example" "$bin run docs/examples/laptop.yaml --cases $work/laptop-cases.jsonl"
uptime
