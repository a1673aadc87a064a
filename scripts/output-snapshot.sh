#!/usr/bin/env bash
# Owns the refactor output snapshot: every dtree command on every fixture, one record per invocation.
#
#   scripts/output-snapshot.sh BIN OUTDIR
#
# Every fixture tree (*.yaml, *.yml, *.json with a top-level `tree:` key) and every
# scenario file (*.tests.yaml) under Trees/, docs/examples/ and Tests/Fixtures/ goes through
# each command that applies to it: validate, test, run (--answer lists, --json, --from,
# --cases, --record, piped answers), render, export, hash, diff, review, approve (on a copy),
# schema, every --help, and the error cases (missing files, bad answers, unknown nodes, usage
# errors, unwritable outputs). `lsp` is not run (it speaks JSON-RPC and looks up its docs
# beside the binary). OUTDIR (its *.out and PLAN removed first) gets one NAME.out file per
# invocation, NAME being the command line made file-safe plus a short hash of it:
#
#   $ the command line, with `dtree` for BIN and `$TMP` for the invocation's scratch folder
#   exit: N
#   --- stdout (N bytes)         the bytes as text, or only a sha256 when not UTF-8 text
#   --- stderr (N bytes)
#   --- file $TMP/NAME (N bytes, sha256 ...)   each file left in $TMP, as text when it is
#
# plus OUTDIR/PLAN, the command lines in run order. The command set is computed from the
# fixtures alone (node ids and answer counts read with PyYAML's BaseLoader), never from BIN's
# output, so two binaries always run the same commands. Compare two snapshots with
# scripts/compare-outputs.sh BEFORE_DIR AFTER_DIR.
#
# Determinism: every command runs from the repository root with relative paths, stdin from
# /dev/null unless piped, and a fixed environment (env -i: PATH, HOME, LC_ALL=C.UTF-8, TZ=UTC,
# NO_COLOR=1, TERM=dumb; no DTREE_SOURCES, DTREE_DOCS_URL or COLUMNS unless a command line sets
# them). What still varies from run to run is normalised in normalise() below, each rule
# commented: the scratch folder's path (and the checkout's, which `run --record` writes as a
# relative path), test timings (JSON "time", JUnit time= and timestamp=) and the PDF
# /CreationDate. Each invocation gets a 60 s timeout (exit 124 is recorded).
#
# Needs bash, python3 with PyYAML, git, timeout. Uses ../shared/seed (the shipped trees'
# source document) when it is there. Runs the invocations two at a time (SNAPSHOT_JOBS=N to
# change); about a minute.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BIN OUTDIR" >&2
  exit 64
fi

# A fixed environment: re-run this script under env -i once.
if [ -z "${DTREE_SNAPSHOT_CLEAN_ENV:-}" ]; then
  exec env -i DTREE_SNAPSHOT_CLEAN_ENV=1 PATH="$PATH" HOME="${HOME:-/root}" \
    SNAPSHOT_JOBS="${SNAPSHOT_JOBS:-}" \
    LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb bash "$0" "$@"
fi
unset DTREE_SNAPSHOT_CLEAN_ENV

bin_arg=$1
out_arg=$2
if [ ! -x "$bin_arg" ] || [ -d "$bin_arg" ]; then
  echo "$0: $bin_arg is not an executable file" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$bin_arg")" && pwd -P)/$(basename "$bin_arg")
mkdir -p "$out_arg"
OUTDIR=$(cd "$out_arg" && pwd -P)

cd "$(dirname "$0")/.."
python3 -c 'import yaml' 2>/dev/null || { echo "$0: needs python3 with PyYAML" >&2; exit 2; }

find "$OUTDIR" -mindepth 1 -maxdepth 1 \( -name '*.out' -o -name PLAN \) -delete
SCRATCH=$(mktemp -d "/tmp/dtree-snapshot.XXXXXX")
SCRATCH=$(cd "$SCRATCH" && pwd -P)
trap 'rm -rf "$SCRATCH"' EXIT

export BIN OUTDIR SCRATCH
python3 - <<'PY'
import concurrent.futures, hashlib, json, os, re, shlex, subprocess, sys, yaml

