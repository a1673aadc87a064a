#!/usr/bin/env bash
# Builds FuzzTesting/ with libFuzzer and AddressSanitizer and runs each target for SECONDS
# (default 60), seeded from the repository's own fixtures. Fails on any crash, leak or
# timeout (libFuzzer exits non-zero and leaves a crash-*/leak-*/timeout-* file in
# .build/fuzz-artifacts/TARGET/). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(tree scenario batch)
scratch=.build/fuzz
swift build --package-path FuzzTesting -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path "$scratch" 2>&1 \
  | grep -v "Cannot export local symbol" || true
bin="$scratch/debug/dtree-fuzz"
[[ -x "$bin" ]] || { echo "fuzz: build failed" >&2; exit 1; }

seed() { # target folder
  local target=$1 out=$2
  mkdir -p "$out"
  case $target in
    tree)
      find Trees Tests/Fixtures docs/examples -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ! -name '*.tests.yaml' \
        -exec cp -t "$out" {} + 2>/dev/null || true ;;
    scenario)
      local tree
      for file in $(find Trees Tests/Fixtures -type f -name '*.tests.yaml'); do
        tree=$(dirname "$file")/$(sed -n 's/^tree: *//p' "$file" | head -1)
        { cat "$file"; printf '\n--- tree ---\n'; [[ -f "$tree" ]] && cat "$tree"; } > "$out/$(echo "$file" | tr / _)"
      done ;;
    batch)
      printf '{"signs": ["Tingling"]}\n{"signs": "none", "injury": "yes"}\n{"signs": 0, "injury": 2}\n' > "$out/cases.jsonl"
      printf '{"signs": [1, 3], "injury": "no"}\n{}\n{"signs": "\\u0054ingling"}\n' > "$out/more.jsonl"
      find Tests/Fixtures -type f -name '*.jsonl' -exec cp -t "$out" {} + 2>/dev/null || true ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  corpus=.build/fuzz-corpus/$target seeds=.build/fuzz-seeds/$target artifacts=.build/fuzz-artifacts/$target
  rm -rf "$seeds"
  seed "$target" "$seeds"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzz: $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds)"
  # detect_leaks: a leak fails the run too. -timeout: one input taking 10 s is a hang.
  if ! ASAN_OPTIONS=detect_leaks=1 "$bin" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds" \
      > ".build/fuzz-$target.log" 2>&1; then
    echo "fuzz: $target FAILED; see .build/fuzz-$target.log and $artifacts/" >&2
    tail -40 ".build/fuzz-$target.log" >&2
    status=1
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " ".build/fuzz-$target.log" | tail -3 || true
done
exit $status
