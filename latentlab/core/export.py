"""Exporting images, contact sheets, GIFs and MP4s, with reproducibility sidecars.

Every file is written atomically: the data goes to a hidden temporary file in the target's
folder, is flushed and fsynced, and then :func:`os.replace` moves it over the target. A
crash or error therefore never leaves a half-written export, and an existing file is only
replaced by a complete new one. All write failures are raised as :class:`ExportError` with a
message that names the path and the problem.

Frames are ``uint8`` numpy arrays of shape ``(H, W)`` or ``(H, W, C)`` with ``C`` in
``{1, 3}``; batches are ``(N, H, W, C)`` (or ``(N, H, W)`` for grey). Use :func:`to_uint8` to
turn a decoder's float output into frames; it is the single conversion used across latentlab,
so exported files and on-screen pixels agree exactly.

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import functools
import hashlib
import io
import json
import math
import os
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFont

__all__ = [
    "SIDECAR_FORMAT",
    "ExportError",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "file_sha256",
    "latent_from_json",
    "latent_to_json",
    "make_grid",
    "read_sidecar",
    "regenerate",
    "save_gif",
    "save_grid",
    "save_mp4",
    "save_png",
    "sidecar_path",
    "to_uint8",
    "upscale",
]

#: Value of the ``"format"`` key of every sidecar written by this version.
SIDECAR_FORMAT = "latentlab-sidecar/1"
#: Keys every sidecar carries in addition to the caller's.
SIDECAR_KEYS = ("format", "latentlab_version", "file", "created")
#: Largest integer upscaling factor; beyond it files grow huge for no visual gain.
MAX_SCALE = 16
#: Highest GIF frame rate: browsers replace frame delays under 20 ms with 100 ms, so faster
#: GIFs would play *slower*.
MAX_GIF_FPS = 50.0
# x264 encodes in 16×16 macroblocks; other sizes make imageio resize the frames.
_MACRO_BLOCK = 16
_VIDEO_EXTRA_MESSAGE = "MP4 export needs the video extra: pip install 'latentlab[video]'"


class ExportError(Exception):
    """An export could not be written or a sidecar could not be read or used."""


# ---------------------------------------------------------------------------------------
# atomic writing


def _describe(exc: BaseException, target: Path) -> str:
    """Short human description of why writing ``target`` failed."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "folder does not exist"
    if isinstance(exc, NotADirectoryError):
        return f"{target.parent} is not a folder"
    if isinstance(exc, IsADirectoryError):
        return "a folder with that name already exists"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "no space left on device"
        if exc.errno == errno.EROFS:
            return "read-only file system"
        return exc.strerror or str(exc)
    return f"{type(exc).__name__}: {exc}"


def _check_parent(target: Path) -> None:
    parent = target.parent
    try:
        info = os.stat(parent)
    except FileNotFoundError:
        raise ExportError(f"cannot write {target}: folder does not exist") from None
    except NotADirectoryError:
        raise ExportError(f"cannot write {target}: {parent} is not a folder") from None
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_describe(exc, target)}") from exc
    if not stat.S_ISDIR(info.st_mode):
        raise ExportError(f"cannot write {target}: {parent} is not a folder")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: a folder with that name already exists")


