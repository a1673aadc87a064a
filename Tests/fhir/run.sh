#!/usr/bin/env bash
# The FHIR round trip (Tests/fhir, docs/fhir.md): makes a virtual environment under
# .build/venv-fhir with the pinned packages of Tests/fhir/requirements.txt (fhir.resources,
# fhirpathpy, PyYAML, pytest; from PyPI, reinstalled only when the pins change), then runs
# pytest against the built binary. Installs python3 and python3-venv with apt-get when
# missing (as root, or through sudo). Usage: Tests/fhir/run.sh [DTREE_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-.build/debug/dtree}"
VENV=.build/venv-fhir
REQUIREMENTS=Tests/fhir/requirements.txt

if ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "dtree: installing python3 and python3-venv for the FHIR round trip ..." >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends python3 python3-venv >/dev/null
fi

if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$REQUIREMENTS" "$VENV/requirements.txt"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/requirements.txt"
fi

PYTHONDONTWRITEBYTECODE=1 DTREE_BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" \
  "$VENV/bin/python" -m pytest -q -p no:cacheprovider Tests/fhir
