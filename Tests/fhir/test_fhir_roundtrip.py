"""The FHIR export proved by round trip (docs/fhir.md), run by Tests/fhir/run.sh from
`make test`:

- structure: every tree in the repository exports, and the Bundle parses with fhir.resources'
  R4B models with no error (an invalid tree exports nothing and exits 1);
- behaviour: for every scenario case and every path of every tree, the QuestionnaireResponse
  the answers give enables exactly the questions the walk asks (by enableWhenExpression and by
  enableWhen) and makes exactly the actions of its refer steps and terminal node applicable,
  evaluated with fhirpathpy; also with stale answers to the items the walk skips;
- mutation: one edge of a tree retargeted makes the old cases' round trip fail;
- size: a chain of joins, whose paths double with each join, exports in linear size.
"""

import json
import random
import re
from decimal import Decimal
import tempfile
from pathlib import Path

import pytest
import yaml
from fhir.resources.R4B.bundle import Bundle

from fhir_roundtrip import ROOT, Export, Model, dtree, export, round_trip, scenario_files, tree_files

COUNTS = {"trees": 0, "paths": 0, "answer sets": 0, "cases": 0, "scenario files": 0, "mutants caught": 0}

TREES = tree_files()
VALID = [tree for tree in TREES if dtree("validate", tree)[0] == 0]
INVALID = [tree for tree in TREES if tree not in VALID]
SCENARIOS = scenario_files()


def test_the_repository_has_trees_to_prove():
    assert Path("Trees/back-numbness.yaml") in VALID
    assert Path("Tests/Fixtures/fhir/joins.yaml") in VALID
    assert Path("Trees/back-numbness.tests.yaml") in SCENARIOS


def dtree_outcomes(tree, answer_sets):
    """The terminal node dtree's own batch walk reaches for each answer set."""
    lines = "".join(json.dumps(answers) + "\n" for answers in answer_sets)
    status, out, err = dtree("run", tree, "--cases", "-", stdin=lines)
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(results) == len(answer_sets), err
    return [result.get("outcome") for result in results]


@pytest.mark.parametrize("tree", VALID, ids=str)
def test_export_parses_as_fhir_r4b_and_is_deterministic(tree):
    text = export(tree, "fhir")
    assert export(tree, "fhir") == text, "two exports differ"
    bundle = Bundle.model_validate_json(text)
    assert bundle.type == "collection"
    kinds = [entry.resource.__class__.__name__ for entry in bundle.entry]
    model = Model(export(tree, "json"))
    specialists = set(model.data.get("specialists", [])) | {n["refer"] for n in model.nodes.values() if n["kind"] == "refer"}
    assert kinds == ["Questionnaire", "PlanDefinition"] + ["ActivityDefinition"] * len(specialists)
    fhir = Export(text)
    priorities = {"routine": "routine", "soon": "urgent", "urgent": "asap", "emergency": "stat"}
    for action in fhir.plan["action"]:
        node = model.nodes[action["id"]]
        assert node["kind"] in ("refer", "outcome")
        if node["kind"] == "refer":
            if "urgency" in node:
                assert action["priority"] == priorities[node["urgency"]]
            else:  # the tree states no urgency, and the export invents none
                assert "priority" not in action
            assert action["definitionCanonical"].startswith("https://dtree.example/fhir/ActivityDefinition/")
        if "cite" in node:
            assert action["documentation"][0]["type"] == "citation"
    for link_id, item in fhir.items.items():
        node = model.nodes[link_id]
        if node["kind"] == "number":
            # A number item: typed, bounded and with its unit, as docs/fhir.md says.
            assert item["type"] == ("integer" if node.get("integer") else "decimal")
            extensions = {ext["url"].rsplit("/", 1)[1]: ext for ext in item.get("extension", [])}
            for key, url in (("min", "minValue"), ("max", "maxValue")):
                if key in node:
                    value = extensions[url].get("valueInteger", extensions[url].get("valueDecimal"))
                    assert Decimal(str(value)) == Decimal(str(node[key]))
            if "unit" in node:
                assert extensions["questionnaire-unit"]["valueCoding"]["display"] == node["unit"]
            continue
        labels = node["items"] if node["kind"] == "checklist" else [edge["label"] for edge in node["edges"]]
        codes = [option["valueCoding"]["code"] for option in item["answerOption"] if "extension" not in option]
        assert codes == [" ".join(label.split()) for label in labels]
    COUNTS["trees"] += 1


