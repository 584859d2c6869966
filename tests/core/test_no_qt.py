"""The core, the training loops and the CLI never import Qt (notebooks and servers stay light)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import latentlab

PACKAGE = Path(latentlab.__file__).parent


def test_importing_core_train_and_cli_pulls_in_no_qt():
    code = (
        "import sys, latentlab, latentlab.core, latentlab.cli, latentlab.train\n"
        "import latentlab.core.checkpoint, latentlab.core.render, latentlab.core.export, latentlab.core.latent\n"
        "import latentlab.core.datasets, latentlab.core.zoo, latentlab.core.interpolation, latentlab.core.device\n"
        "import latentlab.core.metrics, latentlab.evaluate\n"
        "latentlab.cli.build_parser()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_qt_import_statements_in_core_or_train():
    offenders = []
    for folder in ("core", "train"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "pyqtgraph")]
    assert offenders == []
