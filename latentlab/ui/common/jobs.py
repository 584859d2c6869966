"""Work the render worker runs for the window: loading models, fitting directions, listing models.

Plain functions of a :class:`~latentlab.core.render.Renderer` (no widgets here; Qt only
translates messages), so widgets never call torch and the same code can be tested or benchmarked
without a window. Each returns plain data (numpy arrays, dataclasses) that is safe to hand to the
GUI thread.
"""

from __future__ import annotations

import inspect
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from latentlab.ui.common.i18n import (
    class_name,
    current_language,
    fmt,
    number,
    principal_name,
)
from latentlab.ui.common.state import Basis, ModelSummary

#: samples used to fit PCA / class / attribute directions (the bundled data sample has 2,000)
FIT_SAMPLES = 2000


def list_models_job(_renderer: Any = None) -> tuple[list[Any], list[str]]:
    """Bundled and user generators (classifiers left out), and messages for unreadable files."""
    from latentlab.core.zoo import list_models, scan_errors

    infos = [i for i in list_models() if i.generates]
    return infos, scan_errors()


def load_model_job(renderer: Any, path: str, device: str) -> ModelSummary:
    """Load (and cache) the model at ``path`` on ``device``; describe it for the UI."""
    from latentlab.core.checkpoint import CheckpointError
    from latentlab.core.device import device_name
    from latentlab.core.families import maybe_family_of
    from latentlab.core.zoo import model_info

    import warnings

    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = renderer.get_model(path, device)
    load_ms = (time.perf_counter() - t0) * 1e3
    notes = [str(w.message) for w in caught]
    family = maybe_family_of(model)
    if family is None or not family.capabilities.generates or not hasattr(model, "decode"):
        renderer.evict(path)
        raise CheckpointError(QCoreApplication.translate("basis", "{name}: a classifier (feature network), not an "
                                                                  "image generator; it is used to measure "
                                                                  "generators, not to explore").format(
                                                                      name=Path(path).name))
    try:
        info = model_info(path)
    except Exception:  # TorchScript files and others: describe from the loaded model
        info = None
    card = getattr(model, "card", {}) or {}
    dataset = (info.dataset if info else None) or card.get("dataset")
    summary = ModelSummary(
        path=str(Path(path).expanduser().resolve()),
        name=Path(path).stem,
        kind=str(model.kind),
        latent_dim=int(model.latent_dim),
        image_shape=tuple(int(v) for v in model.image_shape),
        class_names=list(model.class_names),
        dataset=dataset,
        has_encoder=bool(getattr(model, "has_encoder", False)),
        device=device_name(model.device),
        device_spec=device,
        info=info,
        load_ms=load_ms,
        notes=notes,
        family=family,
    )
    summary.basis_unavailable = basis_availability(summary)
    return summary


def basis_availability(s: ModelSummary) -> dict[str, str | None]:
    """For each basis: None when it can be offered, else a reason in plain (translated) words."""
    from PySide6.QtCore import QCoreApplication

    from latentlab.core.datasets import of_model

    translate = QCoreApplication.translate
    spec = of_model(s.dataset, s.image_shape)
    dataset = repr(s.dataset or translate("basis", "(unknown)"))
    out: dict[str, str | None] = {"raw": None, "attribute": None}
    has_sample = spec.has_sample()
    if s.has_encoder and not has_sample:
        out["pca"] = translate("basis", "Principal directions of a VAE come from encoding real images, and there is no "
                                        "bundled sample of the dataset {dataset}").format(dataset=dataset)
    elif not s.has_encoder and (s.family is None or not s.family.capabilities.principal_layer):
        # PCA of latents drawn from an isotropic prior would be a random rotation, not a finding
        out["pca"] = translate("basis", "Principal directions of a GAN come from its first layer (GANSpace), and this "
                                        "model's family does not say which layer that is")
    else:
        out["pca"] = None
    if s.conditional:
        out["class"] = translate("basis", "This model takes the class as an input, so its latent space has no class "
                                          "directions: pick the class with the class selector instead")
    elif s.has_encoder:
        out["class"] = None if has_sample else translate(
            "basis", "Class directions need labelled images of the dataset, and there is no bundled sample of "
                     "{dataset}").format(dataset=dataset)
    else:
        out["class"] = None if spec.feature_network() is not None else translate(
            "basis", "Class directions of a GAN need a classifier (feature network) for its dataset to label "
                     "the samples, and none is installed for {dataset}").format(
            dataset=repr(s.dataset or translate("basis", "this model")))
    if not spec.factors:
        out["attribute"] = translate("basis", "Attribute directions follow measurable image properties, and the "
                                              "dataset {dataset} declares none").format(dataset=repr(spec.title))
    elif s.image_shape[0] not in (1, 3):
        out["attribute"] = translate("basis", "Attribute directions need grey or colour images")
    return out


def _decode_batches(model: Any, z: Any, labels: Any = None, batch: int = 250):
    """Generator: decode in batches, yielding between them; returns (N, C, H, W) on the CPU."""
    import torch

    out = []
    for i in range(0, z.shape[0], batch):
        lab = None if labels is None else labels[i:i + batch]
        out.append(model.decode(z[i:i + batch], lab).float().cpu())
        yield
    return torch.cat(out)


