#!/usr/bin/env bash
# Installs the Python tools the editor and CI tests drive (sarif-tools, check-jsonschema,
# pytest-lsp with lsprotocol, pre-commit, polib) into one virtual environment under the build
# folder, never system-wide, and prints its bin folder. Reruns are quick: the packages are
# installed once and kept in .build/venv-tools.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build/venv-tools
STAMP="$VENV/.installed-v2"
if [ ! -f "$STAMP" ]; then
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    echo "dtree: installing python3-venv ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
  fi
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check \
    'sarif-tools>=3' 'check-jsonschema>=0.28' 'pytest-lsp>=0.4' 'lsprotocol>=2023.0' 'pytest>=7' 'pytest-asyncio' 'pre-commit>=3' 'polib>=1.2' >&2
  touch "$STAMP"
fi
echo "$PWD/$VENV/bin"
