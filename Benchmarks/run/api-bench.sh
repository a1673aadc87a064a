#!/usr/bin/env bash
# Library-API throughput of `dtree run`'s engine on the engine's frozen test tree (no timing
# assertions): Evaluator with pre-parsed answers (the 1,000,000 cases/s target), Walk with
# pre-parsed answers, and BatchRunner parsing JSON Lines in memory. Release build, best of 5.
#   Benchmarks/run/api-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SCRATCH="${SCRATCH:-.build-run-release}"
swift build -c release --scratch-path "$SCRATCH" --product dtree-api-bench >&2
"$SCRATCH/release/dtree-api-bench"
