#!/usr/bin/env bash
# Installs the system packages dtree needs when they are missing: Graphviz's C library
# and headers (libgraphviz-dev), libyaml's (libyaml-dev) and OpenSSL's libcrypto (libssl-dev,
# for SHA-256). Runs as root (CI, containers) or
# through sudo.
set -euo pipefail
if pkg-config --exists libgvc yaml-0.1 libcrypto 2>/dev/null; then
  exit 0
fi
echo "dtree: installing libgraphviz-dev, libyaml-dev and libssl-dev (Graphviz's, libyaml's and libcrypto's C libraries) ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev libyaml-dev libssl-dev pkg-config >/dev/null
pkg-config --exists libgvc yaml-0.1 libcrypto
