#!/usr/bin/env bash
# Runs dtree's validate, run (piped and batch), test, export and render under valgrind's
# memcheck and fails on any memory error or definite leak. The Swift runtime's metadata caches
# show as "possibly lost" and are not counted. Graphviz 2.42 and the libraries it draws text
# with lose memory of their own on every render; scripts/valgrind-suppressions.supp names each
# loss (only Graphviz, pango, cairo and fontconfig frames) with the bytes it was measured at.
#
#   scripts/valgrind.sh        (needs valgrind; builds into .build-valgrind with DWARF 4,
#                               which this valgrind can read)
# Without valgrind every check would exit 127 and pass, so a missing valgrind fails instead.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null ||
  { echo "valgrind: FAIL: valgrind is missing (run make test-deps, or apt-get install valgrind)" >&2; exit 2; }
swift build --scratch-path .build-valgrind -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >/dev/null
BIN=.build-valgrind/debug/dtree
# The engine's frozen test tree, so clinical edits to the shipped tree do not move this test.
TREE=Tests/Fixtures/engine/back-numbness.yaml
VG=(valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=9
    --num-callers=40 --suppressions=scripts/valgrind-suppressions.supp)
status=0
check() { # check NAME CMD... : fails the script when valgrind reports (exit 9)
  local name="$1"; shift
  set +e
  "$@" >/dev/null 2>/tmp/dtree-valgrind.log
  local rc=$?
  set -e
  if [ "$rc" = 9 ]; then
    echo "valgrind: FAIL: $name" >&2; cat /tmp/dtree-valgrind.log >&2; status=1
  else
    echo "valgrind: ok: $name (exit $rc)"
  fi
}
check "validate" "${VG[@]}" "$BIN" validate Trees/
check "validate a broken file" "${VG[@]}" "$BIN" validate Tests/Fixtures/render/hostile.yaml
check "run, piped" sh -c "printf 'none\nyes\nno\novaries\n' | ${VG[*]} $BIN run $TREE"
check "run --json" "${VG[@]}" "$BIN" run "$TREE" --answer red_flags=Tingling --json
check "run --cases" sh -c "printf '{\"red_flags\":\"none\",\"recurring\":\"no\"}\n{\"red_flags\":[1]}\nnot json\n' | ${VG[*]} $BIN run $TREE --cases -"
check "test" "${VG[@]}" "$BIN" test Trees/
check "export json" "${VG[@]}" "$BIN" export "$TREE" --format json
check "render svg" "${VG[@]}" "$BIN" render "$TREE" -o /tmp/dtree-valgrind.svg
check "render a path" "${VG[@]}" "$BIN" render "$TREE" --answer red_flags=none --answer recurring=yes -o /tmp/dtree-valgrind-path.svg
check "render refused (too large for --max-nodes)" "${VG[@]}" "$BIN" render "$TREE" --max-nodes 3 -o /tmp/dtree-valgrind-refused.svg
exit $status
