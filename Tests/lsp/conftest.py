"""Shared by the language-server tests: the repository root. Run through Tests/lsp/run.sh
(make test), which installs pytest-lsp into .build/venv-tools and sets DTREE."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
