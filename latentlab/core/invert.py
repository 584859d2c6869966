"""Getting a real image into latent space: VAEs encode it, GANs are inverted by optimisation.

GAN inversion searches for the latent whose picture is closest to the target (pixel MSE plus a
small pull towards the prior's typical shell, so the answer stays a plausible latent). Several
random starts run as one batch and the best wins, which avoids most bad local minima at no
extra Python overhead. It reports progress and can be cancelled between steps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import torch

from latentlab.core.latent import sample_prior


class InversionCancelled(Exception):
    """Raised when ``should_stop()`` asked an inversion to end early (the best so far is kept)."""


@dataclass
class Reconstruction:
    """A real image's place in latent space and how well the model redraws it.

    Attributes
    ----------
    z : torch.Tensor
        (D,) latent: the posterior mean for VAEs, the optimised latent for GANs.
    image : torch.Tensor
        (C, H, W) reconstruction in [0, 1].
    error : float
        Mean squared pixel error between target and reconstruction.
    sigma : torch.Tensor or None
        (D,) posterior standard deviation (VAEs only): the ±σ band of each slider.
    method : str
        ``"encode"`` or ``"invert"``.
    history : list of float
        Error after each inversion step (empty for encoding).
    cancelled : bool
        The inversion was stopped before its last step.
    """

    z: torch.Tensor
    image: torch.Tensor
    error: float
    sigma: torch.Tensor | None = None
    method: str = "encode"
    history: list[float] = field(default_factory=list)
    cancelled: bool = False


def _label_tensor(model, label: int | None, n: int) -> torch.Tensor | None:
    if not model.conditional:
        return None
    if label is None:
        raise ValueError("this model is conditional: choose the class of the image")
    return torch.full((n,), int(label), dtype=torch.long, device=model.device)


def _to_unit(model, raw: torch.Tensor) -> torch.Tensor:
    lo, hi = model.output_range
    return (raw - lo) / (hi - lo)


def encode_image(model, target: torch.Tensor, label: int | None = None) -> Reconstruction:
    """Encode ``target`` (C, H, W) in [0, 1] with a VAE's encoder; decode the posterior mean."""
    if not model.has_encoder:
        raise ValueError(f"{getattr(model, 'arch', 'this model')} has no encoder; use invert_image")
    x = target.to(model.device, model.dtype).unsqueeze(0)
    labels = _label_tensor(model, label, 1)
    with torch.inference_mode():
        mu, logvar = model.encode(x, labels)
        image = model.decode(mu, labels)[0]
    error = torch.mean((image - x[0]) ** 2).item()
    return Reconstruction(mu[0].clone(), image.clone(), error, torch.exp(0.5 * logvar[0]).clone(), "encode")


def invert_image(
    model,
    target: torch.Tensor,
    label: int | None = None,
    steps: int = 300,
    restarts: int = 8,
    lr: float = 0.05,
    prior_weight: float = 1e-3,
    seed: int = 0,
    progress: Callable[[int, int, float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Reconstruction:
    """Find the latent whose decoded image best matches ``target`` (C, H, W) in [0, 1].

    Parameters
    ----------
    steps, restarts, lr : int, int, float
        Adam steps, parallel random starts, step size.
    prior_weight : float
        Weight of ``(|z| - sqrt(D))²`` keeping the answer on the prior's typical shell.
    progress : callable, optional
        ``progress(step, steps, best_error)`` after every step.
    should_stop : callable, optional
        Checked every step; when it returns True the best latent so far is returned with
        ``cancelled=True``.
    """
    if steps < 1 or restarts < 1:
        raise ValueError("steps and restarts must be at least 1")
    device, dtype = model.device, model.dtype
    x = target.to(device, dtype).unsqueeze(0)  # (1, C, H, W)
    labels = _label_tensor(model, label, restarts)
    z = sample_prior(restarts, model.latent_dim, seed=seed).to(device, dtype).requires_grad_(True)
    opt = torch.optim.Adam([z], lr=lr)
    shell = math.sqrt(model.latent_dim)
    frozen = [p for p in model.parameters() if p.requires_grad]
    for p in frozen:  # gradients flow to z only: cheaper, and the model is never changed
        p.requires_grad_(False)
    history: list[float] = []
    cancelled = False
    best_z, best_err = z.detach()[0].clone(), float("inf")
    try:
        with torch.enable_grad():
            for step in range(steps):
                if should_stop is not None and should_stop():
                    cancelled = True
                    break
                images = _to_unit(model, model.generate(z, labels))  # (R, C, H, W)
                per_start = ((images - x) ** 2).flatten(1).mean(1)  # (R,)
                prior = (z.norm(dim=1) - shell) ** 2
                loss = (per_start + prior_weight * prior).sum()
                i = int(per_start.argmin())
                if per_start[i].item() < best_err:  # the error belongs to z before this step
                    best_err, best_z = per_start[i].item(), z.detach()[i].clone()
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                history.append(best_err)
                if progress is not None:
                    progress(step + 1, steps, best_err)
    finally:
        for p in frozen:
            p.requires_grad_(True)
    with torch.inference_mode():
        image = model.decode(best_z.unsqueeze(0), labels[:1] if labels is not None else None)[0]
    error = torch.mean((image - x[0]) ** 2).item()
    return Reconstruction(best_z, image.clone(), error, None, "invert", history, cancelled)


def reconstruct(model, target: torch.Tensor, label: int | None = None, **invert_options) -> Reconstruction:
    """Encode with a VAE, invert with a GAN: the one call the app and the compare view use."""
    if model.has_encoder:
        return encode_image(model, target, label)
    return invert_image(model, target, label, **invert_options)
