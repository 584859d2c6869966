"""Datasets as a typed registry: one module per dataset, one registration line each.

Nothing here imports Qt. The pieces:

- :mod:`.registry`: :class:`DatasetSpec` (shape, classes, factors, feature network, loader,
  sample) and :func:`register` / :func:`get` / :func:`find` / :func:`names`;
- :mod:`.mnist`, :mod:`.fashion_mnist`, :mod:`.faces64` (drawn by :mod:`.faces_draw`): the
  built-in datasets; :mod:`.image_folder`: the
  user's own data, which needs no registration;
- :mod:`.base` (errors, shape checks), :mod:`.container` (:class:`ImageDataset`),
  :mod:`.idx_source` (how IDX datasets declare their files) and :mod:`.idx` (reading, finding
  and downloading them), :mod:`.images` (image files and folders), :mod:`.samples` (the
  small samples the app shows), :mod:`.factors` (measurable image properties),
  :mod:`.lookup` (:func:`load_dataset`, :func:`of_model`).

The declarations (registry, built-ins, samples, factors) import neither numpy nor torch;
the loaders import them when they read data.

Typical use::

    from latentlab.core import datasets

    spec = datasets.get("mnist")          # UnknownDatasetError naming the known ones
    spec.image_shape, spec.class_names, spec.factor_names
    train = spec.load("train")            # or datasets.load_dataset("mnist") / a folder path
    sample = spec.load_sample()           # the 2,000 images shipped in pretrained/samples
"""

from __future__ import annotations

import importlib
from typing import Any

from latentlab.core.datasets.base import (
    DEFAULT_IMAGE_SHAPE,
    SPLITS,
    DatasetError,
    DatasetNotFoundError,
)
from latentlab.core.datasets.faces64 import FACES64
from latentlab.core.datasets.fashion_mnist import FASHION_MNIST
from latentlab.core.datasets.idx_source import IdxSource, find_dataset
from latentlab.core.datasets.lookup import load_dataset, of_model
from latentlab.core.datasets.mnist import MNIST
from latentlab.core.datasets.registry import (
    DatasetSpec,
    Factor,
    FactorDrawing,
    UnknownDatasetError,
    factor_names,
    find,
    get,
    names,
    register,
    specs,
    unregister,
)
from latentlab.core.datasets.samples import (
    SAMPLE_SIZE,
    BundledSample,
    InMemorySample,
    load_sample,
    sample_path,
)

# Names whose modules need numpy, Pillow or torch: imported on first use (PEP 562), so that
# importing the registry stays cheap for Qt- and torch-free code.
_LAZY = {
    "ImageDataset": "latentlab.core.datasets.container",
    "IMAGE_EXTENSIONS": "latentlab.core.datasets.images",
    "load_image": "latentlab.core.datasets.images",
    "load_image_folder": "latentlab.core.datasets.images",
    "read_idx": "latentlab.core.datasets.idx",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_IMAGE_SHAPE",
    "FACES64",
    "FASHION_MNIST",
    "IMAGE_EXTENSIONS",
    "IdxSource",
    "MNIST",
    "SAMPLE_SIZE",
    "SPLITS",
    "BundledSample",
    "DatasetError",
    "DatasetNotFoundError",
    "DatasetSpec",
    "Factor",
    "FactorDrawing",
    "ImageDataset",
    "InMemorySample",
    "UnknownDatasetError",
    "factor_names",
    "find",
    "find_dataset",
    "get",
    "load_dataset",
    "load_image",
    "load_image_folder",
    "load_sample",
    "names",
    "of_model",
    "read_idx",
    "register",
    "sample_path",
    "specs",
    "unregister",
]

# The built-in datasets, in the order lists show them.
register(MNIST)
register(FASHION_MNIST)
register(FACES64)
