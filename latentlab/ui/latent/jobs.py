"""Work behind the latent map, the encode panel and the path editor (no Qt here).

Plain functions of a :class:`~latentlab.core.render.Renderer` or of a model, like
:mod:`latentlab.ui.common.jobs`: the render worker runs the generator ones (they ``yield`` between
batches so frames requested meanwhile are still drawn), and the background job thread runs the
long GAN inversion. Every result is plain numpy data that is safe to hand to the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QCoreApplication

from latentlab.ui.common.i18n import class_name, fmt
from latentlab.ui.common.jobs import principal_job
from latentlab.ui.common.state import ModelSummary

#: points on the latent map (the bundled data sample has 2,000 images)
MAP_POINTS = 2000
#: most principal components offered as map axes
MAP_COMPONENTS = 32
BATCH = 250
#: frames decoded per batch when rendering a path; the same as core.interpolation.render_path's
#: default, so the app's frames are bit-identical to ``latentlab interpolate --keyframes``
PATH_BATCH = 256


@dataclass
class MapData:
    """Everything the latent map draws for one model.

    ``latents`` (N, D) float32; ``labels`` (N,) int64 with -1 for "no class known";
    ``images`` (N, H, W) or (N, H, W, 3) uint8, shown when hovering; ``components`` (K, D) the
    model's principal directions (:func:`~latentlab.ui.common.jobs.principal_job`, K may be 0)
    with the ``share`` (K,) of the variation each explains.
    """

    model_path: str
    latents: np.ndarray
    labels: np.ndarray
    class_names: list[str]
    images: np.ndarray
    components: np.ndarray
    share: list[float]
    source: str
    kind: str  # "encoded" (VAE encoder means of real images) | "sampled" (prior samples)
    notes: list[str] = field(default_factory=list)
    #: factor name → (N,) float32 value per point: the labels of real images, or what the factor
    #: network reads in samples (a category as its value's index); empty when the dataset has none
    factors: dict[str, np.ndarray] = field(default_factory=dict)
    #: categorical factor name → its value names (a factor not listed here is a number)
    factor_values: dict[str, list[str]] = field(default_factory=dict)
    factors_source: str = ""  # "labels" (drawn with known values) | "read" (by the factor network)


@dataclass
class EncodeResult:
    """A real image's place in latent space (see :class:`latentlab.core.invert.Reconstruction`)."""

    target: np.ndarray  # (H, W) or (H, W, 3) uint8: the image as converted to the model's shape
    recon: np.ndarray  # same shape: the model's redrawing of it
    z: np.ndarray  # (D,) float32
    sigma: np.ndarray | None  # (D,) posterior σ (VAEs)
    error: float  # mean squared pixel error, images in [0, 1]
    method: str  # "encode" | "invert"
    source: str  # "digit.png", "mnist test image #12"
    label: int | None = None
    cancelled: bool = False
    history: list[float] = field(default_factory=list)
    model_path: str = ""


# --- helpers ------------------------------------------------------------------------------------

_samples: dict[tuple[str, tuple[int, int, int]], Any] = {}
_samples_lock = threading.Lock()


def dataset_sample(dataset: str, image_shape: tuple[int, int, int]) -> Any:
    """The real sample of ``dataset`` fitted to ``image_shape`` (cached; may raise DatasetError).

    The dataset's registry entry supplies it, in the channels and size the model draws.
    """
    from latentlab.core.datasets import of_model

    key = (str(dataset), tuple(int(v) for v in image_shape))
    with _samples_lock:
        ds = _samples.get(key)
    if ds is None:
        ds = of_model(dataset, image_shape).load_sample(image_shape)
        with _samples_lock:
            _samples[key] = ds
    return ds


def has_sample(dataset: str | None) -> bool:
    from latentlab.core.datasets import of_model

    try:
        return bool(dataset) and of_model(dataset).has_sample()
    except Exception:  # an odd dataset name: no sample
        return False


def frames_hw(frames: np.ndarray) -> np.ndarray:
    """(N, H, W, 1) → (N, H, W); colour frames stay (N, H, W, 3)."""
    return frames[..., 0] if frames.ndim == 4 and frames.shape[-1] == 1 else frames


