"""Anomaly detection with a generative model: score images by how badly the model explains them.

A VAE trained on digits reconstructs digits well and anything else badly, so its
reconstruction error (or its negative ELBO, which adds how far the image's code lies from the
prior) ranks images by how unusual they are. How well the ranking separates an in-distribution
test set from an outlier set is the area under the ROC curve: 1 separates perfectly, 0.5 is a
coin toss. A GAN has no encoder: its score is the error of the best latent a search finds
(:func:`latentlab.core.invert.invert_image`'s idea, batched), which is slower — every image
costs an optimisation — and weaker, because a generator can often draw *something* close to an
outlier, and the search can miss the best latent of an inlier.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import torch
import torch.nn.functional as F

from latentlab.core.latent import sample_prior
from latentlab.core.metrics.inputs import BATCH_SIZE, MetricsCancelled, _batches, _eval_mode

__all__ = ["SCORES", "AnomalyReport", "anomaly_scores", "detect", "outlier_images", "roc_auc", "roc_curve",
           "scores_for"]

#: score name → what it measures (the help text of the CLI and the panel)
SCORES: dict[str, str] = {
    "recon": "reconstruction error: mean squared error of decode(encode(x)) per pixel (VAEs)",
    "elbo": "negative ELBO: reconstruction log-loss plus the KL divergence of the code from the prior, "
            "in nats per image (VAEs)",
    "inversion": "inversion error: mean squared error of the closest image a latent search finds "
                 "(GANs: no encoder; slower and weaker)",
}

#: Adam steps of the GAN latent search per image batch (each image has its own latent)
INVERSION_STEPS = 150


def scores_for(model: Any) -> list[str]:
    """The scores ``model`` supports, best first: VAEs ``recon`` and ``elbo``, others ``inversion``."""
    return ["recon", "elbo"] if getattr(model, "has_encoder", False) else ["inversion"]


def _label_batches(model: Any, labels: Any, n: int) -> torch.Tensor | None:
    if not getattr(model, "conditional", False) or labels is None:
        return None
    return torch.as_tensor(np.asarray(labels), dtype=torch.long).reshape(-1)[:n]


def _vae_scores(model: Any, x: torch.Tensor, labels: torch.Tensor | None, score: str) -> torch.Tensor:
    mu, logvar = model.encode(x, labels)
    if score == "recon":
        recon = model.decode(mu, labels)
        return ((recon.float() - x) ** 2).flatten(1).mean(1)
    # −ELBO with the posterior mean as the decoder's input: deterministic, so the same image
    # always gets the same score (one reparameterised sample would add noise to every rank).
    logits = getattr(model, "decoder_logits", None)
    if logits is not None:
        nll = F.binary_cross_entropy_with_logits(logits(mu, labels).float(), x, reduction="none")
    else:
        recon = model.decode(mu, labels).float().clamp(1e-6, 1 - 1e-6)
        nll = F.binary_cross_entropy(recon, x, reduction="none")
    kl = 0.5 * (mu.float() ** 2 + logvar.float().exp() - 1 - logvar.float()).sum(1)
    return nll.flatten(1).sum(1) + kl


def _inversion_scores(model: Any, x: torch.Tensor, labels: torch.Tensor | None, steps: int, seed: int) -> torch.Tensor:
    """Per-image error of a batched latent search: one latent per image, optimised together."""
    n = x.shape[0]
    z = sample_prior(n, model.latent_dim, seed=seed).to(x.device, x.dtype).requires_grad_(True)
    opt = torch.optim.Adam([z], lr=0.05)
    lo, hi = model.output_range
    shell = math.sqrt(model.latent_dim)
    frozen = [p for p in model.parameters() if p.requires_grad]
    for p in frozen:  # only the latents learn; the model is never changed
        p.requires_grad_(False)
    best = torch.full((n,), float("inf"), device=x.device)
    try:
        with torch.enable_grad():
            for _ in range(steps):
                images = (model.generate(z, labels) - lo) / (hi - lo)
                err = ((images - x) ** 2).flatten(1).mean(1)
                best = torch.minimum(best, err.detach())
                loss = (err + 1e-3 * (z.norm(dim=1) - shell) ** 2).sum()
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
    finally:
        for p in frozen:
            p.requires_grad_(True)
    return best


def anomaly_scores(
    model: Any,
    images: Any,
    labels: Any = None,
    score: str = "recon",
    *,
    batch_size: int = BATCH_SIZE,
    inversion_steps: int = INVERSION_STEPS,
    seed: int = 0,
    progress: Callable[[float], Any] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> np.ndarray:
    """One anomaly score per image: higher means the model explains the image worse.

    Parameters
    ----------
    model : Generator
        A VAE for ``"recon"`` / ``"elbo"``; any generator for ``"inversion"``.
    images : array, tensor or ImageDataset
        (N, C, H, W) uint8 or float in [0, 1], in the model's image shape.
    labels : array_like, optional
        Classes of the images, for conditional models (an ImageDataset supplies its own). A
        conditional model without labels scores each image under every class and keeps the
        lowest: the class that explains it best.
    score : {"recon", "elbo", "inversion"}
        See :data:`SCORES`.
    progress, should_stop : callable, optional
        ``progress(fraction)`` after each batch; ``should_stop()`` → :class:`MetricsCancelled`.

    Returns
    -------
    numpy.ndarray
        float64 (N,).

    Raises
    ------
    ValueError
        For an unknown score, a score the model cannot give, or images of the wrong shape.
    """
    if score not in SCORES:
        raise ValueError(f"score {score!r}: choose one of {', '.join(SCORES)}")
    if score != "inversion" and not getattr(model, "has_encoder", False):
        raise ValueError(f"score {score!r} needs an encoder; this model offers {', '.join(scores_for(model))}")
    if labels is None and hasattr(images, "labels") and hasattr(images, "images"):
        labels = images.labels
    shape = tuple(model.image_shape)
    total = len(images.images if hasattr(images, "images") else images)
    label_all = _label_batches(model, labels, total)
    classes = range(model.num_classes) if getattr(model, "conditional", False) else [None]
    out: list[np.ndarray] = []
    done = 0
    with _eval_mode(model):
        for x in _batches(images, batch_size if score != "inversion" else 64):
            if tuple(x.shape[1:]) != shape:
                raise ValueError(f"images are {tuple(x.shape[1:])}; this model draws {shape}")
            if should_stop is not None and should_stop():
                raise MetricsCancelled("anomaly scoring cancelled")
            x = x.to(model.device, torch.float32)
            if label_all is not None:
                candidates = [label_all[done:done + len(x)].to(model.device)]
            else:
                candidates = [None if c is None else torch.full((len(x),), c, dtype=torch.long, device=model.device)
                              for c in classes]
            per_label = []
            for lab in candidates:
                if score == "inversion":
                    per_label.append(_inversion_scores(model, x, lab, inversion_steps, seed + done))
                else:
                    with torch.inference_mode():
                        per_label.append(_vae_scores(model, x, lab, score))
            out.append(torch.stack(per_label).amin(0).double().cpu().numpy())
            done += len(x)
            if progress is not None:
                progress(done / max(total, 1))
    if not out:
        raise ValueError("no images to score")
    return np.concatenate(out)


def roc_curve(inliers: Any, outliers: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ROC of "score above a threshold means outlier".

    Returns
    -------
    (fpr, tpr, thresholds)
        From (0, 0) to (1, 1): for each distinct score as a threshold (descending), the share of
        inliers (false positives) and of outliers (true positives) scoring at least that much.
    """
    a, b = np.asarray(inliers, np.float64).ravel(), np.asarray(outliers, np.float64).ravel()
    if not len(a) or not len(b):
        raise ValueError("the ROC needs at least one inlier and one outlier score")
    thresholds = np.unique(np.concatenate([a, b]))[::-1]
    a_sorted, b_sorted = np.sort(a), np.sort(b)
    fpr = (len(a) - np.searchsorted(a_sorted, thresholds, side="left")) / len(a)
    tpr = (len(b) - np.searchsorted(b_sorted, thresholds, side="left")) / len(b)
    return np.concatenate([[0.0], fpr]), np.concatenate([[0.0], tpr]), np.concatenate([[np.inf], thresholds])


