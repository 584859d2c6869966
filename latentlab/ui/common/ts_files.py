"""Reading Qt's .ts translation files and running ``pyside6-lupdate`` / ``pyside6-lrelease`` on them.

The messages come from the UI's source (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``) plus the model families' titles and descriptions, which the core
declares in English without Qt: :func:`lupdate` writes those into a generated file of
``QT_TRANSLATE_NOOP("families", …)`` lines so that lupdate collects them like any other.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[1]
#: ``{}``, ``{0}``, ``{name}``, ``{x:.2f}``, ``%n``, ``%1``: what a translation must keep
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form when ``numerus``
    numerus: bool
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[TsMessage]:
    """Every current message of the .ts file ``path`` (vanished and obsolete ones are left out)."""
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                texts = (tr.text or "",)
            out.append(TsMessage(name, msg.findtext("source", ""), msg.findtext("comment", ""), texts, numerus,
                                 kind == "unfinished"))
    return out


def placeholder_counts(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def problems(path: Path, placeholders: bool = True) -> list[str]:
    """One line per message of ``path`` that is unfinished, empty, or (with ``placeholders``) whose
    translation does not keep the source's placeholders."""
    lines = []
    for m in read_ts(path):
        where = f"[{m.context}] {m.source!r}"
        if m.unfinished or not m.translations or not all(t.strip() for t in m.translations):
            lines.append(f"{where}: not translated")
        elif placeholders:
            want = placeholder_counts(m.source)
            for t in m.translations:
                # A plural form may leave %n out ("jeden vzorek"), nothing else.
                got = placeholder_counts(t)
                if m.numerus:
                    got["%n"] = want["%n"]
                if got != want:
                    lines.append(f"{where}: the translation {t!r} does not keep the placeholders "
                                 f"{sorted(want.elements())}")
    return lines


def _tool(name: str) -> str:
    """The path of a Qt tool that ships with PySide6 (``lupdate``, ``lrelease``)."""
    import PySide6

    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", Path(PySide6.__file__).parent / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found: install PySide6 (it ships Qt's {name})")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def families_source() -> str:
    """Python source marking every registered family's texts for lupdate (context ``families``)."""
    from latentlab.core import families

    texts: dict[str, None] = {}
    for family in families.all_families():
        for text in (family.title, family.short, family.description):
            if text:
                texts[text] = None
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP('families', {t!r})" for t in texts]
    return "\n".join(lines) + "\n"


def lupdate(ts_paths: list[Path]) -> str:
    """Collect the messages of the UI source into ``ts_paths`` (created if missing), keeping their
    translations and dropping messages the source no longer has. Returns lupdate's summary."""
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "families_texts.py"
        extra.write_text(families_source(), encoding="utf-8")
        files = [str(p) for p in source_files()] + [str(extra)]
        done = subprocess.run([_tool("lupdate"), *files, "-locations", "none", "-no-obsolete", "-ts",
                               *map(str, ts_paths)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout.strip()


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (unfinished messages are left out: they show in English)."""
    done = subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"pyside6-lrelease {ts.name} failed: {done.stderr.strip() or done.stdout.strip()}")
