"""Drawing the ``faces64`` cartoon faces: factor values in, 64×64 RGB pixels out.

Every shape is a polygon in the face's own coordinates (64-pixel units, head centre at
``(32, 34)``), turned by the head tilt and drawn at :data:`SUPERSAMPLE` × the size; the
LANCZOS downsample then gives anti-aliased edges without Pillow's slower anti-aliased
primitives. Light comes last, as a horizontal brightness ramp over the whole picture.

The factor values and their meanings are listed in
:mod:`latentlab.core.datasets.faces_factors`; :func:`sample_factors` draws them independently, :func:`draw_face` draws
one face, :func:`draw_faces` many (in worker processes when there are many).
"""

from __future__ import annotations

import colorsys
import functools
import math
import os
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from PIL import Image, ImageDraw

from latentlab.core.datasets.faces_factors import (
    CATEGORICAL, CONTINUOUS, FACTOR_NAMES, HAIR_COLOURS, HAIR_STYLES, MAX_TILT_DEGREES, SIZE, SUPERSAMPLE,
)

__all__ = [
    "draw_face",
    "draw_faces",
    "sample_factors",
]

_SKIN_LIGHT = np.array([250.0, 222.0, 192.0])
_SKIN_DARK = np.array([146.0, 98.0, 66.0])
_MOUTH = (72, 18, 26)
_DARK = (24, 22, 26)
_WHITE = (250, 250, 250)
_CENTRE = (32.0, 34.0)
_HEAD_HALF_HEIGHT = 20.0
_LIGHT_STRENGTH = 0.22


def sample_factors(n: int, seed: int) -> np.ndarray:
    """``n`` independent draws of every factor, float32 ``(n, len(FACTOR_NAMES))``.

    Continuous factors are uniform over their range; categorical ones uniform over their
    values (stored as the value's index).
    """
    rng = np.random.default_rng(seed)
    columns = [rng.uniform(lo, hi, n) for lo, hi, _ in CONTINUOUS.values()]
    columns += [rng.integers(0, len(values), n) for values in CATEGORICAL.values()]
    return np.stack(columns, axis=1).astype(np.float32)


def _ellipse(cx: float, cy: float, rx: float, ry: float, start: float = 0.0, stop: float = 360.0,
             points: int = 36) -> np.ndarray:
    """Points ``(P, 2)`` on an ellipse arc (degrees; 0 is +x, 90 is down the image)."""
    unit = _unit_arc(start, stop, points)
    return unit * (rx, ry) + (cx, cy)


@functools.lru_cache(maxsize=32)
def _unit_arc(start: float, stop: float, points: int) -> np.ndarray:
    t = np.radians(np.linspace(start, stop, points, endpoint=stop - start < 360))
    return np.stack([np.cos(t), np.sin(t)], axis=1)


class _Canvas:
    """Polygons in 64-pixel face coordinates, turned by the tilt and drawn supersampled."""

    def __init__(self, background: tuple[int, int, int], tilt_degrees: float):
        self.image = Image.new("RGB", (SIZE * SUPERSAMPLE, SIZE * SUPERSAMPLE), background)
        self.draw = ImageDraw.Draw(self.image)
        a = math.radians(tilt_degrees)
        self._rotation = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])

    def _place(self, points: np.ndarray) -> list[tuple[float, float]]:
        centre = np.asarray(_CENTRE)
        turned = (points - centre) @ self._rotation.T + centre
        return [tuple(p) for p in (turned * SUPERSAMPLE).tolist()]

    def polygon(self, points: np.ndarray, fill=None, outline=None, width: float = 0.0) -> None:
        placed = self._place(points)
        if fill is not None:
            self.draw.polygon(placed, fill=fill)
        if outline is not None:
            self.draw.line([*placed, placed[0]], fill=outline, width=max(1, round(width * SUPERSAMPLE)),
                           joint="curve")

    def line(self, points: np.ndarray, fill, width: float) -> None:
        self.draw.line(self._place(points), fill=fill, width=max(1, round(width * SUPERSAMPLE)), joint="curve")


