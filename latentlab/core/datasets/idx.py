"""IDX files (the MNIST format): reading them, finding a dataset's files, loading a split.

Where a named dataset's files come from (see
:func:`~latentlab.core.datasets.idx_source.find_dataset`): a ``--data-dir`` folder,
``$LATENTLAB_DATA``, the per-user cache, Debian's ``/usr/share/datasets`` (package
``dataset-fashion-mnist``), or a download through torchvision when it is installed. Datasets
declare where with an :class:`~latentlab.core.datasets.idx_source.IdxSource`, which calls
:func:`load_split` here.
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from latentlab.core.datasets.base import (
    DatasetError,
    DatasetNotFoundError,
    PathLike,
    check_split,
)
from latentlab.core.datasets.container import ImageDataset, check_arrays, fit_images
from latentlab.core.errors import keyed
from latentlab.core.paths import user_cache_dir

__all__ = ["DEBIAN_DATASETS", "find_files", "load_idx_folder", "load_split", "read_idx"]

#: Root of Debian's dataset packages; a module attribute so that tests can point it elsewhere.
DEBIAN_DATASETS = Path("/usr/share/datasets")


# `source` below is the dataset's IdxSource (torchvision_class, debian_package, files,
# all_files()); it is not imported, so that the declaration side stays free of numpy.


def load_split(spec: Any, source: Any, split: str, data_dir: PathLike | None,
               image_shape: tuple[int, int, int], download: bool) -> ImageDataset:
    """Find (:func:`find_files`) and read one split of `spec`, fitted to `image_shape`."""
    folder = find_files(spec, source, data_dir, split, download)
    images, labels, labels_path = _read_split(folder, source.files[split])
    if len(labels) and labels.max() >= len(spec.class_names):
        raise DatasetError(
            f"{labels_path}: label {labels.max()} out of range for {len(spec.class_names)} classes"
        )
    return ImageDataset(
        fit_images(images, image_shape), labels, spec.class_names, name=spec.name, source=folder
    )


def load_idx_folder(
    folder: Path, files: tuple[str, str], image_shape: tuple[int, int, int]
) -> ImageDataset | None:
    """Read the IDX pair `files` from `folder`, or None when they are not both there.

    Class names are then the label numbers.
    """
    if _missing_files(folder, files):
        return None
    images, labels, _ = _read_split(folder, files)
    class_names = [str(i) for i in range(int(labels.max()) + 1 if len(labels) else 0)]
    return ImageDataset(
        fit_images(images, image_shape), labels, class_names, name=folder.name, source=folder
    )


def _read_split(folder: Path, names: tuple[str, str]) -> tuple[np.ndarray, np.ndarray, Path]:
    images_path = _idx_file(folder, names[0])
    labels_path = _idx_file(folder, names[1])
    assert images_path is not None and labels_path is not None  # checked when found
    images, labels = _load_idx_pair(images_path, labels_path)
    return images, labels, labels_path


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
    check_arrays(images, labels, (3,), str(images_path), str(labels_path))
    if len(labels) and labels.min() < 0:
        raise DatasetError(f"{labels_path}: negative label {labels.min()}")
    return images, labels.astype(np.int64)


# --------------------------------------------------------------------------------------------
# Finding a named dataset's files
# --------------------------------------------------------------------------------------------


def _import_torchvision_datasets():
    """Import ``torchvision.datasets``; a separate function so tests can replace it."""
    # Lazy: torchvision is optional and slow to import.
    import torchvision.datasets

    return torchvision.datasets


def _torchvision_raw_dir(root: Path, source: Any) -> Path:
    # torchvision keeps the IDX files in <root>/<ClassName>/raw/ (both .gz and unpacked).
    return root / source.torchvision_class / "raw"


def _candidate_folders(base: Path, name: str) -> list[Path]:
    # A data folder may hold the files itself or hold one sub-folder per dataset.
    return [base, base / name]


def find_files(
    spec: Any, source: Any, data_dir: PathLike | None, split: str | None, download: bool
) -> Path:
    """The folder holding `spec`'s IDX files (see ``idx_source.find_dataset``)."""
    if split is not None:
        check_split(split)
    needed = source.all_files(split)
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
        for folder in _candidate_folders(Path(data_dir).expanduser(), spec.name):
            if check(folder, "--data-dir"):
                return folder

    env = os.environ.get("LATENTLAB_DATA")
    if env:
        for folder in _candidate_folders(Path(env).expanduser(), spec.name):
            if check(folder, "$LATENTLAB_DATA"):
                return folder
    else:
        tried.append("$LATENTLAB_DATA: not set")

    cache = user_cache_dir() / "datasets" / spec.name
    for folder in (cache, _torchvision_raw_dir(cache, source)):
        if check(folder, "cache"):
            return folder

    debian = Path(DEBIAN_DATASETS) / spec.name
    debian_label = (
        f"Debian package {source.debian_package}" if source.debian_package else "Debian datasets"
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
                cls = getattr(tv_datasets, source.torchvision_class)
                cls(root=str(cache), train=(split != "test"), download=True)
            except Exception as exc:  # offline, server errors, bad checksums, ...
                tried.append(f"torchvision download into {cache}: failed ({exc})")
            else:
                raw = _torchvision_raw_dir(cache, source)
                if check(raw, "torchvision download"):
                    return raw

    raise DatasetNotFoundError(_not_found_message(spec, source, needed, tried, cache))


def _not_found_message(
    spec: Any, source: Any, needed: Sequence[str], tried: Sequence[str], cache: Path
) -> str:
    lines = [
        "",
        "Looked in:",
        *(f"  - {t}" for t in tried),
        "To get it:",
    ]
    if source.debian_package:
        lines.append(
            f"  - on Debian/Ubuntu: sudo apt-get install {source.debian_package} "
            f"(installs into {Path(DEBIAN_DATASETS) / spec.name})"
        )
    lines += [
        f"  - pip install torchvision, and latentlab downloads it into {cache}",
        "  - or put the IDX files in a folder and pass --data-dir PATH "
        "or set LATENTLAB_DATA=PATH",
    ]
    return keyed("dataset.not_found", more="\n".join(lines), title=spec.title, files=", ".join(needed))

