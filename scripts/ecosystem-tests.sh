#!/usr/bin/env bash
# The ecosystem tests (Tests/ecosystem, pytest): SARIF read back by sarif-tools, the JSON
# Schemas checked by check-jsonschema, and `dtree lsp` driven by pytest-lsp. Installs the
# Python tools into .build/venv-tools first (scripts/python-tools.sh). Needs a built dtree
# (.build/debug/dtree, or $DTREE).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(./scripts/python-tools.sh)
export DTREE="${DTREE:-$PWD/.build/debug/dtree}"
exec "$bin/python" -m pytest -q -p no:cacheprovider -c Tests/ecosystem/pytest.ini Tests/ecosystem "$@"
