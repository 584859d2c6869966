"""Offline quality figures for generators, measured in a dataset classifier's feature space.

The usual FID/KID networks (Inception) are trained on photos and need a download; for 28×28
digits and clothes latentlab embeds images with the small bundled classifier of the model's
dataset instead (its penultimate activations, :meth:`Classifier.features`). The figures are
therefore comparable between models of the *same* dataset measured with the *same* feature
network, but not with published Inception-based numbers.

Every figure is reported next to a **real-vs-real floor**: the same figure computed between
two sets of real images. A FID of 3 means little on its own; "3, where real data scores 1"
does.

Nothing here imports Qt: the GUI runs :func:`evaluate` in a worker thread and uses the
``progress`` / ``should_stop`` hooks.
"""

from __future__ import annotations

import contextlib
import math
import time
from typing import Any, Callable, Iterator

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from latentlab.core.latent import sample_prior, slerp
from latentlab.core.metric_table import METRICS  # (key, label, note) of every figure; public here too

#: images per forward pass: large enough to keep BLAS busy, small enough for any GPU
BATCH_SIZE = 500
#: below these sizes the figures are too noisy or biased to compare (see :func:`evaluate`)
FID_MIN_N = 2000
KID_SUBSET_SIZE = 1000
PR_MIN_N = 1000
PPL_PAIRS = 1000
#: smallest ``n`` :func:`evaluate` accepts: covariances and 3-NN radii need a few points
MIN_N = 10
#: bound on the number of distances held at once by :func:`precision_recall` (32 MB in float64)
_CDIST_ELEMENTS = 1 << 22


class MetricsError(ValueError):
    """The figures cannot be computed for these inputs; the message says why."""


class MetricsCancelled(Exception):
    """:func:`evaluate` stopped early because ``should_stop()`` returned True."""


# --------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------


def _raw_images(images: Any) -> np.ndarray | torch.Tensor:
    """The image array inside ``images`` (an ImageDataset, array or tensor), not yet converted."""
    if hasattr(images, "images") and hasattr(images, "labels"):
        images = images.images
    if not isinstance(images, (np.ndarray, torch.Tensor)):
        images = np.asarray(images)
    if images.ndim not in (3, 4):
        raise MetricsError(f"images must be shaped (N, C, H, W) or (N, H, W), got {tuple(images.shape)}")
    return images


def _to_float(batch: np.ndarray | torch.Tensor) -> torch.Tensor:
    """float32 (N, C, H, W) in [0, 1]; uint8 input is scaled by 1/255."""
    if isinstance(batch, np.ndarray):
        # A copy, because torch.from_numpy warns on read-only arrays (np.load results) and the
        # test suite turns warnings into errors.
        batch = torch.from_numpy(np.array(batch, copy=True))
    if batch.ndim == 3:
        batch = batch.unsqueeze(1)
    if batch.dtype == torch.uint8:
        return batch.to(torch.float32) / 255.0
    return batch.to(torch.float32)


def _batches(images: Any, batch_size: int) -> Iterator[torch.Tensor]:
    """Float batches of ``images``, converted slice by slice so a big uint8 set is never all float."""
    raw = _raw_images(images)
    for start in range(0, len(raw), batch_size):
        yield _to_float(raw[start:start + batch_size])


def _images_and_labels(data: Any) -> tuple[torch.Tensor, np.ndarray | None]:
    """Split an ImageDataset, an ``(images, labels)`` pair or bare images into float images + labels."""
    labels = None
    if hasattr(data, "images") and hasattr(data, "labels"):
        images, labels = data.images, data.labels
    elif isinstance(data, tuple) and len(data) == 2:
        images, labels = data
    else:
        images = data
    x = _to_float(_raw_images(images))
    if labels is not None:
        labels = np.asarray(labels.cpu() if isinstance(labels, torch.Tensor) else labels).astype(np.int64).reshape(-1)
        if len(labels) != len(x):
            raise MetricsError(f"{len(x)} images but {len(labels)} labels")
    return x, labels