BIN, OUTDIR, SCRATCH = os.environ["BIN"], os.environ["OUTDIR"], os.environ["SCRATCH"]
REPO = os.getcwd()
JOBS = int(os.environ.get("SNAPSHOT_JOBS") or 2)
SEED = "../shared/seed"          # the shipped trees' source document, when present
DATE = "2026-01-02"              # approve --date: no "today"
# Commits of this repository (full hashes, so they stay unambiguous) for diff --rev / REV:PATH:
REV = "ec03a71632e56f5313d9600d97df38fb1a4b952c"       # Trees/back-numbness.yaml's model differs
REV_SAME = "b1b1434acd15f6661c8440eabe432a6f022ee212"  # only its comments differ
REV_FIRST = "cb1c93f2e76ced5e696f2714cf695c735242d34b"  # the first commit: a different tree
q = shlex.quote

# ---------------------------------------------------------------- the fixtures
ROOTS = ["Trees", "docs/examples", "Tests/Fixtures"]
files = []
for root in ROOTS:
    for d, _, names in os.walk(root):
        for n in names:
            if n.endswith((".yaml", ".yml", ".json")):
                files.append(os.path.join(d, n))
files.sort()

def load(path):
    """The file as plain data (every scalar a string), or None."""
    try:
        with open(path, encoding="utf-8") as f:
            if path.endswith(".json"):
                return json.load(f)
            return yaml.load(f, Loader=yaml.BaseLoader)
    except Exception:
        return None

def has_tree_key(path, data):
    if isinstance(data, dict):
        return "tree" in data
    with open(path, encoding="utf-8", errors="replace") as f:   # unparseable YAML
        return any(line.startswith("tree:") for line in f)

scenarios = [p for p in files if p.endswith(".tests.yaml")]
trees = []
for p in files:
    if p.endswith(".tests.yaml"):
        continue
    data = load(p)
    if has_tree_key(p, data):
        trees.append((p, data))

def nodes_of(data):
    """[(id, kind, choices)]: a question's answer labels, a checklist's items."""
    out = []
    nodes = data.get("nodes") if isinstance(data, dict) else None
    if not isinstance(nodes, dict):
        return out
    for nid, node in nodes.items():
        if not isinstance(node, dict):
            continue
        if "question" in node and isinstance(node.get("answers"), dict) and node["answers"]:
            out.append((str(nid), "question", [str(k) for k in node["answers"]]))
        elif "checklist" in node and isinstance(node.get("items"), list) and node["items"]:
            out.append((str(nid), "checklist", [str(i) for i in node["items"]]))
    return out

def one_line(s):
    return " ".join(s.split("\n"))

def answer_sets(nodes):
    """Named --answer sets, each answering every question and checklist of the tree."""
    sets = {}
    for k in (1, 2, 3):
        sets[f"n{k}"] = [(n, str(min(k, len(c))) if kind == "question"
                          else {1: "none", 2: "1", 3: ",".join(str(i + 1) for i in range(min(2, len(c))))}[k])
                         for n, kind, c in nodes]
    sets["first"] = [(n, one_line(c[0]) if kind == "question" else "none") for n, kind, c in nodes]
    sets["last"] = [(n, one_line(c[-1]) if kind == "question" else ",".join(one_line(i) for i in c))
                    for n, kind, c in nodes]
    return sets

def answer_args(pairs):
    return " ".join("--answer " + q(f"{n}={a}") for n, a in pairs)

def case_lines(nodes):
    """JSON Lines for run --cases: numbers, labels, lists, and broken lines."""
    lines = []
    if nodes:
        lines.append({n: (1 if kind == "question" else "none") for n, kind, c in nodes})
        lines.append({n: (min(2, len(c)) if kind == "question" else [1]) for n, kind, c in nodes})
        lines.append({n: (c[0] if kind == "question" else [c[0]]) for n, kind, c in nodes})
        lines.append({n: (c[-1] if kind == "question" else list(c)) for n, kind, c in nodes})
        lines.append({n: (str(len(c)) if kind == "question" else "1,2") for n, kind, c in nodes})
        lines.append({nodes[0][0]: 99})
    lines = [json.dumps(l, ensure_ascii=False) for l in lines]
    lines += ["{}", "not json", '{"no_such_node": 1}', "[1, 2]", ""]
    return "printf '%s\\n' " + " ".join(q(l) for l in lines)

