"""A lesson's text in other languages: sibling files that hold only text, keyed by step id
(part of :mod:`latentlab.core.lessons`).

The English lesson ``lessons/what-is-a-latent-space.toml`` says what every step *does*; its
Czech text lives in ``lessons/cs/what-is-a-latent-space.toml`` (likewise ``zh_CN``, ``zh_TW``)::

    title = "Co je latentní prostor?"
    description = "…"

    [steps.numbers-in]
    title = "Čísla dovnitř, obrázek ven"
    caption = "Generátor je program, který…"

A language file holds only ``title`` and ``description`` at the top and ``title`` and
``caption`` per step, so a translation can never change what a step shows. A step is addressed
by its ``id`` in the English lesson, or by its number (``[steps.3]``) when it has none. Loading
in a language falls back to English for every step (and every key) the language file lacks,
so a half-translated lesson still plays.

Qt-free, and free of torch and numpy like the rest of the lesson code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from latentlab.core.lesson_parse import Lesson, LessonStep, _check_file, _read, _toml_error
from latentlab.core.lesson_parse import load_lesson as _load_english
from latentlab.core.lesson_text import _TABLE_HEADER, LessonProblem, _header_name, _Reporter
from latentlab.core.lesson_values import _one_of, _shown, _suggest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, packaged separately
    import tomli as tomllib

#: The languages lessons are written in; English is the lesson file itself.
LANGUAGES = ("en", "cs", "zh_CN", "zh_TW")
#: Names shown in problem messages.
LANGUAGE_NAMES = {"en": "English", "cs": "Czech", "zh_CN": "Simplified Chinese", "zh_TW": "Traditional Chinese"}
#: What a language file may hold: at the top, and in each step.
TOP_TEXT_KEYS = ("title", "description", "steps")
STEP_TEXT_KEYS = ("title", "caption")

_TRADITIONAL_REGIONS = ("tw", "hk", "mo")


def lesson_language(locale_name: str | None) -> str:
    """The lesson language for a locale name.

    Parameters
    ----------
    locale_name : str or None
        A POSIX, Qt or BCP 47 name: ``"cs_CZ"``, ``"cs_CZ.UTF-8"``, ``"zh_TW"``, ``"zh-Hant-HK"``,
        ``"zh_Hans_CN"``, ``"zh"``…

    Returns
    -------
    str
        One of :data:`LANGUAGES`: ``"cs"`` for Czech; ``"zh_TW"`` for Chinese in the Traditional
        script (``Hant``, or Taiwan, Hong Kong and Macau without a script); ``"zh_CN"`` for other
        Chinese; ``"en"`` for everything else.
    """
    name = re.split(r"[.@]", str(locale_name or ""))[0].replace("-", "_")
    parts = [p.lower() for p in name.split("_") if p]
    if not parts:
        return "en"
    if parts[0] == "cs":
        return "cs"
    if parts[0] == "zh":
        rest = parts[1:]
        if "hant" in rest or ("hans" not in rest and any(r in _TRADITIONAL_REGIONS for r in rest)):
            return "zh_TW"
        return "zh_CN"
    return "en"


def language_file(path: str | Path, lang: str) -> Path:
    """Where the ``lang`` text of the English lesson ``path`` lives: ``<folder>/<lang>/<name>``."""
    path = Path(path)
    return path.parent / lang / path.name


def english_file(path: str | Path) -> Path | None:
    """The English lesson of a language file (``<folder>/cs/x.toml`` → ``<folder>/x.toml``);
    ``None`` when ``path`` is not in a language folder."""
    path = Path(path)
    if path.parent.name in LANGUAGES[1:]:
        return path.parent.parent / path.name
    return None


def step_key(step: LessonStep, index: int) -> str:
    """How a language file names a step: its ``id``, else its 1-based number."""
    return step.id if step.id else str(index + 1)


# ---------------------------------------------------------------------------------------
# reading a language file


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """Lines of ``key =`` in the language file: ``("", key)`` at the top, ``(step, key)`` in a step,
    ``(step, "")`` for a step's header."""
    lines: dict[tuple[str, str], int] = {}
    section = ""
    key_rx = re.compile(r"""^\s*["']?([\w-]+)["']?\s*=""")
    for n, line in enumerate(text.split("\n"), 1):
        m = _TABLE_HEADER.match(line)
        if m:
            name = _header_name(m.group(2))
            section = name[len("steps."):] if name.startswith("steps.") else name
            lines.setdefault((section, ""), n)
            continue
        k = key_rx.match(line)
        if k:
            lines.setdefault((section, k.group(1)), n)
    return lines


