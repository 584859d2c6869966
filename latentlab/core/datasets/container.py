"""The in-memory image set every loader returns, and the array checks and fitting loaders share.

An :class:`ImageDataset` holds ``uint8`` images shaped ``(N, C, H, W)`` plus ``int64`` labels and
class names. The training loops call :meth:`ImageDataset.tensors` once and index random
batches from the result, which avoids the per-item overhead of a ``DataLoader`` on these tiny
images.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset

from latentlab.core.datasets.base import DatasetError

__all__ = ["ImageDataset", "check_arrays", "fit_images"]


def fit_images(images: np.ndarray, image_shape: tuple[int, int, int]) -> np.ndarray:
    """Fit ``uint8`` images, grey ``(N, H, W)`` or ``(N, C, H, W)``, to ``(N, C', H', W')``.

    Sizes change with Pillow's LANCZOS filter and channels with Pillow's own grey/RGB
    conversion, like :func:`latentlab.core.datasets.images.load_image`, so stored data and user
    images are fitted alike.
    """
    c, h, w = image_shape
    if images.ndim == 3:
        images = images[:, None]
    if images.shape[1:] == (c, h, w):
        return np.ascontiguousarray(images)
    if images.shape[1] == 1 and c == 3 and images.shape[2:] == (h, w):
        return np.ascontiguousarray(np.repeat(images, 3, axis=1))
    mode = "L" if c == 1 else "RGB"
    out = np.empty((len(images), c, h, w), dtype=np.uint8)
    for i, img in enumerate(images):
        pil = Image.fromarray(img[0] if img.shape[0] == 1 else img.transpose(1, 2, 0))
        if pil.size != (w, h):
            pil = pil.resize((w, h), Image.Resampling.LANCZOS)
        arr = np.asarray(pil.convert(mode), dtype=np.uint8)
        out[i] = arr[None] if arr.ndim == 2 else arr.transpose(2, 0, 1)
    return out


_SHAPE_NAMES = {3: "(N, H, W)", 4: "(N, C, H, W)"}


def check_arrays(
    images: np.ndarray, labels: np.ndarray, image_ndims: Sequence[int], images_at: str = "",
    labels_at: str | None = None,
) -> None:
    """Raise :class:`DatasetError` unless `images` are ``uint8`` with one of `image_ndims`
    dimensions and `labels` are integers ``(N,)``, one per image.

    `images_at` and `labels_at` (default: `images_at`) name where each array came from; the
    message starts with them.
    """
    labels_at = images_at if labels_at is None else labels_at

    def at(where: str) -> str:
        return f"{where}: " if where else ""

    if images.dtype != np.uint8 or images.ndim not in image_ndims:
        shapes = " or ".join(_SHAPE_NAMES[n] for n in image_ndims)
        raise DatasetError(
            f"{at(images_at)}images must be uint8 shaped {shapes}, got {images.dtype} shaped {images.shape}"
        )
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise DatasetError(
            f"{at(labels_at)}labels must be integers shaped (N,), got {labels.dtype} shaped {labels.shape}"
        )
    if len(images) != len(labels):
        both = images_at if labels_at == images_at else f"{images_at} and {labels_at}"
        raise DatasetError(f"{at(both)}{len(images)} images but {len(labels)} labels")


# --------------------------------------------------------------------------------------------
# The dataset container
# --------------------------------------------------------------------------------------------


class ImageDataset(Dataset):
    """Images with class labels, held in memory.

    Parameters
    ----------
    images : numpy.ndarray
        ``uint8`` array shaped ``(N, C, H, W)``.
    labels : numpy.ndarray
        Integer array shaped ``(N,)``; stored as ``int64``.
    class_names : sequence of str
        Name of each class, indexed by label.
    name : str, optional
        Short name shown to the user (dataset key or folder name).
    source : pathlib.Path, optional
        File or folder the data came from.
    skipped : list of (pathlib.Path, str), optional
        Files that could not be read, with the reason (image folders only).
    factors : numpy.ndarray, optional
        float32 ``(N, F)``: each image's labelled factor values (datasets drawn with known
        factors, e.g. faces64), columns named by `factor_names`.
    factor_names : sequence of str, optional
        Names of the `factors` columns.

    Raises
    ------
    DatasetError
        If the arrays have the wrong shape or type, their lengths differ, or a label has no
        class name.
    """

    def __init__(
        self,
        images: np.ndarray,
        labels: np.ndarray,
        class_names: Sequence[str],
        name: str = "",
        source: Path | None = None,
        skipped: list[tuple[Path, str]] | None = None,
        factors: np.ndarray | None = None,
        factor_names: Sequence[str] = (),
    ) -> None:
        where = f" ({source})" if source is not None else ""
        images = np.asarray(images)
        labels = np.asarray(labels)
        check_arrays(images, labels, (4,), str(source) if source is not None else "")
        if len(labels) and (labels.min() < 0 or labels.max() >= len(class_names)):
            raise DatasetError(
                f"labels{where} range from {labels.min()} to {labels.max()}, "
                f"but there are {len(class_names)} class names"
            )
        # Writable, contiguous copies only where needed: torch.from_numpy warns on read-only
        # arrays (np.frombuffer, np.load results), and the test suite turns warnings into errors.
        self.images = np.require(images, np.uint8, ["C_CONTIGUOUS", "WRITEABLE"])
        self.labels = np.require(labels, np.int64, ["C_CONTIGUOUS", "WRITEABLE"])
        self.class_names = [str(c) for c in class_names]
        self.name = name
        self.source = source
        self.skipped = list(skipped) if skipped else []
        self.factors = None if factors is None else np.require(factors, np.float32, ["C_CONTIGUOUS", "WRITEABLE"])
        self.factor_names = [str(n) for n in factor_names]
        if self.factors is not None and self.factors.shape != (len(self.labels), len(self.factor_names)):
            raise DatasetError(
                f"factors{where} are shaped {self.factors.shape}, expected "
                f"({len(self.labels)}, {len(self.factor_names)}): one row per image, one column per name"
            )

    def __len__(self) -> int:
        return len(self.images)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, int]:
        """Return image `index` as float32 ``(C, H, W)`` in ``[0, 1]`` and its label."""
        image = torch.from_numpy(self.images[index]).to(torch.float32).div_(255.0)
        return image, int(self.labels[index])

    def __repr__(self) -> str:
        return (
            f"ImageDataset(name={self.name!r}, n={len(self)}, "
            f"image_shape={self.image_shape}, classes={len(self.class_names)})"
        )

    @property
    def image_shape(self) -> tuple[int, int, int]:
        """Shape ``(C, H, W)`` of one image."""
        c, h, w = self.images.shape[1:]
        return (int(c), int(h), int(w))

    @property
    def num_classes(self) -> int:
        """Number of classes (length of :attr:`class_names`)."""
        return len(self.class_names)

    def class_counts(self) -> np.ndarray:
        """Number of images in each class, shaped ``(num_classes,)``."""
        return np.bincount(self.labels, minlength=self.num_classes)

    def tensors(
        self, device: torch.device | str | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Return the whole dataset as tensors for full-batch training loops.

        Parameters
        ----------
        device : torch.device or str, optional
            Where to put the tensors; CPU when None.

        Returns
        -------
        images : torch.Tensor
            float32 ``(N, C, H, W)`` in ``[0, 1]``.
        labels : torch.Tensor
            int64 ``(N,)``.
        """
        # Move the uint8 data first and convert on the device: a quarter of the bytes to copy.
        images = torch.from_numpy(self.images).to(device)
        images = images.to(torch.float32).div_(255.0)
        labels = torch.from_numpy(self.labels).to(device)
        return images, labels