def _as_features(feat: Any, name: str) -> np.ndarray:
    x = np.asarray(feat.detach().cpu() if isinstance(feat, torch.Tensor) else feat, dtype=np.float64)
    if x.ndim != 2:
        raise MetricsError(f"{name} must be a 2-D array (N, D) of features, got shape {x.shape}")
    if not np.isfinite(x).all():
        raise MetricsError(f"{name} contains NaN or infinite values")
    return x


def _as_probs(probs: Any) -> np.ndarray:
    p = np.asarray(probs.detach().cpu() if isinstance(probs, torch.Tensor) else probs, dtype=np.float64)
    if p.ndim != 2 or len(p) == 0:
        raise MetricsError(f"probs must be a non-empty (N, K) array, got shape {p.shape}")
    return p


@contextlib.contextmanager
def _eval_mode(module: nn.Module) -> Iterator[None]:
    """Eval mode for the duration: BatchNorm must use its running statistics, dropout be off."""
    was_training = module.training
    module.eval()
    try:
        yield
    finally:
        module.train(was_training)


# --------------------------------------------------------------------------------------------
# the feature network
# --------------------------------------------------------------------------------------------


def _card_accuracy(card: dict[str, Any]) -> float | None:
    try:
        value = card["metrics"]["training"]["test_accuracy"]
    except (KeyError, TypeError):
        return None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


