"""The textbook VAE-vs-GAN claims, and how the measured figures of loaded models judge them.

For each aspect (principle, output quality, training stability, mode coverage, latent space,
latent control, typical uses) :data:`CLAIMS` holds what textbooks say of VAEs and of GANs, and one
more row pairs two kinds of GAN: the mode-collapse remedy (WGAN-GP against the plain GAN). The functions here
read the models' cards (``metrics.eval`` from ``latentlab eval``, the training log) and say in
plain words whether the figures support each claim:

* :func:`compatibility` — warnings when the figures of the models cannot be compared;
* :func:`loss_stability` and :func:`coverage_bars` — numbers read from a model card;
* :func:`comparison_table` — one row per claim with evidence and a verdict.

The pictures (same-seed samples, reconstructions) come from :mod:`latentlab.core.evidence`; the
figure that shows everything from :mod:`latentlab.core.evidence_figure`. Nothing here imports Qt.

Over 600 lines on purpose: every row is checked with the same card lookups, pairing and wording
helpers (:class:`_Models`, :func:`_row`), and the table reads best as one list of rows.

Every sentence is built from templates of :mod:`latentlab.core.caption_text` (the English text
is the key of ``resources/captions.toml``), so ``lang="cs"`` / ``"zh_CN"`` / ``"zh_TW"`` gives
the same sentences in Czech or Chinese, numbers written the language's way; the exported
figure and the compare view's evidence panel both ask for the reader's language.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Sequence

import numpy as np

from latentlab.core import families
from latentlab.core.caption_text import caption, join_and, list_separator, local_number
from latentlab.core.metric_table import (
    eval_results,
    finite_number,
    floor_value,
    largest_leakage,
)
from latentlab.core.metric_table import fmt_number as _fmt
from latentlab.core.metric_table import metric as _metric

__all__ = [
    "CLAIMS",
    "VERDICTS",
    "comparison_table",
    "compatibility",
    "coverage_bars",
    "direction_summary",
    "loss_stability",
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
    ("latent control",
     "Easy to travel: a direction fitted to a labelled factor (a smile) changes that factor steadily and "
     "little else.",
     "Hard to control: the same kind of direction changes its factor less reliably and drags other "
     "factors along."),
    ("typical uses",
     "Representation learning, compression, anomaly detection, editing real images.",
     "High-fidelity synthesis, super-resolution, image-to-image translation, data augmentation."),
    ("mode-collapse remedy",
     "No VAE claim: this row compares two GANs.",
     ("WGAN-GP covers the modes that the plain GAN drops: a Wasserstein critic kept 1-Lipschitz by a gradient "
      "penalty still gives the generator a useful gradient towards the classes it has stopped drawing.")),
)

#: margins below which a difference counts as "no difference" (which does not support a claim)
SHARPNESS_MARGIN = 0.05  # the GAN's sharpness ratio must exceed the VAE's by 5 %
STABILITY_FACTOR = 1.5  # the GAN's loss must oscillate at least 1.5 times as much
COVERAGE_MARGIN = 0.01  # the GAN's class entropy must be lower by 0.01 (of a maximum of 1)
PPL_MARGIN = 0.10  # the VAE's path length must be 10 % shorter
CONTROL_MARGIN = 0.05  # the VAE's median Spearman ρ along its factor directions must be higher by 0.05
WGAN_COVERAGE_MARGIN = 0.01  # the WGAN-GP's class entropy must be higher than the plain GAN's by 0.01

#: loss curves measured for stability, in order of preference: the generator's, else the total
STABILITY_CURVES = ("g_loss", "loss")

_EVAL_HINT = "run `latentlab eval {name}` (or measure it in the app)"


# --------------------------------------------------------------------------------------------
# reading model cards
# --------------------------------------------------------------------------------------------


def _shape_text(shape: Sequence[int]) -> str:
    return "x".join(str(int(v)) for v in shape)


def _floor(cards: Sequence[dict[str, Any]], key: str) -> float | None:
    """The first card's floor of ``key`` that is stored."""
    return next((v for v in (floor_value(c, key) for c in cards) if v is not None), None)


def _kind(card: dict[str, Any]) -> str:
    """"vae" or "gan": the side of the claims the card's family stands on ("" for neither)."""
    side = families.evidence_side(card)
    return side.value if side is not None else ""


def _image_shape(card: dict[str, Any]) -> tuple[int, ...] | None:
    config = card.get("config")
    shape = config.get("image_shape") if isinstance(config, dict) else card.get("image_shape")
    if isinstance(shape, (list, tuple)) and all(isinstance(v, int) for v in shape):
        return tuple(shape)
    return None


