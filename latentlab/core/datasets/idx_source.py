"""How a dataset kept as MNIST-style IDX files declares them (:class:`IdxSource`), and finding them.

This module needs neither numpy nor torch, so dataset declarations stay cheap to import; the
reading happens in :mod:`latentlab.core.datasets.idx`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from latentlab.core.datasets.base import SPLITS, DatasetError, PathLike
from latentlab.core.datasets.registry import get

if TYPE_CHECKING:
    from latentlab.core.datasets.container import ImageDataset
    from latentlab.core.datasets.registry import DatasetSpec

__all__ = ["IDX_FILES", "IdxSource", "find_dataset"]

#: ``split -> (images file, labels file)`` as MNIST names them (gzipped; plain names work too).
IDX_FILES: Mapping[str, tuple[str, str]] = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}


@dataclass(frozen=True)
class IdxSource:
    """The loader of a dataset kept as MNIST-style IDX files.

    Attributes
    ----------
    torchvision_class : str
        Name of the ``torchvision.datasets`` class that can download it.
    debian_package : str or None
        Debian package that installs it under ``/usr/share/datasets``, if there is one.
    files : mapping
        ``split -> (images file, labels file)``, gzipped names; the un-gzipped names
        (without ``.gz``) are accepted too.
    version : str
        The release the files come from, recorded on model cards with their SHA-256s.
    """

    torchvision_class: str
    debian_package: str | None = None
    files: Mapping[str, tuple[str, str]] = field(default_factory=lambda: IDX_FILES)
    version: str = ""

    def all_files(self, split: str | None = None) -> list[str]:
        """Gzipped file names for one split, or for all splits when `split` is None."""
        splits = SPLITS if split is None else (split,)
        return [f for s in splits for f in self.files[s]]

    def load(self, spec: "DatasetSpec", split: str, data_dir: PathLike | None,
             image_shape: tuple[int, int, int], download: bool) -> "ImageDataset":
        """Find (:func:`find_dataset`) and read the split, fitted to `image_shape`."""
        # Lazy: numpy and torch only when data is read.
        from latentlab.core.datasets.idx import load_split

        return load_split(spec, self, split, data_dir, image_shape, download)


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
        A registered dataset kept as IDX files (``"mnist"`` or ``"fashion-mnist"``).
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
        If `name` or `split` is unknown, or the dataset is not kept as IDX files.
    """
    spec = get(name)
    if not isinstance(spec.source, IdxSource):
        raise DatasetError(f"the {spec.title} dataset is not kept as IDX files")
    from latentlab.core.datasets.idx import find_files

    return find_files(spec, spec.source, data_dir, split, download)
