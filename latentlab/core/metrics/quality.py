"""Figures of one image set: sharpness, class coverage and confidence, reconstruction, path length."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from latentlab.core.latent import sample_prior, slerp
from latentlab.core.metrics.features import FeatureNet
from latentlab.core.metrics.inputs import BATCH_SIZE, MetricsError, _as_probs, _batches, _eval_mode, _Hooks


_LAPLACIAN = torch.tensor([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])


def _laplacian_variance(x: torch.Tensor) -> torch.Tensor:
    """Per-image variance (N,) of the 3×3 Laplacian response of float images."""
    c = x.shape[1]
    kernel = _LAPLACIAN.to(device=x.device, dtype=x.dtype).expand(c, 1, 3, 3)
    # No padding: a zero border would add edges that are not in the image.
    response = F.conv2d(x, kernel, groups=c)
    return response.flatten(1).double().var(dim=1, unbiased=False).cpu()


def _sharpness_values(images: Any, batch_size: int = BATCH_SIZE) -> np.ndarray:
    parts = [_laplacian_variance(x) for x in _batches(images, batch_size)]
    return torch.cat(parts).numpy() if parts else np.zeros(0)


def sharpness(images: Any) -> float:
    """Mean per-image variance of the 3×3 Laplacian: high for crisp edges, low for blur.

    Parameters
    ----------
    images : array, tensor or ImageDataset
        (N, C, H, W) or (N, H, W), uint8 or float in [0, 1]; at least 3×3 pixels.
    """
    values = _sharpness_values(images)
    if len(values) == 0:
        raise MetricsError("sharpness of an empty image set")
    return float(values.mean())


def sharpness_ratio(gen: Any, real: Any) -> float:
    """``sharpness(gen) / sharpness(real)``: 1 as crisp as real data, below 1 blurrier.

    Raises
    ------
    MetricsError
        If the real images have no edges at all (sharpness 0).
    """
    s_real = sharpness(real)
    if s_real <= 0.0:
        raise MetricsError("the real images are flat (sharpness 0): a sharpness ratio is undefined")
    return sharpness(gen) / s_real


def class_coverage(probs: Any, num_classes: int) -> dict[str, Any]:
    """How evenly the classifier's predicted classes spread over the samples.

    Parameters
    ----------
    probs : array_like
        Class probabilities (N, K) with K ≤ ``num_classes``.
    num_classes : int
        Number of classes (≥ 2).

    Returns
    -------
    dict
        ``histogram`` (fraction of samples predicted as each class, a list),
        ``entropy`` (of the histogram, divided by log K: 1 uniform, 0 a single class — mode
        collapse), ``min_fraction`` and ``max_fraction``.
    """
    p = _as_probs(probs)
    if num_classes < 2:
        raise MetricsError(f"num_classes={num_classes}: coverage needs at least 2 classes")
    if p.shape[1] > num_classes:
        raise MetricsError(f"probs have {p.shape[1]} columns for {num_classes} classes")
    hist = np.bincount(p.argmax(axis=1), minlength=num_classes) / len(p)
    nonzero = hist[hist > 0]
    # + 0.0 turns the −0.0 of a single class into 0.0, which would print as "-0".
    entropy = float(-(nonzero * np.log(nonzero)).sum() / math.log(num_classes)) + 0.0
    return {
        "histogram": [float(h) for h in hist],
        "entropy": min(max(entropy, 0.0), 1.0),
        "min_fraction": float(hist.min()),
        "max_fraction": float(hist.max()),
    }


def inception_score(probs: Any, splits: int = 10) -> tuple[float, float]:
    """Inception Score: exp(E_x[KL(p(y|x) ‖ p(y))]), from a classifier's class probabilities.

    Salimans et al. (2016), computed with the data set's own classifier (its feature network)
    instead of ImageNet's Inception network, which knows nothing of digits or garments. High
    when each sample is classified confidently (sharp p(y|x)) *and* the classes are spread
    evenly (broad p(y)): at most K for K classes, 1 when every sample looks like the same class.
    It never looks at real images — a generator that draws one perfect image per class scores
    the maximum — which is why FID, which compares with real data, is reported beside it, and
    why the real data's own IS is shown as the ceiling.

    Parameters
    ----------
    probs : array_like
        Class probabilities (N, K), rows summing to 1.
    splits : int, optional
        The samples are scored in this many equal parts (the usual 10); fewer when there are
        fewer than K samples per part, so that p(y) of a part can hold every class.

    Returns
    -------
    (float, float)
        Mean and standard deviation of the parts' scores.
    """
    p = _as_probs(probs).astype(np.float64)
    n, k = p.shape
    parts = max(1, min(int(splits), n // max(k, 1)))
    scores = []
    for part in np.array_split(p, parts):
        marginal = part.mean(axis=0, keepdims=True)
        # 0·log 0 = 0: a class a sample never gets adds nothing (the where keeps log's warning out)
        ratio = np.where(part > 0, part / np.maximum(marginal, 1e-300), 1.0)
        kl = (part * np.log(ratio)).sum(axis=1)
        scores.append(float(np.exp(kl.mean())))
    return float(np.mean(scores)), float(np.std(scores))


def conditional_agreement(probs: Any, requested_labels: Any) -> float:
    """Share of samples whose predicted class (argmax) is the class they were generated for."""
    p = _as_probs(probs)
    labels = np.asarray(requested_labels.cpu() if isinstance(requested_labels, torch.Tensor) else requested_labels)
    labels = labels.reshape(-1)
    if len(labels) != len(p):
        raise MetricsError(f"{len(labels)} requested labels for {len(p)} samples")
    return float(np.mean(p.argmax(axis=1) == labels))


def mean_confidence(probs: Any) -> float:
    """Mean of the top class probability: how sure the classifier is about the samples."""
    return float(_as_probs(probs).max(axis=1).mean())


def reconstruction_error(model: nn.Module, images: Any, labels: Any = None, batch_size: int = BATCH_SIZE) -> dict[str, float]:
    """Per-pixel error of ``decode(encode(x).mu)`` against ``x``, for models with an encoder.

    Parameters
    ----------
    model : Generator
        A VAE (``has_encoder``).
    images : array, tensor or ImageDataset
        Real images, uint8 or float in [0, 1]; an ImageDataset also supplies the labels.
    labels : array_like, optional
        Classes of the images; required for conditional models.

    Returns
    -------
    dict
        ``bce``: mean binary cross-entropy per pixel (not 0 even for a perfect reconstruction
        of grey pixels: its floor is the pixels' own entropy); ``mse``: mean squared error.
    """
    if not getattr(model, "has_encoder", False):
        raise MetricsError(f"{getattr(model, 'arch', type(model).__name__)} models have no encoder to reconstruct with")
    if labels is None and hasattr(images, "labels"):
        labels = images.labels
    if model.conditional and labels is None:
        raise MetricsError("this model is conditional: reconstruction needs the images' labels")
    label_t = torch.as_tensor(np.asarray(labels), dtype=torch.long).reshape(-1) if labels is not None else None
    bce = mse = 0.0
    count = 0
    start = 0
    with _eval_mode(model):
        for x in _batches(images, batch_size):
            lab = label_t[start:start + len(x)] if label_t is not None and model.conditional else None
            start += len(x)
            x = x.to(device=model.device, dtype=model.dtype)
            with torch.inference_mode():
                mu, _ = model.encode(x, lab.to(model.device) if lab is not None else None)
                recon = model.decode(mu, lab)
                bce += float(F.binary_cross_entropy(recon.double(), x.double().clamp(0, 1), reduction="sum"))
                mse += float(((recon.double() - x.double()) ** 2).sum())
            count += x.numel()
    if count == 0:
        raise MetricsError("reconstruction error of an empty image set")
    return {"bce": bce / count, "mse": mse / count}



def _default_labels(model: nn.Module, n: int) -> torch.Tensor | None:
    return torch.arange(n) % model.num_classes if model.conditional else None


def _ppl_distances(
    model: nn.Module, featurenet: FeatureNet, n: int, eps: float, seed: int, labels: Any,
    batch_size: int, hooks: _Hooks | None = None, span: tuple[float, float] = (0.0, 1.0),
) -> np.ndarray:
    if n < 1:
        raise MetricsError(f"n={n}: path length needs at least one pair")
    if not 0.0 < eps < 0.5:
        raise MetricsError(f"eps={eps} must be small and positive")
    # float64 latents: the two ends of a step differ by ~eps·|z1 − z0| ≈ 1e-3, which float32
    # slerp trigonometry would blur.
    z = sample_prior(2 * n, model.latent_dim, seed=seed).double()
    gen = torch.Generator().manual_seed(int(seed))
    # t + eps must stay within the segment, so t is drawn from [0, 1 − eps).
    t = torch.rand(n, generator=gen, dtype=torch.float64) * (1.0 - eps)
    pairs = torch.stack([slerp(z[i], z[n + i], torch.stack([t[i], t[i] + eps])) for i in range(n)])  # (n, 2, D)
    if model.conditional:
        lab = _default_labels(model, n) if labels is None else torch.as_tensor(labels, dtype=torch.long).reshape(-1)
        if lab.numel() == 1:
            lab = lab.expand(n)
        if lab.numel() != n:
            raise MetricsError(f"{lab.numel()} labels for {n} pairs")
    else:
        lab = None
    dist = []
    lo, hi = span
    with _eval_mode(model):
        for start in range(0, n, batch_size):
            if hooks is not None:
                hooks.report(lo + (hi - lo) * start / n, "path length")
            p = pairs[start:start + batch_size]
            b = lab[start:start + batch_size] if lab is not None else None
            f0, _ = featurenet.embed_batch(model.decode(p[:, 0].to(model.dtype), b))
            f1, _ = featurenet.embed_batch(model.decode(p[:, 1].to(model.dtype), b))
            dist.append(((f1 - f0) ** 2).sum(axis=1) / eps**2)
    return np.concatenate(dist)


def _trimmed_mean(d: np.ndarray) -> float:
    # As StyleGAN: drop the top and bottom 1 %, where a few near-discontinuities dominate.
    lo = np.percentile(d, 1, method="lower")
    hi = np.percentile(d, 99, method="higher")
    return float(d[(d >= lo) & (d <= hi)].mean())


def perceptual_path_length(
    model: nn.Module, featurenet: FeatureNet, n: int = 1000, eps: float = 1e-4, seed: int = 0,
    labels: Any = None, batch_size: int = BATCH_SIZE,
) -> float:
    """Perceptual path length (Karras et al. 2019), in classifier-feature space.

    For ``n`` pairs of prior latents, a point at ``t ~ U(0, 1 − eps)`` on their slerp path
    (:func:`latentlab.core.latent.slerp`) and one at ``t + eps`` are decoded; the squared L2 distance of their feature-network features,
    divided by ``eps²``, measures how fast the images change. StyleGAN uses VGG/LPIPS
    features; here they are the dataset classifier's penultimate features, so values are
    comparable only between models measured with the same feature network.

    Parameters
    ----------
    model : Generator
        The model to measure.
    featurenet : FeatureNet
        The embedding.
    n : int, optional
        Number of latent pairs.
    eps : float, optional
        Step along the path.
    seed : int, optional
        Seed of the latents and of ``t``.
    labels : int or array_like, optional
        Class of each pair (one for all, or ``n``) for conditional models; both ends of a
        step share it. Default: classes cycling 0..K−1.

    Returns
    -------
    float
        The mean distance after discarding the top and bottom 1 %.
    """
    return _trimmed_mean(_ppl_distances(model, featurenet, n, eps, seed, labels, batch_size))

