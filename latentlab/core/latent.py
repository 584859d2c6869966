"""Latent-space math: sampling, interpolation, keyframe paths and semantic directions.

Everything here works on torch tensors of shape ``(dim,)`` or ``(N, dim)`` on any device.
Inputs that are not tensors (numpy arrays, lists) are converted with :func:`torch.as_tensor`
to float32; floating-point tensors keep their dtype and device, integer tensors become float32.

This module is part of ``latentlab.core`` and must stay free of any GUI import.

It is over 600 lines because every public function carries its numpydoc page (about half the
lines) and the checks its callers rely on; the functions share those checks and one
convention for shapes and dtypes, which splitting the file would spread over several.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

__all__ = [
    "attribute_direction",
    "class_direction",
    "class_mean_directions",
    "keyframe_indices",
    "keyframe_path",
    "lerp",
    "path_norms",
    "pca_directions",
    "sample_prior",
    "seed_latents",
    "seed_to_latent",
    "slant",
    "slerp",
    "stroke_thickness",
    "typical_norm",
    "width",
]

#: Interpolation modes understood by :func:`keyframe_path`.
MODES = ("lerp", "slerp")

#: Largest truncation ψ accepted. Values above 1 *widen* the prior, which is occasionally
#: useful to show what the generator does off its training distribution; beyond 2 the
#: samples are essentially always garbage, so we treat it as a user error.
MAX_TRUNCATION = 2.0

# Vectors shorter than this are treated as the zero vector by slerp: their direction is
# numerically meaningless, so the great circle through them is undefined.
_ZERO_NORM = 1e-12
# Angles (radians) below which slerp falls back to lerp. The chord between two unit
# vectors this close deviates from the arc by about angle**2 / 8 ≈ 1e-9, far below
# float32 resolution, and lerp avoids dividing by a vanishing sine.
_SMALL_ANGLE = 1e-4
# When the component of b orthogonal to a is shorter than this (unit vectors), a and b
# are antiparallel to within float32 noise and the plane of the great circle is undefined.
_ANTIPARALLEL = 1e-5


# ---------------------------------------------------------------------------------------
# helpers


def _as_float_tensor(x: Any, name: str) -> torch.Tensor:
    """Convert ``x`` to a floating-point tensor (float32 unless already floating)."""
    if isinstance(x, torch.Tensor):
        return x if x.is_floating_point() else x.to(torch.float32)
    try:
        return torch.as_tensor(x, dtype=torch.float32)
    except (TypeError, ValueError, RuntimeError) as exc:
        raise TypeError(f"{name} must be a tensor or array of numbers: {exc}") from exc


def _check_vector(x: torch.Tensor, name: str) -> None:
    if x.ndim != 1 or x.shape[0] == 0:
        raise ValueError(f"{name} must be a non-empty 1-D latent of shape (dim,), got {tuple(x.shape)}")


def _check_int(value: Any, name: str, minimum: int) -> int:
    # bool is an int subclass; ``n=True`` is almost certainly a bug, so reject it.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def _prepare_t(t: Any, like: torch.Tensor) -> tuple[torch.Tensor, bool]:
    """Return ``t`` as a 1-D tensor on ``like``'s device/dtype and whether it was a scalar."""
    t_tensor = torch.as_tensor(t, dtype=like.dtype, device=like.device)
    if t_tensor.ndim == 0:
        return t_tensor.reshape(1), True
    if t_tensor.ndim != 1:
        raise ValueError(f"t must be a float or a 1-D tensor of values, got shape {tuple(t_tensor.shape)}")
    return t_tensor, False


