#!/usr/bin/env bash
# Start-up cost of dtree against a bare Swift hello-world and a Foundation hello-world,
# all three built the same way (release, --static-swift-stdlib), in one hyperfine run.
#
#   Benchmarks/startup/bench-startup.sh            # needs hyperfine
#
# Times `dtree --version` and `dtree validate Trees/back-numbness.yaml` beside
# `hello` (print only) and `hello-foundation` (imports Foundation, prints a Date-free line).
# Targets (issue 15): validate ≤ 2× hello, --version ≤ 1.5× hello.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
out="${OUT:-/tmp/dtree-bench/startup}"
mkdir -p "$out"
swift build -c release --static-swift-stdlib --product dtree >/dev/null
bin="$root/.build/release/dtree"
# The two peers, compiled with the flags SwiftPM uses for a release build of dtree.
cat > "$out/hello.swift" <<'SWIFT'
print("hello")
SWIFT
cat > "$out/hello-foundation.swift" <<'SWIFT'
import Foundation
print(URL(fileURLWithPath: "hello").lastPathComponent)
SWIFT
for name in hello hello-foundation; do
  swiftc -O -static-stdlib "$out/$name.swift" -o "$out/$name"
done
hyperfine -N --warmup 10 --min-runs "${RUNS:-200}" --export-markdown "$out/startup.md" \
  -n "hello (bare Swift)" "$out/hello" \
  -n "hello (Foundation)" "$out/hello-foundation" \
  -n "dtree --version" "$bin --version" \
  -n "dtree validate (shipped tree)" "$bin validate Trees/back-numbness.yaml"
cat "$out/startup.md"
