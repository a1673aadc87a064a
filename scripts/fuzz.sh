#!/usr/bin/env bash
# Builds FuzzTesting/ with libFuzzer and AddressSanitizer and runs each target for SECONDS
# (default 60), seeded from the repository's own fixtures. Fails on any crash, leak or
# timeout (libFuzzer exits non-zero and leaves a crash-*/leak-*/timeout-* file in
# .build/fuzz-artifacts/TARGET/). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(tree scenario batch lsp)
scratch=.build/fuzz
# A failed build stops here: an older binary left in the scratch folder must not be fuzzed instead.
build_log=$(mktemp)
trap 'rm -f "$build_log"' EXIT
if ! swift build --package-path FuzzTesting -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path "$scratch" >"$build_log" 2>&1; then
  grep -v "Cannot export local symbol" "$build_log" >&2 || true
  echo "fuzz: build failed" >&2
  exit 1
fi
grep -v "Cannot export local symbol" "$build_log" || true
bin="$scratch/debug/dtree-fuzz"

seed() { # target folder
  local target=$1 out=$2
  mkdir -p "$out"
  case $target in
    tree)
      find Trees Tests/Fixtures docs/examples -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ! -name '*.tests.yaml' \
        -exec cp -t "$out" {} + 2>/dev/null || true
      # The same trees with every line break libyaml knows: CR, CRLF, NEL, LS and PS.
      for file in Trees/back-numbness.yaml Tests/Fixtures/scenarios/clinic.yaml; do
        name=$(basename "$file" .yaml)
        python3 - "$file" "$out/$name" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for suffix, newline in [("cr", "\r"), ("crlf", "\r\n"), ("nel", "\u0085"), ("ls", "\u2028"), ("ps", "\u2029")]:
    open(f"{sys.argv[2]}-{suffix}.yaml", "w", encoding="utf-8", newline="").write(text.replace("\n", newline))
PY
      done ;;
    scenario)
      local tree
      for file in $(find Trees Tests/Fixtures -type f -name '*.tests.yaml'); do
        tree=$(dirname "$file")/$(sed -n 's/^tree: *//p' "$file" | head -1)
        { cat "$file"; printf '\n--- tree ---\n'; [[ -f "$tree" ]] && cat "$tree"; } > "$out/$(echo "$file" | tr / _)"
      done ;;
    batch)
      printf '{"signs": ["Tingling"]}\n{"signs": "none", "injury": "yes"}\n{"signs": 0, "injury": 2}\n' > "$out/cases.jsonl"
      printf '{"signs": [1, 3], "injury": "no"}\n{}\n{"signs": "\\u0054ingling"}\n' > "$out/more.jsonl"
      find Tests/Fixtures -type f -name '*.jsonl' -exec cp -t "$out" {} + 2>/dev/null || true ;;
    lsp)
      # Framed sessions: initialize, a tree and its scenario file opened, full and ranged edits,
      # every request the server answers, shutdown and exit; and a few broken framings.
      python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
tree = pathlib.Path("Tests/Fixtures/lsp/triage.yaml").read_text()
tests = pathlib.Path("Tests/Fixtures/lsp/triage.tests.yaml").read_text()
def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body
def request(id, method, params):
    return frame({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
def note(method, params):
    return frame({"jsonrpc": "2.0", "method": method, "params": params})
t, s = "file:///w/triage.yaml", "file:///w/triage.tests.yaml"
at = {"textDocument": {"uri": t}, "position": {"line": 13, "character": 12}}
session = [
    request(1, "initialize", {"capabilities": {}}), note("initialized", {}),
    note("textDocument/didOpen", {"textDocument": {"uri": t, "languageId": "yaml", "version": 1, "text": tree}}),
    note("textDocument/didOpen", {"textDocument": {"uri": s, "languageId": "yaml", "version": 1, "text": tests}}),
    note("textDocument/didChange", {"textDocument": {"uri": t, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 13, "character": 10}, "end": {"line": 13, "character": 12}}, "text": "gp_vist"}]}),
    request(2, "textDocument/hover", at), request(3, "textDocument/definition", at),
    request(4, "textDocument/references", at), request(5, "textDocument/completion", at),
    request(6, "textDocument/prepareRename", at), request(7, "textDocument/rename", dict(at, newName="gp2")),
    request(8, "textDocument/codeAction", {"textDocument": {"uri": t}, "range": {"start": {"line": 13, "character": 10}, "end": {"line": 13, "character": 17}}, "context": {"diagnostics": []}}),
    request(9, "textDocument/documentSymbol", {"textDocument": {"uri": t}}),
    note("textDocument/didChange", {"textDocument": {"uri": t, "version": 3}, "contentChanges": [{"text": tree}]}),
    note("textDocument/didClose", {"textDocument": {"uri": s}}),
    request(10, "shutdown", None), note("exit", None),
]
(out / "session.lsp").write_bytes(b"".join(session))
(out / "before-initialize.lsp").write_bytes(request(1, "textDocument/hover", at) + request(2, "initialize", {}))
(out / "bad-framing.lsp").write_bytes(b"Content-Length: 99999999999999999999\r\n\r\n{}" + b"Content-Length: 2\r\n\r\n{}" + b"X: y\r\n\r\n")
PY
      ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  corpus=.build/fuzz-corpus/$target seeds=.build/fuzz-seeds/$target artifacts=.build/fuzz-artifacts/$target
  rm -rf "$seeds"
  seed "$target" "$seeds"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzz: $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds)"
  # detect_leaks: a leak fails the run too. -timeout: one input taking 10 s is a hang.
  if ! ASAN_OPTIONS=detect_leaks=1 "$bin" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds" \
      > ".build/fuzz-$target.log" 2>&1; then
    echo "fuzz: $target FAILED; see .build/fuzz-$target.log and $artifacts/" >&2
    tail -40 ".build/fuzz-$target.log" >&2
    status=1
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " ".build/fuzz-$target.log" | tail -3 || true
done
exit $status
