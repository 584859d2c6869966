"""A lesson's steps as app state: the cumulative state of steps 1..N and the small lookups the
player needs (class by name, a dataset's classes, which highlighted control the open model
lacks). No widgets here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from latentlab.core.lessons import Lesson

#: keys carried from step to step (caption, title and highlight belong to one step only)
CARRIED = ("model", "compare", "view", "seed", "z", "label", "truncation", "basis", "direction", "path",
           "panels", "animate", "grid", "training")
#: view ids a step can show (see latentlab.core.lesson_ids)
EXPLORER, COMPARE, MAP, PATH, TRAINING = "explorer.image", "compare.view", "latent.map", "latent.path", \
    "training.panel"


def effective_state(lesson: Lesson, index: int) -> dict[str, Any]:
    """The app state after steps 1..index+1: each step's keys over the earlier ones.

    A new model drops an earlier exact ``z`` (it belongs to the old latent space) and draws the
    lesson's last seed instead; ``seed`` and ``z`` replace each other; ``model`` and ``compare``
    replace each other; a new ``panels`` list also decides the grid unless ``grid`` is given
    with it. ``caption``, ``title``, ``highlight`` and ``run`` are those of step ``index`` alone.
    """
    state: dict[str, Any] = {}
    last_seed = None
    for step in lesson.steps[: index + 1]:
        d = step.to_dict()
        if "model" in d:
            if state.get("model") != d["model"] and "z" in state:
                state.pop("z")
                if last_seed is not None and "z" not in d and "seed" not in d:
                    state["seed"] = last_seed  # the new model draws the lesson's last seed
            state.pop("compare", None)
            if state.get("view") == COMPARE and "view" not in d:
                state["view"] = EXPLORER
        if "compare" in d:
            state.pop("model", None)
            d.setdefault("view", COMPARE)
        if "seed" in d:
            state.pop("z", None)
            last_seed = d["seed"]
        if "z" in d:
            state.pop("seed", None)
        if "panels" in d and "grid" not in d:
            state.pop("grid", None)  # a new panel list says whether the grid is shown
        for k in CARRIED:
            if k in d:
                state[k] = d[k]
    step = lesson.steps[index]
    state["caption"] = step.caption
    state["title"] = step.title
    state["highlight"] = step.highlight
    state["run"] = step.run
    return state


def lacking_control(ident: str | None, model: Any) -> str | None:
    """Which control of highlight ``ident`` the open ``model`` (a ``ModelSummary``) lacks:
    ``"truncation"`` (not sampled like a GAN), ``"class"`` (unconditional) or None (it has it,
    or the control does not depend on the model; also None when no model is open)."""
    if model is None or not ident:
        return None
    if ident == "explorer.truncation" and not model.truncates:
        return "truncation"
    if ident == "explorer.class" and not model.conditional:
        return "class"
    return None


def lacking_control_note(lacking: str, model: Any) -> str:
    """The lesson bar's note for a control the model lacks (:func:`lacking_control`), translated:
    which control, and why this model has none ("it is a VAE")."""
    from latentlab.ui.common.family_text import kind_phrase

    translate = QCoreApplication.translate
    kind = kind_phrase(getattr(model, "family", None), False, "")
    if lacking == "truncation":
        if kind:
            return translate("LessonPlayer", "This model has no truncation control: it is a {kind}, and truncation "
                                             "applies to GANs only.").format(kind=kind)
        return translate("LessonPlayer", "This model has no truncation control: truncation applies to GANs only.")
    if lacking == "class":
        return translate("LessonPlayer", "This model has no class selector: it is not conditional, so it cannot be "
                                         "told which class to draw.")
    return translate("LessonPlayer", "This model does not have the control this step points at.")


def lacking_compare_note(lacking: str) -> str:
    """The lesson bar's note for a control the compared models lack (the compare view's
    ``on_lacking``), translated; "" when they lack nothing."""
    translate = QCoreApplication.translate
    if lacking == "class":
        return translate("LessonPlayer", "These models have no class selector: none of them is conditional, so "
                                         "none can be told which class to draw.")
    if lacking:
        return translate("LessonPlayer", "These models do not have the control this step points at.")
    return ""


def _installed_as(name: str, path: str) -> bool:
    """True when the model name ``name`` finds the file ``path`` (so a lesson can use the name)."""
    from latentlab.core.zoo import find_model

    try:
        return Path(find_model(name)).resolve() == Path(path).resolve()
    except Exception:  # not installed under that name: record the file instead
        return False


def _class_index(label: Any, names: list[str]) -> int | None:
    from latentlab.core.labels import LabelError, class_index

    try:
        return class_index(label, names)
    except LabelError:  # the caller says the model has no such class
        return None


def _dataset_classes(dataset: str | None) -> list[str]:
    from latentlab.core import datasets

    spec = datasets.find(dataset)
    return list(spec.class_names) if spec is not None else []
