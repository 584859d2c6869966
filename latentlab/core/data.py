"""Training and sample data: IDX files (MNIST, Fashion-MNIST), image folders, bundled samples.

Everything here returns an :class:`ImageDataset`: ``uint8`` images shaped ``(N, C, H, W)`` plus
``int64`` labels and class names. The training loops call :meth:`ImageDataset.tensors` once and
index random batches from the result, which avoids the per-item overhead of a ``DataLoader``
on these tiny images.

Where the data comes from (see :func:`find_dataset`): a ``--data-dir`` folder, ``$LATENTLAB_DATA``,
the per-user cache, Debian's ``/usr/share/datasets`` (package ``dataset-fashion-mnist``), or a
download through torchvision when it is installed. The app itself only needs the small samples
shipped in ``pretrained/samples`` (:func:`load_sample`).
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, Union

import numpy as np
import torch
from PIL import Image, UnidentifiedImageError
from torch.utils.data import Dataset

from latentlab.core.paths import pretrained_dir, user_cache_dir

__all__ = [
    "DATASETS",
    "DEBIAN_DATASETS",
    "IMAGE_EXTENSIONS",
    "DatasetError",
    "DatasetInfo",
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

PathLike = Union[str, os.PathLike]

#: Root of Debian's dataset packages; a module attribute so that tests can point it elsewhere.
DEBIAN_DATASETS = Path("/usr/share/datasets")

#: File name suffixes (lower case) that :func:`load_image_folder` treats as images.
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp"})

SPLITS = ("train", "test")
DEFAULT_IMAGE_SHAPE = (1, 28, 28)


class DatasetError(ValueError):
    """A dataset or image could not be read; the message names the file and the problem."""


class DatasetNotFoundError(DatasetError):
    """A named dataset is in none of the places looked; the message lists them all."""


# --------------------------------------------------------------------------------------------
# Known datasets
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatasetInfo:
    """Description of a known IDX dataset.

    Attributes
    ----------
    name : str
        Key in :data:`DATASETS`, also the folder name searched for.
    title : str
        Human-readable name.
    class_names : tuple of str
        Class names in label order.
    files : dict
        ``split -> (images file, labels file)``, gzipped names; the un-gzipped names
        (without ``.gz``) are accepted too.
    torchvision_class : str
        Name of the ``torchvision.datasets`` class that can download it.
    debian_package : str or None
        Debian package that installs it under :data:`DEBIAN_DATASETS`, if there is one.
    """

    name: str
    title: str
    class_names: tuple[str, ...]
    files: dict[str, tuple[str, str]]
    torchvision_class: str
    debian_package: str | None = None

    def all_files(self, split: str | None = None) -> list[str]:
        """Gzipped file names for one split, or for all splits when `split` is None."""
        splits = SPLITS if split is None else (split,)
        return [f for s in splits for f in self.files[s]]


_IDX_FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}

DATASETS: dict[str, DatasetInfo] = {
    "mnist": DatasetInfo(
        name="mnist",
        title="MNIST",
        class_names=tuple(str(i) for i in range(10)),
        files=_IDX_FILES,
        torchvision_class="MNIST",
    ),
    "fashion-mnist": DatasetInfo(
        name="fashion-mnist",
        title="Fashion-MNIST",
        class_names=(
            "T-shirt/top",
            "Trouser",
            "Pullover",
            "Dress",
            "Coat",
            "Sandal",
            "Shirt",
            "Sneaker",
            "Bag",
            "Ankle boot",
        ),
        files=_IDX_FILES,
        torchvision_class="FashionMNIST",
        debian_package="dataset-fashion-mnist",
    ),
}

# Spellings people (and torchvision) use for the same datasets.
_ALIASES = {"fashionmnist": "fashion-mnist", "fmnist": "fashion-mnist"}


def _dataset_info(name: str) -> DatasetInfo | None:
    key = name.strip().lower().replace("_", "-")
    key = _ALIASES.get(key, key)
    return DATASETS.get(key)


def _check_split(split: str) -> None:
    if split not in SPLITS:
        raise DatasetError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")


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
    ) -> None:
        where = f" ({source})" if source is not None else ""
        images = np.asarray(images)
        labels = np.asarray(labels)
        if images.dtype != np.uint8 or images.ndim != 4:
            raise DatasetError(
                f"images{where} must be uint8 shaped (N, C, H, W), "
                f"got {images.dtype} shaped {images.shape}"
            )
        if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
            raise DatasetError(
                f"labels{where} must be integers shaped (N,), "
                f"got {labels.dtype} shaped {labels.shape}"
            )
        if len(images) != len(labels):
            raise DatasetError(
                f"{len(images)} images but {len(labels)} labels{where}"
            )
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


# --------------------------------------------------------------------------------------------
# IDX files
# --------------------------------------------------------------------------------------------

_IDX_DTYPES = {
    0x08: np.dtype("u1"),
    0x09: np.dtype("i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_GZIP_MAGIC = b"\x1f\x8b"


def read_idx(path: PathLike) -> np.ndarray:
    """Read an IDX file (the MNIST format), gzipped or not.

    Gzip is detected from the file's first bytes, not its name, so a ``.gz`` file that was
    already unpacked (or the reverse) still reads.

    Parameters
    ----------
    path : str or os.PathLike
        The file.

    Returns
    -------
    numpy.ndarray
        Writable array in native byte order, with the dtype and shape given by the header.

    Raises
    ------
    DatasetError
        If the file cannot be opened, is not valid gzip, is truncated, has a bad magic number
        or unknown type code, or its size does not match its header.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read IDX file ({exc.strerror or exc})") from exc
    if raw[:2] == _GZIP_MAGIC:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            raise DatasetError(f"{path}: corrupt or truncated gzip data ({exc})") from exc

    if len(raw) < 4:
        raise DatasetError(f"{path}: truncated IDX file ({len(raw)} bytes, no complete header)")
    if raw[0] != 0 or raw[1] != 0:
        raise DatasetError(
            f"{path}: not an IDX file (bad magic number 0x{raw[:4].hex()}; "
            "expected two zero bytes first)"
        )
    code, ndim = raw[2], raw[3]
    dtype = _IDX_DTYPES.get(code)
    if dtype is None:
        raise DatasetError(f"{path}: not an IDX file (unknown data type code 0x{code:02x})")
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DatasetError(
            f"{path}: truncated IDX file (header declares {ndim} dimensions, "
            f"file has only {len(raw)} bytes)"
        )
    shape = tuple(int(d) for d in np.frombuffer(raw, dtype=">u4", count=ndim, offset=4))
    # Python ints: the product of large dims must not overflow.
    expected = dtype.itemsize
    for d in shape:
        expected *= d
    actual = len(raw) - header
    if actual < expected:
        raise DatasetError(
            f"{path}: truncated IDX file (shape {shape} needs {expected} data bytes, "
            f"found {actual})"
        )
    if actual > expected:
        raise DatasetError(
            f"{path}: size mismatch (shape {shape} needs {expected} data bytes, "
            f"found {actual}; {actual - expected} extra)"
        )
    data = np.frombuffer(raw, dtype=dtype, count=expected // dtype.itemsize, offset=header)
    # astype copies into native byte order and makes the result writable (frombuffer over
    # bytes is read-only).
    return data.reshape(shape).astype(dtype.newbyteorder("="))


def _idx_file(folder: Path, gz_name: str) -> Path | None:
    """The file for `gz_name` in `folder`, gzipped or not; None if neither exists."""
    plain = folder / gz_name.removesuffix(".gz")
    # The unpacked file reads faster, so it wins when both are there (torchvision keeps both).
    for candidate in (plain, folder / gz_name):
        if candidate.is_file():
            return candidate
    return None


def _missing_files(folder: Path, names: Sequence[str]) -> list[str]:
    return [n for n in names if _idx_file(folder, n) is None]


def _load_idx_pair(
    images_path: Path, labels_path: Path
) -> tuple[np.ndarray, np.ndarray]:
    """Read an images/labels IDX pair as ``uint8 (N, H, W)`` and ``int64 (N,)``."""
    images = read_idx(images_path)
    labels = read_idx(labels_path)
    if images.dtype != np.uint8 or images.ndim != 3:
        raise DatasetError(
            f"{images_path}: expected uint8 images shaped (N, H, W), "
            f"got {images.dtype} shaped {images.shape}"
        )
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise DatasetError(
            f"{labels_path}: expected integer labels shaped (N,), "
            f"got {labels.dtype} shaped {labels.shape}"
        )
    if len(images) != len(labels):
        raise DatasetError(
            f"{images_path} holds {len(images)} images but {labels_path} holds "
            f"{len(labels)} labels"
        )
    if len(labels) and labels.min() < 0:
        raise DatasetError(f"{labels_path}: negative label {labels.min()}")
    return images, labels.astype(np.int64)


# --------------------------------------------------------------------------------------------
# Finding a named dataset
# --------------------------------------------------------------------------------------------


def _import_torchvision_datasets():
    """Import ``torchvision.datasets``; a separate function so tests can replace it."""
    # Lazy: torchvision is optional and slow to import.
    import torchvision.datasets

    return torchvision.datasets


def _torchvision_raw_dir(root: Path, info: DatasetInfo) -> Path:
    # torchvision keeps the IDX files in <root>/<ClassName>/raw/ (both .gz and unpacked).
    return root / info.torchvision_class / "raw"


def _candidate_folders(base: Path, name: str) -> list[Path]:
    # A data folder may hold the files itself or hold one sub-folder per dataset.
    return [base, base / name]


def find_dataset(
    name: str,
    data_dir: PathLike | None = None,
    *,
    split: str | None = None,
    download: bool = True,
) -> Path:
    """Find the folder holding a known dataset's IDX files.

    Places are tried in this order, and the first folder holding all needed files wins:

    1. `data_dir`, either the folder holding the files or a folder holding ``<name>/``;
    2. ``$LATENTLAB_DATA``, in the same two forms;
    3. ``user_cache_dir()/datasets/<name>`` (and torchvision's layout inside it);
    4. Debian's ``/usr/share/datasets/<name>`` (:data:`DEBIAN_DATASETS`);
    5. a torchvision download into the cache folder, if torchvision can be imported and
       `download` is true.

    Parameters
    ----------
    name : str
        Key of :data:`DATASETS` (``"mnist"`` or ``"fashion-mnist"``).
    data_dir : str or os.PathLike, optional
        Folder given by the user (``--data-dir``).
    split : {"train", "test"}, optional
        Require only this split's files; all splits when None.
    download : bool, default True
        Whether step 5 may use the network.

    Returns
    -------
    pathlib.Path
        Folder holding the files (gzipped or not).

    Raises
    ------
    DatasetNotFoundError
        If no place holds the files. The message lists every place looked and how to get
        the data.
    DatasetError
        If `name` or `split` is unknown.
    """
    info = _dataset_info(name)
    if info is None:
        raise DatasetError(
            f"unknown dataset {name!r}: known datasets are {', '.join(DATASETS)}"
        )
    if split is not None:
        _check_split(split)
    needed = info.all_files(split)
    tried: list[str] = []

    def check(folder: Path, label: str) -> bool:
        if not folder.is_dir():
            tried.append(f"{folder} ({label}): no such folder")
            return False
        missing = _missing_files(folder, needed)
        if missing:
            tried.append(f"{folder} ({label}): missing {', '.join(missing)}")
            return False
        return True

    if data_dir is not None:
        for folder in _candidate_folders(Path(data_dir).expanduser(), info.name):
            if check(folder, "--data-dir"):
                return folder

    env = os.environ.get("LATENTLAB_DATA")
    if env:
        for folder in _candidate_folders(Path(env).expanduser(), info.name):
            if check(folder, "$LATENTLAB_DATA"):
                return folder
    else:
        tried.append("$LATENTLAB_DATA: not set")

    cache = user_cache_dir() / "datasets" / info.name
    for folder in (cache, _torchvision_raw_dir(cache, info)):
        if check(folder, "cache"):
            return folder

    debian = Path(DEBIAN_DATASETS) / info.name
    debian_label = (
        f"Debian package {info.debian_package}" if info.debian_package else "Debian datasets"
    )
    if check(debian, debian_label):
        return debian

    if not download:
        tried.append("torchvision download: not attempted (downloads disabled)")
    else:
        try:
            tv_datasets = _import_torchvision_datasets()
        except ImportError:
            tried.append("torchvision download: torchvision is not installed")
        except Exception as exc:  # a broken install (e.g. torch/torchvision mismatch)
            tried.append(f"torchvision download: torchvision could not be imported ({exc})")
        else:
            try:
                cls = getattr(tv_datasets, info.torchvision_class)
                cls(root=str(cache), train=(split != "test"), download=True)
            except Exception as exc:  # offline, server errors, bad checksums, ...
                tried.append(f"torchvision download into {cache}: failed ({exc})")
            else:
                raw = _torchvision_raw_dir(cache, info)
                if check(raw, "torchvision download"):
                    return raw

    raise DatasetNotFoundError(_not_found_message(info, needed, tried, cache))


def _not_found_message(
    info: DatasetInfo, needed: Sequence[str], tried: Sequence[str], cache: Path
) -> str:
    lines = [
        f"Could not find the {info.title} dataset (files {', '.join(needed)}, "
        "gzipped or not).",
        "Looked in:",
        *(f"  - {t}" for t in tried),
        "To get it:",
    ]
    if info.debian_package:
        lines.append(
            f"  - on Debian/Ubuntu: sudo apt-get install {info.debian_package} "
            f"(installs into {Path(DEBIAN_DATASETS) / info.name})"
        )
    lines += [
        f"  - pip install torchvision, and latentlab downloads it into {cache}",
        "  - or put the IDX files in a folder and pass --data-dir PATH "
        "or set LATENTLAB_DATA=PATH",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _check_image_shape(image_shape: Sequence[int]) -> tuple[int, int, int]:
    try:
        c, h, w = (int(x) for x in image_shape)
    except (TypeError, ValueError):
        raise DatasetError(f"image_shape must be (C, H, W), got {image_shape!r}") from None
    if c not in (1, 3) or h < 1 or w < 1:
        raise DatasetError(
            f"image_shape must be (C, H, W) with C 1 or 3 and positive H, W; got {image_shape!r}"
        )
    return c, h, w


def _fit_grey(images: np.ndarray, image_shape: tuple[int, int, int]) -> np.ndarray:
    """Turn grey ``uint8 (N, H, W)`` images into ``(N, C, H', W')`` for `image_shape`."""
    c, h, w = image_shape
    if images.shape[1:] != (h, w):
        # Pillow LANCZOS, like load_image, so IDX data and user images are resized alike.
        out = np.empty((len(images), h, w), dtype=np.uint8)
        for i, img in enumerate(images):
            out[i] = np.asarray(Image.fromarray(img).resize((w, h), Image.Resampling.LANCZOS))
        images = out
    images = images[:, None]
    if c == 3:
        images = np.repeat(images, 3, axis=1)
    return np.ascontiguousarray(images)


def load_dataset(
    name_or_path: PathLike,
    split: str = "train",
    data_dir: PathLike | None = None,
    image_shape: Sequence[int] = DEFAULT_IMAGE_SHAPE,
    *,
    download: bool = True,
) -> ImageDataset:
    """Load a known dataset by name, or a folder of images or IDX files.

    Parameters
    ----------
    name_or_path : str or os.PathLike
        A key of :data:`DATASETS` (found with :func:`find_dataset`), or a path to a folder:
        either one sub-folder per class (:func:`load_image_folder`), or a folder holding
        MNIST-style IDX files (class names are then the label numbers). A string that is a
        known name is taken as the name even if a folder of that name exists; write
        ``./mnist`` to mean the folder.
    split : {"train", "test"}, default "train"
        Which split to load; ignored for image folders.
    data_dir : str or os.PathLike, optional
        Extra place to look for named datasets (``--data-dir``).
    image_shape : (int, int, int), default (1, 28, 28)
        ``(C, H, W)`` of the returned images; grey IDX images are resized (Pillow LANCZOS)
        and repeated to 3 channels when needed.
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
    shape = _check_image_shape(image_shape)
    _check_split(split)
    info = _dataset_info(str(name_or_path)) if isinstance(name_or_path, str) else None
    if info is not None:
        folder = find_dataset(info.name, data_dir, split=split, download=download)
        class_names: Sequence[str] | None = info.class_names
        ds_name = info.name
    else:
        folder = Path(name_or_path).expanduser()
        if not folder.is_dir():
            raise DatasetError(
                f"{name_or_path!s} is neither a known dataset ({', '.join(DATASETS)}) "
                "nor an existing folder"
            )
        if _missing_files(folder, _IDX_FILES[split]):
            return load_image_folder(folder, shape)
        class_names = None
        ds_name = folder.name

    images_name, labels_name = _IDX_FILES[split]
    images_path = _idx_file(folder, images_name)
    labels_path = _idx_file(folder, labels_name)
    assert images_path is not None and labels_path is not None  # checked when found
    images, labels = _load_idx_pair(images_path, labels_path)
    if class_names is None:
        class_names = [str(i) for i in range(int(labels.max()) + 1 if len(labels) else 0)]
    elif len(labels) and labels.max() >= len(class_names):
        raise DatasetError(
            f"{labels_path}: label {labels.max()} out of range for {len(class_names)} classes"
        )
    return ImageDataset(
        _fit_grey(images, shape), labels, class_names, name=ds_name, source=folder
    )


# --------------------------------------------------------------------------------------------
# Single images and image folders
# --------------------------------------------------------------------------------------------

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
    c, h, w = _check_image_shape(image_shape)
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
        raise DatasetError(f"{label}: not an image file Pillow can read") from None
    except FileNotFoundError:
        raise DatasetError(f"{label}: no such file") from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # Pillow reports broken files as OSError ("image file is truncated"), SyntaxError
        # (bad headers in some plugins) or ValueError.
        raise DatasetError(f"{label}: cannot read image ({exc})") from exc
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
    shape = _check_image_shape(image_shape)
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


# --------------------------------------------------------------------------------------------
# Bundled samples
# --------------------------------------------------------------------------------------------

SAMPLE_SIZE = 2000


def sample_path(name: str) -> Path:
    """Path of the bundled sample file for dataset `name` (which may not exist)."""
    info = _dataset_info(name)
    key = info.name if info is not None else name
    return pretrained_dir() / "samples" / f"{key}-test-{SAMPLE_SIZE}.npz"


def load_sample(
    name: str, image_shape: Sequence[int] = DEFAULT_IMAGE_SHAPE
) -> ImageDataset:
    """Load the small test-set sample shipped with latentlab for a known dataset.

    The sample holds 200 test images of each class (the first ones in test-file order), so
    the app can show real data without the full dataset.

    Parameters
    ----------
    name : str
        Key of :data:`DATASETS`.
    image_shape : (int, int, int), default (1, 28, 28)
        ``(C, H, W)`` of the returned images.

    Returns
    -------
    ImageDataset

    Raises
    ------
    DatasetError
        If `name` is unknown, or the sample file is missing or malformed (the message names
        the file).
    """
    info = _dataset_info(name)
    if info is None:
        raise DatasetError(
            f"unknown dataset {name!r}: known datasets are {', '.join(DATASETS)}"
        )
    shape = _check_image_shape(image_shape)
    path = sample_path(info.name)
    if not path.is_file():
        raise DatasetError(
            f"{path}: sample file missing (rebuild it with "
            "python -m latentlab.core._make_samples --data-dir PATH)"
        )
    try:
        # allow_pickle=False: a data file must never be able to run code.
        loaded = np.load(path, allow_pickle=False)
    except Exception as exc:  # BadZipFile, pickled data refused, unreadable file, ...
        raise DatasetError(f"{path}: cannot read sample file ({exc})") from exc
    if not isinstance(loaded, np.lib.npyio.NpzFile):
        # A plain .npy file loads as a bare array.
        raise DatasetError(f"{path}: malformed sample file, not an .npz archive")
    with loaded as npz:
        missing = [k for k in ("images", "labels") if k not in npz.files]
        if missing:
            raise DatasetError(f"{path}: malformed sample file, missing {', '.join(missing)}")
        try:
            images = npz["images"]
            labels = npz["labels"]
        except Exception as exc:  # corrupt members, object arrays refused, ...
            raise DatasetError(f"{path}: cannot read sample file ({exc})") from exc

    if images.dtype != np.uint8 or images.ndim != 3:
        raise DatasetError(
            f"{path}: malformed sample file, images must be uint8 (N, H, W), "
            f"got {images.dtype} {images.shape}"
        )
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise DatasetError(
            f"{path}: malformed sample file, labels must be integers (N,), "
            f"got {labels.dtype} {labels.shape}"
        )
    if len(images) != len(labels):
        raise DatasetError(
            f"{path}: malformed sample file, {len(images)} images but {len(labels)} labels"
        )
    if len(labels) and labels.max() >= len(info.class_names):
        raise DatasetError(
            f"{path}: malformed sample file, label {labels.max()} out of range for "
            f"{len(info.class_names)} classes"
        )
    return ImageDataset(
        _fit_grey(images, shape),
        labels.astype(np.int64),
        info.class_names,
        name=info.name,
        source=path,
    )