def _prepare_pair(a: Any, b: Any) -> tuple[torch.Tensor, torch.Tensor]:
    a_t = _as_float_tensor(a, "a")
    b_t = _as_float_tensor(b, "b")
    _check_vector(a_t, "a")
    _check_vector(b_t, "b")
    if a_t.shape != b_t.shape:
        raise ValueError(f"a and b must have the same shape, got {tuple(a_t.shape)} and {tuple(b_t.shape)}")
    b_t = b_t.to(device=a_t.device, dtype=torch.promote_types(a_t.dtype, b_t.dtype))
    a_t = a_t.to(b_t.dtype)
    return a_t, b_t


def _finish(result: torch.Tensor, scalar: bool) -> torch.Tensor:
    return result[0] if scalar else result


# ---------------------------------------------------------------------------------------
# sampling


def sample_prior(
    n: int, dim: int, seed: int | None = None, truncation: float = 1.0
) -> torch.Tensor:
    """Draw latents from the standard normal prior, optionally truncated.

    Parameters
    ----------
    n : int
        Number of latents (``>= 0``).
    dim : int
        Latent dimensionality (``>= 1``).
    seed : int or None, optional
        Seed for a private :class:`torch.Generator`. The same seed always gives the same
        latents, on every machine, because sampling always happens on the CPU (CUDA and
        MPS generators produce different streams). ``None`` draws a fresh random seed.
    truncation : float, optional
        StyleGAN-style ψ: the sample is ``ψ · N(0, I)``, i.e. scaled toward the prior mean
        (the origin). Must lie in ``(0, 2]``; ``1`` is the untruncated prior.

    Returns
    -------
    torch.Tensor
        Float32 tensor of shape ``(n, dim)`` on the CPU.

    Raises
    ------
    ValueError
        If ``n``/``dim`` are out of range or ``truncation`` is outside ``(0, 2]``.
    """
    _check_int(n, "n", 0)
    _check_int(dim, "dim", 1)
    psi = _check_truncation(truncation)
    generator = torch.Generator(device="cpu")
    if seed is None:
        generator.seed()
    else:
        generator.manual_seed(_check_seed(seed))
    z = torch.randn((n, dim), generator=generator, dtype=torch.float32, device="cpu")
    if psi != 1.0:
        z = z * psi
    return z


def seed_to_latent(seed: int, dim: int, truncation: float = 1.0) -> torch.Tensor:
    """Return the single latent belonging to ``seed``.

    Parameters
    ----------
    seed : int
        Non-negative seed (see :func:`sample_prior`).
    dim : int
        Latent dimensionality.
    truncation : float, optional
        Truncation ψ in ``(0, 2]``.

    Returns
    -------
    torch.Tensor
        Float32 tensor of shape ``(dim,)`` on the CPU, equal to
        ``sample_prior(1, dim, seed, truncation)[0]``.
    """
    if seed is None:
        raise TypeError("seed_to_latent needs an explicit int seed; use sample_prior for a random one")
    return sample_prior(1, dim, seed=seed, truncation=truncation)[0]


def seed_latents(seeds: Sequence[int], dim: int, truncation: float = 1.0) -> np.ndarray:
    """The latents of several seeds, as numpy: what the app's windows draw and save.

    Every window, sidecar and bookmark turns seeds into latents through this function (and so
    through :func:`seed_to_latent`), which is why a saved seed regenerates the same pixels.

    Parameters
    ----------
    seeds : sequence of int
        Non-negative seeds, one per latent.
    dim, truncation
        As for :func:`seed_to_latent`.

    Returns
    -------
    numpy.ndarray
        Float32 array of shape ``(len(seeds), dim)``; row ``k`` equals
        ``seed_to_latent(seeds[k], dim, truncation)``.
    """
    dim = int(dim)
    rows = [seed_to_latent(int(s), dim, float(truncation)).numpy() for s in seeds]
    return np.stack(rows).astype(np.float32, copy=False) if rows else np.zeros((0, dim), np.float32)


