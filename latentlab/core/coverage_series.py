"""Class coverage over time: how the classes of one fixed batch of samples shift as a model trains.

Every few training steps the generator decodes the same fixed latents (the live-training sample
grid); the dataset's feature network says which class each image shows, and
:func:`~latentlab.core.metrics.class_coverage` turns that into class shares and their
normalised entropy (1: every class equally often, 0: one class only, i.e. total mode
collapse). :class:`CoverageSeries` keeps those readings in step order, so a chart can draw the
entropy as a curve and the shares as stacked bands, and a run's log can store them as JSON.

A fixed batch is small (64 samples), so its entropy is noisy and stays below 1 even for a
perfect generator: :func:`sampling_ceiling` gives the value to expect from ``n`` samples of
perfectly even classes, which charts can show as the ceiling.

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["CoverageSeries", "frames_coverage", "sampling_ceiling"]


def frames_coverage(net: Any, frames: np.ndarray) -> dict[str, Any]:
    """Class coverage of a batch of generated frames, read by a feature network.

    Parameters
    ----------
    net : FeatureNet
        The dataset's classifier (:class:`latentlab.core.metrics.FeatureNet`).
    frames : numpy.ndarray
        uint8 ``(N, H, W, C)`` images, as the training loop's sample events carry them.

    Returns
    -------
    dict
        :func:`~latentlab.core.metrics.class_coverage`'s ``histogram``, ``entropy``,
        ``min_fraction`` and ``max_fraction``, plus ``class_names`` and ``n``.
    """
    from latentlab.core.metrics import class_coverage

    x = np.ascontiguousarray(np.transpose(frames, (0, 3, 1, 2)))  # (N, C, H, W) uint8
    cov = class_coverage(net.probs(x), net.num_classes)
    names = list(getattr(net.classifier, "class_names", []) or [str(i) for i in range(net.num_classes)])
    return {**cov, "class_names": names, "n": len(frames)}


def sampling_ceiling(n: int, k: int, draws: int = 2000, seed: int = 0) -> float:
    """The mean normalised class entropy of ``n`` samples drawn evenly from ``k`` classes.

    What a perfect generator scores on a batch of ``n`` (its classes fall unevenly by chance):
    about 0.97 for 64 samples of 10 classes.

    Parameters
    ----------
    n, k : int
        Samples per batch and classes (both at least 2).
    draws, seed : int, optional
        Monte-Carlo batches and their seed (the result is deterministic).
    """
    if n < 2 or k < 2:
        raise ValueError(f"n={n} and k={k} must both be at least 2")
    counts = np.random.default_rng(seed).multinomial(n, [1 / k] * k, size=draws) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(counts > 0, counts * np.log(counts), 0.0)
    return float((-terms.sum(axis=1) / math.log(k)).mean())


class CoverageSeries:
    """Class shares and coverage entropy of one fixed batch, read at increasing steps.

    Parameters
    ----------
    class_names : sequence of str
        The classifier's classes, in its order (at least 2).

    Attributes
    ----------
    steps : list of int
        The training step of each reading, increasing.
    shares : list of list of float
        Each reading's fraction of the batch in each class (sums to 1).
    entropy, min_fraction : list of float
        Each reading's normalised class entropy and its rarest class's share, in [0, 1].
    n : list of int
        Each reading's batch size.
    """

    def __init__(self, class_names: Sequence[str]) -> None:
        names = [str(c) for c in class_names]
        if len(names) < 2:
            raise ValueError(f"class coverage needs at least 2 classes, got {names!r}")
        self.class_names = names
        self.steps: list[int] = []
        self.shares: list[list[float]] = []
        self.entropy: list[float] = []
        self.min_fraction: list[float] = []
        self.n: list[int] = []

    def __len__(self) -> int:
        return len(self.steps)

    def add(self, step: int, coverage: Mapping[str, Any]) -> None:
        """Append the reading ``coverage`` (a :func:`frames_coverage` result) taken at ``step``.

        Raises
        ------
        ValueError
            If the step does not come after the last one, or the histogram does not fit the
            classes or is not a set of fractions.
        """
        step = int(step)
        if self.steps and step <= self.steps[-1]:
            raise ValueError(f"coverage at step {step} comes after step {self.steps[-1]}: steps must increase")
        hist = np.asarray(coverage.get("histogram", ()), np.float64)
        if hist.shape != (len(self.class_names),):
            raise ValueError(f"coverage histogram of {hist.size} values for {len(self.class_names)} classes")
        if not np.isfinite(hist).all() or (hist < 0).any() or abs(hist.sum() - 1) > 1e-6:
            raise ValueError(f"coverage histogram {hist.tolist()} is not a set of fractions summing to 1")
        entropy = float(coverage["entropy"])
        if not 0.0 <= entropy <= 1.0:
            raise ValueError(f"coverage entropy {entropy} is outside [0, 1]")
        self.steps.append(step)
        self.shares.append([float(v) for v in hist])
        self.entropy.append(entropy)
        self.min_fraction.append(float(hist.min()))
        self.n.append(int(coverage.get("n", 0)))

    def last(self) -> dict[str, Any] | None:
        """The newest reading as ``{"step", "shares", "entropy", "min_fraction", "n"}``; None before the first."""
        if not self.steps:
            return None
        return {"step": self.steps[-1], "shares": self.shares[-1], "entropy": self.entropy[-1],
                "min_fraction": self.min_fraction[-1], "n": self.n[-1]}

    def to_dict(self) -> dict[str, Any]:
        """The series as plain JSON data (:meth:`from_dict` reads it back)."""
        return {"class_names": list(self.class_names), "steps": list(self.steps),
                "shares": [[round(v, 6) for v in row] for row in self.shares],
                "entropy": [round(v, 6) for v in self.entropy],
                "min_fraction": [round(v, 6) for v in self.min_fraction], "n": list(self.n)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CoverageSeries:
        """A series from :meth:`to_dict`'s data; ``ValueError`` says what does not fit."""
        if not isinstance(data, Mapping):
            raise ValueError(f"a coverage series must be a JSON object, got {type(data).__name__}")  # noqa: TRY004
        series = cls(data.get("class_names") or [])
        steps, shares, entropy = data.get("steps") or [], data.get("shares") or [], data.get("entropy") or []
        n = data.get("n") or [0] * len(steps)
        if not len(steps) == len(shares) == len(entropy) == len(n):
            raise ValueError(f"a coverage series with {len(steps)} steps, {len(shares)} share rows, "
                             f"{len(entropy)} entropies and {len(n)} sizes")
        for step, row, e, size in zip(steps, shares, entropy, n):
            # Stored rounded: renormalise so that the sum check tests the data, not the rounding.
            row = np.asarray(row, np.float64)
            total = row.sum()
            series.add(step, {"histogram": row / total if total > 0 else row, "entropy": e, "n": size})
        return series
