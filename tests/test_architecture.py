"""The house rules that keep latentlab in one shape (issue 15), checked on the source tree.

- The import contract in pyproject.toml ([tool.importlinter]): the core and the training
  loops never import the UI or Qt; each UI feature package imports only ``ui.common`` and
  the core, never another feature, the window or the app.
- A model's family is asked for capabilities: no code outside ``core/families`` compares a
  family name with a string literal.
- Modules stay readable: over ~600 lines only with the reason written in their docstring.
- ``ui/`` is feature packages, with only the host files at its top.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "latentlab"
FAMILY_NAMES = ("vae", "cvae", "gan", "cgan", "wgan", "wgan-gp")
#: modules allowed at the top of latentlab/ui: the host window, the app start-up, the bench
UI_TOP = {"__init__.py", "_qt_fixes.py", "app.py", "bench.py", "main_window.py"}
LONG = 620


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_import_contracts_are_kept():
    importlinter_cli = pytest.importorskip("importlinter.cli", reason="pip install -e '.[test]' brings import-linter")
    code = importlinter_cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert code == 0, "an import contract is broken: run `lint-imports` for the offending imports"


def _family_comparisons(tree: ast.AST) -> list[int]:
    """Lines where a string literal naming a family is compared (==, !=, in, not in)."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        literals = []
        for op in operands:
            if isinstance(op, ast.Constant):
                literals.append(op.value)
            elif isinstance(op, (ast.Tuple, ast.List, ast.Set)):
                literals += [e.value for e in op.elts if isinstance(e, ast.Constant)]
        if any(isinstance(v, str) and v.lower() in FAMILY_NAMES for v in literals):
            lines.append(node.lineno)
    return lines


def test_no_family_name_is_compared_outside_the_families_package():
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE)
        if rel.parts[:2] == ("core", "families"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{rel}:{line}" for line in _family_comparisons(tree)]
    assert offenders == [], "ask the family for a capability instead: " + ", ".join(offenders)


def test_the_family_check_finds_a_comparison():
    # The rule above must be able to fail: a kind compared in any of the usual ways is found.
    tree = ast.parse("a = kind == 'gan'\nb = k in ('vae', 'x')\nc = 'cgan' != k\nd = kind == 'mnist'\n")
    assert _family_comparisons(tree) == [1, 2, 3]


def test_long_modules_say_why():
    unexplained = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= LONG:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if not re.search(r"over 600 lines", doc, re.IGNORECASE):
            unexplained.append(f"{path.relative_to(PACKAGE)} ({text.count(chr(10))} lines)")
    assert unexplained == [], "split these or say in the module docstring why they are over 600 lines: " + \
        ", ".join(unexplained)


def test_ui_is_feature_packages():
    ui = PACKAGE / "ui"
    top = {p.name for p in ui.glob("*.py")}
    assert top <= UI_TOP, f"move these into a feature package or ui/common: {sorted(top - UI_TOP)}"
    features = {p.name for p in ui.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {"common", "explorer", "latent", "compare", "classroom", "training"} <= features
