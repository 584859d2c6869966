"""Perfect edits: what a factor direction's side effects should be measured against.

A direction's leakage (:func:`latentlab.core.directions.direction_fidelity`) mixes three
things: the direction itself, the way the model draws (a blurry VAE may not be able to draw a
wider smile without the factor network reading the mouth as more open too), and the factor
network's own cross-talk. Where a dataset can draw an image from its labelled factors
(:attr:`DatasetSpec.drawing <latentlab.core.datasets.DatasetSpec>`, e.g. faces64), the
*perfect edit* separates them:

- **drawn**: `n` faces sampled as the data set samples them, each drawn twice with only the
  target changed (a number from the low to the high end of its range; a yes/no factor from no
  to yes; one value of a many-valued factor from another value to it), both read by the factor
  network. Whatever the other readings change by is the instrument's cross-talk: no picture
  can show less.
- **redrawn**: the same pairs encoded and decoded by a model that encodes (a VAE): the perfect
  edit as that model draws it. A direction whose side effects are no larger is as clean as
  the model's pictures allow; a smaller side effect than this cannot be asked of the direction.

Results are ``{"range": target change, "leakage": {other target: mean |change|}}`` for each
kind, as :func:`~latentlab.core.directions.measure_directions` reports a direction's, and go on
the card beside them (``metrics.directions.<target>.reference``). Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch

from latentlab.core.directions import FactorReader, Target, _decode, _encode

__all__ = ["KINDS", "edit_effect", "edit_pairs", "reference_fidelity"]

#: the kinds of perfect edit :func:`reference_fidelity` measures, in order
KINDS = ("drawn", "redrawn")


def edit_pairs(spec: Any, target: Target, n: int = 200, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """`n` factor rows sampled as the data set samples them, before and after the perfect edit of `target`.

    Parameters
    ----------
    spec : DatasetSpec
        A dataset with a :attr:`drawing` and labelled factors.
    target : Target
        A number ("smile": its range's low end → high end), a yes/no factor ("glasses":
        no → yes) or one value of a many-valued factor ("hair colour: blonde": a different
        value, chosen at random per face → blonde).
    n, seed : int

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        Factor tables (n, F) before and after; they differ in the target's column only.

    Raises
    ------
    ValueError
        If the dataset cannot draw, has no such factor, or `n` < 1.
    """
    if getattr(spec, "drawing", None) is None:
        raise ValueError(f"the {spec.title} dataset cannot draw an image from its factors, so it has no perfect edits")
    if n < 1:
        raise ValueError(f"perfect edits: n={n}, need at least 1")
    names = list(spec.factor_names)
    if target.factor not in names:
        raise ValueError(f"the {spec.title} dataset has no factor {target.factor!r} (its factors: {', '.join(names)})")
    column = names.index(target.factor)
    factor = spec.factor(target.factor)
    before = np.array(spec.drawing.sample(n, seed), dtype=np.float32)
    after = before.copy()
    if factor.categorical:
        k = len(factor.values)
        value = 1 if target.value is None else int(target.value)
        if not 0 <= value < k or k < 2:
            raise ValueError(f"{target.name}: value {value} is not one of the {k} values of {target.factor!r}")
        if target.value is None:
            other = np.zeros(n)  # a yes/no factor: from "no" to "yes"
        else:  # from one of the other values, chosen at random per face
            shift = np.random.default_rng(seed + 1).integers(1, k, n)
            other = (value + shift) % k
        before[:, column] = other
        after[:, column] = value
    else:
        if factor.range is None:
            raise ValueError(f"{target.name}: the factor declares no range, so its perfect edit has no ends")
        low, high = factor.range
        before[:, column] = low
        after[:, column] = high
    return before, after


def edit_effect(reader: FactorReader, before: torch.Tensor, after: torch.Tensor, target: Target,
                wanted: Sequence[Target]) -> dict[str, Any]:
    """How the readings change from `before` to `after` images: the target's mean change, the others' mean |change|.

    The other values of the target's own many-valued factor are not side effects (making hair
    blonde must make it less brown), as in :func:`~latentlab.core.directions.measure_directions`.
    """
    first, second = reader(before), reader(after)
    if target.name not in first:
        raise ValueError(f"the reader does not read {target.name!r} (it reads {', '.join(first)})")
    factor_of = {t.name: t.factor for t in wanted}
    change = {name: (second[name] - first[name]).double() for name in first}
    return {
        "range": round(float(change[target.name].mean()), 4),
        "leakage": {name: round(float(c.abs().mean()), 4) for name, c in change.items()
                    if factor_of.get(name, name) != target.factor},
    }


def _floats(images: np.ndarray, shape: Sequence[int] | None) -> torch.Tensor:
    """uint8 images as floats in [0, 1], fitted to `shape` (a model's) where given."""
    from latentlab.core.datasets.container import fit_images

    fitted = fit_images(images, tuple(shape)) if shape is not None else np.ascontiguousarray(images)
    return torch.from_numpy(fitted).float() / 255.0


def _redraw(model: Any, images: torch.Tensor) -> torch.Tensor:
    """Encode to the posterior means and decode: the images as `model` draws them."""
    mu, _ = _encode(model, images)
    return _decode(model, mu)


def reference_fidelity(spec: Any, reader: FactorReader, wanted: Sequence[Target], names: Sequence[str] | None = None,
                       *, model: Any = None, n: int = 200, seed: int = 0,
                       progress: Callable[[int, int, str], None] | None = None) -> dict[str, dict[str, Any]]:
    """The perfect edit of each target, drawn and (for a model that encodes) redrawn by `model`.

    Parameters
    ----------
    spec : DatasetSpec
        A dataset with a :attr:`drawing`.
    reader : callable
        ``images -> {target name: (N,) values}`` (see
        :func:`~latentlab.core.directions.probability_reader`).
    wanted : sequence of Target
        Every target the reader reads.
    names : sequence of str, optional
        The targets to edit (default: every one of `wanted`).
    model : a latentlab generator, optional
        With an encoder, the pairs are also redrawn by it (``"redrawn"``); images are fitted
        to its image shape.
    n, seed : int, default 200, 0
        Faces per target, and the seed they are sampled with.
    progress : callable, optional
        ``progress(done, total, target name)`` after each target.

    Returns
    -------
    dict
        ``{target name: {"n": n, "drawn": {"range", "leakage"}, "redrawn": {...}}}`` (no
        ``"redrawn"`` without a model that encodes).

    Raises
    ------
    ValueError
        If the dataset cannot draw, or a name is not among `wanted`.
    """
    by_name = {t.name: t for t in wanted}
    chosen = list(by_name) if names is None else list(names)
    unknown = [name for name in chosen if name not in by_name]
    if unknown:
        raise ValueError(f"perfect edits: no target {', '.join(map(repr, unknown))} (targets: {', '.join(by_name)})")
    encodes = model is not None and bool(getattr(model, "has_encoder", False))
    shape = tuple(model.image_shape) if model is not None and hasattr(model, "image_shape") else None
    out: dict[str, dict[str, Any]] = {}
    for i, name in enumerate(chosen):
        target = by_name[name]
        before, after = edit_pairs(spec, target, n, seed)
        pictures = _floats(spec.drawing.draw(np.concatenate([before, after])), shape)
        first, second = pictures[:n], pictures[n:]
        entry: dict[str, Any] = {"n": n, "drawn": edit_effect(reader, first, second, target, wanted)}
        if encodes:
            redrawn = _redraw(model, pictures)
            entry["redrawn"] = edit_effect(reader, redrawn[:n], redrawn[n:], target, wanted)
        out[name] = entry
        if progress is not None:
            progress(i + 1, len(chosen), name)
    return out
