"""The measured figures of a model card, as the evidence shows them: which rows, how each is
written, which model is best, and the colours that tie losses and verdicts together.

Shared by the exported evidence figure (:mod:`latentlab.core.evidence`) and the compare view's
evidence panel, so the two always read alike. Deliberately light (no torch, no Pillow): the
window imports it while it starts. Labels and notes are English keys of
``resources/captions.toml`` (``caption(label, lang)`` words them in Czech or Chinese);
:func:`format_metric` writes the numbers the language's way.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np

from latentlab.core.caption_text import local_number

Color = tuple[int, int, int]

#: verdict of a claim → its colour
VERDICT_COLORS: dict[str, Color] = {"supported": (0, 128, 60), "contradicted": (200, 30, 30),
                                    "not measured": (110, 110, 110)}
#: each loss keeps its colour in every panel, so VAE and GAN panels read the same way
CURVE_COLORS: dict[str, Color] = {
    "loss": (0, 0, 0), "recon": (0, 114, 178), "kl": (230, 159, 0),
    "g_loss": (0, 114, 178), "d_loss": (213, 94, 0), "d_real": (0, 158, 115), "d_fake": (204, 121, 167),
}
#: the losses drawn in the training-curve panels
PLOTTED_CURVES = ("loss", "recon", "kl", "d_loss", "g_loss")
#: every figure ``latentlab eval`` computes, in table order: (key, label, what it means)
METRICS: tuple[tuple[str, str, str], ...] = (
    ("fid", "FID", "lower is better; 0 = same feature statistics"),
    ("kid", "KID", "lower is better; unbiased, so it can dip below 0"),
    ("precision", "precision", "higher is better: share of samples that look real"),
    ("recall", "recall", "higher is better: share of real data the samples cover"),
    ("sharpness", "sharpness", "Laplacian variance; closer to real is better"),
    ("sharpness_ratio", "sharpness ratio", "1 = as crisp as real, < 1 blurrier"),
    ("coverage_entropy", "class entropy", "1 = all classes equally often, 0 = one class"),
    ("coverage_min_fraction", "rarest class", "share of the rarest predicted class; 1/K is ideal"),
    ("coverage_max_fraction", "commonest class", "share of the commonest predicted class; 1/K is ideal"),
    ("factor_share_ratio_min", "rarest factor value",
     "lowest (share among samples / share among real images) of any hair colour, style or glasses value; 1 is even"),
    ("factor_share_ratio_max", "commonest factor value",
     "highest (share among samples / share among real images) of any factor value; 1 is even"),
    ("mean_confidence", "classifier confidence", "higher = the classifier is surer what it sees"),
    ("inception_score", "Inception Score (IS)",
     "higher is better, at most the number of classes; it never looks at real data (FID does): "
     "the floor column is the real images' own IS, the ceiling"),
    ("conditional_agreement", "label agreement", "higher is better: samples recognised as the requested class"),
    ("recon_bce", "reconstruction BCE", "lower is better; per pixel, real test images"),
    ("recon_mse", "reconstruction MSE", "lower is better; per pixel, real test images"),
    ("ppl", "path length (PPL)", "lower = smoother latent space (classifier features, not LPIPS)"),
)
#: the evidence's metrics table, a selection of the above: metric → which way is better
_TABLE_DIRECTIONS: dict[str, str] = {
    "fid": "lower", "kid": "lower", "precision": "higher", "recall": "higher",
    "sharpness_ratio": "1 = as crisp as real", "coverage_entropy": "1 = classes evenly",
    "coverage_min_fraction": "1/K is even", "inception_score": "higher; real = ceiling", "recon_mse": "lower", "ppl": "lower = smoother",
}
#: its rows, in the order of :data:`METRICS`: (key, label, which way is better)
METRIC_ROWS: tuple[tuple[str, str, str], ...] = tuple(
    (key, label, _TABLE_DIRECTIONS[key]) for key, label, _note in METRICS if key in _TABLE_DIRECTIONS)
#: more is better for these; less for the rest, except the sharpness ratio (closest to 1)
_HIGHER_IS_BETTER = ("precision", "recall", "coverage_entropy", "coverage_min_fraction", "inception_score")
_PERCENT_METRICS = ("coverage_min_fraction", "coverage_max_fraction")


def eval_results(card: dict[str, Any]) -> dict[str, Any] | None:
    """The card's ``latentlab eval`` results, or None when the model was never evaluated."""
    metrics = card.get("metrics") if isinstance(card, dict) else None
    ev = metrics.get("eval") if isinstance(metrics, dict) else None
    return ev if isinstance(ev, dict) and ev else None


def finite_number(value: Any) -> float | None:
    """``value`` as a float when it is a finite number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def largest_leakage(result: Any) -> tuple[str, float] | None:
    """The other factor a direction's fidelity (``{"leakage": {factor: change}}``) moves most, and by how
    much, among finite figures; None when there is none."""
    leak = result.get("leakage") if isinstance(result, dict) else None
    found = [(str(k), v) for k, v in ((k, finite_number(v)) for k, v in (leak or {}).items()
                                       if isinstance(leak, dict)) if v is not None]
    return max(found, key=lambda kv: kv[1]) if found else None


def metric(card: dict[str, Any], key: str) -> float | None:
    """The card's evaluated ``key`` (e.g. ``"fid"``) as a finite float, or None."""
    ev = eval_results(card)
    return finite_number(ev.get(key)) if ev else None


def floor_value(card: dict[str, Any], key: str) -> float | None:
    """The real-vs-real floor of ``key`` stored with the card's evaluation, or None."""
    floor = (eval_results(card) or {}).get("floor")
    return finite_number(floor.get(key)) if isinstance(floor, dict) else None


def fmt_number(value: float | None) -> str:
    """A figure with as many digits as a reader can use: 1,234 / 123 / 12.3 / 1.23 / 0.123."""
    if value is None:
        return "-"
    a = abs(value)
    if a >= 1000:
        return f"{value:,.0f}"
    if a >= 100:
        return f"{value:.0f}"
    if a >= 10:
        return f"{value:.1f}"
    if a >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}" if a >= 1e-4 else (f"{value:.1e}" if a else "0")


def format_metric(key: str, value: float | None, card: dict[str, Any] | None = None,
                  missing: str = "-", lang: str = "en") -> str:
    """One figure of the metrics table as text.

    Parameters
    ----------
    key : str
        Metric key (a row of :data:`METRIC_ROWS`).
    value : float or None
        The figure; None when not measured.
    card : dict, optional
        The model card: with it, KID is written with its ± standard deviation.
    missing : str
        What to write for None.
    lang : str, optional
        Caption language whose way of writing numbers to use (decimal comma in Czech).
    """
    if value is None:
        return missing
    if key in _PERCENT_METRICS:
        return local_number(f"{value:.1%}", lang)
    text = fmt_number(value)
    std = metric(card, "kid_std") if key == "kid" and card is not None else None
    if std is not None:
        text += f" ± {fmt_number(std)}"
    return local_number(text, lang)


def best_index(key: str, values: Sequence[float | None]) -> int | None:
    """Index of the best of ``values`` for metric ``key`` (None: not measured), or None when
    fewer than two are measured."""
    measured = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(measured) < 2:
        return None
    if key == "sharpness_ratio":
        score = {i: abs(math.log(v)) if v > 0 else math.inf for i, v in measured}
        return min(score, key=score.get)
    if key in _HIGHER_IS_BETTER:
        return max(measured, key=lambda t: t[1])[0]
    return min(measured, key=lambda t: t[1])[0]
