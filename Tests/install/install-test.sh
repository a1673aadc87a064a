#!/usr/bin/env bash
# Install test: `make install` into a temporary DESTDIR, then the installed dtree run as a user
# without a Swift toolchain would run it (a clean environment: PATH of /usr/bin and /bin only,
# LD_LIBRARY_PATH empty), its man pages read with `man -l`, and its bash completion sourced.
# `make uninstall` must then leave the DESTDIR with no file. Exits non-zero on any failure.
#   Tests/install/install-test.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
for tool in man col strip readelf ldd bash; do
  command -v "$tool" >/dev/null || { echo "install-test: FAIL: $tool is missing (run make test-deps)" >&2; exit 2; }
done
DEST=$(mktemp -d /tmp/dtree-install-XXXXXX)
trap 'rm -rf "$DEST"' EXIT
failures=0
fail() { echo "install-test: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "install-test: ok: $*"; }

make --no-print-directory install DESTDIR="$DEST" PREFIX=/usr/local >"$DEST.log" 2>&1 || { cat "$DEST.log" >&2; rm -f "$DEST.log"; echo "install-test: FAIL: make install" >&2; exit 1; }
rm -f "$DEST.log"
BIN="$DEST/usr/local/bin/dtree"
[ -x "$BIN" ] && pass "installed $BIN ($(stat -c %s "$BIN") bytes)" || fail "no executable at $BIN"

# A clean environment: no toolchain on PATH, nothing in LD_LIBRARY_PATH.
clean() { env -i PATH=/usr/bin:/bin HOME="$DEST" LD_LIBRARY_PATH= LANG=C.UTF-8 "$@"; }
version=$(clean "$BIN" --version) && [ -n "$version" ] && pass "--version prints $version" || fail "--version"
out=$(clean "$BIN" validate Trees/ 2>&1); status=$?
[ $status -eq 0 ] && grep -q "files checked: 0 errors" <<<"$out" && pass "validate Trees/ in a clean environment" || fail "validate Trees/ (exit $status): $out"
svg=$(clean "$BIN" render Trees/back-numbness.yaml -o - 2>&1) && grep -q "<svg" <<<"$svg" && pass "render to SVG through Graphviz in process" || fail "render"
if ldd "$BIN" | grep -q "libswift\|libFoundation"; then fail "links the Swift runtime dynamically: $(ldd "$BIN" | grep -o 'libswift[^ ]*\|libFoundation[^ ]*' | tr '\n' ' ')"; else pass "no Swift runtime library needed at run time"; fi
if readelf -S "$BIN" | grep -q "\.symtab"; then fail "binary not stripped (it has a .symtab)"; else pass "stripped (no .symtab)"; fi
# Issue 24: at most 30 MB, which holds only while nothing links Foundation (and ICU's data) in.
size=$(stat -c %s "$BIN")
[ "$size" -le $((30 * 1024 * 1024)) ] && pass "installed binary is $size bytes (at most 30 MiB)" || fail "installed binary is $size bytes, over 30 MiB (did an 'import Foundation' come back?)"

# Man pages: dtree and every subcommand.
MAN="$DEST/usr/local/share/man/man1"
for sub in "" validate run render export test review diff hash approve lsp schema safety translate; do
  page="$MAN/dtree${sub:+.$sub}.1"
  text=$(MANWIDTH=80 man -l "$page" 2>/dev/null | col -b)
  if [ -n "$text" ] && grep -q "dtree" <<<"$text"; then pass "man -l ${page##*/}"; else fail "man -l $page"; fi
done
validate_page=$(MANWIDTH=80 man -l "$MAN/dtree.validate.1" 2>/dev/null | col -b)
grep -q -- "--strict" <<<"$validate_page" && pass "dtree.validate.1 documents --strict" || fail "dtree.validate.1 lacks --strict"

# Completions: bash sourced and asked; zsh and fish files in place.
COMP="$DEST/usr/local/share"
words=$(bash -c "source '$COMP/bash-completion/completions/dtree'; COMP_WORDS=(dtree val); COMP_CWORD=1; COMP_LINE='dtree val'; COMP_POINT=9; _dtree; printf '%s\n' \"\${COMPREPLY[@]}\"" 2>&1)
grep -qx "validate" <<<"$words" && pass "bash completion completes 'dtree val' to validate" || fail "bash completion: $words"
[ -s "$COMP/zsh/site-functions/_dtree" ] && grep -q "#compdef dtree" "$COMP/zsh/site-functions/_dtree" && pass "zsh completion installed" || fail "zsh completion"
[ -s "$COMP/fish/vendor_completions.d/dtree.fish" ] && grep -q "^complete -c 'dtree'\|^complete -c dtree" "$COMP/fish/vendor_completions.d/dtree.fish" && pass "fish completion installed" || fail "fish completion"

make --no-print-directory uninstall DESTDIR="$DEST" PREFIX=/usr/local >/dev/null || fail "make uninstall"
left=$(find "$DEST" -type f | head -5)
[ -z "$left" ] && pass "uninstall leaves no file" || fail "uninstall left: $left"

if [ "$failures" -gt 0 ]; then echo "install-test: $failures failed" >&2; exit 1; fi
echo "install-test: all checks passed"