def pipe(answers):
    return "printf '%s\\n' " + " ".join(q(a) for a in answers) + " | "

plan, planned = [], set()
def add(cmd):
    """Adds a command line to the plan, once (answer sets of a small tree often coincide)."""
    assert "\n" not in cmd, cmd
    if cmd not in planned:
        planned.add(cmd)
        plan.append(cmd)

# ---------------------------------------------------------------- everywhere: help, version, usage
SUBS = ["validate", "run", "render", "export", "test", "diff", "hash", "approve", "review", "schema", "lsp"]
for c in ["dtree", "dtree --help", "dtree -h", "dtree --version", "dtree help", "dtree bogus",
          "dtree --bogus", "dtree help bogus"]:
    add(c)
for s in SUBS:
    add(f"dtree {s} --help")
    add(f"dtree help {s}")
    add(f"dtree {s} -h")

# ---------------------------------------------------------------- schema
for c in ["schema tree", "schema tests", "schema tree -o -", "schema tests --output -",
          "schema tree -o $TMP/tree.schema.json", "schema tests -o $TMP/tests.schema.json",
          "schema", "schema bogus", "schema tree tests", "schema tree -o /nonexistent-dir/x.json"]:
    add("dtree " + c)

# ---------------------------------------------------------------- every tree file
PNG_PDF = {"Trees/back-numbness.yaml", "Tests/Fixtures/render/hostile.yaml", "Tests/Fixtures/review/referral.json"}
for t, data in trees:
    nodes = nodes_of(data)
    sets = answer_sets(nodes)
    T = q(t)
    base = os.path.basename(t).rsplit(".", 1)[0]

    # validate
    for opts in ["", "--format text ", "--format json ", "--format github ", "--format sarif ",
                 "--strict ", "--strict --format json ", "--strict --format sarif ",
                 f"--strict --sources {SEED} ", f"--strict --sources {SEED} --format github ",
                 "--require-review ", "--require-review --format json "]:
        add(f"dtree validate {opts}{T}")
    add(f"DTREE_SOURCES={SEED} dtree validate --strict {T}")

    # hash
    add(f"dtree hash {T}")

    # export
    for opts in ["--format json", "--format mermaid", "--format dot", "--format fhir",
                 "--format dot --rankdir LR", "--format mermaid --rankdir LR", "--format json -o -",
                 f"-o $TMP/{base}.json", f"-o $TMP/{base}.mmd", f"-o $TMP/{base}.mermaid",
                 f"-o $TMP/{base}.dot", f"-o $TMP/{base}.gv", f"-o $TMP/{base}.fhir.json",
                 f"--format mermaid -o $TMP/{base}.txt"]:
        add(f"dtree export {T} {opts}")

    # render
    render_opts = ["", "-o -", "--format dot", "--format dot -o -", "--format svg --rankdir LR",
                   "--format dot --rankdir LR", f"-o $TMP/{base}.svg", f"-o $TMP/{base}.dot",
                   f"-o $TMP/{base}.gv --rankdir LR", "--format dot --max-nodes 3",
                   f"-o $TMP/{base}.txt"]
    if t in PNG_PDF:
        render_opts += [f"-o $TMP/{base}.png", f"-o $TMP/{base}.pdf", "--format png", "--format pdf"]
    for opts in render_opts:
        add(f"dtree render {T} {opts}".rstrip())
    if nodes:
        add(f"dtree render {T} --format dot {answer_args(sets['n1'])}")
        add(f"dtree render {T} --format dot {answer_args(sets['n2'])}")
        add(f"dtree render {T} {answer_args(sets['last'])}")
        add(f"dtree render {T} -o $TMP/{base}-path.svg --rankdir LR {answer_args(sets['first'])}")

    # run: answers given, none given, piped
    add(f"dtree run {T}")
    add(f"dtree run {T} --json")
    if nodes:
        for name in ["n1", "n2", "n3", "first", "last"]:
            add(f"dtree run {T} {answer_args(sets[name])}")
            add(f"dtree run {T} {answer_args(sets[name])} --json")
        add(f"dtree run {T} {answer_args(sets['n1'][:1])}")      # stops after one answer
        add(f"dtree run {T} {answer_args(sets['n1'][:1])} --json")
        second = nodes[1][0] if len(nodes) > 1 else nodes[0][0]
        add(f"dtree run {T} --from {q(second)} {answer_args(sets['n2'])}")
        add(f"dtree run {T} --from {q(second)} {answer_args(sets['n2'])} --json")
        add(f"dtree run {T} --from {q(second)}")
        add(f"dtree run {T} --answer {q(nodes[0][0] + '=99')}")
        add(f"dtree render {T} --answer {q(nodes[0][0] + '=99')}")
        add(f"dtree run {T} {answer_args(sets['n1'])} --record $TMP/new.tests.yaml")
    for answers in [["1"] * 12, ["2"] * 12, ["3"] * 12, ["none"] + ["1"] * 11,
                    ["?", "1", "b", "r", "2", "2", "2", "2", "2", "2", "2", "2"], ["q"], ["1"], ["bogus"]]:
        add(f"{pipe(answers)}dtree run {T}")
    add(f"{pipe(['1'] * 12)}dtree run {T} --json")
    add(f"{pipe(['2'] * 12)}dtree run {T} --json")

    # run --cases: from standard input, and from a file
    add(f"{case_lines(nodes)} | dtree run {T} --cases -")
    add(f"{case_lines(nodes)} > $TMP/cases.jsonl && dtree run {T} --cases $TMP/cases.jsonl")

    # review
    add(f"dtree review {T} -o $TMP/page.html")
    add(f"dtree review {T} -o -")
    add(f"dtree review {T} --against {T} -o $TMP/page.html")

    # approve, on a copy
    ext = os.path.splitext(t)[1]
    cp = f"cp {T} $TMP/tree{ext} && "
    add(f"{cp}dtree approve $TMP/tree{ext} --by 'Dr A. Example' --role neurologist --date {DATE}")
    add(f"{cp}dtree approve $TMP/tree{ext} --by 'B. Example' --role 'clinical lead' "
        f"--note 'red flags checked: \"all\" <ok> & done' --date {DATE} && "
        f"dtree approve $TMP/tree{ext} --by 'C. Example' --role gp --date 2026-02-03 && dtree hash $TMP/tree{ext}")
    add(f"{cp}dtree approve $TMP/tree{ext} --by X --role Y --date {DATE} && "
        f"dtree validate --require-review --format json $TMP/tree{ext}")

