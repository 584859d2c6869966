"""The dataset registry: what each known dataset is, by name.

A :class:`DatasetSpec` declares everything the rest of latentlab asks of a dataset: its image
shape ``(C, H, W)``, its class names, the named image properties (:class:`Factor`) that the
explorer fits attribute directions for, the feature network its metrics embed images with,
how to load it, and the small sample the app shows without the full data.

Adding a dataset is one module that builds its spec (see :mod:`latentlab.core.datasets.mnist`)
and one :func:`register` line in :mod:`latentlab.core.datasets`. A test or a plug-in may
register its own (and :func:`unregister` it again)::

    from latentlab.core import datasets

    toy = datasets.DatasetSpec(
        name="toy-rgb", title="Toy RGB", image_shape=(3, 32, 32), class_names=("dark", "light"),
        factors=(datasets.Factor("brightness", lambda x: x.mean(dim=(1, 2, 3)), "Brighter"),),
        sample=datasets.InMemorySample(images, labels),
    )
    datasets.register(toy)

Declarations import neither numpy nor torch (loaders import them when they read data), so
Qt- and torch-free code such as lesson checking can ask the registry for names, classes and
factors cheaply.

A model names its dataset on its card; a name nobody registered is the user's own data (an
image folder, see :func:`latentlab.core.datasets.image_folder.of_model`).
"""

from __future__ import annotations

import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol, Sequence

from latentlab.core.datasets.base import DatasetError, PathLike, check_image_shape, check_split

if TYPE_CHECKING:
    from latentlab.core.datasets.container import ImageDataset

__all__ = [
    "DataSource",
    "DatasetSpec",
    "Factor",
    "FactorDrawing",
    "SampleSource",
    "UnknownDatasetError",
    "factor_names",
    "find",
    "get",
    "names",
    "register",
    "specs",
    "unregister",
]


class UnknownDatasetError(DatasetError, KeyError):
    """No dataset is registered under a name; the message lists the known ones."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Factor:
    """A named, measurable property of a dataset's images (e.g. MNIST's stroke thickness).

    Attributes
    ----------
    name : str
        The id lessons and the explorer's sliders use, in plain words ("stroke thickness").
    measure : callable
        ``measure(images) -> values``: float images ``(N, C, H, W)`` in ``[0, 1]`` (a torch
        tensor) to one float per image ``(N,)``.
    description : str
        What growing the value looks like, for tooltips.
    range : (float, float) or None
        ``(low, high)`` of a labelled continuous factor's values; None when unknown (measured).
    values : tuple of str
        A categorical factor's value names, its labels being their indices; empty when continuous.
    """

    name: str
    measure: Callable[[Any], Any]
    description: str = ""
    range: tuple[float, float] | None = None
    values: tuple[str, ...] = ()

    @property
    def categorical(self) -> bool:
        """Whether the factor takes one of :attr:`values` (rather than a number)."""
        return bool(self.values)


class DataSource(Protocol):
    """How a dataset's full splits are loaded (e.g. :class:`~latentlab.core.datasets.idx.IdxSource`)."""

    def load(self, spec: "DatasetSpec", split: str, data_dir: PathLike | None,
             image_shape: tuple[int, int, int], download: bool) -> "ImageDataset": ...


class FactorDrawing(Protocol):
    """A dataset that can draw an image from its labelled factors (e.g. faces64's procedural faces).

    With it a factor direction can be compared with the perfect edit: the same face drawn
    again with only that factor changed (:mod:`latentlab.core.reference_edits`).
    """

    def sample(self, n: int, seed: int) -> Any:
        """``n`` factor rows as the data draws them: float32 ``(n, F)``, columns as the spec's factors."""
        ...

    def draw(self, table: Any) -> Any:
        """The images of factor rows ``(N, F)``: uint8 ``(N, C, H, W)`` at the spec's image shape."""
        ...


class SampleSource(Protocol):
    """The small real sample the app shows (e.g. :class:`~latentlab.core.datasets.samples.BundledSample`)."""

    def available(self, spec: "DatasetSpec") -> bool: ...

    def load(self, spec: "DatasetSpec", image_shape: tuple[int, int, int]) -> "ImageDataset": ...


def _classifier_in_models(spec: "DatasetSpec") -> Path | None:
    # Lazy: the model folders are scanned only when a feature network is asked for.
    from latentlab.core import zoo

    return zoo.feature_network(spec.name) if spec.name else None


