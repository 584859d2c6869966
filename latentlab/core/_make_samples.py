"""Build the dataset samples shipped in ``pretrained/samples/``.

For each known dataset this writes ``<name>-test-2000.npz`` holding ``images`` (2000, 28, 28)
``uint8`` and ``labels`` (2000,) ``uint8``: the first 200 test images of each class, kept in
test-file order. Taking them from the test split keeps them out of what the bundled models
were trained on; taking the first ones of each class makes the choice deterministic and
class-balanced without a random seed.

Usage::

    python -m latentlab.core._make_samples --data-dir /work/shared/data
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from latentlab.core.datasets import (
    SAMPLE_SIZE,
    DatasetError,
    get,
    names,
    sample_path,
)


def select_balanced(labels: np.ndarray, per_class: int, num_classes: int) -> np.ndarray:
    """Indices of the first `per_class` items of each class, in their original order.

    Parameters
    ----------
    labels : numpy.ndarray
        Integer labels shaped ``(N,)``.
    per_class : int
        How many items to take from each class.
    num_classes : int
        Number of classes; every class must have at least `per_class` items.

    Returns
    -------
    numpy.ndarray
        Sorted ``int64`` indices, ``per_class * num_classes`` of them.

    Raises
    ------
    ValueError
        If a class has fewer than `per_class` items.
    """
    chosen = []
    for c in range(num_classes):
        idx = np.flatnonzero(labels == c)[:per_class]
        if len(idx) < per_class:
            raise ValueError(f"class {c} has only {len(idx)} items, need {per_class}")
        chosen.append(idx)
    # Sorting keeps test-file order, so classes come interleaved as in the original file.
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def make_sample(name: str, data_dir: Path | None, out: Path) -> Path:
    """Write the sample file for dataset `name` into folder `out` and return its path."""
    spec = get(name)
    ds = spec.load("test", data_dir, download=False)
    per_class = SAMPLE_SIZE // len(spec.class_names)
    idx = select_balanced(ds.labels, per_class, len(spec.class_names))
    images = ds.images[idx]  # (N, C, H, W)
    if images.shape[1] == 1:
        images = images[:, 0]  # grey samples are stored (N, H, W), as they always were
    labels = ds.labels[idx].astype(np.uint8)
    out.mkdir(parents=True, exist_ok=True)
    path = out / sample_path(name).name
    np.savez_compressed(path, images=images, labels=labels)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m latentlab.core._make_samples", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder holding <name>/ with the IDX files (default: the usual search places)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output folder (default: pretrained/samples)",
    )
    parser.add_argument(
        "names", nargs="*", default=list(names()), help="datasets (default: all)"
    )
    args = parser.parse_args(argv)
    out = args.out if args.out is not None else sample_path("mnist").parent
    for name in args.names:
        if name not in names():
            parser.error(f"unknown dataset {name!r}; known: {', '.join(names())}")
        try:
            path = make_sample(name, args.data_dir, out)
        except DatasetError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
