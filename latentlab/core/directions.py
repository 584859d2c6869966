"""Latent directions for labelled factors ("smile", "glasses"…) and how faithfully they work.

A direction is fitted from labels:

- **VAE** (:func:`encoded_directions`): regress each factor on the encoded means of labelled
  images, over the latent dimensions the model uses only (mean KL per dimension above a
  threshold). A regression over every dimension spends much of its length on dimensions the
  decoder ignores, so a step along it changes the picture less than it should.
- **GAN** (:func:`sampled_directions`): sample latents, decode them, read every factor of the
  pictures with the factor network, and regress the readings on the latents.

Each direction is a unit vector plus the data's spread along it (:attr:`FactorDirection.scale`),
which is what one slider step should be worth.

:func:`direction_fidelity` measures a direction: walk many seeds along it from ``-span`` to
``+span`` prior standard deviations and read every factor back. It reports the median Spearman
correlation of step and target factor, the target's mean change end to end, and how much
every other factor changes on the way (leakage): the card's
``metrics.directions.<factor>.spearman_rho`` / ``.range`` / ``.leakage``.

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np
import torch

__all__ = [
    "FactorDirection",
    "active_dims",
    "card_metrics",
    "direction_fidelity",
    "encoded_directions",
    "fit_direction",
    "sampled_directions",
    "spearman",
]

FactorReader = Callable[[torch.Tensor], Mapping[str, torch.Tensor]]


@dataclass(frozen=True)
class FactorDirection:
    """A unit latent direction along which a factor grows.

    Attributes
    ----------
    factor : str
        The factor's name.
    vector : torch.Tensor
        Unit vector (latent_dim,), float32, on the CPU.
    scale : float
        Standard deviation of the data's latents along :attr:`vector`: one slider step.
    dims : tuple of int
        The latent dimensions the fit used (the others are zero in :attr:`vector`).
    fit_r2 : float
        Share of the factor's variance the fit explains on the data it was fitted on.
    """

    factor: str
    vector: torch.Tensor
    scale: float
    dims: tuple[int, ...]
    fit_r2: float


def active_dims(mu: torch.Tensor, logvar: torch.Tensor, threshold: float = 0.01) -> list[int]:
    """Latent dimensions a VAE uses: mean KL to the prior per dimension above `threshold` nats.

    Parameters
    ----------
    mu, logvar : torch.Tensor
        The encoder's outputs for many images, (N, D) each.
    threshold : float, default 0.01

    Returns
    -------
    list of int
        The used dimensions, in order; all of them if none passes (a model that uses nothing
        still needs a direction to show).
    """
    kl = 0.5 * (mu.double() ** 2 + logvar.double().exp() - 1.0 - logvar.double()).mean(dim=0)  # (D,)
    used = [int(i) for i in torch.nonzero(kl > threshold).flatten()]
    return used or list(range(mu.shape[1]))


def fit_direction(factor: str, z: torch.Tensor, values: torch.Tensor, dims: Sequence[int] | None = None) -> FactorDirection:
    """Least-squares direction along which `values` grow, fitted on latents `z` (N, D).

    Parameters
    ----------
    factor : str
    z : torch.Tensor
        (N, D) latents (encoded means, or sampled latents).
    values : torch.Tensor
        (N,) the factor's value for each latent.
    dims : sequence of int, optional
        Fit on these dimensions only; all by default.

    Raises
    ------
    ValueError
        If there are fewer latents than dimensions to fit, or the values do not vary.
    """
    z = z.detach().double().cpu()
    y = values.detach().double().cpu().flatten()
    dims = list(range(z.shape[1])) if dims is None else [int(d) for d in dims]
    if len(z) != len(y):
        raise ValueError(f"{factor}: {len(z)} latents but {len(y)} values")
    if len(z) <= len(dims):
        raise ValueError(f"{factor}: {len(z)} latents are too few to fit a direction over {len(dims)} dimensions")
    if float(y.std()) == 0.0:
        raise ValueError(f"{factor}: the values do not vary, so no direction makes them grow")
    x = z[:, dims] - z[:, dims].mean(dim=0)
    yc = y - y.mean()
    w = torch.linalg.lstsq(x, yc.unsqueeze(1)).solution.squeeze(1)  # (len(dims),)
    residual = yc - x @ w
    r2 = 1.0 - float((residual ** 2).sum() / (yc ** 2).sum())
    vector = torch.zeros(z.shape[1], dtype=torch.float64)
    norm = float(w.norm())
    if norm > 0:
        vector[dims] = w / norm
    scale = float((x @ vector[dims]).std()) if norm > 0 else 0.0
    return FactorDirection(factor, vector.float(), scale, tuple(dims), r2)


def _batched(fn: Callable[[torch.Tensor], Any], x: torch.Tensor, batch_size: int = 256) -> list[Any]:
    return [fn(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]


@torch.inference_mode()
def encoded_directions(model: Any, images: Any, factors: np.ndarray, factor_names: Sequence[str],
                       kl_threshold: float = 0.01) -> dict[str, FactorDirection]:
    """A VAE's direction per labelled factor, from the encoded means of labelled images.

    Parameters
    ----------
    model : a latentlab VAE (anything with ``encode(x) -> (mu, logvar)``)
    images : numpy.ndarray or torch.Tensor
        (N, C, H, W) uint8, or float in [0, 1], fitted to the model's image shape.
    factors : numpy.ndarray
        (N, F) the images' labelled values, columns named by `factor_names`.
    factor_names : sequence of str
    kl_threshold : float, default 0.01
        A dimension counts as used above this mean KL (nats), see :func:`active_dims`.

    Returns
    -------
    dict
        ``{factor: FactorDirection}`` for every factor whose values vary.
    """
    x = torch.as_tensor(np.asarray(images)) if not torch.is_tensor(images) else images
    if x.dtype == torch.uint8:
        x = x.float() / 255.0
    param = next(model.parameters())
    parts = _batched(lambda b: model.encode(b.to(device=param.device, dtype=param.dtype)), x)
    mu = torch.cat([p[0].float().cpu() for p in parts])
    logvar = torch.cat([p[1].float().cpu() for p in parts])
    dims = active_dims(mu, logvar, kl_threshold)
    table = torch.as_tensor(np.asarray(factors, dtype=np.float64))
    return {name: fit_direction(name, mu, table[:, i], dims)
            for i, name in enumerate(factor_names) if float(table[:, i].std()) > 0}


def _latents(model: Any, n: int, seed: int) -> torch.Tensor:
    if hasattr(model, "sample_latent"):
        return model.sample_latent(n, seed=seed).float().cpu()
    return torch.randn(n, int(model.latent_dim), generator=torch.Generator().manual_seed(seed))


def _decode(model: Any, z: torch.Tensor) -> torch.Tensor:
    param = next(model.parameters(), None)
    device = param.device if param is not None else torch.device("cpu")
    return torch.cat([model.decode(b.to(device)).float().cpu() for b in torch.split(z, 256)])


@torch.inference_mode()
def sampled_directions(model: Any, factor_reader: FactorReader, n: int = 2000, seed: int = 0) -> dict[str, FactorDirection]:
    """A generator's direction per factor: sampled latents regressed on what the reader sees.

    Parameters
    ----------
    model : a latentlab generator (``decode``, ``sample_latent`` or ``latent_dim``)
    factor_reader : callable
        ``images (N, C, H, W) in [0, 1] -> {factor: (N,) values}``, e.g. ``FactorNet.read``.
    n : int, default 2000
        Latents to sample.
    seed : int, default 0
    """
    z = _latents(model, n, seed)
    read = factor_reader(_decode(model, z))
    return {name: fit_direction(name, z, values) for name, values in read.items() if float(values.float().std()) > 0}


def spearman(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Spearman correlation of each row of `b` (S, T) with `a` (T,); 0 where a row does not vary."""
    def ranks(x: np.ndarray) -> np.ndarray:
        return np.argsort(np.argsort(x, axis=-1, kind="stable"), axis=-1, kind="stable").astype(np.float64)

    ra = ranks(np.asarray(a))
    rb = ranks(np.asarray(b))
    ra = ra - ra.mean()
    rb = rb - rb.mean(axis=-1, keepdims=True)
    spread = np.sqrt((ra ** 2).sum() * (rb ** 2).sum(axis=-1))
    flat = np.ptp(np.asarray(b), axis=-1) == 0
    with np.errstate(invalid="ignore", divide="ignore"):
        rho = (rb * ra).sum(axis=-1) / spread
    return np.where(flat | (spread == 0), 0.0, rho)


