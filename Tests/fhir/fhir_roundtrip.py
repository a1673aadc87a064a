"""The FHIR round trip's machinery (docs/fhir.md): export trees with the built dtree, walk
them from their normalized JSON model, build the QuestionnaireResponse a walk's answers give,
and evaluate the export's FHIRPath (enableWhenExpression, action conditions) and enableWhen
on it with fhirpathpy. The tests are in test_fhir_roundtrip.py."""

import json
import os
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import fhirpathpy
from fhirpathpy.models import models

ROOT = Path(__file__).resolve().parents[2]
DTREE = os.environ.get("DTREE_BIN", str(ROOT / ".build" / "debug" / "dtree"))
VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"
ENABLE_WHEN_EXPRESSION = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
R4 = models["r4"]


def dtree(*args, stdin=None):
    """Runs the built dtree; returns (status, stdout, stderr)."""
    done = subprocess.run([DTREE, *map(str, args)], input=stdin, capture_output=True, text=True, cwd=ROOT)
    return done.returncode, done.stdout, done.stderr


def repository_files():
    """Every file of the repository outside folders whose names start with `.` (.build, .git)
    and outside `out/`, where make demo and the browser test write what they make."""
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = sorted(
            name for name in subfolders if not name.startswith(".") and not (Path(folder) == ROOT and name == "out"))
        for name in sorted(files):
            yield Path(folder) / name


def tree_files():
    """Every tree file in the repository: YAML or JSON files with a top-level `tree:` key that
    are not scenario files or hazard logs (which name their tree with `tree:` too)."""
    found = []
    for path in repository_files():
        rel = path.relative_to(ROOT)
        if path.suffix not in (".yaml", ".yml", ".json") or path.name.endswith((".tests.yaml", ".hazards.yaml")):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if any(line.startswith("tree:") for line in text.splitlines()):
            found.append(rel)
    return found


def scenario_files():
    """Every valid scenario file (`*.tests.yaml`) in the repository: one `dtree validate`
    accepts (fixtures that exist to be rejected, such as the schema's invalid ones, are not
    patients' answers to round-trip)."""
    found = sorted(p.relative_to(ROOT) for p in repository_files() if p.name.endswith(".tests.yaml"))
    return [path for path in found if dtree("validate", path)[0] == 0]


def export(tree, fmt):
    status, out, err = dtree("export", tree, "--format", fmt)
    assert status == 0, f"dtree export {tree} --format {fmt} exited {status}: {err}"
    return out


ONE_SIDED = re.compile(r"^\s*(<=|>=|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*$")
TWO_SIDED = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(\.\.<|\.\.\.)\s*(-?\d+(?:\.\d+)?)\s*$")


def parse_range(text):
    """A number node's range (docs/format.md) as (lower, lower included, upper, upper
    included), None where unbounded; read independently of dtree, with exact decimals."""
    match = ONE_SIDED.match(text)
    if match:
        op, value = match.group(1), Decimal(match.group(2))
        return {"<": (None, False, value, False), "<=": (None, False, value, True), ">": (value, False, None, False),
                ">=": (value, True, None, False), "=": (value, True, value, True)}[op]
    match = TWO_SIDED.match(text)
    assert match, f"{text!r} is not a range"
    return Decimal(match.group(1)), True, Decimal(match.group(3)), match.group(2) == "..."


def in_range(bounds, value):
    lower, lower_in, upper, upper_in = bounds
    if lower is not None and (value < lower or (value == lower and not lower_in)):
        return False
    return not (upper is not None and (value > upper or (value == upper and not upper_in)))


def allowed(node, value):
    """Whether a number node takes `value`: within min and max, whole where `integer`."""
    if node.get("integer") and value != value.to_integral_value():
        return False
    if "min" in node and value < Decimal(str(node["min"])):
        return False
    return not ("max" in node and value > Decimal(str(node["max"])))


def json_number(value):
    """A Decimal as the JSON number a case or a response gives."""
    return int(value) if value == value.to_integral_value() else float(value)


