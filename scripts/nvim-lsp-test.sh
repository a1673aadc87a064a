#!/usr/bin/env bash
# Drives `dtree lsp` once from a real editor: headless Neovim (its built-in LSP client) opens
# a tree with a typo (a copy of Tests/Fixtures/lsp/triage.yaml), and the test reads the
# diagnostics Neovim received, then undoes the typo and checks they are gone. make test runs
# it when nvim is installed; it says so and passes when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
DTREE="${1:-.build/debug/dtree}"
if ! command -v nvim >/dev/null; then
  echo "nvim-lsp-test: nvim not installed; skipped (apt-get install neovim to run it)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/none: gp_visit/none: gp_vist/' Tests/Fixtures/lsp/triage.yaml > "$work/triage.yaml"
DTREE="$PWD/$DTREE" FILE="$work/triage.yaml" OUT="$work/out.txt" MODE=test TYPO="gp_visit=gp_vist" \
  timeout 60 nvim --headless --clean -n -c "luafile scripts/nvim-lsp.lua" >/dev/null 2>&1 || true
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
