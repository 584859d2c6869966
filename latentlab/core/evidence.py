"""Evidence for the side-by-side VAE-vs-GAN comparison, and the one figure that shows it.

Teachers present the textbook claims (VAE: reconstruction + KL, blurry but smooth, stable
training, a continuous latent space; GAN: an adversarial game, sharp, unstable training, mode
collapse, a latent space that is hard to control). This module puts the *measured* figures of
the models actually loaded next to each claim and says, in plain words, whether they support it:

* :func:`same_seed_samples` — every model decodes its own prior draws from the same seed;
* :func:`reconstruction_row` — real images through each model (VAEs encode, GANs are inverted);
* :func:`compatibility` — warnings when the figures of the models cannot be compared;
* :func:`loss_stability` and :func:`coverage_bars` — numbers read from a model card;
* :func:`comparison_table` — one row per claim with evidence and a verdict;
* :func:`render_figure` — all of it as one PNG-ready image, drawn with Pillow.

The measured figures come from the model cards (``metrics.eval``, written by ``latentlab eval``)
and their training logs; nothing here evaluates a model. Nothing here imports Qt: the GUI's
compare view reuses these functions.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from typing import Any, Callable, Sequence

import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFont

from latentlab.core.export import make_grid, to_uint8
from latentlab.core.invert import reconstruct
from latentlab.core.metric_table import (
    CURVE_COLORS, METRIC_ROWS, PLOTTED_CURVES, VERDICT_COLORS, best_index, eval_results, finite_number,
    floor_value, format_metric,
)
from latentlab.core.metric_table import fmt_number as _fmt
from latentlab.core.metric_table import metric as _metric

__all__ = [
    "CLAIMS",
    "VERDICTS",
    "comparison_table",
    "compatibility",
    "coverage_bars",
    "loss_stability",
    "reconstruction_row",
    "render_figure",
    "same_seed_samples",
]

#: the three possible verdicts of a claim
VERDICTS = ("supported", "contradicted", "not measured")

#: (aspect, VAE claim, GAN claim): the classic comparison table, one row per aspect
CLAIMS: tuple[tuple[str, str, str], ...] = (
    ("principle",
     "An encoder and a decoder trained to reconstruct their input, plus a KL term that keeps the "
     "codes close to a Gaussian prior (the ELBO).",
     "A generator and a discriminator play an adversarial game; the generator has no encoder and "
     "no reconstruction loss."),
    ("output quality",
     "Blurry: the pixel reconstruction loss rewards averaging over plausible images.",
     "Sharp: the discriminator punishes blur, so samples look crisp."),
    ("training stability",
     "Stable: one loss that falls smoothly.",
     "Unstable: two losses pull against each other and oscillate; training can diverge."),
    ("mode coverage",
     "Covers every mode: each training image must be reconstructed.",
     "Prone to mode collapse: some kinds of images become rare or vanish."),
    ("latent space",
     "Smooth and continuous; real images map into it through the encoder.",
     "Harder to control: no encoder (real images must be found by inversion), less regular."),
    ("typical uses",
     "Representation learning, compression, anomaly detection, editing real images.",
     "High-fidelity synthesis, super-resolution, image-to-image translation, data augmentation."),
)

#: margins below which a difference counts as "no difference" (which does not support a claim)
SHARPNESS_MARGIN = 0.05  # the GAN's sharpness ratio must exceed the VAE's by 5 %
STABILITY_FACTOR = 1.5  # the GAN's loss must oscillate at least 1.5 times as much
COVERAGE_MARGIN = 0.01  # the GAN's class entropy must be lower by 0.01 (of a maximum of 1)
PPL_MARGIN = 0.10  # the VAE's path length must be 10 % shorter

#: loss curves measured for stability, in order of preference: the generator's, else the total
STABILITY_CURVES = ("g_loss", "loss")

_EVAL_HINT = "run `latentlab eval {name}` (or measure it in the app)"


# --------------------------------------------------------------------------------------------
# samples and reconstructions
# --------------------------------------------------------------------------------------------


def _class_index(model: Any, label: int | str | None) -> int | None:
    """``label`` (index or class name) as a class index of ``model``; None for unconditional models."""
    from latentlab.core.labels import class_index

    if label is None or not model.conditional:
        return None
    return class_index(label, model.class_names)


def _sample_labels(model: Any, n: int, label: int | str | None) -> torch.Tensor | None:
    if not model.conditional:
        return None
    k = _class_index(model, label)
    if k is None:
        # The same default as `latentlab sample` and the metrics: classes cycling 0..K-1.
        return torch.arange(n) % model.num_classes
    return torch.full((n,), k, dtype=torch.long)


def same_seed_samples(models: Sequence[Any], seed: int, n: int = 16,
                      label: int | str | None = None) -> list[np.ndarray]:
    """Each model's samples from its own prior, drawn with the same seed.

    The latents are ``model.sample_latent(n, seed=seed)``: the same random stream for every
    model, cut to each model's latent size. Models with different latent spaces therefore do
    not show "the same latent"; the seed only makes the figure reproducible and fair (nobody
    picked the best draws).

    Parameters
    ----------
    models : sequence of Generator
        The models, in pane order.
    seed : int
        Seed of the latents.
    n : int, optional
        Samples per model.
    label : int or str, optional
        Class (index or name) for conditional models; default: classes cycling 0..K-1.
        Unconditional models ignore it.

    Returns
    -------
    list of numpy.ndarray
        One uint8 ``(n, H, W, C)`` array per model.

    Raises
    ------
    ValueError
        If ``n < 1`` or ``label`` is not a class of a conditional model.
    """
    if n < 1:
        raise ValueError(f"n={n}: need at least one sample per model")
    frames = []
    for model in models:
        z = model.sample_latent(n, seed=seed)
        frames.append(to_uint8(model.decode(z, _sample_labels(model, n, label))))
    return frames


def _as_images(images: Any) -> torch.Tensor:
    """float32 CPU (k, C, H, W) in [0, 1] from a tensor or array (uint8 is scaled by 1/255)."""
    if isinstance(images, np.ndarray):
        # A copy: torch.from_numpy warns on read-only arrays and warnings are errors in tests.
        images = torch.from_numpy(np.array(images, copy=True))
    x = torch.as_tensor(images)
    if x.ndim != 4:
        raise ValueError(f"images must be shaped (k, C, H, W), got {tuple(x.shape)}")
    if x.dtype == torch.uint8:
        return x.to(torch.float32) / 255.0
    return x.detach().to("cpu", torch.float32).clamp(0.0, 1.0)


def _reconstruct_all(model: Any, x: torch.Tensor, labels: list[int] | None, steps: int,
                     seed: int) -> dict[str, Any]:
    has_encoder = bool(getattr(model, "has_encoder", False))
    entry: dict[str, Any] = {
        "method": "encode" if has_encoder else "invert",
        "steps": None if has_encoder else int(steps),
        "images": None, "errors": [], "mean_error": None, "latents": None, "problem": None,
    }
    if tuple(model.image_shape) != tuple(x.shape[1:]):
        entry["problem"] = (f"makes {_shape_text(model.image_shape)} images, "
                            f"the originals are {_shape_text(x.shape[1:])}")
        return entry
    if model.conditional:
        if labels is None:
            entry["problem"] = "a conditional model needs the class of each image"
            return entry
        bad = [k for k in labels if not 0 <= k < model.num_classes]
        if bad:
            entry["problem"] = f"classes {bad} are not among this model's 0..{model.num_classes - 1}"
            return entry
    try:
        recs = [reconstruct(model, x[i], labels[i] if model.conditional else None, steps=steps, seed=seed)
                for i in range(len(x))]
    except (RuntimeError, ValueError, NotImplementedError) as exc:
        # One model failing (e.g. a user's TorchScript file that cannot be differentiated)
        # must not take the other models' reconstructions with it.
        entry["problem"] = f"reconstruction failed ({exc})"
        return entry
    entry["images"] = to_uint8(torch.stack([r.image.detach().cpu().float() for r in recs]))
    entry["errors"] = [float(r.error) for r in recs]
    entry["mean_error"] = float(np.mean(entry["errors"]))
    entry["latents"] = torch.stack([r.z.detach().cpu() for r in recs])
    return entry


def reconstruction_row(models: Sequence[Any], images: Any, labels: Sequence[int] | None = None,
                       invert_steps: int = 200, *, seed: int = 0) -> dict[str, Any]:
    """Real images redrawn by each model: VAEs encode them, GANs are inverted by optimisation.

    Parameters
    ----------
    models : sequence of Generator
        The models, in pane order.
    images : torch.Tensor or numpy.ndarray
        ``(k, C, H, W)`` float in [0, 1] (uint8 is scaled by 1/255).
    labels : sequence of int, optional
        Class of each image; conditional models need them.
    invert_steps : int, optional
        Optimisation steps of each GAN inversion (see :func:`latentlab.core.invert.invert_image`).
    seed : int, optional
        Seed of the inversions' random starts.

    Returns
    -------
    dict
        ``originals``: uint8 ``(k, H, W, C)``; ``labels``: list or None; ``models``: one dict
        per model with ``method`` (``"encode"`` or ``"invert"``), ``steps`` (inversion steps or
        None), ``images`` (uint8 ``(k, H, W, C)`` or None), ``errors`` (per-image pixel MSE),
        ``mean_error``, ``latents`` (``(k, D)`` tensor or None) and ``problem`` (None, or why
        this model could not reconstruct the images: the others are unaffected).
    """
    if invert_steps < 1:
        raise ValueError(f"invert_steps={invert_steps} must be at least 1")
    x = _as_images(images)
    if labels is not None:
        labels = [int(k) for k in (labels.tolist() if hasattr(labels, "tolist") else labels)]
        if len(labels) != len(x):
            raise ValueError(f"{len(labels)} labels for {len(x)} images")
    return {
        "originals": to_uint8(x),
        "labels": labels,
        "models": [_reconstruct_all(model, x, labels, invert_steps, seed) for model in models],
    }


# --------------------------------------------------------------------------------------------
# reading model cards
# --------------------------------------------------------------------------------------------


def _shape_text(shape: Sequence[int]) -> str:
    return "x".join(str(int(v)) for v in shape)


def _floor(cards: Sequence[dict[str, Any]], key: str) -> float | None:
    """The first card's floor of ``key`` that is stored."""
    return next((v for v in (floor_value(c, key) for c in cards) if v is not None), None)


