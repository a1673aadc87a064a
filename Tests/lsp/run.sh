#!/usr/bin/env bash
# The language-server tests (Tests/lsp, pytest): `dtree lsp` driven end to end by pytest-lsp
# (pygls with lsprotocol). Installs the Python tools into .build/venv-tools first
# (scripts/python-tools.sh). Needs a built dtree ($DTREE, default .build/debug/dtree); further
# arguments go to pytest. The Neovim client test beside it is nvim-lsp-test.sh.
#
#   DTREE=.build/debug/dtree Tests/lsp/run.sh [PYTEST_ARGS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(./scripts/python-tools.sh)
DTREE="${DTREE:-.build/debug/dtree}"
[ -x "$DTREE" ] || { echo "lsp-tests: no executable at $DTREE (build first)" >&2; exit 2; }
export DTREE="$(cd "$(dirname "$DTREE")" && pwd)/$(basename "$DTREE")"
exec "$bin/python" -m pytest -q -p no:cacheprovider -c Tests/lsp/pytest.ini Tests/lsp "$@"
