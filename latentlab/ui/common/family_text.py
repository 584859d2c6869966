"""A model family in the UI's words: its translated title, acronym phrase and description.

The core declares each family's texts in English (``latentlab.core.families``, no Qt there);
the views show them through Qt's translation with the context ``"families"``. lupdate cannot
see those texts in the source, so ``python -m latentlab.ui.common.i18n update`` collects them
from the family registry (:func:`latentlab.ui.common.ts_files.families_source`): a new family's
title and description appear in the .ts files without an edit here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = "families"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def family_title(family: Any) -> str:
    """"Conditional VAE", translated."""
    return _tr(family.title)


def family_description(family: Any) -> str:
    """The family's one-line description, translated."""
    return _tr(family.description)


def kind_phrase(family: Any, conditional: bool, fallback: str = "") -> str:
    """"VAE" or "conditional GAN" for a model of ``family`` (``fallback`` when it is unknown).

    ``conditional`` is the model's own answer (its file lists classes); a family that is
    always conditional makes the phrase conditional either way.
    """
    if family is None:
        return fallback
    short = _tr(family.short)
    if conditional or family.capabilities.conditional:
        return QCoreApplication.translate("families", "conditional {kind}").format(kind=short)
    return short