@pytest.mark.parametrize("tree", INVALID, ids=str)
def test_an_invalid_tree_exports_nothing(tree):
    status, out, _ = dtree("export", tree, "--format", "fhir")
    assert status == 1 and out == ""


@pytest.mark.parametrize("tree", VALID, ids=str)
def test_every_path_round_trips(tree):
    model = Model(export(tree, "json"))
    fhir = Export(export(tree, "fhir"))
    answer_sets = model.paths()
    assert answer_sets
    assert dtree_outcomes(tree, answer_sets) == [model.walk(answers)[1] for answers in answer_sets]
    problems = [problem for answers in answer_sets for problem in round_trip(model, fhir, answers)]
    assert not problems, "\n".join(problems[:20])
    edge_paths = {tuple((node, 0 if isinstance(choice, list) and choice else 1 if isinstance(choice, list) else choice if choice is None else int(choice))
                        for node, choice in model.walk(answers)[0]) for answers in answer_sets}
    COUNTS["paths"] += len(edge_paths)
    COUNTS["answer sets"] += len(answer_sets)


def load_cases(scenario):
    """The scenario file's tree (relative to the file) and its cases' answers, every scalar
    read as the string it is written as (as dtree reads them: `no` stays `no`)."""
    data = yaml.load((ROOT / scenario).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    tree = (ROOT / scenario).parent / data["tree"]
    return tree.resolve().relative_to(ROOT), [case["answers"] for case in data.get("cases", [])]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=str)
def test_every_scenario_case_round_trips(scenario):
    tree, cases = load_cases(scenario)
    assert cases
    model = Model(export(tree, "json"))
    fhir = Export(export(tree, "fhir"))
    assert dtree_outcomes(tree, cases) == [model.walk(answers)[1] for answers in cases]
    problems = [problem for answers in cases for problem in round_trip(model, fhir, answers)]
    assert not problems, "\n".join(problems)
    COUNTS["cases"] += len(cases)
    COUNTS["scenario files"] += 1


@pytest.mark.parametrize("scenario", SCENARIOS, ids=str)
def test_a_retargeted_edge_fails_the_old_cases(scenario):
    tree, cases = load_cases(scenario)
    model = Model(export(tree, "json"))
    # The last answered step of the first case: send its edge to a terminal node the case
    # does not end at and the edge does not already lead to.
    steps, terminal = model.walk(cases[0])
    node_id, choice = next(step for step in reversed(steps) if model.nodes[step[0]]["kind"] != "refer")
    edge = (0 if choice else 1) if isinstance(choice, list) else choice
    mutant = json.loads(json.dumps(model.data))
    old_target = model.nodes[node_id]["edges"][edge]["to"]
    new_target = next(n["id"] for n in model.data["nodes"] if not n["edges"] and n["id"] not in (terminal, old_target))
    for node in mutant["nodes"]:
        if node["id"] == node_id:
            node["edges"][edge]["to"] = new_target
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutant.json"
        path.write_text(json.dumps(mutant), encoding="utf-8")
        status, text, err = dtree("export", path, "--format", "fhir")
    assert status == 0, err
    fhir = Export(text)
    failing = [answers for answers in cases if round_trip(model, fhir, answers)]
    assert failing, f"retargeting {node_id} edge {edge} from {old_target} to {new_target} went unnoticed"
    COUNTS["mutants caught"] += 1


def test_a_node_no_walk_reaches_is_left_out_and_enables_nothing():
    model = Model(export("Tests/Fixtures/fhir/joins.yaml", "json"))
    data = json.loads(json.dumps(model.data))
    # An unreachable question whose answers lead into a join and to an outcome.
    data["nodes"].append({"id": "orphan", "kind": "question", "text": "Never asked?",
                          "edges": [{"label": "yes", "to": "second_q"}, {"label": "no", "to": "home"}]})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orphan.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        status, out, _ = dtree("validate", path)
        assert status == 0 and "unreachable-node" in out, out
        status, text, err = dtree("export", path, "--format", "fhir")
        assert status == 0, err
        model = Model(export(path, "json"))
    Bundle.model_validate_json(text)
    fhir = Export(text)
    assert "orphan" not in fhir.items and "orphan" not in text
    for answers in model.paths():
        assert not round_trip(model, fhir, answers)


