#!/usr/bin/env bash
# Tries the pre-commit hooks of .pre-commit-hooks.yaml with `pre-commit try-repo` in a
# temporary git repository: both hooks pass on a copy of Tests/Fixtures/lsp (a tree and its
# scenario file), then dtree-validate fails on a typo and dtree-test on a broken case.
# pre-commit builds dtree from this repository in release mode first, which takes minutes,
# so make test does not run this; run it by hand (make pre-commit-try). pre-commit comes
# from the virtual environment scripts/python-tools.sh makes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=$(./scripts/python-tools.sh)
export PRE_COMMIT_HOME="$root/.build/pre-commit-home"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q .
git config user.email try@example.invalid
git config user.name try
mkdir trees
cp "$root/Tests/Fixtures/lsp/triage.yaml" "$root/Tests/Fixtures/lsp/triage.tests.yaml" trees/
echo "title: not a tree" > mkdocs.yml
git add -A && git commit -qm fixtures
failures=0
expect() {  # expect STATUS HOOK TEXT
  local status=0 out
  out=$("$bin/pre-commit" try-repo "$root" "$2" --all-files 2>&1) || status=$?
  if [ "$status" -ne "$1" ] || ! grep -qF -- "$3" <<<"$out"; then
    echo "try-pre-commit: FAIL: $2 exited $status (wanted $1) or lacks: $3"; echo "$out" | tail -20
    failures=$((failures + 1))
  else
    echo "try-pre-commit: ok: $2 exited $status with: $3"
  fi
}
expect 0 dtree-validate "dtree validate"
expect 0 dtree-test "dtree test"
sed -i 's/none: gp_visit/none: gp_vist/' trees/triage.yaml
expect 1 dtree-validate "'gp_vist' names no node (did you mean 'gp_visit'?)"
git checkout -q trees/triage.yaml
sed -i 's/expect: home/expect: skin/' trees/triage.tests.yaml
expect 1 dtree-test "FAIL no fever stays home"
echo "$((4 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