def _umask() -> int:
    # The umask can only be read by setting it, which races with other threads creating
    # files; Linux exposes it read-only in /proc, so prefer that.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _final_mode(target: Path) -> int:
    """Permissions the finished file should get.

    NamedTemporaryFile creates files readable only by the owner; an export should instead
    look like any file the user creates (or keep the mode of the file it replaces).
    """
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX. Windows cannot open folders, and some
    # file systems refuse directory fsync; the file is already complete either way.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary file name that replaces ``path`` when the block succeeds.

    For libraries that insist on writing to a file name themselves. The temporary file
    lives in the same folder as ``path`` (so the final :func:`os.replace` is atomic) and
    ends with ``suffix`` (so libraries that pick a format from the extension work).

    Parameters
    ----------
    path : str or os.PathLike
        Final destination.
    suffix : str or None, optional
        Extension of the temporary file, e.g. ``".mp4"``; defaults to ``path``'s.

    Yields
    ------
    pathlib.Path
        The temporary file (already created, empty) to write to.

    Raises
    ------
    ExportError
        If the folder is missing, not a folder or not writable, or if anything in the
        block fails. The temporary file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    suffix = target.suffix if suffix is None else suffix
    _check_parent(target)
    try:
        handle = tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}.", suffix=f".tmp{suffix}", delete=False
        )
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_describe(exc, target)}") from exc
    tmp = Path(handle.name)
    handle.close()
    try:
        yield tmp
        if not tmp.is_file():
            raise ExportError(f"cannot write {target}: the writer produced no file")
        _fsync_path(tmp)
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        _remove_quietly(tmp)
        # KeyboardInterrupt and friends, and our own errors, pass through unchanged.
        if isinstance(exc, ExportError) or not isinstance(exc, Exception):
            raise
        raise ExportError(f"cannot write {target}: {_describe(exc, target)}") from exc
    _fsync_dir(target.parent)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically write ``data`` to ``path``.

    Parameters
    ----------
    path : str or os.PathLike
        Destination file; its folder must exist.
    data : bytes
        Complete file contents.

    Returns
    -------
    pathlib.Path
        The written path.

    Raises
    ------
    ExportError
        If the file cannot be written; any previous file at ``path`` is left intact.
    """
    target = Path(path)
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Atomically write ``text`` to ``path`` (no newline translation).

    Parameters
    ----------
    path : str or os.PathLike
        Destination file; its folder must exist.
    text : str
        Complete file contents.
    encoding : str, optional
        Text encoding, UTF-8 by default.

    Returns
    -------
    pathlib.Path
        The written path.

    Raises
    ------
    ExportError
        If the file cannot be written; any previous file at ``path`` is left intact.
    """
    return atomic_write_bytes(path, text.encode(encoding))


# ---------------------------------------------------------------------------------------
# frames


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


def _check_scale(scale: Any) -> int:
    if isinstance(scale, bool) or not isinstance(scale, (int, np.integer)):
        raise ValueError(f"scale must be an int from 1 to {MAX_SCALE}, got {scale!r}")
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be an int from 1 to {MAX_SCALE}, got {scale}")
    return int(scale)


def _check_uint8(arr: np.ndarray, what: str) -> None:
    if arr.dtype != np.uint8:
        raise TypeError(f"{what} must be uint8 (use to_uint8 on decoder output), got dtype {arr.dtype}")


def _as_frame(frame: Any) -> np.ndarray:
    arr = np.asarray(frame)
    _check_uint8(arr, "frame")
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.ndim != 3 or arr.shape[2] not in (1, 3) or arr.shape[0] == 0 or arr.shape[1] == 0:
        raise ValueError(f"frame must have shape (H, W) or (H, W, C) with C in {{1, 3}}, got {np.shape(frame)}")
    return arr


def _as_batch(frames: Any) -> np.ndarray:
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
    scale = _check_scale(scale)
    arr = np.asarray(frame)
    if arr.ndim not in (2, 3, 4):
        raise ValueError(f"frame must have 2, 3 or 4 dimensions, got shape {arr.shape}")
    if scale == 1:
        return arr
    row_axis = 1 if arr.ndim == 4 else 0
    return np.repeat(np.repeat(arr, scale, axis=row_axis), scale, axis=row_axis + 1)


def _to_pil(frame: np.ndarray) -> Image.Image:
    """(H, W, C) uint8 → PIL image, mode "L" for one channel and "RGB" for three."""
    data = frame[:, :, 0] if frame.shape[2] == 1 else frame
    return Image.fromarray(np.ascontiguousarray(data))


# ---------------------------------------------------------------------------------------
# sidecars


def sidecar_path(path: str | os.PathLike[str]) -> Path:
    """Path of the JSON sidecar belonging to an export: ``out.png`` → ``out.png.json``.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file.

    Returns
    -------
    pathlib.Path
        The sidecar's path.
    """
    p = Path(path)
    return p.with_name(p.name + ".json")


def _latentlab_version() -> str:
    try:
        import latentlab

        version = getattr(latentlab, "__version__", None)
        if isinstance(version, str) and version:
            return version
    except ImportError:
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version as dist_version

        return dist_version("latentlab")
    except PackageNotFoundError:
        return "0+unknown"


