"""`--format sarif` read back by a real consumer, PyPI's sarif-tools (`sarif summary`,
`sarif csv`, `sarif ls`): counts by severity and rule, and each result's file and line."""
import csv
import json
import subprocess

from conftest import tool


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


def write_sarif(dtree, root, tmp_path, args, name):
    result = run([dtree, *args, "--format", "sarif"], root)
    path = tmp_path / name
    path.write_text(result.stdout)
    return result, path


def read_csv(venv_bin, sarif, tmp_path):
    out = tmp_path / (sarif.stem + ".csv")
    done = run([tool(venv_bin, "sarif"), "csv", str(sarif), "--output", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    with out.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_validate_sarif_counts_and_locations(dtree, root, venv_bin, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "tree: t\ntitle: T\nstart: a\nnodes:\n"
        "  a:\n    question: Q\n    anwsers: {yes: b, no: b}\n"
        "  b: {outcome: B}\n"
        "  c: {outcome: C}\n"
        "  d:\n    refer: gp\n    next: nowhere\n"
    )
    result, sarif = write_sarif(dtree, root, tmp_path, ["validate", str(bad), "Trees/"], "validate.sarif")
    assert result.returncode == 1, result.stderr
    log = json.loads(sarif.read_text())
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["shortDescription"]["text"] and r["helpUri"].startswith("docs/") for r in rules)
    assert {"unknown-key", "unknown-target", "unreachable-node"} <= {r["id"] for r in rules}

    summary = run([tool(venv_bin, "sarif"), "summary", str(sarif)], tmp_path)
    assert summary.returncode == 0, summary.stderr
    text = summary.stdout
    assert "error: 2" in text, text
    assert "warning: 2" in text, text
    # The shipped tree's source document is not beside it, and its Russian translation is an
    # unreviewed draft: two notes, which fail nothing.
    assert "note: 2" in text, text
    assert "translation-unreviewed" in text, text
    assert "unknown-key unknown key 'anwsers' (did you mean 'answers'?): 1" in text

    rows = [r for r in read_csv(venv_bin, sarif, tmp_path) if r["Severity"] != "note"]
    located = sorted((r["Code"], r["Severity"], r["Line"]) for r in rows)
    assert located == [
        ("unknown-key", "error", "7"),
        ("unknown-target", "error", "12"),
        ("unreachable-node", "warning", "10"),
        ("unreachable-node", "warning", "9"),
    ], rows
    assert all(r["Location"] == str(bad) or r["Location"].endswith("bad.yaml") for r in rows)
    # Columns, which sarif-tools does not print, straight from the log.
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]]
    assert {"startLine": 7, "startColumn": 5} in regions


def test_clean_validate_is_an_empty_run(dtree, root, venv_bin, tmp_path):
    # A clean tree that names no source document, so not even a note is due.
    result, sarif = write_sarif(dtree, root, tmp_path, ["validate", "Tests/Fixtures/scenarios/clinic.yaml"], "clean.sarif")
    assert result.returncode == 0
    assert json.loads(sarif.read_text())["runs"][0]["results"] == []
    summary = run([tool(venv_bin, "sarif"), "summary", str(sarif)], tmp_path)
    assert "error: 0" in summary.stdout and "warning: 0" in summary.stdout
    listed = run([tool(venv_bin, "sarif"), "ls", str(sarif)], tmp_path)
    assert "clean.sarif" in listed.stdout


def test_test_sarif_reports_failures_at_their_lines(dtree, root, venv_bin, tmp_path):
    result, sarif = write_sarif(dtree, root, tmp_path, ["test", "Tests/Fixtures/scenarios/failing/"], "test.sarif")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("2 passed, 2 failed")
    rows = read_csv(venv_bin, sarif, tmp_path)
    located = sorted((r["Code"], r["Location"], r["Line"]) for r in rows)
    assert located == [
        ("case-failed", "Tests/Fixtures/scenarios/failing/clinic.tests.yaml", "6"),
        ("invariant-broken", "Tests/Fixtures/scenarios/failing/clinic.tests.yaml", "10"),
        ("untested-outcome", "Tests/Fixtures/scenarios/clinic.yaml", "29"),
    ], rows
    summary = run([tool(venv_bin, "sarif"), "summary", str(sarif)], tmp_path).stdout
    assert "error: 2" in summary and "warning: 1" in summary, summary


def test_mutants_sarif_lists_each_survivor_at_its_line(dtree, root, venv_bin, tmp_path):
    """`dtree test --mutants --min-score 50 --format sarif`: one warning per surviving mutant,
    at the line of the edited node or edge, and one error for the score below the minimum."""
    tree = "Tests/Fixtures/mutation/mini.yaml"
    result, sarif = write_sarif(dtree, root, tmp_path, ["test", "--mutants", "--min-score", "50", tree], "mutants.sarif")
    assert result.returncode == 1, result.stderr
    summary = run([tool(venv_bin, "sarif"), "summary", str(sarif)], tmp_path)
    assert summary.returncode == 0, summary.stderr
    assert "warning: 14" in summary.stdout, summary.stdout
    assert "error: 1" in summary.stdout, summary.stdout
    rows = read_csv(venv_bin, sarif, tmp_path)
    codes = sorted({r["Code"] for r in rows})
    assert codes == ["mutant-survived", "mutation-score-below-minimum"]
    lines = {r["Line"] for r in rows if r["Code"] == "mutant-survived"}
    assert {"9", "16", "17"} <= lines, lines