class Picked(int):
    """A number node's step: the edge index (an int, as a question's step is), with the value given."""

    def __new__(cls, edge, value):
        picked = super().__new__(cls, edge)
        picked.value = value
        return picked


def witnesses(node):
    """Values for a number node at every boundary, just below and just above (one whole number
    for `integer`, else one tenth, or one unit of the finest decimal written), and min and max:
    each allowed one with the edge whose range takes it."""
    ranges = [parse_range(edge["label"]) for edge in node["edges"]]
    bounds = {b for r in ranges for b in (r[0], r[2]) if b is not None}
    bounds |= {Decimal(str(node[k])) for k in ("min", "max") if k in node}
    places = max([-b.as_tuple().exponent for b in bounds] + [1])
    step = Decimal(1) if node.get("integer") else Decimal(1).scaleb(-places)
    values = sorted({v for b in bounds for v in (b - step, b, b + step)} or {Decimal(0)})
    out = []
    for value in values:
        if not allowed(node, value):
            continue
        edges = [index for index, r in enumerate(ranges) if in_range(r, value)]
        assert len(edges) == 1, f"{node['id']}: {value} falls in {len(edges)} ranges"
        out.append((edges[0], value))
    return out


class Model:
    """A tree's normalized JSON model (dtree export --format json) and a walker over it."""

    def __init__(self, text):
        self.data = json.loads(text)
        self.nodes = {node["id"]: node for node in self.data["nodes"]}
        self.start = self.data["start"]

    def parse_answer(self, node, answer):
        """The edge index an answer takes (and for a checklist the item indices), read as
        dtree reads answers: a label in any case or a 1-based number; a checklist's items as
        a list or a comma-separated string, `none`/`0` for none."""
        if node["kind"] == "question":
            labels = [edge["label"] for edge in node["edges"]]
            return self._pick(labels, answer), None
        if node["kind"] == "number":
            labels = [edge["label"] for edge in node["edges"]]
            if isinstance(answer, str) and answer.strip() in labels:
                edge = labels.index(answer.strip())
                return Picked(edge, next(value for index, value in witnesses(node) if index == edge)), None
            text = str(answer).strip()
            if node.get("unit") and text.lower().endswith(node["unit"].lower()):
                text = text[: -len(node["unit"])].strip()
            value = Decimal(text)
            assert allowed(node, value), f"{answer!r} is not allowed at {node['id']}"
            (edge,) = [index for index, label in enumerate(labels) if in_range(parse_range(label), value)]
            return Picked(edge, value), None
        if isinstance(answer, list):
            parts = answer
        elif str(answer).strip().lower() in ("none", "0"):
            parts = []
        else:
            parts = [part.strip() for part in str(answer).split(",")]
        chosen = sorted({self._pick(node["items"], part) for part in parts})
        return (0 if chosen else 1), chosen

    @staticmethod
    def _pick(labels, answer):
        text = str(answer)
        for index, label in enumerate(labels):
            if label.casefold() == text.casefold():
                return index
        if text.isdigit() and 1 <= int(text) <= len(labels):
            return int(text) - 1
        raise ValueError(f"{answer!r} is not one of {labels}")

    def walk(self, answers):
        """The walk the answers give: (steps, terminal), each step (node id, item indices or
        edge index); `terminal` is None when the walk stops for want of an answer."""
        steps, node_id = [], self.start
        while True:
            node = self.nodes[node_id]
            if not node["edges"]:
                return steps, node_id
            if node["kind"] == "refer":
                steps.append((node_id, None))
                node_id = node["edges"][0]["to"]
                continue
            if node_id not in answers:
                return steps, None
            edge, items = self.parse_answer(node, answers[node_id])
            steps.append((node_id, items if node["kind"] == "checklist" else edge))
            node_id = node["edges"][edge]["to"]

    def paths(self):
        """Every path from the start, as answer sets: each question edge; a checklist's `none`
        and, for its `any`, each single item and all items together. Only for small trees:
        the number of paths can be exponential."""
        out = []
        stack = [(self.start, {})]
        while stack:
            node_id, answers = stack.pop()
            node = self.nodes[node_id]
            if not node["edges"]:
                out.append(answers)
            elif node["kind"] == "refer":
                stack.append((node["edges"][0]["to"], answers))
            elif node["kind"] == "question":
                for edge in node["edges"]:
                    stack.append((edge["to"], {**answers, node_id: edge["label"]}))
            elif node["kind"] == "number":
                for edge, value in witnesses(node):
                    stack.append((node["edges"][edge]["to"], {**answers, node_id: json_number(value)}))
            else:
                items = node["items"]
                choices = [[item] for item in items] + ([items] if len(items) > 1 else [])
                for choice in choices:
                    stack.append((node["edges"][0]["to"], {**answers, node_id: list(choice)}))
                stack.append((node["edges"][1]["to"], {**answers, node_id: []}))
        return out

    def expected(self, answers):
        """What the FHIR export must say for these answers: the enabled items (the questions
        and checklists the walk asks) and the applicable actions (its refer steps and its
        terminal node)."""
        steps, terminal = self.walk(answers)
        assert terminal is not None, f"the walk stops for want of an answer: {answers}"
        items = {node for node, _ in steps if self.nodes[node]["kind"] != "refer"}
        actions = {node for node, _ in steps if self.nodes[node]["kind"] == "refer"} | {terminal}
        return steps, terminal, items, actions


