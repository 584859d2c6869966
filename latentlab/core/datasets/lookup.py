"""Finding a dataset by what a caller has: a name, a folder, or the dataset a model's card names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from latentlab.core.datasets.base import (
    DEFAULT_IMAGE_SHAPE,
    DatasetError,
    PathLike,
    check_image_shape,
    check_split,
)
from latentlab.core.datasets.idx_source import IDX_FILES
from latentlab.core.datasets.image_folder import own_data
from latentlab.core.datasets.registry import DatasetSpec, find, names

if TYPE_CHECKING:
    from latentlab.core.datasets.container import ImageDataset

__all__ = ["load_dataset", "of_model"]


def of_model(name: str | None, image_shape: Sequence[int] | None = None) -> DatasetSpec:
    """The dataset a model's card names: the registered one, or else the user's own data.

    Parameters
    ----------
    name : str or None
        The card's ``dataset``; None or empty when the card names none.
    image_shape : (int, int, int), optional
        The model's image shape, used to describe data nobody registered
        (:func:`~latentlab.core.datasets.image_folder.own_data`).
    """
    spec = find(name)
    return spec if spec is not None else own_data(name or "", image_shape)


def load_dataset(
    name_or_path: PathLike,
    split: str = "train",
    data_dir: PathLike | None = None,
    image_shape: Sequence[int] | None = None,
    *,
    download: bool = True,
) -> "ImageDataset":
    """Load a known dataset by name, or a folder of images or IDX files.

    Parameters
    ----------
    name_or_path : str or os.PathLike
        A registered dataset name (its files found by its loader, e.g.
        :func:`~latentlab.core.datasets.idx.find_dataset`), or a path to a folder:
        either one sub-folder per class (:func:`load_image_folder`), or a folder holding
        MNIST-style IDX files (class names are then the label numbers). A string that is a
        known name is taken as the name even if a folder of that name exists; write
        ``./mnist`` to mean the folder.
    split : {"train", "test"}, default "train"
        Which split to load; ignored for image folders.
    data_dir : str or os.PathLike, optional
        Extra place to look for named datasets (``--data-dir``).
    image_shape : (int, int, int), optional
        ``(C, H, W)`` of the returned images: the dataset's own shape by default, (1, 28, 28)
        for folders. Images are resized (Pillow LANCZOS) and converted between grey and RGB
        when needed.
    download : bool, default True
        Whether a named dataset may be downloaded with torchvision.

    Returns
    -------
    ImageDataset

    Raises
    ------
    DatasetNotFoundError
        If a named dataset cannot be found.
    DatasetError
        If the name is unknown and not a folder, or the files are malformed.
    """
    spec = find(name_or_path) if isinstance(name_or_path, str) else None
    if spec is not None:
        return spec.load(split, data_dir, image_shape, download=download)
    shape = check_image_shape(DEFAULT_IMAGE_SHAPE if image_shape is None else image_shape)
    check_split(split)
    folder = Path(name_or_path).expanduser()
    if not folder.is_dir():
        raise DatasetError(
            f"{name_or_path!s} is neither a known dataset ({', '.join(names())}) "
            "nor an existing folder"
        )
    # Lazy: numpy, Pillow and torch only when data is read.
    from latentlab.core.datasets.idx import load_idx_folder
    from latentlab.core.datasets.images import load_image_folder

    idx = load_idx_folder(folder, IDX_FILES[split], shape)
    return idx if idx is not None else load_image_folder(folder, shape)
