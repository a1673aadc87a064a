#!/usr/bin/env bash
# Drives `dtree lsp` once from a real editor: headless Neovim (its built-in LSP client) opens
# a tree with a typo (a copy of Tests/Fixtures/lsp/triage.yaml), and the test reads the
# diagnostics Neovim received, then undoes the typo and checks they are gone. Needs nvim
# (`make test-deps` installs neovim) and fails when it is missing.
#
#   Tests/lsp/nvim-lsp-test.sh [path/to/dtree]      (default: .build/debug/dtree)
set -euo pipefail
cd "$(dirname "$0")/../.."
DTREE="${1:-.build/debug/dtree}"
[ -x "$DTREE" ] || { echo "nvim-lsp-test: no executable at $DTREE (build first)" >&2; exit 2; }
DTREE="$(cd "$(dirname "$DTREE")" && pwd)/$(basename "$DTREE")"
command -v nvim >/dev/null ||
  { echo "nvim-lsp-test: FAIL: nvim is missing (run make test-deps, or apt-get install neovim)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/none: gp_visit/none: gp_vist/' Tests/Fixtures/lsp/triage.yaml > "$work/triage.yaml"
DTREE="$DTREE" FILE="$work/triage.yaml" OUT="$work/out.txt" MODE=test TYPO="gp_visit=gp_vist" \
  timeout 60 nvim --headless --clean -n -c "luafile Tests/lsp/nvim-lsp.lua" >/dev/null 2>&1 || true
[ -f "$work/out.txt" ] || { echo "nvim-lsp-test: FAIL: Neovim wrote no results"; exit 1; }
expected="14:11:1:unknown-target:'gp_vist' names no node (did you mean 'gp_visit'?)"
got=$(cat "$work/out.txt")
if [ "$got" != "$expected"$'\n'"fixed:0" ]; then
  echo "nvim-lsp-test: FAIL: Neovim received:"; echo "$got"
  echo "expected:"; echo "$expected"; echo "fixed:0"
  exit 1
fi
echo "nvim-lsp-test: Neovim $(nvim --version | head -1 | cut -d' ' -f2) received: $expected; after the fix: none"
echo "1 passed, 0 failed"
