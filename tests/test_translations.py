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
    "getExistingDirectory": (1,),
}
#: a line that shows a string on purpose untranslated says so (e.g. a file name, a product name)
WAIVER = "i18n: as is"
WORDS = re.compile(r"[A-Za-z]{2,}")


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
        return node.value if WORDS.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if WORDS.search(text) else None
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
    for path in sorted(UI.rglob("*.py")):
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
