"""Reading a lesson: the step and lesson types, validation of every step, and the checks
against the installed models (part of :mod:`latentlab.core.lessons`)."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from latentlab.core.lesson_ids import HIGHLIGHT_NEEDS, HIGHLIGHT_NEEDS_CLASSES
from latentlab.core.lesson_text import LessonError, LessonProblem, _Locator, _Reporter
from latentlab.core.lesson_values import (
    _IN_VIEW,
    _MODEL_SUFFIXES,
    _SIMPLE,
    _TABLES,
    FORMAT_VERSION,
    STEP_KEYS,
    TOP_KEYS,
    _Invalid,
    _is_int,
    _one_of,
    _shown,
    _suggest,
    _text,
    class_direction,
    direction_basis,
)

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, packaged separately
    import tomli as tomllib

# ---------------------------------------------------------------------------------------
# data


@dataclass
class LessonStep:
    """One step of a lesson: its caption and the app state it sets (``None``: unchanged).

    ``line`` is the line of the step's ``[[steps]]`` header (0 when not from a file). See the
    module docstring for the meaning of each key.
    """

    caption: str
    id: str | None = None
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
    run: str | None = None
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
    language : str
        The language of its text (``"en"``, or one of
        :data:`latentlab.core.lesson_lang.LANGUAGES` when loaded with a language file).
    order : int or None
        Place in the teaching sequence (1 first); the lesson menu lists lessons by it.
    """

    title: str
    steps: list[LessonStep]
    path: Path | None = None
    description: str = ""
    author: str = ""
    version: int = FORMAT_VERSION
    language: str = "en"
    order: int | None = None


@dataclass
class _Carry:
    """State carried from step to step (a step only lists what changes)."""

    basis: str | None = None
    basis_step: int = 0
    view: str = "explorer.image"

    def step_view(self, values: Mapping[str, Any]) -> str:
        """The view a step shows (its own, or the one carried on; see the player's effective state)."""
        if "view" in values:
            self.view = values["view"]
        elif "compare" in values:
            self.view = "compare.view"
        elif "model" in values and self.view == "compare.view":
            self.view = "explorer.image"
        return self.view


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
        if key in _IN_VIEW:
            continue  # read below, in the context of the step's view
        try:
            values[key] = _SIMPLE[key](raw[key])
        except _Invalid as exc:
            rep.step(index, exc.message, key)
    view = carry.step_view(values)
    for key in _IN_VIEW:
        if key in raw:
            try:
                values[key] = _IN_VIEW[key](raw[key], view)
            except _Invalid as exc:
                rep.step(index, exc.message, key)

    # Keys that contradict each other within the step.
    if "model" in raw and "compare" in raw:
        rep.step(index, "use either 'model' (one model) or 'compare' (2–4 models), not both", "compare")
    if "compare" in values and values.get("view", "compare.view") != "compare.view":
        rep.step(index, f"'compare' opens the compare view, but 'view' is {values['view']!r}", "view")
    if "run" in values and view in ("compare.view", "training.panel"):
        # the actions a step can start are the explorer window's (the anomaly panel scores its model)
        rep.step(index, f"'run' starts {values['run']!r} in the explorer, but this step shows {view!r}", "run")
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
    except RecursionError:
        rep.add(0, "nested too deeply to be a lesson file")
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

    order = data.get("order")
    if order is not None and (not _is_int(order) or order < 1):
        rep.top(f"'order' must be a whole number from 1 (its place in the teaching sequence), got {_shown(order)}",
                "order")
        order = None

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
        ids: dict[str, int] = {}
        for i, raw in enumerate(raw_steps):
            if isinstance(raw, dict):
                steps.append(_validate_step(raw, i, rep, carry))
                if steps[-1].id in ids:  # language files address steps by id
                    rep.step(i, f"id {steps[-1].id!r} is already step {ids[steps[-1].id] + 1}'s", "id")
                elif steps[-1].id:
                    ids[steps[-1].id] = i
            else:
                rep.step(i, f"a step must be a table of keys, got {_shown(raw)}")
                steps.append(LessonStep(caption=""))  # keeps indices in step with the file
    return Lesson(title, steps, None, texts.get("description", ""), texts.get("author", ""), version, order=order)


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
    from latentlab.core import datasets  # the registry imports neither numpy nor torch

    spec = datasets.find(getattr(info, "dataset", None))
    return list(spec.class_names) if spec is not None else []


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
            elif not getattr(known[name], "generates", True):
                rep.step(i, f"model {name!r} is a classifier (it measures generators), not an image generator", key)
        infos = [(m, known[m]) for m in current if not _is_model_path(m) and known.get(m) is not None]
        if not infos:
            continue

        need = HIGHLIGHT_NEEDS.get(step.highlight or "")
        for m, info in infos:
            family = getattr(info, "family", None)
            if need and family is not None and not getattr(family.capabilities, need):
                rep.step(i, f"highlight {step.highlight!r} points at a control that model {m!r} does not have "
                            f"(its family has no {need!r} capability)", "highlight")

        needs_classes = HIGHLIGHT_NEEDS_CLASSES.get(step.highlight or "")
        if needs_classes and len(infos) == len(current):  # every model known: the selector's fate is too
            plain = [m for m, info in infos if not _classes(info)]
            if plain and needs_classes == "every":
                rep.step(i, f"highlight {step.highlight!r} points at the class selector, but model {plain[0]!r} "
                            "is not conditional, so it has none", "highlight")
            elif plain and len(plain) == len(infos):
                names = " and ".join(repr(m) for m in plain)
                rep.step(i, f"highlight {step.highlight!r} points at the class selector, but none of the compared "
                            f"models ({names}) is conditional, so the compare view shows none", "highlight")

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


#: a lesson is a page of TOML; a bigger file is not one (and would tie up ``lesson check``)
MAX_LESSON_BYTES = 4 * 1024 * 1024


def _read(path: Path, rep: _Reporter) -> str | None:
    try:
        size = path.stat().st_size
        if path.is_file() and size > MAX_LESSON_BYTES:
            rep.add(0, f"{size:,} bytes is too large for a lesson file (the limit is {MAX_LESSON_BYTES:,})")
            return None
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
