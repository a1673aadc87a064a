#!/usr/bin/env bash
# Browser test of `dtree review`'s page in a real Chromium (through chromedriver and
# selenium): from file://, click through the shipped tree to every outcome by buttons, walk by
# keyboard alone, check the lit path and the outcome text (every referral passed on the way
# listed first), go back, replay a scenario case; at 400 px wide check the stacked layout and
# that an empty checklist "go on" is refused (screenshots out/review-400px*.png); on the
# shipped tree's `how_often` re-route, check the changed outcome pairs are listed and replay one
# (out/review-once-*.png); on docs/examples/laptop.yaml, type numbers into the stepper (values
# with their unit, boundaries taken exactly, out-of-bounds and non-whole values refused);
# switch the page of a tree with a reviewed Russian translation to Russian (the stepper and the
# diagram follow; out/review-lang-ru.png);
# check that no request left the page and the console has no errors, keep a screenshot under
# out/; then print the page to PDF with Chromium and check with pdftotext that every node's
# text is in it. Needs chromium, chromedriver, pdftotext and python3 with venv (`make test-deps`
# installs them) and fails when one is missing; installs selenium into .build/venv (PyPI).
# Exits non-zero on any failure.
#
#   Tests/browser/browser-test.sh [path/to/dtree]      (default: .build/debug/dtree)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-.build/debug/dtree}"
TREE=Trees/back-numbness.yaml
OUT=out
[ -x "$BIN" ] || { echo "browser-test: no executable at $BIN (build first)" >&2; exit 2; }
for tool in chromium chromedriver pdftotext python3; do
  command -v "$tool" >/dev/null ||
    { echo "browser-test: FAIL: $tool is missing (run make test-deps)" >&2; exit 2; }
done
python3 -c 'import venv, ensurepip' 2>/dev/null ||
  { echo "browser-test: FAIL: python3-venv is missing (run make test-deps)" >&2; exit 2; }
VENV=.build/venv
if ! "$VENV/bin/python" -c 'import selenium' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check selenium
fi
mkdir -p "$OUT"
PAGE="$OUT/back-numbness.html"
"$BIN" review "$TREE" -o "$PAGE"
PAGE_URL="file://$(pwd)/$PAGE"
# A tree whose labels try to escape every kind of quoting (its page must stay inert).
"$BIN" review Tests/Fixtures/render/hostile.yaml -o "$OUT/hostile-review.html"
# The shipped tree against the engine's frozen older copy (--against marks what changed).
"$BIN" review "$TREE" --against Tests/Fixtures/engine/back-numbness.yaml -o "$OUT/back-numbness-changes.html"
# A re-route: numbness that came again sent to the therapist instead of the neurologist at once.
sed 's/again: {to: neurologist_now,/again: {to: therapist,/' "$TREE" > "$OUT/once-reroute.yaml"
cmp -s "$TREE" "$OUT/once-reroute.yaml" && { echo "browser-test: FAIL: the re-route edit changed nothing" >&2; exit 1; }
"$BIN" review "$OUT/once-reroute.yaml" --against "$TREE" -o "$OUT/once-reroute-changes.html"
"$VENV/bin/python" Tests/browser/browser_test.py "$PAGE_URL" "$OUT" "file://$(pwd)/$OUT/hostile-review.html" \
  "file://$(pwd)/$OUT/back-numbness-changes.html" "file://$(pwd)/$OUT/once-reroute-changes.html"
# A tree with number questions: the stepper's number field (docs/examples/laptop.yaml).
"$BIN" review docs/examples/laptop.yaml -o "$OUT/laptop-review.html"
"$VENV/bin/python" Tests/browser/browser_test.py --numbers "file://$(pwd)/$OUT/laptop-review.html"
# A tree with a reviewed Russian translation: the page's language switch (docs/examples/knee.yaml
# and its knee.ru.po with the fuzzy flags removed; screenshot out/review-lang-ru.png).
mkdir -p "$OUT/languages"
cp docs/examples/knee.yaml "$OUT/languages/knee.yaml"
grep -v '^#, fuzzy$' docs/examples/knee.ru.po > "$OUT/languages/knee.ru.po"
"$BIN" review "$OUT/languages/knee.yaml" -o "$OUT/knee-review.html"
"$VENV/bin/python" Tests/browser/browser_test.py --languages "file://$(pwd)/$OUT/knee-review.html" "$OUT"
# The printed review packet.
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$OUT/back-numbness-review.pdf" "$PAGE_URL" 2>/dev/null
"$BIN" export "$TREE" --format json -o "$OUT/back-numbness.model.json"
pdftotext "$OUT/back-numbness-review.pdf" "$OUT/back-numbness-review.txt"
"$VENV/bin/python" Tests/browser/browser_test.py --check-pdf "$OUT/back-numbness-review.txt" "$OUT/back-numbness.model.json"