def chw_to_hw(image: np.ndarray) -> np.ndarray:
    """uint8 (C, H, W) → (H, W) or (H, W, 3), C-contiguous."""
    return np.ascontiguousarray(image[0] if image.shape[0] == 1 else image.transpose(1, 2, 0))


@contextlib.contextmanager
def _one_thread(torch: Any):
    """Decode on one intra-op thread, then give back the worker's setting.

    Small decoders gain nothing from a second thread, and on a busy two-core machine OpenMP's
    waiting made a 120-frame path ~7× slower with two (250 vs 37 ms). The pixels are the same
    either way (checked bit for bit against the command line, which uses torch's default).
    """
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def _subset(n_total: int, n: int) -> np.ndarray:
    """A fixed, class-balanced-ish subset: the sample is stored class by class."""
    if n >= n_total:
        return np.arange(n_total)
    return np.sort(np.random.default_rng(0).permutation(n_total)[:n])


# --- the latent map -----------------------------------------------------------------------------

def map_points_job(renderer: Any, summary: ModelSummary, n: int = MAP_POINTS,
                   pause: Callable[[], None] | None = None):
    """Generator job: the points of the latent map (returns :class:`MapData`).

    VAEs with a bundled sample of their dataset: the encoder means of its images, coloured by
    the true class. Otherwise (GANs): ``n`` prior samples, decoded and coloured by the class the
    dataset's feature network predicts (unlabelled when there is none). ``pause()`` is called
    before every batch (the app waits there while the explorer is busy drawing frames).
    """
    pause = pause or (lambda: None)
    import torch

    from latentlab.core import latent as L
    from latentlab.core.pixels import to_uint8

    model = renderer.get_model(summary.path, summary.device_spec)
    dim = summary.latent_dim
    notes: list[str] = []
    factors: dict[str, np.ndarray] = {}
    factors_source = ""
    if summary.has_encoder and has_sample(summary.dataset):
        ds = dataset_sample(summary.dataset, summary.image_shape)
        idx = _subset(len(ds), n)
        images = ds.images[idx]  # (N, C, H, W) uint8
        labels = ds.labels[idx]
        mus = []
        for i in range(0, len(idx), BATCH):
            pause()
            x = torch.from_numpy(images[i:i + BATCH]).to(model.device).to(model.dtype) / 255.0
            lab = torch.from_numpy(labels[i:i + BATCH]).to(model.device) if summary.conditional else None
            mu, _ = model.encode(x, lab)
            mus.append(mu.float().cpu())
            yield
        z = torch.cat(mus)
        if ds.factors is not None:
            factors = {name: ds.factors[idx, j].astype(np.float32) for j, name in enumerate(ds.factor_names)}
            factors_source = "labels"
        thumbs = np.ascontiguousarray(images[:, 0] if images.shape[1] == 1 else images.transpose(0, 2, 3, 1))
        class_names = list(ds.class_names)
        kind = "encoded"
        source = fmt(QCoreApplication.translate("LatentJobs", "{n:,} {dataset} test images, encoded (the encoder's means)"),
            n=len(idx), dataset=summary.dataset)
        if summary.conditional:
            notes.append(QCoreApplication.translate("LatentJobs", "This VAE is given the class as an input, so its "
                                                                  "latents need not separate the classes"))
    else:
        z = L.sample_prior(n, dim, seed=0)
        gen = torch.Generator().manual_seed(0)
        given = (torch.randint(0, len(summary.class_names), (n,), generator=gen)
                 if summary.conditional else None)
        frames, decoded = [], []
        for i in range(0, n, BATCH):
            pause()
            lab = given[i:i + BATCH].to(model.device) if given is not None else None
            x = model.decode(z[i:i + BATCH].to(model.device, model.dtype), lab)
            decoded.append(x.float().cpu())
            frames.append(to_uint8(x))
            yield
        thumbs = frames_hw(np.concatenate(frames))
        images_f = torch.cat(decoded)
        kind = "sampled"
        labels = np.full(n, -1, np.int64)
        class_names: list[str] = []
        fnet = _feature_net(renderer, summary)
        if fnet is None:
            notes.append(QCoreApplication.translate("LatentJobs", "Points are not coloured by class: {why}").format(
                why=unclassified_reason(summary)))
        elif tuple(fnet.image_shape) != tuple(summary.image_shape):
            notes.append(QCoreApplication.translate("LatentJobs", "Points are not coloured by class: the {dataset} "
                                                                  "classifier takes {x0} images, the model draws {x1}").format(
                                                                      dataset=summary.dataset, x0=list(fnet.image_shape), x1=list(summary.image_shape)))
        else:
            preds = []
            reads: dict[str, list[np.ndarray]] = {}
            reader = getattr(fnet.classifier, "read", None)  # a factor network also reads every factor
            step = 50  # the classifier is the slow part: small steps let frames (and closing) in between
            for i in range(0, n, step):
                pause()
                _, p = fnet.embed_batch(images_f[i:i + step])
                preds.append(p.argmax(axis=1))
                if reader is not None:
                    for name, v in reader(images_f[i:i + step]).items():
                        reads.setdefault(name, []).append(v.float().cpu().numpy())
                yield
            labels = np.concatenate(preds).astype(np.int64)
            if reads:
                factors = {name: np.concatenate(v).astype(np.float32) for name, v in reads.items()}
                factors_source = "read"
            class_names = list(getattr(fnet.classifier, "class_names", [])) or [
                str(i) for i in range(fnet.num_classes)]
        source = fmt(QCoreApplication.translate("LatentJobs", "{n:,} samples of the prior"), n=n) + (
            QCoreApplication.translate("LatentJobs", ", coloured by the class the classifier sees") if class_names else "")
        if summary.conditional:
            notes.append(QCoreApplication.translate("LatentJobs", "Each sample got a random class as input: in a "
                                                                  "conditional model the class does not come from z, "
                                                                  "so the colours mix"))
    # The PC axes are the explorer's principal directions, with the same percentages.
    comps, share = np.zeros((0, dim), np.float32), []
    if not summary.basis_unavailable.get("pca"):
        found, _source = yield from _with_pauses(principal_job(model, summary), pause)
        comps = found.components[:MAP_COMPONENTS].numpy().astype(np.float32)
        share = found.share[:MAP_COMPONENTS]
    return MapData(summary.path, z.numpy().astype(np.float32), np.asarray(labels, np.int64), class_names,
                   thumbs, comps, share, source, kind, notes, factors, _value_names(summary, factors), factors_source)


