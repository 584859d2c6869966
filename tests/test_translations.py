"""The translation files: nothing visible escapes tr(), every message is translated, the files are current.

Runs without a display: the source scan is plain ``ast``; the .ts/.qm checks run Qt's own
``pyside6-lupdate`` / ``pyside6-lrelease`` (well under a second each).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "latentlab" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("cs", "zh_CN", "zh_TW")

#: calls whose string argument(s) the user reads: name → which positional arguments (None: all)
VISIBLE_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setWindowTitle": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setTabText": (1,), "setTabToolTip": (1,), "addTab": (1,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "setLabelText": (0,), "showMessage": (0,), "setSpecialValueText": (0,), "addItem": (0,), "addItems": (0,),
    "insertItem": (1,), "setItemText": (1,), "addAction": (0,), "addMenu": (0,), "setLabel": (1,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QToolButton": (0,), "QAction": (0,), "QMenu": (0,), "QTableWidgetItem": (0,), "QTreeWidgetItem": None,
    "information": (1, 2), "warning": (0, 1, 2), "critical": (1, 2), "question": (1, 2), "info": (0,),
    "error": (0, 1), "busyChanged.emit": (0,), "getOpenFileName": (1,), "getSaveFileName": (1,),
    "getExistingDirectory": (1,), "drawText": (2,), "addRow": (0,), "_name": (0,), "_note": (0,),
    "set_loading": (0,), "set_note": (0,), "setNameFilter": (0,), "append": (0,),
    "ActionSpec": (1, 5), "add_dock": (1, 4), "setSuffix": (0,), "setPrefix": (0,), "setFormat": (0,),
}
#: a line that shows a string on purpose untranslated says so (e.g. a file name, a product name)
WAIVER = "i18n: as is"
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
#: modules whose text is for the console (``latentlab bench``, the translators' tool), not the GUI
CONSOLE = {"bench.py", "gif_bench.py", "i18n.py", "ts_files.py"}


def _call_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        if f.attr == "emit" and isinstance(f.value, ast.Attribute):
            return f"{f.value.attr}.emit"
        return f.attr
    return ""


def _bare_text(node: ast.AST) -> str | None:
    """The words of ``node`` if it is text that never went through tr(): a literal, an f-string, or
    a concatenation/list holding one. None when it is translated, computed, or has no words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORDS.search(MARKUP.sub("", node.value)) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if WORDS.search(MARKUP.sub("", text)) else None
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_bare_text, node.elts) if t), None)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _bare_text(node.func.value)  # "…{}".format(x) untranslated, or tr(...).format(x): fine
    return None


