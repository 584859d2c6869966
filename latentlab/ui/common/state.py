"""The explorer's single source of truth: which model, which point, which basis, which bookmarks.

Widgets read this state and write their part of it; they never talk to each other. Every
change is announced by a signal, and the controller turns "the point changed" into a render
request. Only numpy lives here: seeds become latents through :func:`latentlab.core.latent.seed_latents`,
imported when first needed so that importing the UI stays light.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

#: Basis keys in menu order.
BASES = ("raw", "pca", "class", "attribute")
#: Basis titles as source text; show them with ``basis_title(key)`` (context "basis").
BASIS_TITLES = {
    "raw": QT_TRANSLATE_NOOP("basis", "Raw axes"),
    "pca": QT_TRANSLATE_NOOP("basis", "Principal directions"),
    "class": QT_TRANSLATE_NOOP("basis", "Class directions"),
    "attribute": QT_TRANSLATE_NOOP("basis", "Attribute directions"),
}


def basis_title(key: str) -> str:
    """The basis ``key``'s title in the UI language."""
    return QCoreApplication.translate("basis", BASIS_TITLES[key])


@dataclass
class ModelSummary:
    """What the UI needs to know about the open model (filled in by the loader, off the GUI thread)."""

    path: str
    name: str
    kind: str
    latent_dim: int
    image_shape: tuple[int, int, int]
    class_names: list[str] = field(default_factory=list)
    dataset: str | None = None
    has_encoder: bool = False
    device: str = "cpu"  # human-readable name of where it runs
    device_spec: str = "auto"  # what was asked for (the renderer's cache key)
    info: Any = None  # latentlab.core.zoo.ModelInfo (card, params, size…)
    #: basis key → None when available, else a plain-words reason why not
    basis_unavailable: dict[str, str | None] = field(default_factory=dict)
    load_ms: float = 0.0
    notes: list[str] = field(default_factory=list)  # warnings met while loading (e.g. device fallback)
    family: Any = None  # latentlab.core.families.Family: title, description, capabilities

    @property
    def conditional(self) -> bool:
        return bool(self.class_names)

    @property
    def truncates(self) -> bool:
        """Sampled like a GAN: the truncation trick applies (the family says so)."""
        return self.family is not None and self.family.capabilities.truncation


@dataclass
class Basis:
    """A set of directions the sliders move along.

    ``directions`` is (K, D) with unit rows, or None for the raw axes (the identity).
    ``names`` label the sliders; ``tips`` explain them. A fitted basis also keeps
    ``extra["texts"]``, a callable that writes ``(tips, source)`` again from the untranslated
    values it was fitted with, so :meth:`texts` can follow a language switch; ``extra["source"]``
    is what the directions were fitted on ("2,000 encoded mnist images").
    """

    key: str
    names: list[str]
    directions: np.ndarray | None = None
    tips: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.names)

    def texts(self) -> tuple[list[str], str]:
        """The directions' tips and what they were fitted on, in the UI language now.

        Returns
        -------
        tips : list of str
            One per direction (may be shorter than :attr:`names`).
        source : str
            What the directions were fitted on, or "" (the raw axes).

        Notes
        -----
        The texts are written in the language of the moment they are built; when the basis keeps
        ``extra["texts"]`` and the language has changed since, they are written again (and
        :attr:`tips` and ``extra["source"]`` updated, so every reader sees the new language).
        """
        # imported here: state is imported by everything, i18n pulls in more of Qt
        from latentlab.ui.common.i18n import current_language

        make = self.extra.get("texts")
        if callable(make):
            lang = current_language()
            if self.extra.get("texts_language") != lang:
                tips, source = make()
                self.tips = list(tips)
                self.extra["source"] = source
                self.extra["texts_language"] = lang
        return self.tips, str(self.extra.get("source") or "")

    @staticmethod
    def raw(dim: int) -> "Basis":
        def texts() -> tuple[list[str], str]:
            tip = QCoreApplication.translate("basis", "Latent coordinate {i}, in standard deviations of the prior")
            return [tip.format(i=i) for i in range(dim)], ""

        tips, _ = texts()
        return Basis("raw", [f"z{i}" for i in range(dim)], tips=tips, extra={"texts": texts})