def _check_truncation(truncation: Any) -> float:
    try:
        psi = float(truncation)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"truncation must be a number in (0, {MAX_TRUNCATION:g}], got {truncation!r}") from exc
    if not (0.0 < psi <= MAX_TRUNCATION):  # also rejects NaN
        raise ValueError(
            f"truncation must be in (0, {MAX_TRUNCATION:g}] (1 = untruncated prior, smaller = "
            f"closer to the mean), got {truncation!r}"
        )
    return psi


def _check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"seed must be an int or None, got {type(seed).__name__}")
    # torch.Generator.manual_seed accepts 64-bit values; negative seeds would alias large
    # positive ones, so only the unambiguous range is allowed.
    if not (0 <= seed < 2**64):
        raise ValueError(f"seed must be in [0, 2**64), got {seed}")
    return seed


# ---------------------------------------------------------------------------------------
# interpolation


def lerp(a: Any, b: Any, t: Any) -> torch.Tensor:
    """Linear interpolation between two latents.

    Parameters
    ----------
    a, b : torch.Tensor
        Latents of shape ``(dim,)``.
    t : float or torch.Tensor
        Interpolation parameter; a scalar or a 1-D tensor of ``T`` values. Values outside
        ``[0, 1]`` extrapolate.

    Returns
    -------
    torch.Tensor
        ``(dim,)`` for scalar ``t``, ``(T, dim)`` for 1-D ``t``. Exactly ``a`` at ``t=0`` and
        exactly ``b`` at ``t=1``.
    """
    a_t, b_t = _prepare_pair(a, b)
    t_vec, scalar = _prepare_t(t, a_t)
    # torch.lerp switches to ``b - (b - a)(1 - t)`` for t >= 0.5, which makes both
    # endpoints exact; the naive ``a + t(b - a)`` is not exact at t = 1.
    result = torch.lerp(a_t.unsqueeze(0), b_t.unsqueeze(0), t_vec.unsqueeze(1))
    return _finish(result, scalar)


def slerp(a: Any, b: Any, t: Any) -> torch.Tensor:
    """Spherical interpolation between two latents, with linearly interpolated norm.

    The direction moves along the great circle from ``a/|a|`` to ``b/|b|`` at constant
    angular speed, and the norm goes linearly from ``|a|`` to ``|b|``; for equal norms the
    path therefore stays on the sphere, which keeps Gaussian latents on the prior's typical
    shell instead of cutting through the low-density interior as lerp does.

    Degenerate cases never produce NaN:

    * either vector (near) zero, or the vectors (near) parallel → :func:`lerp`;
    * antiparallel vectors → a deterministic great circle through the unit vector that is
      orthogonal to ``a`` and built from the coordinate axis least aligned with ``a``;
    * ``dim == 1`` antiparallel (no orthogonal direction exists) → :func:`lerp`.

    Parameters
    ----------
    a, b : torch.Tensor
        Latents of shape ``(dim,)``.
    t : float or torch.Tensor
        Interpolation parameter; a scalar or a 1-D tensor of ``T`` values.

    Returns
    -------
    torch.Tensor
        ``(dim,)`` for scalar ``t``, ``(T, dim)`` for 1-D ``t``. Exactly ``a`` where
        ``t == 0`` and exactly ``b`` where ``t == 1``.
    """
    a_t, b_t = _prepare_pair(a, b)
    t_vec, scalar = _prepare_t(t, a_t)
    out_dtype = a_t.dtype
    # Half precision is far too coarse for the trigonometry below.
    work = torch.float64 if out_dtype == torch.float64 else torch.float32
    a_w, b_w, t_w = a_t.to(work), b_t.to(work), t_vec.to(work)

    na = torch.linalg.vector_norm(a_w)
    nb = torch.linalg.vector_norm(b_w)
    if float(na) < _ZERO_NORM or float(nb) < _ZERO_NORM:
        return _finish(lerp(a_t, b_t, t_vec), scalar)
    ua = a_w / na
    ub = b_w / nb
    # atan2 of chord lengths is accurate over the whole range, unlike acos(dot), which
    # loses all precision for small angles in float32.
    omega = 2.0 * torch.atan2(torch.linalg.vector_norm(ua - ub), torch.linalg.vector_norm(ua + ub))
    if float(omega) < _SMALL_ANGLE:
        return _finish(lerp(a_t, b_t, t_vec), scalar)

    # Orthonormal basis (ua, p) of the plane of the great circle. Gram-Schmidt is applied
    # twice ("twice is enough") so p is orthogonal to ua to working precision even when b
    # is nearly antiparallel and the first pass cancels catastrophically; this keeps the
    # interpolated direction exactly unit length.
    p = ub - torch.dot(ua, ub) * ua
    p = p - torch.dot(ua, p) * ua
    p_norm = torch.linalg.vector_norm(p)
    if float(p_norm) < _ANTIPARALLEL:
        p = _orthogonal_unit(ua)
        if p is None:  # dim == 1: no second direction to turn through
            return _finish(lerp(a_t, b_t, t_vec), scalar)
        omega = torch.tensor(math.pi, dtype=work, device=ua.device)
    else:
        p = p / p_norm

    angle = (t_w * omega).unsqueeze(1)
    direction = torch.cos(angle) * ua.unsqueeze(0) + torch.sin(angle) * p.unsqueeze(0)
    norm = torch.lerp(na, nb, t_w).unsqueeze(1)
    result = (norm * direction).to(out_dtype)
    # Pin the endpoints bit-exactly: cos/sin round-off would otherwise leave ~1 ulp error,
    # and keyframe paths must pass exactly through their keyframes.
    result = torch.where((t_vec == 0).unsqueeze(1), a_t.unsqueeze(0), result)
    result = torch.where((t_vec == 1).unsqueeze(1), b_t.unsqueeze(0), result)
    return _finish(result, scalar)


