#!/usr/bin/env bash
# Start-up and loading regression guard: counts the instructions dtree executes (valgrind's
# callgrind, which counts exactly rather than timing, so a busy CI machine cannot make it
# flaky) and fails when a count grows more than 25% over Benchmarks/perf-guard-baseline.txt.
#
#   Tests/perf-guard/perf-guard.sh [BIN]            # BIN defaults to .build/debug/dtree (what make test builds)
#   Tests/perf-guard/perf-guard.sh --update [BIN]   # rewrite the baseline after an intended change
#
# It guards the debug build because that is the binary `make test` already has: building a
# release binary only for this would add minutes to CI. Debug counts are larger than release
# counts but move with the same mistakes (start-up work, a quadratic loop in loading). The
# baseline belongs to one toolchain (recorded in the file); after a Swift upgrade, update it.
# valgrind cannot read the DWARF 5 that Swift writes, so a copy with the debug info removed
# is what runs. The tree is the frozen engine fixture, so edits to the shipped tree do not
# move the counts. Needs valgrind and objcopy (binutils); `make test-deps` installs them, and
# the guard fails when either is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
bin="${1:-.build/debug/dtree}"
baseline=Benchmarks/perf-guard-baseline.txt
margin=25   # percent
for tool in valgrind objcopy; do
  command -v "$tool" >/dev/null || { echo "perf-guard: FAIL: $tool is missing (run make test-deps)" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "perf-guard: no binary at $bin (run swift build first)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$bin" "$work/dtree"
tree=Tests/Fixtures/engine/back-numbness.yaml

# count NAME ARGS...: the instructions of one run of dtree ARGS (its exit status is not checked
# here: the Swift tests own behaviour).
count() {
  local name="$1"; shift
  valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" "$work/dtree" "$@" >/dev/null 2>"$work/$name.log" || true
  local total
  total="$(sed -n 's/^summary: //p' "$work/$name.out" 2>/dev/null | head -1)"
  [ -n "$total" ] || { echo "perf-guard: callgrind gave no count for $name" >&2; cat "$work/$name.log" >&2; exit 2; }
  echo "$name $total"
}

{
  count version --version
  count validate validate "$tree"
  count export-json export "$tree" --format json -o -
} > "$work/now.txt"

if [ "$update" = 1 ]; then
  { echo "# Tests/perf-guard/perf-guard.sh baseline: instructions per command (debug build, $(swift --version 2>/dev/null | head -1))"
    cat "$work/now.txt"; } > "$baseline"
  echo "perf-guard: wrote $baseline"; cat "$baseline"; exit 0
fi

status=0
while read -r name total; do
  base="$(awk -v n="$name" '$1 == n { print $2 }' "$baseline")"
  if [ -z "$base" ]; then echo "perf-guard: $name has no baseline (run with --update)" >&2; status=1; continue; fi
  limit=$(( base + base * margin / 100 ))
  change=$(( (total - base) * 100 / base ))
  if [ "$total" -gt "$limit" ]; then
    echo "perf-guard: FAIL: $name ran $total instructions, ${change}% over the baseline $base (limit +${margin}%)" >&2
    status=1
  else
    echo "perf-guard: ok: $name $total instructions (${change}% against $base)"
  fi
done < "$work/now.txt"
exit "$status"
