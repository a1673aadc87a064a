#!/usr/bin/env bash
# Benchmarks/lsp: how long after a change a typo's diagnostic reaches the editor, on the
# shipped tree. Two clients: a raw stdio client (raw_latency.py: the server's own time,
# debounce included) and headless Neovim's built-in LSP client (Tests/lsp/nvim-lsp.lua in
# bench mode: the time until Neovim holds the diagnostic). The typo renames the target of
# `start:`, so it does not depend on the tree's node ids. Figures go in BENCHMARKS.md.
# Usage: Benchmarks/lsp/bench-lsp.sh [ROUNDS] [DTREE]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-50}"
DTREE="${2:-.build/release/dtree}"
TREE=Trees/back-numbness.yaml
[ -x "$DTREE" ] || swift build -c release --product dtree >&2
python3 Benchmarks/lsp/raw_latency.py "$DTREE" "$TREE" "$ROUNDS"
if command -v nvim >/dev/null; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp "$TREE" "$work/tree.yaml"
  start=$(sed -n 's/^start: *\([^ ]*\).*/\1/p' "$TREE")
  for debounce in "" 0; do
    rm -f "$work/out.txt"
    DTREE="$PWD/$DTREE" FILE="$work/tree.yaml" OUT="$work/out.txt" MODE=bench ROUNDS="$ROUNDS" NVIM_DEBOUNCE="$debounce" \
      TYPO="start: $start=start: ${start}z" timeout 600 nvim --headless --clean -n -c "luafile Tests/lsp/nvim-lsp.lua" >/dev/null 2>&1 || true
    python3 - "$work/out.txt" "${debounce:-150 (default)}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
if not rows or rows[0][0] == "error:":
    sys.exit(f"neovim: {rows}")
typo = sorted(float(r[0]) for r in rows)
fixed = sorted(float(r[1]) for r in rows)
p95 = lambda xs: xs[max(0, int(len(xs) * 0.95) - 1)]
print(f"neovim, its debounce {sys.argv[2]} ms, {len(rows)} typos: median {statistics.median(typo):.1f} ms, p95 {p95(typo):.1f} ms, "
      f"max {typo[-1]:.1f} ms; cleared after the fix: median {statistics.median(fixed):.1f} ms, max {fixed[-1]:.1f} ms")
PY
  done
else
  echo "neovim: not installed; skipped"
fi
