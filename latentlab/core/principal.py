"""Principal directions that mean something: encoder-space PCA for VAEs, GANSpace for GANs.

A GAN's latents are drawn from an isotropic prior, so PCA of the latents themselves finds a
random rotation with ~1/d of the variance per component: nothing to teach. GANSpace (Härkönen
et al. 2020, "GANSpace: Discovering Interpretable GAN Controls") looks where the generator has
already shaped the randomness: it samples many z, takes the activations of an early generator
layer, finds their principal components, and maps each back to a latent direction by linear
regression of z on the activations' PCA coordinates. Moving z along such a direction moves the
layer's activations along that component, the way it varies most across samples.

A VAE's encoder means of real images are not isotropic, so for VAEs the PCA of those means is
already meaningful (:func:`encoder_pca`).

Every view reports the explained variance through :meth:`PrincipalDirections.share` (share of
the *total* variance, not of the components kept), so the sliders and the latent map say the same
"PC1 explains 14 %". This module is part of ``latentlab.core``: no GUI import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from latentlab.core.latent import pca_directions

__all__ = ["PrincipalDirections", "encoder_pca", "ganspace_directions", "layer_activations"]

#: extra random vectors of the randomized SVD beyond the components wanted (Halko et al. 2011)
_OVERSAMPLE = 10
#: power iterations of the randomized SVD: enough for the few leading components we report
_POWER_ITERATIONS = 3


@dataclass(frozen=True)
class PrincipalDirections:
    """Latent directions ordered by how much variation each explains.

    Parameters
    ----------
    components : torch.Tensor
        ``(k, dim)`` unit-norm latent directions, most important first.
    variance : torch.Tensor
        ``(k,)`` variance along each component in the space where it was measured (the
        latents for encoder PCA, the layer's activations for GANSpace).
    total : float
        The total variance of that space (the trace of its covariance), so shares add up to
        at most 1 even when only ``k`` components are kept.
    space : str
        ``"latent"`` (encoder PCA) or ``"activations"`` (GANSpace): where ``variance`` lives.
    """

    components: torch.Tensor
    variance: torch.Tensor
    total: float
    space: str

    @property
    def share(self) -> list[float]:
        """Fraction of the total variance each component explains, in [0, 1]."""
        if self.total <= 0:
            return [0.0] * int(self.variance.shape[0])
        return [float(v) / self.total for v in self.variance]


def encoder_pca(latents: Any) -> PrincipalDirections:
    """PCA of a VAE's encoder means (``(N, dim)``, ``N >= 2``): all components, shares of their total."""
    comps, var, _mean = pca_directions(latents)
    return PrincipalDirections(comps, var, float(var.sum()), "latent")


class _Captured(Exception):
    """Raised by the hook once the layer's output is in hand: the rest of the generator is not needed."""


def layer_activations(model: nn.Module, layer: str, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
    """The output of ``model``'s submodule ``layer`` for latents ``z``, flattened to ``(N, F)`` float32 on the CPU.

    Parameters
    ----------
    model : nn.Module
        A generator with ``decode(z, labels)``.
    layer : str
        A submodule name as ``model.get_submodule`` takes it (the family's ``principal_layer``).
    z : torch.Tensor
        ``(N, dim)`` latents.
    labels : torch.Tensor or None
        ``(N,)`` class indices for conditional models.
    """
    module = model.get_submodule(layer)
    captured: list[torch.Tensor] = []

    def hook(_module: nn.Module, _inputs: Any, output: torch.Tensor) -> None:
        captured.append(output.detach())
        raise _Captured

    # Registered for this one call only: frames drawn between batches must not meet it.
    handle = module.register_forward_hook(hook)
    try:
        with torch.inference_mode():
            model.decode(z, labels)
    except _Captured:
        pass
    finally:
        handle.remove()
    if not captured:
        raise ValueError(f"layer {layer!r} of {type(model).__name__} was not run while decoding")
    return captured[0].float().flatten(1).cpu()


def _top_components(centred: torch.Tensor, k: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Leading ``k`` right singular vectors and singular values of ``centred`` (N, F).

    A seeded randomized SVD: for 2,000 samples of a 3,136-wide layer it takes about a second on
    one busy CPU core where the full SVD took over a minute; with three power iterations the
    leading components, which are all we report, come out as the exact ones do.
    """
    n, f = centred.shape
    q = min(k + _OVERSAMPLE, n, f)
    if q >= min(n, f):  # small enough: the exact SVD
        _, s, vh = torch.linalg.svd(centred, full_matrices=False)
        return vh[:k], s[:k]
    gen = torch.Generator().manual_seed(seed)
    y = centred @ torch.randn(f, q, generator=gen, dtype=centred.dtype)  # (N, q)
    for _ in range(_POWER_ITERATIONS):
        y, _ = torch.linalg.qr(y)
        y = centred @ (centred.T @ y)
    basis, _ = torch.linalg.qr(y)  # (N, q) orthonormal: the range of the leading components
    _, s, vh = torch.linalg.svd(basis.T @ centred, full_matrices=False)  # (q, F)
    return vh[:k], s[:k]


def ganspace_directions(latents: Any, activations: Any, k: int | None = None, seed: int = 0) -> PrincipalDirections:
    """GANSpace: latent directions from the PCA of an early layer's activations.

    Parameters
    ----------
    latents : torch.Tensor
        ``(N, dim)`` latents that were decoded, ``N > dim``.
    activations : torch.Tensor
        ``(N, F)`` the layer's activations for those latents (:func:`layer_activations`).
    k : int or None, optional
        Components to keep, ``1 <= k <= dim``; ``None``: ``dim``.
    seed : int, optional
        Seed of the randomized SVD (the result is deterministic).

    Returns
    -------
    PrincipalDirections
        ``components`` (k, dim) unit latent directions, each the regression of z on one
        activation component's coordinate, sign-normalised so its largest entry is positive;
        ``variance`` the activation variance along each component, ``total`` the layer's total
        activation variance, ``space == "activations"``.
    """
    z = torch.as_tensor(latents, dtype=torch.float32).cpu()
    x = torch.as_tensor(activations, dtype=torch.float32).cpu().flatten(1)
    if z.ndim != 2 or x.shape[0] != z.shape[0] or z.shape[0] <= z.shape[1]:
        raise ValueError(f"need more latents than dimensions and one activation row per latent; got latents "
                         f"{tuple(z.shape)} and activations {tuple(x.shape)}")
    n, dim = z.shape
    k = dim if k is None else int(k)
    if not 1 <= k <= min(dim, x.shape[1]):
        raise ValueError(f"k must be between 1 and {min(dim, x.shape[1])}, got {k}")
    centred = x - x.mean(dim=0)
    total = float((centred ** 2).sum()) / (n - 1)
    vh, s = _top_components(centred, k, seed)
    coords = centred @ vh.T  # (N, k): each sample's position along the activation components
    # z ≈ coords @ U (+ mean): row i of U is the latent step that moves component i by one unit.
    zc = z - z.mean(dim=0)
    u = torch.linalg.lstsq(coords, zc).solution  # (k, dim)
    norms = u.norm(dim=1, keepdim=True).clamp_min(1e-12)
    components = u / norms
    pivot = components.abs().argmax(dim=1, keepdim=True)
    signs = torch.sign(components.gather(1, pivot))
    components = components * torch.where(signs == 0, torch.ones_like(signs), signs)
    return PrincipalDirections(components, (s ** 2) / (n - 1), total, "activations")