# ---------------------------------------------------------------- every scenario file
for s in scenarios:
    S = q(s)
    for opts in ["", "--format text ", "--format json ", "--format github ", "--format sarif ",
                 "--min-coverage 100 ", "--min-coverage 100 --format json ", "--min-coverage 100 --format sarif ",
                 "--min-coverage 50 --format github ", "--junit $TMP/junit.xml ",
                 "--min-coverage 100 --junit $TMP/junit.xml ", f"--sources {SEED} ",
                 f"--sources {SEED} --min-coverage 100 --format json "]:
        add(f"dtree test {opts}{S}")
    add(f"DTREE_SOURCES={SEED} dtree test {S}")
    for opts in ["", "--format json ", "--format sarif ", "--strict "]:
        add(f"dtree validate {opts}{S}")
    add(f"cp {S} $TMP/copy.tests.yaml && dtree run Tests/Fixtures/scenarios/clinic.yaml "
        f"--answer fever=yes --answer rash=none --answer gp_finding=nothing --record $TMP/copy.tests.yaml")

# trees with a scenario file beside them, given as the tree; the scenario file given to run
for t, _ in trees:
    stem = t.rsplit(".", 1)[0]
    if os.path.exists(stem + ".tests.yaml"):
        add(f"dtree test {q(t)}")
        add(f"dtree test --min-coverage 100 --format json {q(t)}")
        add(f"dtree review {q(t)} --tests {q(stem + '.tests.yaml')} -o $TMP/page.html")
for s in scenarios[:2]:
    add(f"dtree run {q(s)}")
    add(f"dtree render {q(s)}")
    add(f"dtree hash {q(s)}")

# ---------------------------------------------------------------- folders and several files
FOLDERS = ["Trees/", "docs/examples/", "Tests/Fixtures/", "Tests/Fixtures/scenarios/",
           "Tests/Fixtures/schema-invalid/", "Tests/Fixtures/render/"]
