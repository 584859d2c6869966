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
    view = "explorer.image"
    seed = 0

    [[steps]]
    caption = "Every seed is a different list of numbers, so a different digit."
    seed = 1
    grid = true

Step keys (all optional except ``caption``):

========== ===================================================================================
id         str: the step's stable name (``"seed-picks"``), by which language files address it
caption    str, required: what students read
title      str: short heading of the step
model      str: model name (``latentlab models``) or path to a model file (relative paths are
           relative to the lesson file)
compare    list of 2–4 model names for the compare view (instead of ``model``)
view       a view id from :data:`VIEWS` (``"explorer.image"``, ``"compare.view"``, ``"latent.map"``…)
seed       int from 0 to 2**63 - 1
z          list of numbers: an exact latent (its length must be the model's latent size)
label      class name or class index (conditional models)
truncation number in (0, 2]
basis      one of :data:`BASES`
direction  int slider index, a class direction ``"3 -> 8"`` (``→`` works too) or an attribute
           name from :func:`attribute_names`
path       table: ``seeds`` (≥ 2 seeds), ``mode`` (``"lerp"``/``"slerp"`` or one per segment,
           default ``"slerp"``), ``frames`` (per segment, int or one per segment, default 16)
panels     list of panel ids from :data:`PANELS` to show (``"explorer.sliders"``, ``"latent.path"``…)
animate    bool: play the path, or sweep along ``direction``
grid       bool: show the sample grid
training   table: ``preset`` (:data:`TRAINING_PRESETS`), ``kind`` (:func:`training_kinds`),
           ``dataset`` (``"mnist"``, ``"fashion-mnist"``, …)
highlight  str: id of a control to point at, from :data:`HIGHLIGHTS` (``"explorer.seed"``…)
run        str: id of an action from :data:`RUNS` (``"anomaly.run"``: the anomaly panel's Score) that
           the step starts itself, once, when the class moves *forward* onto it (next step, a
           jump to a later step, or a lesson opened at it); going *back* to the step, or showing
           it again after a language or presentation switch, does not start it again, so results
           the class already saw stay on screen. Not carried to later steps.
========== ===================================================================================

Views, panels and highlights are the UI's own stable ids (:mod:`latentlab.core.lesson_ids`),
never visible titles, so a translated UI plays the same lessons; the short names of older
lessons (``view = "compare"``, ``panels = ["sliders"]``) are still read.

Text in other languages (``cs``, ``zh_CN``, ``zh_TW``) lives in sibling files,
``<folder>/<lang>/<name>.toml``, holding only titles and captions keyed by step id
(:mod:`latentlab.core.lesson_lang`); ``load_lesson(path, lang="cs")`` reads a lesson in Czech,
falling back to English for any step the Czech file lacks.

Unknown keys are errors, so typos are caught (with a "did you mean" suggestion). Problems are
collected, not raised one at a time, and each carries the file and line it refers to.

This module is the public face; the work is in :mod:`~latentlab.core.lesson_values` (what each
key may hold), :mod:`~latentlab.core.lesson_text` (problems and their lines),
:mod:`~latentlab.core.lesson_parse` (reading and checking), :mod:`~latentlab.core.lesson_lang`
(other languages) and
:mod:`~latentlab.core.lesson_writer` (recording steps).

This module is part of ``latentlab.core`` and must stay free of any GUI import; it imports
neither torch nor numpy either, so ``latentlab lesson check`` stays quick.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from latentlab.core.lesson_parse import (
    Lesson,
    LessonStep,
    _check_file,
    _plural,
    check_lesson,
    missing_models,
    parse_lesson,
    resolve_model,
)
from latentlab.core.lesson_lang import (
    LANGUAGES,
    check_language_file,
    english_file,
    language_file,
    lesson_language,
    load_lesson,
    orphan_language_files,
    translate,
    translations_of,
)
from latentlab.core.lesson_text import LessonError, LessonProblem
from latentlab.core.lesson_values import (
    BASES,
    FORMAT_VERSION,
    HIGHLIGHTS,
    MAX_FRAMES,
    MAX_SEED,
    MAX_TRUNCATION,
    MODES,
    PANELS,
    RUNS,
    STEP_KEYS,
    TRAINING_PRESETS,
    VIEWS,
    attribute_names,
    class_direction,
    direction_basis,
    training_kinds,
)
from latentlab.core.lesson_writer import append_step, step_from_state

__all__ = [
    "attribute_names",
    "BASES",
    "FORMAT_VERSION",
    "HIGHLIGHTS",
    "LANGUAGES",
    "MAX_FRAMES",
    "MAX_SEED",
    "MAX_TRUNCATION",
    "MODES",
    "PANELS",
    "RUNS",
    "STEP_KEYS",
    "training_kinds",
    "TRAINING_PRESETS",
    "VIEWS",
    "Lesson",
    "LessonError",
    "LessonProblem",
    "LessonStep",
    "append_step",
    "bundled_lessons",
    "check_language_file",
    "check_lesson",
    "class_direction",
    "direction_basis",
    "language_file",
    "lesson_language",
    "load_lesson",
    "missing_models",
    "parse_lesson",
    "resolve_model",
    "run_lesson_check",
    "step_from_state",
    "translate",
]


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
            # Language files are checked with their English lesson; these have none.
            out += [(str(x), []) for x in orphan_language_files(p)]
        else:
            out.append((str(f), []))
    return out


def run_lesson_check(args: Any) -> int:
    """``latentlab lesson check FILE [FILE ...]``: report every problem of every lesson.

    Problems go to stderr as ``file:line: message`` lines; each good file gets
    ``OK: file (N steps)`` on stdout. An English lesson is checked with its language files
    (``<folder>/<lang>/<name>.toml``: missing or extra steps, keys that are not text); a language
    file named on its own is checked against its English lesson. Model names, classes and latent sizes are checked against
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
    from latentlab.core import (
        zoo,  # imported here: it reads checkpoints, parsing lessons does not
    )

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
        elif english_file(name) is not None:
            problems = check_language_file(name)
            for problem in problems:
                print(problem, file=sys.stderr)
            failed = failed or bool(problems)
            if not problems:
                print(f"OK: {name}")
            continue
        else:
            try:
                lesson, problems = _check_file(name, known)
            except Exception as exc:  # one bad file must not stop the check of the others
                from latentlab.core.errors import error_message

                lesson, problems = None, [LessonProblem(name, 0, f"cannot check it: {error_message(exc)}")]
        languages = []
        if lesson is not None and not problems:
            for other in translations_of(name):
                problems = problems + check_language_file(other, lesson)
                languages.append(other.parent.name)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems or lesson is None:
            failed = True
        else:
            also = f"; text in {', '.join(languages)}" if languages else ""
            print(f"OK: {name} ({_plural(len(lesson.steps), 'step')}{also})")
    return 1 if failed else 0


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