def untranslated(source: str, filename: str = "<string>") -> list[str]:
    """``file:line: call 'text'`` for every visible call of ``source`` given text that is not translated."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in VISIBLE_CALLS:
            continue
        where = VISIBLE_CALLS[name]
        args = [a for i, a in enumerate(node.args) if where is None or i in where]
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "tip", "toolTip")]
        for arg in args:
            text = _bare_text(arg)
            span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
            if text and not any(WAIVER in ln for ln in span):
                found.append(f"{filename}:{node.lineno}: {name} {text[:60]!r}")
    return found


def test_no_visible_string_in_the_ui_escapes_translation():
    found = []
    for path in sorted(p for p in UI.rglob("*.py") if p.name not in CONSOLE):
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, (f"{len(found)} visible strings are not translated (wrap them in self.tr() / "
                       f"QCoreApplication.translate, or mark the line '# {WAIVER}' with a reason):\n"
                       + "\n".join(found))


@pytest.mark.parametrize("snippet", [
    'label.setText("Hello")', 'QLabel(f"Seed {seed}")', 'self.messages.info("Saved " + name)',
    'box.setToolTip("Fit " + self.tr("it"))', 'self.messages.error("Could not {x}".format(x=1))',
])
def test_the_scan_finds_an_untranslated_string(snippet):
    assert untranslated(snippet)


@pytest.mark.parametrize("snippet", [
    'label.setText(self.tr("Hello"))', 'QLabel(self.tr("Seed {0}").format(seed))', 'label.setText("×2")',
    'label.setText(name)', 'QLabel("latentlab")  # i18n: as is (the product name)',
    "out.append(f\"<p style='color:#6b7280'>{e(about)}</p>\")",
])
def test_the_scan_lets_translated_text_pass(snippet):
    assert not untranslated(snippet)


def test_no_helper_hides_messages_from_lupdate():
    """lupdate reads ``tr("a", "b")`` at module level as source "a" with comment "b", and does not
    see through a helper like ``_tr(text)``: call ``QCoreApplication.translate`` (or an alias
    named ``translate``) with the context spelled out."""
    bad = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "_tr")
                    and node.args and isinstance(node.args[-1], ast.Constant) and isinstance(node.args[-1].value, str)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, "\n".join(bad)


# --- the .ts and .qm files -------------------------------------------------------------------------

def _ts_messages(code: str):
    from latentlab.ui.common.ts_files import read_ts

    return read_ts(I18N / f"latentlab_{code}.ts")


@pytest.mark.parametrize("code", LANGS)
def test_every_message_is_translated_with_its_placeholders(code):
    from latentlab.ui.common.ts_files import problems

    found = problems(I18N / f"latentlab_{code}.ts")
    assert not found, (f"{len(found)} messages of latentlab_{code}.ts need work (python -m "
                       f"latentlab.ui.common.i18n list-unfinished):\n" + "\n".join(found[:40]))


@pytest.mark.parametrize("code", LANGS)
def test_plural_messages_have_the_languages_forms(code):
    plural = [m for m in _ts_messages(code) if m.numerus]
    assert plural, "the UI has counted messages (%n); they must be numerus entries"
    forms = {"cs": 3, "zh_CN": 1, "zh_TW": 1}[code]  # Czech: 1 / 2-4 / 5+; Chinese: one form
    for m in plural:
        assert len(m.translations) == forms, (m.source, m.translations)


def test_the_placeholder_check_finds_a_lost_placeholder(tmp_path):
    from latentlab.ui.common.ts_files import problems

    ts = tmp_path / "x_cs.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cs"><context>'
                  "<name>A</name><message><source>Saved {path}</source><translation>Uloženo</translation></message>"
                  "<message><source>Open</source><translation type=\"unfinished\"></translation></message>"
                  "</context></TS>", encoding="utf-8")
    found = problems(ts)
    assert len(found) == 2 and "placeholders" in found[0] and "not translated" in found[1]


def test_lupdate_finds_no_message_the_ts_files_lack(tmp_path):
    """The .ts files are current: lupdate over today's source adds nothing and drops nothing
    (run ``python -m latentlab.ui.common.i18n update`` after changing UI text)."""
    from latentlab.ui.common import ts_files

    fresh = tmp_path / "latentlab_cs.ts"
    ts_files.lupdate([fresh])
    want = {m.key for m in ts_files.read_ts(fresh)}
    for code in LANGS:
        have = {m.key for m in _ts_messages(code)}
        assert not want - have, f"latentlab_{code}.ts lacks {sorted(want - have)[:10]}"
        assert not have - want, f"latentlab_{code}.ts has messages the source no longer has: {sorted(have - want)[:10]}"


def _tr_calls(path: Path):
    """(context, source) of every ``self.tr("…")`` / ``translate("ctx", "…")`` with literal text in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and isinstance(child.func, (ast.Attribute, ast.Name)):
                name = child.func.attr if isinstance(child.func, ast.Attribute) else child.func.id
                args = child.args
                lits = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args]
                if name == "tr" and isinstance(child.func, ast.Attribute) and lits and lits[0]:
                    # ``view.tr("…")`` translates in the context of view's class, which lupdate cannot know
                    via_self = isinstance(child.func.value, ast.Name) and child.func.value.id == "self"
                    out.append((cls if via_self else "?" + ast.unparse(child.func.value), lits[0], child.lineno))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(lits) >= 2 and lits[0] and lits[1]:
                    out.append((lits[0], lits[1], child.lineno))
            visit(child, inner)

    visit(tree, "")
    return out


def test_lupdate_sees_every_translated_literal():
    """A tr() call lupdate cannot read (inside an f-string, through ``view.tr``, at module level)
    would show English in every language: each literal the source translates is in the .ts files."""
    have = {(m.context, m.source) for m in _ts_messages("cs")}
    sources = {m.source for m in _ts_messages("cs")}
    missed = []
    for path in sorted(UI.rglob("*.py")):
        for ctx, text, line in _tr_calls(path):
            if ctx.startswith("?") or ((ctx, text) not in have and not (ctx == "" and text in sources)):
                missed.append(f"{path.relative_to(ROOT)}:{line}: [{ctx}] {text[:50]!r}")
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize("code", LANGS)
def test_the_committed_qm_files_are_compiled_from_the_ts_files(code, tmp_path):
    from latentlab.ui.common.ts_files import lrelease

    built = tmp_path / f"latentlab_{code}.qm"
    lrelease(I18N / f"latentlab_{code}.ts", built)
    assert (I18N / built.name).read_bytes() == built.read_bytes(), (
        f"{built.name} is older than its .ts: run python -m latentlab.ui.common.i18n compile")
