"""Single image files and folders of images (one sub-folder per class).

Images are converted to grey or RGB by the wanted channel count, transparency composited on
black (MNIST-like data is light on dark) and resized to the wanted ``(H, W)``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image, UnidentifiedImageError

from latentlab.core.datasets.base import DEFAULT_IMAGE_SHAPE, DatasetError, PathLike, check_image_shape
from latentlab.core.datasets.container import ImageDataset
from latentlab.core.errors import keyed

__all__ = ["IMAGE_EXTENSIONS", "load_image", "load_image_folder"]

#: File name suffixes (lower case) that :func:`load_image_folder` treats as images.
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp"})

_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}


def _to_8bit(img: Image.Image) -> Image.Image:
    """Convert high bit-depth modes ("I;16*", "I", "F") to "L" by scaling the values."""
    mode = img.mode
    if mode.startswith("I;16") or mode == "I":
        # 16-bit PNGs open as "I;16" (or "I" in older Pillow); Pillow's own convert("L")
        # clips instead of scaling, which would turn nearly every pixel white.
        arr = np.asarray(img, dtype=np.float64)
        arr = np.clip(arr, 0, 65535) * (255.0 / 65535.0)
    elif mode == "F":
        # Float images have no fixed range; treat [0, 1] data as such, anything else as 0..255.
        arr = np.nan_to_num(np.asarray(img, dtype=np.float64))
        if arr.size and arr.max() <= 1.0:
            arr = arr * 255.0
        arr = np.clip(arr, 0, 255)
    else:
        return img
    return Image.fromarray(np.rint(arr).astype(np.uint8), mode="L")


def _convert(img: Image.Image, channels: int) -> Image.Image:
    """Convert any Pillow image to "L" (1 channel) or "RGB" (3 channels)."""
    img = _to_8bit(img)
    has_alpha = img.mode in _ALPHA_MODES or "transparency" in img.info
    if has_alpha:
        # Transparent pixels become black, not white: MNIST-like data is light strokes on a
        # black background, so a transparent background should look like that background.
        rgba = img.convert("RGBA")
        black = Image.new("RGBA", rgba.size, (0, 0, 0, 255))
        img = Image.alpha_composite(black, rgba).convert("RGB")
    return img.convert("L" if channels == 1 else "RGB")


def load_image(
    path_or_bytes: PathLike | bytes | bytearray | memoryview,
    image_shape: Sequence[int] = DEFAULT_IMAGE_SHAPE,
) -> np.ndarray:
    """Read one image file and fit it to `image_shape`.

    The image is converted to grey ("L") or RGB by the channel count, with transparency
    composited on black (MNIST-like data is light on dark), 16-bit images scaled down to
    8 bits, and then the whole image resized to ``(H, W)`` with Pillow's LANCZOS filter:
    no cropping and no letterboxing, so non-square images are stretched. Animated images
    give their first frame.

    Parameters
    ----------
    path_or_bytes : str, os.PathLike or bytes-like
        A file, or the file's contents (e.g. dropped data).
    image_shape : (int, int, int), default (1, 28, 28)
        ``(C, H, W)`` wanted, C being 1 or 3.

    Returns
    -------
    numpy.ndarray
        ``uint8`` array shaped ``(C, H, W)``.

    Raises
    ------
    DatasetError
        If the data is not an image Pillow can read, or the file is corrupt or missing; the
        message names the file.
    """
    c, h, w = check_image_shape(image_shape)
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        label = "<image data>"
        source = io.BytesIO(bytes(path_or_bytes))
    else:
        label = str(path_or_bytes)
        source = Path(path_or_bytes)
    try:
        with Image.open(source) as img:
            img.load()  # decode now, so truncated files fail here and not later
            img = _convert(img, c)
            if img.size != (w, h):
                img = img.resize((w, h), Image.Resampling.LANCZOS)
            arr = np.asarray(img, dtype=np.uint8)
    except UnidentifiedImageError:
        raise DatasetError(keyed("image.not_an_image", path=label)) from None
    except FileNotFoundError:
        raise DatasetError(keyed("image.no_such_file", path=label)) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # Pillow reports broken files as OSError ("image file is truncated"), SyntaxError
        # (bad headers in some plugins) or ValueError.
        raise DatasetError(keyed("image.cannot_read", path=label, reason=exc)) from exc
    if arr.ndim == 2:
        arr = arr[None]
    else:
        arr = arr.transpose(2, 0, 1)
    # A fresh, writable copy: Pillow's buffer is read-only and torch warns about wrapping it.
    return np.array(arr, dtype=np.uint8, order="C")


def _is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


def load_image_folder(
    path: PathLike, image_shape: Sequence[int] = DEFAULT_IMAGE_SHAPE
) -> ImageDataset:
    """Load a folder with one sub-folder of images per class.

    Class indices follow the sorted sub-folder names (plain string order, so ``"10"`` sorts
    before ``"2"``). Files ending in ``.png``, ``.jpg``, ``.jpeg``, ``.bmp`` or ``.webp`` (any
    case) are read, also in nested folders; other files and hidden entries are ignored.
    Each image goes through :func:`load_image`. Images that cannot be read are skipped and
    listed in :attr:`ImageDataset.skipped` rather than warned about, so the caller decides
    how to show them.

    Parameters
    ----------
    path : str or os.PathLike
        The folder.
    image_shape : (int, int, int), default (1, 28, 28)
        ``(C, H, W)`` of the returned images.

    Returns
    -------
    ImageDataset

    Raises
    ------
    DatasetError
        If the folder does not exist, has no class sub-folders, or no image could be read.
    """
    shape = check_image_shape(image_shape)
    root = Path(path).expanduser()
    if not root.is_dir():
        raise DatasetError(f"{root}: no such folder")
    class_dirs = sorted(
        (p for p in root.iterdir() if p.is_dir() and not _is_hidden(p)), key=lambda p: p.name
    )
    if not class_dirs:
        loose = [p for p in root.iterdir() if p.suffix.lower() in IMAGE_EXTENSIONS]
        hint = (
            f" (it holds {len(loose)} images directly; move them into one sub-folder per class)"
            if loose
            else ""
        )
        raise DatasetError(
            f"{root}: no class sub-folders; an image folder needs one sub-folder of images "
            f"per class{hint}"
        )

    images: list[np.ndarray] = []
    labels: list[int] = []
    skipped: list[tuple[Path, str]] = []
    for label, class_dir in enumerate(class_dirs):
        files = sorted(
            p
            for p in class_dir.rglob("*")
            if p.suffix.lower() in IMAGE_EXTENSIONS
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(class_dir).parts)
        )
        for file in files:
            try:
                images.append(load_image(file, shape))
            except DatasetError as exc:
                # The message starts with the file name; keep only the reason.
                reason = str(exc).removeprefix(f"{file}: ")
                skipped.append((file, reason))
                continue
            labels.append(label)

    if not images:
        detail = ""
        if skipped:
            shown = "; ".join(f"{p.name}: {r}" for p, r in skipped[:3])
            more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
            detail = f"; {len(skipped)} unreadable ({shown}{more})"
        raise DatasetError(
            f"{root}: no readable images in {len(class_dirs)} class folders "
            f"(looked for {', '.join(sorted(IMAGE_EXTENSIONS))}){detail}"
        )
    return ImageDataset(
        np.stack(images),
        np.asarray(labels, dtype=np.int64),
        [d.name for d in class_dirs],
        name=root.name,
        source=root,
        skipped=skipped,
    )

