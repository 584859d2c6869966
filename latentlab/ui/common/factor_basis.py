"""Named factor sliders ("smile", "glasses", "hair colour: blonde") for models of a labelled dataset.

The attribute basis of a model whose dataset has a factor network (faces64). The directions are
the ones on the model card when ``latentlab directions`` measured them, so the slider is the
direction whose fidelity the tooltip, the card and the compare view report; otherwise they are
fitted here, by the route :mod:`latentlab.core.directions` describes (VAE: the bundled labelled
sample, encoded; GAN: sampled latents read by the factor network). A slider's unit is the data's
spread along its direction, so "+1" is one typical step of that factor for every slider.

A generator job (see :mod:`latentlab.ui.common.jobs`): it yields between decode batches.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

from latentlab.core.metric_table import largest_leakage
from latentlab.ui.common.i18n import class_name, direction_name, number
from latentlab.ui.common.state import Basis, ModelSummary

#: sampled latents a GAN's directions are fitted on when its card has none
FIT_LATENTS = 1000


def fidelity_text(result: Any) -> str:
    """One line of a direction's measured fidelity (the card's ``metrics.directions.<name>``), or ""."""
    try:
        rho, span = float(result["spearman_rho"]), float(result["range"])
    except (TypeError, KeyError, ValueError):
        return ""
    leak = result.get("leakage") if isinstance(result, dict) else None
    text = translate("basis", "Measured: ρ = {rho}, the factor changes by {range} from −3 to +3").format(
        rho=number(rho, ".2f"), range=number(span, "+.2f"))
    if isinstance(leak, dict) and leak:
        other, value = max(leak.items(), key=lambda kv: float(kv[1]))
        text += "\n" + translate("basis", "Largest side effect: {other} changes by {value}").format(
            other=direction_name(str(other)), value=number(float(value), ".2f"))
        text += _reference_text(result.get("reference"), str(other))
    text += _steering_text(result.get("steering") if isinstance(result, dict) else None)
    return text


def _steering_text(steering: Any) -> str:
    """The steered walk against the straight one, as the second factor network reads both (the card's
    ``steering``, see core/steering), or ""."""
    if not isinstance(steering, dict):
        return ""
    straight, steered = largest_leakage(steering.get("straight")), largest_leakage(steering.get("steered"))
    if straight is None or steered is None:
        return ""
    (other, steered), straight = steered, straight[1]
    return "\n" + translate("basis", "Steered (+ Steered in the path editor), read by a factor network that did not "
                                      "steer: largest side effect {value} ({other}), straight {straight}").format(
        value=number(steered, ".2f"), other=direction_name(other), straight=number(straight, ".2f"))


def _reference_text(reference: Any, other: str) -> str:
    """The perfect edit's change of `other` (the card's ``reference``, see core/reference_edits), or ""."""
    if not isinstance(reference, dict):
        return ""
    for kind in ("redrawn", "drawn"):
        entry = reference.get(kind)
        try:
            value = float(entry["leakage"][other])
        except (TypeError, KeyError, ValueError):
            continue
        if kind == "redrawn":
            line = translate("basis", "The perfect edit (real images with only this factor changed, redrawn by "
                                      "this model) changes {other} by {value}")
        else:
            line = translate("basis", "The perfect edit (real images with only this factor changed) reads as "
                                      "{other} changing by {value}: the factor network's own error")
        return "\n" + line.format(other=direction_name(other), value=number(value, ".2f"))
    return ""


def _card_source(entry: Any) -> str:
    """What the card's directions were fitted on, in the reader's language (the card's English words otherwise)."""
    route, n, dataset = entry.get("route"), entry.get("n"), entry.get("dataset")
    if route == "encoded" and isinstance(n, int):
        text = translate("basis", "{n} encoded {dataset} images, measured for this model's card").format(
            n=n, dataset=dataset or "")
    elif route == "sampled" and isinstance(n, int):
        text = translate("basis", "{n} sampled latents read by the factor network, measured for this model's "
                                  "card").format(n=n)
    else:
        text = translate("basis", "the directions measured for this model's card ({source})").format(
            source=str(entry.get("source", "")))
    return text


def _decode_batches(model: Any, z: Any, batch: int = 200):
    import torch

    out = []
    for i in range(0, z.shape[0], batch):
        out.append(model.decode(z[i:i + batch].to(model.device)).float().cpu())
        yield
    return torch.cat(out)


def factor_basis_job(renderer: Any, model: Any, summary: ModelSummary):
    """Generator job: the model's named factor directions as a :class:`Basis`, or None.

    None when the model's dataset has no factor network, or the model is conditional (its
    class is chosen with the class selector): the caller then fits directions to measured
    image properties instead.
    """
    import torch

    from latentlab.core import directions as D
    from latentlab.core.datasets import of_model

    if summary.conditional:
        return None
    spec = of_model(summary.dataset, summary.image_shape)
    card = getattr(model, "card", None) or {}
    found = D.directions_from_card(card, summary.latent_dim)
    metrics = ((card.get("metrics") or {}).get("directions") or {}) if found else {}
    # the source is a callable, so the basis can write it again after a language switch
    if found:
        entry = card.get("directions") or {}

        def source_text() -> str:
            return _card_source(entry)
    else:
        net_path = spec.feature_network()
        if net_path is None:
            return None
        net = renderer.get_model(str(net_path), summary.device_spec)
        if not (hasattr(net, "outputs") and hasattr(net, "layout")):
            return None  # a classifier, not a factor network: it reads classes, not factors
        wanted = D.targets(net.layout, {f.name: f.values for f in spec.factors if f.values})
        sample = spec.load_sample(summary.image_shape) if summary.has_encoder and spec.has_sample() else None
        if sample is not None and sample.factors is not None:
            yield
            # the plain regression: the decorrelation decodes thousands of images, too slow to wait
            # for here; `latentlab directions` puts the decorrelated, measured ones on the card
            found = D.fit_model_directions(model, wanted, images=sample.images, factors=sample.factors,
                                           factor_names=sample.factor_names, method="raw")
            n_sample = len(sample)

            def source_text() -> str:
                return translate("basis", "{n} encoded images of the bundled sample").format(n=n_sample)
        else:
            z = torch.randn(FIT_LATENTS, summary.latent_dim, generator=torch.Generator().manual_seed(0))
            images = yield from _decode_batches(model, z)
            values = D.probability_reader(net, wanted)(images)
            yield
            found = {}
            for name, v in values.items():
                try:
                    found[name] = D.fit_direction(name, z, v)
                except ValueError:
                    continue  # a value the generator never draws: no direction leads to it

            def source_text() -> str:
                return translate("basis", "{n} sampled latents read by the factor network").format(n=FIT_LATENTS)
    if not found:
        return None
    names, rows, scales = [], [], []
    descriptions = {f.name: f.description for f in spec.factors}
    for name, d in found.items():
        scale = d.scale if np.isfinite(d.scale) and d.scale > 0 else 1.0
        rows.append((d.vector.numpy() * scale).astype(np.float32))
        names.append(name)  # the id: the sliders show it translated (i18n.direction_name)
        scales.append(float(scale))
    fidelity = {k: metrics[k] for k in found if k in metrics}

    def texts() -> tuple[list[str], str]:
        """The tips (description, step size, measured fidelity) and the source, in the language now."""
        tips = []
        for name, scale in zip(names, scales):
            factor = name.partition(": ")[0]
            tip = [class_name(descriptions[factor])] if factor in descriptions else []
            tip.append(translate("basis", "One slider step is the data's spread along this direction ({scale} prior "
                                          "standard deviations).").format(scale=number(scale, ".2f")))
            measured = fidelity_text(fidelity.get(name))
            if measured:
                tip.append(measured)
            tips.append("\n".join(tip))
        return tips, source_text()

    tips, source = texts()
    return Basis("attribute", names, np.stack(rows), tips,
                 {"source": source, "ids": list(found), "fidelity": fidelity, "texts": texts,
                  "steerable": True})  # read by a factor network, so a sweep along them can be steered
