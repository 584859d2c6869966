"""Exporting images, contact sheets, GIFs and MP4s, with reproducibility sidecars.

Every file is written atomically (:mod:`latentlab.core.files`): a crash or error never leaves
a half-written export, and an existing file is only replaced by a complete new one. All
write failures are raised as :class:`~latentlab.core.files.ExportError` with a message that
names the path and the problem. Each saver can write a JSON sidecar beside its file
(:mod:`latentlab.core.sidecar`) from which :func:`regenerate` re-creates the same pixels.

Frames are ``uint8`` numpy arrays of shape ``(H, W)`` or ``(H, W, C)`` with ``C`` in
``{1, 3}``; batches are ``(N, H, W, C)`` (or ``(N, H, W)`` for grey). Use :func:`to_uint8`
(from :mod:`latentlab.core.pixels`, and importable from here as the README shows) to turn a
decoder's float output into frames.

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from latentlab.core.drawing import make_grid
from latentlab.core.files import ExportError, remove_stale_temp_files
from latentlab.core.latent import sample_prior
from latentlab.core.pixels import as_batch, as_frame, check_scale, to_pil, to_uint8, upscale
from latentlab.core.sidecar import (
    export_path, find_model_file, latent_from_json, verify_sidecar, write_with_sidecar,
)

# save_gif, to_uint8 and regenerate are the public API the README shows under this name.
__all__ = [
    "MAX_GIF_FPS",
    "UPSCALING",
    "resize_long_side",
    "regenerate",
    "save_gif",
    "save_grid",
    "save_mp4",
    "save_png",
    "to_uint8",
    "video_unavailable",
]

#: Highest GIF frame rate: browsers replace frame delays under 20 ms with 100 ms, so faster
#: GIFs would play *slower*.
MAX_GIF_FPS = 50.0
# x264 encodes in 16×16 macroblocks; other sizes make imageio resize the frames.
_MACRO_BLOCK = 16
#: a sidecar's ``prior`` may ask for at most this many latent values (1 GB of float32)
MAX_PRIOR_VALUES = 250_000_000
_VIDEO_EXTRA_MESSAGE = "MP4 export needs the video extra: pip install 'latentlab[video]'"


# ---------------------------------------------------------------------------------------
# PNG and contact sheets


#: How :func:`resize_long_side` enlarges: Pillow's Lanczos filter, or whole-pixel blocks.
UPSCALING = ("smooth", "pixelated")


def resize_long_side(frame: np.ndarray, long_side: int, upscaling: str = "pixelated") -> np.ndarray:
    """Resize a frame so that its longer side is about ``long_side`` pixels, keeping its shape.

    Parameters
    ----------
    frame : numpy.ndarray
        uint8 ``(H, W)`` or ``(H, W, C)``, ``C`` in ``{1, 3}``.
    long_side : int
        Wanted length of the longer side, 16 to 8192 pixels.
    upscaling : {"smooth", "pixelated"}
        ``"smooth"``: Pillow's Lanczos filter to exactly ``long_side`` (soft edges, good on a
        slide). ``"pixelated"``: nearest neighbour by the smallest *whole* factor that reaches
        ``long_side`` (so the longer side may come out a little longer), every model pixel a
        sharp square of equal size.

    Returns
    -------
    numpy.ndarray
        uint8 ``(H', W', C)``.
    """
    if upscaling not in UPSCALING:
        raise ValueError(f"upscaling must be one of {UPSCALING}, got {upscaling!r}")
    if not 16 <= int(long_side) <= 8192:
        raise ValueError(f"the export size must be 16 to 8192 pixels, got {long_side}")
    arr = as_frame(frame)
    h, w = arr.shape[:2]
    if upscaling == "pixelated":
        k = max(1, math.ceil(int(long_side) / max(h, w)))  # not upscale(): 28 px → 512 px needs ×19
        return np.repeat(np.repeat(arr, k, axis=0), k, axis=1)
    from PIL import Image

    factor = int(long_side) / max(h, w)
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    out = np.asarray(to_pil(arr).resize(size, Image.Resampling.LANCZOS))
    return out[..., None] if out.ndim == 2 else out


def save_png(
    path: str | os.PathLike[str],
    frame: np.ndarray,
    scale: int = 1,
    sidecar: Mapping[str, Any] | None = None,
    *,
    size: int | None = None,
    upscaling: str = "pixelated",
) -> Path:
    """Save one frame as a PNG.

    Parameters
    ----------
    path : str or os.PathLike
        Destination; its folder must exist.
    frame : numpy.ndarray
        uint8 ``(H, W)`` or ``(H, W, C)``, ``C`` in ``{1, 3}``; one channel is saved as grey.
    scale : int, optional
        Integer nearest-neighbour enlargement, 1 to 16 (ignored when ``size`` is given).
    sidecar : dict or None, optional
        Reproducibility data written to ``<path>.json`` (see :func:`sidecar_path`).
    size, upscaling : optional
        The longer side in pixels and how to get there (see :func:`resize_long_side`); both
        are added to the sidecar, ``size`` as the PNG's [width, height].

    Returns
    -------
    pathlib.Path
        The PNG's path.

    Raises
    ------
    ExportError
        If the file or sidecar cannot be written.
    """
    target = Path(path)
    big = upscale(as_frame(frame), scale) if size is None else resize_long_side(frame, size, upscaling)
    if size is not None and sidecar is not None:  # how the model's pixels were enlarged
        sidecar = {**sidecar, "size": [int(big.shape[1]), int(big.shape[0])], "upscaling": upscaling}
    image = to_pil(big)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    remove_stale_temp_files(target.parent)
    return write_with_sidecar(target, buf.getvalue(), sidecar)



def save_grid(
    path: str | os.PathLike[str],
    frames: np.ndarray,
    ncols: int | None = None,
    padding: int = 2,
    pad_value: int = 255,
    captions: Sequence[str | None] | None = None,
    scale: int = 1,
    sidecar: Mapping[str, Any] | None = None,
) -> Path:
    """Save a contact sheet of ``frames`` as a PNG (see :func:`make_grid`).

    Parameters
    ----------
    path, sidecar
        As for :func:`save_png`.
    frames, ncols, padding, pad_value, captions, scale
        As for :func:`make_grid`.

    Returns
    -------
    pathlib.Path
        The sheet's path.

    Raises
    ------
    ExportError
        As for :func:`save_png`.
    """
    sheet = make_grid(frames, ncols=ncols, padding=padding, pad_value=pad_value, captions=captions, scale=scale)
    return save_png(path, sheet, scale=1, sidecar=sidecar)


# ---------------------------------------------------------------------------------------
# animations


def _check_fps(fps: Any, maximum: float | None = None) -> float:
    try:
        value = float(fps)
    except (TypeError, ValueError):
        raise ValueError(f"fps must be a positive number, got {fps!r}") from None
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"fps must be a positive number, got {fps!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"fps must be at most {maximum:g} for GIF (browsers slow faster GIFs down), got {fps!r}")
    return value


def save_gif(
    path: str | os.PathLike[str],
    frames: np.ndarray,
    fps: float = 12,
    scale: int = 1,
    loop: bool = True,
    pingpong: bool = False,
    sidecar: Mapping[str, Any] | None = None,
) -> Path:
    """Save frames as an animated GIF.

    Grey frames are written as 8-bit greyscale (mode "L"), which is exact and needs no
    colour quantisation; RGB frames are quantised to an adaptive 256-colour palette per
    frame by Pillow. GIF stores delays in 1/100 s, so the frame delay is ``1000/fps`` ms
    rounded to 10 ms. Pillow merges consecutive identical frames into one longer frame,
    so the file may hold fewer frames than given while playing for the same time.

    Parameters
    ----------
    path, scale
        As for :func:`save_png`.
    frames : numpy.ndarray
        uint8 ``(N, H, W, C)`` or ``(N, H, W)`` batch.
    fps : float, optional
        Frames per second, at most 50.
    loop : bool, optional
        Loop forever (``True``) or play once.
    pingpong : bool, optional
        Play forwards then backwards without repeating the end frames (``2N - 2`` frames),
        so a loop has no jump.
    sidecar : dict or None, optional
        As for :func:`save_png`.

    Returns
    -------
    pathlib.Path
        The GIF's path.

    Raises
    ------
    ExportError
        As for :func:`save_png`.
    """
    target = Path(path)
    batch = as_batch(frames)
    fps = _check_fps(fps, MAX_GIF_FPS)
    scale = check_scale(scale)
    if pingpong:
        batch = np.concatenate([batch, batch[-2:0:-1]], axis=0)
    batch = upscale(batch, scale)
    images = [to_pil(f) for f in batch]
    options: dict[str, Any] = {
        "format": "GIF",
        "save_all": True,
        "append_images": images[1:],
        "duration": int(round(1000.0 / fps)),
        "disposal": 2,
        # The optimiser re-scans every frame for unused palette entries; it costs far more
        # than it saves on small generated images.
        "optimize": False,
    }
    if loop:
        options["loop"] = 0  # NETSCAPE extension, 0 = forever; omitting it plays once
    buf = io.BytesIO()
    images[0].save(buf, **options)
    remove_stale_temp_files(target.parent)
    return write_with_sidecar(target, buf.getvalue(), sidecar)


def video_unavailable() -> str | None:
    """Why MP4 export cannot work in this installation (with the install command), or ``None``.

    Looks the packages up without importing them, so a window can grey out its MP4 button when
    it is built instead of failing after the user has chosen a file name.
    """
    import importlib.util

    if any(importlib.util.find_spec(name) is None for name in ("imageio", "imageio_ffmpeg")):
        return _VIDEO_EXTRA_MESSAGE
    return None


def _import_video() -> Any:
    try:
        import imageio.v2 as iio
        import imageio_ffmpeg
    except ImportError as exc:
        raise ExportError(_VIDEO_EXTRA_MESSAGE) from exc
    try:
        imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:
        raise ExportError(f"{_VIDEO_EXTRA_MESSAGE} (no ffmpeg binary found: {exc})") from exc
    return iio


def save_mp4(
    path: str | os.PathLike[str],
    frames: np.ndarray,
    fps: float = 24,
    scale: int = 1,
    sidecar: Mapping[str, Any] | None = None,
) -> Path:
    """Save frames as an H.264 MP4 (needs the ``video`` extra: imageio + imageio-ffmpeg).

    Frames are centred on a black canvas whose sides are multiples of 16, because x264
    works in 16×16 macroblocks and imageio would otherwise rescale them (blurring the
    pixels). Grey frames are expanded to RGB; the video uses yuv420p so it plays everywhere.

    Parameters
    ----------
    path, frames, scale, sidecar
        As for :func:`save_gif`.
    fps : float, optional
        Frames per second.

    Returns
    -------
    pathlib.Path
        The video's path.

    Raises
    ------
    ExportError
        If imageio/imageio-ffmpeg are missing, or the file or sidecar cannot be written.
    """
    target = Path(path)
    batch = as_batch(frames)
    fps = _check_fps(fps)
    scale = check_scale(scale)
    iio = _import_video()
    remove_stale_temp_files(target.parent)
    batch = upscale(batch, scale)
    if batch.shape[3] == 1:
        batch = np.repeat(batch, 3, axis=3)
    n, h, w, _ = batch.shape
    ph = -h % _MACRO_BLOCK
    pw = -w % _MACRO_BLOCK
    if ph or pw:
        batch = np.pad(batch, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    with export_path(target, sidecar, suffix=target.suffix or ".mp4") as tmp:
        writer = iio.get_writer(
            tmp,
            format="FFMPEG",
            mode="I",
            fps=fps,
            codec="libx264",
            pixelformat="yuv420p",
            quality=8,  # generated digits are small and sharp; the default 5 smears them
            macro_block_size=_MACRO_BLOCK,
            ffmpeg_log_level="error",
        )
        try:
            for frame in batch:
                writer.append_data(frame)
        finally:
            writer.close()
    return target


# ---------------------------------------------------------------------------------------
# regeneration


def regenerate(
    sidecar: Mapping[str, Any] | str | os.PathLike[str],
    device: str | torch.device = "cpu",
    loader: Callable[..., Any] | None = None,
    *,
    model: str | os.PathLike[str] | None = None,
) -> np.ndarray:
    """Re-create an export's frames from its sidecar.

    Finds the model the sidecar records by its SHA-256
    (:func:`latentlab.core.sidecar.find_model_file`: ``model`` when given, else beside the
    sidecar by file name, else among the bundled and user models; an old sidecar's ``path``
    is tried too), decodes ``sidecar["z"]`` (with ``sidecar["labels"]`` for conditional
    models) and converts with :func:`to_uint8`, i.e. exactly the pixels that were exported
    before any upscaling or grid layout.

    Parameters
    ----------
    sidecar : dict or str or os.PathLike
        A sidecar dict, or the path of an export or of its sidecar (then the model may lie
        beside it).
    device : str or torch.device, optional
        Where to run the decoder.
    loader : callable or None, optional
        ``loader(path, device=device)`` returning a model with
        ``decode(z, labels) -> (N, C, H, W)`` floats in ``[0, 1]``. Defaults to
        :func:`latentlab.core.checkpoint.load_model`.
    model : str or os.PathLike or None, optional
        The model file (or a known model's name) to use; it must have the recorded SHA-256.

    Returns
    -------
    numpy.ndarray
        uint8 ``(N, H, W, C)`` frames, one per latent in ``z``.

    Raises
    ------
    ExportError
        If the sidecar lacks the model's SHA-256, ``z`` or valid labels, no file with the
        recorded SHA-256 is found (the message names the model and where it looked), or
        ``model`` is another file.
    """
    base: Path | None = None
    if isinstance(sidecar, Mapping):
        data = dict(sidecar)
        where = "sidecar"
    else:
        p = Path(sidecar)
        data = verify_sidecar(p)  # also: the image beside it is the one this sidecar describes
        json_path = p if p.suffix.lower() == ".json" else p.with_name(p.name + ".json")
        base = json_path.parent
        where = str(json_path)

    model_path = find_model_file(data.get("model"), beside=base, model=model, where=where)

    try:
        if "z" in data:
            z = latent_from_json(data["z"])
        elif isinstance(data.get("prior"), Mapping):  # large samples record how z was drawn
            prior = data["prior"]
            n, dim = prior.get("n"), prior.get("dim")
            if isinstance(n, int) and isinstance(dim, int) and n * dim > MAX_PRIOR_VALUES:
                raise ValueError(f"{n:,} latents of {dim} values is more than {MAX_PRIOR_VALUES:,} values")
            z = sample_prior(prior.get("n"), prior.get("dim"), seed=prior.get("seed"),
                             truncation=prior.get("truncation", 1.0))
        else:
            raise ExportError(f"cannot regenerate from {where}: it has no latent 'z'")
    except (TypeError, ValueError) as exc:
        raise ExportError(f"cannot regenerate from {where}: bad 'z' ({exc})") from exc
    if z.ndim == 1:
        z = z.unsqueeze(0)
    if z.ndim != 2:
        raise ExportError(f"cannot regenerate from {where}: 'z' must be (dim,) or (N, dim), got {tuple(z.shape)}")
    labels = None
    if data.get("labels") is not None:
        try:
            labels = torch.as_tensor(data["labels"], dtype=torch.long).reshape(-1)
        except (TypeError, ValueError, RuntimeError) as exc:
            raise ExportError(f"cannot regenerate from {where}: bad 'labels' ({exc})") from exc
        if labels.shape[0] != z.shape[0]:
            raise ExportError(
                f"cannot regenerate from {where}: {labels.shape[0]} labels for {z.shape[0]} latents"
            )

    if loader is None:
        from latentlab.core.checkpoint import load_model as loader
    net = loader(model_path, device=device)
    with torch.inference_mode():
        images = net.decode(z.to(device), None if labels is None else labels.to(device))
    return to_uint8(images)