for d in FOLDERS:
    for opts in ["", "--format json ", "--format github ", "--format sarif ", "--strict ", "--require-review "]:
        add(f"dtree validate {opts}{d}")
    for opts in ["", "--format json ", "--format sarif ", "--min-coverage 100 ", "--junit $TMP/junit.xml "]:
        add(f"dtree test {opts}{d}")
add(f"dtree validate --strict --sources {SEED} Trees/")
add(f"dtree validate --strict --sources {SEED} --sources docs/examples docs/examples/")
add(f"dtree test --min-coverage 100 --sources {SEED} Trees/ docs/examples/")
add(f"dtree test --min-coverage 100 --junit $TMP/out/junit.xml Trees/")
add("dtree validate Trees/back-numbness.yaml docs/examples/broken.yaml Tests/Fixtures/scenarios/clinic.yaml")
add("dtree validate Trees/ docs/examples/ Tests/Fixtures/")
add("dtree test Trees/back-numbness.tests.yaml Tests/Fixtures/scenarios/failing/clinic.tests.yaml")
add("cd Trees && dtree validate")
add("cd Trees && dtree validate --strict --format json")
add("cd docs/examples && dtree validate")
add("cd Tests/Fixtures/scenarios && dtree test .")
add("cd Trees && dtree test .")

# ---------------------------------------------------------------- the documented examples
TR = "Trees/back-numbness.yaml"
add(f"{pipe(['none', 'no', '3', 'ovaries'])}dtree run {TR}")
add(f"{pipe(['none', 'yes', 'no', 'ovaries'])}dtree run {TR}")
add(f"{pipe(['1,3', ''])}dtree run {TR}")
add(f"{pipe(['Tingling sensations, Active urination'])}dtree run {TR} --json")
add(f"{pipe(['0', 'no', 'no - it occurs regularly'])}dtree run {TR}")
add(f"dtree run {TR} --answer red_flags=none --answer recurring=no")
add(f"dtree run {TR} --from therapist_finding --answer therapist_finding=2 --json")
add(f"dtree run {TR} --from therapist_finding --answer therapist_finding=2")
add(f"dtree run {TR} --answer red_flags=none --answer injury=no --answer once=3 --answer therapist_finding=ovaries")
add(f"dtree run {TR} --answer red_flags=NONE --answer injury=No --answer once=1")
add(f"dtree run {TR} --answer 'red_flags=Tingling sensations,Active urination' --json")
add(f"dtree run {TR} --answer 'red_flags=1, 2' --json")
add(f"dtree run {TR} --answer red_flags=0 --answer injury=yes")
add(f"dtree run {TR} --answer red_flags=none --answer red_flags=1")
add(f"dtree render {TR} -o $TMP/back-numbness-path.svg --answer red_flags=none --answer injury=no --answer once=3 --answer therapist_finding=ovaries")
add(f"dtree render {TR} --format dot --answer red_flags=none --answer recurring=yes --answer injury=no")
add(f"dtree run {TR} --answer red_flags=none --answer injury=no --record $TMP/out/new.tests.yaml")
add(f"dtree run {TR} --cases $TMP/missing.jsonl")
add(f"dtree run {TR} --cases - --json < /dev/null")
add(f"dtree run {TR} --cases - --answer red_flags=none < /dev/null")

# ---------------------------------------------------------------- diff
V1, V2 = "docs/examples/back-numbness-v1.yaml", "docs/examples/back-numbness-v2.yaml"
for opts in ["", "--format text ", "--format json ", "--format github ", "-o $TMP/diff.svg ",
             "-o $TMP/diff.dot ", "-o $TMP/diff.gv --rankdir LR ", "-o $TMP/diff.png ", "-o - ",
             "--format json -o $TMP/diff.svg ", "-o $TMP/diff.txt "]:
    add(f"dtree diff {opts}{V1} {V2}")