def _names(cards: Sequence[dict[str, Any]], names: Sequence[str] | None, lang: str = "en") -> list[str]:
    if names is None:
        return [caption("model {i}", lang, i=i + 1) for i in range(len(cards))]
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


def _short(value: float, lang: str = "en") -> str:
    """Two significant digits, for captions under small tiles."""
    return local_number(f"{value:.2g}", lang)


def _percent(value: float, lang: str = "en") -> str:
    """12% or 12.5%: an axis tick with no more digits than it has."""
    text = f"{value * 100:.1f}"
    return local_number((text[:-2] if text.endswith(".0") else text) + "%", lang)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listing(items: Sequence[str], lang: str = "en") -> str:
    """"a", "a and b", "a, b and c" in ``lang``."""
    return join_and(list(items), lang)


def _commands(names: Sequence[str], lang: str = "en") -> str:
    """"`latentlab eval a` and `latentlab eval b`": the commands that measure ``names``."""
    commands = [f"`latentlab eval {n}`" for n in names]
    text = commands[0]
    for command in commands[1:]:
        text = caption("{first} and {second}", lang, first=text, second=command)
    return text


def _group(names: Sequence[str], keys: Sequence[Any]) -> dict[Any, list[str]]:
    groups: dict[Any, list[str]] = {}
    for name, key in zip(names, keys):
        groups.setdefault(key, []).append(name)
    return groups


