"""The JSON Schemas checked by a real consumer, PyPI's check-jsonschema: every tree and
scenario file in the repository that `dtree validate` accepts passes its schema (also with
the yaml-language-server modeline), every fixture in Tests/Fixtures/schema-invalid is
rejected by both the schema and dtree, and `dtree schema` prints the files byte for byte."""
import pathlib
import subprocess

import pytest

from conftest import ROOT, tool

SCHEMA_TREE = ROOT / "schema/dtree-tree.schema.json"
SCHEMA_TESTS = ROOT / "schema/dtree-tests.schema.json"
SCHEMA_HAZARDS = ROOT / "schema/dtree-hazards.schema.json"
INVALID = sorted((ROOT / "Tests/Fixtures/schema-invalid").glob("*.yaml"))


def repo_yaml_files():
    """Every YAML file in the repository outside build folders and the invalid fixtures."""
    files = []
    for path in sorted(ROOT.rglob("*.y*ml")):
        rel = path.relative_to(ROOT)
        if rel.parts[0].startswith(".") or rel.parts[0] == "out" or "schema-invalid" in rel.parts:
            continue
        files.append(path)
    return files


def schema_for(path: pathlib.Path):
    if path.name.endswith(".tests.yaml"):
        return SCHEMA_TESTS
    if path.name.endswith(".hazards.yaml"):
        return SCHEMA_HAZARDS
    text = path.read_text()
    if any(line.startswith("tree:") for line in text.splitlines()):
        return SCHEMA_TREE
    return None


def check(venv_bin, schema, files):
    return subprocess.run([tool(venv_bin, "check-jsonschema"), "--schemafile", str(schema), *map(str, files)],
                          capture_output=True, text=True, timeout=120)


def dtree_accepts(dtree, path) -> bool:
    return subprocess.run([dtree, "validate", str(path)], capture_output=True, timeout=60).returncode == 0


def test_schemas_are_valid_2020_12(venv_bin):
    for schema in (SCHEMA_TREE, SCHEMA_TESTS, SCHEMA_HAZARDS):
        done = subprocess.run([tool(venv_bin, "check-jsonschema"), "--check-metaschema", str(schema)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr


def test_every_valid_file_in_the_repo_passes(dtree, venv_bin):
    files = [f for f in repo_yaml_files() if schema_for(f) and dtree_accepts(dtree, f)]
    trees = [f for f in files if schema_for(f) == SCHEMA_TREE]
    scenarios = [f for f in files if schema_for(f) == SCHEMA_TESTS]
    hazards = [f for f in files if schema_for(f) == SCHEMA_HAZARDS]
    assert any(f.name == "back-numbness.yaml" for f in trees)
    assert any(f.name == "back-numbness.tests.yaml" for f in scenarios)
    assert any(f.name == "ward.hazards.yaml" for f in hazards)
    for schema, group in ((SCHEMA_TREE, trees), (SCHEMA_TESTS, scenarios), (SCHEMA_HAZARDS, hazards)):
        done = check(venv_bin, schema, group)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_repo_examples_dtree_rejects_are_rejected_too(dtree, venv_bin):
    rejected = [f for f in repo_yaml_files() if schema_for(f) == SCHEMA_TREE and "docs" in f.parts and not dtree_accepts(dtree, f)]
    assert {f.name for f in rejected} == {"broken.yaml", "missing-none.yaml"}
    for path in rejected:
        assert check(venv_bin, SCHEMA_TREE, [path]).returncode == 1, path


def test_modeline_comment_is_accepted(dtree, venv_bin, tmp_path):
    modeline = {
        "back-numbness.yaml": "# yaml-language-server: $schema=../schema/dtree-tree.schema.json\n",
        "back-numbness.tests.yaml": "# yaml-language-server: $schema=../schema/dtree-tests.schema.json\n",
    }
    for name, line in modeline.items():
        copy = tmp_path / name
        copy.write_text(line + (ROOT / "Trees" / name).read_text())
    schemas = {"back-numbness.yaml": SCHEMA_TREE, "back-numbness.tests.yaml": SCHEMA_TESTS}
    for name, schema in schemas.items():
        done = check(venv_bin, schema, [tmp_path / name])
        assert done.returncode == 0, done.stdout
    assert dtree_accepts(dtree, tmp_path / "back-numbness.tests.yaml")


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_fixture_is_rejected(dtree, venv_bin, path):
    schema = SCHEMA_TESTS if path.name.endswith(".tests.yaml") else SCHEMA_TREE
    done = check(venv_bin, schema, [path])
    assert done.returncode == 1, f"{path.name} passed the schema:\n{done.stdout}"
    assert not dtree_accepts(dtree, path), f"{path.name} should be invalid for dtree too"


def test_invalid_fixtures_cover_what_a_schema_can_tell():
    assert len(INVALID) >= 10


def test_the_hazard_schema_rejects_what_dtree_rejects(dtree, venv_bin, tmp_path):
    """A bad severity word and an unknown key: both the schema and dtree refuse them."""
    fixture = (ROOT / "Tests/Fixtures/hazards/ward.hazards.yaml").read_text()
    for name, old, new in (("word", "severity: major", "severity: majr"), ("key", "owner:", "ownr:")):
        folder = tmp_path / name
        folder.mkdir()
        for sibling in ("ward.yaml", "ward.tests.yaml"):
            (folder / sibling).write_text((ROOT / "Tests/Fixtures/hazards" / sibling).read_text())
        bad = folder / "ward.hazards.yaml"
        assert old in fixture
        bad.write_text(fixture.replace(old, new, 1))
        assert check(venv_bin, SCHEMA_HAZARDS, [bad]).returncode == 1, name
        assert not dtree_accepts(dtree, bad), name


@pytest.mark.parametrize("kind", ["tree", "tests", "hazards"])
def test_dtree_schema_prints_the_file(dtree, kind):
    done = subprocess.run([dtree, "schema", kind], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout == (ROOT / f"schema/dtree-{kind}.schema.json").read_text()