@dataclass
class Bookmark:
    """A named point: model file, latent, class, and where it came from."""

    name: str
    model_path: str
    model_name: str
    z: list[float]
    label: int | None = None
    seed: int | None = None
    truncation: float = 1.0
    created: float = field(default_factory=time.time)
    thumb: Any = field(default=None, repr=False, compare=False)  # uint8 frame, not saved

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "model": {"path": self.model_path, "name": self.model_name},
                "z": [float(v) for v in self.z], "label": self.label, "seed": self.seed,
                "truncation": float(self.truncation), "created": self.created}

    @staticmethod
    def from_json(data: dict[str, Any]) -> "Bookmark":
        model = data.get("model") or {}
        z = data["z"]
        if not isinstance(z, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in z):
            raise ValueError("bookmark z must be a list of numbers")
        label = data.get("label")
        seed = data.get("seed")
        # float() of a 400-digit integer raises OverflowError and 1e999 reads as inf: both would
        # break drawing or saving later, so a bookmark holding them is refused here.
        values = [float(v) for v in z]
        truncation = float(data.get("truncation", 1.0))
        created = float(data.get("created", time.time()))
        if not all(math.isfinite(v) for v in [*values, truncation, created]):
            raise ValueError("bookmark numbers must be finite")
        return Bookmark(name=str(data.get("name") or "bookmark"), model_path=str(model.get("path", "")),
                        model_name=str(model.get("name", "")), z=values,
                        label=int(label) if isinstance(label, int) else None,
                        seed=int(seed) if isinstance(seed, int) else None,
                        truncation=truncation, created=created)


