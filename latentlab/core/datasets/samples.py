"""Small real samples of a dataset: the files shipped in ``pretrained/samples``, or data in memory.

The app shows real images (the latent map, encoding, class directions, the metrics' default
reference) from a sample, so it needs no full dataset.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from latentlab.core.datasets.base import DatasetError, check_image_shape
from latentlab.core.datasets.registry import find, get
from latentlab.core.paths import pretrained_dir

if TYPE_CHECKING:
    from latentlab.core.datasets.container import ImageDataset
    from latentlab.core.datasets.registry import DatasetSpec

__all__ = ["SAMPLE_SIZE", "BundledSample", "InMemorySample", "load_sample", "sample_path"]

SAMPLE_SIZE = 2000


def sample_path(name: str) -> Path:
    """Path of the bundled sample file for dataset `name` (which may not exist)."""
    spec = find(name)
    key = spec.name if spec is not None else name
    return pretrained_dir() / "samples" / f"{key}-test-{SAMPLE_SIZE}.npz"


def load_sample(name: str, image_shape: Sequence[int] | None = None) -> "ImageDataset":
    """Load the small real sample of the registered dataset `name`.

    For MNIST and Fashion-MNIST this is the file shipped with latentlab: 200 test images of
    each class (the first ones in test-file order).

    Parameters
    ----------
    name : str
        A registered dataset name.
    image_shape : (int, int, int), optional
        ``(C, H, W)`` of the returned images; the dataset's own shape by default.

    Returns
    -------
    ImageDataset
        The sample, named after the dataset.

    Raises
    ------
    DatasetError
        If `name` is unknown, or the sample is missing or malformed (the message names the
        file).
    """
    return get(name).load_sample(image_shape)


class BundledSample:
    """A sample stored as ``pretrained/samples/<name>-test-2000.npz`` (``images``, ``labels``).

    ``images`` are ``uint8`` grey ``(N, H, W)`` or ``(N, C, H, W)``; they are fitted to the
    shape asked for. Optional ``factors`` (float32 ``(N, F)``) and ``factor_names`` arrays
    carry labelled factor values along.

    Parameters
    ----------
    file_name : str, optional
        The file in ``pretrained/samples`` when it is not ``<name>-test-2000.npz``.
    """

    def __init__(self, file_name: str | None = None) -> None:
        self.file_name = file_name

    def path(self, spec: "DatasetSpec") -> Path:
        """Where this sample's file is (or would be)."""
        if self.file_name:
            return pretrained_dir() / "samples" / self.file_name
        return sample_path(spec.name)

    def available(self, spec: "DatasetSpec") -> bool:
        return bool(spec.name) and self.path(spec).is_file()

    def load(self, spec: "DatasetSpec", image_shape: tuple[int, int, int]) -> "ImageDataset":
        # Lazy: numpy and torch only when data is read, so declarations stay cheap to import.
        import numpy as np

        from latentlab.core.datasets.container import ImageDataset, check_arrays, fit_images

        path = self.path(spec)
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
                factors = npz["factors"] if "factors" in npz.files else None
                factor_names = npz["factor_names"].tolist() if "factor_names" in npz.files else []
            except Exception as exc:  # corrupt members, object arrays refused, ...
                raise DatasetError(f"{path}: cannot read sample file ({exc})") from exc

        check_arrays(images, labels, (3, 4), f"{path}: malformed sample file")
        if len(labels) and labels.max() >= len(spec.class_names):
            raise DatasetError(
                f"{path}: malformed sample file, label {labels.max()} out of range for "
                f"{len(spec.class_names)} classes"
            )
        return ImageDataset(
            fit_images(images, image_shape),
            labels.astype(np.int64),
            spec.class_names,
            name=spec.name,
            source=path,
            factors=factors,
            factor_names=factor_names if factors is not None else (),
        )


class InMemorySample:
    """A sample held in memory (synthetic data, data built by a plug-in or a test).

    Parameters
    ----------
    images : numpy.ndarray
        ``uint8`` grey ``(N, H, W)`` or ``(N, C, H, W)``.
    labels : numpy.ndarray
        Integer labels ``(N,)``.
    """

    def __init__(self, images: Any, labels: Any) -> None:
        self.images = images
        self.labels = labels

    def available(self, spec: "DatasetSpec") -> bool:
        return True

    def load(self, spec: "DatasetSpec", image_shape: tuple[int, int, int]) -> "ImageDataset":
        import numpy as np

        from latentlab.core.datasets.container import ImageDataset, fit_images

        shape = check_image_shape(image_shape)
        return ImageDataset(fit_images(np.asarray(self.images), shape), np.asarray(self.labels),
                            spec.class_names, name=spec.name)