def _orthogonal_unit(u: torch.Tensor) -> torch.Tensor | None:
    """Deterministic unit vector orthogonal to unit vector ``u`` (``None`` if ``dim == 1``)."""
    if u.shape[0] < 2:
        return None
    # The axis least aligned with u gives the best-conditioned projection; argmin returns
    # the first index on ties, so the choice is deterministic.
    axis = int(torch.argmin(u.abs()))
    e = torch.zeros_like(u)
    e[axis] = 1.0
    p = e - torch.dot(u, e) * u
    p = p - torch.dot(u, p) * u
    return p / torch.linalg.vector_norm(p)


# ---------------------------------------------------------------------------------------
# keyframe paths


def _segment_counts(frames_per_segment: Any, segments: int) -> list[int]:
    if isinstance(frames_per_segment, (list, tuple)):
        counts = list(frames_per_segment)
        if len(counts) != segments:
            raise ValueError(
                f"frames_per_segment has {len(counts)} entries but there are {segments} segments "
                f"(one fewer than the number of keyframes)"
            )
    else:
        counts = [frames_per_segment] * segments
    for i, n in enumerate(counts):
        if isinstance(n, bool) or not isinstance(n, int):
            raise ValueError(f"frames_per_segment[{i}] must be an int, got {n!r}")
        if n < 1:
            raise ValueError(f"frames_per_segment[{i}] must be >= 1, got {n}")
    return counts


def keyframe_indices(frames_per_segment: int | Sequence[int], num_keyframes: int) -> list[int]:
    """Frame index at which each keyframe appears in :func:`keyframe_path`'s output.

    Parameters
    ----------
    frames_per_segment : int or sequence of int
        Frames per segment, as passed to :func:`keyframe_path`.
    num_keyframes : int
        Number of keyframes ``K`` (``>= 2``).

    Returns
    -------
    list of int
        ``K`` indices ``[0, n_0, n_0 + n_1, ..., sum(n)]``; the last one is ``F - 1``.
    """
    _check_int(num_keyframes, "number of keyframes", 2)
    counts = _segment_counts(frames_per_segment, num_keyframes - 1)
    indices = [0]
    for n in counts:
        indices.append(indices[-1] + n)
    return indices


