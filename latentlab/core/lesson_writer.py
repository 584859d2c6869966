"""Writing lesson steps: a step's TOML text from app state, appended to a lesson file
(part of :mod:`latentlab.core.lessons`; the app's "Record step")."""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from latentlab.core.lesson_parse import _Carry, _read, _validate_step
from latentlab.core.lesson_text import LessonError, _Reporter
from latentlab.core.lesson_values import FORMAT_VERSION

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
    latentlab.core.files.ExportError
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
