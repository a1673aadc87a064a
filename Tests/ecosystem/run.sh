#!/usr/bin/env bash
# The ecosystem tests (Tests/ecosystem, pytest): SARIF read back by sarif-tools, the JSON
# Schemas checked by check-jsonschema, PO files checked by msgfmt --check and polib. Installs the Python tools into .build/venv-tools first
# (scripts/python-tools.sh). Needs a built dtree ($DTREE, default .build/debug/dtree); further
# arguments go to pytest.
#
#   DTREE=.build/debug/dtree Tests/ecosystem/run.sh [PYTEST_ARGS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(./scripts/python-tools.sh)
DTREE="${DTREE:-.build/debug/dtree}"
[ -x "$DTREE" ] || { echo "ecosystem-tests: no executable at $DTREE (build first)" >&2; exit 2; }
export DTREE="$(cd "$(dirname "$DTREE")" && pwd)/$(basename "$DTREE")"
exec "$bin/python" -m pytest -q -p no:cacheprovider -c Tests/ecosystem/pytest.ini Tests/ecosystem "$@"