def keyframe_path(
    keyframes: Any,
    frames_per_segment: int | Sequence[int],
    modes: str | Sequence[str] = "slerp",
) -> torch.Tensor:
    """Piecewise interpolated path through a sequence of keyframe latents.

    Segment ``i`` (from keyframe ``i`` to ``i + 1``) contributes ``n_i`` frames at
    ``t = 0, 1/n_i, ..., (n_i - 1)/n_i``; the final keyframe is appended once at the end.
    The path therefore contains every keyframe exactly, at the indices returned by
    :func:`keyframe_indices`.

    Parameters
    ----------
    keyframes : torch.Tensor
        ``(K, dim)`` latents, ``K >= 2``.
    frames_per_segment : int or sequence of int
        Frames per segment (each ``>= 1``): one int for all segments, or ``K - 1`` ints.
    modes : str or sequence of str, optional
        ``"lerp"`` or ``"slerp"`` for all segments, or ``K - 1`` such strings.

    Returns
    -------
    torch.Tensor
        ``(F, dim)`` with ``F = sum(n_i) + 1``, same device and dtype as ``keyframes``.

    Raises
    ------
    ValueError
        For a wrong keyframe shape, mode name, or count, with the offending value named.
    """
    keys = _as_float_tensor(keyframes, "keyframes")
    if keys.ndim != 2 or keys.shape[0] < 2 or keys.shape[1] < 1:
        raise ValueError(f"keyframes must have shape (K, dim) with K >= 2, got {tuple(keys.shape)}")
    segments = keys.shape[0] - 1
    counts = _segment_counts(frames_per_segment, segments)
    if isinstance(modes, str):
        mode_list = [modes] * segments
    else:
        mode_list = list(modes)
        if len(mode_list) != segments:
            raise ValueError(
                f"modes has {len(mode_list)} entries but there are {segments} segments "
                f"(one fewer than the number of keyframes)"
            )
    interpolators = {"lerp": lerp, "slerp": slerp}
    pieces = []
    for i, (n, mode) in enumerate(zip(counts, mode_list)):
        if mode not in interpolators:
            raise ValueError(f"modes[{i}] must be one of {MODES}, got {mode!r}")
        t = torch.arange(n, dtype=keys.dtype, device=keys.device) / n
        pieces.append(interpolators[mode](keys[i], keys[i + 1], t))
    pieces.append(keys[-1:].clone())
    return torch.cat(pieces, dim=0)


# ---------------------------------------------------------------------------------------
# directions