@dataclass(frozen=True)
class DatasetSpec:
    """One dataset as latentlab knows it.

    Attributes
    ----------
    name : str
        Registry key, stored on model cards and searched for as a folder name.
    title : str
        Human-readable name.
    image_shape : (int, int, int)
        ``(C, H, W)`` of its images.
    class_names : tuple of str
        Class names in label order.
    factors : tuple of Factor
        Measurable image properties; none means no attribute directions.
    source : DataSource or None
        Loader of the full splits; None when only a sample (or nothing) can be loaded.
    sample : SampleSource or None
        The small sample shown in the app and used by the metrics by default.
    find_feature_network : callable
        ``find_feature_network(spec) -> Path or None``: the classifier file whose features the
        metrics use. By default a classifier trained on this dataset among the models.
    aliases : tuple of str
        Other spellings of the name (matched after lower-casing and ``_`` → ``-``).
    drawing : FactorDrawing or None
        How to draw an image from factor values, where the dataset knows (a procedural one);
        None for photographs and scans.
    find_steering_networks : callable
        ``find_steering_networks(spec) -> tuple of Path``: the factor networks whose mean reading
        steers a walk (:mod:`latentlab.core.steering`). By default the feature network alone.
    """

    name: str
    title: str
    image_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    factors: tuple[Factor, ...] = ()
    source: DataSource | None = None
    sample: SampleSource | None = None
    find_feature_network: Callable[["DatasetSpec"], Path | None] = field(
        default=_classifier_in_models, repr=False
    )
    aliases: tuple[str, ...] = ()
    drawing: FactorDrawing | None = None
    find_steering_networks: Callable[["DatasetSpec"], tuple[Path, ...]] = field(
        default=lambda spec: tuple(p for p in (spec.feature_network(),) if p is not None), repr=False
    )

    @property
    def channels(self) -> int:
        """Channel count C of :attr:`image_shape`."""
        return self.image_shape[0]

    @property
    def factor_names(self) -> tuple[str, ...]:
        """Names of :attr:`factors`, in order."""
        return tuple(f.name for f in self.factors)

    def factor(self, name: str) -> Factor:
        """The factor called `name`; :class:`KeyError` naming the known ones if there is none."""
        for f in self.factors:
            if f.name == name:
                return f
        known = ", ".join(self.factor_names) or "none"
        raise KeyError(f"the {self.title} dataset has no factor {name!r} (its factors: {known})")

    def feature_network(self) -> Path | None:
        """The classifier file the metrics embed this dataset's images with, if one is installed."""
        return self.find_feature_network(self)

    def steering_networks(self) -> tuple[Path, ...]:
        """The factor networks that steer walks together (see :mod:`latentlab.core.steering`); may be empty."""
        return tuple(self.find_steering_networks(self))

    def has_sample(self) -> bool:
        """Whether :meth:`load_sample` can succeed."""
        return self.sample is not None and self.sample.available(self)

    def load(self, split: str = "train", data_dir: PathLike | None = None,
             image_shape: Sequence[int] | None = None, *, download: bool = True) -> "ImageDataset":
        """Load a split, fitted to `image_shape` (default: :attr:`image_shape`).

        Raises
        ------
        DatasetNotFoundError
            If the files are in none of the places looked.
        DatasetError
            If the dataset has no loader, `split` is unknown or the files are malformed.
        """
        shape = check_image_shape(self.image_shape if image_shape is None else image_shape)
        check_split(split)
        if self.source is None:
            raise DatasetError(f"latentlab cannot load the {self.title} dataset by name; pass its folder")
        return self.source.load(self, split, data_dir, shape, download)

    def load_sample(self, image_shape: Sequence[int] | None = None) -> "ImageDataset":
        """The small real sample, fitted to `image_shape` (default: :attr:`image_shape`).

        Raises
        ------
        DatasetError
            If the dataset has no sample, or its file is missing or malformed.
        """
        shape = check_image_shape(self.image_shape if image_shape is None else image_shape)
        if self.sample is None:
            raise DatasetError(f"the {self.title} dataset has no sample")
        return self.sample.load(self, shape)


_REGISTRY: dict[str, DatasetSpec] = {}
_ALIASES: dict[str, str] = {}


def _key(name: str) -> str:
    return str(name).strip().lower().replace("_", "-")


def register(spec: DatasetSpec) -> DatasetSpec:
    """Add `spec` under its name and aliases; returns it.

    Raises
    ------
    ValueError
        If the name or an alias is taken.
    """
    check_image_shape(spec.image_shape)
    keys = [_key(spec.name), *(_key(a) for a in spec.aliases)]
    taken = [k for k in keys if k in _REGISTRY or k in _ALIASES]
    if taken:
        raise ValueError(f"dataset name {taken[0]!r} is already registered")
    _REGISTRY[keys[0]] = spec
    for alias in keys[1:]:
        _ALIASES[alias] = keys[0]
    return spec


def unregister(name: str) -> None:
    """Remove the dataset `name` (and its aliases); unknown names are ignored."""
    key = _key(name)
    key = _ALIASES.get(key, key)
    if _REGISTRY.pop(key, None) is not None:
        for alias in [a for a, k in _ALIASES.items() if k == key]:
            del _ALIASES[alias]


def find(name: str | None) -> DatasetSpec | None:
    """The dataset registered as `name` (or an alias of it), or None."""
    if not name:
        return None
    key = _key(name)
    return _REGISTRY.get(_ALIASES.get(key, key))


def get(name: str) -> DatasetSpec:
    """The dataset registered as `name`.

    Raises
    ------
    UnknownDatasetError
        If there is none; the message names the known datasets.
    """
    spec = find(name)
    if spec is None:
        raise UnknownDatasetError(f"unknown dataset {name!r}: known datasets are {', '.join(names())}")
    return spec


def names() -> tuple[str, ...]:
    """Names of the registered datasets, in registration order."""
    return tuple(_REGISTRY)


def factor_names() -> tuple[str, ...]:
    """Every registered dataset's factor names, each once, in registration order.

    For checks that know no model yet (a lesson naming an attribute direction).
    """
    return tuple(dict.fromkeys(f.name for spec in _REGISTRY.values() for f in spec.factors))


def specs() -> Mapping[str, DatasetSpec]:
    """A live, read-only view ``name -> spec`` of the registry."""
    return types.MappingProxyType(_REGISTRY)