add(f"dtree diff {V2} {V1}")
add(f"dtree diff --format json {V2} {V1}")
add(f"dtree diff {V1} {V1}")
add(f"dtree diff --format json {V1} {V1}")
add(f"dtree diff {V1} {TR}")
add(f"dtree diff --format json {V1} {TR}")
add(f"dtree diff Tests/Fixtures/engine/back-numbness.yaml {TR}")
add(f"dtree diff {TR} Tests/Fixtures/engine/back-numbness.yaml --format github")
add("dtree diff Tests/Fixtures/review/referral.yaml Tests/Fixtures/review/referral.json")
add("dtree diff --format json Tests/Fixtures/review/referral.json Tests/Fixtures/review/referral.yaml")
add("dtree diff Tests/Fixtures/scenarios/clinic.yaml Tests/Fixtures/lsp/triage.yaml")
add("dtree diff --format json Tests/Fixtures/scenarios/clinic.yaml Tests/Fixtures/fhir/joins.yaml")
add(f"dtree diff docs/examples/broken.yaml {V2}")
add(f"dtree diff {V1} docs/examples/missing-none.yaml")
add(f"dtree diff {V1} nonexistent.yaml")
add(f"dtree diff {V1}")
add("dtree diff")
add(f"dtree diff {V1} {V2} {TR}")
add(f"dtree diff {V1} {V2} --format sarif")
add(f"dtree diff {V1} {V2} -o /nonexistent-dir/diff.svg")
add(f"dtree diff --rev {REV} {TR}")
add(f"dtree diff --rev {REV} {TR} --format json")
add(f"dtree diff --rev {REV} {TR} --format github -o $TMP/diff.svg")
add(f"dtree diff {REV}:{TR} {TR}")
add(f"dtree diff {REV}:{TR} {TR} --format json")
add(f"dtree diff --rev {REV_SAME} {TR}")
add(f"dtree diff --rev {REV_FIRST} {TR}")
add(f"dtree diff --rev {REV_FIRST} {TR} --format json")
add(f"dtree review {TR} --against {REV}:{TR} -o $TMP/page.html")
add(f"dtree diff --rev no-such-revision {TR}")
add(f"dtree diff no-such-revision:{TR} {TR}")
add(f"dtree diff --rev {REV} {V1} {V2}")
add(f"dtree diff --rev {REV}")
add(f"cp {V1} $TMP/v1.yaml && cp {V2} $TMP/v2.yaml && cp docs/examples/back-numbness-v2.tests.yaml $TMP/ "
    f"&& dtree diff $TMP/v1.yaml $TMP/v2.yaml")
add(f"cp {V2} $TMP/v2.yaml && dtree approve $TMP/v2.yaml --by A --role B --date {DATE} && dtree diff {V2} $TMP/v2.yaml")

# ---------------------------------------------------------------- review
add(f"dtree review {V2} --against {V1} -o $TMP/page.html")
add(f"dtree review {V2} --against {V1}")
add(f"dtree review {TR} --against {V1} -o $TMP/page.html")
add(f"dtree review {TR} --against Tests/Fixtures/engine/back-numbness.yaml -o $TMP/page.html")
add("dtree review Tests/Fixtures/scenarios/clinic.yaml --tests Tests/Fixtures/scenarios/failing/clinic.tests.yaml -o $TMP/page.html")
add("dtree review Tests/Fixtures/scenarios/clinic.yaml --tests Tests/Fixtures/scenarios/partial/clinic.tests.yaml -o $TMP/page.html")
add("dtree review Tests/Fixtures/scenarios/clinic.yaml --tests Tests/Fixtures/schema-invalid/case-without-expect.tests.yaml -o $TMP/page.html")
add(f"dtree review {TR} --tests missing.tests.yaml -o $TMP/page.html")
add(f"dtree review {TR} --against missing.yaml -o $TMP/page.html")
add(f"dtree review {TR} --against docs/examples/broken.yaml -o $TMP/page.html")
add(f"dtree review {TR} -o $TMP/out/page.html")
add(f"dtree review {TR} -o /nonexistent-dir/page.html")

# ---------------------------------------------------------------- approve: errors
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --role gp --date {DATE}")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by A --date {DATE}")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by A --role gp --date 2026-13-45")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by A --role gp --date yesterday")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by '' --role gp --date {DATE}")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by A --role gp --date {DATE} extra")
add(f"dtree approve missing.yaml --by A --role gp --date {DATE}")
add(f"dtree approve --by A --role gp --date {DATE}")
add(f"cp {TR} $TMP/t.yaml && dtree approve $TMP/t.yaml --by A --role gp --date {DATE} "
    f"&& sed -i 's/Seek help from a traumatologist or surgeon./Seek help./' $TMP/t.yaml "
    f"&& dtree validate $TMP/t.yaml && dtree hash $TMP/t.yaml")