def _value_names(summary: ModelSummary, factors: dict[str, np.ndarray]) -> dict[str, list[str]]:
    """The value names of the categorical factors among ``factors``, from the dataset's declaration."""
    if not factors:
        return {}
    from latentlab.core.datasets import of_model

    spec = of_model(summary.dataset, summary.image_shape)
    return {f.name: list(f.values) for f in spec.factors if f.values and f.name in factors}


def _with_pauses(gen: Any, pause: Callable[[], None]):
    """Drive generator job ``gen``, calling ``pause()`` before each of its steps; returns its result."""
    while True:
        pause()
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
        yield


def unclassified_reason(summary: ModelSummary) -> str | None:
    """Why the map's samples of a model without an encoder cannot be coloured by class, or None.

    Cheap (no model is loaded), so the map can say so while the samples are still being drawn.
    """
    if not summary.dataset:
        return QCoreApplication.translate("LatentJobs", "the model does not say which dataset it imitates")
    from latentlab.core.datasets import of_model

    try:
        path = of_model(summary.dataset, summary.image_shape).feature_network()
    except Exception as exc:  # an odd dataset entry: draw the points uncoloured rather than fail
        return QCoreApplication.translate("LatentJobs", "the classifier for {dataset!r} could not be found ({exc})").format(
            dataset=summary.dataset, exc=exc)
    return None if path is not None else QCoreApplication.translate(
        "LatentJobs", "no classifier (feature network) for {dataset!r} is installed").format(dataset=summary.dataset)


def _feature_net(renderer: Any, summary: ModelSummary) -> Any:
    if unclassified_reason(summary) is not None:
        return None
    from latentlab.core.datasets import of_model
    from latentlab.core.metrics import FeatureNet

    path = of_model(summary.dataset, summary.image_shape).feature_network()
    return FeatureNet(renderer.get_model(str(path), summary.device_spec))


