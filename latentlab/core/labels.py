"""Which class a user means: one resolver from a class name or number to a class index.

The command line (``--label``), the evidence figures, the compare view and the lessons all
accept either a class's name (``"Sneaker"``) or its number (``7`` or ``"7"``); they resolve it
here, so a label means the same class everywhere and a wrong one is reported the same way.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from typing import Any

__all__ = ["LabelError", "class_index"]


class LabelError(ValueError):
    """A label that names no class of the model (the message says which classes there are)."""


def class_index(label: Any, class_names: Sequence[str]) -> int:
    """The class index that ``label`` means among ``class_names``.

    Parameters
    ----------
    label : int or str
        A class number (``3``), a class name (``"Sneaker"``; matched exactly first, then
        ignoring case) or a number written as text (``"3"``). A name wins over a number, so a
        model whose classes are called ``"0"`` … ``"9"`` reads ``"3"`` as the class named "3".
    class_names : sequence of str
        The model's classes, in index order (empty for an unconditional model).

    Returns
    -------
    int
        An index in ``range(len(class_names))``.

    Raises
    ------
    LabelError
        If the model has no classes, the number is out of range, or the text is neither a
        class name nor a number.
    """
    names = [str(n) for n in class_names]
    if not names:
        raise LabelError(f"label {label!r}: this model is not conditional (it has no classes)")
    # True and 1.5 are not class 1: a bool or a fraction is a mistake upstream, not a label.
    if isinstance(label, bool) or not isinstance(label, (numbers.Integral, str)):
        raise LabelError(f"label {label!r}: expected a class name or number (a whole one)")
    if isinstance(label, str):
        if label in names:
            return names.index(label)
        lowered = [n.lower() for n in names]
        if label.strip().lower() in lowered:
            return lowered.index(label.strip().lower())
        try:
            label = int(label)
        except ValueError:
            raise LabelError(f"label {label!r} is not a class of this model ({', '.join(names)})") from None
    label = int(label)
    if not 0 <= label < len(names):
        raise LabelError(f"label {label}: this model's classes are 0..{len(names) - 1}")
    return label
