#!/usr/bin/env bash
# Installs the Debian packages the whole test suite needs when they are missing, so that
# `make test` works on a fresh Debian machine with Swift (as root, or through sudo). PyPI tools
# are not installed here: each test script puts its own in a virtual environment under .build/.
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null || missing+=("$2"); }
need tmux tmux                      # drives the terminal test (Tests/tty)
need script bsdutils                # util-linux script: a pseudo-terminal for a Swift test, TTY_TEST_WITH=script
need git git                        # the review tests read revisions with git show
need chromium chromium              # the review page's browser test (Tests/browser)
need chromedriver chromium-driver
need pdftotext poppler-utils        # the printed review packet is checked with pdftotext
need python3 python3                # FHIR, ecosystem, LSP and browser tests (pytest, selenium)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
need nvim neovim                    # the language server driven from Neovim's own client (Tests/lsp)
need valgrind valgrind              # the instruction-count guard (Tests/perf-guard), make valgrind
need man man-db                      # the install test reads the man pages (Tests/install)
need col bsdextrautils              # ... through col -b
need objcopy binutils               # perf-guard strips debug info valgrind cannot read
need msgfmt gettext                 # every PO file dtree writes passes msgfmt --check (Tests/ecosystem)
((${#missing[@]})) || exit 0
echo "dtree: installing ${missing[*]} for the tests ..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