def _encoded_sample(model: Any, dataset: str, image_shape: tuple[int, int, int]):
    """Generator: posterior means of the bundled data sample; returns (mu, labels, class names)."""
    import torch

    from latentlab.core.datasets import of_model

    ds = of_model(dataset, image_shape).load_sample(image_shape)
    images, labels = ds.tensors()
    mus = []
    for i in range(0, images.shape[0], 250):
        x = images[i:i + 250].to(model.device, model.dtype)
        lab = labels[i:i + 250].to(model.device) if model.conditional else None
        mu, _ = model.encode(x, lab)
        mus.append(mu.float().cpu())
        yield
    return torch.cat(mus), labels, list(ds.class_names)


def basis_job(renderer: Any, summary: ModelSummary, key: str, truncation: float = 1.0):
    """Fit the directions of basis ``key`` for the open model; returns a :class:`Basis`.

    A generator: it yields between batches so the worker can draw frames meanwhile (drive it
    with :func:`run_to_end` outside the worker).
    """
    import torch

    from latentlab.core import latent as L

    reason = summary.basis_unavailable.get(key)
    if reason:
        raise ValueError(reason)
    model = renderer.get_model(summary.path, summary.device_spec)
    dim = summary.latent_dim
    gen = torch.Generator().manual_seed(0)

    def random_labels(n: int) -> Any:
        if not summary.conditional:
            return None
        return torch.randint(0, len(summary.class_names), (n,), generator=gen).to(model.device)

    if key == "raw":
        return Basis.raw(dim)

    if key == "pca":
        found, source_text = yield from _principal_fit(model, summary)
        names = [principal_name(i, share) for i, share in enumerate(found.share)]
        share, space = list(found.share), found.space

        def pca_texts() -> tuple[list[str], str]:
            source = source_text()
            return [principal_tip(i, s, space, source) for i, s in enumerate(share)], source

        tips, source = pca_texts()
        return Basis("pca", names, found.components.numpy().astype(np.float32), tips,
                     {"variance": found.variance.numpy(), "share": found.share, "source": source,
                      "texts": pca_texts})

    if key == "class":
        if summary.has_encoder:
            z, labels, class_names = yield from _encoded_sample(model, summary.dataset, summary.image_shape)

            def source_text() -> str:
                return QCoreApplication.translate("basis", "encoded {dataset} images").format(dataset=summary.dataset)
        else:
            from latentlab.core.datasets import of_model

            fpath = of_model(summary.dataset, summary.image_shape).feature_network()
            classifier = renderer.get_model(str(fpath), summary.device_spec)
            z = L.sample_prior(FIT_SAMPLES, dim, seed=0, truncation=truncation)
            images = yield from _decode_batches(model, z)
            logits = []
            for i in range(0, images.shape[0], 250):
                logits.append(classifier(images[i:i + 250].to(classifier.device)).float().cpu())
                yield
            logits = torch.cat(logits)
            labels = logits.argmax(dim=1)
            class_names = list(getattr(classifier, "class_names", [])) or [str(i) for i in range(logits.shape[1])]

            def source_text() -> str:
                return QCoreApplication.translate("basis", "{FIT_SAMPLES} samples labelled by the {dataset} "
                                                  "classifier").format(FIT_SAMPLES=FIT_SAMPLES, dataset=summary.dataset)
        n_classes = len(class_names)
        counts = torch.bincount(labels, minlength=n_classes)
        present = [c for c in range(n_classes) if int(counts[c]) > 0]
        means = torch.zeros(n_classes, dim)
        if present:
            remap = torch.full((n_classes,), -1, dtype=torch.long)
            remap[present] = torch.arange(len(present))
            m = L.class_mean_directions(z, remap[labels], len(present))
            means[present] = m
        return Basis("class", [], None, [], {"means": means.numpy().astype(np.float32), "present": present,
                                               "class_names": class_names, "source": source_text(),
                                               "counts": counts.tolist(), "texts": lambda: ([], source_text())})

    if key == "attribute":
        from latentlab.core.datasets import of_model
        from latentlab.ui.common.factor_basis import factor_basis_job

        named = yield from factor_basis_job(renderer, model, summary)
        if named is not None:  # a dataset with a factor network: its labelled factors, by name
            return named
        factors = of_model(summary.dataset, summary.image_shape).factors
        z = L.sample_prior(FIT_SAMPLES // 2, dim, seed=0, truncation=truncation)
        images = yield from _decode_batches(model, z, random_labels(z.shape[0]))  # (N, C, H, W)
        dirs, names, descriptions = [], [], []
        for factor in factors:
            values = factor.measure(images)
            try:
                d = L.attribute_direction(z, values)
            except ValueError:
                continue
            dirs.append(d.numpy().astype(np.float32))
            names.append(factor.name)
            descriptions.append(factor.description)
        if not dirs:
            raise ValueError("no image property varies with the latent (are the images blank?)")
        n = int(z.shape[0])

        def attribute_texts() -> tuple[list[str], str]:
            translate = QCoreApplication.translate
            tips = [translate("basis", "{description}, from {x0} decoded samples").format(
                description=class_name(description), x0=n) for description in descriptions]
            return tips, translate("basis", "{n} decoded samples").format(n=n)

        tips, source = attribute_texts()
        return Basis("attribute", names, np.stack(dirs), tips, {"source": source, "ids": names,
                                                                "texts": attribute_texts})

    raise ValueError(f"unknown basis {key!r}")


def principal_job(model: Any, summary: ModelSummary):
    """Generator job: the open model's principal directions, as every view shows them.

    VAEs: PCA of the encoder means of the bundled data sample. GANs: GANSpace on the layer their
    family names (:mod:`latentlab.core.principal`), from :data:`FIT_SAMPLES` prior samples
    without truncation, so the directions describe the generator, not a sampling setting.
    Returns ``(PrincipalDirections, source)``; the sliders, the latent map and the compare view
    all take their percentages from here.
    """
    found, source_text = yield from _principal_fit(model, summary)
    return found, source_text()


def _principal_fit(model: Any, summary: ModelSummary):
    """:func:`principal_job`, with the source as a callable that writes it in the language of the moment."""
    import torch

    from latentlab.core import latent as L
    from latentlab.core import principal

    reason = summary.basis_unavailable.get("pca")
    if reason:
        raise ValueError(reason)
    if summary.has_encoder:
        z, _, _ = yield from _encoded_sample(model, summary.dataset, summary.image_shape)
        n = int(z.shape[0])
        return principal.encoder_pca(z), lambda: QCoreApplication.translate(
            "basis", "{n} encoded {dataset} images").format(n=n, dataset=summary.dataset)
    layer = summary.family.capabilities.principal_layer
    z = L.sample_prior(FIT_SAMPLES, summary.latent_dim, seed=0)
    labels = (torch.randint(0, len(summary.class_names), (FIT_SAMPLES,), generator=torch.Generator().manual_seed(0))
              if summary.conditional else None)
    acts = []
    for i in range(0, FIT_SAMPLES, 250):
        lab = labels[i:i + 250].to(model.device) if labels is not None else None
        acts.append(principal.layer_activations(model, layer, z[i:i + 250].to(model.device, model.dtype), lab))
        yield
    return (principal.ganspace_directions(z, torch.cat(acts)),
            lambda: QCoreApplication.translate("basis", "{n} samples").format(n=FIT_SAMPLES))


def principal_tip(i: int, share: float, space: str, source: str) -> str:
    """What principal direction ``i`` is, in words a student reads."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    percent = number(share * 100, ".1f")
    if space == "activations":
        return translate("basis", "PC{n} explains {percent} % of the variation in the generator's first layer over "
                           "{source} (GANSpace: the layer's principal components, traced back to the latent)").format(
            n=i + 1, percent=percent, source=source)
    return translate("basis", "PC{n} explains {percent} % of the variation of {source} in latent space: the direction "
                       "with the {ordinal} largest spread").format(n=i + 1, percent=percent, source=source,
                                                                  ordinal=_ordinal(i + 1))


def run_to_end(gen: Any) -> Any:
    """Drive a generator job to completion and return its result (for scripts and tests)."""
    if not inspect.isgenerator(gen):
        return gen
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def class_basis(data: Basis, src: int) -> Basis:
    """Directions from class ``src``'s mean towards every other class's mean ("3 → 8")."""
    means = data.extra["means"]
    names_all = data.extra["class_names"]
    present = data.extra["present"]
    dirs, names, ends = [], [], []
    for dst in present:
        if dst == src or src not in present:
            continue
        d = means[dst] - means[src]
        n = float(np.linalg.norm(d))
        if n < 1e-12:
            continue
        dirs.append((d / n).astype(np.float32))
        names.append(f"{names_all[src]} → {names_all[dst]}")
        ends.append((dst, n))
    # the fitted data's texts write its source again in the language of the moment (a basis
    # from before they were kept has only the words it was fitted with)
    data_texts = data.extra.get("texts")
    fitted_source = str(data.extra.get("source", ""))

    def class_texts() -> tuple[list[str], str]:
        source = data_texts()[1] if callable(data_texts) else fitted_source
        tips = [fmt(QCoreApplication.translate("basis", "From the average '{x0}' towards the average '{x1}' (class "
                                                        "means of {x2}); the means are {n:.2f} apart"),
                    x0=class_name(names_all[src]), x1=class_name(names_all[dst]), x2=source, n=n)
                for dst, n in ends]
        return tips, source

    tips, source = class_texts()
    extra = dict(data.extra, src=src, source=source, texts=class_texts)
    extra.pop("texts_language", None)
    if not dirs:
        return Basis("class", [], np.zeros((0, means.shape[1]), np.float32), [], extra)
    return Basis("class", names, np.stack(dirs), tips, extra)


def _ordinal(n: int) -> str:
    """"2nd" in English, "2." in Czech, "2" in Chinese (whose sentence says 第 … itself)."""
    lang = current_language()
    if lang == "cs":
        return f"{n}."
    if lang.startswith("zh"):
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