def draw_face(factors: np.ndarray) -> np.ndarray:
    """One face, uint8 ``(3, 64, 64)``, from one row of :func:`sample_factors` (same column order)."""
    f = dict(zip(FACTOR_NAMES, (float(v) for v in factors)))
    hue = f["background hue"]
    background = tuple(round(255 * c) for c in colorsys.hsv_to_rgb(hue, 0.35, 0.88))
    canvas = _Canvas(background, f["head tilt"] * MAX_TILT_DEGREES)
    cx, cy = _CENTRE
    a, b = 15.0 + 6.0 * f["face width"], _HEAD_HALF_HEIGHT
    skin = tuple(int(round(v)) for v in _SKIN_LIGHT + f["skin tone"] * (_SKIN_DARK - _SKIN_LIGHT))
    hair = HAIR_COLOURS[CATEGORICAL["hair colour"][int(f["hair colour"])]]
    style = HAIR_STYLES[int(f["hair style"])]

    if style == "long":  # hair falling behind the head to below the chin
        back = np.array([[cx - a - 3.5, cy - 6], [cx + a + 3.5, cy - 6], [cx + a + 3.0, cy + b + 4],
                         [cx - a - 3.0, cy + b + 4]])
        canvas.polygon(back, fill=hair)
    if style == "bun":
        canvas.polygon(_ellipse(cx, cy - b - 2.5, 6.0, 5.0), fill=hair)
    canvas.polygon(_ellipse(cx, cy, a, b), fill=skin)
    # The cap: the top of a slightly larger head, cut off straight at the fringe.
    canvas.polygon(_ellipse(cx, cy, a + 1.5, b + 1.5, 180 + 27, 360 - 27, 24), fill=hair)

    eye_y, eye_dx = cy - 3.0, a * 0.42
    rx = 2.4 + 2.2 * f["eye size"]
    ry = rx * (0.12 + 0.88 * f["eye openness"])
    for side in (-1, 1):
        ex = cx + side * eye_dx
        canvas.polygon(_ellipse(ex, eye_y, rx, ry), fill=_WHITE, outline=_DARK, width=0.5)
        canvas.polygon(_ellipse(ex, eye_y, min(rx, ry) * 0.6, ry * 0.8), fill=_DARK)
        if f["glasses"] >= 0.5:
            canvas.polygon(_ellipse(ex, eye_y, 5.6, 4.8), outline=_DARK, width=1.0)
    if f["glasses"] >= 0.5:
        canvas.line(np.array([[cx - eye_dx + 5.6, eye_y], [cx + eye_dx - 5.6, eye_y]]), _DARK, 1.0)

    # The mouth: a bent band; positive smile puts the middle below the corners.
    t = np.linspace(-1.0, 1.0, 21)
    bend = 3.0 * f["smile"] * (1.0 - t * t)
    mouth_y, half_width = cy + b * 0.5, 6.5
    upper = np.stack([cx + half_width * t, mouth_y + bend - 1.5 * f["smile"]], axis=1)
    gap = (0.7 + 4.5 * f["mouth open"]) * np.sqrt(1.0 - t * t) + 0.35
    lower = upper + np.stack([np.zeros_like(t), gap], axis=1)
    canvas.polygon(np.concatenate([upper, lower[::-1]]), fill=_MOUTH)

    # reducing_gap: a 2× box reduction first, then LANCZOS over 128 → 64; looks the same as
    # LANCZOS over the full 256 → 64 and takes a third of the time.
    small = canvas.image.resize((SIZE, SIZE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    pixels = np.asarray(small, dtype=np.float32)  # (H, W, 3)
    ramp = 1.0 + _LIGHT_STRENGTH * f["light direction"] * (np.arange(SIZE, dtype=np.float32) - 31.5) / 32.0
    pixels = pixels * ramp[None, :, None]
    return np.clip(np.rint(pixels), 0, 255).astype(np.uint8).transpose(2, 0, 1)


def _draw_chunk(factors: np.ndarray) -> np.ndarray:
    return np.stack([draw_face(row) for row in factors]) if len(factors) else np.zeros((0, 3, SIZE, SIZE), np.uint8)


def draw_faces(factors: np.ndarray, workers: int | None = None) -> np.ndarray:
    """Faces for every row of `factors`, uint8 ``(N, 3, 64, 64)``.

    Parameters
    ----------
    factors : numpy.ndarray
        ``(N, len(FACTOR_NAMES))`` as :func:`sample_factors` returns.
    workers : int, optional
        Processes to draw in; by default one per CPU for more than 2,000 faces, else none
        (starting processes costs more than drawing a few faces). The pixels do not depend on it.
    """
    factors = np.asarray(factors, dtype=np.float32)
    if workers is None:
        workers = (os.cpu_count() or 1) if len(factors) > 2000 else 1
    if workers <= 1:
        return _draw_chunk(factors)
    chunks = np.array_split(factors, workers * 4)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return np.concatenate(list(pool.map(_draw_chunk, chunks)))