def _json_default(obj: Any) -> Any:
    """Let callers put tensors, arrays, numpy scalars and paths straight into a sidecar."""
    if isinstance(obj, (torch.Tensor, np.ndarray)):
        arr = obj.detach().cpu().numpy() if isinstance(obj, torch.Tensor) else obj
        if arr.dtype.kind in "biu":
            return arr.tolist()
        return latent_to_json(arr)
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    raise TypeError(f"object of type {type(obj).__name__} is not JSON serialisable")


def _sidecar_text(target: Path, sidecar: Mapping[str, Any]) -> str:
    """Build the sidecar JSON *before* the export is written, so a bad dict writes nothing."""
    json_path = sidecar_path(target)
    if not isinstance(sidecar, Mapping):
        raise ExportError(f"cannot write {json_path}: sidecar must be a dict, got {type(sidecar).__name__}")
    # The bookkeeping keys always describe this export, whatever the caller passed.
    data: dict[str, Any] = {
        "format": SIDECAR_FORMAT,
        "latentlab_version": _latentlab_version(),
        "file": target.name,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    data.update({k: v for k, v in sidecar.items() if k not in data})
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False, default=_json_default) + "\n"
    except (TypeError, ValueError) as exc:
        raise ExportError(f"cannot write {json_path}: sidecar is not JSON-serialisable ({exc})") from exc


def write_sidecar(path: str | os.PathLike[str], sidecar: Mapping[str, Any]) -> Path:
    """Write the sidecar of an export made by other means (e.g. an ``.npy`` array), atomically.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file the sidecar describes.
    sidecar : mapping
        Reproducibility keys (model, seed, z, labels, mode, …).

    Returns
    -------
    pathlib.Path
        The sidecar's path.
    """
    target = Path(path)
    return atomic_write_text(sidecar_path(target), _sidecar_text(target, sidecar))


def _write_with_sidecar(target: Path, data: bytes, sidecar: Mapping[str, Any] | None) -> Path:
    text = None if sidecar is None else _sidecar_text(target, sidecar)
    atomic_write_bytes(target, data)
    if text is not None:
        atomic_write_text(sidecar_path(target), text)
    return target


