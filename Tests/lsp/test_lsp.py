"""`dtree lsp` driven end to end by a real LSP client, PyPI's pytest-lsp (pygls with
lsprotocol): diagnostics on open and change, definition, references, hover, completion,
rename, code action, document symbols, a burst of 1,000 changes, broken input, and shutdown."""
import asyncio
import os
import pathlib
import subprocess
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp import client as lsp_client_module

from conftest import ROOT

DTREE = os.environ.get("DTREE", str(ROOT / ".build/debug/dtree"))
FIXTURES = ROOT / "Tests/Fixtures/lsp"
TREE = FIXTURES / "triage.yaml"
TESTS = FIXTURES / "triage.tests.yaml"


# The version of the latest publishDiagnostics per URI, next to pytest-lsp's `client.diagnostics`.
VERSIONS: dict = {}


def make_client() -> LanguageClient:
    """pytest-lsp's test client, also recording each diagnostics notification's version."""
    features = dict(lsp_client_module.DEFAULT_CLIENT_FEATURES)

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        VERSIONS[params.uri] = params.version

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    client = LanguageClient(converter_factory=lsp_client_module.default_converter)
    lsp_client_module.register_lsp_features(client, features)
    return client


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[DTREE, "lsp"], client_factory=make_client))
async def client(lsp_client: LanguageClient):
    VERSIONS.clear()
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=FIXTURES.as_uri()))
    yield
    await lsp_client.shutdown_session()


def open_doc(client, path: pathlib.Path, text=None, version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=path.as_uri(), language_id="yaml", version=version, text=path.read_text() if text is None else text)))


def change(client, path, text, version):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


async def wait_version(client, path, version, timeout=10.0):
    """Waits for diagnostics for `path` published for document `version`."""
    deadline = time.monotonic() + timeout
    uri = path.as_uri()
    while time.monotonic() < deadline:
        if VERSIONS.get(uri) == version:
            return client.diagnostics[uri]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {path.name} version {version}; last {VERSIONS.get(uri)}")


def pos(text: str, needle: str, nth: int = 0, offset: int = 0) -> types.Position:
    """The position of the nth occurrence of needle in text (plus offset characters)."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index)
    character = index - (text.rfind("\n", 0, index) + 1) + offset
    return types.Position(line=line, character=character)


async def test_clean_tree_has_no_diagnostics_and_a_typo_gets_one(client: LanguageClient):
    open_doc(client, TREE)
    assert list(await wait_version(client, TREE, 1)) == []
    text = TREE.read_text().replace("none: gp_visit", "none: gp_vist")
    change(client, TREE, text, 2)
    found = await wait_version(client, TREE, 2)
    assert len(found) == 1, found
    d = found[0]
    assert d.code == "unknown-target" and d.severity == types.DiagnosticSeverity.Error
    assert "did you mean 'gp_visit'" in d.message
    assert d.code_description.href.endswith("docs/format.md#rules")
    start = pos(text, "gp_vist")
    assert d.range.start == start and d.range.end.character == start.character + len("gp_vist")


async def test_scenario_file_gets_diagnostics_and_follows_its_open_tree(client: LanguageClient):
    scenario = TESTS.read_text().replace("expect: home", "expect: hom")
    open_doc(client, TESTS, scenario)
    found = await wait_version(client, TESTS, 1)
    assert [d.code for d in found] == ["unknown-node"], found
    assert found[0].range.start == pos(scenario, "hom\n")
    # Renaming the node in the open (unsaved) tree re-checks the scenario file beside it.
    open_doc(client, TREE)
    await wait_version(client, TREE, 1)
    change(client, TREE, TREE.read_text().replace("home", "hom"), 2)
    await wait_version(client, TREE, 2)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and client.diagnostics[TESTS.as_uri()]:
        await asyncio.sleep(0.01)
    assert list(client.diagnostics[TESTS.as_uri()]) == []


async def test_definition_references_and_hover(client: LanguageClient):
    text = TREE.read_text()
    open_doc(client, TREE)
    await wait_version(client, TREE, 1)
    uri = TREE.as_uri()
    doc = types.TextDocumentIdentifier(uri=uri)
    # From the `any: skin` target to the node.
    found = await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=pos(text, "any: skin", offset=6)))
    location = found[0] if isinstance(found, list) else found
    assert location.uri == uri and location.range.start == pos(text, "  skin:", offset=2)
    # From a scenario file's expect and after to the tree's nodes.
    scenario = TESTS.read_text()
    open_doc(client, TESTS)
    sdoc = types.TextDocumentIdentifier(uri=TESTS.as_uri())
    found = await client.text_document_definition_async(types.DefinitionParams(text_document=sdoc, position=pos(scenario, "after: rash", offset=8)))
    location = found[0] if isinstance(found, list) else found
    assert location.uri == uri and location.range.start == pos(text, "  rash:", offset=2)
    # References: the definition, the tree's target and both scenario anchors and the answer key.
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc, position=pos(text, "  rash:", offset=3), context=types.ReferenceContext(include_declaration=True)))
    assert sorted((r.uri == uri, r.range.start.line) for r in refs) == sorted(
        [(True, pos(text, "  rash:").line), (True, pos(text, "yes: rash").line),
         (False, pos(scenario, "rash: [Spots]").line), (False, pos(scenario, "after: rash").line),
         (False, pos(scenario, "through: rash").line)])
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=pos(text, "yes: rash", offset=6)))
    assert "**checklist** `rash`" in hover.contents.value
    assert "Which of these apply?" in hover.contents.value and "items: Spots; Itching" in hover.contents.value
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=pos(text, "none: gp_visit", offset=7)))
    assert "refer to: gp" in hover.contents.value and "cite: Fever without a rash goes to the GP." in hover.contents.value


async def test_completion_of_ids_keys_urgencies_and_specialists(client: LanguageClient):
    base = TREE.read_text()
    text = base.replace("    advice: See a dermatologist this week.\n", "    advice: See a dermatologist this week.\n    next: \n    \n")
    open_doc(client, TREE, text)
    doc = types.TextDocumentIdentifier(uri=TREE.as_uri())

    async def labels(position):
        result = await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=position))
        items = result.items if hasattr(result, "items") else result
        return {item.label for item in items}

    assert await labels(pos(text, "next: ", offset=6)) == {"fever", "rash", "skin", "gp_visit", "home"}
    assert await labels(pos(text, "{yes: rash", offset=6)) >= {"fever", "home"}
    assert await labels(pos(text, "urgency: soon", offset=9)) == {"routine", "soon", "urgent", "emergency"}
    assert await labels(pos(text, "refer: gp", offset=7)) == {"gp", "dermatologist"}
    keys = await labels(pos(text, "    \n", offset=4))
    assert {"urgency", "advice", "next", "help", "cite"} <= keys and "answers" not in keys and "items" not in keys
    scenario = TESTS.read_text().replace("    expect: home\n", "    expect: \n")
    open_doc(client, TESTS, scenario)
    sdoc = types.TextDocumentIdentifier(uri=TESTS.as_uri())
    result = await client.text_document_completion_async(types.CompletionParams(text_document=sdoc, position=pos(scenario, "expect: \n", offset=8)))
    items = result.items if hasattr(result, "items") else result
    assert {"home", "skin"} <= {item.label for item in items}


async def test_rename_across_tree_and_scenario_file(client: LanguageClient):
    text = TREE.read_text()
    open_doc(client, TREE)
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=TREE.as_uri()), position=pos(text, "  home:", offset=3), new_name="rest_at_home"))
    changes = edit.changes
    assert set(changes) == {TREE.as_uri(), TESTS.as_uri()}, changes.keys()
    assert len(changes[TREE.as_uri()]) == 2 and len(changes[TESTS.as_uri()]) == 1
    assert all(e.new_text == "rest_at_home" for e in changes[TREE.as_uri()])
    # Each edit covers exactly the old id.
    lines = text.split("\n")
    for e in sorted(changes[TREE.as_uri()], key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        line = lines[e.range.start.line]
        assert line[e.range.start.character:e.range.end.character] == "home"
        lines[e.range.start.line] = line[:e.range.start.character] + e.new_text + line[e.range.end.character:]
    renamed = "\n".join(lines)
    assert "rest_at_home:" in renamed and "no: rest_at_home" in renamed
    with pytest.raises(Exception):
        await client.text_document_rename_async(types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=TREE.as_uri()), position=pos(text, "  home:", offset=3), new_name="not an id"))


async def test_code_action_replaces_the_typo(client: LanguageClient):
    text = TREE.read_text().replace("    help: Above 38 degrees.", "    hlep: Above 38 degrees.")
    open_doc(client, TREE, text)
    found = await wait_version(client, TREE, 1)
    assert [d.code for d in found] == ["unknown-key"], found
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=TREE.as_uri()), range=found[0].range,
        context=types.CodeActionContext(diagnostics=found)))
    assert len(actions) == 1 and actions[0].title == "Replace with 'help'"
    edits = actions[0].edit.changes[TREE.as_uri()]
    assert edits[0].new_text == "help" and edits[0].range == found[0].range
    assert edits[0].range.start == pos(text, "hlep") and edits[0].range.end == pos(text, "hlep", offset=4)


async def test_code_actions_in_a_scenario_file_replace_only_the_typo(client: LanguageClient):
    text = TESTS.read_text().replace("after: rash=any", "after: rash=anny").replace("expect: skin\n", "expect: skinn\n")
    open_doc(client, TESTS, text)
    found = await wait_version(client, TESTS, 1)
    assert sorted(d.code for d in found) == ["unknown-answer", "unknown-node"], found
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=TESTS.as_uri()), range=found[0].range,
        context=types.CodeActionContext(diagnostics=found)))
    fixes = sorted((a.title, a.edit.changes[TESTS.as_uri()][0].range.start, a.edit.changes[TESTS.as_uri()][0].range.end) for a in actions)
    assert fixes == sorted([
        ("Replace with 'any'", pos(text, "anny"), pos(text, "anny", offset=4)),
        ("Replace with 'skin'", pos(text, "skinn"), pos(text, "skinn", offset=5))]), fixes


async def test_document_symbols_one_per_node(client: LanguageClient):
    open_doc(client, TREE)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=TREE.as_uri())))
    assert [(s.name, s.kind) for s in symbols] == [
        ("fever", types.SymbolKind.Function), ("rash", types.SymbolKind.Enum), ("skin", types.SymbolKind.Object),
        ("gp_visit", types.SymbolKind.Object), ("home", types.SymbolKind.Constant)]
    open_doc(client, TESTS)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=TESTS.as_uri())))
    assert [(s.name, s.detail) for s in symbols] == [
        ("spots go to the dermatologist", "case"), ("no fever stays home", "case"),
        ("a rash means the dermatologist", "invariant"), ("the GP only through the rash check", "invariant")]


async def test_a_burst_of_1000_changes_ends_with_the_last_text(client: LanguageClient):
    good = TREE.read_text()
    open_doc(client, TREE)
    await wait_version(client, TREE, 1)
    # Half-typed text on the way: every prefix-ish cut of the file, not YAML, not a tree.
    for version in range(2, 1002):
        cut = good[: (version * 37) % len(good)]
        change(client, TREE, cut + ("\tbroken: [" if version % 3 == 0 else ""), version)
    change(client, TREE, good.replace("no: home", "no: hme"), 1002)
    found = await wait_version(client, TREE, 1002, timeout=30)
    assert [d.code for d in found] == ["unknown-target"]
    # Still answering requests.
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=TREE.as_uri()), position=pos(good, "  home:", offset=3)))
    assert "Rest at home" in hover.contents.value


async def test_not_a_tree_and_garbage_never_crash(client: LanguageClient):
    other = FIXTURES / "notes.yaml"
    open_doc(client, other, "name: not a tree\nitems: [1, 2\n")
    assert list(await wait_version(client, other, 1)) == []
    for text in ["", "\x00\x01", "nodes:\n  a: {", "- just\n- a list\n", ": : :", "tree: [\n"]:
        change(client, TREE, text, 7)
        open_doc(client, TREE, text, 7)
    found = await wait_version(client, TREE, 7)
    assert found, "the last text is not a tree and gets a diagnostic"
    # Requests on broken text answer with nothing rather than failing.
    doc = types.TextDocumentIdentifier(uri=TREE.as_uri())
    assert await client.text_document_hover_async(types.HoverParams(text_document=doc, position=types.Position(line=0, character=0))) is None
    assert await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=types.Position(line=5, character=9))) in (None, [])


def framed(*bodies: str) -> bytes:
    return b"".join(f"Content-Length: {len(b.encode())}\r\n\r\n{b}".encode() for b in bodies)


def test_exit_without_shutdown_is_1_and_with_shutdown_is_0():
    init = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
    done = subprocess.run([DTREE, "lsp"], input=framed(init, '{"jsonrpc":"2.0","method":"exit"}'), capture_output=True, timeout=20)
    assert done.returncode == 1
    done = subprocess.run([DTREE, "lsp"], input=framed(init, '{"jsonrpc":"2.0","id":2,"method":"shutdown"}', '{"jsonrpc":"2.0","method":"exit"}'),
                          capture_output=True, timeout=20)
    assert done.returncode == 0 and b'"id":2' in done.stdout


def test_closed_stdin_and_bad_frames_end_cleanly():
    # Before initialize a request is refused with ServerNotInitialized (-32002); after it, an
    # unknown method is MethodNotFound (-32601).
    init = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
    garbage = (b"Content-Length: 5\r\n\r\n{bad}" + b"X-Nothing: 1\r\n\r\n" + framed('{"jsonrpc":"2.0","id":3,"method":"no/such"}')
               + framed(init, '{"jsonrpc":"2.0","id":4,"method":"no/such"}'))
    done = subprocess.run([DTREE, "lsp"], input=garbage, capture_output=True, timeout=20)
    assert done.returncode == 1, done.stderr
    assert b'"code":-32700' in done.stdout and b'"code":-32002' in done.stdout and b'"code":-32601' in done.stdout
    assert b"Fatal error" not in done.stderr


def test_a_header_that_never_ends_closes_the_connection():
    done = subprocess.run([DTREE, "lsp"], input=b"X" * (8 << 20), capture_output=True, timeout=20)
    assert done.returncode == 1, done.stderr
    assert b"Fatal error" not in done.stderr


async def test_requests_anywhere_in_mangled_text_never_crash(client: LanguageClient):
    """Seeded: 300 cuts, splices and duplications of the fixture, each followed by hover,
    completion, definition and rename at a random position; the server answers them all."""
    import random
    rng = random.Random(12)
    good = TREE.read_text() + "\n# é 😀 ünïcode\n"
    open_doc(client, TREE, good)
    doc = types.TextDocumentIdentifier(uri=TREE.as_uri())
    for version in range(2, 302):
        a, b = sorted(rng.randrange(len(good) + 1) for _ in range(2))
        text = rng.choice([good[:a] + good[b:], good[:b] + good[a:b] + good[a:], good[a:b], good[:a] + "{[:\t'\"" + good[a:]])
        change(client, TREE, text, version)
        lines = text.split("\n")
        line = rng.randrange(len(lines) + 2)
        character = rng.randrange(len(lines[line]) + 3) if line < len(lines) else rng.randrange(5)
        position = types.Position(line=line, character=character)
        await client.text_document_hover_async(types.HoverParams(text_document=doc, position=position))
        await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=position))
        await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=position))
        try:
            await client.text_document_rename_async(types.RenameParams(text_document=doc, position=position, new_name="renamed"))
        except Exception as error:  # A refused rename is an answer, not a crash.
            assert "already has a node" in str(error) or "not a node id" in str(error), error
    change(client, TREE, good, 400)
    assert list(await wait_version(client, TREE, 400)) == []
