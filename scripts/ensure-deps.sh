#!/usr/bin/env bash
# Installs the system packages dtree needs when they are missing: Graphviz's C library
# and headers (libgraphviz-dev) and libyaml's (libyaml-dev). Runs as root (CI, containers) or
# through sudo.
set -euo pipefail
if pkg-config --exists libgvc yaml-0.1 2>/dev/null; then
  exit 0
fi
echo "dtree: installing libgraphviz-dev and libyaml-dev (Graphviz's and libyaml's C libraries) ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev libyaml-dev pkg-config >/dev/null
pkg-config --exists libgvc yaml-0.1
