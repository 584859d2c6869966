"""Work behind the compare view: plain functions of plain data, no Qt (like :mod:`latentlab.ui.common.jobs`).

Some run in the render worker (loading a pane's model, fitting its principal directions), the
long ones on a :class:`~latentlab.ui.common.background.Job` thread with ``progress`` and
``should_stop`` hooks (encoding / inverting real pictures, measuring a model, drawing the
figure). The long ones load their own copy of each model, so they never touch the networks the
render worker is drawing with.

What a pane shows is defined here, so tests and the figure agree with the screen:

* same seed: pane ``i`` shows ``to_uint8(model.decode(model.sample_latent(n, seed)))`` with
  ``n = 1`` (one image) or ``n = N*N`` (grid mode) — exactly what
  :func:`latentlab.core.evidence.same_seed_samples` (and so ``latentlab compare``) draws;
* the principal-direction sliders add ``coefficients @ directions`` to those latents;
* interpolation: each pane's own latents of the two end pictures (VAEs encode them, GANs invert
  them) or of the lesson's seeds, joined by :func:`latentlab.core.latent.keyframe_path`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.state import ModelSummary


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    models: tuple[str, ...]
    tip: str


PRESETS: tuple[Preset, ...] = (
    # titles and tips are source text (the view translates them in the context "CompareView")
    Preset("mnist", QT_TRANSLATE_NOOP("CompareView", "MNIST: VAE | GAN"), ("mnist-vae", "mnist-gan"),
           QT_TRANSLATE_NOOP("CompareView", "The classic pair: a VAE and a GAN trained on the same handwritten digits")),
    Preset("mnist-conditional", QT_TRANSLATE_NOOP("CompareView", "MNIST: CVAE | cGAN"), ("mnist-cvae", "mnist-cgan"),
           QT_TRANSLATE_NOOP("CompareView", "Conditional versions: both are told which digit to draw (pick it with "
                                            "Class)")),
    Preset("fashion-mnist", QT_TRANSLATE_NOOP("CompareView", "Fashion-MNIST: VAE | GAN"),
           ("fashion-mnist-vae", "fashion-mnist-gan"),
           QT_TRANSLATE_NOOP("CompareView", "A VAE and a GAN trained on small pictures of clothes")),
)
DEFAULT_MODELS: tuple[str, ...] = PRESETS[0].models
MIN_PANES, MAX_PANES = 2, 4
#: linked principal-direction sliders (each pane adds coefficient x its own component)
PC_COUNT = 5
#: optimisation steps of each GAN inversion (the same default as ``latentlab compare``)
INVERT_STEPS = 200
#: real pictures in the reconstruction row (``latentlab compare --recon`` default)
RECON_COUNT = 4
#: frames of an interpolation between two pictures
PATH_FRAMES = 33
MAX_GRID = 8


class JobCancelled(Exception):
    """A background job stopped because it was asked to."""


# --------------------------------------------------------------------------------------------
# models
# --------------------------------------------------------------------------------------------


def comparable(model: Any) -> bool:
    """Whether the compare view shows ``model`` (a ModelInfo or ModelSummary): its family says."""
    from latentlab.core.families import maybe_family_of

    family = getattr(model, "family", None) or maybe_family_of(model)
    return family is not None and family.capabilities.compared


def installed_names() -> set[str]:
    """Names of the installed generators (bundled and user), for the preset buttons."""
    from latentlab.core.zoo import list_models

    return {i.name for i in list_models(include_classifiers=False) if comparable(i)}


def load_pane(renderer: Any, target: str, device: str) -> tuple[ModelSummary, dict[str, Any]]:
    """Load a pane's model in the render worker: its summary and model card.

    Raises for a model whose family the compare view does not show (or that cannot be read);
    the message names the file.
    """
    from latentlab.core.zoo import find_model
    from latentlab.ui.common import jobs

    path = find_model(target)
    summary = jobs.load_model_job(renderer, str(path), device)
    if not comparable(summary):
        renderer.evict(summary.path)
        title = summary.family.title if summary.family is not None else summary.kind
        raise ValueError(f"{Path(path).name} is a {title} model: the compare view does not show it")
    model = renderer.get_model(summary.path, device)
    card = dict(summary.info.card) if summary.info is not None and summary.info.card else {}
    if not card:
        card = dict(getattr(model, "card", None) or {})
    card.setdefault("kind", summary.kind)
    card.setdefault("class_names", list(summary.class_names))
    if not card.get("dataset") and summary.dataset:
        card["dataset"] = summary.dataset
    card.setdefault("config", {"image_shape": list(summary.image_shape), "latent_dim": summary.latent_dim})
    return summary, card


def read_card(path: str) -> dict[str, Any]:
    from latentlab.core.checkpoint import read_card as _read

    return _read(path)


def principal_directions(renderer: Any, summary: ModelSummary, k: int = PC_COUNT):
    """Generator job: the pane's first ``k`` principal directions, (k', D) float32 (k' <= k).

    GANs: PCA of latents sampled from the prior; VAEs: PCA of the encoded bundled data sample
    (the same fit as the explorer's "principal directions" basis). Returns (directions, source).
    """
    from latentlab.ui.common import jobs

    basis = yield from jobs.basis_job(renderer, summary, "pca")
    dirs = np.asarray(basis.directions, np.float32)[:k]
    return np.ascontiguousarray(dirs), str(basis.extra.get("source", ""))


# --------------------------------------------------------------------------------------------
# latents
# --------------------------------------------------------------------------------------------


def prior_latents(seed: int, n: int, dim: int) -> np.ndarray:
    """``model.sample_latent(n, seed)`` as float32 (n, dim): the same draw on every device."""
    from latentlab.core.latent import sample_prior

    return sample_prior(int(n), int(dim), seed=int(seed)).numpy().astype(np.float32, copy=False)


def class_index(summary: ModelSummary, label: int | str | None) -> int | None:
    """``label`` (index or class name) as this model's class index; None = classes in turn
    (also for a label that is not one of its classes: the panes show what they can)."""
    from latentlab.core.labels import LabelError
    from latentlab.core.labels import class_index as resolve

    if label is None or not summary.conditional:
        return None
    try:
        return resolve(label, summary.class_names)
    except LabelError:
        return None


def sample_labels(summary: ModelSummary, n: int, label: int | str | None) -> list[int] | None:
    """Classes of ``n`` samples for a conditional model (None for the others).

    One class for all when ``label`` is one of its classes, else classes in turn 0, 1, … as in
    :func:`latentlab.core.evidence.same_seed_samples`.
    """
    if not summary.conditional:
        return None
    k = class_index(summary, label)
    if k is None:
        return [i % len(summary.class_names) for i in range(n)]
    return [k] * n


def with_offset(z: np.ndarray, coefficients: np.ndarray | None, directions: np.ndarray | None) -> np.ndarray:
    """``z + coefficients @ directions`` (z untouched when every coefficient is 0)."""
    if coefficients is None or directions is None or not len(directions):
        return z
    c = np.asarray(coefficients, np.float32)[: directions.shape[0]]
    if not np.any(c):
        return z
    return (z + c @ directions[: c.shape[0]]).astype(np.float32)


def path_latents(keys: np.ndarray, frames: int | Sequence[int], modes: str | Sequence[str]) -> np.ndarray:
    """(F, D) latents through the keyframes ``keys`` (K, D): :func:`latentlab.core.latent.keyframe_path`.

    ``frames`` is frames per segment (as in a lesson's ``path.frames``).
    """
    import torch

    from latentlab.core.latent import keyframe_path

    out = keyframe_path(torch.as_tensor(np.asarray(keys, np.float32)), frames, modes)
    return np.ascontiguousarray(out.numpy().astype(np.float32))


def seed_keys(seeds: Sequence[int], dim: int) -> np.ndarray:
    """(K, D): the prior draw of each seed, the explorer's point of that seed."""
    from latentlab.core.latent import seed_latents

    return seed_latents(seeds, dim)


def path_labels(summary: ModelSummary, frames: int, end_labels: Sequence[int] | None,
                label: int | str | None) -> list[int] | None:
    """Classes along a path for a conditional model: the end pictures' classes (first half,
    second half), else the chosen class (class 0 when classes are "in turn")."""
    if not summary.conditional:
        return None
    if end_labels is not None and len(end_labels) == 2:
        k = len(summary.class_names)
        a, b = (int(v) if 0 <= int(v) < k else 0 for v in end_labels)
        half = (frames + 1) // 2
        return [a] * half + [b] * (frames - half)
    k = class_index(summary, label)
    return [k if k is not None else 0] * frames


# --------------------------------------------------------------------------------------------
# real pictures
# --------------------------------------------------------------------------------------------


@dataclass
class Pictures:
    """Real pictures from a dataset's bundled test sample."""

    dataset: str
    indices: list[int]
    images: np.ndarray  # (k, C, H, W) float32 in [0, 1]
    labels: list[int]
    class_names: list[str]

    @property
    def keys(self) -> list[str]:
        return [f"{self.dataset}:{i}" for i in self.indices]

    @property
    def shape(self) -> tuple[int, int, int]:
        return tuple(int(v) for v in self.images.shape[1:])  # type: ignore[return-value]

    def frames(self) -> np.ndarray:
        """uint8 (k, H, W, C) for display."""
        return np.ascontiguousarray((np.clip(self.images, 0, 1) * 255).round().astype(np.uint8).transpose(0, 2, 3, 1))

    def describe(self, i: int) -> str:
        lab = self.labels[i]
        name = self.class_names[lab] if 0 <= lab < len(self.class_names) else str(lab)
        return QCoreApplication.translate("Pictures", "{dataset} test image #{x0} ({name})").format(
            dataset=self.dataset, x0=self.indices[i], name=name)


def _sample(dataset: str, image_shape: Sequence[int]):
    from latentlab.core.datasets import load_sample

    return load_sample(dataset, image_shape=tuple(image_shape))


def pictures(dataset: str, image_shape: Sequence[int], indices: Sequence[int]) -> Pictures:
    """The bundled sample's images at ``indices`` (raises DatasetError when there is no sample)."""
    sample = _sample(dataset, image_shape)
    idx = [int(i) % len(sample.labels) for i in indices]
    images = sample.images[idx].astype(np.float32) / 255.0
    return Pictures(sample.name or dataset, idx, images, [int(v) for v in sample.labels[idx]],
                    list(sample.class_names))


def recon_indices(dataset: str, image_shape: Sequence[int], k: int, seed: int) -> list[int]:
    """``k`` sample images, one class after another, drawn with ``seed`` (as ``latentlab compare`` picks)."""
    sample = _sample(dataset, image_shape)
    rng = np.random.default_rng(seed)
    classes = np.unique(sample.labels)
    chosen: list[int] = []
    for i in range(k):
        pool = np.setdiff1d(np.flatnonzero(sample.labels == classes[i % len(classes)]), chosen)
        chosen.append(int(rng.choice(pool)))
    return chosen


def endpoint_indices(dataset: str, image_shape: Sequence[int], seed: int) -> list[int]:
    """Two sample images of different classes, drawn with ``seed``: the default path ends."""
    sample = _sample(dataset, image_shape)
    rng = np.random.default_rng([int(seed), 1])
    a = int(rng.integers(len(sample.labels)))
    others = np.flatnonzero(sample.labels != sample.labels[a])
    b = int(rng.choice(others)) if len(others) else (a + 1) % len(sample.labels)
    return [a, b]


def _load_copy(path: str, device: str) -> Any:
    from latentlab.core.checkpoint import load_model

    return load_model(path, device=device).eval()


def reconstruct_job(targets: Sequence[tuple[str, str] | None], pics: Pictures, steps: int, seed: int,
                    cache: dict[tuple, dict[str, Any]], progress: Callable[[float, str], None],
                    should_stop: Callable[[], bool]) -> dict[str, Any]:
    """Real pictures into each pane's latent space: VAEs encode them, GANs are inverted.

    ``targets``: (model file, device) per pane, None for a pane without a model. ``cache`` maps
    (file, picture key, steps, seed) → entry and is only read here. Returns a dict shaped like
    :func:`latentlab.core.evidence.reconstruction_row` (``originals``, ``labels``, ``models``:
    per pane ``method``, ``steps``, ``images``, ``errors``, ``mean_error``, ``latents``,
    ``problem``) plus ``new_cache`` (the entries computed now).

    Raises
    ------
    JobCancelled
        When ``should_stop()`` turned True.
    """
    import torch

    from latentlab.core.pixels import to_uint8
    from latentlab.core.invert import reconstruct

    x = torch.from_numpy(np.array(pics.images, np.float32, copy=True))
    labels = list(pics.labels)
    keys = pics.keys
    # progress units: an inversion step each, one per encoding
    plan = list(targets)
    total = 0
    loaded: dict[int, Any] = {}
    for i, target in enumerate(plan):
        if target is None:
            continue
        todo = [k for k in keys if (target[0], k, steps, seed) not in cache]
        if not todo:
            continue
        model = _load_copy(*target)
        loaded[i] = model
        total += len(todo) * (1 if getattr(model, "has_encoder", False) else steps)
    done_units = 0
    new_cache: dict[tuple, dict[str, Any]] = {}
    entries: list[dict[str, Any] | None] = []
    for i, target in enumerate(plan):
        if target is None:
            entries.append(None)
            continue
        path = target[0]
        model = loaded.get(i)
        name = Path(path).stem
        has_encoder = bool(getattr(model, "has_encoder", False)) if model is not None else None
        entry: dict[str, Any] = {"method": None, "steps": None, "images": None, "errors": [], "mean_error": None,
                                 "latents": None, "problem": None}
        rec_images, rec_latents, errors = [], [], []
        for j, key in enumerate(keys):
            hit = cache.get((path, key, steps, seed)) or new_cache.get((path, key, steps, seed))
            if hit is None:
                if model is None:
                    model = loaded[i] = _load_copy(*target)
                    has_encoder = bool(getattr(model, "has_encoder", False))
                if tuple(model.image_shape) != tuple(x.shape[1:]):
                    entry["problem"] = (QCoreApplication.translate("CompareJobs", "makes {x0} images; the pictures "
                                                                                  "are {x1}").format(
                                                                                      x0='x'.join(map(str, model.image_shape)), x1='x'.join(map(str, x.shape[1:]))))
                    break
                label = labels[j] if model.conditional else None
                if label is not None and not 0 <= label < model.num_classes:
                    entry["problem"] = QCoreApplication.translate("CompareJobs", "class {label} is not one of its "
                                                                                 "classes 0..{x0}").format(
                                                                                     label=label, x0=model.num_classes - 1)
                    break
                base = done_units

                def step(s: int, n: int, err: float, base=base, j=j) -> None:
                    progress(min(1.0, (base + s) / max(1, total)),
                             fmt(QCoreApplication.translate("CompareJobs", "Inverting picture {x0} of {n} into {name}: "
                                                                       "step {s}/{x1}, error {err:.4f}"),
                                                                           x0=j + 1, n=len(keys), name=name, s=s, x1=n, err=err))

                progress(min(1.0, done_units / max(1, total)),
                         QCoreApplication.translate("CompareJobs", "{x0} picture {x1} of {n} with {name}").format(
                             x0='Encoding' if has_encoder else 'Inverting', x1=j + 1, n=len(keys), name=name))
                try:
                    r = reconstruct(model, x[j], label, steps=steps, seed=seed, progress=step, should_stop=should_stop)
                except (RuntimeError, ValueError, NotImplementedError) as exc:
                    entry["problem"] = QCoreApplication.translate("CompareJobs", "reconstruction failed ({exc})").format(
                        exc=exc)
                    break
                if r.cancelled or should_stop():
                    raise JobCancelled()
                done_units += 1 if has_encoder else steps
                hit = {"method": r.method, "z": r.z.detach().float().cpu().numpy().astype(np.float32),
                       "image": to_uint8(r.image.detach().float().cpu()[None])[0], "error": float(r.error)}
                new_cache[(path, key, steps, seed)] = hit
            entry["method"] = hit["method"]
            rec_images.append(hit["image"])
            rec_latents.append(hit["z"])
            errors.append(hit["error"])
        if entry["problem"] is None and rec_images:
            entry["steps"] = None if entry["method"] == "encode" else int(steps)
            entry["images"] = np.ascontiguousarray(np.stack(rec_images))
            entry["latents"] = torch.as_tensor(np.stack(rec_latents))
            entry["errors"] = errors
            entry["mean_error"] = float(np.mean(errors))
        elif entry["method"] is None and has_encoder is not None:
            entry["method"] = "encode" if has_encoder else "invert"
        entries.append(entry)
    progress(1.0, "done")
    return {"originals": pics.frames(), "labels": labels, "models": entries, "new_cache": new_cache,
            "pictures": pics}


# --------------------------------------------------------------------------------------------
# measuring and drawing
# --------------------------------------------------------------------------------------------


def evaluate_job(path: str, device: str, n: int, seed: int, progress: Callable[[float, str], None],
                 should_stop: Callable[[], bool], write: bool = True) -> dict[str, Any]:
    """Measure one model (:func:`latentlab.core.metrics.evaluate`) and write it into its card.

    Returns ``{"results", "card", "written", "note"}``; ``card`` is the card with the new
    ``metrics.eval`` whether or not it could be written.
    """
    from latentlab.core.checkpoint import update_card
    from latentlab.core.metrics import evaluate

    model = _load_copy(path, device)
    results = evaluate(model, n=int(n), seed=int(seed), progress=progress, should_stop=should_stop)
    results["model"] = Path(path).name
    results["device"] = str(model.device)
    results["date"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    card = dict(getattr(model, "card", None) or {})
    written, note = False, ""
    if not write:
        note = QCoreApplication.translate("CompareJobs", "not written into the model card")
    elif Path(path).suffix.lower() != ".safetensors":
        note = QCoreApplication.translate("CompareJobs", "not written: a TorchScript manifest is not a model card")
    else:
        try:
            card = update_card(path, metrics={"eval": results})
            written = True
            note = QCoreApplication.translate("CompareJobs", "written into the card of {name}").format(
                name=Path(path).name)
        except Exception as exc:  # read-only folder, changed file…: keep the figures for this session
            note = QCoreApplication.translate("CompareJobs", "could not be written into {name} ({exc}); shown for "
                                                             "this session only").format(name=Path(path).name, exc=exc)
    if not written:
        metrics = dict(card.get("metrics") or {})
        metrics["eval"] = results
        card["metrics"] = metrics
    return {"results": results, "card": card, "written": written, "note": note}


def figure_job(panes: Sequence[tuple[str, str]], device: str, seed: int, n: int, label: int | str | None,
               pics: Pictures | None, invert_steps: int, width: int, out: str, skipped: Sequence[str],
               progress: Callable[[float, str], None], should_stop: Callable[[], bool],
               lang: str = "en") -> dict[str, Any]:
    """Draw the comparison with :func:`latentlab.core.evidence.render_figure` and save it with a sidecar.

    ``panes``: (name, file) of each pane whose model loaded, in pane order. The figure and the
    sidecar are the ones ``latentlab compare --lang LANG`` writes for the same models and settings
    (``lang``: the UI language, read on the GUI thread by the caller).
    """
    from latentlab.core.caption_text import caption
    from latentlab.core.evidence_figure import render_figure
    from latentlab.core.export import save_png
    from latentlab.core.sidecar import model_record, scrub_paths

    models, cards, names = [], [], []
    for i, (name, path) in enumerate(panes):
        progress(0.1 * i / max(1, len(panes)), QCoreApplication.translate("CompareJobs", "Loading {name}").format(
            name=name))
        if should_stop():
            raise JobCancelled()
        model = _load_copy(path, device)
        models.append(model)
        cards.append(getattr(model, "card", None) or {})
        names.append(name)
    inverted = [nm for nm, m in zip(names, models) if not getattr(m, "has_encoder", False)]
    progress(0.15, QCoreApplication.translate("CompareJobs", "Drawing the figure")
             + (QCoreApplication.translate("CompareJobs", " (inverting the real pictures into {models})").format(
                 models=", ".join(inverted)) if pics is not None and inverted else ""))
    figure = render_figure(models, cards, names, seed, n=n,
                           recon_images=None if pics is None else pics.images,
                           recon_labels=None if pics is None else pics.labels, width=width, label=label,
                           invert_steps=invert_steps, lang=lang,
                           notes=[caption("not shown: {reason}", lang, reason=s) for s in skipped])
    if should_stop():
        raise JobCancelled()
    progress(0.95, QCoreApplication.translate("CompareJobs", "Saving"))
    sidecar = {
        "mode": "compare",
        "models": [model_record(p, name=nm, card=card) for (nm, p), card in zip(panes, cards)],
        "seed": int(seed),
        "label": label,
        "n": int(n),
        "recon": None if pics is None else {"dataset": pics.dataset, "indices": list(pics.indices)},
        "invert_steps": int(invert_steps),
        "width": int(width),
        "device": str(models[0].device) if models else device,
        "skipped": [scrub_paths(s) for s in skipped],  # the reason, not the folder the file was in
        "source": "latentlab compare view",
        "lang": lang,
    }
    path = save_png(out, figure, sidecar=sidecar)
    progress(1.0, QCoreApplication.translate("CompareJobs", "done"))
    return {"path": str(path), "shape": tuple(figure.shape), "sidecar": sidecar}


def mosaic(frames: np.ndarray, cols: int | None = None, gap: int = 1, value: int = 255) -> np.ndarray:
    """(N, H, W, C) → one (H', W', C) image, cells ``gap`` pixels apart (no outer border)."""
    n, h, w, c = frames.shape
    cols = cols or int(np.ceil(np.sqrt(n)))
    rows = int(np.ceil(n / cols))
    out = np.full((rows * h + (rows - 1) * gap, cols * w + (cols - 1) * gap, c), value, np.uint8)
    for i in range(n):
        r, k = divmod(i, cols)
        out[r * (h + gap): r * (h + gap) + h, k * (w + gap): k * (w + gap) + w] = frames[i]
    return np.ascontiguousarray(out)