def manifold_job(renderer: Any, summary: ModelSummary, latents: np.ndarray, n: int, label: int | None):
    """Generator job: decode an n×n grid of latents (rows from the bottom up) into one mosaic.

    ``latents`` is (n*n, D) with cell (row r from the bottom, column c) at ``r*n + c``. The
    mosaic is uint8 (n*H, n*W[, 3]) laid out for an ImageItem in a y-up plot: row 0 of the
    array is drawn at the bottom, so every tile is stored upside down.
    """
    import torch

    from latentlab.core.pixels import to_uint8

    model = renderer.get_model(summary.path, summary.device_spec)
    z = torch.from_numpy(np.asarray(latents, np.float32))
    labels = None
    if summary.conditional:
        labels = torch.full((z.shape[0],), int(label or 0), dtype=torch.long)
    chunks = []
    with _one_thread(torch):
        for i in range(0, z.shape[0], BATCH):
            torch.set_num_threads(1)  # again after each pause: frames drawn in between set their own
            lab = labels[i:i + BATCH].to(model.device) if labels is not None else None
            chunks.append(to_uint8(model.decode(z[i:i + BATCH].to(model.device, model.dtype), lab)))
            yield
    tiles = np.concatenate(chunks)  # (n*n, H, W, C)
    _, h, w, c = tiles.shape
    grid = tiles.reshape(n, n, h, w, c)[:, :, ::-1]  # flip each tile: y grows upwards in the plot
    mosaic = grid.transpose(0, 2, 1, 3, 4).reshape(n * h, n * w, c)
    return np.ascontiguousarray(mosaic[..., 0] if c == 1 else mosaic)


# --- encoding and inversion ---------------------------------------------------------------------

def load_target(source: Any, summary: ModelSummary) -> tuple[np.ndarray, str, int | None]:
    """The image to encode as uint8 (C, H, W) in the model's shape, a name for it, and its class.

    ``source`` is a file path, raw bytes (dropped image data) or ``("sample", index)`` for an
    image of the bundled dataset sample. Raises DatasetError with a clear message.
    """
    from latentlab.core.datasets import DatasetError, load_image

    if isinstance(source, tuple) and source and source[0] == "sample":
        if not has_sample(summary.dataset):
            raise DatasetError(QCoreApplication.translate("LatentJobs", "there is no bundled sample of the dataset "
                                                                        "{x0!r} to pick an image from; drop an image "
                                                                        "file instead").format(
                                                                            x0=summary.dataset or QCoreApplication.translate("LatentJobs", "(unknown)")))
        ds = dataset_sample(summary.dataset, summary.image_shape)
        i = int(source[1]) % len(ds)
        label = int(ds.labels[i])
        return ds.images[i].copy(), QCoreApplication.translate("LatentJobs", "{dataset} test image #{i} ({x0})").format(
            dataset=summary.dataset, i=i, x0=class_name(ds.class_names[label])), label
    if isinstance(source, (bytes, bytearray, memoryview)):
        return load_image(bytes(source), summary.image_shape), QCoreApplication.translate("LatentJobs", "dropped "
                                                                                                        "image"), None
    path = Path(source)
    if path.is_dir():
        raise DatasetError(QCoreApplication.translate("LatentJobs", "{name}: a folder, not an image file").format(
            name=path.name))
    return load_image(path, summary.image_shape), path.name, None


