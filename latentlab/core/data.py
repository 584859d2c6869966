"""The data loaders under their earlier names; new code imports :mod:`latentlab.core.datasets`.

Kept for scripts and notebooks written against ``latentlab.core.data``, and for the modules
still being reworked in the same refactor (``ui/training/worker.py``, ``ui/compare/``); once
they import ``latentlab.core.datasets``, this module can go.
"""

from __future__ import annotations

from latentlab.core.datasets import (
    IMAGE_EXTENSIONS, SAMPLE_SIZE, DatasetError, DatasetNotFoundError, ImageDataset, find_dataset,
    load_dataset, load_image, load_image_folder, load_sample, read_idx, sample_path, specs,
)

__all__ = [
    "DATASETS",
    "IMAGE_EXTENSIONS",
    "SAMPLE_SIZE",
    "DatasetError",
    "DatasetNotFoundError",
    "ImageDataset",
    "find_dataset",
    "load_dataset",
    "load_image",
    "load_image_folder",
    "load_sample",
    "read_idx",
    "sample_path",
]

#: Live read-only view ``name -> DatasetSpec`` of the registered datasets.
DATASETS = specs()
