"""The values a lesson step may hold, and how each is checked (part of :mod:`latentlab.core.lessons`).

Each checker returns the value (normalised: old short view, panel and highlight names become
ids, see :mod:`latentlab.core.lesson_ids`) or raises ``_Invalid`` with a message that names the
key, what was found and what would be valid.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from latentlab.core.lesson_ids import (
    HIGHLIGHT_IDS,
    LEGACY_NAMES,
    LEGACY_VIEWS,
    PANEL_IDS,
    RUN_IDS,
    VIEW_IDS,
    context_of,
    lesson_id,
    view_id,
)

#: The lesson format this module reads and writes (the file's optional ``version`` key).
FORMAT_VERSION = 1
VIEWS = VIEW_IDS
BASES = ("raw", "pca", "class", "attribute")
MODES = ("lerp", "slerp")
PANELS = PANEL_IDS
HIGHLIGHTS = HIGHLIGHT_IDS
RUNS = RUN_IDS
TRAINING_PRESETS = ("stable", "mode-collapse")


def attribute_names() -> tuple[str, ...]:
    """Attribute directions a lesson may name: every factor some registered dataset declares,
    and each value of a factor of more than two values.

    A lesson is checked before any model is open, so a name any dataset measures is accepted;
    the explorer says so when the open model's dataset lacks it.
    """
    from latentlab.core import datasets  # the registry imports neither numpy nor torch

    # A factor of more than two values has a direction per value ("hair colour: blonde").
    values = tuple(f"{f.name}: {v}" for spec in datasets.specs().values() for f in spec.factors
                   if len(f.values) > 2 for v in f.values)
    return tuple(dict.fromkeys(datasets.factor_names() + values))


def training_kinds() -> tuple[str, ...]:
    """Model families a lesson's live-training step may ask for: the trainable generators."""
    from latentlab.core import (
        families,  # imports torch: only lessons with a training step pay
    )

    return tuple(families.names(f for f in families.trainable() if f.capabilities.generates))

TOP_KEYS = ("title", "description", "author", "version", "order", "steps")
#: Step keys in the order :func:`step_from_state` writes them.
STEP_KEYS = ("id", "title", "caption", "model", "compare", "view", "seed", "z", "label", "truncation", "basis",
             "direction", "path", "panels", "animate", "grid", "training", "highlight", "run")
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


_STEP_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _step_id(v: Any) -> str:
    # Language files name steps by id in table headers ([steps.<id>]), so ids are bare TOML keys.
    if not isinstance(v, str) or not _STEP_ID.match(v) or v.isdigit():
        raise _Invalid(f"'id' must be lower-case letters, digits and hyphens, not only digits (e.g. "
                       f"id = \"seed-picks\"), got {_shown(v)}")
    return v


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
        As for :func:`class_direction`.

    Returns
    -------
    str or None
        ``"class"`` for ``"A -> B"``, ``"attribute"`` for names from :func:`attribute_names`, ``None``
        for slider indices (valid in any basis) and anything unrecognised.
    """
    if class_direction(direction) is not None:
        return "class"
    if isinstance(direction, str) and direction in attribute_names():
        return "attribute"
    return None


def _direction(v: Any) -> str | int:
    if _is_int(v):
        if v < 0:
            raise _Invalid(f"'direction' as a slider number must be 0 or more, got {v}")
        return int(v)
    if not isinstance(v, str):
        raise _Invalid(f"'direction' must be a slider number, a class direction like \"3 -> 8\" or an "
                       f"attribute ({_one_of(attribute_names())}), got {_shown(v)}")
    pair = class_direction(v)
    if pair is not None:
        src, dst = pair
        if not src or not dst:
            raise _Invalid(f"'direction' {v!r} needs a class on both sides of the arrow, like \"3 -> 8\"")
        if src == dst:
            raise _Invalid(f"'direction' {v!r} goes from a class to itself")
        return _text(v, "direction")
    attributes = attribute_names()
    if v not in attributes:
        raise _Invalid(f"'direction' {v!r} is neither a class direction like \"3 -> 8\" nor an attribute "
                       f"({_one_of(attributes)}){_suggest(v, attributes)}")
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


def _view(v: Any) -> str:
    ident = view_id(v) if isinstance(v, str) else v
    if ident not in VIEWS:
        hint = _suggest(v, VIEWS + tuple(LEGACY_VIEWS)) if isinstance(v, str) else ""
        raise _Invalid(f"'view' must be one of {_one_of(VIEWS)}, got {_shown(v)}{hint}")
    return ident


def _names(ids: tuple[str, ...], view: str | None) -> tuple[str, ...]:
    """``ids`` and the old short names that mean one of them in ``view`` (for "did you mean")."""
    return ids + tuple(k for k, v in LEGACY_NAMES[context_of(view)].items() if v in ids)


def _panels(v: Any, view: str | None) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _Invalid(f"'panels' must be a list of panel ids ({_one_of(PANELS)}), got {_shown(v)}")
    ids = [lesson_id(x, view) for x in v]
    for x, ident in zip(v, ids):
        if ident not in PANELS:
            raise _Invalid(f"unknown panel {x!r}{_suggest(x, _names(PANELS, view))} (panels: {_one_of(PANELS)})")
    return ids


def _highlight(v: Any, view: str | None) -> str:
    ident = lesson_id(_text(v, "highlight"), view)
    if ident not in HIGHLIGHTS:
        raise _Invalid(f"unknown highlight {v!r}{_suggest(v, _names(HIGHLIGHTS, view))} "
                       f"(highlights: {_one_of(HIGHLIGHTS)})")
    return ident


def _run(v: Any) -> str:
    ident = _text(v, "run")
    if ident not in RUNS:
        raise _Invalid(f"unknown action {v!r} for 'run'{_suggest(ident, RUNS)} (actions a step can start: "
                       f"{_one_of(RUNS)})")
    return ident


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
                       ("kind", lambda x: _choice(x, "training.kind", training_kinds())),
                       ("dataset", lambda x: _text(x, "training.dataset"))):
        if key in v:
            try:
                out[key] = check(v[key])
            except _Invalid as exc:
                exc.sub = key
                errors.append(exc)
    return (out if not errors else None), errors


_SIMPLE = {
    "id": _step_id,
    "caption": lambda v: _text(v, "caption"),
    "title": lambda v: _text(v, "title", blank_ok=True),
    "model": lambda v: _text(v, "model"),
    "compare": _compare,
    "view": lambda v: _view(v),
    "seed": _seed,
    "z": _z,
    "label": _label,
    "truncation": _truncation,
    "basis": lambda v: _choice(v, "basis", BASES),
    "direction": _direction,
    "panels": lambda v: _panels(v, None),
    "animate": lambda v: _flag(v, "animate"),
    "grid": lambda v: _flag(v, "grid"),
    "highlight": lambda v: _highlight(v, None),
    "run": _run,
}
_TABLES = {"path": _path, "training": _training}
#: keys whose names are read in the context of the step's view (old short names; see lesson_ids)
_IN_VIEW = {"panels": _panels, "highlight": _highlight}