# ---------------------------------------------------------------- error cases
MISSING = "no/such/tree.yaml"
for c in [f"validate {MISSING}", f"validate --format json {MISSING}", f"validate --format sarif {MISSING}",
          f"run {MISSING}", f"run {MISSING} --json", f"render {MISSING}", f"export {MISSING} --format json",
          f"hash {MISSING}", f"review {MISSING}", f"test {MISSING}", f"test --format json {MISSING}",
          f"diff {MISSING} {TR}", f"render {MISSING} -o $TMP/x.svg"]:
    add("dtree " + c)
add(f"{pipe(['1'])}dtree run {MISSING}")
for c in [
    # bad --answer
    f"run {TR} --answer red_flags", f"run {TR} --answer =none", f"run {TR} --answer nosuch=1",
    f"run {TR} --answer injury=7", f"run {TR} --answer injury=0", f"run {TR} --answer injury=maybe",
    f"run {TR} --answer red_flags=99", f"run {TR} --answer 'red_flags=Tingling sensations,nosuch'",
    f"run {TR} --answer red_flags= --json", f"run {TR} --answer trauma=1", f"run {TR} --answer injury=yes=no",
    f"render {TR} --answer nosuch=1", f"render {TR} --answer injury=7", f"render {TR} --answer red_flags",
    f"render {TR} --answer injury=maybe -o $TMP/x.svg",
    # unknown node
    f"run {TR} --from nosuch", f"run {TR} --from nosuch --json", f"run {TR} --from trauma",
    f"run {TR} --from visited_once --json",
    # usage errors
    f"validate --format xml {TR}", f"validate --bogus {TR}", f"validate --sources", f"test",
    f"test --format junit {TR}", f"test --min-coverage abc Trees/", f"test --min-coverage 150 Trees/",
    f"test --min-coverage -5 Trees/", f"test --junit /nonexistent-dir/junit.xml Trees/",
    "run", f"run {TR} {TR}", f"run {TR} --bogus", f"run {TR} --answer", f"run {TR} --from",
    "render", f"render {TR} --format jpeg", f"render {TR} --rankdir XY", f"render {TR} --max-nodes abc",
    f"render {TR} --max-nodes 0", f"render {TR} -o /nonexistent-dir/x.svg", f"render {TR} -o $TMP/x",
    "export", f"export {TR} --format yaml", f"export {TR}", f"export {TR} --rankdir XY",
    f"export {TR} -o $TMP/x.txt", f"export {TR} -o /nonexistent-dir/x.json",
    f"export {TR} --format fhir --rankdir LR",
    "hash", f"hash {TR} {TR}", "review", f"review {TR} --bogus", "approve",
    f"validate Trees/back-numbness.tests.yaml docs/examples/back-numbness-v2.tests.yaml",
    "validate no/such/folder/", "test no/such/folder/", "validate Tests/Fixtures/sources/minor-cuts.txt",
    "run Tests/Fixtures/sources/minor-cuts.txt", "run Trees/", "render Trees/", "hash Trees/",
    "test Tests/Fixtures/sources/", "validate Tests/Fixtures/render/hostile.dot",
]:
    add("dtree " + c)
# input that is not a tree: empty, not YAML, not JSON, binary
for name, content in [("empty.yaml", ""), ("garbage.yaml", "{ [ unclosed"), ("list.yaml", "- a\n- b"),
                      ("garbage.json", "{\"tree\": "), ("null.json", "null"), ("tabs.yaml", "tree: x\n\tnodes: 1")]:
    make = (f": > $TMP/{name} && " if not content else
            "printf '%s\\n' " + " ".join(q(l) for l in content.split("\n")) + f" > $TMP/{name} && ")
    for c in ["validate", "run", "render --format dot", "export --format json", "hash"]:
        add(f"{make}dtree {c} $TMP/{name}")
