"""Scripted lessons: TOML files that walk a class through the app one step at a time.

A lesson is a TOML file with a ``title`` and one ``[[steps]]`` table per step. Each step has a
``caption`` (the plain-language text students read) and sets part of the app's state: which
model or models are open, which view, seed, latent, class, basis, direction, interpolation
path, panels, and so on. A key a step leaves out keeps the value the previous step gave it,
so steps are written as *changes*::

    title = "What is a latent space?"
    version = 1

    [[steps]]
    caption = "A generator turns a short list of numbers into an image."
    model = "mnist-vae"
    view = "explorer"
    seed = 0

    [[steps]]
    caption = "Every seed is a different list of numbers, so a different digit."
    seed = 1
    grid = true

Step keys (all optional except ``caption``):

========== ===================================================================================
caption    str, required: what students read
title      str: short heading of the step
model      str: model name (``latentlab models``) or path to a model file (relative paths are
           relative to the lesson file)
compare    list of 2–4 model names for the compare view (instead of ``model``)
view       one of :data:`VIEWS`
seed       int from 0 to 2**63 - 1
z          list of numbers: an exact latent (its length must be the model's latent size)
label      class name or class index (conditional models)
truncation number in (0, 2]
basis      one of :data:`BASES`
direction  int slider index, a class direction ``"3 -> 8"`` (``→`` works too) or an attribute
           name from :data:`ATTRIBUTES`
path       table: ``seeds`` (≥ 2 seeds), ``mode`` (``"lerp"``/``"slerp"`` or one per segment,
           default ``"slerp"``), ``frames`` (per segment, int or one per segment, default 16)
panels     list of panel names from :data:`PANELS` to show
animate    bool: play the path, or sweep along ``direction``
grid       bool: show the sample grid
training   table: ``preset`` (:data:`TRAINING_PRESETS`), ``kind`` (:data:`TRAINING_KINDS`),
           ``dataset`` (``"mnist"``, ``"fashion-mnist"``, …)
highlight  str: name of a control to point at
========== ===================================================================================

Unknown keys are errors, so typos are caught (with a "did you mean" suggestion). Problems are
collected, not raised one at a time, and each carries the file and line it refers to.

This module is part of ``latentlab.core`` and must stay free of any GUI import; it imports
neither torch nor numpy either, so ``latentlab lesson check`` stays quick.
"""

from __future__ import annotations

import copy
import difflib
import math
import numbers
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, packaged separately
    import tomli as tomllib

__all__ = [
    "ATTRIBUTES",
    "BASES",
    "FORMAT_VERSION",
    "MODES",
    "PANELS",
    "STEP_KEYS",
    "TRAINING_KINDS",
    "TRAINING_PRESETS",
    "VIEWS",
    "Lesson",
    "LessonError",
    "LessonProblem",
    "LessonStep",
    "append_step",
    "bundled_lessons",
    "check_lesson",
    "class_direction",
    "direction_basis",
    "load_lesson",
    "missing_models",
    "parse_lesson",
    "resolve_model",
    "run_lesson_check",
    "step_from_state",
]

#: The lesson format this module reads and writes (the file's optional ``version`` key).
FORMAT_VERSION = 1
VIEWS = ("explorer", "compare", "map", "path", "training")
BASES = ("raw", "pca", "class", "attribute")
MODES = ("lerp", "slerp")
PANELS = ("sliders", "grid", "map", "path", "evidence", "bookmarks", "card", "reconstruction")
#: Attribute directions the app fits (kept in step with ``latentlab.ui.common.jobs.ATTRIBUTES``).
ATTRIBUTES = ("stroke thickness", "slant", "width")
TRAINING_PRESETS = ("stable", "mode-collapse")
TRAINING_KINDS = ("vae", "cvae", "gan", "cgan")

TOP_KEYS = ("title", "description", "author", "version", "steps")
#: Step keys in the order :func:`step_from_state` writes them.
STEP_KEYS = ("title", "caption", "model", "compare", "view", "seed", "z", "label", "truncation", "basis",
             "direction", "path", "panels", "animate", "grid", "training", "highlight")
PATH_KEYS = ("seeds", "mode", "frames")
TRAINING_KEYS = ("preset", "kind", "dataset")

# Same bound as latentlab.core.latent.MAX_TRUNCATION; repeated rather than imported because
# that module pulls in torch, which `lesson check` does not otherwise need.
MAX_TRUNCATION = 2.0
# TOML integers are signed 64-bit, so larger seeds could not be written back to a lesson.
MAX_SEED = 2**63 - 1
# A lesson path is watched live in class; thousands of frames per segment is surely a typo
# (and would keep the renderer busy for minutes).
MAX_FRAMES = 1000
MIN_COMPARE, MAX_COMPARE = 2, 4
# Suffixes of model files the app opens (safetensors checkpoints, TorchScript manifests).
_MODEL_SUFFIXES = (".safetensors", ".json", ".pt")
_ARROWS = ("->", "→")


# ---------------------------------------------------------------------------------------
# problems


@dataclass(frozen=True)
class LessonProblem:
    """One thing wrong with a lesson file.

    Attributes
    ----------
    file : str
        The file as it was named (or ``"<string>"`` for text).
    line : int
        1-based line the problem is on; 0 when it concerns the whole file (e.g. not found).
    message : str
        What is wrong, in plain words, starting with ``"step N: "`` for step problems.
    """

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        # "file:line: message" is what editors and CI problem matchers recognise.
        if self.line:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}: {self.message}"


