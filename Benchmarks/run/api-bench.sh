#!/usr/bin/env bash
# Library-API throughput of `dtree run`'s engine on the shipped tree (no timing assertions):
# Evaluator with pre-parsed answers (the 1,000,000 cases/s target), Walk with pre-parsed
# answers, and BatchRunner parsing JSON Lines in memory. Release build, best of 5.
#   Benchmarks/run/api-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DTREE_BENCH=1 swift test -c release --scratch-path "${SCRATCH:-.build-run-release}" \
  --filter ThroughputBench 2>&1 | grep -E "^BENCH|passed|failed"