def read_sidecar(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate an export's sidecar.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file (``out.png``) or the sidecar itself (``out.png.json``).

    Returns
    -------
    dict
        The sidecar contents.

    Raises
    ------
    ExportError
        If the sidecar is missing, unreadable, not valid JSON, not an object, lacks the
        standard keys, or has an unknown format.
    """
    p = Path(path)
    json_path = p if p.suffix.lower() == ".json" else sidecar_path(p)
    try:
        text = json_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"cannot read {json_path}: file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"cannot read {json_path}: {_describe(exc, json_path)}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"cannot read {json_path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ExportError(f"cannot read {json_path}: expected a JSON object, got {type(data).__name__}")
    missing = [k for k in SIDECAR_KEYS if k not in data]
    if missing:
        raise ExportError(f"cannot read {json_path}: not a latentlab sidecar (missing keys: {', '.join(missing)})")
    if data["format"] != SIDECAR_FORMAT:
        raise ExportError(f"cannot read {json_path}: unsupported sidecar format {data['format']!r}")
    return data


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file, read in chunks so large checkpoints need little memory.

    Parameters
    ----------
    path : str or os.PathLike
        File to hash.

    Returns
    -------
    str
        Lower-case hex digest.

    Raises
    ------
    ExportError
        If the file cannot be read.
    """
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        reason = "file does not exist" if isinstance(exc, FileNotFoundError) else _describe(exc, Path(path))
        raise ExportError(f"cannot read {path}: {reason}") from exc
    return digest.hexdigest()


def latent_to_json(z: torch.Tensor | np.ndarray) -> list:
    """Latent(s) as nested lists of floats that round-trip exactly through JSON.

    Each value is cast to float32 first and then to a Python float; that widening is
    exact, and JSON writes the shortest decimal that reads back as the same double, so
    :func:`latent_from_json` recovers bit-identical float32 values.

    Parameters
    ----------
    z : torch.Tensor or numpy.ndarray
        Latent of any shape with at least one dimension, e.g. ``(dim,)`` or ``(N, dim)``.

    Returns
    -------
    list
        Nested lists of floats with ``z``'s shape.

    Raises
    ------
    ValueError
        For 0-d input or non-finite values (JSON has no NaN/inf).
    """
    if isinstance(z, torch.Tensor):
        arr = z.detach().to("cpu", torch.float32).numpy()
    else:
        arr = np.asarray(z, dtype=np.float32)
    if arr.ndim == 0:
        raise ValueError("z must have at least one dimension")
    if not np.isfinite(arr).all():
        raise ValueError("z contains NaN or infinite values, which JSON cannot store")
    return arr.tolist()


def latent_from_json(obj: Any) -> torch.Tensor:
    """Inverse of :func:`latent_to_json`.

    Parameters
    ----------
    obj : list
        Nested lists of numbers.

    Returns
    -------
    torch.Tensor
        Float32 CPU tensor.

    Raises
    ------
    ValueError
        If ``obj`` is not a rectangular nested list of numbers.
    """
    try:
        z = torch.tensor(obj, dtype=torch.float32)
    except (TypeError, ValueError, RuntimeError) as exc:
        raise ValueError(f"latent must be a rectangular nested list of numbers: {exc}") from exc
    if z.ndim == 0:
        raise ValueError("latent must be a list, got a single number")
    return z


# ---------------------------------------------------------------------------------------
# PNG and contact sheets


def save_png(
    path: str | os.PathLike[str],
    frame: np.ndarray,
    scale: int = 1,
    sidecar: Mapping[str, Any] | None = None,
) -> Path:
    """Save one frame as a PNG.

    Parameters
    ----------
    path : str or os.PathLike
        Destination; its folder must exist.
    frame : numpy.ndarray
        uint8 ``(H, W)`` or ``(H, W, C)``, ``C`` in ``{1, 3}``; one channel is saved as grey.
    scale : int, optional
        Integer nearest-neighbour enlargement, 1 to 16.
    sidecar : dict or None, optional
        Reproducibility data written to ``<path>.json`` (see :func:`sidecar_path`).

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
    image = _to_pil(upscale(_as_frame(frame), scale))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return _write_with_sidecar(target, buf.getvalue(), sidecar)


# Pillow's built-in font covers little beyond ASCII; glyphs it lacks draw as boxes, so
# common symbols in captions ("3 → 8") get ASCII stand-ins instead.
_CAPTION_FALLBACKS = {"→": "->", "←": "<-", "ψ": "psi", "×": "x", "–": "-", "—": "-", "…": "..."}


@functools.lru_cache(maxsize=1)
def _caption_font() -> Any:
    return ImageFont.load_default()


def _glyph_signature(ch: str) -> bytes:
    font = _caption_font()
    canvas = Image.new("L", (32, 32), 0)
    ImageDraw.Draw(canvas).text((4, 4), ch, fill=255, font=font)
    return canvas.tobytes()


@functools.lru_cache(maxsize=512)
def _has_glyph(ch: str) -> bool:
    # A missing glyph renders as the font's "notdef" box; compare with a private-use
    # code point that no font maps.
    return ch.isascii() or _glyph_signature(ch) != _glyph_signature("\U000f0000")


def _printable_caption(text: str) -> str:
    out = []
    for ch in text:
        if _has_glyph(ch):
            out.append(ch)
            continue
        if ch in _CAPTION_FALLBACKS:
            out.append(_CAPTION_FALLBACKS[ch])
            continue
        # Accented letters: drop the accent ("é" → "e") rather than print a box.
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(_has_glyph(c) for c in base) else "?")
    return "".join(out)


def _fit_caption(draw: ImageDraw.ImageDraw, font: Any, text: str, max_width: int) -> str:
    if draw.textlength(text, font=font) <= max_width:
        return text
    ellipsis = "…" if _has_glyph("…") else "..."
    while text and draw.textlength(text + ellipsis, font=font) > max_width:
        text = text[:-1]
    return text + ellipsis if text else ""


def make_grid(
    frames: np.ndarray,
    ncols: int | None = None,
    padding: int = 2,
    pad_value: int = 255,
    captions: Sequence[str | None] | None = None,
    scale: int = 1,
) -> np.ndarray:
    """Lay frames out as a contact sheet.

    Parameters
    ----------
    frames : numpy.ndarray
        uint8 ``(N, H, W, C)`` or ``(N, H, W)`` batch.
    ncols : int or None, optional
        Columns; defaults to ``ceil(sqrt(N))``. Capped at ``N`` so no empty columns appear.
    padding : int, optional
        Gap in pixels between cells and around the sheet (applied after scaling).
    pad_value : int, optional
        Grey level (0–255) of the gaps and caption strips; 255 is white.
    captions : sequence of str or None, optional
        One caption per frame (``None`` entries leave a cell blank), drawn centred in a
        strip under each cell with Pillow's default font, and shortened with "…" when wider
        than the cell. Without captions cells get no strip.
    scale : int, optional
        Integer nearest-neighbour enlargement of each frame, 1 to 16 (captions stay at the
        font's native size so they remain crisp).

    Returns
    -------
    numpy.ndarray
        uint8 ``(H', W', C)`` sheet with the input's channel count.
    """
    batch = upscale(_as_batch(frames), scale)
    n, h, w, c = batch.shape
    if ncols is None:
        ncols = math.ceil(math.sqrt(n))
    if isinstance(ncols, bool) or not isinstance(ncols, (int, np.integer)) or ncols < 1:
        raise ValueError(f"ncols must be a positive int, got {ncols!r}")
    if isinstance(padding, bool) or not isinstance(padding, (int, np.integer)) or padding < 0:
        raise ValueError(f"padding must be an int >= 0, got {padding!r}")
    if not 0 <= int(pad_value) <= 255:
        raise ValueError(f"pad_value must be in [0, 255], got {pad_value!r}")
    if captions is not None and len(captions) != n:
        raise ValueError(f"captions has {len(captions)} entries but there are {n} frames")
    ncols = int(min(ncols, n))
    nrows = math.ceil(n / ncols)

    font = _caption_font() if captions is not None else None
    strip = 0
    if font is not None:
        ascent, descent = font.getmetrics()
        strip = ascent + descent + 2  # one pixel of air above and below the text

    cell_h = h + strip
    sheet = np.full(
        (nrows * cell_h + (nrows + 1) * padding, ncols * w + (ncols + 1) * padding, c),
        int(pad_value),
        dtype=np.uint8,
    )
    origins = []
    for i in range(n):
        row, col = divmod(i, ncols)
        y = padding + row * (cell_h + padding)
        x = padding + col * (w + padding)
        sheet[y : y + h, x : x + w] = batch[i]
        origins.append((x, y + h))

    if captions is None:
        return sheet
    image = _to_pil(sheet)
    draw = ImageDraw.Draw(image)
    ink = 0 if int(pad_value) >= 128 else 255
    fill = ink if c == 1 else (ink, ink, ink)
    for (x, y), caption in zip(origins, captions):
        if not caption:
            continue
        text = _fit_caption(draw, font, _printable_caption(str(caption)), w)
        if not text:
            continue
        left = x + (w - draw.textlength(text, font=font)) / 2
        draw.text((left, y + 1), text, fill=fill, font=font)
    out = np.asarray(image, dtype=np.uint8)
    return np.ascontiguousarray(out[:, :, None] if out.ndim == 2 else out)


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
    path : str or os.PathLike
        Destination; its folder must exist.
    frames, ncols, padding, pad_value, captions, scale
        As for :func:`make_grid`.
    sidecar : dict or None, optional
        Reproducibility data written to ``<path>.json``.

    Returns
    -------
    pathlib.Path
        The PNG's path.

    Raises
    ------
    ExportError
        If the file or sidecar cannot be written.
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
    path : str or os.PathLike
        Destination; its folder must exist.
    frames : numpy.ndarray
        uint8 ``(N, H, W, C)`` or ``(N, H, W)`` batch.
    fps : float, optional
        Frames per second, at most 50.
    scale : int, optional
        Integer nearest-neighbour enlargement, 1 to 16.
    loop : bool, optional
        Loop forever (``True``) or play once.
    pingpong : bool, optional
        Play forwards then backwards without repeating the end frames (``2N - 2`` frames),
        so a loop has no jump.
    sidecar : dict or None, optional
        Reproducibility data written to ``<path>.json``.

    Returns
    -------
    pathlib.Path
        The GIF's path.

    Raises
    ------
    ExportError
        If the file or sidecar cannot be written.
    """
    target = Path(path)
    batch = _as_batch(frames)
    fps = _check_fps(fps, MAX_GIF_FPS)
    scale = _check_scale(scale)
    if pingpong:
        batch = np.concatenate([batch, batch[-2:0:-1]], axis=0)
    batch = upscale(batch, scale)
    images = [_to_pil(f) for f in batch]
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
    return _write_with_sidecar(target, buf.getvalue(), sidecar)


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
    path : str or os.PathLike
        Destination; its folder must exist.
    frames : numpy.ndarray
        uint8 ``(N, H, W, C)`` or ``(N, H, W)`` batch.
    fps : float, optional
        Frames per second.
    scale : int, optional
        Integer nearest-neighbour enlargement, 1 to 16.
    sidecar : dict or None, optional
        Reproducibility data written to ``<path>.json``.

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
    batch = _as_batch(frames)
    fps = _check_fps(fps)
    scale = _check_scale(scale)
    iio = _import_video()
    text = None if sidecar is None else _sidecar_text(target, sidecar)
    batch = upscale(batch, scale)
    if batch.shape[3] == 1:
        batch = np.repeat(batch, 3, axis=3)
    n, h, w, _ = batch.shape
    ph = -h % _MACRO_BLOCK
    pw = -w % _MACRO_BLOCK
    if ph or pw:
        batch = np.pad(batch, ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0)))
    with atomic_path(target, suffix=target.suffix or ".mp4") as tmp:
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
    if text is not None:
        atomic_write_text(sidecar_path(target), text)
    return target