class LessonError(ValueError):
    """A lesson cannot be used; ``problems`` lists everything found, ``str()`` one per line.

    Parameters
    ----------
    problems : list of LessonProblem
        Everything wrong with the lesson (at least one).
    """

    def __init__(self, problems: Iterable[LessonProblem]) -> None:
        self.problems = list(problems)
        # The list itself is the only argument so that pickling (worker processes) keeps it.
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# ---------------------------------------------------------------------------------------
# data


@dataclass
class LessonStep:
    """One step of a lesson: its caption and the app state it sets (``None``: unchanged).

    ``line`` is the line of the step's ``[[steps]]`` header (0 when not from a file). See the
    module docstring for the meaning of each key.
    """

    caption: str
    title: str | None = None
    model: str | None = None
    compare: list[str] | None = None
    view: str | None = None
    seed: int | None = None
    z: list[float] | None = None
    label: str | int | None = None
    truncation: float | None = None
    basis: str | None = None
    direction: str | int | None = None
    path: dict[str, Any] | None = None
    panels: list[str] | None = None
    animate: bool | None = None
    grid: bool | None = None
    training: dict[str, Any] | None = None
    highlight: str | None = None
    line: int = field(default=0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The keys this step sets, in :data:`STEP_KEYS` order (a copy; ``line`` left out).

        Returns
        -------
        dict
            ``key -> value`` for every key that is not ``None``; the same shape
            :func:`step_from_state` accepts.
        """
        return {k: copy.deepcopy(getattr(self, k)) for k in STEP_KEYS if getattr(self, k) is not None}

    @property
    def models(self) -> list[str]:
        """The model names or paths this step opens (``model`` or ``compare``), possibly none."""
        if self.model is not None:
            return [self.model]
        return list(self.compare or [])


@dataclass
class Lesson:
    """A parsed lesson.

    Attributes
    ----------
    title : str
        Shown on the lesson's title card and in the lesson menu.
    steps : list of LessonStep
        At least one.
    path : pathlib.Path or None
        The file it was read from; relative model paths are resolved against its folder.
    description, author : str
        Optional, shown in the lesson menu.
    version : int
        Format version (:data:`FORMAT_VERSION`).
    """

    title: str
    steps: list[LessonStep]
    path: Path | None = None
    description: str = ""
    author: str = ""
    version: int = FORMAT_VERSION


# ---------------------------------------------------------------------------------------
# where things are in the text


_TABLE_HEADER = re.compile(r"""^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$""")


def _header_name(raw: str) -> str:
    # `[[ "steps" ]]` and `[steps . path]` are legal spellings of the same headers.
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


class _Locator:
    """Best-effort line numbers for keys, found by scanning the text (tomllib gives none)."""

    def __init__(self, text: str) -> None:
        # TOML lines end at LF only (CRLF is LF with a CR before it); str.splitlines would also
        # split at form feeds and other characters that are legal inside strings.
        raw_lines = text.split("\n")
        self.n_lines = max(1, len(raw_lines) - (1 if text.endswith("\n") else 0))
        self.visible: list[tuple[int, str]] = []  # lines that are not inside multi-line strings
        in_string: str | None = None
        for n, line in enumerate(raw_lines, 1):
            if in_string is None:
                self.visible.append((n, line.rstrip("\r")))
            pos = 0
            while True:  # follow the """ / ''' delimiters so string bodies are never matched
                if in_string is None:
                    found = [(line.find(d, pos), d) for d in ('"""', "'''")]
                    found = [(i, d) for i, d in found if i >= 0]
                    if not found:
                        break
                    i, in_string = min(found)
                    pos = i + 3
                else:
                    i = line.find(in_string, pos)
                    if i < 0:
                        break
                    in_string, pos = None, i + 3
        # Section boundaries: the [[steps]] headers, and any other table header, which ends
        # the step before it unless it is a sub-table of the step ([steps.path]).
        self.step_starts: list[int] = []
        self.step_ends: list[int] = []
        self.subtables: list[tuple[int, str]] = []  # (line, "path") for [steps.path]
        self.top_end = self.n_lines + 1
        for n, line in self.visible:
            m = _TABLE_HEADER.match(line)
            if not m:
                continue
            name = _header_name(m.group(2))
            if m.group(1) == "[[" and name == "steps":
                if len(self.step_ends) < len(self.step_starts):
                    self.step_ends.append(n)
                self.step_starts.append(n)
            elif name.startswith("steps.") and len(self.step_ends) < len(self.step_starts):
                self.subtables.append((n, name[len("steps."):]))
            elif len(self.step_ends) < len(self.step_starts):
                self.step_ends.append(n)
            self.top_end = min(self.top_end, n)
        while len(self.step_ends) < len(self.step_starts):
            self.step_ends.append(self.n_lines + 1)

    def _find(self, key: str, start: int, end: int, anywhere: bool = False) -> int | None:
        k = re.escape(key)
        patterns = [rf"""^\s*["']?{k}["']?\s*=""", rf"""^\s*[\w"'.\- ]*\.\s*["']?{k}["']?\s*="""]
        if anywhere:  # inside an inline table: `path = { seeds = [1, 2] }`
            patterns.append(rf"""[{{,\s]["']?{k}["']?\s*=""")
        for pattern in patterns:
            rx = re.compile(pattern)
            for n, line in self.visible:
                if start <= n < end and rx.search(line):
                    return n
        return None

    def top(self, key: str | None = None) -> int:
        """Line of a top-level key, else 1."""
        if key is not None:
            found = self._find(key, 1, self.top_end)
            if found:
                return found
        return 1

    def step(self, index: int, key: str | None = None, sub: str | None = None) -> int:
        """Line of ``key`` (and its sub-key ``sub``) in step ``index``, else the step's header."""
        if index >= len(self.step_starts):  # steps written as an inline array, not [[steps]]
            return self.top("steps")
        start, end = self.step_starts[index], self.step_ends[index]
        if key is None:
            return start
        if sub is not None:
            for n, name in self.subtables:
                if start < n < end and name == key:
                    following = [m for m, _ in self.subtables if m > n] + [end]
                    found = self._find(sub, n + 1, min(following))
                    if found:
                        return found
            parent = self._find(key, start + 1, end)
            if parent:
                return self._find(sub, parent, end, anywhere=True) or parent
            return self._find(sub, start + 1, end) or start
        found = self._find(key, start + 1, end)
        if found:
            return found
        # A sub-table written with its own header: [steps.path]
        return next((n for n, name in self.subtables if start < n < end and name == key), start)


class _Reporter:
    """Collects problems with their lines (lines are 0 when there is no text to point into)."""

    def __init__(self, file: str, text: str | None) -> None:
        self.file = file
        self.locator = _Locator(text) if text is not None else None
        self.problems: list[LessonProblem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(LessonProblem(self.file, line, message))

    def top(self, message: str, key: str | None = None) -> None:
        self.add(self.locator.top(key) if self.locator else 0, message)

    def step(self, index: int, message: str, key: str | None = None, sub: str | None = None) -> None:
        line = self.locator.step(index, key, sub) if self.locator else 0
        self.add(line, f"step {index + 1}: {message}")


def _suggest(word: Any, options: Iterable[str]) -> str:
    options = list(options)
    match = difflib.get_close_matches(str(word), options, n=1, cutoff=0.6)
    if match:
        return f"; did you mean {match[0]!r}?"
    return ""


def _one_of(options: Iterable[str]) -> str:
    return ", ".join(repr(o) for o in options)


# ---------------------------------------------------------------------------------------
# validation


class _Invalid(Exception):
    """A value failed validation; ``sub`` names the sub-key it concerns."""

    def __init__(self, message: str, sub: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.sub = sub


def _is_int(v: Any) -> bool:
    # bool is an int subclass, but `seed = true` is a mistake, not seed 1.
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _text(v: Any, key: str, blank_ok: bool = False) -> str:
    if not isinstance(v, str):
        raise _Invalid(f"{key!r} must be text in quotes, got {_shown(v)}")
    if not blank_ok and not v.strip():
        raise _Invalid(f"{key!r} must not be empty")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (only possible via step_from_state)
        raise _Invalid(f"{key!r} contains characters that cannot be saved in a text file") from None
    return v


def _shown(v: Any) -> str:
    """A value as it would look in the TOML file (teachers read these messages, not Python)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float, str)):
        return repr(v)
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "a table"
    return f"a {type(v).__name__}"  # dates and times, which TOML also has


def _seed(v: Any, key: str = "seed") -> int:
    if not _is_int(v) or not 0 <= v <= MAX_SEED:
        raise _Invalid(f"{key!r} must be a whole number from 0 to 2**63 - 1, got {_shown(v)}")
    return int(v)


def _choice(v: Any, key: str, options: tuple[str, ...]) -> str:
    if not isinstance(v, str) or v not in options:
        hint = _suggest(v, options) if isinstance(v, str) else ""
        raise _Invalid(f"{key!r} must be one of {_one_of(options)}, got {v!r}{hint}")
    return v


def _flag(v: Any, key: str) -> bool:
    if not isinstance(v, bool):
        raise _Invalid(f"{key!r} must be true or false, got {_shown(v)}")
    return v


def _z(v: Any) -> list[float]:
    if not isinstance(v, list) or not v or not all(_is_number(x) for x in v):
        raise _Invalid(f"'z' must be a non-empty list of numbers, e.g. z = [0.5, -1.0], got {_shown(v)}")
    if not all(math.isfinite(x) for x in v):
        raise _Invalid("'z' must not contain inf or nan")
    return [float(x) for x in v]


def _label(v: Any) -> str | int:
    if _is_int(v):
        if v < 0:
            raise _Invalid(f"'label' must be a class name or a class index from 0 up, got {v}")
        return int(v)
    if isinstance(v, str):
        return _text(v, "label")
    raise _Invalid(f"'label' must be a class name (in quotes) or a class index, got {_shown(v)}")


def _truncation(v: Any) -> float:
    if not _is_number(v) or not (0.0 < v <= MAX_TRUNCATION):  # also rejects nan
        raise _Invalid(f"'truncation' must be a number above 0 and at most {MAX_TRUNCATION:g} "
                       f"(1 = the usual spread), got {_shown(v)}")
    return float(v)


def class_direction(direction: Any) -> tuple[str, str] | None:
    """Split a class direction ``"3 -> 8"`` (or ``"3 → 8"``) into its two class names.

    Parameters
    ----------
    direction : object
        A step's ``direction`` value.

    Returns
    -------
    tuple of str or None
        ``(from_class, to_class)``, stripped; ``None`` if ``direction`` is not a string with
        an arrow. Either part may be empty when the string is malformed.
    """
    if not isinstance(direction, str):
        return None
    for arrow in _ARROWS:
        if arrow in direction:
            src, _, dst = direction.partition(arrow)
            return src.strip(), dst.strip()
    return None


def direction_basis(direction: Any) -> str | None:
    """The basis a direction belongs to: ``"class"``, ``"attribute"``, or ``None`` for an index.

    Parameters
    ----------
    direction : object
        A step's ``direction`` value.

    Returns
    -------
    str or None
        ``"class"`` for ``"A -> B"``, ``"attribute"`` for names in :data:`ATTRIBUTES`, ``None``
        for slider indices (valid in any basis) and anything unrecognised.
    """
    if class_direction(direction) is not None:
        return "class"
    if isinstance(direction, str) and direction in ATTRIBUTES:
        return "attribute"
    return None


def _direction(v: Any) -> str | int:
    if _is_int(v):
        if v < 0:
            raise _Invalid(f"'direction' as a slider number must be 0 or more, got {v}")
        return int(v)
    if not isinstance(v, str):
        raise _Invalid(f"'direction' must be a slider number, a class direction like \"3 -> 8\" or an "
                       f"attribute ({_one_of(ATTRIBUTES)}), got {_shown(v)}")
    pair = class_direction(v)
    if pair is not None:
        src, dst = pair
        if not src or not dst:
            raise _Invalid(f"'direction' {v!r} needs a class on both sides of the arrow, like \"3 -> 8\"")
        if src == dst:
            raise _Invalid(f"'direction' {v!r} goes from a class to itself")
        return _text(v, "direction")
    if v not in ATTRIBUTES:
        raise _Invalid(f"'direction' {v!r} is neither a class direction like \"3 -> 8\" nor an attribute "
                       f"({_one_of(ATTRIBUTES)}){_suggest(v, ATTRIBUTES)}")
    return v


def _compare(v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise _Invalid(f"'compare' must be a list of model names, e.g. compare = [\"mnist-vae\", \"mnist-gan\"], "
                       f"got {_shown(v)}")
    if not MIN_COMPARE <= len(v) <= MAX_COMPARE:
        raise _Invalid(f"'compare' needs {MIN_COMPARE} to {MAX_COMPARE} models, got {len(v)}")
    twice = sorted({x for x in v if v.count(x) > 1})
    if twice:
        raise _Invalid(f"'compare' lists {twice[0]!r} more than once")
    return [_text(x, "compare") for x in v]


def _panels(v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _Invalid(f"'panels' must be a list of panel names ({_one_of(PANELS)}), got {_shown(v)}")
    for x in v:
        if x not in PANELS:
            raise _Invalid(f"unknown panel {x!r}{_suggest(x, PANELS)} (panels: {_one_of(PANELS)})")
    return list(v)


def _unknown_keys(table: Mapping[str, Any], allowed: tuple[str, ...], what: str) -> list[_Invalid]:
    return [_Invalid(f"unknown key {k!r} in {what}{_suggest(k, allowed) or f' (keys: {_one_of(allowed)})'}", sub=k)
            for k in table if k not in allowed]


def _per_segment(v: Any, key: str, segments: int | None, check: Any) -> Any:
    if isinstance(v, list):
        if not v:
            raise _Invalid(f"'path.{key}' must not be an empty list", sub=key)
        for x in v:
            check(x)
        if segments is not None and len(v) != segments:
            raise _Invalid(f"'path.{key}' has {len(v)} entries but the path has {segments} segment"
                           f"{'s' if segments != 1 else ''} (one fewer than its seeds)", sub=key)
        return list(v)
    check(v)
    return v


def _path(v: Any) -> tuple[dict[str, Any] | None, list[_Invalid]]:
    if not isinstance(v, dict):
        return None, [_Invalid(f"'path' must be a table, e.g. path = {{ seeds = [1, 2], mode = \"slerp\" }}, "
                               f"got {_shown(v)}")]
    errors = _unknown_keys(v, PATH_KEYS, "'path'")
    out: dict[str, Any] = {}
    segments = None
    if "seeds" not in v:
        errors.append(_Invalid("'path' needs 'seeds', a list of at least 2 seeds"))
    else:
        seeds = v["seeds"]
        if not isinstance(seeds, list) or len(seeds) < 2 or not all(_is_int(s) and 0 <= s <= MAX_SEED for s in seeds):
            errors.append(_Invalid(f"'path.seeds' must be a list of at least 2 seeds (whole numbers from 0 up), "
                                   f"got {_shown(seeds)}", sub="seeds"))
        else:
            out["seeds"] = [int(s) for s in seeds]
            segments = len(seeds) - 1

    def mode(x: Any) -> None:
        if not isinstance(x, str) or x not in MODES:
            hint = _suggest(x, MODES) if isinstance(x, str) else ""
            raise _Invalid(f"'path.mode' must be {_one_of(MODES)} (or a list of them, one per segment), "
                           f"got {x!r}{hint}", sub="mode")

    def frames(x: Any) -> None:
        if not _is_int(x) or not 1 <= x <= MAX_FRAMES:
            raise _Invalid(f"'path.frames' must be a whole number from 1 to {MAX_FRAMES} per segment "
                           f"(or a list of them, one per segment), got {_shown(x)}", sub="frames")

    for key, check in (("mode", mode), ("frames", frames)):
        if key in v:
            try:
                out[key] = _per_segment(v[key], key, segments, check)
            except _Invalid as exc:
                errors.append(exc)
    return (out if not errors else None), errors


def _training(v: Any) -> tuple[dict[str, Any] | None, list[_Invalid]]:
    if not isinstance(v, dict):
        return None, [_Invalid(f"'training' must be a table, e.g. training = {{ preset = \"stable\" }}, "
                               f"got {_shown(v)}")]
    errors = _unknown_keys(v, TRAINING_KEYS, "'training'")
    out: dict[str, Any] = {}
    for key, check in (("preset", lambda x: _choice(x, "training.preset", TRAINING_PRESETS)),
                       ("kind", lambda x: _choice(x, "training.kind", TRAINING_KINDS)),
                       ("dataset", lambda x: _text(x, "training.dataset"))):
        if key in v:
            try:
                out[key] = check(v[key])
            except _Invalid as exc:
                exc.sub = key
                errors.append(exc)
    return (out if not errors else None), errors


_SIMPLE = {
    "caption": lambda v: _text(v, "caption"),
    "title": lambda v: _text(v, "title", blank_ok=True),
    "model": lambda v: _text(v, "model"),
    "compare": _compare,
    "view": lambda v: _choice(v, "view", VIEWS),
    "seed": _seed,
    "z": _z,
    "label": _label,
    "truncation": _truncation,
    "basis": lambda v: _choice(v, "basis", BASES),
    "direction": _direction,
    "panels": _panels,
    "animate": lambda v: _flag(v, "animate"),
    "grid": lambda v: _flag(v, "grid"),
    "highlight": lambda v: _text(v, "highlight"),
}
_TABLES = {"path": _path, "training": _training}


@dataclass
class _Carry:
    """State carried from step to step (a step only lists what changes)."""

    basis: str | None = None
    basis_step: int = 0


def _validate_step(raw: Mapping[str, Any], index: int, rep: _Reporter, carry: _Carry) -> LessonStep:
    values: dict[str, Any] = {}
    for key in raw:
        if key not in STEP_KEYS:
            if key in TOP_KEYS:  # a close step-key match would only mislead here
                hint = " (it belongs at the top of the file, before the first [[steps]])"
            else:
                hint = _suggest(key, STEP_KEYS)
            rep.step(index, f"unknown key {key!r}{hint or f' (step keys: {_one_of(STEP_KEYS)})'}", key)
    if "caption" not in raw:
        rep.step(index, "missing 'caption' (the text students read in this step)")
    for key in STEP_KEYS:
        if key not in raw:
            continue
        if key in _TABLES:
            value, errors = _TABLES[key](raw[key])
            for err in errors:
                rep.step(index, err.message, key, err.sub)
            if value is not None:
                values[key] = value
            continue
        try:
            values[key] = _SIMPLE[key](raw[key])
        except _Invalid as exc:
            rep.step(index, exc.message, key)

    # Keys that contradict each other within the step.
    if "model" in raw and "compare" in raw:
        rep.step(index, "use either 'model' (one model) or 'compare' (2–4 models), not both", "compare")
    if "compare" in values and values.get("view", "compare") != "compare":
        rep.step(index, f"'compare' opens the compare view, but 'view' is {values['view']!r}", "view")
    if "basis" in values:
        carry.basis, carry.basis_step = values["basis"], index
    implied = direction_basis(values.get("direction"))
    if implied and carry.basis and carry.basis != implied:
        where = "in this step" if carry.basis_step == index else f"since step {carry.basis_step + 1}"
        rep.step(index, f"direction {values['direction']!r} is in the {implied!r} basis, but the basis is "
                        f"{carry.basis!r} ({where}); add basis = \"{implied}\"", "direction")

    step = LessonStep(caption=values.pop("caption", ""), **values)
    step.line = rep.locator.step(index) if rep.locator else 0
    return step


def _parse(text: str, rep: _Reporter) -> Lesson | None:
    """Parse and validate; problems go to ``rep``. Returns whatever could be read (or None)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        rep.add(*_toml_error(exc, text))
        return None

    for key in data:
        if key not in TOP_KEYS:
            if key in STEP_KEYS:  # e.g. a caption written above the first [[steps]]
                hint = " (step keys go below a [[steps]] header)"
            else:
                hint = _suggest(key, TOP_KEYS)
            rep.top(f"unknown key {key!r}{hint or f' (keys: {_one_of(TOP_KEYS)})'}", key)
    title = ""
    if "title" not in data:
        rep.top("missing 'title' (write title = \"...\" at the top of the file)")
    else:
        try:
            title = _text(data["title"], "title")
        except _Invalid as exc:
            rep.top(exc.message, "title")
    texts = {}
    for key in ("description", "author"):
        try:
            texts[key] = _text(data.get(key, ""), key, blank_ok=True)
        except _Invalid as exc:
            rep.top(exc.message, key)
    version = data.get("version", FORMAT_VERSION)
    if not _is_int(version) or version < 1:
        rep.top(f"'version' must be {FORMAT_VERSION}, got {_shown(version)}", "version")
        version = FORMAT_VERSION
    elif version > FORMAT_VERSION:
        rep.top(f"this lesson is format version {version}, newer than this latentlab understands "
                f"({FORMAT_VERSION}); update latentlab", "version")

    raw_steps = data.get("steps")
    steps: list[LessonStep] = []
    if raw_steps is None:
        rep.top("the lesson has no steps: add at least one [[steps]] table with a caption")
    elif isinstance(raw_steps, dict):
        rep.top("write each step as [[steps]] (two square brackets), not [steps]", "steps")
    elif not isinstance(raw_steps, list) or not raw_steps:
        rep.top("'steps' must hold at least one step ([[steps]] table)", "steps")
    else:
        carry = _Carry()
        for i, raw in enumerate(raw_steps):
            if isinstance(raw, dict):
                steps.append(_validate_step(raw, i, rep, carry))
            else:
                rep.step(i, f"a step must be a table of keys, got {_shown(raw)}")
                steps.append(LessonStep(caption=""))  # keeps indices in step with the file
    return Lesson(title, steps, None, texts.get("description", ""), texts.get("author", ""), version)


def _toml_error(exc: Exception, text: str) -> tuple[int, str]:
    """Line and message of a TOML syntax error (tomllib only puts the line in its message)."""
    message = getattr(exc, "msg", None) or str(exc)
    line = getattr(exc, "lineno", None)  # Python 3.14+
    col = getattr(exc, "colno", None)
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if m:
        line, col = int(m.group(1)), int(m.group(2))
        message = message[:m.start()] + message[m.end():]
    elif "(at end of document)" in message:
        message = message.replace("(at end of document)", "").rstrip()
        line = line or _Locator(text).n_lines
    where = f" (column {col})" if col else ""
    return int(line or 1), f"not valid TOML: {message.strip()}{where}"


# ---------------------------------------------------------------------------------------
# checks against installed models


def _is_model_path(value: str) -> bool:
    return "/" in value or "\\" in value or value.startswith("~") or value.lower().endswith(_MODEL_SUFFIXES)


def resolve_model(lesson: Lesson, value: str) -> str:
    """What the app should open for a step's model value.

    Parameters
    ----------
    lesson : Lesson
        The lesson the value comes from (relative paths are relative to its file).
    value : str
        A ``model`` or ``compare`` entry.

    Returns
    -------
    str
        ``value`` unchanged for a model name; an absolute path for a file path.
    """
    if not _is_model_path(value):
        return value
    path = Path(value).expanduser()
    if not path.is_absolute() and lesson.path is not None:
        path = lesson.path.parent / path
    return str(path.resolve())


def _known(known_models: Any) -> dict[str, Any]:
    if isinstance(known_models, Mapping):
        return dict(known_models)
    out: dict[str, Any] = {}
    for item in known_models or ():
        if isinstance(item, str):
            out[item] = None
        else:
            out[item.name] = item
    return out


def _available(lesson: Lesson, value: str, known: Mapping[str, Any]) -> bool:
    if _is_model_path(value):
        return Path(resolve_model(lesson, value)).is_file()
    return value in known


def missing_models(lesson: Lesson, known_models: Any) -> dict[int, list[str]]:
    """Which steps name models that are not installed, so the app can say so and carry on.

    Parameters
    ----------
    lesson : Lesson
        A parsed lesson.
    known_models : mapping or iterable
        Installed models: ``name -> ModelInfo`` (as from :func:`latentlab.core.zoo.list_models`),
        or an iterable of names or ModelInfo records.

    Returns
    -------
    dict
        ``step index (0-based, into lesson.steps) -> [model names or paths]`` for every step
        whose own ``model``/``compare`` names something unavailable; steps that only inherit
        a missing model from an earlier step are not repeated. Empty when all are there.
    """
    known = _known(known_models)
    out: dict[int, list[str]] = {}
    for i, step in enumerate(lesson.steps):
        missing = [m for m in step.models if not _available(lesson, m, known)]
        if missing:
            out[i] = missing
    return out


def _classes(info: Any) -> list[str]:
    return [str(c) for c in (getattr(info, "class_names", None) or [])]


def _dataset_classes(info: Any) -> list[str]:
    """Class names of an unconditional model's dataset, when it is a known dataset."""
    dataset = getattr(info, "dataset", None)
    if not dataset:
        return []
    known = {"mnist": [str(i) for i in range(10)],
             "fashion-mnist": ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                               "Sneaker", "Bag", "Ankle boot"]}
    key = str(dataset).strip().lower().replace("_", "-")
    # Same aliases as latentlab.core.data; not imported because that module needs torch.
    key = {"fashionmnist": "fashion-mnist", "fmnist": "fashion-mnist"}.get(key, key)
    return known.get(key, [])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _check_models(lesson: Lesson, known: Mapping[str, Any], rep: _Reporter) -> None:
    """Problems that need the installed models: names, classes, latent sizes."""
    current: list[str] = []  # the models open in the step being checked (inherited if not set)
    basis: str | None = None
    for i, step in enumerate(lesson.steps):
        key = "model" if step.model is not None else "compare"
        if step.models:
            current = step.models
        if step.basis is not None:
            basis = step.basis
        for name in step.models:
            if _is_model_path(name):
                if not _available(lesson, name, known):
                    rep.step(i, f"model file {name!r} does not exist", key)
            elif name not in known:
                rep.step(i, f"model {name!r} is not installed{_suggest(name, known)}", key)
            elif getattr(known[name], "kind", None) == "classifier":
                rep.step(i, f"model {name!r} is a classifier (it measures generators), not an image generator", key)
        infos = [(m, known[m]) for m in current if not _is_model_path(m) and known.get(m) is not None]
        if not infos:
            continue

        if step.label is not None:
            conditional = [(m, info) for m, info in infos if _classes(info)]
            if not conditional:
                names = " and ".join(repr(m) for m, _ in infos)
                rep.step(i, f"'label' needs a conditional model, but {names} "
                            f"{'has' if len(infos) == 1 else 'have'} no classes", "label")
            for m, info in conditional:
                classes = _classes(info)
                if _is_int(step.label) and step.label >= len(classes):
                    rep.step(i, f"label {step.label} is not a class of {m!r}, which has classes 0 to "
                                f"{len(classes) - 1}", "label")
                elif isinstance(step.label, str) and step.label not in classes:
                    rep.step(i, f"label {step.label!r} is not a class of {m!r}{_suggest(step.label, classes)} "
                                f"(classes: {', '.join(classes)})", "label")

        if step.z is not None:
            for m, info in infos:
                dim = int(getattr(info, "latent_dim", 0) or 0)
                if dim and len(step.z) != dim:
                    rep.step(i, f"'z' has {_plural(len(step.z), 'number')}, but model {m!r} has a latent size "
                                f"of {dim}", "z")

        uses_class_basis = step.basis == "class" or direction_basis(step.direction) == "class"
        if uses_class_basis:
            for m, info in infos:
                if _classes(info):
                    rep.step(i, f"model {m!r} is conditional, so it has no class directions: pick the class "
                                "with 'label' instead", "basis" if step.basis == "class" else "direction")
        pair = class_direction(step.direction)
        if pair is not None:
            for m, info in infos:
                classes = _dataset_classes(info)
                if _classes(info) or not classes:
                    continue
                for side in pair:
                    if side not in classes:
                        rep.step(i, f"class {side!r} in direction {step.direction!r} is not a class of "
                                    f"{m!r}'s dataset{_suggest(side, classes)}", "direction")
        if _is_int(step.direction) and basis in (None, "raw", "pca"):
            for m, info in infos:
                dim = int(getattr(info, "latent_dim", 0) or 0)
                if dim and step.direction >= dim:
                    rep.step(i, f"direction {step.direction} does not exist: model {m!r} has {dim} sliders "
                                f"(0 to {dim - 1})", "direction")


# ---------------------------------------------------------------------------------------
# reading


def _read(path: Path, rep: _Reporter) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        rep.add(0, "file not found")
        return None
    except IsADirectoryError:
        rep.add(0, "is a folder, not a lesson file")
        return None
    except OSError as exc:
        rep.add(0, f"cannot read: {exc.strerror or exc}")
        return None
    try:
        # utf-8-sig: Windows Notepad saves a byte-order mark that TOML parsers reject.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        rep.add(line, "not UTF-8 text (save the lesson as UTF-8)")
        return None


def _check_file(path: str | Path, known: Mapping[str, Any] | None) -> tuple[Lesson | None, list[LessonProblem]]:
    path = Path(path)
    rep = _Reporter(str(path), None)
    text = _read(path, rep)
    if text is None:
        return None, rep.problems
    rep = _Reporter(str(path), text)
    lesson = _parse(text, rep)
    if lesson is not None:
        lesson.path = path
        if known is not None:
            _check_models(lesson, known, rep)
    # Stable sort: problems on the same line stay in the order they were found.
    return lesson, sorted(rep.problems, key=lambda p: p.line)


def parse_lesson(text: str, source: str = "<string>") -> Lesson:
    """Parse and validate lesson text.

    Parameters
    ----------
    text : str
        The TOML text.
    source : str, optional
        Name used in problem messages (and nothing else).

    Returns
    -------
    Lesson
        With ``path=None``.

    Raises
    ------
    LessonError
        Listing every problem found, each with its line.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    rep = _Reporter(source, text)
    lesson = _parse(text, rep)
    if rep.problems or lesson is None:
        raise LessonError(sorted(rep.problems, key=lambda p: p.line))
    return lesson


def load_lesson(path: str | Path) -> Lesson:
    """Read, parse and validate a lesson file.

    Parameters
    ----------
    path : str or os.PathLike
        The ``.toml`` file.

    Returns
    -------
    Lesson
        With ``path`` set, so relative model paths can be resolved (:func:`resolve_model`).

    Raises
    ------
    LessonError
        If the file cannot be read or has any problem; problems name the file as given.
    """
    lesson, problems = _check_file(path, None)
    if problems or lesson is None:
        raise LessonError(problems)
    return lesson


def check_lesson(path: str | Path, known_models: Any = None) -> list[LessonProblem]:
    """Everything wrong with a lesson file, optionally against the installed models.

    Parameters
    ----------
    path : str or os.PathLike
        The ``.toml`` file.
    known_models : mapping or iterable, optional
        ``name -> ModelInfo``-like records (with ``class_names`` and ``latent_dim``), or an
        iterable of them or of names. When given, also reported: model names that are not
        installed (with a suggestion), model files that do not exist, labels that are not a
        class of the open model, ``z`` of the wrong length, class directions on conditional
        models or with unknown classes, and slider indices past the latent size. A step that
        sets no model is checked against the one an earlier step opened.

    Returns
    -------
    list of LessonProblem
        Sorted by line; empty when the lesson is fine.
    """
    known = None if known_models is None else _known(known_models)
    return _check_file(path, known)[1]


# ---------------------------------------------------------------------------------------
# the `latentlab lesson check` command


def _expand(files: Iterable[str | Path]) -> list[tuple[str, list[LessonProblem]]]:
    """Files to check; a folder stands for the .toml files in it."""
    out: list[tuple[str, list[LessonProblem]]] = []
    for f in files:
        p = Path(f)
        if p.is_dir():
            found = sorted(p.glob("*.toml"))
            if not found:
                out.append((str(p), [LessonProblem(str(p), 0, "no .toml lesson files in this folder")]))
            out += [(str(x), []) for x in found]
        else:
            out.append((str(f), []))
    return out


def run_lesson_check(args: Any) -> int:
    """``latentlab lesson check FILE [FILE ...]``: report every problem of every lesson.

    Problems go to stderr as ``file:line: message`` lines; each good file gets
    ``OK: file (N steps)`` on stdout. Model names, classes and latent sizes are checked against
    :func:`latentlab.core.zoo.list_models` when any model is installed.

    Parameters
    ----------
    args : argparse.Namespace
        With ``files``: lesson files or folders of them.

    Returns
    -------
    int
        0 when every file is fine, 1 otherwise (also when no file is given).
    """
    from latentlab.core import zoo  # imported here: it reads checkpoints, parsing lessons does not

    files = list(getattr(args, "files", None) or [])
    if not files:
        print("latentlab lesson check: no lesson files given", file=sys.stderr)
        return 1
    known: dict[str, Any] | None = {info.name: info for info in zoo.list_models()}
    if not known:
        print("note: no models are installed, so model names, classes and latent sizes were not checked",
              file=sys.stderr)
        known = None
    failed = False
    for name, early in _expand(files):
        if early:
            problems, lesson = early, None
        else:
            lesson, problems = _check_file(name, known)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems or lesson is None:
            failed = True
        else:
            print(f"OK: {name} ({_plural(len(lesson.steps), 'step')})")
    return 1 if failed else 0


# ---------------------------------------------------------------------------------------
# recording steps


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_string(s: str) -> str:
    out = []
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or code == 0x7F:  # control characters must be escaped in TOML strings
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("lone surrogate characters cannot be written to a TOML file")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"cannot write {v!r} to a lesson")
        return repr(v)  # shortest text that reads back as the same float
    if isinstance(v, str):
        return _toml_string(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = (f"{k if _BARE_KEY.match(k) else _toml_string(k)} = {_toml_value(x)}" for k, x in v.items())
        return "{ " + ", ".join(items) + " }"
    raise TypeError(f"cannot write {type(v).__name__} to a lesson")


def _plain(v: Any) -> Any:
    """numpy scalars/arrays and tuples → plain Python, so app state can be passed as it is."""
    if isinstance(v, (str, bool)):
        return v
    if isinstance(v, Mapping):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if hasattr(v, "tolist") and not isinstance(v, (int, float)):
        return _plain(v.tolist())
    if isinstance(v, numbers.Integral):
        return int(v)
    if isinstance(v, numbers.Real):
        return float(v)
    return v


def step_from_state(state: Mapping[str, Any]) -> str:
    """The TOML text of one ``[[steps]]`` table that restores ``state`` ("record step").

    Parameters
    ----------
    state : mapping
        Step keys (see :data:`STEP_KEYS`) and their current values, including ``caption``.
        Keys whose value is ``None`` are left out; numpy values and tuples are accepted.

    Returns
    -------
    str
        ``"[[steps]]\\n"`` followed by one ``key = value`` line per key, newline-terminated.
        :func:`parse_lesson` reads it back to the same values.

    Raises
    ------
    LessonError
        If the state would not make a valid step (unknown key, missing caption, bad value).
    """
    clean = {str(k): _plain(v) for k, v in state.items() if v is not None}
    rep = _Reporter("<state>", None)
    step = _validate_step(clean, 0, rep, _Carry())
    if rep.problems:
        raise LessonError(rep.problems)
    lines = ["[[steps]]"] + [f"{k} = {_toml_value(v)}" for k, v in step.to_dict().items()]
    return "\n".join(lines) + "\n"


def _title_from_name(stem: str) -> str:
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled lesson"


def append_step(path: str | Path, state: Mapping[str, Any], title: str | None = None) -> Path:
    """Append the step for ``state`` to a lesson file, creating the file if needed.

    The file is replaced atomically, so a crash never leaves half a lesson.

    Parameters
    ----------
    path : str or os.PathLike
        The lesson file; its folder is created if missing.
    state : mapping
        As for :func:`step_from_state`.
    title : str, optional
        Title of a new file; by default made from the file name ("my-lesson" → "My lesson").
        Ignored when the file exists.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    LessonError
        If the state is not a valid step, or the existing file cannot be read as text.
    latentlab.core.export.ExportError
        If the file cannot be written (the old file is then left as it was).
    """
    from latentlab.core.files import atomic_write_text

    path = Path(path)
    block = step_from_state(state)
    if path.exists():
        rep = _Reporter(str(path), None)
        text = _read(path, rep)
        if text is None:
            raise LessonError(rep.problems)
        if text and not text.endswith("\n"):
            text += "\n"
        text += "\n" + block
    else:
        heading = title if title is not None else _title_from_name(path.stem)
        text = f"title = {_toml_string(heading)}\nversion = {FORMAT_VERSION}\n\n{block}"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    return path


def bundled_lessons() -> list[Path]:
    """The lessons shipped with latentlab, sorted by file name.

    Returns
    -------
    list of pathlib.Path
        The ``.toml`` files in ``resources/lessons``; empty if the folder is missing.
    """
    from latentlab.core.paths import resources_dir

    folder = resources_dir() / "lessons"
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []
