#!/usr/bin/env bash
# Installs the system packages dtree needs when they are missing: Graphviz's C library
# and headers (libgraphviz-dev), libyaml's (libyaml-dev), OpenSSL's libcrypto (libssl-dev, for
# SHA-256), and a font with Cyrillic and Arabic (fonts-dejavu-core) so translated labels render
# in PNG and PDF. Runs as root (CI, containers) or through sudo.
set -euo pipefail
fonts_ok() { fc-list 2>/dev/null | grep -qi "DejaVuSans"; }
if pkg-config --exists libgvc yaml-0.1 libcrypto 2>/dev/null && fonts_ok; then
  exit 0
fi
echo "dtree: installing libgraphviz-dev, libyaml-dev, libssl-dev and fonts-dejavu-core (Graphviz's, libyaml's and libcrypto's C libraries, a font for Cyrillic and Arabic labels) ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev libyaml-dev libssl-dev pkg-config fonts-dejavu-core >/dev/null
pkg-config --exists libgvc yaml-0.1 libcrypto