# ---------------------------------------------------------------------------------------
# regeneration


def regenerate(
    sidecar: Mapping[str, Any] | str | os.PathLike[str],
    device: str | torch.device = "cpu",
    loader: Callable[..., Any] | None = None,
) -> np.ndarray:
    """Re-create an export's frames from its sidecar.

    Loads the model named in ``sidecar["model"]["path"]``, checks that the file still has
    the recorded SHA-256, decodes ``sidecar["z"]`` (with ``sidecar["labels"]`` for
    conditional models) and converts with :func:`to_uint8`, i.e. exactly the pixels that
    were exported before any upscaling or grid layout.

    Parameters
    ----------
    sidecar : dict or str or os.PathLike
        A sidecar dict, or the path of an export or of its sidecar. When read from a file,
        a relative model path is resolved against the sidecar's folder.
    device : str or torch.device, optional
        Where to run the decoder.
    loader : callable or None, optional
        ``loader(path, device=device)`` returning a model with
        ``decode(z, labels) -> (N, C, H, W)`` floats in ``[0, 1]``. Defaults to
        :func:`latentlab.core.checkpoint.load_model`.

    Returns
    -------
    numpy.ndarray
        uint8 ``(N, H, W, C)`` frames, one per latent in ``z``.

    Raises
    ------
    ExportError
        If the sidecar lacks the model, ``z`` or valid labels, the model file is missing,
        or it changed since the export.
    """
    base: Path | None = None
    if isinstance(sidecar, Mapping):
        data = dict(sidecar)
        where = "sidecar"
    else:
        p = Path(sidecar)
        json_path = p if p.suffix.lower() == ".json" else sidecar_path(p)
        data = read_sidecar(json_path)
        base = json_path.parent
        where = str(json_path)

    model = data.get("model")
    if not isinstance(model, Mapping) or not model.get("path") or not model.get("sha256"):
        raise ExportError(f"cannot regenerate from {where}: it has no model path and sha256")
    model_path = Path(str(model["path"])).expanduser()
    if base is not None and not model_path.is_absolute():
        model_path = base / model_path
    if not model_path.is_file():
        raise ExportError(f"cannot regenerate from {where}: model file {model_path} not found")
    expected = str(model["sha256"]).lower()
    actual = file_sha256(model_path)
    if actual != expected:
        raise ExportError(
            f"cannot regenerate from {model_path}: model file changed since export "
            f"(sha256 is {actual[:12]}…, sidecar recorded {expected[:12]}…)"
        )

    if "z" not in data:
        raise ExportError(f"cannot regenerate from {where}: it has no latent 'z'")
    try:
        z = latent_from_json(data["z"])
    except ValueError as exc:
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
