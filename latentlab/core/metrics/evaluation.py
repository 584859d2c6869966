"""The whole evaluation of a generator against real data, with every figure's real-vs-real floor."""

from __future__ import annotations

import math
import time
from typing import Any, Callable

import numpy as np
import torch
from torch import nn

from latentlab.core.metric_table import METRICS  # (key, label, note) of every figure
from latentlab.core.metrics.distances import fid, kid, precision_recall
from latentlab.core.metrics.features import FeatureNet
from latentlab.core.metrics.inputs import (
    BATCH_SIZE, MetricsError, _eval_mode, _Hooks, _images_and_labels,
)
from latentlab.core.metrics.quality import (
    _default_labels, _laplacian_variance, _ppl_distances, _trimmed_mean, class_coverage,
    conditional_agreement, inception_score, mean_confidence, reconstruction_error,
)

#: below these sizes the figures are too noisy or biased to compare (see :func:`evaluate`)
FID_MIN_N = 2000
KID_SUBSET_SIZE = 1000
PR_MIN_N = 1000
PPL_PAIRS = 1000
#: smallest ``n`` :func:`evaluate` accepts: covariances and 3-NN radii need a few points
MIN_N = 10


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
    out["inception_score"], out["inception_score_std"] = inception_score(probs)
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
        sample of the dataset (:meth:`latentlab.core.datasets.DatasetSpec.load_sample`).
    real_floor : same types as ``real``, optional
        A second real set (e.g. a training subset) for the floor. Default: ``real`` is split
        into two class-balanced halves (1,000 vs 1,000 for the bundled sample); the model
        is then measured against the same half as the floor, so both use one yardstick.
    featurenet : FeatureNet, optional
        Default: the feature network of the model's dataset (:meth:`FeatureNet.for_dataset`).
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
        ``mean_confidence``, ``inception_score`` and ``inception_score_std``, and where they
        apply ``conditional_agreement``, ``recon_bce``, ``recon_mse``, ``ppl``, and for a
        feature network that reads factors ``factor_shares`` (per categorical factor, each
        value's share among samples and real images) with ``factor_share_ratio_min`` /
        ``_max``); ``floor``: the same keys for the real-vs-real floor (no
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
        from latentlab.core import datasets

        real = datasets.get(dataset).load_sample(model.image_shape)
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
    values = _FactorValues(featurenet.classifier)
    with _eval_mode(model):
        for start in range(0, n, batch_size):
            hooks.report(0.5 * start / n, f"generating and embedding samples ({start:,}/{n:,})")
            images = model.decode(z[start:start + batch_size],
                                  gen_labels[start:start + batch_size] if gen_labels is not None else None)
            f, p = featurenet.embed_batch(images)
            feats.append(f)
            probs.append(p)
            sharp.append(_laplacian_variance(images.float()).numpy())
            values.add("samples", images)
    gen_f, gen_p, gen_s = np.concatenate(feats), np.concatenate(probs), np.concatenate(sharp)
    if values.layout:
        for start in range(0, len(real_x), batch_size):
            values.add("real", real_x[start:start + batch_size])

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

    shares = values.shares()
    if shares:
        results["factor_shares"] = shares
        ratios = [r for entry in shares.values() for r in (entry["ratio_min"], entry["ratio_max"])]
        results["factor_share_ratio_min"], results["factor_share_ratio_max"] = min(ratios), max(ratios)
        floor["factor_share_ratio_min"] = floor["factor_share_ratio_max"] = None
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


class _FactorValues:
    """How often each value of each categorical factor appears, read by a factor network.

    Only for a feature network that reads factors (faces64's): the share of every hair colour
    and of glasses among the samples, beside the same reading of the real images, so that
    "covers every hair colour within ±50 % of the data's share" is a measured figure.
    """

    def __init__(self, net: Any):
        layout = getattr(net, "layout", None) if hasattr(net, "outputs") else None
        self.net = net
        self.layout = [(name, k) for name, k in (layout or []) if k >= 2]
        self.counts: dict[str, dict[str, np.ndarray]] = {"samples": {}, "real": {}}

    @torch.inference_mode()
    def add(self, which: str, images: torch.Tensor) -> None:
        if not self.layout:
            return
        param = next(self.net.parameters())
        x = images.to(device=param.device, dtype=param.dtype)
        if x.dtype != torch.uint8 and float(x.max()) > 1.5:  # uint8 values as floats
            x = x / 255.0
        out = self.net.outputs(x)
        for name, k in self.layout:
            picked = out[name].argmax(dim=1).cpu().numpy()
            counts = self.counts[which].setdefault(name, np.zeros(k, np.int64))
            counts += np.bincount(picked, minlength=k)

    def shares(self) -> dict[str, Any]:
        out = {}
        for name, _k in self.layout:
            gen, real = self.counts["samples"].get(name), self.counts["real"].get(name)
            if gen is None or real is None or gen.sum() == 0 or real.sum() == 0:
                continue
            g, r = gen / gen.sum(), real / real.sum()
            ratio = np.where(r > 0, g / np.maximum(r, 1e-12), np.nan)
            out[name] = {"samples": [round(float(v), 4) for v in g], "real": [round(float(v), 4) for v in r],
                         "ratio_min": round(float(np.nanmin(ratio)), 4), "ratio_max": round(float(np.nanmax(ratio)), 4)}
        return out


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
