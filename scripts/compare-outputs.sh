#!/usr/bin/env bash
# Compares two output snapshots (scripts/output-snapshot.sh): each differing invocation with its diff.
#
#   scripts/compare-outputs.sh BEFORE_DIR AFTER_DIR
#
# Invocations are matched by record name (NAME.out). For each one that differs, or that only
# one side has, prints its command line and a unified diff cut to about 40 lines (set
# COMPARE_LINES=N for more). The last line is 'N invocations compared, M differ'. Exit status:
# 0 when none differ, 1 when any do, 2 for a usage error.
set -euo pipefail

if [ $# -ne 2 ] || [ ! -d "$1" ] || [ ! -d "$2" ]; then
  echo "usage: $0 BEFORE_DIR AFTER_DIR (two snapshot folders)" >&2
  exit 2
fi
before=$1
after=$2
max=${COMPARE_LINES:-40}

names=$( { (cd "$before" && find . -maxdepth 1 -name '*.out' -printf '%f\n')
           (cd "$after" && find . -maxdepth 1 -name '*.out' -printf '%f\n'); } | LC_ALL=C sort -u)

total=0
differ=0
while IFS= read -r name; do
  [ -n "$name" ] || continue
  total=$((total + 1))
  b=$before/$name
  a=$after/$name
  if [ -f "$b" ] && [ -f "$a" ] && cmp -s "$b" "$a"; then
    continue
  fi
  differ=$((differ + 1))
  if [ ! -f "$a" ]; then
    printf '=== only in %s: %s\n%s\n\n' "$before" "$name" "$(head -n 1 "$b")"
    continue
  fi
  if [ ! -f "$b" ]; then
    printf '=== only in %s: %s\n%s\n\n' "$after" "$name" "$(head -n 1 "$a")"
    continue
  fi
  printf '=== differs: %s\n%s\n' "$name" "$(head -n 1 "$a")"
  out=$(diff -u --label "before/$name" --label "after/$name" "$b" "$a" || true)
  lines=$(printf '%s\n' "$out" | wc -l)
  printf '%s\n' "$out" | head -n "$max"
  if [ "$lines" -gt "$max" ]; then
    echo "... ($((lines - max)) more diff lines: diff -u '$b' '$a')"
  fi
  echo
done <<< "$names"

echo "$total invocations compared, $differ differ"
[ "$differ" -eq 0 ]
