"""Evidence for the side-by-side VAE-vs-GAN comparison, drawn from the models themselves.

Teachers present the textbook claims (VAE: reconstruction + KL, blurry but smooth, stable
training, a continuous latent space; GAN: an adversarial game, sharp, unstable training, mode
collapse, a latent space that is hard to control) and put the *measured* figures of the models
actually loaded next to each claim. Three modules share the work:

* this one decodes pictures from the models:

  * :func:`same_seed_samples` — every model decodes its own prior draws from the same seed;
  * :func:`reconstruction_row` — real images through each model (VAEs encode, GANs are inverted);

* :mod:`latentlab.core.claims` reads the measured figures from the model cards and judges each
  claim (:func:`~latentlab.core.claims.compatibility`, :func:`~latentlab.core.claims.loss_stability`,
  :func:`~latentlab.core.claims.coverage_bars`, :func:`~latentlab.core.claims.comparison_table`);
* :mod:`latentlab.core.evidence_figure` draws all of it as one PNG-ready image with Pillow
  (:func:`~latentlab.core.evidence_figure.render_figure`).

The measured figures come from the model cards (``metrics.eval``, written by ``latentlab eval``)
and their training logs; nothing here evaluates a model. Nothing here imports Qt: the GUI's
compare view reuses these functions.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import torch

from latentlab.core.claims import _shape_text
from latentlab.core.invert import reconstruct
from latentlab.core.pixels import to_uint8

__all__ = ["reconstruction_row", "same_seed_samples"]


# --------------------------------------------------------------------------------------------
# samples and reconstructions
# --------------------------------------------------------------------------------------------


def _class_index(model: Any, label: int | str | None) -> int | None:
    """``label`` (index or class name) as a class index of ``model``; None for unconditional models."""
    if label is None or not model.conditional:
        return None
    if isinstance(label, str):
        if label in model.class_names:
            return model.class_names.index(label)
        try:
            label = int(label)
        except ValueError:
            raise ValueError(f"label {label!r} is not a class of this model "
                             f"({', '.join(model.class_names)})") from None
    k = int(label)
    if not 0 <= k < model.num_classes:
        raise ValueError(f"label {k}: this model's classes are 0..{model.num_classes - 1}")
    return k


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
