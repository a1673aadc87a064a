#!/usr/bin/env bash
# Installs the system packages dtree needs when they are missing: Graphviz's C library
# and headers (libgraphviz-dev). Runs as root (CI, containers) or through sudo.
set -euo pipefail
if pkg-config --exists libgvc 2>/dev/null; then
  exit 0
fi
echo "dtree: installing libgraphviz-dev (Graphviz's C library) ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev pkg-config >/dev/null
pkg-config --exists libgvc