class Export:
    """A FHIR export, with its FHIRPath compiled once."""

    def __init__(self, text):
        self.bundle = json.loads(text)
        resources = {entry["resource"]["resourceType"]: entry["resource"] for entry in self.bundle["entry"]}
        self.questionnaire = resources["Questionnaire"]
        self.plan = resources["PlanDefinition"]
        self.items = {item["linkId"]: item for item in self.questionnaire.get("item", [])}
        self.q_variables = self._variables(self.questionnaire)
        self.p_variables = self._variables(self.plan)
        self.enable = {}
        for link_id, item in self.items.items():
            for ext in item.get("extension", []):
                if ext["url"] == ENABLE_WHEN_EXPRESSION:
                    self.enable[link_id] = fhirpathpy.compile(ext["valueExpression"]["expression"], R4)
        self.conditions = {}
        for action in self.plan.get("action", []):
            (condition,) = action["condition"]
            assert condition["kind"] == "applicability" and condition["expression"]["language"] == "text/fhirpath"
            self.conditions[action["id"]] = fhirpathpy.compile(condition["expression"]["expression"], R4)

    @staticmethod
    def _variables(resource):
        out = []
        for ext in resource.get("extension", []):
            if ext["url"] == VARIABLE:
                expression = ext["valueExpression"]
                out.append((expression["name"], fhirpathpy.compile(expression["expression"], R4)))
        return out

    def response(self, model, steps, stale=False):
        """The QuestionnaireResponse a walk's answers give: for each question or checklist
        step, the option its answer picks (a checklist answered with no item picks the
        exclusive "None of these" option). With `stale`, every item the walk does not ask is
        answered too (its first option), as a form that kept old answers would."""
        asked = {}
        for node_id, answer in steps:
            node = model.nodes[node_id]
            if node["kind"] == "refer":
                continue
            if node["kind"] == "number":
                key = "valueInteger" if node.get("integer") else "valueDecimal"
                asked[node_id] = [{key: json_number(answer.value)}]
                continue
            options = [option["valueCoding"] for option in self.items[node_id]["answerOption"]]
            if node["kind"] == "question":
                picked = [options[answer]]
            elif answer:
                picked = [options[index] for index in answer]
            else:
                picked = [coding for coding, option in zip(options, self.items[node_id]["answerOption"]) if "extension" in option]
                assert len(picked) == 1, f"{node_id}: one exclusive none option"
            asked[node_id] = [{"valueCoding": coding} for coding in picked]
        items = []
        for link_id, item in self.items.items():
            if link_id in asked:
                items.append({"linkId": link_id, "answer": asked[link_id]})
            elif stale and "answerOption" in item:
                items.append({"linkId": link_id, "answer": [{"valueCoding": item["answerOption"][0]["valueCoding"]}]})
            elif stale:
                node = model.nodes[link_id]
                key = "valueInteger" if node.get("integer") else "valueDecimal"
                items.append({"linkId": link_id, "answer": [{key: json_number(witnesses(node)[0][1])}]})
        return {
            "resourceType": "QuestionnaireResponse",
            "questionnaire": self.questionnaire["url"],
            "status": "completed",
            "item": items,
        }

    @staticmethod
    def _boolean(result, what):
        assert result in ([True], [False]), f"{what} gave {result!r}, not one boolean"
        return result == [True]

    def _environment(self, response, variables):
        env = {"resource": response}
        for name, compiled in variables:
            env[name] = [self._boolean(compiled(response, env), f"variable %{name}")]
        return env

    def enabled_by_expression(self, response):
        """The items whose enableWhenExpression holds (an item without one is always enabled)."""
        env = self._environment(response, self.q_variables)
        return {link_id for link_id in self.items
                if link_id not in self.enable or self._boolean(self.enable[link_id](response, env), f"{link_id} enableWhenExpression")}

    def enabled_by_enable_when(self, response):
        """The items enabled by plain enableWhen (behaviour any, operator = with Coding answers;
        a number's comparisons, behaviour all for a two-sided range), read as R4 says: an
        answer of a disabled item counts as no answer."""
        answers = {item["linkId"]: item["answer"] for item in response["item"]}
        by_expression = self.enabled_by_expression(response)

        def holds(condition, given):
            if "answerCoding" in condition:
                return condition["operator"] == "=" and "valueCoding" in given and _same_coding(given["valueCoding"], condition["answerCoding"])
            key = "answerInteger" if "answerInteger" in condition else "answerDecimal"
            value = given.get("valueInteger", given.get("valueDecimal"))
            if value is None:
                return False
            left, right = Decimal(str(value)), Decimal(str(condition[key]))
            return {"=": left == right, "<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[condition["operator"]]

        memo = {}

        def enabled(link_id, depth=0):
            assert depth <= len(self.items), "enableWhen refers in a cycle"
            if link_id not in memo:
                item = self.items[link_id]
                conditions = item.get("enableWhen", [])
                if not conditions and link_id in self.enable:
                    # Reached by a two-sided range and some other way: plain enableWhen cannot
                    # say (A and B) or C, so the export gives only the expression (docs/fhir.md).
                    memo[link_id] = link_id in by_expression
                elif not conditions:
                    memo[link_id] = True
                else:
                    behaviour = item.get("enableBehavior")
                    assert behaviour in ("any", "all")
                    met = (enabled(c["question"], depth + 1) and any(holds(c, given) for given in answers.get(c["question"], []))
                           for c in conditions)
                    memo[link_id] = any(met) if behaviour == "any" else all(met)
            return memo[link_id]

        return {link_id for link_id in self.items if enabled(link_id)}

    def applicable(self, response):
        """The actions whose applicability condition holds."""
        env = self._environment(response, self.p_variables)
        return {action_id for action_id, compiled in self.conditions.items()
                if self._boolean(compiled(response, env), f"action {action_id} condition")}


def _same_coding(a, b):
    return a.get("system") == b.get("system") and a.get("code") == b.get("code")


def round_trip(model, fhir, answers):
    """Checks one answer set; returns a list of mismatches (empty when the export agrees)."""
    steps, terminal, items, actions = model.expected(answers)
    problems = []
    for stale in (False, True):
        response = fhir.response(model, steps, stale=stale)
        label = " (with stale answers)" if stale else ""
        for name, got in (("enableWhenExpression", fhir.enabled_by_expression(response)),
                          ("enableWhen", fhir.enabled_by_enable_when(response))):
            if got != items:
                problems.append(f"{answers}{label}: {name} enables {sorted(got)}, the walk asks {sorted(items)}")
        got = fhir.applicable(response)
        if got != actions:
            problems.append(f"{answers}{label}: applicable actions {sorted(got)}, the walk passes {sorted(actions)}")
    return problems