add("printf '\\000\\001\\377' > $TMP/binary.yaml && dtree validate $TMP/binary.yaml")

# ---------------------------------------------------------------- run
def slug(cmd):
    s = re.sub(r"[^A-Za-z0-9._=+-]+", "_", cmd).strip("_")[:110]
    return f"{s}.{hashlib.sha1(cmd.encode()).hexdigest()[:10]}"

# A `dtree` function in each shell: the binary with a timeout, so a hang is recorded, not waited on.
PRELUDE = 'dtree() { timeout 60 "$DTREE_BIN" "$@"; }\nTMP=$DTREE_TMP\n'

def is_text(b):
    if b"\0" in b:
        return False
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False

def normalise(b, tmp):
    # Normalisation 1: the invocation's scratch folder (and the run's) is a fresh mktemp path;
    # the checkout's own path shows only in `run --record`'s new file, as the tree's path
    # relative to the scratch folder (../../../work/main/Trees/...): both become placeholders,
    # so a snapshot taken in another worktree compares too.
    b = b.replace(tmp.encode(), b"$TMP").replace(SCRATCH.encode(), b"$SCRATCH")
    b = b.replace(os.path.relpath(REPO, tmp).encode() + b"/", b"$REPO/").replace(REPO.encode() + b"/", b"$REPO/")
    # Normalisation 2: test timings vary run to run: "time" : 0.00123 in dtree test's JSON
    # (and any JSON that embeds it), time="0.000284" and timestamp="2026-...Z" in JUnit XML.
    b = re.sub(rb'("time"\s*:\s*)-?[0-9][0-9.eE+-]*', rb'\1"<normalised>"', b)
    b = re.sub(rb'\b(time|timestamp)="[^"]*"', rb'\1="<normalised>"', b)
    # Normalisation 3: Graphviz/cairo stamps PDFs with the wall-clock time (no SOURCE_DATE_EPOCH).
    b = re.sub(rb"/CreationDate \(D:[0-9]+Z?[^)]*\)", b"/CreationDate (D:normalised)", b)
    return b

def section(title, b, sha=False):
    if is_text(b):
        digest = f", sha256 {hashlib.sha256(b).hexdigest()}" if sha else ""
        out = f"--- {title} ({len(b)} bytes{digest})\n".encode() + b
        if b and not b.endswith(b"\n"):
            out += b"\n\\ no newline at end\n"
        return out
    return f"--- {title} ({len(b)} bytes, binary, sha256 {hashlib.sha256(b).hexdigest()})\n".encode()

def run(i_cmd):
    i, cmd = i_cmd
    tmp = os.path.join(SCRATCH, f"{i:05d}")
    os.makedirs(tmp)
    env = dict(os.environ, DTREE_BIN=BIN, DTREE_TMP=tmp)
    for k in ("BIN", "OUTDIR", "SCRATCH", "SNAPSHOT_JOBS"):
        env.pop(k, None)
    p = subprocess.run(["bash", "-c", PRELUDE + cmd], stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    rec = f"$ {cmd}\nexit: {p.returncode}\n".encode()
    rec += section("stdout", normalise(p.stdout, tmp))
    rec += section("stderr", normalise(p.stderr, tmp))
    written = []
    for d, _, names in os.walk(tmp):
        written += [os.path.join(d, n) for n in names]
    for f in sorted(written):
        with open(f, "rb") as fh:
            b = normalise(fh.read(), tmp)
        rel = "$TMP/" + os.path.relpath(f, tmp)
        rec += section(f"file {rel}", b, sha=True)
    with open(os.path.join(OUTDIR, slug(cmd) + ".out"), "wb") as fh:
        fh.write(rec)
    return p.returncode

with open(os.path.join(OUTDIR, "PLAN"), "w") as fh:
    fh.write("".join(c + "\n" for c in plan))
with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
    codes = list(pool.map(run, enumerate(plan)))
names = {slug(c) for c in plan}
assert len(names) == len(plan), "two commands share a record name"
hist = {}
for c in codes:
    hist[c] = hist.get(c, 0) + 1
print(f"{len(plan)} invocations recorded in {OUTDIR} (exit codes: "
      + ", ".join(f"{k}: {v}" for k, v in sorted(hist.items())) + ")")
PY