def compatibility(cards: Sequence[dict[str, Any]], names: Sequence[str] | None = None,
                  lang: str = "en") -> list[str]:
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
    lang : str, optional
        Language of the sentences (:mod:`latentlab.core.caption_text`); default English.

    Returns
    -------
    list of str
        One sentence per problem; empty when the models can be compared.
    """
    names = _names(cards, names, lang)
    sep, semi = list_separator(lang), caption("; ", lang)
    warnings = []
    datasets = _group(names, [c.get("dataset") or None for c in cards])
    known = {d: v for d, v in datasets.items() if d}
    if len(known) > 1:
        parts = semi.join(f"{d}: {sep.join(v)}" for d, v in known.items())
        warnings.append(caption("the models were trained on different datasets ({parts}): metrics are only "
                                "compared on the same dataset, so their figures here do not say which model is "
                                "better", lang, parts=parts))
    if None in datasets:
        warnings.append(caption("the card of {models} names no dataset, so its figures cannot be checked against "
                                "the others'", lang, models=_listing(datasets[None], lang)))
    shapes = _group(names, [_image_shape(c) for c in cards])
    known_shapes = {s: v for s, v in shapes.items() if s}
    if len(known_shapes) > 1:
        parts = semi.join(f"{_shape_text(s)}: {sep.join(v)}" for s, v in known_shapes.items())
        warnings.append(caption("the models make images of different shapes ({parts}): samples and figures are "
                                "not directly comparable", lang, parts=parts))
    sizes = _group(names, [finite_number((eval_results(c) or {}).get("n")) for c in cards])
    measured = {int(s): v for s, v in sizes.items() if s is not None}
    if len(measured) > 1:
        parts = semi.join(caption("{n} samples: {models}", lang, n=local_number(f"{s:,}", lang), models=sep.join(v))
                          for s, v in measured.items())
        warnings.append(caption("the evaluations used different sample sizes ({parts}): FID and KID depend on it, "
                                "so compare them only at the same size", lang, parts=parts))
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
    from latentlab.core import datasets

    spec = datasets.find(str(dataset))
    return list(spec.class_names) if spec is not None else None


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
    """The cards and names of one comparison, with the lookups every claim needs, in one language."""

    def __init__(self, cards: Sequence[dict[str, Any]], names: list[str], lang: str = "en"):
        self.cards = list(cards)
        self.names = names
        self.lang = lang
        self.who = _who(cards, names)
        sides = [families.evidence_side(c) for c in cards]
        self.vaes = [i for i, s in enumerate(sides) if s is families.EvidenceSide.VAE]
        self.gans = [i for i, s in enumerate(sides) if s is families.EvidenceSide.GAN]
        # GANs by what their generator learned against; a conditional one is asked for each
        # class in turn, so its coverage shows whether it obeys the label, not whether it collapsed.
        adversaries = [families.adversary(c) for c in cards]
        self.conditional = [i for i, c in enumerate(cards) if _conditional(c)]
        self.plain_gans = [i for i, a in enumerate(adversaries)
                           if a is families.Adversary.DISCRIMINATOR and i not in self.conditional]
        self.wgans = [i for i, a in enumerate(adversaries)
                      if a is families.Adversary.WASSERSTEIN_CRITIC and i not in self.conditional]

    def tr(self, text: str, /, **values: Any) -> str:
        """``text`` (an English template of ``resources/captions.toml``) in the comparison's language."""
        return caption(text, self.lang, **values)

    def num(self, value: float, spec: str | None = None) -> str:
        """A figure as the language writes it: :func:`fmt_number`'s digits, or ``format(value, spec)``."""
        return local_number(_fmt(value) if spec is None else format(value, spec), self.lang)

    def listing_of(self, items: Sequence[str]) -> str:
        return _listing(items, self.lang)

    def subject(self, i: int) -> str:
        """The model as the subject of a sentence: "the VAE", or "mnist-vae (VAE)" when there are several."""
        side = _kind(self.cards[i]).upper()
        return self.tr("the {kind}", kind=side) if side and self.who[i] == side else self.who[i]

    def values(self, key: str) -> list[float | None]:
        return [_metric(c, key) for c in self.cards]

    def missing(self, values: Sequence[Any], what: str, among: Sequence[int] | None = None) -> str:
        """The sentence naming the models (of ``among``; default all) without a figure, and how to measure it."""
        among = range(len(values)) if among is None else among
        unevaluated = [self.names[i] for i in among if values[i] is None and eval_results(self.cards[i]) is None]
        lacking = [self.names[i] for i in among if values[i] is None and eval_results(self.cards[i]) is not None]
        parts = []
        if unevaluated:
            parts.append(self.tr("Not measured for {models}: no evaluation in the model card; run {commands} "
                                 "(or measure it in the app).", models=self.listing_of(unevaluated),
                                 commands=_commands(unevaluated, self.lang)))
        if lacking:
            parts.append(self.tr("The evaluation of {models} has no {figure}; run {commands} again.",
                                 models=self.listing_of(lacking), figure=self.tr(what),
                                 commands=_commands(lacking, self.lang)))
        return " ".join(parts)

    def listing(self, values: Sequence[float | None], fmt: Callable[[float], str] | None = None) -> str:
        fmt = fmt or self.num
        return list_separator(self.lang).join(f"{self.who[i]} {fmt(v)}" for i, v in enumerate(values) if v is not None)

    def judge(self, values: Sequence[float | None], holds: Callable[[float, float], bool],
              sides: tuple[Sequence[int], Sequence[int]] | None = None) -> tuple[str, list[tuple[int, int]]]:
        """Test a claim on every measured pair: supported only if it holds for all.

        The pairs are (VAE, GAN), or (first, second) of ``sides`` (e.g. plain GANs and WGAN-GPs);
        ``holds(first's value, second's value)``.
        """
        first, second = (self.vaes, self.gans) if sides is None else sides
        pairs = [(v, g) for v in first for g in second
                 if values[v] is not None and values[g] is not None]
        if not pairs:
            return "not measured", []
        failing = [(v, g) for v, g in pairs if not holds(values[v], values[g])]
        return ("contradicted" if failing else "supported"), failing

    def pair_text(self, failing: list[tuple[int, int]]) -> str:
        if len(self.vaes) == 1 and len(self.gans) == 1:
            return ""
        return " (" + self.tr("; ").join(self.tr("{gan} vs {vae}", gan=self.names[g], vae=self.names[v])
                                         for v, g in failing) + ")"

    def needs_both(self) -> str:
        """Why no verdict is possible when the models are not a VAE-GAN mix; "" when they are."""
        if self.vaes and self.gans:
            return ""
        if self.vaes:
            return " " + self.tr("The claim compares a VAE with a GAN; these models are all VAEs.")
        if self.gans:
            return " " + self.tr("The claim compares a VAE with a GAN; these models are all GANs.")
        return " " + self.tr("The claim compares a VAE with a GAN; these models are neither.")