def diamonds(depth):
    """A normalized model whose paths double at each of `depth` joins."""
    nodes = []
    for level in range(depth):
        after = f"q{level + 1}" if level + 1 < depth else "end"
        nodes.append({"id": f"q{level}", "kind": "question", "text": f"Level {level}?",
                      "edges": [{"label": "straight", "to": after}, {"label": "detour", "to": f"m{level}"}]})
        nodes.append({"id": f"m{level}", "kind": "question", "text": f"Detour {level}?",
                      "edges": [{"label": "yes", "to": after}, {"label": "no", "to": after}]})
    nodes.append({"id": "end", "kind": "outcome", "text": "End", "edges": []})
    return {"format": "dtree-model/1", "tree": "diamonds", "title": "Diamonds", "start": "q0", "nodes": nodes}


def documented_sizes():
    """docs/fhir.md's table of export sizes: {joins: (nodes, size in KB)}."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "fhir.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| (\d+) \| 3\^\1 \| (\d+) KB \|$", docs, re.MULTILINE)
    return {int(k): (int(nodes), int(size)) for k, nodes, size in rows}


def test_a_chain_of_joins_exports_in_linear_size_and_round_trips():
    sizes, texts, models = {}, {}, {}
    documented = documented_sizes()
    assert sorted(documented) == [25, 50, 100, 200], documented
    with tempfile.TemporaryDirectory() as folder:
        for depth in (24, 25, 50, 100, 200):
            path = Path(folder) / f"diamonds-{depth}.json"
            path.write_text(json.dumps(diamonds(depth)), encoding="utf-8")
            texts[depth] = export(path, "fhir")
            sizes[depth] = len(texts[depth].encode())
            models[depth] = Model(export(path, "json"))
    # 3^100 answer sets reach the end; the export grows with the nodes, not with them.
    assert sizes[100] < 2.2 * sizes[50], sizes
    assert sizes[200] < 2.2 * sizes[100], sizes
    # docs/fhir.md quotes these sizes: each row's nodes and size in KB (rounded) as exported now.
    measured = {k: (len(models[k].nodes), (sizes[k] + 500) // 1000) for k in documented}
    assert measured == documented, f"docs/fhir.md's size table should read {measured}"
    Bundle.model_validate_json(texts[100])
    # fhirpathpy takes seconds per response at depth 100, so the round trip samples depth 24.
    model, fhir = models[24], Export(texts[24])
    chooser = random.Random(13)
    for _ in range(8):
        answers, node_id = {}, "q0"
        while node_id != "end":
            edge = chooser.choice(model.nodes[node_id]["edges"])
            answers[node_id] = edge["label"]
            node_id = edge["to"]
        assert not round_trip(model, fhir, answers)


def test_translation_extensions_parse_and_carry_the_reviewed_translations():
    """`export --format fhir --lang ru`: FHIR translation extensions on the Questionnaire's
    texts and answer displays and on the PlanDefinition's action titles and descriptions,
    parsed by fhir.resources; a fuzzy (unreviewed) entry is not exported."""
    status, text, err = dtree("export", "docs/examples/knee.yaml", "--format", "fhir", "--lang", "ru")
    assert status == 0, err
    bundle = Bundle.model_validate_json(text)
    questionnaire, plan = bundle.entry[0].resource, bundle.entry[1].resource

    def translation(element):
        found = {}
        for ext in (element.extension if element else []) or []:
            assert ext.url == "http://hl7.org/fhir/StructureDefinition/translation"
            parts = {part.url: part for part in ext.extension}
            found[parts["lang"].valueCode] = parts["content"].valueString
        return found

    item = questionnaire.item[0]
    assert item.text == "Is the knee swollen after a fall?"
    assert translation(item.text__ext) == {"ru": "Колено опухло после падения?"}
    yes, no = (option.valueCoding for option in item.answerOption)
    assert yes.code == "yes" and translation(yes.display__ext) == {"ru": "Да, после падения"}
    assert no.code == "no" and no.display__ext is None  # fuzzy in knee.ru.po: not reviewed, not exported
    actions = {action.id: action for action in plan.action}
    assert translation(actions["ortho"].title__ext) == {"ru": "Направление: Ортопед"}
    assert translation(actions["ortho"].description__ext) == {"ru": "Обратитесь к ортопеду на этой неделе."}
    # Without --lang the export has no translation extension at all.
    assert "StructureDefinition/translation" not in dtree("export", "docs/examples/knee.yaml", "--format", "fhir")[1]
