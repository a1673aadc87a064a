#!/usr/bin/env bash
# Times `dtree test --mutants` (load, run the suite, generate the mutants, classify each on every
# core: behaviour diff, cases, invariants) on the shipped tree and on a generated 200-node tree,
# and prints mutants per second. The generated tree's scenario file is written by
# `dtree test --suggest --write` from an empty one (a case per uncovered edge and outcome, and
# per surviving mutant), so the suite is a realistic size. Release build.
# Trees come from dtree-gen (Benchmarks/TreeGenerator).
# Usage: Benchmarks/mutation/bench-mutation.sh   (needs hyperfine and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-release --product dtree >/dev/null
swift build -c release --scratch-path .build-release --product dtree-gen >/dev/null
BIN=.build-release/release/dtree
GEN=.build-release/release/dtree-gen
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$GEN" realistic 200 > "$WORK/r200.yaml"
printf 'tree: r200.yaml\ncases:\n' > "$WORK/r200.tests.yaml"
"$BIN" test --suggest --write "$WORK/r200.yaml" > /dev/null
# The shipped suite must kill every mutant before it is timed.
"$BIN" test --mutants --min-score 100 Trees/ > /dev/null
count() {
  "$BIN" test --mutants --format json "$@" 2>/dev/null | python3 -c "
import json, sys
d = json.load(sys.stdin)
t = d['trees'][0]
print(len(t['mutants']), t['candidates'], round(t['score']['percent'], 1), sum(1 for m in t['mutants'] if m['result'] == 'survived'))" || true
}
read -r shipped shipped_candidates shipped_score _ <<< "$(count Trees/)"
read -r r200 r200_candidates r200_score r200_survivors <<< "$(count "$WORK/r200.yaml")"
echo "shipped tree: $shipped mutants of $shipped_candidates candidates, score $shipped_score%"
echo "realistic 200: $r200 mutants of $r200_candidates candidates, score $r200_score%, $r200_survivors survivors"
hyperfine -N --warmup 2 --runs "${RUNS:-20}" -i --export-json "$WORK/times.json" \
  "$BIN test Trees/" \
  "$BIN test --mutants Trees/" \
  "$BIN test $WORK/r200.yaml" \
  "$BIN test --mutants $WORK/r200.yaml"
python3 - "$WORK/times.json" "$shipped" "$r200" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
plain_shipped, mutants_shipped, plain_r200, mutants_r200 = (r["mean"] for r in runs)
for name, plain, full, count in (("shipped tree", plain_shipped, mutants_shipped, int(sys.argv[2])),
                                 ("realistic 200", plain_r200, mutants_r200, int(sys.argv[3]))):
    print(f"{name}: {count} mutants in {full:.3f} s ({count / full:.0f} mutants/s; "
          f"{count / max(full - plain, 1e-9):.0f} mutants/s beyond the plain test run of {plain:.3f} s)")
PY
