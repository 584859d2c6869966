"""The user's own data: a folder of images with one sub-folder per class.

Such data has no registry entry: a model trained on it names the folder on its card
(``latentlab train --dataset ~/my-drawings`` stores ``"my-drawings"``), and :func:`own_data`
describes it from what the model knows. Its images are read like MNIST-like data (light on a
dark ground, see :func:`~latentlab.core.datasets.images.load_image`), so it offers the ink
factors, as the explorer always has for such models.
"""

from __future__ import annotations

from typing import Sequence

from latentlab.core.datasets.base import DEFAULT_IMAGE_SHAPE, check_image_shape
from latentlab.core.datasets.factors import INK_FACTORS
from latentlab.core.datasets.registry import DatasetSpec
from latentlab.core.datasets.samples import BundledSample

__all__ = ["own_data"]


def own_data(
    name: str, image_shape: Sequence[int] | None = None, class_names: Sequence[str] = ()
) -> DatasetSpec:
    """Describe unregistered data called `name` (a folder name; empty when unknown).

    It has no loader by name (pass the folder to
    :func:`~latentlab.core.datasets.load_dataset`), a sample only if a file
    ``pretrained/samples/<name>-test-2000.npz`` exists, and as feature network a classifier
    trained on `name` among the models, if any.
    """
    shape = check_image_shape(DEFAULT_IMAGE_SHAPE if image_shape is None else image_shape)
    return DatasetSpec(
        name=name,
        title=name or "(unknown)",
        image_shape=shape,
        class_names=tuple(str(c) for c in class_names),
        factors=INK_FACTORS,
        sample=BundledSample(),
    )
