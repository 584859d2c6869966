"""Steered walks: a factor direction bent, face by face, so that the other factors stay where they are.

A straight direction cannot cancel a side effect whose sign depends on the face: along
faces-vae's smile direction 63 % of faces open the mouth and the rest close it, so a change
of 0.095 face by face averages to 0.048, and no single vector removes it (see
:mod:`latentlab.core.directions`). A *steered* walk takes the direction in small steps and,
before each one, asks the factor network how every reading would change: with ``J`` the
readings' gradient with respect to the latent (the factor network read through the decoder,
by autograd) and ``a`` the straight step, the step taken is

    a - Jₒᵀ (Jₒ Jₒᵀ + ε I)⁻¹ Jₒ a

where ``Jₒ`` holds the rows of the *other* factors: the straight step with the part that
would move them, to first order, taken out (the smallest such correction). The target keeps
what is left of its change. Only the latent dimensions of the direction (a VAE's used ones)
move.

The walk is steered by factor networks; it must be *measured* by another one, or it may just
have learnt to keep the steering network's readings still (an adversarial walk) rather than the
faces. :func:`steered_fidelity` therefore takes the networks that steer and, separately, the
reader that measures. Several networks steer by their mean reading, so that no one network's
quirks can be exploited alone: faces64 walks are steered by ``faces64-factors`` and
``faces64-steer`` (:meth:`DatasetSpec.steering_networks <latentlab.core.datasets.DatasetSpec.steering_networks>`)
and the figures on the faces models' cards read by ``faces64-judge``, trained on other faces with
another width and seed (see pretrained/README).

Results have the form of :func:`~latentlab.core.directions.direction_fidelity`'s (``spearman_rho``,
``range``, ``leakage``). Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch

from latentlab.core.directions import (
    FactorDirection,
    FactorReader,
    Target,
    _decode,
    _latents,
    target_values,
    walk_figures,
)

__all__ = ["RIDGE", "SUBSTEPS", "readings_function", "steered_fidelity", "steered_walk", "steered_walk_job"]

#: ε of the correction, in squared reading units per unit of latent (a small damping, so that
#: readings the latent hardly moves do not demand huge corrections)
RIDGE = 1e-3
#: straight steps per step of the walk (13 steps over ±3 σ: 24 substeps of 0.25 σ)
SUBSTEPS = 2


def readings_function(net: Any, wanted: Sequence[Target]) -> Callable[[torch.Tensor], torch.Tensor]:
    """``images (N, C, H, W) in [0, 1] -> readings (N, T)`` with gradients, in the order of `wanted`.

    The same values as :func:`~latentlab.core.directions.probability_reader` (a number as
    regressed; a yes/no factor as the probability of yes; a value of a many-valued factor as its
    probability), but differentiable, for steering. `net` may be a sequence of factor networks:
    their readings are averaged (a walk cannot then keep one network's readings still by
    exploiting that network's quirks alone).
    """
    nets = _networks(net)

    def read_one(one: Any, images: torch.Tensor) -> torch.Tensor:
        param = next(one.parameters())
        return torch.stack(target_values(one.outputs(images.to(device=param.device, dtype=param.dtype)), wanted), dim=1)

    def read(images: torch.Tensor) -> torch.Tensor:
        return torch.stack([read_one(one, images) for one in nets]).mean(dim=0)

    return read


def _networks(net: Any) -> list[Any]:
    """One factor network, or several, as a list."""
    nets = list(net) if isinstance(net, (list, tuple)) else [net]
    if not nets:
        raise ValueError("steering needs at least one factor network")
    return nets


def _decoder(model: Any) -> Callable[[torch.Tensor], torch.Tensor]:
    """``z -> images in [0, 1]`` with gradients (``model.decode`` runs under inference mode)."""
    lo, hi = model.output_range

    def decode(z: torch.Tensor) -> torch.Tensor:
        out = model.generate(z, None)
        return ((out - lo) / (hi - lo)).clamp(0.0, 1.0)

    return decode


def _with_autograd(module: Any) -> Any:
    """`module`, or a copy of it whose weights autograd can use.

    Weights loaded under inference mode (as the app's render worker loads them) can never be
    saved for a backward pass; a copy made outside it can (a decoder of a few MB copies in
    milliseconds).
    """
    tensors = [*module.parameters(), *module.buffers()]
    if not any(t.is_inference() for t in tensors):
        return module
    import copy

    with torch.inference_mode(False):
        clone = copy.deepcopy(module)
        for t in [*clone.parameters(), *clone.buffers()]:
            if t.is_inference():
                t.data = t.data.clone()
    return clone


def _jacobian(decode: Callable, read: Callable, z: torch.Tensor) -> torch.Tensor:
    """(N, T, D): each reading's gradient at each latent (latents are independent: one backward per reading)."""
    # a worker thread may run under inference mode (the app's render worker does); autograd needs it off
    with torch.inference_mode(False), torch.enable_grad():
        z = z.detach().clone().requires_grad_(True)
        r = read(decode(z))
        rows = [torch.autograd.grad(r[:, i].sum(), z, retain_graph=i + 1 < r.shape[1])[0] for i in range(r.shape[1])]
    return torch.stack(rows, dim=1)


def steered_walk(model: Any, net: Any, wanted: Sequence[Target], z: torch.Tensor, direction: FactorDirection,
                 span: float = 3.0, steps: int = 13, substeps: int = SUBSTEPS, ridge: float = RIDGE,
                 batch_size: int = 100, project: bool = True) -> torch.Tensor:
    """The latents of steered walks from `z` along `direction`, at `steps` positions from ``-span`` to ``+span``.

    With `project` (the default) each latent's component along the direction is removed first,
    as :func:`~latentlab.core.directions.direction_fidelity` does; the walk then goes both ways
    from there, ``(steps - 1) / 2 · substeps`` corrected steps each way. Without it the walk is
    centred on `z` itself (a sweep through the point the explorer shows).

    Parameters
    ----------
    model : a latentlab generator (``generate``, ``output_range``)
    net : FactorNet or sequence of FactorNet
        The factor network(s) that steer (``outputs``); several steer by their mean reading.
    wanted : sequence of Target
        Every target the networks read; the direction's own factor is the one let change.
    z : torch.Tensor
        (N, D) or (D,) starting latents.
    direction : FactorDirection
    span : float, default 3.0
        How far each way, in prior standard deviations along the straight direction.
    steps : int, default 13
        Positions returned (odd: the middle one is the start).
    substeps : int, default :data:`SUBSTEPS`
    ridge : float, default :data:`RIDGE`
    batch_size : int, default 100
    project : bool, default True

    Returns
    -------
    torch.Tensor
        (N, steps, D) float32, or (steps, D) for a single latent.

    Raises
    ------
    ValueError
        If `steps` is even or < 3, `substeps` < 1, `span` ≤ 0, or the direction's factor is not read.
    """
    gen = steered_walk_job(model, net, wanted, z, direction, span, steps, substeps, ridge, batch_size, project)
    while True:
        try:
            next(gen)
        except StopIteration as done:
            return done.value


def steered_walk_job(model: Any, net: Any, wanted: Sequence[Target], z: torch.Tensor, direction: FactorDirection,
                     span: float = 3.0, steps: int = 13, substeps: int = SUBSTEPS, ridge: float = RIDGE,
                     batch_size: int = 100, project: bool = True):
    """:func:`steered_walk` as a generator that yields after every corrected step (for a worker that
    draws frames in between); its ``return`` value is the walk."""
    if steps < 3 or steps % 2 == 0 or substeps < 1 or not span > 0 or ridge < 0:
        raise ValueError(f"steered walk: steps={steps}, substeps={substeps}, span={span}, ridge={ridge}: "
                         "need an odd number ≥ 3, ≥ 1, > 0, ≥ 0")
    factor_of = {t.name: t.factor for t in wanted}
    if direction.factor not in factor_of:
        raise ValueError(f"steered walk: the network does not read {direction.factor!r} "
                         f"(it reads {', '.join(factor_of)})")
    own = factor_of[direction.factor]
    others = [i for i, t in enumerate(wanted) if t.factor != own]
    single = z.ndim == 1
    z = (z[None] if single else z).detach().float().cpu()
    u = direction.vector.float().cpu()
    u = u / u.norm().clamp_min(1e-12)
    dims = list(direction.dims) or [i for i in range(len(u)) if u[i] != 0]
    mask = torch.zeros(len(u))
    mask[dims] = 1.0
    model, nets = _with_autograd(model), [_with_autograd(one) for one in _networks(net)]
    decode, read = _decoder(model), readings_function(nets, wanted)
    half = (steps - 1) // 2
    dt = span / half / substeps
    was = model.training, [one.training for one in nets]
    model.eval()
    for one in nets:
        one.eval()
    out = []
    try:
        for start in range(0, len(z), batch_size):
            base = z[start:start + batch_size]
            if project:
                base = base - (base @ u)[:, None] * u
            path = {0: base}
            for sign in (1.0, -1.0):
                cur = base.clone()
                a = sign * dt * u
                for k in range(1, half + 1):
                    for _ in range(substeps):
                        if others:
                            jo = (_jacobian(decode, read, cur) * mask)[:, others, :]  # (B, O, D)
                            gram = jo @ jo.transpose(1, 2) + ridge * torch.eye(len(others))
                            moved = jo @ a  # (B, O): how the others would change
                            cur = cur + a - (jo.transpose(1, 2) @ torch.linalg.solve(gram, moved[..., None]))[..., 0]
                        else:
                            cur = cur + a
                        yield
                    path[int(sign) * k] = cur.clone()
            out.append(torch.stack([path[k] for k in range(-half, half + 1)], dim=1))
    finally:
        model.train(was[0])
        for one, mode in zip(nets, was[1]):
            one.train(mode)
    walks = torch.cat(out).detach()
    return walks[0] if single else walks


@torch.no_grad()
def steered_fidelity(model: Any, direction: FactorDirection, net: Any, wanted: Sequence[Target],
                     measure: FactorReader, *, seeds: int = 200, steps: int = 13, span: float = 3.0,
                     substeps: int = SUBSTEPS, ridge: float = RIDGE, seed: int = 0,
                     progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """:func:`~latentlab.core.directions.direction_fidelity` of the steered walks, read by `measure`.

    Parameters
    ----------
    net : FactorNet or sequence of FactorNet
        Steers the walks (several: by their mean reading).
    measure : callable
        ``images -> {target: (N,) values}``: reads the walks; use another factor network than
        `net` (a walk steered by a network may fool that network).
    seeds, steps, span, seed : as direction_fidelity
    progress : callable, optional
        ``progress(done, total)`` after each batch of latents.

    Returns
    -------
    dict
        ``{"spearman_rho", "range", "leakage": {other target: mean |change|}}``, other values
        of the direction's own many-valued factor left out.
    """
    z0 = _latents(model, seeds, seed)
    walks = []
    for i in range(0, seeds, 50):
        walks.append(steered_walk(model, net, wanted, z0[i:i + 50], direction, span, steps, substeps, ridge))
        if progress is not None:
            progress(min(seeds, i + 50), seeds)
    walk = torch.cat(walks)
    read = measure(_decode(model, walk.reshape(-1, walk.shape[-1])))
    if direction.factor not in read:
        raise ValueError(f"steered fidelity: the measuring reader does not read {direction.factor!r}")
    factor_of = {t.name: t.factor for t in wanted}
    own = factor_of.get(direction.factor, direction.factor)
    values = {name: v.double().numpy().reshape(seeds, steps) for name, v in read.items()}
    return walk_figures(values, direction.factor, np.linspace(-span, span, steps),
                        exclude=[name for name in values if factor_of.get(name, name) == own])
