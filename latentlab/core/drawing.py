"""Text and layout on images drawn with Pillow: the bundled font, captions, contact sheets.

Pillow's bundled font covers little beyond ASCII; a glyph it lacks draws as a box. So text
goes through :func:`printable`, which keeps the characters the font has and replaces the
others with stand-ins (``"3 → 8"`` becomes ``"3 -> 8"``). Exports (:func:`make_grid`
captions) and the comparison figure (:mod:`latentlab.core.evidence_figure`) share the font
and the glyph test; each brings its own table of stand-ins.

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from latentlab.core.pixels import as_batch, to_pil, upscale

__all__ = ["CAPTION_FALLBACKS", "bundled_font", "fit_text", "has_glyph", "make_grid", "printable", "wrap_text"]

#: ASCII stand-ins for common caption symbols the bundled font lacks.
CAPTION_FALLBACKS = {"→": "->", "←": "<-", "ψ": "psi", "×": "x", "–": "-", "—": "-", "…": "..."}


# ---------------------------------------------------------------------------------------
# the font and its glyphs


@functools.lru_cache(maxsize=16)
def bundled_font(size: int | None = None) -> Any:
    """Pillow's bundled font.

    Parameters
    ----------
    size : int or None, optional
        Height in pixels; ``None`` gives the font's default size.

    Returns
    -------
    PIL.ImageFont.FreeTypeFont or PIL.ImageFont.ImageFont
        The font (a small bitmap font of one size on Pillow < 10.1).
    """
    if size is None:
        return ImageFont.load_default()
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1: one small bitmap size only
        return ImageFont.load_default()


@functools.lru_cache(maxsize=1024)
def has_glyph(ch: str) -> bool:
    """Whether the bundled font draws ``ch`` (rather than its "missing glyph" box).

    Parameters
    ----------
    ch : str
        One character.

    Returns
    -------
    bool
        True for every ASCII character and for the others the font covers.
    """
    if ch.isascii():
        return True
    sample = bundled_font(20)

    def ink(c: str) -> bytes:
        canvas = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(canvas).text((6, 6), c, fill=255, font=sample)
        return canvas.tobytes()

    # A missing glyph draws the font's "notdef" box, the same as a private-use code point.
    return ink(ch) != ink("\U000f0000")


def printable(text: str, fallbacks: Mapping[str, str] = CAPTION_FALLBACKS) -> str:
    """``text`` with every character the bundled font lacks replaced by a stand-in.

    Parameters
    ----------
    text : str
        Text to draw.
    fallbacks : mapping of str to str, optional
        Stand-ins for single characters, tried first.

    Returns
    -------
    str
        The text, where a missing character becomes its stand-in, else its letter without
        accents (``"é"`` → ``"e"``), else ``"?"``.
    """
    out = []
    for ch in str(text):
        if has_glyph(ch):
            out.append(ch)
        elif ch in fallbacks:
            out.append(fallbacks[ch])
        else:
            # Accented letters: drop the accent rather than print a box.
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and all(has_glyph(c) for c in base) else "?")
    return "".join(out)


def fit_text(draw: ImageDraw.ImageDraw, font: Any, text: str, max_width: float) -> str:
    """``text`` shortened with an ellipsis so that it is at most ``max_width`` pixels wide.

    Parameters
    ----------
    draw : PIL.ImageDraw.ImageDraw
        Measures the text.
    font : PIL.ImageFont.FreeTypeFont or PIL.ImageFont.ImageFont
        Font the text is drawn in.
    text : str
        Printable text (see :func:`printable`).
    max_width : float
        Width available, in pixels.

    Returns
    -------
    str
        ``text`` unchanged when it fits, else its longest prefix that fits with "…" (or
        "..." where the font lacks "…") appended; ``""`` when not even that fits.
    """
    if draw.textlength(text, font=font) <= max_width:
        return text
    ellipsis = "…" if has_glyph("…") else "..."
    while text and draw.textlength(text + ellipsis, font=font) > max_width:
        text = text[:-1]
    return text + ellipsis if text else ""


def wrap_text(text: str, font: Any, width: float) -> list[str]:
    """Greedy word wrap; words longer than a line are broken between characters.

    Parameters
    ----------
    text : str
        Printable text (see :func:`printable`); runs of white space count as one space.
    font : PIL.ImageFont.FreeTypeFont or PIL.ImageFont.ImageFont
        Font the text is drawn in.
    width : float
        Line width, in pixels.

    Returns
    -------
    list of str
        The lines, at least one (``[""]`` for empty text).
    """
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if font.getlength(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width and len(word) > 1:
            # The longest prefix that fits, but at least one character so the loop always ends.
            cut = max([1] + [i for i in range(2, len(word)) if font.getlength(word[:i]) <= width])
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


# ---------------------------------------------------------------------------------------
# contact sheets


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
    batch = upscale(as_batch(frames), scale)
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

    caption_font = bundled_font() if captions is not None else None
    strip = 0
    if caption_font is not None:
        ascent, descent = caption_font.getmetrics()
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
    image = to_pil(sheet)
    draw = ImageDraw.Draw(image)
    ink = 0 if int(pad_value) >= 128 else 255
    fill = ink if c == 1 else (ink, ink, ink)
    for (x, y), caption in zip(origins, captions):
        if not caption:
            continue
        text = fit_text(draw, caption_font, printable(str(caption)), w)
        if not text:
            continue
        left = x + (w - draw.textlength(text, font=caption_font)) / 2
        draw.text((left, y + 1), text, fill=fill, font=caption_font)
    out = np.asarray(image, dtype=np.uint8)
    return np.ascontiguousarray(out[:, :, None] if out.ndim == 2 else out)

