"""Shared fixtures for the ecosystem tests: the built dtree binary, the repository root and
the virtual environment's tools. Run through Tests/ecosystem/run.sh (make test)."""
import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def dtree() -> str:
    path = os.environ.get("DTREE", str(ROOT / ".build/debug/dtree"))
    assert os.access(path, os.X_OK), f"build dtree first: {path}"
    return path


@pytest.fixture(scope="session")
def venv_bin() -> pathlib.Path:
    """The bin folder of the virtual environment this test runs in (sarif, check-jsonschema)."""
    import sys
    return pathlib.Path(sys.executable).parent


def tool(venv_bin: pathlib.Path, name: str) -> str:
    path = venv_bin / name
    assert path.exists(), f"{name} missing from {venv_bin}; run scripts/python-tools.sh"
    return str(path)
