#!/usr/bin/env bash
# Installs the Debian packages the whole test suite needs when they are missing, so that
# `make test` works on a fresh Debian machine with Swift (as root, or through sudo). PyPI tools
# are not installed here: each test script puts its own in a virtual environment under .build/.
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null || missing+=("$2"); }
need tmux tmux                      # drives the terminal test (scripts/tty-test.sh)
need git git                        # the review tests read revisions with git show
need chromium chromium              # the review page's browser test (scripts/browser-test.sh)
need chromedriver chromium-driver
need pdftotext poppler-utils        # the printed review packet is checked with pdftotext
need python3 python3                # FHIR round trip, ecosystem and browser tests (pytest, selenium)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
need nvim neovim                    # the language server driven from Neovim's own client
need valgrind valgrind              # the instruction-count guard (scripts/perf-guard.sh), make valgrind
need objcopy binutils               # perf-guard strips debug info valgrind cannot read
((${#missing[@]})) || exit 0
echo "dtree: installing ${missing[*]} for the tests ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