def encode_job(model: Any, summary: ModelSummary, target: np.ndarray, name: str, label: int | None,
               steps: int = 300, restarts: int = 8,
               progress: Callable[[int, int, float], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> EncodeResult:
    """Encode (VAE) or invert (GAN) ``target`` (uint8 C, H, W) with ``model``; see core.invert."""
    import torch

    from latentlab.core.pixels import to_uint8
    from latentlab.core.invert import reconstruct

    x = torch.from_numpy(np.array(target, dtype=np.float32)) / 255.0  # a writable copy
    if summary.conditional and label is None:
        label = 0
    rec = reconstruct(model, x, label if summary.conditional else None, steps=steps, restarts=restarts,
                      progress=progress, should_stop=should_stop)
    recon = to_uint8(rec.image.unsqueeze(0))[0]
    return EncodeResult(
        target=chw_to_hw(target),
        recon=np.ascontiguousarray(recon[..., 0] if recon.shape[-1] == 1 else recon),
        z=rec.z.detach().float().cpu().numpy().astype(np.float32),
        sigma=None if rec.sigma is None else rec.sigma.float().cpu().numpy().astype(np.float32),
        error=float(rec.error), method=rec.method, source=name,
        label=label if summary.conditional else None, cancelled=bool(rec.cancelled),
        history=list(rec.history), model_path=summary.path)


# --- paths --------------------------------------------------------------------------------------

def path_spec(keyframes: list[tuple[np.ndarray, int | None, str, str]], modes: list[str], frames: list[int],
              model: dict[str, Any] | None = None) -> Any:
    """A core :class:`~latentlab.core.interpolation.PathSpec` from plain keyframe data."""
    import torch

    from latentlab.core.interpolation import Keyframe, PathSpec

    kfs = [Keyframe(torch.from_numpy(np.asarray(z, np.float32).copy()), label, name, source)
           for z, label, name, source in keyframes]
    return PathSpec(kfs, list(modes), [int(n) for n in frames], model)


def path_render_job(renderer: Any, summary: ModelSummary, spec: Any, is_current: Callable[[], bool] = lambda: True):
    """Generator job: (latents (F, D) float32, frames (F, H, W[, 3]) uint8, keyframe indices).

    Decodes through :func:`latentlab.core.interpolation.decode_path` (same batches, same
    conversion), so the frames equal what ``latentlab interpolate --keyframes`` writes. Returns
    None early when ``is_current()`` says a newer path replaced this one.
    """
    import torch

    from latentlab.core.interpolation import decode_path

    model = renderer.get_model(summary.path, summary.device_spec)
    steps = decode_path(model, spec, PATH_BATCH, default_label=0)
    with _one_thread(torch):
        while True:
            if not is_current():
                return None
            torch.set_num_threads(1)  # again after each pause: frames drawn in between set their own
            try:
                next(steps)
            except StopIteration as done:
                z, frames = done.value
                break
            yield
    return z.numpy().astype(np.float32), frames_hw(frames), spec.keyframe_frames()



class NoFactorNetwork(ValueError):
    """The model's dataset has no factor network to steer a sweep with."""


def steered_sweep_job(renderer: Any, summary: ModelSummary, centre: np.ndarray, name: str, vector: np.ndarray,
                      span: float, steps: int = 13):
    """Generator job: a sweep through `centre` along a named factor direction, steered by the factor networks.

    The dataset's steering networks steer by their mean reading (faces64: faces64-factors and
    faces64-steer, see :meth:`~latentlab.core.datasets.DatasetSpec.steering_networks`).

    ``vector`` is the direction (any length; its non-zero entries are the dimensions that move),
    ``span`` how far each way in prior standard deviations. Returns the (steps, D) float32 latents
    of the walk (:func:`latentlab.core.steering.steered_walk`, centred on the point), or raises
    :class:`NoFactorNetwork` when the dataset has none (a measured factor of digits, say).
    """
    import torch

    from latentlab.core import directions as D
    from latentlab.core.datasets import of_model
    from latentlab.core.steering import steered_walk_job

    spec = of_model(summary.dataset, summary.image_shape)
    nets = [renderer.get_model(str(p), summary.device_spec) for p in spec.steering_networks()]
    nets = [n for n in nets if hasattr(n, "outputs") and hasattr(n, "layout")]
    if not nets or any(list(n.layout) != list(nets[0].layout) for n in nets):
        raise NoFactorNetwork(QCoreApplication.translate(
            "LatentJobs", "{dataset} has no factor network to steer by").format(dataset=summary.dataset or "?"))
    net = nets[0]
    wanted = D.targets(net.layout, {f.name: f.values for f in spec.factors if f.values})
    if name not in {t.name for t in wanted}:
        raise NoFactorNetwork(QCoreApplication.translate(
            "LatentJobs", "the factor network does not read {name}").format(name=class_name(name)))
    model = renderer.get_model(summary.path, summary.device_spec)
    v = torch.as_tensor(np.asarray(vector, dtype=np.float32))
    dims = tuple(int(i) for i in torch.nonzero(v).flatten())
    direction = D.FactorDirection(name, v / v.norm().clamp_min(1e-12), 1.0, dims, float("nan"))
    with _one_thread(torch):
        walk = yield from steered_walk_job(model, nets, wanted, torch.as_tensor(np.asarray(centre, np.float32)),
                                           direction, span=float(span), steps=steps, project=False)
    return walk.numpy().astype(np.float32)