class ExplorerState(QObject):
    """Current model, point (base + coefficients along a basis), class, seed, truncation,
    bookmarks and device, with one signal per kind of change."""

    modelChanged = Signal(object)  # ModelSummary | None
    modelUpdated = Signal(object)  # same model, new facts (e.g. it moved to another device)
    #: the latent moved; argument: list of changed coefficient indices, or None for "all"
    latentChanged = Signal(object)
    basisChanged = Signal(object)  # Basis
    labelChanged = Signal(int)
    seedChanged = Signal(int)
    truncationChanged = Signal(float)
    bookmarksChanged = Signal()
    deviceChanged = Signal(str)
    sliderRangeChanged = Signal(float)
    gridChanged = Signal()
    exportScaleChanged = Signal(int)
    exportSizeChanged = Signal()  # export_size or export_upscaling
    modelsListed = Signal()  # available_models / scan_problems changed
    recentChanged = Signal()
    # requests that need the worker; the controller answers them
    openRequested = Signal(str)
    basisRequested = Signal(str, object)  # key, options (e.g. {"src": 3})
    recallRequested = Signal(object)  # Bookmark (its model may need opening first)
    busyChanged = Signal(str)  # what the worker is busy with, "" when done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model: ModelSummary | None = None
        self.basis: Basis = Basis("raw", [])
        self._base = np.zeros(0, np.float32)
        self._coeffs = np.zeros(0, np.float32)
        self._z = np.zeros(0, np.float32)
        self.label = 0
        self.seed = 0
        self.truncation = 1.0
        self.device = "auto"
        self.slider_range = 3.0
        self.bookmarks: list[Bookmark] = []
        self.grid_seed = 0
        self.export_scale = 4  # ×1–×16 for grids and paths
        #: the longer side of an exported or copied image, in pixels: slide-ready by default
        self.export_size = 512
        self.export_upscaling = "pixelated"  # or "smooth" (core.export.UPSCALING)
        self.grid_size = 4
        self.available_models: list[Any] = []  # zoo.ModelInfo of generators
        self.scan_problems: list[str] = []
        self.recent_files: list[str] = []
        #: True while the point is exactly the sample of ``seed`` (so truncation can re-draw it)
        self.from_seed = False

    @staticmethod
    def seed_to_latent(seed: int, dim: int, truncation: float) -> np.ndarray:
        """The latent (D,) float32 of ``seed``: the same numbers as the command line and the sidecars."""
        from latentlab.core.latent import seed_latents  # torch: not needed to import the UI

        return seed_latents([seed], dim, truncation)[0]

    # --- model -----------------------------------------------------------------------------
    def set_model(self, model: ModelSummary | None, z: np.ndarray | None = None) -> None:
        """Switch model; the point becomes ``z`` (or the origin) in the raw basis."""
        self.model = model
        dim = model.latent_dim if model else 0
        self.basis = Basis.raw(dim)
        self._base = np.zeros(dim, np.float32)
        self._coeffs = np.zeros(dim, np.float32)
        self._z = np.zeros(dim, np.float32)
        if model and self.label >= max(1, len(model.class_names)):
            self.label = 0
        self.from_seed = False
        self.modelChanged.emit(model)
        self.basisChanged.emit(self.basis)
        if z is not None:
            self.set_z(z)
        else:
            self.latentChanged.emit(None)

    # --- the point -------------------------------------------------------------------------
    @property
    def dim(self) -> int:
        return self._z.shape[0]

    @property
    def z(self) -> np.ndarray:
        """The current latent (D,) float32 (a copy: changing it does not move the point)."""
        return self._z.copy()

    @property
    def coefficients(self) -> np.ndarray:
        return self._coeffs.copy()

    @property
    def base(self) -> np.ndarray:
        return self._base.copy()

    def _recompute(self) -> None:
        if self.basis.directions is None:
            self._z = (self._base + self._coeffs).astype(np.float32)
        else:
            self._z = (self._base + self._coeffs @ self.basis.directions).astype(np.float32)

    def set_coefficient(self, index: int, value: float) -> None:
        """Move along one slider's direction (in prior standard deviations)."""
        if not 0 <= index < self._coeffs.shape[0]:
            return
        value = float(value)
        if self._coeffs[index] == np.float32(value):
            return
        self._coeffs[index] = value
        self._recompute()
        self.from_seed = False
        self.latentChanged.emit([index])

    def set_coefficients(self, values: np.ndarray) -> None:
        values = np.asarray(values, np.float32).reshape(-1)
        if values.shape != self._coeffs.shape:
            raise ValueError(f"expected {self._coeffs.shape[0]} coefficients, got {values.shape[0]}")
        self._coeffs = values.copy()
        self._recompute()
        self.from_seed = False
        self.latentChanged.emit(None)

    def set_z(self, z: Any, seed: int | None = None) -> None:
        """Jump to latent ``z``: it becomes the base point, and the sliders read 0 in a non-raw basis."""
        z = np.asarray(z, np.float32).reshape(-1)
        if z.shape[0] != self.dim:
            raise ValueError(f"latent has {z.shape[0]} values; this model needs {self.dim}")
        if not np.isfinite(z).all():
            raise ValueError("latent contains NaN or infinite values")
        if self.basis.directions is None:
            self._base = np.zeros_like(z)
            self._coeffs = z.copy()
        else:
            self._base = z.copy()
            self._coeffs = np.zeros(self.basis.size, np.float32)
        self._recompute()
        self.from_seed = seed is not None
        if seed is not None and seed != self.seed:
            self.seed = int(seed)
            self.seedChanged.emit(self.seed)
        self.latentChanged.emit(None)

    def reset(self) -> None:
        """Back to the origin (the prior's mean)."""
        if self.model is None:
            return
        self.set_z(np.zeros(self.dim, np.float32))

    def randomize(self, seed: int | None = None) -> int:
        """Draw the point from the prior with ``seed`` (a fresh random seed when None)."""
        if seed is None:
            seed = int(np.random.default_rng().integers(0, 2**31 - 1))
        seed = int(seed)
        if self.model is not None:
            z = self.seed_to_latent(seed, self.dim, self.truncation)
            self.set_z(z, seed=seed)
        if seed != self.seed:
            self.seed = seed
            self.seedChanged.emit(seed)
        return seed

    # --- basis -----------------------------------------------------------------------------
    def set_basis(self, basis: Basis) -> None:
        """Sliders now move along ``basis``; the current point becomes its base (sliders at 0)."""
        z = self._z.copy()
        self.basis = basis
        if basis.directions is None:
            self._base = np.zeros_like(z)
            self._coeffs = z
        else:
            d = np.asarray(basis.directions, np.float32)
            if d.ndim != 2 or d.shape[1] != self.dim:
                raise ValueError(f"basis directions have shape {d.shape}; expected (K, {self.dim})")
            basis.directions = d
            self._base = z
            self._coeffs = np.zeros(d.shape[0], np.float32)
        self._recompute()
        self.basisChanged.emit(basis)
        self.latentChanged.emit(None)

    # --- other settings ---------------------------------------------------------------------
    def set_label(self, label: int) -> None:
        label = int(label)
        if label != self.label:
            self.label = label
            self.labelChanged.emit(label)

    def set_seed(self, seed: int) -> None:
        """Show the sample of ``seed`` (same as randomize with that seed)."""
        self.randomize(int(seed))

    def set_truncation(self, psi: float) -> None:
        psi = float(psi)
        if abs(psi - self.truncation) < 1e-9:
            return
        self.truncation = psi
        self.truncationChanged.emit(psi)
        if self.from_seed and self.model is not None:
            self.set_z(self.seed_to_latent(self.seed, self.dim, psi), seed=self.seed)

    def set_device(self, device: str) -> None:
        if device != self.device:
            self.device = device
            self.deviceChanged.emit(device)

    def set_slider_range(self, r: float) -> None:
        r = float(r)
        if r != self.slider_range:
            self.slider_range = r
            self.sliderRangeChanged.emit(r)

    def set_grid(self, seed: int | None = None, size: int | None = None) -> None:
        changed = False
        if seed is not None and int(seed) != self.grid_seed:
            self.grid_seed, changed = int(seed), True
        if size is not None and int(size) != self.grid_size:
            self.grid_size, changed = int(size), True
        if changed:
            self.gridChanged.emit()

    def set_export_scale(self, scale: int) -> None:
        scale = max(1, min(16, int(scale)))
        if scale != self.export_scale:
            self.export_scale = scale
            self.exportScaleChanged.emit(scale)

    def set_export_size(self, size: int | None = None, upscaling: str | None = None) -> None:
        """The exported image's longer side (64–4096 px) and its upscaling ("smooth" or "pixelated")."""
        changed = False
        if size is not None and max(64, min(4096, int(size))) != self.export_size:
            self.export_size, changed = max(64, min(4096, int(size))), True
        if upscaling is not None and upscaling != self.export_upscaling:
            self.export_upscaling, changed = str(upscaling), True
        if changed:
            self.exportSizeChanged.emit()

    # --- requests answered by the controller ------------------------------------------------
    def request_open(self, path: str) -> None:
        """Ask for a model (name or file) to be opened; the current one stays until it has loaded."""
        self.openRequested.emit(str(path))

    def request_basis(self, key: str, options: dict[str, Any] | None = None) -> None:
        self.basisRequested.emit(key, dict(options or {}))

    def recall_bookmark(self, bookmark: "Bookmark") -> None:
        self.recallRequested.emit(bookmark)

    def set_available_models(self, infos: list[Any], problems: list[str]) -> None:
        self.available_models = list(infos)
        self.scan_problems = list(problems)
        self.modelsListed.emit()

    def set_recent_files(self, files: list[str]) -> None:
        self.recent_files = list(files)
        self.recentChanged.emit()

    # --- bookmarks --------------------------------------------------------------------------
    def current_labels(self) -> list[int] | None:
        return [self.label] if self.model is not None and self.model.conditional else None

    def make_bookmark(self, name: str) -> Bookmark:
        if self.model is None:
            raise ValueError("open a model first")
        return Bookmark(name=name, model_path=self.model.path, model_name=self.model.name,
                        z=[float(v) for v in self._z], label=self.label if self.model.conditional else None,
                        seed=self.seed if self.from_seed else None, truncation=self.truncation)

    def add_bookmark(self, bookmark: Bookmark) -> None:
        self.bookmarks.append(bookmark)
        self.bookmarksChanged.emit()

    def remove_bookmark(self, index: int) -> None:
        if 0 <= index < len(self.bookmarks):
            del self.bookmarks[index]
            self.bookmarksChanged.emit()

    def rename_bookmark(self, index: int, name: str) -> None:
        if 0 <= index < len(self.bookmarks) and name and name != self.bookmarks[index].name:
            self.bookmarks[index].name = name
            self.bookmarksChanged.emit()

    def set_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        self.bookmarks = list(bookmarks)
        self.bookmarksChanged.emit()

    def default_bookmark_name(self) -> str:
        used = {b.name for b in self.bookmarks}
        n = len(self.bookmarks) + 1
        while self.tr("Point {n}").format(n=n) in used:
            n += 1
        return self.tr("Point {n}").format(n=n)

    # --- posterior bands (encode panel → raw-axes sliders) --------------------------------------
    #: (mean (D,), σ (D,)) of the image last encoded by a VAE, or None; drawn as ±σ bands on the sliders
    bandsChanged = Signal(object)
    bands: tuple[np.ndarray, np.ndarray] | None = None

    def set_bands(self, mean: Any = None, sigma: Any = None) -> None:
        """Show ``mean ± sigma`` (an encoded image's posterior) on the raw-axes sliders; no arguments clears."""
        if mean is None or sigma is None:
            if self.bands is None:
                return
            self.bands = None
        else:
            self.bands = (np.asarray(mean, np.float32).reshape(-1).copy(),
                          np.asarray(sigma, np.float32).reshape(-1).copy())
        self.bandsChanged.emit(self.bands)