def _row(aspect: str, evidence: str, verdict: str, figure: list[str], lang: str = "en") -> dict[str, Any]:
    claim_vae, claim_gan = next((v, g) for a, v, g in CLAIMS if a == aspect)
    return {"aspect": aspect, "claim_vae": caption(claim_vae, lang), "claim_gan": caption(claim_gan, lang),
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
            parts.append(m.tr("{model}'s training log ends at reconstruction {recon} + KL {kl} (nats per image){total}.",
                              model=_capital(m.subject(i)), recon=m.num(recon), kl=m.num(kl),
                              total=m.tr(", total {total}", total=m.num(total)) if total is not None else ""))
    for i in m.gans:
        log = m.cards[i].get("training_log")
        d, g = _last(log, "d_loss"), _last(log, "g_loss")
        if d is not None and g is not None:
            shown.append(i)
            real, fake = _last(log, "d_real"), _last(log, "d_fake")
            scores = (m.tr("; the discriminator scores real images {real} and generated ones {fake}",
                           real=m.num(real, "+.2f"), fake=m.num(fake, "+.2f"))
                      if real is not None and fake is not None else "")
            parts.append(m.tr("{model}'s log ends with discriminator loss {d} against generator loss {g}{scores}.",
                              model=_capital(m.subject(i)), d=m.num(d), g=m.num(g), scores=scores))
    unlogged = [m.names[i] for i in m.vaes + m.gans if i not in shown]
    if unlogged:
        parts.append(m.tr("No training log with these terms in the card of {models}.", models=m.listing_of(unlogged)))
    has_pair = any(i in shown for i in m.vaes) and any(i in shown for i in m.gans)
    verdict = "supported" if has_pair else "not measured"
    if has_pair:
        parts.insert(0, m.tr("By construction; the training logs show the two objectives."))
    return _row("principle", " ".join(parts) + m.needs_both(), verdict,
                ["training_log.recon", "training_log.kl", "training_log.d_loss", "training_log.g_loss"], m.lang)


def _quality(m: _Models) -> dict[str, Any]:
    ratio = m.values("sharpness_ratio")
    verdict, failing = m.judge(ratio, lambda vae, gan: gan > vae * (1 + SHARPNESS_MARGIN))
    text = ""
    if any(v is not None for v in ratio):
        text = m.tr("Sharpness ratio (generated / real, 1 = as crisp as real images): {values}", values=m.listing(ratio))
        text += {"supported": m.tr(" - the VAE samples are blurrier, as claimed."),
                 "contradicted": m.tr(" - here the GAN is not sharper{pairs}: claim not supported by these models.",
                                      pairs=m.pair_text(failing)),
                 "not measured": m.tr(".")}[verdict]
        crisper = [m.who[i] for i, v in enumerate(ratio) if v is not None and v > 1 + 2 * SHARPNESS_MARGIN]
        if crisper:
            text += " " + m.tr("Above 1 ({models}): more fine detail than real images, often noise or artefacts "
                               "rather than real sharpness.", models=m.listing_of(crisper))
    fid = m.values("fid")
    if any(v is not None for v in fid):
        floor = _floor(m.cards, "fid")
        text += " " + m.tr("FID (lower is better{floor}): {values}.", values=m.listing(fid),
                           floor=m.tr("; real vs real {floor}", floor=m.num(floor)) if floor is not None else "")
    text += " " + m.missing(ratio, "sharpness ratio") + m.needs_both()
    return _row("output quality", text, verdict, ["sharpness_ratio", "fid"], m.lang)


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
        listing = list_separator(m.lang).join(f"{m.who[i]} {m.num(v)} ({m.tr(curves[i])})"
                                              for i, v in enumerate(osc) if v is not None)
        text = m.tr("Oscillation of the loss in the second half of training (mean step-to-step change / the "
                    "curve's full range; 0 = smooth): {values}", values=listing)
        text += {"supported": m.tr(" - the GAN's training is the jumpier one, as claimed."),
                 "contradicted": m.tr(" - here the GAN's loss is not clearly jumpier (less than {factor}x the "
                                      "VAE's){pairs}: claim not supported by these models.",
                                      factor=m.num(STABILITY_FACTOR, "g"), pairs=m.pair_text(failing)),
                 "not measured": m.tr(".")}[verdict]
    if no_log:
        text += " " + m.tr("Not measured for {models}: the card has no usable training log.",
                           models=m.listing_of(no_log))
    return _row("training stability", text + m.needs_both(), verdict, ["training_log"], m.lang)


def _coverage(m: _Models) -> dict[str, Any]:
    entropy = m.values("coverage_entropy")
    verdict, failing = m.judge(entropy, lambda vae, gan: gan < vae - COVERAGE_MARGIN)
    text = ""
    if any(v is not None for v in entropy):
        rarest = m.values("coverage_min_fraction")
        text = m.tr("Class entropy of the samples (1 = every class equally often, 0 = a single class): {values}",
                    values=m.listing(entropy))
        if any(v is not None for v in rarest):
            k = max((len(coverage_bars(c)[1]) for c in m.cards), default=0)
            even = m.tr(" (even: {share})", share=m.num(1 / k, ".1%")) if k else ""
            text += m.tr("; rarest class {values}{even}", values=m.listing(rarest, lambda v: m.num(v, ".1%")),
                         even=even)
        text += {"supported": m.tr(" - the GAN covers the classes less evenly, as claimed."),
                 "contradicted": m.tr(" - here the GAN covers the classes at least as evenly as the VAE{pairs}: no "
                                      "sign of mode collapse in these models.", pairs=m.pair_text(failing)),
                 "not measured": m.tr(".")}[verdict]
        conditional = [m.names[i] for i, c in enumerate(m.cards) if c.get("class_names")]
        if conditional:
            text += " " + (m.tr("{models} is conditional and asked for each class in turn, so for them this shows "
                                "whether they obey the label.", models=conditional[0]) if len(conditional) == 1 else
                           m.tr("{models} are conditional and asked for each class in turn, so for them this shows "
                                "whether they obey the label.", models=m.listing_of(conditional)))
    text += " " + m.missing(entropy, "class coverage") + m.needs_both()
    return _row("mode coverage", text, verdict, ["coverage_entropy", "coverage_min_fraction", "coverage_max_fraction"],
                m.lang)


def _method_text(entry: dict[str, Any], lang: str = "en") -> str:
    """How a :func:`reconstruction_row` entry was made, in words."""
    if entry["method"] == "encode":
        return caption("encoder, one pass", lang)
    return caption("inversion, {steps} steps", lang, steps=entry["steps"])


def _latent(m: _Models, recon: dict[str, Any] | None) -> dict[str, Any]:
    ppl = m.values("ppl")
    verdict, failing = m.judge(ppl, lambda vae, gan: vae * (1 + PPL_MARGIN) < gan)
    text = ""
    if any(v is not None for v in ppl):
        text = m.tr("Path length (how fast images change along latent paths; lower = smoother): {values}",
                    values=m.listing(ppl))
        text += {"supported": m.tr(" - the VAE's latent space is smoother, as claimed."),
                 "contradicted": m.tr(" - here the VAE's latent space is not smoother by this measure{pairs}: "
                                      "claim not supported by these models.", pairs=m.pair_text(failing)),
                 "not measured": m.tr(".")}[verdict]
    mse = m.values("recon_mse")
    if any(v is not None for v in mse):
        text += " " + m.tr("Test images encoded and decoded, pixel MSE: {values}.", values=m.listing(mse))
    if recon is not None:
        done = [(i, r) for i, r in enumerate(recon["models"]) if r["mean_error"] is not None]
        if done:
            listing = list_separator(m.lang).join(f"{m.who[i]} ({_method_text(r, m.lang)}) {m.num(r['mean_error'])}"
                                                  for i, r in done)
            text += " " + m.tr("On the {n} real images shown, pixel MSE: {values}.", n=len(recon["originals"]),
                               values=listing)
    text += " " + m.missing(ppl, "path length") + m.needs_both()
    return _row("latent space", text, verdict, ["ppl", "recon_mse"], m.lang)


def direction_summary(card: dict[str, Any]) -> dict[str, Any] | None:
    """A card's ``metrics.directions`` (from ``latentlab directions``) in three figures, or None.

    Returns
    -------
    dict or None
        ``rho``: the median over directions of the Spearman ρ of step and factor (1 = the
        factor always grows along it); ``leakage``: the mean over directions of the mean change
        of the other factors; ``n``: how many directions; ``by_name``: each direction's entry.
    """
    entries = ((card.get("metrics") or {}).get("directions") or {}) if isinstance(card, dict) else {}
    rhos, leaks, kept = [], [], {}
    for name, e in entries.items() if isinstance(entries, dict) else ():
        rho = finite_number(e.get("spearman_rho")) if isinstance(e, dict) else None
        if rho is None:
            continue
        kept[name] = e
        rhos.append(rho)
        leak = [finite_number(v) for v in (e.get("leakage") or {}).values()]
        leak = [v for v in leak if v is not None]
        if leak:
            leaks.append(float(np.mean(leak)))
    if not rhos:
        return None
    return {"rho": float(np.median(rhos)), "leakage": float(np.mean(leaks)) if leaks else None,
            "n": len(rhos), "by_name": kept}


def _control(m: _Models) -> dict[str, Any]:
    found = [direction_summary(c) for c in m.cards]
    rho = [f["rho"] if f else None for f in found]
    verdict, failing = m.judge(rho, lambda vae, gan: vae > gan + CONTROL_MARGIN)
    text = ""
    if any(f is not None for f in found):
        text = m.tr("Named factor directions walked from -3 to +3 prior standard deviations and read back by the "
                    "factor network; median Spearman ρ of step and factor (1 = the factor grows at every step): "
                    "{values}", values=m.listing(rho))
        leak = [f["leakage"] if f else None for f in found]
        if any(v is not None for v in leak):
            text += m.tr("; mean change of the other factors on the way: {values}", values=m.listing(leak))
        text += {"supported": m.tr(" - the VAE's directions do what they say more reliably, as claimed."),
                 "contradicted": m.tr(" - here the VAE's directions are not clearly more reliable{pairs}: claim not "
                                      "supported by these models.", pairs=m.pair_text(failing)),
                 "not measured": m.tr(".")}[verdict]
        smiles = [(i, f["by_name"].get("smile")) for i, f in enumerate(found) if f and "smile" in f["by_name"]]
        if smiles:
            text += " " + m.tr("Smile: {values}.", values=list_separator(m.lang).join(
                m.tr("{model} ρ {rho}, range {range}", model=m.who[i], rho=m.num(e["spearman_rho"]),
                     range=m.num(e["range"]) if finite_number(e.get("range")) is not None else "-")
                + _side_effect_text(m, e) for i, e in smiles))
            steered = [(i, e["steering"]) for i, e in smiles if isinstance(e.get("steering"), dict)]
            pairs = [(i, largest_leakage(s.get("straight")), largest_leakage(s.get("steered"))) for i, s in steered]
            pairs = [(i, a[1], b[1]) for i, a, b in pairs if a is not None and b is not None]
            if pairs:
                text += " " + m.tr("Steered along the smile (+ Steered in the path editor) and read by a factor network "
                                   "that did not steer, the largest side effect goes {values}.", values=list_separator(m.lang).join(
                                       f"{m.who[i]} {m.num(a, '.2f')} → {m.num(b, '.2f')}" for i, a, b in pairs))
    unmeasured = [m.names[i] for i, f in enumerate(found) if f is None]
    if unmeasured:
        text += " " + m.tr("Not measured for {models}: no factor directions on the card (datasets with a factor "
                           "network, such as faces64; run {commands}).", models=m.listing_of(unmeasured),
                           commands=m.listing_of([f"`latentlab directions {n}`" for n in unmeasured]))
    return _row("latent control", text + m.needs_both(), verdict, ["directions"], m.lang)


def _side_effect_text(m: _Models, entry: dict[str, Any]) -> str:
    """", largest side effect 0.09 (mouth open; the perfect edit, redrawn: 0.10)" of one direction, or ""."""
    worst = largest_leakage(entry)
    if worst is None:
        return ""
    other, value = worst
    name = ": ".join(m.tr(part) for part in other.split(": "))
    reference = entry.get("reference") if isinstance(entry.get("reference"), dict) else {}
    for kind in ("redrawn", "drawn"):
        perfect = finite_number(((reference.get(kind) or {}).get("leakage") or {}).get(other))
        if perfect is not None:
            template = (", largest side effect {value} ({other}; the perfect edit, redrawn by the model: {perfect})"
                        if kind == "redrawn" else
                        ", largest side effect {value} ({other}; the perfect edit as the factor network reads it: "
                        "{perfect})")
            return m.tr(template, value=m.num(value, ".2f"), other=name, perfect=m.num(perfect, ".2f"))
    return m.tr(", largest side effect {value} ({other})", value=m.num(value, ".2f"), other=name)


def _conditional(card: dict[str, Any]) -> bool:
    """Whether a card's model draws the class it is told (its family says so, or it lists classes)."""
    family = families.maybe_family_of(card) if card.get("arch") else None
    return bool(card.get("class_names")) or bool(family is not None and family.capabilities.conditional)


def _title(card: dict[str, Any]) -> str:
    family = families.maybe_family_of(card) if card.get("arch") else None
    return family.title if family is not None else "?"


def _recipe(card: dict[str, Any], m: _Models) -> str:
    """How a latentlab-trained GAN's card says it was trained: "bce loss, no spectral norm, 3 generator steps…"."""
    prov = card.get("provenance")
    cfg = prov.get("train_config") if isinstance(prov, dict) else None
    if not isinstance(cfg, dict) or not cfg.get("gan_loss"):
        return ""
    parts = [m.tr("{loss} loss", loss=cfg["gan_loss"]),
             m.tr("spectral norm") if cfg.get("spectral_norm") else m.tr("no spectral norm")]
    steps = finite_number(cfg.get("g_steps"))
    if steps is not None and steps > 1:
        parts.append(m.tr("{steps} generator steps per discriminator step", steps=f"{steps:g}"))
    return ", ".join(parts)


def _wasserstein(m: _Models) -> dict[str, Any]:
    """WGAN-GP against the plain GAN on class coverage: the same figures as mode coverage, another pair."""
    entropy = m.values("coverage_entropy")
    sides = (m.plain_gans, m.wgans)
    verdict, failing = m.judge(entropy, lambda plain, wgan: wgan > plain + WGAN_COVERAGE_MARGIN, sides)
    members = sorted(m.plain_gans + m.wgans)

    def who(i: int) -> str:
        return f"{m.names[i]} ({_title(m.cards[i])})"

    def listing(values: Sequence[float | None], fmt: Callable[[float], str] | None = None) -> str:
        fmt = fmt or m.num
        return list_separator(m.lang).join(f"{who(i)} {fmt(values[i])}" for i in members if values[i] is not None)

    text = ""
    if verdict != "not measured":
        rarest = m.values("coverage_min_fraction")
        text = m.tr("Class entropy of the samples (1 = every class equally often, 0 = a single class): {values}",
                    values=listing(entropy))
        if any(rarest[i] is not None for i in members):
            k = max((len(coverage_bars(m.cards[i])[1]) for i in members), default=0)
            even = m.tr(" (even: {share})", share=m.num(1 / k, ".1%")) if k else ""
            text += m.tr("; rarest class {values}{even}", values=listing(rarest, lambda v: m.num(v, ".1%")),
                         even=even)
        pairs = "" if len(m.plain_gans) == 1 and len(m.wgans) == 1 else (
            " (" + m.tr("; ").join(m.tr("{gan} vs {vae}", gan=m.names[w], vae=m.names[p]) for p, w in failing) + ")")
        text += {"supported": m.tr(" - WGAN-GP covers the classes more evenly than the plain GAN, as claimed."),
                 "contradicted": m.tr(" - here WGAN-GP does not cover the classes more evenly than the plain "
                                      "GAN{pairs}: claim not supported by these models.", pairs=pairs)}[verdict]
        even_plain = [m.names[p] for p in m.plain_gans
                      if entropy[p] is not None and entropy[p] >= 1 - WGAN_COVERAGE_MARGIN]
        if verdict == "contradicted" and even_plain:
            text += " " + (m.tr("{models} already covers every class about evenly, so there is no dropped mode "
                                "for WGAN-GP to recover here.", models=even_plain[0]) if len(even_plain) == 1 else
                           m.tr("{models} already cover every class about evenly, so there is no dropped mode for "
                                "WGAN-GP to recover here.", models=m.listing_of(even_plain)))
        recipes = [(p, _recipe(m.cards[p], m)) for p in m.plain_gans]
        if any(r for _, r in recipes):
            text += " " + m.tr("Plain GAN recipe: {recipes}.", recipes=m.tr("; ").join(
                f"{m.names[p]}: {r}" for p, r in recipes if r))
    elif m.plain_gans and m.wgans:
        text = m.tr("No pair with class coverage measured.")
    else:
        text = (m.tr("The claim compares a plain GAN with a WGAN-GP trained on the same data; these models include "
                     "no WGAN-GP (trained against a Wasserstein critic).") if m.plain_gans else
                m.tr("The claim compares a plain GAN with a WGAN-GP trained on the same data; these models include "
                     "no plain GAN (trained against a classifying discriminator).") if m.wgans else
                m.tr("The claim compares a plain GAN with a WGAN-GP trained on the same data; these models include "
                     "neither."))
    left_out = [m.names[i] for i in m.conditional if families.adversary(m.cards[i]) is not None]
    if left_out:
        text += " " + (m.tr("{models} is conditional (asked for each class in turn), so its coverage says nothing "
                            "about collapse; left out.", models=left_out[0]) if len(left_out) == 1 else
                       m.tr("{models} are conditional (asked for each class in turn), so their coverage says nothing "
                            "about collapse; left out.", models=m.listing_of(left_out)))
    unknown = [m.names[i] for i in m.gans if families.adversary(m.cards[i]) is None]
    if unknown:
        text += " " + (m.tr("How {models} was trained is not recorded (an imported generator), so it is on "
                            "neither side.", models=unknown[0]) if len(unknown) == 1 else
                       m.tr("How {models} were trained is not recorded (imported generators), so they are on "
                            "neither side.", models=m.listing_of(unknown)))
    if m.plain_gans and m.wgans:
        text += " " + m.missing(entropy, "class coverage", members)
    return _row("mode-collapse remedy", text, verdict, ["coverage_entropy", "coverage_min_fraction"], m.lang)


def _uses(m: _Models) -> dict[str, Any]:
    parts = [m.tr("A judgement of fit, not a measurement.")]
    encoders = [m.subject(i) for i in m.vaes]
    if encoders:
        parts.append(m.tr("Here only {models} can map a real image to a latent in one pass (useful for compression, "
                          "anomaly scores and editing real images).", models=m.listing_of(encoders)))
    fid = m.values("fid")
    if any(v is not None for v in fid):
        best = min((v, i) for i, v in enumerate(fid) if v is not None)[1]
        ratio = m.values("sharpness_ratio")
        crisp = min(((abs(math.log(v)), i) for i, v in enumerate(ratio) if v), default=(None, None))[1]
        parts.append(m.tr("Closest to the real images by FID: {best}; most real-looking sharpness: {crisp}.",
                          best=m.subject(best), crisp=m.subject(crisp)) if crisp is not None else
                     m.tr("Closest to the real images by FID: {best}.", best=m.subject(best)))
    return _row("typical uses", " ".join(parts), "not measured", ["fid", "sharpness_ratio"], m.lang)


def comparison_table(cards: Sequence[dict[str, Any]], names: Sequence[str] | None = None,
                     recon: dict[str, Any] | None = None, lang: str = "en") -> list[dict[str, Any]]:
    """The classic VAE-vs-GAN comparison table, each claim checked against the given models.

    Every claim is tested on each (VAE, GAN) pair of models that has the figure: it is
    *supported* when it holds for every pair by a margin (:data:`SHARPNESS_MARGIN`,
    :data:`STABILITY_FACTOR`, :data:`COVERAGE_MARGIN`, :data:`PPL_MARGIN`), *contradicted*
    when it fails for any pair (a difference within the margin does not support a claim), and
    *not measured* when no pair has the figure (no ``latentlab eval`` results in the cards,
    no training log, or no VAE/GAN pair at all). The last row pairs two kinds of GAN instead.
    Rows:

    * principle: the training logs' terms (reconstruction + KL; discriminator vs generator);
    * output quality: sharpness ratio (FID for context);
    * training stability: :func:`loss_stability` of the generator / total loss;
    * mode coverage: class entropy and the rarest class's share;
    * latent space: perceptual path length, plus reconstruction errors;
    * latent control: the factor directions' median Spearman ρ and leakage (``latentlab directions``);
    * typical uses: never measured; the evidence says what the figures suggest;
    * mode-collapse remedy: class entropy and the rarest class's share again, but tested on each
      (plain GAN, WGAN-GP) pair of unconditional models (told apart by their families'
      :class:`~latentlab.core.families.Adversary`), by :data:`WGAN_COVERAGE_MARGIN`; not measured
      without such a pair.

    Parameters
    ----------
    cards : sequence of dict
        Model cards with ``kind``, ``metrics.eval`` and ``training_log``.
    names : sequence of str, optional
        Model names used in the sentences (a model alone of its kind is called "VAE"/"GAN").
    recon : dict, optional
        A :func:`reconstruction_row` result for the same models, quoted under latent space.
    lang : str, optional
        Language of ``claim_vae``, ``claim_gan`` and ``evidence`` (:mod:`latentlab.core.caption_text`);
        ``aspect`` and ``verdict`` stay the English keys above (``caption(row["verdict"], lang)``
        words them).

    Returns
    -------
    list of dict
        One dict per aspect of :data:`CLAIMS`, in order, with ``aspect``, ``claim_vae``,
        ``claim_gan``, ``evidence`` (plain-words sentences with the measured figures),
        ``verdict`` (one of :data:`VERDICTS`) and ``figure`` (the metric keys used).
    """
    m = _Models(cards, _names(cards, names, lang), lang)
    return [_principle(m), _quality(m), _stability(m), _coverage(m), _latent(m, recon), _control(m), _uses(m),
            _wasserstein(m)]