@torch.inference_mode()
def direction_fidelity(model: Any, direction: FactorDirection | torch.Tensor, factor_reader: FactorReader,
                       seeds: int = 200, steps: int = 13, span: float = 3.0, *, factor: str | None = None,
                       categorical: Sequence[str] = (), seed: int = 0) -> dict[str, Any]:
    """How faithfully walking along `direction` changes its factor, and only its factor.

    Each of `seeds` latents is moved so that its position along the direction runs from
    ``-span`` to ``+span`` prior standard deviations in `steps` steps (its other components
    stay), decoded, and read by `factor_reader`.

    Parameters
    ----------
    model : a latentlab generator
    direction : FactorDirection or torch.Tensor
        The direction (a tensor is normalised; then `factor` names its factor).
    factor_reader : callable
        ``images -> {factor: (N,) values}`` (e.g. ``FactorNet.read``); must read the target.
    seeds, steps : int, default 200, 13
    span : float, default 3.0
    factor : str, optional
        The target factor when `direction` is a plain tensor.
    categorical : sequence of str
        Factors read as a category index (not a number): their leakage is the share of
        seeds whose value differs between the two ends.
    seed : int, default 0
        Seed of the starting latents.

    Returns
    -------
    dict
        ``{"spearman_rho": median over seeds of Spearman(step, target),
        "range": mean over seeds of target(+span) - target(-span),
        "leakage": {other factor: mean |other(+span) - other(-span)|}}``.
    """
    if isinstance(direction, FactorDirection):
        factor, vector = direction.factor, direction.vector
    else:
        vector = torch.as_tensor(direction, dtype=torch.float32)
        if factor is None:
            raise ValueError("direction_fidelity: name the factor of a plain direction vector (factor=...)")
    if seeds < 1 or steps < 2 or span <= 0:
        raise ValueError(f"direction_fidelity: seeds={seeds}, steps={steps}, span={span}: need ≥ 1, ≥ 2, > 0")
    u = vector.float().cpu() / vector.float().norm().clamp_min(1e-12)
    z0 = _latents(model, seeds, seed)  # (S, D)
    t = torch.linspace(-span, span, steps)  # (T,)
    base = z0 - (z0 @ u)[:, None] * u  # the start with no component along u
    walk = base[:, None, :] + t[None, :, None] * u  # (S, T, D)
    read = factor_reader(_decode(model, walk.reshape(-1, walk.shape[-1])))
    if factor not in read:
        raise ValueError(f"direction_fidelity: the reader does not read {factor!r} (it reads {', '.join(read)})")
    values = {name: v.double().numpy().reshape(seeds, steps) for name, v in read.items()}
    target = values[factor]
    leakage = {}
    for name, v in values.items():
        if name == factor:
            continue
        change = v[:, -1] != v[:, 0] if name in categorical else np.abs(v[:, -1] - v[:, 0])
        leakage[name] = round(float(np.mean(change)), 4)
    return {
        "spearman_rho": round(float(np.median(spearman(t.numpy(), target))), 4),
        "range": round(float(np.mean(target[:, -1] - target[:, 0])), 4),
        "leakage": leakage,
    }


def card_metrics(fidelity: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """``{factor: direction_fidelity(...)}`` as the card's ``metrics`` entry: ``{"directions": {...}}``."""
    return {"directions": {name: dict(result) for name, result in fidelity.items()}}
