"""The latent map's geometry: two axes in latent space, a point's coordinates along them, a plane of latents.

Plain numpy, so the arithmetic is tested without a window. An axis is a principal component
``("pc", i)`` of the map's cloud or a raw coordinate ``("z", i)``; the map shows the plane
through the current point that those two axes span.
"""

from __future__ import annotations

import numpy as np


def axis_vectors(keys: list[tuple[str, int]], dim: int, components: np.ndarray | None) -> np.ndarray:
    """(2, D) rows: principal component ``("pc", i)`` or raw coordinate ``("z", i)``."""
    rows = []
    for kind, i in keys:
        if kind == "pc" and components is not None and i < len(components):
            rows.append(np.asarray(components[i], np.float64))
        else:
            v = np.zeros(dim, np.float64)
            v[min(i, dim - 1)] = 1.0
            rows.append(v)
    return np.stack(rows)


def set_coords(z: np.ndarray, axes: np.ndarray, target) -> np.ndarray:
    """The point nearest ``z`` whose coordinates along ``axes`` (2, D) are ``target``.

    The change is the smallest one (it lies in the span of the axes), so every coordinate
    across the displayed plane is kept; for orthonormal axes this is ``z + Aᵀ(target − A z)``.
    """
    z = np.asarray(z, np.float64)
    a = np.asarray(axes, np.float64)
    delta = np.asarray(target, np.float64) - a @ z
    c = np.linalg.lstsq(a @ a.T, delta, rcond=None)[0]
    return (z + a.T @ c).astype(np.float32)


def plane_latents(z: np.ndarray, axes: np.ndarray, us: np.ndarray, vs: np.ndarray) -> np.ndarray:
    """Latents of the grid ``us × vs`` on the plane through ``z`` spanned by ``axes``, rows from v[0] up."""
    z = np.asarray(z, np.float64)
    a = np.asarray(axes, np.float64)
    uu, vv = np.meshgrid(us, vs)  # (n_v, n_u): row r is v[r]
    targets = np.stack([uu.ravel(), vv.ravel()], axis=1)  # (n*n, 2)
    pinv = np.linalg.pinv(a @ a.T)
    return (z[None] + ((targets - a @ z) @ pinv.T) @ a).astype(np.float32)


def plane_residual(z: np.ndarray, axes: np.ndarray) -> np.ndarray:
    """What of ``z`` lies off the span of ``axes``: it names the plane through ``z`` along them."""
    a = np.asarray(axes, np.float64)
    z = np.asarray(z, np.float64)
    return z - a.T @ np.linalg.lstsq(a @ a.T, a @ z, rcond=None)[0]
