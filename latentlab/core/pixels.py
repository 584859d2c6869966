"""Pixels: the one float → uint8 conversion of latentlab, and checks on uint8 frames.

Frames are ``uint8`` numpy arrays of shape ``(H, W)`` or ``(H, W, C)`` with ``C`` in
``{1, 3}``; batches are ``(N, H, W, C)`` (or ``(N, H, W)`` for grey). Use :func:`to_uint8` to
turn a decoder's float output into frames; it is the single conversion used across latentlab
(renderer, exports, regeneration, figures), so exported files and on-screen pixels agree
exactly.

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from PIL import Image

__all__ = [
    "MAX_SCALE",
    "as_batch",
    "as_frame",
    "check_scale",
    "to_pil",
    "to_uint8",
    "uint8_pixels",
    "upscale",
]

#: Largest integer upscaling factor; beyond it files grow huge for no visual gain.
MAX_SCALE = 16


def uint8_pixels(images: torch.Tensor) -> torch.Tensor:
    """The tensor half of :func:`to_uint8`: (N, C, H, W) float → (N, H, W, C) uint8, same device.

    Split out so the renderer's traced decode can end with exactly this arithmetic.
    """
    x = torch.nan_to_num(images.detach().to(torch.float32), nan=0.0)
    return (x * 255).round().clamp(0, 255).to(torch.uint8).permute(0, 2, 3, 1).contiguous()


def to_uint8(images: torch.Tensor) -> np.ndarray:
    """Convert decoder output to uint8 frames: *the* float → pixel conversion of latentlab.

    Computes ``(x * 255).round().clamp(0, 255)`` in float32 on the tensor's device, then
    moves the result to the CPU as channels-last. Rounding is half-to-even (torch's
    ``round``). NaN becomes 0 so a broken decoder gives black pixels instead of
    platform-dependent garbage (casting NaN to an integer is undefined behaviour in C++).
    Everything that turns images into pixels (renderer, exports, regeneration) must use
    this function so their results are bit-identical.

    Parameters
    ----------
    images : torch.Tensor
        ``(N, C, H, W)`` floating-point images nominally in ``[0, 1]``.

    Returns
    -------
    numpy.ndarray
        C-contiguous ``(N, H, W, C)`` uint8 array.
    """
    x = images if isinstance(images, torch.Tensor) else torch.as_tensor(images)
    if x.ndim != 4:
        raise ValueError(f"images must have shape (N, C, H, W), got {tuple(x.shape)}")
    if not x.is_floating_point():
        raise TypeError(f"images must be floating point in [0, 1], got dtype {x.dtype}")
    # float32 everywhere so half- and double-precision decoders round identically.
    return np.ascontiguousarray(uint8_pixels(x).cpu().numpy())


def check_scale(scale: Any) -> int:
    """Validate an integer upscaling factor.

    Parameters
    ----------
    scale : int
        Factor to check; ``bool`` is refused although it is an ``int``.

    Returns
    -------
    int
        ``scale`` as a Python int from 1 to :data:`MAX_SCALE`.

    Raises
    ------
    ValueError
        If ``scale`` is not an int in that range.
    """
    if isinstance(scale, bool) or not isinstance(scale, (int, np.integer)):
        raise ValueError(f"scale must be an int from 1 to {MAX_SCALE}, got {scale!r}")
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be an int from 1 to {MAX_SCALE}, got {scale}")
    return int(scale)


def _check_uint8(arr: np.ndarray, what: str) -> None:
    if arr.dtype != np.uint8:
        raise TypeError(f"{what} must be uint8 (use to_uint8 on decoder output), got dtype {arr.dtype}")


def as_frame(frame: Any) -> np.ndarray:
    """Check one frame and give it a channel axis.

    Parameters
    ----------
    frame : array_like
        uint8 ``(H, W)`` or ``(H, W, C)`` with ``C`` in ``{1, 3}``.

    Returns
    -------
    numpy.ndarray
        The frame as ``(H, W, C)``.

    Raises
    ------
    TypeError
        If the frame is not uint8.
    ValueError
        If its shape is not one of the above or it is empty.
    """
    arr = np.asarray(frame)
    _check_uint8(arr, "frame")
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.ndim != 3 or arr.shape[2] not in (1, 3) or arr.shape[0] == 0 or arr.shape[1] == 0:
        raise ValueError(f"frame must have shape (H, W) or (H, W, C) with C in {{1, 3}}, got {np.shape(frame)}")
    return arr


def as_batch(frames: Any) -> np.ndarray:
    """Check a batch of frames and give it a channel axis.

    Parameters
    ----------
    frames : array_like
        uint8 ``(N, H, W)`` or ``(N, H, W, C)`` with ``N >= 1`` and ``C`` in ``{1, 3}``.

    Returns
    -------
    numpy.ndarray
        The batch as ``(N, H, W, C)``.

    Raises
    ------
    TypeError
        If the frames are not uint8.
    ValueError
        If their shape is not one of the above or any side is empty.
    """
    arr = np.asarray(frames)
    _check_uint8(arr, "frames")
    if arr.ndim == 3:
        arr = arr[:, :, :, None]
    if arr.ndim != 4 or arr.shape[3] not in (1, 3) or 0 in arr.shape:
        raise ValueError(
            f"frames must have shape (N, H, W) or (N, H, W, C) with N >= 1 and C in {{1, 3}}, "
            f"got {np.shape(frames)}"
        )
    return arr


def upscale(frame: np.ndarray, scale: int) -> np.ndarray:
    """Enlarge by an integer factor with nearest-neighbour (pixel-exact) sampling.

    Parameters
    ----------
    frame : numpy.ndarray
        ``(H, W)``, ``(H, W, C)`` frame or ``(N, H, W, C)`` batch.
    scale : int
        Factor from 1 to 16.

    Returns
    -------
    numpy.ndarray
        Array with ``H`` and ``W`` multiplied by ``scale``. ``scale == 1`` returns the
        input unchanged (not a copy).
    """
    scale = check_scale(scale)
    arr = np.asarray(frame)
    if arr.ndim not in (2, 3, 4):
        raise ValueError(f"frame must have 2, 3 or 4 dimensions, got shape {arr.shape}")
    if scale == 1:
        return arr
    row_axis = 1 if arr.ndim == 4 else 0
    return np.repeat(np.repeat(arr, scale, axis=row_axis), scale, axis=row_axis + 1)


def to_pil(frame: np.ndarray) -> Image.Image:
    """(H, W, C) uint8 → PIL image, mode "L" for one channel and "RGB" for three.

    Parameters
    ----------
    frame : numpy.ndarray
        A frame as returned by :func:`as_frame`.

    Returns
    -------
    PIL.Image.Image
        The image.
    """
    data = frame[:, :, 0] if frame.shape[2] == 1 else frame
    return Image.fromarray(np.ascontiguousarray(data))


# ---------------------------------------------------------------------------------------