def pca_directions(
    latents: Any, k: int | None = None
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Principal directions of a cloud of latents.

    Parameters
    ----------
    latents : torch.Tensor
        ``(N, dim)`` latents, ``N >= 2``.
    k : int or None, optional
        Number of components, ``1 <= k <= min(N, dim)``; ``None`` keeps them all.

    Returns
    -------
    components : torch.Tensor
        ``(k, dim)`` unit-norm directions, ordered by explained variance, descending. Each
        is sign-normalised so that its largest-magnitude entry is positive, which makes the
        result deterministic (SVD signs are arbitrary).
    explained_variance : torch.Tensor
        ``(k,)`` variance along each component (unbiased, divided by ``N - 1``).
    mean : torch.Tensor
        ``(dim,)`` mean latent that was subtracted.
    """
    x = _as_float_tensor(latents, "latents")
    if x.ndim != 2 or x.shape[0] < 2 or x.shape[1] < 1:
        raise ValueError(f"latents must have shape (N, dim) with N >= 2, got {tuple(x.shape)}")
    n, dim = x.shape
    limit = min(n, dim)
    if k is None:
        k = limit
    _check_int(k, "k", 1)
    if k > limit:
        raise ValueError(f"k must be <= min(N, dim) = {limit}, got {k}")
    mean = x.mean(dim=0)
    centred = x - mean
    _, s, vh = torch.linalg.svd(centred, full_matrices=False)
    components = vh[:k]
    variance = (s[:k] ** 2) / (n - 1)
    pivot = components.abs().argmax(dim=1, keepdim=True)
    signs = torch.sign(components.gather(1, pivot))
    signs = torch.where(signs == 0, torch.ones_like(signs), signs)
    components = components * signs
    return components, variance, mean


def _as_labels(labels: Any, n: int, device: torch.device) -> torch.Tensor:
    lab = torch.as_tensor(labels, device=device)
    if lab.ndim != 1 or lab.shape[0] != n:
        raise ValueError(f"labels must have shape ({n},) to match the latents, got {tuple(lab.shape)}")
    if lab.is_floating_point() or lab.is_complex() or lab.dtype == torch.bool:
        raise ValueError(f"labels must be integers, got dtype {lab.dtype}")
    return lab.to(torch.long)


def class_mean_directions(latents: Any, labels: Any, num_classes: int) -> torch.Tensor:
    """Mean latent of each class.

    Parameters
    ----------
    latents : torch.Tensor
        ``(N, dim)`` latents.
    labels : torch.Tensor or sequence of int
        ``(N,)`` integer class of each latent, in ``[0, num_classes)``.
    num_classes : int
        Number of classes.

    Returns
    -------
    torch.Tensor
        ``(num_classes, dim)`` class means.

    Raises
    ------
    ValueError
        If a label is out of range or a class has no samples (its mean is undefined).
    """
    x = _as_float_tensor(latents, "latents")
    if x.ndim != 2:
        raise ValueError(f"latents must have shape (N, dim), got {tuple(x.shape)}")
    _check_int(num_classes, "num_classes", 1)
    lab = _as_labels(labels, x.shape[0], x.device)
    if lab.numel() and (int(lab.min()) < 0 or int(lab.max()) >= num_classes):
        raise ValueError(
            f"labels must be in [0, {num_classes}), got values from {int(lab.min())} to {int(lab.max())}"
        )
    counts = torch.bincount(lab, minlength=num_classes)
    empty = [c for c in range(num_classes) if int(counts[c]) == 0]
    if empty:
        raise ValueError(f"class(es) {empty} have no samples, so their mean latent is undefined")
    sums = torch.zeros((num_classes, x.shape[1]), dtype=x.dtype, device=x.device)
    sums.index_add_(0, lab, x)
    return sums / counts.to(x.dtype).unsqueeze(1)


def class_direction(means: Any, src: int, dst: int) -> torch.Tensor:
    """Unit direction from the mean of class ``src`` to the mean of class ``dst``.

    Parameters
    ----------
    means : torch.Tensor
        ``(num_classes, dim)`` class means from :func:`class_mean_directions`.
    src, dst : int
        Source and destination classes (e.g. ``3`` and ``8`` for the "3 → 8" direction).

    Returns
    -------
    torch.Tensor
        ``(dim,)`` unit vector.

    Raises
    ------
    ValueError
        If a class index is out of range or the two means coincide.
    """
    m = _as_float_tensor(means, "means")
    if m.ndim != 2:
        raise ValueError(f"means must have shape (num_classes, dim), got {tuple(m.shape)}")
    for name, c in (("src", src), ("dst", dst)):
        if isinstance(c, bool) or not isinstance(c, int) or not 0 <= c < m.shape[0]:
            raise ValueError(f"{name} must be a class index in [0, {m.shape[0]}), got {c!r}")
    d = m[dst] - m[src]
    norm = torch.linalg.vector_norm(d)
    if float(norm) < _ZERO_NORM:
        raise ValueError(f"class means {src} and {dst} coincide; there is no direction between them")
    return d / norm


def attribute_direction(latents: Any, values: Any, ridge: float = 1e-3) -> torch.Tensor:
    """Latent direction along which a scalar image property increases.

    Fits ``values ≈ (latents - mean) @ w + c`` by ridge regression and returns ``w/|w|``.

    Parameters
    ----------
    latents : torch.Tensor
        ``(N, dim)`` latents.
    values : torch.Tensor
        ``(N,)`` property of the image decoded from each latent (e.g. :func:`stroke_thickness`).
    ridge : float, optional
        Ridge strength relative to the mean latent variance. The small default only keeps
        the solve well-posed when ``N <= dim`` or latents are collinear.

    Returns
    -------
    torch.Tensor
        ``(dim,)`` unit vector, same dtype and device as ``latents``, pointing toward
        increasing ``values``.

    Raises
    ------
    ValueError
        For mismatched shapes, ``N < 2``, or values with no linear trend at all.
    """
    x = _as_float_tensor(latents, "latents")
    y = _as_float_tensor(values, "values").to(x.device)
    if x.ndim != 2 or x.shape[0] < 2:
        raise ValueError(f"latents must have shape (N, dim) with N >= 2, got {tuple(x.shape)}")
    if y.shape != (x.shape[0],):
        raise ValueError(f"values must have shape ({x.shape[0]},) to match the latents, got {tuple(y.shape)}")
    if not ridge >= 0:
        raise ValueError(f"ridge must be >= 0, got {ridge!r}")
    # Normal equations in float64: X^T X squares the condition number, which float32
    # cannot afford. MPS has no float64, so the small solve runs on the CPU.
    xd = x.detach().to("cpu", torch.float64)
    yd = y.detach().to("cpu", torch.float64)
    xc = xd - xd.mean(dim=0)
    yc = yd - yd.mean()
    gram = xc.T @ xc
    scale = float(torch.diagonal(gram).mean())
    if scale == 0.0:
        raise ValueError("latents are all identical; no direction can be fitted")
    gram = gram + (ridge * scale + 1e-12 * scale) * torch.eye(gram.shape[0], dtype=torch.float64)
    w = torch.linalg.solve(gram, xc.T @ yc)
    norm = torch.linalg.vector_norm(w)
    if not torch.isfinite(norm) or float(norm) == 0.0:
        raise ValueError("values do not vary linearly with the latents; no direction can be fitted")
    return (w / norm).to(device=x.device, dtype=x.dtype)


# ---------------------------------------------------------------------------------------
# image properties (used to fit attribute directions)


def _as_images(images: Any) -> torch.Tensor:
    x = _as_float_tensor(images, "images")
    # Decoders produce (N, 1, H, W); accept that directly.
    if x.ndim == 4 and x.shape[1] == 1:
        x = x[:, 0]
    if x.ndim != 3:
        raise ValueError(f"images must have shape (N, H, W) or (N, 1, H, W), got {tuple(x.shape)}")
    return x.detach().to(torch.float32)


def stroke_thickness(images: Any) -> torch.Tensor:
    """Mean stroke thickness in pixels, estimated as ``2 · area / perimeter``.

    ``area`` is the ink mass (sum of intensities). ``perimeter`` is the number of ink/background
    edges of the image binarised at 0.5, counted along rows and columns with a background
    border, so a ``w × h`` bar has perimeter ``2(w + h)`` and thickness ``w·h/(w + h) ≈ w`` when
    ``h ≫ w``. For a fixed stroke length it grows monotonically with width, needs no
    skeletonisation and is cheap enough to evaluate on thousands of decoded samples.

    Parameters
    ----------
    images : array_like
        ``(N, H, W)`` (or ``(N, 1, H, W)``) float images in ``[0, 1]``, ink bright.

    Returns
    -------
    torch.Tensor
        ``(N,)`` float32 thickness; ``0`` for images without ink above 0.5.
    """
    x = _as_images(images)
    ink = x.sum(dim=(1, 2))
    binary = torch.nn.functional.pad((x > 0.5).to(torch.int8), (1, 1, 1, 1))
    edges_x = (binary[:, :, 1:] != binary[:, :, :-1]).sum(dim=(1, 2))
    edges_y = (binary[:, 1:, :] != binary[:, :-1, :]).sum(dim=(1, 2))
    perimeter = (edges_x + edges_y).to(torch.float32)
    return torch.where(perimeter > 0, 2.0 * ink / perimeter.clamp(min=1.0), torch.zeros_like(ink))


def _ink_moments(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Ink-weighted var(x), var(y), cov(x, y) and total mass; y points *up*."""
    n, h, w = x.shape
    mass = x.sum(dim=(1, 2))
    safe = mass.clamp(min=1e-12)
    cols = torch.arange(w, dtype=x.dtype, device=x.device).view(1, 1, w)
    # Rows count downward; flipping makes "top to the right" (italic-like) a positive slant.
    rows_up = -torch.arange(h, dtype=x.dtype, device=x.device).view(1, h, 1)
    mx = (x * cols).sum(dim=(1, 2)) / safe
    my = (x * rows_up).sum(dim=(1, 2)) / safe
    dx = cols - mx.view(n, 1, 1)
    dy = rows_up - my.view(n, 1, 1)
    var_x = (x * dx * dx).sum(dim=(1, 2)) / safe
    var_y = (x * dy * dy).sum(dim=(1, 2)) / safe
    cov = (x * dx * dy).sum(dim=(1, 2)) / safe
    return var_x, var_y, cov, mass


def slant(images: Any) -> torch.Tensor:
    """Shear of the ink distribution, ``cov(x, y) / var(y)`` with ``y`` pointing up.

    This is the horizontal shift per row of a least-squares line through the ink, so a
    stroke leaning right at the top (like ``/`` or italic text) is positive and one leaning
    left (``\\``) is negative; an upright stroke is ``0``.

    Parameters
    ----------
    images : array_like
        As for :func:`stroke_thickness`.

    Returns
    -------
    torch.Tensor
        ``(N,)`` float32 slant; ``0`` for blank images or ink on a single row.
    """
    x = _as_images(images)
    _, var_y, cov, mass = _ink_moments(x)
    ok = (mass > 0) & (var_y > 1e-12)
    return torch.where(ok, cov / var_y.clamp(min=1e-12), torch.zeros_like(cov))


def width(images: Any) -> torch.Tensor:
    """Horizontal extent of the ink: ink-weighted standard deviation of column position.

    Parameters
    ----------
    images : array_like
        As for :func:`stroke_thickness`.

    Returns
    -------
    torch.Tensor
        ``(N,)`` float32 width in pixels; ``0`` for blank images.
    """
    x = _as_images(images)
    var_x, _, _, mass = _ink_moments(x)
    return torch.where(mass > 0, var_x.clamp(min=0).sqrt(), torch.zeros_like(var_x))


# ---------------------------------------------------------------------------------------
# norms


def typical_norm(dim: int) -> float:
    """Radius of the standard normal prior's typical shell, ``sqrt(dim)``.

    Parameters
    ----------
    dim : int
        Latent dimensionality.

    Returns
    -------
    float
        ``sqrt(dim)``; latents drawn from ``N(0, I)`` have norms concentrated near it.
    """
    _check_int(dim, "dim", 1)
    return math.sqrt(dim)


def path_norms(path: Any) -> torch.Tensor:
    """Euclidean norm of every frame of a latent path.

    Parameters
    ----------
    path : torch.Tensor
        ``(F, dim)`` latents.

    Returns
    -------
    torch.Tensor
        ``(F,)`` norms (compare with :func:`typical_norm` to spot paths leaving the shell).
    """
    p = _as_float_tensor(path, "path")
    if p.ndim != 2:
        raise ValueError(f"path must have shape (F, dim), got {tuple(p.shape)}")
    return torch.linalg.vector_norm(p, dim=1)