def _kind(card: dict[str, Any]) -> str:
    kind = str(card.get("kind") or "").lower()
    return kind if kind in ("vae", "gan") else ""


def _image_shape(card: dict[str, Any]) -> tuple[int, ...] | None:
    config = card.get("config")
    shape = config.get("image_shape") if isinstance(config, dict) else card.get("image_shape")
    if isinstance(shape, (list, tuple)) and all(isinstance(v, int) for v in shape):
        return tuple(shape)
    return None


def _names(cards: Sequence[dict[str, Any]], names: Sequence[str] | None) -> list[str]:
    if names is None:
        return [f"model {i + 1}" for i in range(len(cards))]
    if len(names) != len(cards):
        raise ValueError(f"{len(names)} names for {len(cards)} cards")
    return [str(n) for n in names]


def _who(cards: Sequence[dict[str, Any]], names: list[str]) -> list[str]:
    """How each model is called in sentences: "VAE" when it is the only one of its kind."""
    kinds = [_kind(c) for c in cards]
    out = []
    for kind, name in zip(kinds, names):
        if kind and kinds.count(kind) == 1:
            out.append(kind.upper())
        else:
            out.append(f"{name} ({kind.upper()})" if kind else name)
    return out


def _short(value: float) -> str:
    """Two significant digits, for captions under small tiles."""
    return f"{value:.2g}"


