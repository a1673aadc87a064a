"""Prints what the FHIR round trip covered, for the log and docs/fhir.md."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


DOCS = Path(__file__).resolve().parents[2] / "docs" / "fhir.md"


def summary():
    from test_fhir_roundtrip import COUNTS

    return (
        "FHIR round trip: {trees} trees exported and parsed; {paths} paths ({answer sets} answer sets) "
        "and {cases} scenario cases from {scenario files} scenario files round-tripped; "
        "{mutants caught} mutants caught".format(**COUNTS))


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(summary())


def pytest_sessionfinish(session, exitstatus):
    """docs/fhir.md quotes the summary of a whole run: a whole run that passes must print it
    word for word, so the figures in the docs cannot drift (a filtered run counts less)."""
    whole = not session.config.option.keyword and not session.config.option.markexpr and session.testsfailed == 0
    if whole and summary() not in DOCS.read_text(encoding="utf-8"):
        sys.stderr.write(
            "docs/fhir.md does not quote this run's summary; replace its 'FHIR round trip: ...' line with:\n"
            + summary() + "\n")
        session.exitstatus = 1
