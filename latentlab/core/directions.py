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

A regression direction also moves other factors: the data's factors are independent, but the
decoder's picture of them is not (pushing "smile" also opens the eyes). Making the directions
orthogonal in the latent space does not help (a prototype measured 5-9× more leakage), so
:func:`decorrelate_directions` corrects them by what the *decoded images* show: it measures,
by finite differences at many latents, how much every factor the factor network reads
changes per step along each latent dimension, and takes for each target the direction that
moves it most while moving every other factor least, latent by latent (a ridge solution; of
a few ridges and the regression itself, the one whose walk leaks least is kept, see
:func:`decorrelate_directions`). :func:`fit_model_directions` does this by default
(``method="decorrelated"``; ``"raw"`` keeps the plain regression).

:func:`direction_fidelity` measures a direction: walk many seeds along it from ``-span`` to
``+span`` prior standard deviations and read every factor back. It reports the median Spearman
correlation of step and target factor, the target's mean change end to end, and how much
every other factor changes on the way (leakage): the card's
``metrics.directions.<factor>.spearman_rho`` / ``.range`` / ``.leakage``.

Factors come in three kinds, and each becomes one or more *targets* (one slider each,
:func:`targets`): a number ("smile") and a yes/no factor ("glasses", read as the probability of
"yes") are one target each; a factor of more values ("hair colour") becomes one target per value
("hair colour: blonde", read as that value's probability), since a single direction cannot
order black, brown and red. :func:`fit_model_directions` picks the VAE or GAN route by what
the model can do, and :func:`directions_to_card` / :func:`directions_from_card` keep the
fitted vectors on the model card, so every view uses the directions that were measured.

Nothing here imports Qt. The module is over 600 lines: the fitting, the decorrelation, the fidelity
walk and the card entry belong together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

__all__ = [
    "METHODS",
    "RIDGES",
    "FactorDirection",
    "Target",
    "active_dims",
    "card_metrics",
    "decorrelate_directions",
    "direction_fidelity",
    "directions_from_card",
    "directions_to_card",
    "effect_slopes",
    "encoded_directions",
    "fit_direction",
    "fit_model_directions",
    "label_columns",
    "measure_directions",
    "probability_reader",
    "sampled_directions",
    "spearman",
    "target_values",
    "targets",
    "walk_figures",
]

FactorReader = Callable[[torch.Tensor], Mapping[str, torch.Tensor]]

#: how :func:`fit_model_directions` makes directions: the plain regression, or corrected by
#: what the decoded images show (:func:`decorrelate_directions`)
METHODS = ("decorrelated", "raw")

#: the ridges :func:`decorrelate_directions` tries by default (relative to the side effects' scale)
RIDGES = (0.003, 0.03, 0.3)


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
        Share of the factor's variance the fit explains on the data it was fitted on (for a
        decorrelated direction: a straight-line fit along it alone).
    ridge : float or None
        The ridge of :func:`decorrelate_directions` that made it; None for a plain regression.
    """

    factor: str
    vector: torch.Tensor
    scale: float
    dims: tuple[int, ...]
    fit_r2: float
    ridge: float | None = None


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
    return _encoded_fit(model, images, factors, factor_names, kl_threshold)[0]


def _encoded_fit(model: Any, images: Any, factors: np.ndarray, factor_names: Sequence[str],
                 kl_threshold: float = 0.01) -> tuple[dict[str, FactorDirection], torch.Tensor, torch.Tensor]:
    """:func:`encoded_directions`, with the encoded means (N, D) and the factor table (N, F) it fitted on."""
    mu, logvar = _encode(model, images)
    dims = active_dims(mu, logvar, kl_threshold)
    table = torch.as_tensor(np.asarray(factors, dtype=np.float64))
    found = {name: fit_direction(name, mu, table[:, i], dims)
             for i, name in enumerate(factor_names) if float(table[:, i].std()) > 0}
    return found, mu, table


def _encode(model: Any, images: Any) -> tuple[torch.Tensor, torch.Tensor]:
    """Encoded means and log-variances (N, D) of images (uint8, or float in [0, 1]), on the CPU."""
    x = torch.as_tensor(np.asarray(images)) if not torch.is_tensor(images) else images
    if x.dtype == torch.uint8:
        x = x.float() / 255.0
    param = next(model.parameters())
    with torch.inference_mode():
        parts = _batched(lambda b: model.encode(b.to(device=param.device, dtype=param.dtype)), x)
    return torch.cat([p[0].float().cpu() for p in parts]), torch.cat([p[1].float().cpu() for p in parts])


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
    return _sampled_fit(model, factor_reader, n, seed)[0]


def _sampled_fit(model: Any, factor_reader: FactorReader, n: int, seed: int
                 ) -> tuple[dict[str, FactorDirection], torch.Tensor, Mapping[str, torch.Tensor]]:
    """:func:`sampled_directions`, with the latents (n, D) and the readings it fitted on."""
    z = _latents(model, n, seed)
    read = factor_reader(_decode(model, z))
    found = {name: fit_direction(name, z, values) for name, values in read.items() if float(values.float().std()) > 0}
    return found, z, read


@torch.inference_mode()
def effect_slopes(model: Any, reader: FactorReader, z: torch.Tensor, dims: Sequence[int], names: Sequence[str],
                  step: float = 1.0, progress: Callable[[int, int, str], None] | None = None) -> np.ndarray:
    """How much each reading changes per unit step along each latent dimension, latent by latent.

    A central difference: every latent is moved ``±step`` along each of `dims`, decoded and
    read; the slope is the reading's change over ``2 * step``. A step of one prior standard
    deviation measures the change the eye sees (a tiny one would measure the factor network's
    local noise).

    Parameters
    ----------
    model : a latentlab generator
    reader : callable
        ``images -> {name: (N,) values}``; must read every one of `names`.
    z : torch.Tensor
        (S, D) the latents to measure at.
    dims : sequence of int
    names : sequence of str
        The readings to keep, in this order.
    step : float, default 1.0
    progress : callable, optional
        ``progress(done, total, "")`` after each dimension.

    Returns
    -------
    numpy.ndarray
        (S, len(names), len(dims)) slopes, float64.
    """
    dims = [int(d) for d in dims]
    out = np.zeros((len(z), len(names), len(dims)))
    for a, i in enumerate(dims):
        moved = torch.cat([z, z])
        moved[:len(z), i] += step
        moved[len(z):, i] -= step
        read = reader(_decode(model, moved))
        missing = [n for n in names if n not in read]
        if missing:
            raise ValueError(f"the reader does not read {', '.join(map(repr, missing))} (it reads {', '.join(read)})")
        for j, name in enumerate(names):
            v = read[name].double().cpu().numpy()
            out[:, j, a] = (v[:len(z)] - v[len(z):]) / (2.0 * step)
        if progress is not None:
            progress(a + 1, len(dims), "")
    return out


def decorrelate_directions(model: Any, directions: Mapping[str, FactorDirection], reader: FactorReader,
                           wanted: Sequence[Target] = (), *, latents: torch.Tensor | None = None,
                           values: Mapping[str, Any] | None = None, seeds: int = 200, seed: int = 1,
                           step: float = 1.0, ridge: float | Sequence[float] = RIDGES, check_seeds: int = 100,
                           span: float = 3.0, min_range_share: float = 0.5,
                           progress: Callable[[int, int, str], None] | None = None) -> dict[str, FactorDirection]:
    """Directions that move their target and, as the decoded images show, as little else as they can.

    At `seeds` prior latents, :func:`effect_slopes` measures ``J_s`` (targets × dims): how
    much each reading changes per step along each latent dimension. For target ``k`` a
    candidate direction is ``u ∝ (M + λI)⁻¹ g`` with ``g`` the mean slope of ``k`` and
    ``M = mean_s Σ_j J_s[j]ᵀ J_s[j]`` over the targets ``j`` of *other* factors: among unit
    vectors it is the one whose squared side effects, summed over factors and latents, are
    smallest for its gain on ``k``; the ridge ``λ = ridge · trace(M) / dims`` trades a little
    of that for more gain. Side effects count latent by latent, not only on average, because
    the fidelity walk reports the mean *absolute* change of each other factor.

    With several ridges, each candidate and the regression direction itself are walked from
    ``-span`` to ``+span`` at the first `check_seeds` of those latents, as
    :func:`direction_fidelity` walks, and the one with the smallest largest side effect is
    kept among those that change the target at least ``min_range_share`` as much as the
    regression does (more than nothing, where the regression does not change it); the
    regression is kept if none does. The slopes cannot see everything: a hue that wraps
    around, or a probability that saturates, can bend a walk of six standard deviations
    away from what a step of one predicts.

    Directions stay in the dimensions of the fit they replace (a VAE's used dimensions). The
    values of the same many-valued factor ("hair colour: blonde" against "…: brown") are not
    side effects, as in :func:`measure_directions`. A target whose reading no step changes
    keeps its regression direction.

    Parameters
    ----------
    model : a latentlab generator
    directions : mapping
        ``{target name: FactorDirection}``, e.g. from :func:`encoded_directions`.
    reader : callable
        ``images -> {target name: (N,) values}`` (see :func:`probability_reader`); reads every
        target. Its other readings count as side effects too.
    wanted : sequence of Target
        Which factor each target belongs to (a name missing here is its own factor).
    latents, values : optional
        The fit's latents (N, D) (encoded means, or sampled latents) and ``{target: (N,) values}``:
        a new direction's :attr:`~FactorDirection.scale` is the latents' spread along it and its
        :attr:`~FactorDirection.fit_r2` that of a straight-line fit of the values along it.
        Without them the regression's scale and fit are kept.
    seeds : int, default 200
        Latents the slopes are measured at.
    seed : int, default 1
        Their seed; keep it apart from the seed the fidelity is measured with (0 by default).
    step : float, default 1.0
        Finite-difference step, in prior standard deviations.
    ridge : float or sequence of float, default :data:`RIDGES`
        Relative ridge(s) ``λ`` (0: side effects only; large: the steepest direction).
    check_seeds : int, default 100
        Latents the candidates are walked at (0: no check, the first ridge's candidate is kept).
    span, min_range_share : float, default 3.0, 0.5
    progress : callable, optional
        ``progress(done, total, "")`` per latent dimension measured.

    Returns
    -------
    dict
        ``{target name: FactorDirection}``, the same names as `directions`; a decorrelated one
        records its :attr:`~FactorDirection.ridge`.

    Raises
    ------
    ValueError
        If `seeds` < 2, `step` ≤ 0, a ridge < 0, or the reader does not read a target.
    """
    ridges = [float(r) for r in ((ridge,) if np.isscalar(ridge) else ridge)]
    if seeds < 2 or not step > 0 or not ridges or not all(r >= 0 for r in ridges) or check_seeds < 0:
        raise ValueError(f"decorrelating directions: seeds={seeds}, step={step}, ridge={ridge}, "
                         f"check_seeds={check_seeds}: need ≥ 2, > 0, ≥ 0, ≥ 0")
    if not directions:
        return {}
    factor_of = {t.name: t.factor for t in wanted}
    names = list(directions)
    dims = sorted(set().union(*[d.dims for d in directions.values()]))
    z = _latents(model, seeds, seed)
    probe = reader(_decode(model, z[:1]))
    names += [n for n in probe if n not in directions]  # every other reading counts as a side effect
    slopes = effect_slopes(model, reader, z, dims, names, step, progress)  # (S, T, dims)
    checked = z[:check_seeds]
    lat = latents.detach().double().cpu() if latents is not None else None
    out = {}
    for k, name in enumerate(names[:len(directions)]):
        raw = directions[name]
        own = factor_of.get(name, name)
        others = [j for j, other in enumerate(names) if factor_of.get(other, other) != own]
        side = slopes[:, others, :]
        m = np.einsum("soa,sob->ab", side, side) / len(z)
        g = slopes[:, k, :].mean(axis=0)
        candidates: list[tuple[float | None, torch.Tensor]] = []
        for r in ridges:
            try:
                w = np.linalg.solve(m + max(r * float(np.trace(m)) / len(dims), 1e-12) * np.eye(len(dims)), g)
            except np.linalg.LinAlgError:
                continue
            norm = float(np.linalg.norm(w))
            if np.isfinite(norm) and norm > 0:
                vector = torch.zeros(z.shape[1], dtype=torch.float64)
                vector[dims] = torch.from_numpy(w / norm)
                candidates.append((r, vector.float()))
        if not candidates:
            out[name] = raw  # no step changes what the reader sees: nothing to correct by
            continue
        chosen = candidates[0]
        if len(checked):
            chosen = _least_leaking([(None, raw.vector.float()), *candidates], model, reader, checked,
                                    names[k], [names[j] for j in others], span, min_range_share)
        ridge_used, vector = chosen
        if ridge_used is None:
            out[name] = raw
            continue
        scale, fit_r2 = raw.scale, raw.fit_r2
        if lat is not None:
            along = lat @ vector.double()
            scale = float(along.std())
            y = None if values is None or name not in values else torch.as_tensor(values[name]).double().flatten()
            if y is not None and len(y) == len(along) and float(y.std()) > 0 and float(along.std()) > 0:
                fit_r2 = float(torch.corrcoef(torch.stack([along, y]))[0, 1] ** 2)
        out[name] = FactorDirection(name, vector, scale, tuple(dims), fit_r2, ridge_used)
    return out


@torch.inference_mode()
def _least_leaking(candidates: Sequence[tuple[float | None, torch.Tensor]], model: Any, reader: FactorReader,
                   z: torch.Tensor, target: str, others: Sequence[str], span: float,
                   min_range_share: float) -> tuple[float | None, torch.Tensor]:
    """The candidate (the regression first) whose walk moves the others least, among those that move the target."""
    walked = []
    for label, vector in candidates:
        u = vector / vector.norm().clamp_min(1e-12)
        base = z - (z @ u)[:, None] * u
        read = reader(_decode(model, torch.cat([base - span * u, base + span * u])))
        change = {n: (read[n][len(z):] - read[n][:len(z)]).double() for n in (target, *others)}
        gain = float(change[target].mean())
        worst = max((float(change[n].abs().mean()) for n in others), default=0.0)
        walked.append((label, vector, gain, worst))
    regression_gain = walked[0][2]
    floor = min_range_share * regression_gain if regression_gain > 0 else 0.0
    able = [w for w in walked if w[2] > floor and w[2] > 0]
    best = min(able, key=lambda w: w[3]) if able else walked[0]
    return best[0], best[1]


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
    return walk_figures(values, factor, t.numpy(), categorical=categorical)


def walk_figures(values: Mapping[str, np.ndarray], target: str, t: np.ndarray, *, exclude: Sequence[str] = (),
                 categorical: Sequence[str] = ()) -> dict[str, Any]:
    """The fidelity figures of walks read step by step: ``{name: (S, T) readings}`` along positions `t`.

    ``spearman_rho``: the median over walks of Spearman(step, target); ``range``: the target's
    mean change end to end; ``leakage``: every other reading's mean absolute change end to end
    (for a name in `categorical`, the share of walks whose value differs), leaving out `exclude`.
    """
    aim = values[target]
    leakage = {}
    for name, v in values.items():
        if name == target or name in exclude:
            continue
        change = v[:, -1] != v[:, 0] if name in categorical else np.abs(v[:, -1] - v[:, 0])
        leakage[name] = round(float(np.mean(change)), 4)
    return {
        "spearman_rho": round(float(np.median(spearman(np.asarray(t), aim))), 4),
        "range": round(float(np.mean(aim[:, -1] - aim[:, 0])), 4),
        "leakage": leakage,
    }


def card_metrics(fidelity: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """``{factor: direction_fidelity(...)}`` as the card's ``metrics`` entry: ``{"directions": {...}}``."""
    return {"directions": {name: dict(result) for name, result in fidelity.items()}}


# ---------------------------------------------------------------------------------------
# targets: what one slider moves


@dataclass(frozen=True)
class Target:
    """One named direction to fit: a factor, or one value of a many-valued factor.

    Attributes
    ----------
    name : str
        The direction's name: the factor's ("smile"), or ``"factor: value"`` ("hair colour: blonde").
    factor : str
        The factor it belongs to.
    value : int or None
        The value's index for a one-value target of a many-valued factor; None otherwise.
    """

    name: str
    factor: str
    value: int | None = None


def targets(layout: Sequence[tuple[str, int]], value_names: Mapping[str, Sequence[str]] | None = None) -> list[Target]:
    """The targets of a factor layout ``[(name, k), …]`` (k = 0: a number; k values otherwise).

    Parameters
    ----------
    layout : sequence of (str, int)
        As a factor network's :attr:`layout`.
    value_names : mapping, optional
        ``{factor: value names}`` for many-valued factors; indices are used where missing.

    Returns
    -------
    list of Target
        Numbers and yes/no factors as one target each; a factor of k > 2 values as k targets.
    """
    out = []
    for name, k in layout:
        if k <= 2:
            out.append(Target(name, name))
            continue
        names = list((value_names or {}).get(name, ()))
        for j in range(k):
            out.append(Target(f"{name}: {names[j] if j < len(names) else j}", name, j))
    return out


def label_columns(factors: np.ndarray, factor_names: Sequence[str], wanted: Sequence[Target]) -> np.ndarray:
    """Labelled values (N, F) as one column per target (N, T): a value's target is 1 where the label is it.

    Raises
    ------
    ValueError
        If a target's factor is not among `factor_names`.
    """
    table = np.asarray(factors, dtype=np.float64)
    index = {name: i for i, name in enumerate(factor_names)}
    cols = []
    for t in wanted:
        if t.factor not in index:
            raise ValueError(f"the labels have no factor {t.factor!r} (they have {', '.join(factor_names)})")
        col = table[:, index[t.factor]]
        cols.append(col if t.value is None else (np.rint(col) == t.value).astype(np.float64))
    return np.stack(cols, axis=1) if cols else np.zeros((len(table), 0))


def target_values(outputs: Mapping[str, torch.Tensor], wanted: Sequence[Target]) -> list[torch.Tensor]:
    """Each target's (N,) value from a factor network's raw outputs, float, gradients kept.

    A number as regressed; a yes/no factor as the probability of its second value; one value of
    a many-valued factor as that value's probability.
    """
    values = []
    for t in wanted:
        raw = outputs[t.factor].float()
        if raw.ndim == 1:
            values.append(raw)
        else:
            p = torch.softmax(raw, dim=1)
            values.append(p[:, 1] if t.value is None else p[:, t.value])
    return values


def probability_reader(net: Any, wanted: Sequence[Target], batch_size: int = 500) -> FactorReader:
    """A reader of every target in label units, from a factor network's raw outputs.

    A number as regressed; a yes/no factor as the probability of its second value; one value
    of a many-valued factor as that value's probability, so that every target changes
    smoothly along a direction (an argmax index would jump).

    Parameters
    ----------
    net : FactorNet
        Anything with ``outputs(x) -> {factor: (N,) values or (N, k) logits}``.
    wanted : sequence of Target
    batch_size : int, default 500
    """
    def read(images: torch.Tensor) -> dict[str, torch.Tensor]:
        param = next(net.parameters())
        parts: dict[str, list[torch.Tensor]] = {t.name: [] for t in wanted}
        was_training = net.training
        net.eval()
        try:
            with torch.inference_mode():
                for i in range(0, len(images), batch_size):
                    out = net.outputs(images[i:i + batch_size].to(device=param.device, dtype=param.dtype))
                    for t, value in zip(wanted, target_values(out, wanted)):
                        parts[t.name].append(value.cpu())
        finally:
            net.train(was_training)
        return {name: torch.cat(v) if v else torch.zeros(0) for name, v in parts.items()}

    return read


# ---------------------------------------------------------------------------------------
# a model's directions, fitted, measured and kept on its card


def fit_model_directions(model: Any, wanted: Sequence[Target], *, reader: FactorReader | None = None,
                         images: Any = None, factors: np.ndarray | None = None,
                         factor_names: Sequence[str] = (), n: int = 2000, seed: int = 0,
                         method: str = "decorrelated", decorrelation: Mapping[str, Any] | None = None,
                         progress: Callable[[int, int, str], None] | None = None) -> dict[str, FactorDirection]:
    """Every target's direction in `model`'s latent space, by the route its kind allows.

    A model that encodes (a VAE) with labelled `images` given: :func:`encoded_directions` on
    the images' target columns. Otherwise (a GAN, or no labelled images): `n` sampled latents
    read by `reader` (:func:`sampled_directions`). With ``method="decorrelated"`` (the
    default) the regression directions are then corrected by what the decoded images show
    (:func:`decorrelate_directions`, measured at latents of seed ``seed + 1``, apart from
    the fidelity walk's); on faces-vae that lowered the largest side effect of 16 of 18
    directions (smile: 0.153 → 0.095), see pretrained/README.md.

    Parameters
    ----------
    model : a latentlab generator
    wanted : sequence of Target
    reader : callable, optional
        ``images -> {target name: (N,) values}`` (see :func:`probability_reader`); needed by
        the sampled route and by the decorrelated method.
    images, factors, factor_names : optional
        Labelled images (N, C, H, W) and their factor table (N, F) for the encoded route.
    n, seed : int
        Sampled route: how many latents, drawn with which seed.
    method : {"decorrelated", "raw"}, default "decorrelated"
        ``"raw"``: the plain regression, quick and without a reader (what cards made before
        the decorrelation hold).
    decorrelation : mapping, optional
        Keyword arguments for :func:`decorrelate_directions` (``seeds``, ``seed``, ``step``, ``ridge``).
    progress : callable, optional
        ``progress(done, total, "")`` while the decorrelation measures slopes.

    Returns
    -------
    dict
        ``{target name: FactorDirection}`` for every target whose values vary.

    Raises
    ------
    ValueError
        If neither route is possible (no labelled images for an encoder and no reader), the
        method is unknown, or the decorrelated method has no reader.
    """
    if method not in METHODS:
        raise ValueError(f"unknown direction method {method!r}: choose one of {', '.join(METHODS)}")
    if images is not None and factors is not None and _encodes(model):
        columns = label_columns(factors, factor_names, wanted)
        names = [t.name for t in wanted]
        raw, latents, table = _encoded_fit(model, images, columns, names)
        values: Mapping[str, Any] = {name: table[:, i] for i, name in enumerate(names)}
    elif reader is None:
        raise ValueError("fitting directions needs labelled images (for a model that encodes) or a factor reader")
    else:
        raw, latents, values = _sampled_fit(model, reader, n, seed)
    if method == "raw":
        return raw
    if reader is None:
        raise ValueError("decorrelated directions need a factor reader to see what the decoded images show "
                         "(method='raw' fits without one)")
    options = {"seed": seed + 1, **dict(decorrelation or {})}
    return decorrelate_directions(model, raw, reader, wanted, latents=latents, values=values, progress=progress,
                                  **options)


def _encodes(model: Any) -> bool:
    """Whether the model's family encodes (every generator class has an ``encode``, most raise)."""
    from latentlab.core import families

    family = families.maybe_family_of(model)
    return family.capabilities.encodes if family is not None else hasattr(model, "encode")


def measure_directions(model: Any, directions: Mapping[str, FactorDirection], reader: FactorReader,
                       wanted: Sequence[Target], seeds: int = 200, steps: int = 13, span: float = 3.0,
                       seed: int = 0, progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """:func:`direction_fidelity` of every direction, leakage counted on other factors only.

    The other values of the same many-valued factor are left out of a target's leakage:
    making hair blonde must make it less brown, which is the point, not a side effect.

    Parameters
    ----------
    progress : callable, optional
        ``progress(done, total, target name)`` after each direction.

    Returns
    -------
    dict
        ``{target name: {"spearman_rho", "range", "leakage": {other target: change}}}``.
    """
    factor_of = {t.name: t.factor for t in wanted}
    out: dict[str, Any] = {}
    for i, (name, direction) in enumerate(directions.items()):
        result = direction_fidelity(model, direction, reader, seeds=seeds, steps=steps, span=span, seed=seed)
        own = factor_of.get(name, name)
        result["leakage"] = {other: v for other, v in result["leakage"].items() if factor_of.get(other, other) != own}
        out[name] = result
        if progress is not None:
            progress(i + 1, len(directions), name)
    return out


def directions_to_card(directions: Mapping[str, FactorDirection], wanted: Sequence[Target],
                       source: str, *, route: str | None = None, n: int | None = None,
                       dataset: str | None = None, method: str | None = None,
                       decorrelation: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The card's ``directions`` entry: each vector (rounded to 6 decimals), scale, fit and target.

    Parameters
    ----------
    source : str
        What the directions were fitted on, in words ("2,000 encoded faces64 test images").
    route, n, dataset : optional
        The same as data, for a UI that words it in its own language: ``"encoded"`` (``n``
        labelled images of ``dataset``) or ``"sampled"`` (``n`` latents read by the factor
        network).
    method, decorrelation : optional
        How the vectors were made (:data:`METHODS`) and, when decorrelated, with which settings
        (``{"seeds", "seed", "step", "ridge"}``). A card without ``method`` holds raw
        regression directions; :func:`directions_from_card` reads both alike.
    """
    by_name = {t.name: t for t in wanted}
    entries = {}
    for name, d in directions.items():
        t = by_name.get(name, Target(name, name))
        entries[name] = {
            "factor": t.factor, "value": t.value,
            "vector": [round(float(v), 6) for v in d.vector.tolist()],
            "scale": round(float(d.scale), 6), "dims": list(d.dims), "fit_r2": round(float(d.fit_r2), 4),
        }
        if d.ridge is not None:
            entries[name]["ridge"] = d.ridge
    out: dict[str, Any] = {"source": source, "factors": entries}
    out.update({k: v for k, v in (("route", route), ("n", n), ("dataset", dataset), ("method", method))
                if v is not None})
    if decorrelation is not None:
        out["decorrelation"] = dict(decorrelation)
    return out


def directions_from_card(card: Mapping[str, Any] | None, latent_dim: int) -> dict[str, FactorDirection]:
    """The directions a card keeps (see :func:`directions_to_card`); entries that do not fit are skipped.

    An entry whose vector is not `latent_dim` finite numbers (a card edited by hand, or copied
    from another model) is left out rather than trusted.
    """
    entry = (card or {}).get("directions")
    factors = entry.get("factors") if isinstance(entry, Mapping) else None
    if not isinstance(factors, Mapping):
        return {}
    out = {}
    for name, e in factors.items():
        if not isinstance(name, str) or not isinstance(e, Mapping):
            continue
        try:
            vector = torch.tensor([float(v) for v in e.get("vector", ())], dtype=torch.float32)
            scale = float(e.get("scale", 1.0))
            fit_r2 = float(e.get("fit_r2", float("nan")))
            dims = tuple(int(d) for d in e.get("dims", ()))
            ridge = float(e["ridge"]) if e.get("ridge") is not None else None
        except (TypeError, ValueError, OverflowError):
            continue
        if vector.shape != (latent_dim,) or not torch.isfinite(vector).all() or not np.isfinite(scale):
            continue
        norm = float(vector.norm())
        if norm == 0.0:
            continue
        out[name] = FactorDirection(name, vector / norm, scale, dims, fit_r2, ridge)
    return out
