"""Distances between two feature sets: FID, KID and k-NN precision/recall."""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from latentlab.core.metrics.inputs import MetricsError, _as_features

#: bound on the number of distances held at once by :func:`precision_recall` (32 MB in float64)
_CDIST_ELEMENTS = 1 << 22


def _gaussian_fit(x: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray]:
    if len(x) < 2:
        raise MetricsError(f"{name}: a covariance needs at least 2 samples, got {len(x)}")
    return x.mean(axis=0), np.atleast_2d(np.cov(x, rowvar=False))


def _sqrt_psd(m: np.ndarray) -> np.ndarray:
    """Square root of a symmetric positive semi-definite matrix by eigendecomposition."""
    w, v = np.linalg.eigh((m + m.T) / 2)
    # Round-off leaves rank-deficient covariances with eigenvalues like -1e-17; their true
    # value is 0, and sqrt would turn them into NaN.
    return (v * np.sqrt(np.clip(w, 0.0, None))) @ v.T


def fid(feat_a: Any, feat_b: Any) -> float:
    """Fréchet distance between Gaussian fits of two feature sets.

    ``|μa − μb|² + tr(Σa) + tr(Σb) − 2 tr((Σa^½ Σb Σa^½)^½)``, computed in float64 with
    symmetric eigendecompositions (no scipy); ``Σa^½ Σb Σa^½`` is symmetric, unlike the
    ``Σa Σb`` of the textbook formula, so its square root stays real.

    Parameters
    ----------
    feat_a, feat_b : array_like
        Features (Na, D) and (Nb, D), each with at least 2 rows.

    Returns
    -------
    float
        The distance, ≥ 0 (round-off below zero is clipped). It is biased upwards for small
        sets, so compare FIDs only at equal set sizes.
    """
    a = _as_features(feat_a, "feat_a")
    b = _as_features(feat_b, "feat_b")
    if a.shape[1] != b.shape[1]:
        raise MetricsError(f"feature sets of different widths: {a.shape[1]} and {b.shape[1]}")
    mu_a, s_a = _gaussian_fit(a, "feat_a")
    mu_b, s_b = _gaussian_fit(b, "feat_b")
    root_a = _sqrt_psd(s_a)
    middle = root_a @ s_b @ root_a
    eig = np.linalg.eigvalsh((middle + middle.T) / 2)
    tr_covmean = float(np.sqrt(np.clip(eig, 0.0, None)).sum())
    diff = mu_a - mu_b
    value = float(diff @ diff + np.trace(s_a) + np.trace(s_b) - 2.0 * tr_covmean)
    return max(value, 0.0)


def _poly_kernel(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return (x @ y.T / x.shape[1] + 1.0) ** 3


def _mmd2_unbiased(x: np.ndarray, y: np.ndarray) -> float:
    m = len(x)
    kxx = _poly_kernel(x, x)
    kyy = _poly_kernel(y, y)
    kxy = _poly_kernel(x, y)
    # The diagonals k(x, x) are left out of the within-set terms: including them is what
    # biases the plain MMD estimate upwards. The cross term has no such pairs.
    within = (kxx.sum() - np.trace(kxx) + kyy.sum() - np.trace(kyy)) / (m * (m - 1))
    return float(within - 2.0 * kxy.sum() / (m * m))


def kid(feat_a: Any, feat_b: Any, subsets: int = 10, subset_size: int = 1000, seed: int = 0) -> tuple[float, float]:
    """Kernel Inception Distance (Bińkowski et al. 2018) in the given feature space.

    The unbiased estimate of the squared MMD with the cubic polynomial kernel
    ``k(x, y) = (xᵀy / D + 1)³``, averaged over random subsets.

    Parameters
    ----------
    feat_a, feat_b : array_like
        Features (Na, D) and (Nb, D).
    subsets : int, optional
        Number of random subset pairs.
    subset_size : int, optional
        Size of each subset, drawn without replacement; clipped to the smaller set.
    seed : int, optional
        Seed of the subset draws.

    Returns
    -------
    (float, float)
        Mean and standard deviation over the subsets. Unbiased means the mean can be slightly
        negative when both sets come from the same distribution.
    """
    a = _as_features(feat_a, "feat_a")
    b = _as_features(feat_b, "feat_b")
    if a.shape[1] != b.shape[1]:
        raise MetricsError(f"feature sets of different widths: {a.shape[1]} and {b.shape[1]}")
    if subsets < 1:
        raise MetricsError(f"subsets={subsets}: need at least one")
    m = min(int(subset_size), len(a), len(b))
    if m < 2:
        raise MetricsError(f"KID needs at least 2 samples in each set, got {len(a)} and {len(b)}")
    rng = np.random.default_rng(seed)
    values = [
        _mmd2_unbiased(a[rng.choice(len(a), m, replace=False)], b[rng.choice(len(b), m, replace=False)])
        for _ in range(subsets)
    ]
    return float(np.mean(values)), float(np.std(values))


def _knn_radii(x: torch.Tensor, k: int, chunk: int) -> torch.Tensor:
    radii = torch.empty(len(x), dtype=x.dtype)
    for start in range(0, len(x), chunk):
        d = torch.cdist(x[start:start + chunk], x)
        # k + 1: every point is its own nearest neighbour at distance 0.
        radii[start:start + chunk] = d.kthvalue(k + 1, dim=1).values
    return radii


def _inside_any_ball(points: torch.Tensor, centres: torch.Tensor, radii: torch.Tensor, chunk: int) -> torch.Tensor:
    inside = torch.empty(len(points), dtype=torch.bool)
    for start in range(0, len(points), chunk):
        d = torch.cdist(points[start:start + chunk], centres)
        inside[start:start + chunk] = (d <= radii.unsqueeze(0)).any(dim=1)
    return inside


def precision_recall(real: Any, fake: Any, k: int = 3) -> tuple[float, float]:
    """Improved precision and recall (Kynkäänniemi et al. 2019) with k-NN manifolds.

    Each set's manifold is the union of balls around its points reaching their k-th nearest
    neighbour. Precision is the share of ``fake`` inside the real manifold (fidelity), recall
    the share of ``real`` inside the fake manifold (variety).

    Parameters
    ----------
    real, fake : array_like
        Features (Nr, D) and (Nf, D), each with more than ``k`` rows.
    k : int, optional
        Neighbourhood size (3 in the paper).

    Returns
    -------
    (float, float)
        precision, recall, each in [0, 1].
    """
    r = torch.from_numpy(_as_features(real, "real"))
    f = torch.from_numpy(_as_features(fake, "fake"))
    if r.shape[1] != f.shape[1]:
        raise MetricsError(f"feature sets of different widths: {r.shape[1]} and {f.shape[1]}")
    if k < 1:
        raise MetricsError(f"k={k}: need k ≥ 1")
    if len(r) <= k or len(f) <= k:
        raise MetricsError(f"precision/recall with k={k} needs more than {k} samples per set, got {len(r)} and {len(f)}")
    # Rows per cdist call, so that no distance matrix exceeds _CDIST_ELEMENTS entries.
    chunk = max(1, _CDIST_ELEMENTS // max(len(r), len(f)))
    real_radii = _knn_radii(r, k, chunk)
    fake_radii = _knn_radii(f, k, chunk)
    precision = _inside_any_ball(f, r, real_radii, chunk).double().mean()
    recall = _inside_any_ball(r, f, fake_radii, chunk).double().mean()
    return float(precision), float(recall)