class FeatureNet:
    """A dataset classifier used as the embedding of every figure.

    Parameters
    ----------
    classifier : Classifier
        Trained on the dataset the generators imitate; takes images in [0, 1].
    batch_size : int, optional
        Images per forward pass.
    test_accuracy : float, optional
        Shown beside the results (a weak classifier makes weak figures); read from the
        classifier's card (``metrics.training.test_accuracy``) when not given.
    """

    def __init__(self, classifier: nn.Module, batch_size: int = BATCH_SIZE, test_accuracy: float | None = None):
        if not hasattr(classifier, "features") or not hasattr(classifier, "head"):
            raise MetricsError(f"{type(classifier).__name__} is not a latentlab Classifier (no features/head)")
        # Dropout off for good: a feature network must be a fixed function.
        self.classifier = classifier.eval()
        self.batch_size = int(batch_size)
        card = getattr(classifier, "card", None) or {}
        self.test_accuracy = test_accuracy if test_accuracy is not None else _card_accuracy(card)
        self.dataset: str | None = card.get("dataset")

    @classmethod
    def for_dataset(cls, name: str, device: str | torch.device | None = "cpu") -> "FeatureNet":
        """The bundled classifier of dataset ``name`` as a feature network.

        Raises
        ------
        MetricsError
            If no classifier for ``name`` is installed, or the file found is not a classifier.
        """
        from latentlab.core import zoo
        from latentlab.core.checkpoint import load_model

        path = zoo.feature_network(name)
        if path is None:
            raise MetricsError(
                f"no feature network for dataset {name!r}: the metrics need a classifier trained on "
                f"{name!r} among the models (train one with: latentlab train classifier --dataset {name} "
                "-o classifier.safetensors, and put it in your models folder)"
            )
        model = load_model(path, device=device)
        if getattr(model, "kind", None) != "classifier":
            raise MetricsError(f"{path}: the feature network for {name!r} is not a classifier")
        return cls(model)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.classifier.config.image_shape)  # type: ignore[return-value]

    @property
    def num_classes(self) -> int:
        return int(self.classifier.config.num_classes)

    @property
    def feature_dim(self) -> int:
        return int(self.classifier.config.feature_dim)

    @property
    def device(self) -> torch.device:
        return next(self.classifier.parameters()).device

    def _check(self, x: torch.Tensor) -> None:
        if tuple(x.shape[1:]) != self.image_shape:
            raise MetricsError(
                f"images of shape {list(x.shape[1:])} do not fit the feature network, "
                f"which takes {list(self.image_shape)}"
            )

    def embed_batch(self, x: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
        """Features and class probabilities of one batch of float images in [0, 1]."""
        self._check(x)
        param = next(self.classifier.parameters())
        with torch.inference_mode():
            f = self.classifier.features(x.to(device=param.device, dtype=param.dtype))
            # The head straight on the features: forward() would run the body a second time
            # (its dropout is the identity in eval mode).
            p = torch.softmax(self.classifier.head(f).double(), dim=1)
        return f.double().cpu().numpy(), p.cpu().numpy()

    def embed(self, images: Any) -> tuple[np.ndarray, np.ndarray]:
        """Features (N, feature_dim) and probabilities (N, num_classes), float64, in one pass.

        Parameters
        ----------
        images : array, tensor or ImageDataset
            (N, C, H, W) or (N, H, W); uint8 in 0..255 or float in [0, 1].
        """
        feats, probs = [], []
        for x in _batches(images, self.batch_size):
            f, p = self.embed_batch(x)
            feats.append(f)
            probs.append(p)
        if not feats:
            return np.zeros((0, self.feature_dim)), np.zeros((0, self.num_classes))
        return np.concatenate(feats), np.concatenate(probs)

    def features(self, images: Any) -> np.ndarray:
        """Penultimate-layer features, float64 (N, feature_dim); see :meth:`embed`."""
        return self.embed(images)[0]

    def probs(self, images: Any) -> np.ndarray:
        """Softmax class probabilities, float64 (N, num_classes); see :meth:`embed`."""
        return self.embed(images)[1]


# --------------------------------------------------------------------------------------------
# distribution distances
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# image and class statistics
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# progress and cancellation
# --------------------------------------------------------------------------------------------


class _Hooks:
    """Reports progress into a sub-range of [0, 1] and raises on cancellation."""

    def __init__(self, progress: Callable[[float, str], Any] | None, should_stop: Callable[[], bool] | None):
        self.progress = progress
        self.should_stop = should_stop
        self.done = 0.0

    def check(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise MetricsCancelled("evaluation cancelled")

    def report(self, fraction: float, text: str) -> None:
        self.check()
        # Never backwards: progress bars cannot un-fill.
        self.done = max(self.done, min(max(float(fraction), 0.0), 1.0))
        if self.progress is not None:
            self.progress(self.done, text)


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


# --------------------------------------------------------------------------------------------
# the whole evaluation
# --------------------------------------------------------------------------------------------


def _halves(n: int, labels: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Two disjoint index sets; class-balanced when labels are known (alternate items per class)."""
    if labels is None:
        idx = np.arange(n)
        return idx[0::2], idx[1::2]
    first, second = [], []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        first.append(idx[0::2])
        second.append(idx[1::2])
    return np.sort(np.concatenate(first)), np.sort(np.concatenate(second))


def _figures(
    feats: np.ndarray, probs: np.ndarray, sharp: np.ndarray, ref_feats: np.ndarray, ref_sharp: float,
    num_classes: int, requested: np.ndarray | None, seed: int, hooks: _Hooks, span: tuple[float, float], who: str,
) -> dict[str, Any]:
    """Every set-vs-reference figure of one image set (generated samples or the floor set)."""
    lo, hi = span
    out: dict[str, Any] = {}
    hooks.report(lo, f"FID ({who})")
    out["fid"] = fid(feats, ref_feats)
    hooks.report(lo + 0.25 * (hi - lo), f"KID ({who})")
    out["kid"], out["kid_std"] = kid(feats, ref_feats, subset_size=KID_SUBSET_SIZE, seed=seed)
    hooks.report(lo + 0.5 * (hi - lo), f"precision/recall ({who})")
    out["precision"], out["recall"] = precision_recall(ref_feats, feats)
    out["sharpness"] = float(sharp.mean())
    out["sharpness_ratio"] = out["sharpness"] / ref_sharp if ref_sharp > 0 else None
    cov = class_coverage(probs, num_classes)
    out["coverage_entropy"] = cov["entropy"]
    out["coverage_min_fraction"] = cov["min_fraction"]
    out["coverage_max_fraction"] = cov["max_fraction"]
    out["class_histogram"] = cov["histogram"]
    out["mean_confidence"] = mean_confidence(probs)
    if requested is not None:
        out["conditional_agreement"] = conditional_agreement(probs, requested)
    return out


def _embed_real(
    featurenet: FeatureNet, x: torch.Tensor, batch_size: int, hooks: _Hooks, span: tuple[float, float], what: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, probabilities and per-image sharpness, polling for cancellation per batch."""
    lo, hi = span
    feats, probs, sharp = [], [], []
    for start in range(0, len(x), batch_size):
        hooks.report(lo + (hi - lo) * start / len(x), f"embedding {what}")
        batch = x[start:start + batch_size]
        f, p = featurenet.embed_batch(batch)
        feats.append(f)
        probs.append(p)
        sharp.append(_laplacian_variance(batch).numpy())
    return np.concatenate(feats), np.concatenate(probs), np.concatenate(sharp)


def _json_clean(obj: Any) -> Any:
    """Plain Python numbers and lists; non-finite floats become None (JSON has no NaN)."""
    if isinstance(obj, dict):
        return {str(k): _json_clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_clean(v) for v in obj]
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (int, np.integer)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return float(obj) if math.isfinite(obj) else None
    return obj


def evaluate(
    model: nn.Module,
    n: int = 10000,
    real: Any = None,
    real_floor: Any = None,
    featurenet: FeatureNet | None = None,
    seed: int = 0,
    progress: Callable[[float, str], Any] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    ppl_pairs: int = PPL_PAIRS,
) -> dict[str, Any]:
    """Measure a generator against real data, with every figure's real-vs-real floor.

    ``n`` samples are generated (latents from ``seed``; conditional models cycle their classes
    0..K−1) and embedded with the feature network. The figures — FID, KID, precision/recall,
    sharpness, class coverage, classifier confidence, label agreement (conditional models),
    reconstruction error (models with an encoder) and path length — compare them with
    ``real``. The **floor** is the same figures for ``real_floor`` (other real images) against
    ``real``: what a perfect generator would score at these set sizes.

    Parameters
    ----------
    model : Generator
        The model; its card's ``dataset`` picks the feature network and bundled sample.
    n : int, optional
        Samples to generate (≥ 10). Below 2,000 FID is biased upwards, and precision/recall
        below 1,000 are noisy; ``results["warnings"]`` says so.
    real : ImageDataset, array, tensor or (images, labels), optional
        Real reference images (e.g. the test set). Default: the bundled 2,000-image test
        sample of the dataset (:func:`latentlab.core.data.load_sample`).
    real_floor : same types as ``real``, optional
        A second real set (e.g. a training subset) for the floor. Default: ``real`` is split
        into two class-balanced halves (1,000 vs 1,000 for the bundled sample); the model
        is then measured against the same half as the floor, so both use one yardstick.
    featurenet : FeatureNet, optional
        Default: the bundled classifier of the model's dataset.
    seed : int, optional
        Seed of the latents, of KID's subsets and of the path-length pairs.
    progress : callable, optional
        ``progress(fraction, text)``, called often with fraction rising from 0 to 1.
    should_stop : callable, optional
        Polled between batches; when it returns True, :class:`MetricsCancelled` is raised.
    batch_size : int, optional
        Images per forward pass.
    ppl_pairs : int, optional
        Latent pairs for the path length (at most ``n``).

    Returns
    -------
    dict
        JSON-serialisable. The model's figures at top level (``fid``, ``kid``, ``kid_std``,
        ``precision``, ``recall``, ``sharpness``, ``sharpness_ratio``, ``coverage_entropy``,
        ``coverage_min_fraction``, ``coverage_max_fraction``, ``class_histogram``,
        ``mean_confidence``, and where they apply ``conditional_agreement``, ``recon_bce``,
        ``recon_mse``, ``ppl``); ``floor``: the same keys for the real-vs-real floor (no
        reconstruction or path length); and ``dataset``, ``kind``, ``arch``, ``n``, ``n_real``,
        ``n_floor``, ``seed``, ``real_source``, ``feature_net_test_accuracy``, ``seconds``
        and ``warnings`` (plain-language caveats).

    Raises
    ------
    MetricsError
        If the inputs do not fit (no dataset, no feature network, image shapes differ, …).
    MetricsCancelled
        If ``should_stop()`` returned True.
    """
    started = time.perf_counter()
    hooks = _Hooks(progress, should_stop)
    hooks.report(0.0, "preparing")
    n = int(n)
    if n < MIN_N:
        raise MetricsError(f"n={n}: evaluation needs at least {MIN_N} samples (10,000 for figures worth comparing)")
    card = getattr(model, "card", None) or {}
    dataset = card.get("dataset") or (featurenet.dataset if featurenet is not None else None)
    if featurenet is None:
        if not dataset:
            raise MetricsError("the model's card names no dataset, so there is no feature network to measure it with")
        featurenet = FeatureNet.for_dataset(dataset, device=model.device)
    if tuple(model.image_shape) != featurenet.image_shape:
        raise MetricsError(
            f"the model makes {list(model.image_shape)} images, the feature network takes {list(featurenet.image_shape)}"
        )
    warnings: list[str] = []

    if real is None:
        if not dataset:
            raise MetricsError("the model's card names no dataset: pass the real images to compare with")
        from latentlab.core import data as _data

        real = _data.load_sample(dataset, image_shape=model.image_shape)
        real_source = f"bundled sample of the {dataset} test set"
    else:
        real_source = "given real images"
    real_x, real_y = _images_and_labels(real)
    if real_floor is None:
        floor_idx, ref_idx = _halves(len(real_x), real_y)
        floor_x = real_x[torch.from_numpy(floor_idx)]
        floor_y = real_y[floor_idx] if real_y is not None else None
        real_x = real_x[torch.from_numpy(ref_idx)]
        real_y = real_y[ref_idx] if real_y is not None else None
        real_source += f", split in two halves ({len(floor_x):,} for the floor, {len(real_x):,} as reference)"
    else:
        floor_x, floor_y = _images_and_labels(real_floor)
    if min(len(real_x), len(floor_x)) <= 3:
        raise MetricsError(f"too few real images: {len(real_x)} reference and {len(floor_x)} floor images")
    for name, x in (("real", real_x), ("real_floor", floor_x)):
        if tuple(x.shape[1:]) != featurenet.image_shape:
            raise MetricsError(f"{name} images are {list(x.shape[1:])}, the feature network takes {list(featurenet.image_shape)}")

    # Generate and embed in batches: only features, probabilities and one sharpness value per
    # sample are kept, never 10,000 images.
    conditional = bool(model.conditional)
    z = model.sample_latent(n, seed=seed)
    gen_labels = _default_labels(model, n)
    feats, probs, sharp = [], [], []
    with _eval_mode(model):
        for start in range(0, n, batch_size):
            hooks.report(0.5 * start / n, f"generating and embedding samples ({start:,}/{n:,})")
            images = model.decode(z[start:start + batch_size],
                                  gen_labels[start:start + batch_size] if gen_labels is not None else None)
            f, p = featurenet.embed_batch(images)
            feats.append(f)
            probs.append(p)
            sharp.append(_laplacian_variance(images.float()).numpy())
    gen_f, gen_p, gen_s = np.concatenate(feats), np.concatenate(probs), np.concatenate(sharp)

    real_f, _, real_s = _embed_real(featurenet, real_x, batch_size, hooks, (0.5, 0.55), "real images")
    floor_f, floor_p, floor_s = _embed_real(featurenet, floor_x, batch_size, hooks, (0.55, 0.6),
                                            "the floor's real images")
    ref_sharp = float(real_s.mean())

    k = featurenet.num_classes
    agree = conditional and model.num_classes == k
    if conditional and not agree:
        warnings.append(f"label agreement skipped: the model has {model.num_classes} classes, "
                        f"the feature network {k}")
    results: dict[str, Any] = _figures(gen_f, gen_p, gen_s, real_f, ref_sharp, k,
                                       gen_labels.numpy() if agree else None, seed, hooks, (0.6, 0.7), "model")
    # For real images, "agreement" with their true labels is the classifier's accuracy on them.
    floor_requested = floor_y if agree and floor_y is not None else None
    floor = _figures(floor_f, floor_p, floor_s, real_f, ref_sharp, k, floor_requested, seed, hooks, (0.7, 0.8), "floor")
    if agree and floor_requested is None:
        floor["conditional_agreement"] = None

    if getattr(model, "has_encoder", False):
        hooks.report(0.8, "reconstruction error")
        if conditional and real_y is None:
            warnings.append("reconstruction error skipped: the real images have no labels, and this model needs them")
        else:
            rec = reconstruction_error(model, real_x, real_y, batch_size=batch_size)
            results["recon_bce"], results["recon_mse"] = rec["bce"], rec["mse"]
            floor["recon_bce"] = floor["recon_mse"] = None

    pairs = min(n, int(ppl_pairs))
    if pairs >= 1:
        dist = _ppl_distances(model, featurenet, pairs, 1e-4, seed, None, batch_size, hooks, (0.85, 0.99))
        results["ppl"] = _trimmed_mean(dist)
        floor["ppl"] = None

    n_real, n_floor = len(real_x), len(floor_x)
    if n < FID_MIN_N or n_real < FID_MIN_N:
        warnings.append(
            f"FID from {n:,} samples and {n_real:,} real images is biased upwards (it falls as the sets "
            f"grow): compare it only with FIDs measured at the same sizes, ideally 10,000 samples"
        )
    kid_m = min(KID_SUBSET_SIZE, n, n_real)
    if kid_m < KID_SUBSET_SIZE:
        warnings.append(f"KID used subsets of only {kid_m:,} images (the usual size is {KID_SUBSET_SIZE:,}), "
                        "so it is noisy: look at its ± spread")
    if n < PR_MIN_N or n_real < PR_MIN_N:
        warnings.append(f"precision and recall from {min(n, n_real):,} images are rough "
                        f"(the k-NN manifolds need about {PR_MIN_N:,} per set)")
    if pairs < PPL_PAIRS:
        warnings.append(f"path length from only {pairs:,} latent pairs is noisy")
    if min(n_floor, n_real) < FID_MIN_N:
        warnings.append(f"the real-vs-real floor compares {n_floor:,} with {n_real:,} real images, so its "
                        "FID is biased upwards too; pass --data-dir for the full test set")
    accuracy = featurenet.test_accuracy
    if accuracy is None:
        warnings.append("the feature network's test accuracy is unknown")
    elif accuracy < 0.9:
        warnings.append(f"the feature network is only {accuracy:.0%} accurate, so its features say little")

    results["floor"] = floor
    results.update({
        "dataset": dataset,
        "kind": getattr(model, "kind", None),
        "arch": getattr(model, "arch", None),
        "n": n,
        "n_real": n_real,
        "n_floor": n_floor,
        "seed": int(seed),
        "real_source": real_source,
        "feature_net_test_accuracy": accuracy,
        "seconds": round(time.perf_counter() - started, 2),
        "warnings": warnings,
    })
    hooks.report(1.0, "done")
    return _json_clean(results)


# --------------------------------------------------------------------------------------------
# presentation
# --------------------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def format_table(results: dict[str, Any]) -> str:
    """The results of :func:`evaluate` as a plain-text table with the floor beside each figure.

    Columns: metric | model | real-vs-real floor | note (which direction is better). The
    caveats in ``results["warnings"]`` follow the table.
    """
    floor = results.get("floor") or {}
    rows: list[list[str]] = []
    for key, label, note in METRICS:
        if results.get(key) is None:
            continue
        model_v, floor_v = _fmt(results[key]), _fmt(floor.get(key))
        if key == "kid":
            model_v += f" ± {_fmt(results.get('kid_std'))}"
            if floor.get(key) is not None:
                floor_v += f" ± {_fmt(floor.get('kid_std'))}"
        rows.append([label, model_v, floor_v, note])
    header = ["metric", "model", "real-vs-real floor", "note"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    acc = results.get("feature_net_test_accuracy")
    lines.append(
        f"dataset {results.get('dataset') or '?'}, {results.get('n', 0):,} samples vs "
        f"{results.get('n_real', 0):,} real images (floor: {results.get('n_floor', 0):,} other real images); "
        f"feature network test accuracy {f'{acc:.2%}' if isinstance(acc, float) else 'unknown'}"
    )
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    for text in results.get("warnings") or []:
        lines.append(f"note: {text}")
    return "\n".join(lines)
