"""The PO files `dtree translate` writes, checked by real consumers: GNU gettext's
`msgfmt --check` accepts every one, and polib reads each back and writes it byte for byte
(polib with wrapwidth=0, gettext's layout without wrapping). The walk of docs/translation.md:
create, translate, change one English question, update (fuzzy with the old source kept),
remove a string (obsolete), and a broken PO file that stops the update with nothing written."""
import pathlib
import shutil
import subprocess

import polib
import pytest

from conftest import ROOT

MSGFMT = shutil.which("msgfmt")


def check_po(path: pathlib.Path) -> polib.POFile:
    assert MSGFMT, "msgfmt (Debian gettext) is missing; run make test-deps"
    result = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    text = path.read_text(encoding="utf-8")
    po = polib.pofile(text, wrapwidth=0)
    assert str(po) == text, "polib does not write the file back unchanged"
    return po


def translate(dtree, tree, lang="ru"):
    return subprocess.run([dtree, "translate", str(tree), "--lang", lang], capture_output=True, text=True)


@pytest.fixture
def tree(tmp_path):
    path = tmp_path / "back-numbness.yaml"
    shutil.copy(ROOT / "Trees/back-numbness.yaml", path)
    return path


def test_create_translate_change_update_remove(dtree, tree):
    po_path = tree.with_name("back-numbness.ru.po")
    assert translate(dtree, tree).returncode == 0
    po = check_po(po_path)
    assert po.metadata["Language"] == "ru" and po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert all(entry.msgstr == "" and entry.msgctxt for entry in po)
    ids = [entry.msgctxt for entry in po]
    assert "injury.question" in ids and "injury.answers.yes" in ids and "red_flags.items.1" in ids
    assert not any(i.endswith(".cite") for i in ids)

    # A translator fills every entry (Cyrillic, quotes, a line break) and leaves a comment.
    for entry in po:
        entry.msgstr = "«" + entry.msgid + "»\nперевод"
        if entry.msgctxt == "injury.question":
            entry.tcomment = "checked with the clinic"
    po.save(str(po_path))
    assert translate(dtree, tree).returncode == 0
    po = check_po(po_path)
    assert po.find("injury.question", by="msgctxt").tcomment == "checked with the clinic"
    assert not po.fuzzy_entries()

    # The English question changes: the entry goes fuzzy with its old source kept.
    text = tree.read_text(encoding="utf-8")
    old = "Was the pain or numbness preceded by an injury?"
    # Only the `injury` node's question (injury_with_sign asks the same words).
    at = text.index("\n  injury:\n")
    tree.write_text(text[:at] + text[at:].replace(old, "Did an injury come before the pain or numbness?", 1), encoding="utf-8")
    stale = subprocess.run([dtree, "validate", str(tree)], capture_output=True, text=True)
    assert "[translation-stale]" in stale.stdout and "'injury.question'" in stale.stdout
    result = translate(dtree, tree)
    assert result.returncode == 0 and "1 changed in the source (now fuzzy)" in result.stdout
    po = check_po(po_path)
    entry = po.find("injury.question", by="msgctxt")
    assert entry.fuzzy and entry.previous_msgid == old and entry.msgid.startswith("Did an injury")
    assert entry.tcomment == "checked with the clinic" and entry.msgstr == "«" + old + "»\nперевод"
    assert [e.msgctxt for e in po.fuzzy_entries()] == ["injury.question"]

    # A help text is removed: its entry becomes obsolete.
    text = tree.read_text(encoding="utf-8")
    tree.write_text(text.replace('    help: The text\'s urgency is "as soon as possible".\n', ""), encoding="utf-8")
    assert translate(dtree, tree).returncode == 0
    po = check_po(po_path)
    assert [e.msgctxt for e in po.obsolete_entries()] == ["neurologist_now.help"]

    # Review: the translator accepts the entry; validate is clean of translation findings.
    entry = po.find("injury.question", by="msgctxt")
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    po.save(str(po_path))
    check = subprocess.run([dtree, "validate", "--require-review", str(tree)], capture_output=True, text=True)
    assert "translation-" not in check.stdout, check.stdout


@pytest.mark.parametrize(
    "body, rule",
    [
        ('msgctxt "a"\nmsgid "A"\nmsgstr "B"\n\nmsgctxt "a"\nmsgid "C"\nmsgstr "D"\n', "duplicate-key"),
        ('msgctxt "a"\nmsgid "A"\nmsgstr "B\n', "po-syntax"),
        ('msgctxt "a"\nmsgid "A"\nmsgstr "\x1b[2J"\n', "po-control-character"),
    ],
)
def test_a_broken_po_file_is_one_located_error_and_nothing_is_written(dtree, tree, body, rule):
    po_path = tree.with_name("back-numbness.ru.po")
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    po_path.write_text(header + body, encoding="utf-8")
    before = po_path.read_bytes()
    result = translate(dtree, tree)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{po_path}:") and f"[{rule}]" in result.stderr
    assert po_path.read_bytes() == before
    # The tree itself still loads; validate reports the one error in the PO file.
    check = subprocess.run([dtree, "validate", str(tree)], capture_output=True, text=True)
    assert check.returncode == 1 and check.stdout.count("error:") == 1 and f"[{rule}]" in check.stdout


def test_arabic_and_a_region_tag_pass_msgfmt(dtree, tree):
    for lang in ["ar", "pt_BR"]:
        assert translate(dtree, tree, lang).returncode == 0
        check_po(tree.with_name(f"back-numbness.{lang}.po"))