def roc_auc(inliers: Any, outliers: Any) -> float:
    """Area under the ROC: the chance that a random outlier scores above a random inlier (ties ½)."""
    a, b = np.sort(np.asarray(inliers, np.float64).ravel()), np.asarray(outliers, np.float64).ravel()
    if not len(a) or not len(b):
        raise ValueError("the AUC needs at least one inlier and one outlier score")
    below = np.searchsorted(a, b, side="left")
    ties = np.searchsorted(a, b, side="right") - below
    return float((below + 0.5 * ties).sum() / (len(a) * len(b)))


def outlier_images(kind: str, reference: np.ndarray, seed: int = 0) -> np.ndarray:
    """Outliers made from in-distribution images: ``"noise"``, ``"inverted"`` or ``"rotated"``.

    Parameters
    ----------
    kind : str
        ``"noise"``: uniform noise; ``"inverted"``: 255 − pixel; ``"rotated"``: turned 90°.
    reference : numpy.ndarray
        uint8 (N, C, H, W) images of the in-distribution set.

    Returns
    -------
    numpy.ndarray
        uint8 images of the same shape.
    """
    ref = np.asarray(reference)
    if kind == "noise":
        return np.random.default_rng(seed).integers(0, 256, size=ref.shape, dtype=np.uint8)
    if kind == "inverted":
        return (255 - ref.astype(np.int16)).astype(np.uint8)
    if kind == "rotated":
        if ref.shape[-1] != ref.shape[-2]:
            raise ValueError(f"rotated outliers need square images, not {ref.shape[-2]}×{ref.shape[-1]}")
        return np.ascontiguousarray(np.rot90(ref, k=1, axes=(-2, -1)))
    raise ValueError(f"outlier kind {kind!r}: choose noise, inverted or rotated")


