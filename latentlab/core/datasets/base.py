"""What every part of the dataset package shares and that needs neither numpy nor torch: the
errors, the split names and the image-shape checks."""

from __future__ import annotations

import os
from typing import Sequence, Union

__all__ = [
    "DEFAULT_IMAGE_SHAPE",
    "SPLITS",
    "DatasetError",
    "DatasetNotFoundError",
    "PathLike",
    "check_image_shape",
    "check_split",
]

PathLike = Union[str, os.PathLike]

SPLITS = ("train", "test")
DEFAULT_IMAGE_SHAPE = (1, 28, 28)


class DatasetError(ValueError):
    """A dataset or image could not be read; the message names the file and the problem."""


class DatasetNotFoundError(DatasetError):
    """A named dataset is in none of the places looked; the message lists them all."""




def check_split(split: str) -> None:
    """Raise :class:`DatasetError` unless `split` is one of :data:`SPLITS`."""
    if split not in SPLITS:
        raise DatasetError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")


def check_image_shape(image_shape: Sequence[int]) -> tuple[int, int, int]:
    """`image_shape` as ``(C, H, W)`` ints; :class:`DatasetError` unless C is 1 or 3 and H, W > 0."""
    try:
        c, h, w = (int(x) for x in image_shape)
    except (TypeError, ValueError):
        raise DatasetError(f"image_shape must be (C, H, W), got {image_shape!r}") from None
    if c not in (1, 3) or h < 1 or w < 1:
        raise DatasetError(
            f"image_shape must be (C, H, W) with C 1 or 3 and positive H, W; got {image_shape!r}"
        )
    return c, h, w