def _texts(data: Mapping[str, Any], keys: tuple[str, ...], where: str,
           problems: list[tuple[str, str, str]], section: str) -> dict[str, str]:
    """The text values of ``data`` among ``keys``; anything else becomes a problem."""
    out: dict[str, str] = {}
    for key, value in data.items():
        if key not in keys:
            problems.append((section, key, f"unknown key {key!r} in {where}{_suggest(key, keys)} (a language "
                                           f"file holds only text: {_one_of(keys)}; what a step does is "
                                           "set in the English lesson)"))
        elif not isinstance(value, str) or not value.strip():
            problems.append((section, key, f"{key!r} in {where} must be non-empty text in quotes, "
                                           f"got {_shown(value)}"))
        else:
            out[key] = value
    return out


def _parse_language(text: str, english: Lesson, lang: str) -> tuple[dict[str, str], dict[str, dict[str, str]],
                                                                     list[tuple[str, str, str]]]:
    """Top texts, step texts by step key, and problems as (section, key, message)."""
    problems: list[tuple[str, str, str]] = []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, {}, [("", "", f"not valid TOML: {getattr(exc, 'msg', None) or exc}")]
    raw_steps = data.get("steps", {})
    top = _texts({k: v for k, v in data.items() if k != "steps"}, TOP_TEXT_KEYS[:2], "the lesson", problems, "")
    keys = [step_key(s, i) for i, s in enumerate(english.steps)]
    steps: dict[str, dict[str, str]] = {}
    if not isinstance(raw_steps, dict):
        problems.append(("", "steps", "write each step's text as [steps.<step id>] (one pair of square "
                                      "brackets), not [[steps]]"))
        raw_steps = {}
    for key, table in raw_steps.items():
        if key not in keys:
            problems.append((key, "", f"extra step {key!r}: the English lesson has no step with this id"
                                      f"{_suggest(key, keys) or f' (steps: {_one_of(keys)})'}"))
        elif not isinstance(table, dict):
            problems.append((key, "", f"step {key!r} must be a table ([steps.{key}]), got {_shown(table)}"))
        else:
            steps[key] = _texts(table, STEP_TEXT_KEYS, f"step {key!r}", problems, key)
    language = LANGUAGE_NAMES.get(lang, lang)
    if "title" not in data:
        problems.append(("", "", f"missing 'title' (the lesson's {language} title)"))
    for i, key in enumerate(keys):
        if key not in raw_steps:
            problems.append(("", "", f"missing step {key!r} (step {i + 1}): it has no {language} text, so "
                                     "English is shown"))
        elif isinstance(raw_steps[key], dict) and "caption" not in raw_steps[key]:
            problems.append((key, "", f"step {key!r} has no 'caption', so its English caption is shown"))
    return top, steps, problems


def _english_for(path: Path) -> tuple[Lesson | None, list[LessonProblem]]:
    english = english_file(path)
    if english is None or not english.is_file():
        where = english.name if english is not None else path.name
        return None, [LessonProblem(str(path), 0, f"no English lesson {where!r} beside the language folder "
                                                  "(a language file only translates an English lesson)")]
    lesson, problems = _check_file(english, None)
    if lesson is None or problems:
        return None, [LessonProblem(str(path), 0, f"its English lesson {str(english)!r} has problems; "
                                                  "check that file first")]
    return lesson, []