@dataclass
class AnomalyReport:
    """Scores of an inlier and an outlier set and how well they separate."""

    score: str
    inlier_scores: np.ndarray
    outlier_scores: np.ndarray
    auc: float
    fpr: np.ndarray = field(repr=False)
    tpr: np.ndarray = field(repr=False)

    def summary(self) -> dict[str, Any]:
        """JSON-ready figures: AUC, set sizes, mean and median scores of each set."""
        return {
            "score": self.score, "auc": self.auc,
            "n_inliers": int(len(self.inlier_scores)), "n_outliers": int(len(self.outlier_scores)),
            "inlier_mean": float(self.inlier_scores.mean()), "outlier_mean": float(self.outlier_scores.mean()),
            "inlier_median": float(np.median(self.inlier_scores)),
            "outlier_median": float(np.median(self.outlier_scores)),
        }


def detect(model: Any, inliers: Any, outliers: Any, score: str | None = None, **options: Any) -> AnomalyReport:
    """Score both sets with ``model`` and measure how well the score tells them apart.

    ``score`` defaults to the model's first (``recon`` for VAEs, ``inversion`` otherwise);
    ``options`` go to :func:`anomaly_scores` (``progress`` gets each set's half of [0, 1]).
    """
    score = score or scores_for(model)[0]
    progress = options.pop("progress", None)
    first = anomaly_scores(model, inliers, score=score,
                           progress=(lambda f: progress(0.5 * f)) if progress else None, **options)
    second = anomaly_scores(model, outliers, score=score,
                            progress=(lambda f: progress(0.5 + 0.5 * f)) if progress else None, **options)
    fpr, tpr, _ = roc_curve(first, second)
    return AnomalyReport(score, first, second, roc_auc(first, second), fpr, tpr)
