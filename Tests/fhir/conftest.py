"""Prints what the FHIR round trip covered, for the log and docs/fhir.md."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_terminal_summary(terminalreporter):
    from test_fhir_roundtrip import COUNTS

    terminalreporter.write_line(
        "FHIR round trip: {trees} trees exported and parsed; {paths} paths ({answer sets} answer sets) "
        "and {cases} scenario cases from {scenario files} scenario files round-tripped; "
        "{mutants caught} mutants caught".format(**COUNTS))