def check_language_file(path: str | Path, english: Lesson | None = None) -> list[LessonProblem]:
    """Everything wrong with one language file.

    Parameters
    ----------
    path : str or os.PathLike
        ``<folder>/<lang>/<name>.toml``.
    english : Lesson, optional
        The English lesson it translates; read from ``<folder>/<name>.toml`` when not given.

    Returns
    -------
    list of LessonProblem
        Sorted by line: a missing English lesson, TOML errors, unknown keys (anything but text),
        steps the English lesson lacks (extra) and English steps without text here (missing).
    """
    path = Path(path)
    if english is None:
        english, early = _english_for(path)
        if english is None:
            return early
    rep = _Reporter(str(path), None)
    text = _read(path, rep)
    if text is None:
        return rep.problems
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # with its line, as for English lessons
        return [LessonProblem(str(path), *_toml_error(exc, text))]
    lang = path.parent.name
    _, _, found = _parse_language(text, english, lang)
    lines = _key_lines(text)
    problems = [LessonProblem(str(path), lines.get((section, key)) or lines.get((section, "")) or 0, message)
                for section, key, message in found]
    return sorted(problems, key=lambda p: p.line)


def translations_of(path: str | Path) -> list[Path]:
    """The language files of the English lesson ``path`` that exist, in :data:`LANGUAGES` order."""
    return [f for f in (language_file(path, lang) for lang in LANGUAGES[1:]) if f.is_file()]


def orphan_language_files(folder: str | Path) -> list[Path]:
    """Language files in ``folder``'s language folders whose English lesson is missing."""
    folder = Path(folder)
    return [f for lang in LANGUAGES[1:] for f in sorted((folder / lang).glob("*.toml"))
            if not (folder / f.name).is_file()]


# ---------------------------------------------------------------------------------------
# loading in a language


def translate(lesson: Lesson, lang: str) -> Lesson:
    """``lesson`` with the text of its ``lang`` file, English wherever that file has none.

    Parameters
    ----------
    lesson : Lesson
        An English lesson read from a file (``lesson.path`` set).
    lang : str
        One of :data:`LANGUAGES` (other values, and ``"en"``, return the lesson unchanged).

    Returns
    -------
    Lesson
        A copy with ``language`` set to ``lang`` when a language file was found; each step's
        ``title`` and ``caption`` from that file where it has them. What the steps do is the
        English lesson's. A language file that cannot be read leaves the lesson in English.
    """
    if lang not in LANGUAGES[1:] or lesson.path is None:
        return lesson
    path = language_file(lesson.path, lang)
    rep = _Reporter(str(path), None)
    text = _read(path, rep) if path.is_file() else None
    if text is None:
        return lesson
    top, steps, _ = _parse_language(text, lesson, lang)
    new_steps = []
    for i, step in enumerate(lesson.steps):
        texts = steps.get(step_key(step, i), {})
        new_steps.append(replace(step, caption=texts.get("caption", step.caption),
                                 title=texts.get("title", step.title)))
    return replace(lesson, title=top.get("title", lesson.title),
                   description=top.get("description", lesson.description), steps=new_steps, language=lang)


def load_lesson(path: str | Path, lang: str | None = None) -> Lesson:
    """Read, parse and validate a lesson file, with its text in ``lang``.

    Parameters
    ----------
    path : str or os.PathLike
        The English ``.toml`` file.
    lang : str, optional
        ``"cs"``, ``"zh_CN"``, ``"zh_TW"`` (or any locale name, see :func:`lesson_language`);
        English by default. Steps the language file lacks keep their English text.

    Returns
    -------
    Lesson
        With ``path`` set, so relative model paths can be resolved, and ``language`` the
        language its text is in.

    Raises
    ------
    LessonError
        If the English file cannot be read or has any problem.
    """
    lesson = _load_english(path)
    if lang is None:
        return lesson
    return translate(lesson, lang if lang in LANGUAGES else lesson_language(lang))