def _percent(value: float) -> str:
    """12% or 12.5%: an axis tick with no more digits than it has."""
    text = f"{value * 100:.1f}"
    return (text[:-2] if text.endswith(".0") else text) + "%"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listing(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _group(names: Sequence[str], keys: Sequence[Any]) -> dict[Any, list[str]]:
    groups: dict[Any, list[str]] = {}
    for name, key in zip(names, keys):
        groups.setdefault(key, []).append(name)
    return groups


def compatibility(cards: Sequence[dict[str, Any]], names: Sequence[str] | None = None) -> list[str]:
    """Plain warnings when the models' figures cannot be compared fairly.

    Checked: the datasets (the figures are measured against each dataset's own real images and
    feature network, so they are only comparable on the same dataset), the image shapes, cards
    without a dataset, and evaluations run with different sample sizes (FID and KID depend on
    it).

    Parameters
    ----------
    cards : sequence of dict
        Model cards (:func:`latentlab.core.checkpoint.read_card`).
    names : sequence of str, optional
        How to call the models; default "model 1", "model 2", ...

    Returns
    -------
    list of str
        One sentence per problem; empty when the models can be compared.
    """
    names = _names(cards, names)
    warnings = []
    datasets = _group(names, [c.get("dataset") or None for c in cards])
    known = {d: v for d, v in datasets.items() if d}
    if len(known) > 1:
        parts = "; ".join(f"{d}: {', '.join(v)}" for d, v in known.items())
        warnings.append(f"the models were trained on different datasets ({parts}): metrics are only "
                        "compared on the same dataset, so their figures here do not say which model is better")
    if None in datasets:
        warnings.append(f"the card of {_listing(datasets[None])} names no dataset, so its figures cannot be "
                        "checked against the others'")
    shapes = _group(names, [_image_shape(c) for c in cards])
    known_shapes = {s: v for s, v in shapes.items() if s}
    if len(known_shapes) > 1:
        parts = "; ".join(f"{_shape_text(s)}: {', '.join(v)}" for s, v in known_shapes.items())
        warnings.append(f"the models make images of different shapes ({parts}): samples and figures are "
                        "not directly comparable")
    sizes = _group(names, [finite_number((eval_results(c) or {}).get("n")) for c in cards])
    measured = {int(s): v for s, v in sizes.items() if s is not None}
    if len(measured) > 1:
        parts = "; ".join(f"{s:,} samples: {', '.join(v)}" for s, v in measured.items())
        warnings.append(f"the evaluations used different sample sizes ({parts}): FID and KID depend on it, "
                        "so compare them only at the same size")
    return warnings


def loss_stability(training_log: dict[str, Any], curve: str | None = None) -> dict[str, Any]:
    """How much a training loss still jumps about once the initial descent is over.

    **Oscillation** is the mean absolute step-to-step change of the curve over the second half
    of training, divided by the curve's full range (max - min over all of training). The first
    half is left out because a loss falling fast at the start is progress, not instability.
    Dividing by the range instead of the mean keeps the figure meaningful for losses that hover
    around 0 (a hinge GAN's generator loss), and makes it the mean step size of the curve as
    the figure draws it (each curve scaled to its own range). 0 is perfectly smooth; a curve
    that jumps across its whole range at every logged point scores 1.

    Parameters
    ----------
    training_log : dict
        The card's ``training_log``: ``{"step": [...], "<loss name>": [...], ...}`` (the
        values are means over a few optimiser steps, logged about 50 times an epoch).
    curve : str, optional
        The loss to measure; default: ``g_loss`` (GANs), else ``loss`` (VAEs), else the first.

    Returns
    -------
    dict
        ``curve`` (name), ``oscillation``, ``cv`` (coefficient of variation, std / |mean|, of
        the second half; None when the mean is 0), ``points`` (finite values), ``final`` (last
        value), ``min`` and ``max``.

    Raises
    ------
    ValueError
        If the log has no such curve or fewer than 4 finite points.
    """
    if not isinstance(training_log, dict):
        raise ValueError("no training log")
    names = [k for k, v in training_log.items() if k != "step" and isinstance(v, (list, tuple))]
    if curve is None:
        curve = next((c for c in STABILITY_CURVES if c in names), names[0] if names else None)
    if curve is None or curve not in names:
        raise ValueError(f"the training log has no {curve or 'loss'} curve (it has: {', '.join(names) or 'none'})")
    values = np.array([v for v in (finite_number(x) for x in training_log[curve]) if v is not None])
    if len(values) < 4:
        raise ValueError(f"the training log's {curve} curve has only {len(values)} points")
    span = float(values.max() - values.min())
    second = values[len(values) // 2:]
    oscillation = float(np.abs(np.diff(second)).mean() / span) if span > 0 else 0.0
    mean = float(second.mean())
    return {
        "curve": curve,
        "oscillation": oscillation,
        "cv": float(second.std() / abs(mean)) if mean else None,
        "points": int(len(values)),
        "final": float(values[-1]),
        "min": float(values.min()),
        "max": float(values.max()),
    }


def _dataset_class_names(dataset: Any) -> list[str] | None:
    if not dataset:
        return None
    from latentlab.core import data

    info = data.DATASETS.get(str(dataset).strip().lower())
    return list(info.class_names) if info is not None else None


def coverage_bars(card: dict[str, Any]) -> tuple[list[str], list[float]]:
    """Class names and the share of generated samples the classifier put in each class.

    Read straight from the card's ``metrics.eval.class_histogram`` (written by
    ``latentlab eval``). The names are the model's classes, else its dataset's, else indices.

    Parameters
    ----------
    card : dict
        A model card.

    Returns
    -------
    (list of str, list of float)
        Names and fractions, in class order; two empty lists when the card has no histogram.
    """
    ev = eval_results(card)
    hist = ev.get("class_histogram") if ev else None
    if not isinstance(hist, (list, tuple)) or not hist:
        return [], []
    fractions = [finite_number(v) or 0.0 for v in hist]
    for names in (card.get("class_names"), _dataset_class_names(card.get("dataset"))):
        if isinstance(names, (list, tuple)) and len(names) == len(fractions):
            return [str(n) for n in names], fractions
    return [str(i) for i in range(len(fractions))], fractions


# --------------------------------------------------------------------------------------------
# the claims, checked
# --------------------------------------------------------------------------------------------


class _Models:
    """The cards and names of one comparison, with the lookups every claim needs."""

    def __init__(self, cards: Sequence[dict[str, Any]], names: list[str]):
        self.cards = list(cards)
        self.names = names
        self.who = _who(cards, names)
        self.kinds = [_kind(c) for c in cards]
        self.vaes = [i for i, k in enumerate(self.kinds) if k == "vae"]
        self.gans = [i for i, k in enumerate(self.kinds) if k == "gan"]

    def subject(self, i: int) -> str:
        """The model as the subject of a sentence: "the VAE", or "mnist-vae (VAE)" when there are several."""
        return f"the {self.who[i]}" if self.who[i] in ("VAE", "GAN") else self.who[i]

    def values(self, key: str) -> list[float | None]:
        return [_metric(c, key) for c in self.cards]

    def missing(self, values: Sequence[Any], what: str) -> str:
        """The sentence naming the models without a figure, and how to measure it."""
        unevaluated = [self.names[i] for i, v in enumerate(values) if v is None and eval_results(self.cards[i]) is None]
        lacking = [self.names[i] for i, v in enumerate(values) if v is None and eval_results(self.cards[i]) is not None]
        parts = []
        if unevaluated:
            hints = " and ".join(f"`latentlab eval {n}`" for n in unevaluated)
            parts.append(f"Not measured for {_listing(unevaluated)}: no evaluation in the model card; run {hints} "
                         "(or measure it in the app).")
        if lacking:
            hints = " and ".join(f"`latentlab eval {n}`" for n in lacking)
            parts.append(f"The evaluation of {_listing(lacking)} has no {what}; run {hints} again.")
        return " ".join(parts)

    def listing(self, values: Sequence[float | None], fmt: Callable[[float], str] = _fmt) -> str:
        return ", ".join(f"{self.who[i]} {fmt(v)}" for i, v in enumerate(values) if v is not None)

    def judge(self, values: Sequence[float | None],
              holds: Callable[[float, float], bool]) -> tuple[str, list[tuple[int, int]]]:
        """Test a claim on every measured (VAE, GAN) pair: supported only if it holds for all."""
        pairs = [(v, g) for v in self.vaes for g in self.gans
                 if values[v] is not None and values[g] is not None]
        if not pairs:
            return "not measured", []
        failing = [(v, g) for v, g in pairs if not holds(values[v], values[g])]
        return ("contradicted" if failing else "supported"), failing

    def pair_text(self, failing: list[tuple[int, int]]) -> str:
        if len(self.vaes) == 1 and len(self.gans) == 1:
            return ""
        return " (" + "; ".join(f"{self.names[g]} vs {self.names[v]}" for v, g in failing) + ")"

    def needs_both(self) -> str:
        """Why no verdict is possible when the models are not a VAE-GAN mix; "" when they are."""
        if self.vaes and self.gans:
            return ""
        if self.vaes or self.gans:
            return f" The claim compares a VAE with a GAN; these models are all {'VAEs' if self.vaes else 'GANs'}."
        return " The claim compares a VAE with a GAN; these models are neither."


def _row(aspect: str, evidence: str, verdict: str, figure: list[str]) -> dict[str, Any]:
    claim_vae, claim_gan = next((v, g) for a, v, g in CLAIMS if a == aspect)
    return {"aspect": aspect, "claim_vae": claim_vae, "claim_gan": claim_gan,
            "evidence": " ".join(evidence.split()), "verdict": verdict, "figure": figure}


def _last(log: Any, key: str) -> float | None:
    if not isinstance(log, dict) or not isinstance(log.get(key), (list, tuple)) or not log[key]:
        return None
    return finite_number(log[key][-1])


def _principle(m: _Models) -> dict[str, Any]:
    parts, shown = [], []
    for i in m.vaes:
        log = m.cards[i].get("training_log")
        recon, kl, total = _last(log, "recon"), _last(log, "kl"), _last(log, "loss")
        if recon is not None and kl is not None:
            shown.append(i)
            parts.append(f"{_capital(m.subject(i))}'s training log ends at reconstruction {_fmt(recon)} "
                         f"+ KL {_fmt(kl)} (nats per image){f', total {_fmt(total)}' if total is not None else ''}.")
    for i in m.gans:
        log = m.cards[i].get("training_log")
        d, g = _last(log, "d_loss"), _last(log, "g_loss")
        if d is not None and g is not None:
            shown.append(i)
            real, fake = _last(log, "d_real"), _last(log, "d_fake")
            scores = (f"; the discriminator scores real images {real:+.2f} and generated ones {fake:+.2f}"
                      if real is not None and fake is not None else "")
            parts.append(f"{_capital(m.subject(i))}'s log ends with discriminator loss {_fmt(d)} against "
                         f"generator loss {_fmt(g)}{scores}.")
    unlogged = [m.names[i] for i in m.vaes + m.gans if i not in shown]
    if unlogged:
        parts.append(f"No training log with these terms in the card of {_listing(unlogged)}.")
    has_pair = any(i in shown for i in m.vaes) and any(i in shown for i in m.gans)
    verdict = "supported" if has_pair else "not measured"
    if has_pair:
        parts.insert(0, "By construction; the training logs show the two objectives.")
    return _row("principle", " ".join(parts) + m.needs_both(), verdict,
                ["training_log.recon", "training_log.kl", "training_log.d_loss", "training_log.g_loss"])


def _quality(m: _Models) -> dict[str, Any]:
    ratio = m.values("sharpness_ratio")
    verdict, failing = m.judge(ratio, lambda vae, gan: gan > vae * (1 + SHARPNESS_MARGIN))
    text = ""
    if any(v is not None for v in ratio):
        text = f"Sharpness ratio (generated / real, 1 = as crisp as real images): {m.listing(ratio)}"
        text += {"supported": " - the VAE samples are blurrier, as claimed.",
                 "contradicted": f" - here the GAN is not sharper{m.pair_text(failing)}: "
                                 "claim not supported by these models.",
                 "not measured": "."}[verdict]
        crisper = [m.who[i] for i, v in enumerate(ratio) if v is not None and v > 1 + 2 * SHARPNESS_MARGIN]
        if crisper:
            text += (f" Above 1 ({_listing(crisper)}): more fine detail than real images, often noise or "
                     "artefacts rather than real sharpness.")
    fid = m.values("fid")
    if any(v is not None for v in fid):
        floor = _floor(m.cards, "fid")
        text += (f" FID (lower is better{f'; real vs real {_fmt(floor)}' if floor is not None else ''}): "
                 f"{m.listing(fid)}.")
    text += " " + m.missing(ratio, "sharpness ratio") + m.needs_both()
    return _row("output quality", text, verdict, ["sharpness_ratio", "fid"])


def _stability(m: _Models) -> dict[str, Any]:
    osc: list[float | None] = []
    curves: list[str] = []
    no_log = []
    for i, card in enumerate(m.cards):
        try:
            s = loss_stability(card.get("training_log"))
        except ValueError:
            osc.append(None)
            curves.append("")
            no_log.append(m.names[i])
            continue
        osc.append(s["oscillation"])
        curves.append(s["curve"])
    verdict, failing = m.judge(osc, lambda vae, gan: gan > vae * STABILITY_FACTOR)
    text = ""
    if any(v is not None for v in osc):
        listing = ", ".join(f"{m.who[i]} {_fmt(v)} ({curves[i]})" for i, v in enumerate(osc) if v is not None)
        text = ("Oscillation of the loss in the second half of training (mean step-to-step change / the "
                f"curve's full range; 0 = smooth): {listing}")
        text += {"supported": " - the GAN's training is the jumpier one, as claimed.",
                 "contradicted": f" - here the GAN's loss is not clearly jumpier (less than {STABILITY_FACTOR:g}x "
                                 f"the VAE's){m.pair_text(failing)}: claim not supported by these models.",
                 "not measured": "."}[verdict]
    if no_log:
        text += f" Not measured for {_listing(no_log)}: the card has no usable training log."
    return _row("training stability", text + m.needs_both(), verdict, ["training_log"])


def _coverage(m: _Models) -> dict[str, Any]:
    entropy = m.values("coverage_entropy")
    verdict, failing = m.judge(entropy, lambda vae, gan: gan < vae - COVERAGE_MARGIN)
    text = ""
    if any(v is not None for v in entropy):
        rarest = m.values("coverage_min_fraction")
        text = f"Class entropy of the samples (1 = every class equally often, 0 = a single class): {m.listing(entropy)}"
        if any(v is not None for v in rarest):
            k = max((len(coverage_bars(c)[1]) for c in m.cards), default=0)
            even = f" (even: {1 / k:.1%})" if k else ""
            text += f"; rarest class {m.listing(rarest, lambda v: f'{v:.1%}')}{even}"
        text += {"supported": " - the GAN covers the classes less evenly, as claimed.",
                 "contradicted": f" - here the GAN covers the classes at least as evenly as the VAE{m.pair_text(failing)}: "
                                 "no sign of mode collapse in these models.",
                 "not measured": "."}[verdict]
        conditional = [m.names[i] for i, c in enumerate(m.cards) if c.get("class_names")]
        if conditional:
            text += (f" {_listing(conditional)} {'is' if len(conditional) == 1 else 'are'} conditional and "
                     "asked for each class in turn, so for them this shows whether they obey the label.")
    text += " " + m.missing(entropy, "class coverage") + m.needs_both()
    return _row("mode coverage", text, verdict, ["coverage_entropy", "coverage_min_fraction", "coverage_max_fraction"])


def _method_text(entry: dict[str, Any]) -> str:
    """How a :func:`reconstruction_row` entry was made, in words."""
    if entry["method"] == "encode":
        return "encoder, one pass"
    return f"inversion, {entry['steps']} steps"


def _latent(m: _Models, recon: dict[str, Any] | None) -> dict[str, Any]:
    ppl = m.values("ppl")
    verdict, failing = m.judge(ppl, lambda vae, gan: vae * (1 + PPL_MARGIN) < gan)
    text = ""
    if any(v is not None for v in ppl):
        text = f"Path length (how fast images change along latent paths; lower = smoother): {m.listing(ppl)}"
        text += {"supported": " - the VAE's latent space is smoother, as claimed.",
                 "contradicted": f" - here the VAE's latent space is not smoother by this measure"
                                 f"{m.pair_text(failing)}: claim not supported by these models.",
                 "not measured": "."}[verdict]
    mse = m.values("recon_mse")
    if any(v is not None for v in mse):
        text += f" Test images encoded and decoded, pixel MSE: {m.listing(mse)}."
    if recon is not None:
        done = [(i, r) for i, r in enumerate(recon["models"]) if r["mean_error"] is not None]
        if done:
            listing = ", ".join(f"{m.who[i]} ({_method_text(r)}) {_fmt(r['mean_error'])}" for i, r in done)
            text += f" On the {len(recon['originals'])} real images shown, pixel MSE: {listing}."
    text += " " + m.missing(ppl, "path length") + m.needs_both()
    return _row("latent space", text, verdict, ["ppl", "recon_mse"])


def _uses(m: _Models) -> dict[str, Any]:
    parts = ["A judgement of fit, not a measurement."]
    encoders = [m.subject(i) for i in m.vaes]
    if encoders:
        parts.append(f"Here only {_listing(encoders)} can map a real image to a latent in one pass "
                     "(useful for compression, anomaly scores and editing real images).")
    fid = m.values("fid")
    if any(v is not None for v in fid):
        best = min((v, i) for i, v in enumerate(fid) if v is not None)[1]
        ratio = m.values("sharpness_ratio")
        crisp = min(((abs(math.log(v)), i) for i, v in enumerate(ratio) if v), default=(None, None))[1]
        parts.append(f"Closest to the real images by FID: {m.subject(best)}"
                     + (f"; most real-looking sharpness: {m.subject(crisp)}." if crisp is not None else "."))
    return _row("typical uses", " ".join(parts), "not measured", ["fid", "sharpness_ratio"])


def comparison_table(cards: Sequence[dict[str, Any]], names: Sequence[str] | None = None,
                     recon: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The classic VAE-vs-GAN comparison table, each claim checked against the given models.

    Every claim is tested on each (VAE, GAN) pair of models that has the figure: it is
    *supported* when it holds for every pair by a margin (:data:`SHARPNESS_MARGIN`,
    :data:`STABILITY_FACTOR`, :data:`COVERAGE_MARGIN`, :data:`PPL_MARGIN`), *contradicted*
    when it fails for any pair (a difference within the margin does not support a claim), and
    *not measured* when no pair has the figure (no ``latentlab eval`` results in the cards,
    no training log, or no VAE/GAN pair at all). Rows:

    * principle: the training logs' terms (reconstruction + KL; discriminator vs generator);
    * output quality: sharpness ratio (FID for context);
    * training stability: :func:`loss_stability` of the generator / total loss;
    * mode coverage: class entropy and the rarest class's share;
    * latent space: perceptual path length, plus reconstruction errors;
    * typical uses: never measured; the evidence says what the figures suggest.

    Parameters
    ----------
    cards : sequence of dict
        Model cards with ``kind``, ``metrics.eval`` and ``training_log``.
    names : sequence of str, optional
        Model names used in the sentences (a model alone of its kind is called "VAE"/"GAN").
    recon : dict, optional
        A :func:`reconstruction_row` result for the same models, quoted under latent space.

    Returns
    -------
    list of dict
        One dict per aspect of :data:`CLAIMS`, in order, with ``aspect``, ``claim_vae``,
        ``claim_gan``, ``evidence`` (plain-words sentences with the measured figures),
        ``verdict`` (one of :data:`VERDICTS`) and ``figure`` (the metric keys used).
    """
    m = _Models(cards, _names(cards, names))
    return [_principle(m), _quality(m), _stability(m), _coverage(m), _latent(m, recon), _uses(m)]


# --------------------------------------------------------------------------------------------
# the figure
# --------------------------------------------------------------------------------------------

Color = tuple[int, int, int]

_WHITE: Color = (255, 255, 255)
_INK: Color = (28, 28, 30)
_MUTED: Color = (96, 99, 104)
_RULE: Color = (208, 210, 214)
_SHADE: Color = (245, 246, 248)
_BEST: Color = (220, 241, 224)
_WARN: Color = (168, 72, 0)
#: one colour per model, in pane order; colour-blind-safe (Okabe-Ito)
_MODEL_COLORS: tuple[Color, ...] = ((0, 114, 178), (213, 94, 0), (0, 158, 115), (204, 121, 167))
_OTHER_CURVES: tuple[Color, ...] = ((86, 180, 233), (240, 228, 66), (120, 120, 120))
# Pillow's bundled font lacks these glyphs; they would print as boxes.
_FALLBACKS = {"—": " - ", "–": "-", "→": "->", "←": "<-", "×": "x", "≈": "~", "≤": "<=", "≥": ">=",
              "ψ": "psi", "σ": "sigma", "β": "beta", "²": "^2", "−": "-", "‘": "'", "’": "'",
              "“": '"', "”": '"'}
_FRIENDLY_ARCH = {"vae": "VAE", "cvae": "conditional VAE", "gan": "GAN", "cgan": "conditional GAN"}


@functools.lru_cache(maxsize=16)
def _font(size: int) -> Any:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1: one small bitmap size only
        return ImageFont.load_default()


@functools.lru_cache(maxsize=1024)
def _has_glyph(ch: str) -> bool:
    if ch.isascii():
        return True
    font = _font(20)

    def ink(c: str) -> bytes:
        canvas = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(canvas).text((6, 6), c, fill=255, font=font)
        return canvas.tobytes()

    # A missing glyph draws the font's "notdef" box, the same as a private-use code point.
    return ink(ch) != ink("\U000f0000")


def _printable(text: str) -> str:
    out = []
    for ch in str(text):
        if _has_glyph(ch):
            out.append(ch)
        elif ch in _FALLBACKS:
            out.append(_FALLBACKS[ch])
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and all(_has_glyph(c) for c in base) else "?")
    return "".join(out)


class _Style:
    """Sizes of one figure, all proportional to its width so every width looks the same."""

    def __init__(self, width: int):
        self.width = width
        k = width / 1600

        def px(v: float) -> int:
            return max(1, round(v * k))

        self.px = px
        self.margin = px(40)
        self.gap = px(28)
        self.section = px(34)
        # Text shrinks with narrow figures only down to what stays legible.
        self.title, self.h1, self.h2, self.body, self.small = (
            _font(max(floor, px(v))) for v, floor in ((34, 22), (24, 18), (20, 15), (17, 13), (15, 12)))

    def line(self, font: Any) -> int:
        ascent, descent = font.getmetrics()
        return round((ascent + descent) * 1.25)


class _Sheet:
    """A white canvas of the figure's width that grows downwards section by section."""

    def __init__(self, style: _Style, height: int):
        self.style = style
        self.image = Image.new("RGB", (style.width, height), _WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def text(self, xy: tuple[float, float], text: str, font: Any, fill: Color = _INK, bold: bool = False,
             anchor: str = "la") -> None:
        # A thin stroke in the text colour is the only "bold" the bundled font offers.
        stroke = max(0.3, font.size / 40) if bold and hasattr(font, "size") else 0
        self.draw.text(xy, _printable(text), font=font, fill=fill, anchor=anchor,
                       stroke_width=stroke, stroke_fill=fill)

    def fit(self, text: str, font: Any, width: float) -> str:
        """``text`` shortened with "..." to fit ``width`` pixels."""
        text = _printable(text)
        if font.getlength(text) <= width:
            return text
        while text and font.getlength(text + "...") > width:
            text = text[:-1]
        return text + "..."

    def paragraph(self, x: float, y: float, width: float, text: str, font: Any, fill: Color = _INK,
                  bold: bool = False) -> int:
        """Draw ``text`` wrapped to ``width``; returns the height used."""
        lines = _wrap(_printable(text), font, width)
        step = self.style.line(font)
        for i, line in enumerate(lines):
            self.text((x, y + i * step), line, font, fill, bold)
        return step * len(lines)

    def heading(self, y: int, text: str, note: str = "") -> int:
        s = self.style
        self.text((s.margin, y), text, s.h1, bold=True)
        h = s.line(s.h1)
        if note:
            h += self.paragraph(s.margin, y + h, s.width - 2 * s.margin, note, s.small, _MUTED)
        self.draw.line([(s.margin, y + h + s.px(4)), (s.width - s.margin, y + h + s.px(4))], fill=_RULE,
                       width=s.px(1))
        return h + s.px(14)

    def crop(self, height: int) -> Image.Image:
        return self.image.crop((0, 0, self.style.width, max(1, height)))


def _wrap(text: str, font: Any, width: float) -> list[str]:
    """Greedy word wrap; words longer than a line are broken between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.getlength(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width and len(word) > 1:
            # The longest prefix that fits, but at least one character so the loop always ends.
            cut = max([1] + [i for i in range(2, len(word)) if font.getlength(word[:i]) <= width])
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


def _to_rgb(frame: np.ndarray) -> Image.Image:
    if frame.shape[2] == 1:
        return Image.fromarray(np.ascontiguousarray(frame[:, :, 0]), "L").convert("RGB")
    return Image.fromarray(np.ascontiguousarray(frame), "RGB")


def _columns(style: _Style, count: int) -> list[tuple[int, int]]:
    """(x, width) of ``count`` equal columns between the margins."""
    inner = style.width - 2 * style.margin - (count - 1) * style.gap
    w = inner // count
    return [(style.margin + i * (w + style.gap), w) for i in range(count)]


def _describe(card: dict[str, Any], model: Any, label: Any) -> tuple[str, str]:
    """The two lines under a pane's name: kind and dataset; latent size and the classes shown."""
    arch = str(card.get("arch") or getattr(model, "arch", "") or "")
    kind = _FRIENDLY_ARCH.get(arch, f"{str(card.get('kind') or '?').upper()} ({arch})" if arch else "?")
    second = f"{model.latent_dim}-d latent"
    if model.conditional:
        k = _class_index(model, label)
        second += f" · class {model.class_names[k]}" if k is not None else " · each class in turn"
    return f"{kind} · {card.get('dataset') or 'no dataset'}", second


def _draw_title(style: _Style, names: list[str], cards: Sequence[dict[str, Any]], seed: int, n: int,
                warnings: list[str]) -> Image.Image:
    sheet = _Sheet(style, 2000)
    s, y = style, style.margin
    kinds = [_kind(c).upper() or "?" for c in cards]
    sheet.text((s.margin, y), " vs ".join(f"{nm} ({k})" for nm, k in zip(names, kinds)), s.title, bold=True)
    y += s.line(s.title)
    datasets = sorted({str(c.get("dataset")) for c in cards if c.get("dataset")})
    sub = (f"Side-by-side evidence for the VAE-vs-GAN claims · seed {seed} · {n} samples per model"
           + (f" · dataset {', '.join(datasets)}" if datasets else ""))
    y += sheet.paragraph(s.margin, y, s.width - 2 * s.margin, sub, s.body, _MUTED)
    for text in warnings:
        y += s.px(4)
        y += sheet.paragraph(s.margin, y, s.width - 2 * s.margin, f"Note: {text}", s.body, _WARN)
    return sheet.crop(y)


def _draw_samples(style: _Style, models: Sequence[Any], cards: Sequence[dict[str, Any]], names: list[str],
                  frames: list[np.ndarray], seed: int, label: Any) -> Image.Image:
    sheet = _Sheet(style, 3000)
    s = style
    y = sheet.heading(0, f"Samples: each model decodes its own prior draws from seed {seed}",
                      f"Nothing is picked by hand: every model shows the first {len(frames[0])} latents of the "
                      "same seed, drawn from its own prior.")
    top = y
    bottom = y
    for i, ((x, w), model, card, name, batch) in enumerate(zip(_columns(s, len(models)), models, cards, names,
                                                                frames)):
        color = _MODEL_COLORS[i % len(_MODEL_COLORS)]
        yy = top
        sheet.text((x + w / 2, yy), sheet.fit(name, s.h2, w), s.h2, color, bold=True, anchor="ma")
        yy += s.line(s.h2)
        # Two description lines for every pane, so the grids of all panes start at one height.
        for line in _describe(card, model, label):
            sheet.text((x + w / 2, yy), sheet.fit(line, s.body, w), s.body, _MUTED, anchor="ma")
            yy += s.line(s.body)
        yy += s.px(4)
        cols = math.ceil(math.sqrt(len(batch)))
        rows = math.ceil(len(batch) / cols)
        _, h, wd, _ = batch.shape
        pad = s.px(3)
        # Integer scaling keeps every generated pixel a crisp square (no resampling blur to
        # mistake for the model's own blur); the cap keeps 2-model figures from growing huge.
        scale = max(1, min(16, (w - (cols + 1) * pad) // (cols * wd), s.px(470) // (rows * h)))
        grid = _to_rgb(make_grid(batch, ncols=cols, padding=pad, pad_value=255, scale=scale))
        gx = x + (w - grid.width) // 2
        sheet.image.paste(grid, (gx, yy))
        sheet.draw.rectangle([gx - 1, yy - 1, gx + grid.width, yy + grid.height], outline=_RULE)
        bottom = max(bottom, yy + grid.height)
    return sheet.crop(bottom + s.px(4))


def _draw_reconstructions(style: _Style, names: list[str], recon: dict[str, Any]) -> Image.Image:
    sheet = _Sheet(style, 2000)
    s = style
    y = sheet.heading(0, "Reconstructions of real test images",
                      "VAEs encode an image and decode the code in one pass; GANs have no encoder, so the "
                      "latent is searched by optimisation (inversion). Under each image: its pixel MSE.")
    originals = recon["originals"]
    k, h, wd, _ = originals.shape
    strips = [("real images", "from the bundled test sample", None, originals, [], _INK)]
    for i, (name, entry) in enumerate(zip(names, recon["models"])):
        strips.append((name, _method_text(entry), entry, entry["images"], entry["errors"],
                       _MODEL_COLORS[i % len(_MODEL_COLORS)]))
    cols = _columns(s, len(strips))
    pad = s.px(6)
    cell = min(w for _, w in cols)
    scale = max(1, min(16, (cell - (k - 1) * pad) // (k * wd), s.px(150) // h))
    # Per-image errors only where every caption fits under its tile; the mean is always shown.
    captions = all(s.small.getlength(_short(e)) <= wd * scale + pad - s.px(2)
                   for *_, errors, _ in strips for e in errors)
    bottom = y
    for (x, w), (title, sub, entry, images, errors, color) in zip(cols, strips):
        errors = errors if captions else []
        yy = y
        sheet.text((x, yy), sheet.fit(title, s.h2, w), s.h2, color, bold=True)
        yy += s.line(s.h2)
        sheet.text((x, yy), sheet.fit(sub, s.small, w), s.small, _MUTED)
        yy += s.line(s.small) + s.px(4)
        if images is None:
            yy += sheet.paragraph(x, yy, w, f"not shown: {entry['problem']}", s.body, _WARN)
            bottom = max(bottom, yy)
            continue
        row_w = k * wd * scale + (k - 1) * pad
        x0 = x + (w - row_w) // 2
        for j in range(k):
            tile = _to_rgb(images[j]).resize((wd * scale, h * scale), Image.NEAREST)
            tx = x0 + j * (wd * scale + pad)
            sheet.image.paste(tile, (tx, yy))
            if errors:
                sheet.text((tx + wd * scale / 2, yy + h * scale + s.px(3)), _short(errors[j]), s.small, _MUTED,
                           anchor="ma")
        yy += h * scale + (s.line(s.small) + s.px(3) if errors else 0)
        if entry is not None and entry["mean_error"] is not None:
            sheet.text((x + w / 2, yy + s.px(2)), f"mean MSE {_fmt(entry['mean_error'])}", s.body, _INK,
                       anchor="ma")
            yy += s.line(s.body)
        bottom = max(bottom, yy)
    return sheet.crop(bottom + s.px(4))


def _nice_top(value: float) -> float:
    """Smallest of 1, 2, 2.5, 5 × 10^k at or above ``value``: a round axis maximum."""
    if value <= 0:
        return 1.0
    base = 10 ** math.floor(math.log10(value))
    return next(m * base for m in (1, 2, 2.5, 5, 10) if m * base >= value - 1e-12)


def _draw_coverage(sheet: _Sheet, box: tuple[int, int, int, int], name: str, card: dict[str, Any],
                   color: Color) -> None:
    s = sheet.style
    x, y, w, h = box
    sheet.text((x, y), sheet.fit(f"{name}: classes the classifier sees", s.body, w), s.body, color, bold=True)
    y0 = y + s.line(s.body) + s.px(4)
    class_names, fractions = coverage_bars(card)
    if not fractions:
        sheet.paragraph(x, y0 + s.px(8), w, "Not measured: no evaluation in the model card; "
                        + _EVAL_HINT.format(name=name) + ".", s.body, _MUTED)
        return
    k = len(fractions)
    top = _nice_top(max(max(fractions), 1 / k) * 1.1)
    label_w = max(s.small.getlength(_percent(t)) for t in (0.0, top / 2, top)) + s.px(8)
    names = [_printable(c) for c in class_names]
    px_per_bar = (w - label_w) / k
    # Class names run horizontally when they fit under their bar, else vertically (fashion
    # classes such as "T-shirt/top" are too long for ten bars side by side).
    vertical = max(s.small.getlength(n) for n in names) > px_per_bar - s.px(2)
    name_h = (min(max(s.small.getlength(n) for n in names), s.px(90)) if vertical else 0) + s.line(s.small)
    caption_h = 2 * s.line(s.small)
    plot = (x + label_w, y0 + s.px(8), x + w, y + h - name_h - caption_h - s.px(6))
    px0, py0, px1, py1 = plot
    for t in (0.0, top / 2, top):
        ty = py1 - (py1 - py0) * t / top
        sheet.draw.line([(px0, ty), (px1, ty)], fill=_SHADE if t else _RULE, width=1)
        sheet.text((px0 - s.px(6), ty), _percent(t), s.small, _MUTED, anchor="rm")
    bw = (px1 - px0) / k
    for j, (frac, cname) in enumerate(zip(fractions, names)):
        bx = px0 + j * bw
        sheet.draw.rectangle([bx + bw * 0.15, py1 - (py1 - py0) * frac / top, bx + bw * 0.85, py1], fill=color)
        if vertical:
            text = sheet.fit(cname, s.small, s.px(90))
            tw = math.ceil(s.small.getlength(text)) + 2
            ascent, descent = s.small.getmetrics()
            label = Image.new("RGB", (tw, ascent + descent), _WHITE)
            ImageDraw.Draw(label).text((0, 0), text, font=s.small, fill=_INK)
            label = label.rotate(90, expand=True)
            sheet.image.paste(label, (round(bx + bw / 2 - label.width / 2), round(py1 + s.px(4))))
        else:
            sheet.text((bx + bw / 2, py1 + s.px(4)), cname, s.small, _INK, anchor="ma")
    # Dashed line at 1/K: where every bar would be if the model covered all classes evenly.
    ey = py1 - (py1 - py0) * (1 / k) / top
    dash = s.px(6)
    for dx in range(int(px0), int(px1), 2 * dash):
        sheet.draw.line([(dx, ey), (min(dx + dash, px1), ey)], fill=_INK, width=s.px(2))
    ev = eval_results(card) or {}
    caption = (f"dashed: even ({1 / k:.1%}) · entropy {_fmt(finite_number(ev.get('coverage_entropy')))} · rarest "
               f"{(finite_number(ev.get('coverage_min_fraction')) or 0):.1%} · commonest "
               f"{(finite_number(ev.get('coverage_max_fraction')) or 0):.1%}")
    if ev.get("n"):
        caption += f" · {int(ev['n']):,} samples"
    sheet.paragraph(x, y + h - caption_h, w, caption, s.small, _MUTED)


def _draw_losses(sheet: _Sheet, box: tuple[int, int, int, int], name: str, card: dict[str, Any],
                 color: Color) -> None:
    s = sheet.style
    x, y, w, h = box
    sheet.text((x, y), sheet.fit(f"{name}: training losses", s.body, w), s.body, color, bold=True)
    y0 = y + s.line(s.body) + s.px(4)
    log = card.get("training_log")
    curves = {}
    if isinstance(log, dict):
        for key, values in log.items():
            if key == "step" or not isinstance(values, (list, tuple)):
                continue
            arr = np.array([finite_number(v) if finite_number(v) is not None else np.nan for v in values], dtype=float)
            if np.isfinite(arr).sum() >= 2:
                curves[key] = arr
        # Only the objectives themselves when the log has them: the GAN's raw critic scores
        # (d_real, d_fake) would double the number of jagged lines without telling more.
        main = {k: v for k, v in curves.items() if k in PLOTTED_CURVES}
        curves = main or curves
    if not curves:
        sheet.paragraph(x, y0 + s.px(8), w, "No training log in the model card.", s.body, _MUTED)
        return
    steps = np.array(log.get("step") or [], dtype=float)
    length = max(len(v) for v in curves.values())
    if len(steps) != length:
        steps = np.arange(1, length + 1, dtype=float)
    # At least two legend rows and two caption lines, so VAE and GAN panels get plots of one size.
    legend_h = max(2, math.ceil(len(curves) / 2)) * s.line(s.small)
    caption_h = 2 * s.line(s.small)
    px0, py0, px1, py1 = x + s.px(8), y0 + s.px(8), x + w - s.px(8), y + h - legend_h - caption_h - s.line(s.small)
    sheet.draw.rectangle([px0, py0, px1, py1], outline=_RULE)
    lo, hi = float(np.nanmin(steps)), float(np.nanmax(steps))
    mid = steps[len(steps) // 2]
    # The second half, where the oscillation figure of the claims table is measured.
    mx = px0 + (px1 - px0) * (mid - lo) / (hi - lo or 1)
    sheet.draw.rectangle([mx, py0 + 1, px1 - 1, py1 - 1], fill=_SHADE)
    legend = []
    for j, (key, arr) in enumerate(curves.items()):
        c = CURVE_COLORS.get(key, _OTHER_CURVES[j % len(_OTHER_CURVES)])
        vmin, vmax = float(np.nanmin(arr)), float(np.nanmax(arr))
        span = vmax - vmin or 1.0
        inner = s.px(6)
        pts = [(px0 + (px1 - px0) * (st - lo) / (hi - lo or 1),
                py1 - inner - (py1 - py0 - 2 * inner) * (v - vmin) / span)
               for st, v in zip(steps, arr) if np.isfinite(v)]
        sheet.draw.line(pts, fill=c, width=s.px(2), joint="curve")
        legend.append((key, c, vmin, vmax))
    sheet.text((px0, py1 + s.px(3)), f"step {lo:,.0f}", s.small, _MUTED)
    sheet.text((px1, py1 + s.px(3)), f"{hi:,.0f}", s.small, _MUTED, anchor="ra")
    ly = py1 + s.line(s.small)
    col_w = (px1 - px0) / 2
    for j, (key, c, vmin, vmax) in enumerate(legend):
        lx = px0 + (j % 2) * col_w
        yy = ly + (j // 2) * s.line(s.small)
        sheet.draw.line([(lx, yy + s.px(8)), (lx + s.px(18), yy + s.px(8))], fill=c, width=s.px(3))
        sheet.text((lx + s.px(24), yy), sheet.fit(f"{key}  {_fmt(vmin)} to {_fmt(vmax)}", s.small,
                                                  col_w - s.px(28)), s.small, _INK)
    try:
        st = loss_stability(log)
        caption = (f"oscillation of {st['curve']} (shaded half): {_fmt(st['oscillation'])} · each curve scaled "
                   "to its own range")
    except ValueError:
        caption = "each curve scaled to its own range"
    sheet.paragraph(x, y + h - caption_h, w, caption, s.small, _MUTED)


def _draw_panels(style: _Style, names: list[str], cards: Sequence[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 3000)
    # A row of "not measured" boxes would be a wall of white: without any evaluation the
    # coverage row is left out and the heading says so.
    coverage = any(coverage_bars(c)[1] for c in cards)
    if coverage:
        y = sheet.heading(0, "Class coverage and training curves",
                          "Top: share of generated samples the dataset classifier puts in each class "
                          "(mode collapse shows as missing or tall bars). Bottom: the losses logged during training.")
    else:
        y = sheet.heading(0, "Training curves",
                          "The losses logged during training. Class coverage is not measured: no model card holds "
                          "an evaluation (latentlab eval).")
    cols = _columns(s, len(cards))
    # Room for the title, axis labels, legend and captions at their (legible) font sizes plus a
    # plot of at least ~130 px, however narrow the figure.
    panel_h = max(s.px(290), s.line(s.body) + 7 * s.line(s.small) + 130)
    losses_y = y + panel_h + s.gap if coverage else y
    for i, ((x, w), name, card) in enumerate(zip(cols, names, cards)):
        color = _MODEL_COLORS[i % len(_MODEL_COLORS)]
        if coverage:
            _draw_coverage(sheet, (x, y, w, panel_h), name, card, color)
        _draw_losses(sheet, (x, losses_y, w, panel_h), name, card, color)
    return sheet.crop(losses_y + panel_h + s.px(4))


def _metric_cell(card: dict[str, Any], key: str) -> tuple[str, float | None]:
    value = _metric(card, key)
    return format_metric(key, value, card), value


def _draw_metrics(style: _Style, names: list[str], cards: Sequence[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 2000)
    y = sheet.heading(0, "Measured figures",
                      "From each model card (latentlab eval), measured in the dataset classifier's feature space "
                      "against real test images. Real vs real: the same figure between two sets of real images, "
                      "what a perfect generator would score. Best model per row shaded.")
    inner = s.width - 2 * s.margin
    if any(eval_results(c) for c in cards):
        y = _draw_metric_rows(sheet, y, names, cards)
    missing = [n for n, c in zip(names, cards) if eval_results(c) is None]
    if missing:
        y += s.px(6)
        y += sheet.paragraph(s.margin, y, inner, "Not measured for " + _listing(missing) + ": "
                             + " and ".join(f"`latentlab eval {n}`" for n in missing)
                             + (" writes" if len(missing) == 1 else " write")
                             + " the figures into the model card" + ("" if len(missing) == 1 else "s") + ".",
                             s.body, _WARN)
    return sheet.crop(y + s.px(4))


def _draw_metric_rows(sheet: _Sheet, y: int, names: list[str], cards: Sequence[dict[str, Any]]) -> int:
    """The metrics table's header and rows from ``y`` down; returns the y below them."""
    s = sheet.style
    inner = s.width - 2 * s.margin
    first, second = s.px(250), s.px(200)
    rest = (inner - first - second) / (len(cards) + 1)
    xs = [s.margin, s.margin + first] + [s.margin + first + second + j * rest for j in range(len(cards) + 1)]
    widths = [first, second] + [rest] * (len(cards) + 1)
    row_h = s.line(s.body) + s.px(8)
    header = ["figure", "better"]
    subs = ["", ""]
    for card, name in zip(cards, names):
        header.append(name)
        ev = eval_results(card)
        subs.append(f"{int(ev['n']):,} samples" if ev and ev.get("n") else "not evaluated")
    header.append("real vs real")
    subs.append("floor")
    for j, (hx, hw, text, sub) in enumerate(zip(xs, widths, header, subs)):
        color = _MODEL_COLORS[(j - 2) % len(_MODEL_COLORS)] if 2 <= j < 2 + len(cards) else _INK
        sheet.text((hx + s.px(6), y), sheet.fit(text, s.body, hw - s.px(10)), s.body, color, bold=True)
        if sub:
            sheet.text((hx + s.px(6), y + s.line(s.body)), sheet.fit(sub, s.small, hw - s.px(10)), s.small, _MUTED)
    y += s.line(s.body) + s.line(s.small) + s.px(4)
    sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_INK, width=1)
    y += s.px(4)
    for r, (key, label, better) in enumerate(METRIC_ROWS):
        cells = [_metric_cell(card, key) for card in cards]
        if all(v is None for _, v in cells):
            continue
        if r % 2:
            sheet.draw.rectangle([s.margin, y, s.width - s.margin, y + row_h], fill=_SHADE)
        best = best_index(key, [v for _, v in cells])
        floor_vals = sorted({format_metric(key, v) for v in (floor_value(c, key) for c in cards) if v is not None})
        row = [label, better] + [t for t, _ in cells] + [" / ".join(floor_vals) or "-"]
        for j, (cx, cw, text) in enumerate(zip(xs, widths, row)):
            if best is not None and j == best + 2:
                sheet.draw.rectangle([cx, y, cx + cw - s.px(4), y + row_h], fill=_BEST)
            font = s.body if j != 1 else s.small
            fill = _MUTED if j in (1, len(row) - 1) else _INK
            sheet.text((cx + s.px(6), y + row_h / 2), sheet.fit(text, font, cw - s.px(10)), font, fill,
                       anchor="lm")
        y += row_h
    return y


def _draw_claims(style: _Style, rows: list[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 4000)
    y = sheet.heading(0, "The textbook claims, checked against these models",
                      "Supported: the figures agree with the claim for every VAE-GAN pair. Contradicted: they do "
                      "not (a difference within the noise margin does not count). Not measured: no figure to test.")
    inner = s.width - 2 * s.margin
    pad = s.px(8)
    widths = [max(s.px(150), round(s.body.getlength("training stability")) + 2 * pad + s.px(4)),
              s.px(270), s.px(270), 0,
              max(s.px(150), round(s.body.getlength("not measured")) + 2 * pad + s.px(20))]
    widths[3] = inner - sum(widths)
    xs = [s.margin + sum(widths[:j]) for j in range(len(widths))]
    for j, title in enumerate(["aspect", "VAE claim", "GAN claim", "evidence from these models", "verdict"]):
        sheet.text((xs[j] + pad, y), title, s.body, _INK, bold=True)
    y += s.line(s.body) + s.px(2)
    sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_INK, width=1)
    for r, row in enumerate(rows):
        texts = [row["aspect"], row["claim_vae"], row["claim_gan"], row["evidence"]]
        fonts = [s.body, s.small, s.small, s.small]
        wrapped = [_wrap(_printable(t), f, widths[j] - 2 * pad) for j, (t, f) in enumerate(zip(texts, fonts))]
        height = max(len(lines) * s.line(f) for lines, f in zip(wrapped, fonts)) + 2 * pad
        if r % 2 == 0:
            sheet.draw.rectangle([s.margin, y + 1, s.width - s.margin, y + height], fill=_SHADE)
        for j, (lines, f) in enumerate(zip(wrapped, fonts)):
            for li, line in enumerate(lines):
                sheet.text((xs[j] + pad, y + pad + li * s.line(f)), line, f, _INK, bold=(j == 0))
        color = VERDICT_COLORS.get(row["verdict"], _MUTED)
        bar_top, bar_bottom = y + pad + s.px(2), y + pad + s.line(s.body) - s.px(2)
        sheet.draw.rectangle([xs[4] + pad, bar_top, xs[4] + pad + s.px(6), bar_bottom], fill=color)
        sheet.text((xs[4] + pad + s.px(14), y + pad), row["verdict"], s.body, color, bold=True)
        y += height
        sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_RULE, width=1)
    return sheet.crop(y + s.px(4))


def _draw_footer(style: _Style) -> Image.Image:
    s = style
    sheet = _Sheet(style, 600)
    text = ("How to read the figures: FID/KID compare feature statistics (lower is closer to real data); precision is "
            "the share of samples that look real, recall the share of real data the samples cover; the sharpness "
            "ratio is the Laplacian variance of samples over that of real images; path length is how fast the "
            "classifier's view of an image changes along a latent path. All use the dataset's own classifier, so "
            "they compare models of the same dataset, not published Inception-based numbers. Oscillation: mean "
            "step-to-step change of the generator (GAN) or total (VAE) loss over the second half of training, "
            "divided by the curve's full range. Made with latentlab compare.")
    h = sheet.paragraph(s.margin, 0, s.width - 2 * s.margin, text, s.small, _MUTED)
    return sheet.crop(h + s.margin)


def render_figure(models: Sequence[Any], cards: Sequence[dict[str, Any]], names: Sequence[str], seed: int,
                  n: int = 16, recon_images: Any = None, recon_labels: Sequence[int] | None = None,
                  width: int = 1600, *, label: int | str | None = None, invert_steps: int = 200,
                  notes: Sequence[str] = ()) -> np.ndarray:
    """The whole comparison as one slide-ready image.

    From top to bottom, every section spanning the width between equal margins:

    1. title (model names and kinds), seed and dataset, then the :func:`compatibility`
       warnings and any ``notes`` (e.g. models that failed to load);
    2. one pane per model, left to right in the given order, each in its own equal column:
       name, kind, dataset and latent size above a square grid of :func:`same_seed_samples`,
       enlarged by an integer factor (crisp pixels);
    3. when ``recon_images`` are given: the real images, then each model's
       :func:`reconstruction_row` (method, per-image and mean pixel MSE);
    4. per model: the class-coverage bar chart (:func:`coverage_bars`, dashed line at an even
       share) and the training-loss curves (each scaled to its own range, legend with the
       real ranges, the second half shaded where :func:`loss_stability` measures);
    5. the metrics table (FID, KID, precision, recall, sharpness ratio, class entropy, path
       length, reconstruction MSE) with the real-vs-real floor column, best model shaded;
    6. the :func:`comparison_table` with its verdicts, text wrapped to the columns;
    7. a footnote on how to read the figures.

    Parameters
    ----------
    models : sequence of Generator
        One to four models.
    cards : sequence of dict
        Their model cards (``model.card``), in the same order.
    names : sequence of str
        Their display names, in the same order.
    seed : int
        Seed of the samples.
    n : int, optional
        Samples per model pane.
    recon_images : array or tensor, optional
        ``(k, C, H, W)`` real images in [0, 1] for the reconstruction row; none when omitted.
    recon_labels : sequence of int, optional
        Their classes (conditional models need them).
    width : int, optional
        Figure width in pixels (800 to 4000); sizes scale with it, the height follows the content.
    label : int or str, optional
        Class for conditional models' samples; default: classes in turn.
    invert_steps : int, optional
        Optimisation steps of each GAN inversion.
    notes : sequence of str, optional
        Extra lines shown under the title with the compatibility warnings.

    Returns
    -------
    numpy.ndarray
        uint8 ``(H, width, 3)`` RGB image on a white background.
    """
    if not models:
        raise ValueError("render_figure needs at least one model")
    if not len(models) == len(cards) == len(names):
        raise ValueError(f"{len(models)} models, {len(cards)} cards and {len(names)} names: give one of each per model")
    if len(models) > len(_MODEL_COLORS):
        raise ValueError(f"at most {len(_MODEL_COLORS)} models fit side by side, got {len(models)}")
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or not 800 <= width <= 4000:
        raise ValueError(f"width={width!r} must be an int from 800 to 4000 pixels")
    names = [str(nm) for nm in names]
    style = _Style(int(width))
    frames = same_seed_samples(models, seed, n, label)
    recon = None
    if recon_images is not None and len(recon_images):
        recon = reconstruction_row(models, recon_images, recon_labels, invert_steps, seed=seed)
    rows = comparison_table(cards, names, recon)
    warnings = compatibility(cards, names) + [str(t) for t in notes]
    sections = [_draw_title(style, names, cards, seed, n, warnings),
                _draw_samples(style, models, cards, names, frames, seed, label)]
    if recon is not None:
        sections.append(_draw_reconstructions(style, names, recon))
    sections += [_draw_panels(style, names, cards), _draw_metrics(style, names, cards),
                 _draw_claims(style, rows), _draw_footer(style)]
    height = sum(p.height for p in sections) + style.section * (len(sections) - 1)
    figure = Image.new("RGB", (style.width, height), _WHITE)
    y = 0
    for part in sections:
        figure.paste(part, (0, y))
        y += part.height + style.section
    return np.ascontiguousarray(np.asarray(figure, dtype=np.uint8))
