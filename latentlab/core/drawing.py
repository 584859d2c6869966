"""Text and layout on images drawn with Pillow: caption fonts, captions, contact sheets.

Figures and captions are drawn in the fonts shipped in ``resources/fonts`` (see the README
there): DejaVu Sans for Latin (Czech included), Greek and the arrows and maths signs captions
use, and Noto Sans CJK for Chinese in both scripts. :func:`font_for` picks, for one piece of
text, the font that has its glyphs, so ``"3 → 8"``, ``"kolaps módů"`` and ``"潜在空间"`` all draw
as written (which characters a font has is read from its ``cmap`` table, so no font tool is
needed at run time). Only a character no shipped font has (or every character, where the font files
are missing and Pillow's bundled font stands in) goes through :func:`printable`'s stand-ins
(``"→"`` becomes ``"->"``, else ``"?"``).

This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import functools
import math
import re
import struct
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from latentlab.core.pixels import as_batch, to_pil, upscale

__all__ = ["CAPTION_FALLBACKS", "CAPTION_SIZE", "bundled_font", "caption_fonts", "fit_text", "font_for",
           "has_glyph", "make_grid", "printable", "wrap_text"]

#: ASCII stand-ins for caption symbols, used only where no shipped font has the glyph.
CAPTION_FALLBACKS = {"→": "->", "←": "<-", "ψ": "psi", "×": "x", "–": "-", "—": "-", "…": "..."}
#: Pixel size of grid captions: the smallest at which Chinese characters stay legible.
CAPTION_SIZE = 12
#: The shipped fonts in the order they are preferred: Latin first (its letters and signs are
#: drawn for Latin text), then CJK (which also has ASCII, so mixed captions stay in one font).
FONT_FILES = ("DejaVuSans-subset.ttf", "NotoSansCJK-subset.otf")


# ---------------------------------------------------------------------------------------
# the fonts and their glyphs


def _font_dir() -> Path:
    from latentlab.core.paths import resources_dir

    return resources_dir() / "fonts"


@functools.lru_cache(maxsize=16)
def bundled_font(size: int | None = None) -> Any:
    """Pillow's bundled font (the stand-in when the shipped fonts are missing).

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


@functools.lru_cache(maxsize=64)
def caption_fonts(size: int = CAPTION_SIZE) -> tuple[Any, ...]:
    """The shipped fonts at ``size`` pixels, in order of preference (see :data:`FONT_FILES`).

    Parameters
    ----------
    size : int, optional
        Height in pixels.

    Returns
    -------
    tuple of PIL.ImageFont.FreeTypeFont
        One font per shipped file that could be read; Pillow's bundled font alone when none
        could (a broken install still draws ASCII).
    """
    fonts = []
    for name in FONT_FILES:
        try:
            fonts.append(ImageFont.truetype(str(_font_dir() / name), size=max(1, int(size))))
        except OSError:  # a missing or unreadable file: the next font, or the bundled one
            continue
    return tuple(fonts) or (bundled_font(size),)


def _ink(font: Any, ch: str) -> bytes:
    canvas = Image.new("L", (48, 48), 0)
    ImageDraw.Draw(canvas).text((6, 6), ch, fill=255, font=font)
    return canvas.tobytes()


def _cmap(path: str) -> frozenset[int] | None:
    """The code points an OpenType/TrueType file maps to glyphs (its Unicode ``cmap`` subtables,
    formats 4 and 12); ``None`` when the file cannot be read that way."""
    try:
        data = Path(path).read_bytes()
        tables = {data[12 + 16 * i: 16 + 16 * i]: struct.unpack(">I", data[20 + 16 * i: 24 + 16 * i])[0]
                  for i in range(struct.unpack(">H", data[4:6])[0])}
        cmap = tables[b"cmap"]
        points: set[int] = set()
        for i in range(struct.unpack(">H", data[cmap + 2: cmap + 4])[0]):
            platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
            if (platform, encoding) not in ((0, 3), (0, 4), (3, 1), (3, 10)):
                continue
            sub = cmap + offset
            fmt = struct.unpack(">H", data[sub: sub + 2])[0]
            if fmt == 4:
                n = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
                ends = struct.unpack(f">{n}H", data[sub + 14: sub + 14 + 2 * n])
                starts = struct.unpack(f">{n}H", data[sub + 16 + 2 * n: sub + 16 + 4 * n])
                deltas = struct.unpack(f">{n}h", data[sub + 16 + 4 * n: sub + 16 + 6 * n])
                range_at = sub + 16 + 6 * n
                offsets = struct.unpack(f">{n}H", data[range_at: range_at + 2 * n])
                for k, (start, end) in enumerate(zip(starts, ends)):
                    for c in range(start, end + 1):
                        if c == 0xFFFF:
                            continue
                        if offsets[k] == 0:
                            glyph = (c + deltas[k]) & 0xFFFF
                        else:  # idRangeOffset: an index into the glyph array, relative to itself
                            at = range_at + 2 * k + offsets[k] + 2 * (c - start)
                            glyph = struct.unpack(">H", data[at: at + 2])[0]
                            glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
                        if glyph:
                            points.add(c)
            elif fmt == 12:
                n = struct.unpack(">I", data[sub + 12: sub + 16])[0]
                for k in range(n):
                    start, end, glyph = struct.unpack(">III", data[sub + 16 + 12 * k: sub + 28 + 12 * k])
                    points.update(range(start + (glyph == 0), end + 1))
        return frozenset(points) if points else None
    except (OSError, KeyError, struct.error, TypeError, ValueError):
        return None


@functools.lru_cache(maxsize=8)
def _font_cmap(index: int) -> frozenset[int] | None:
    return _cmap(getattr(caption_fonts(20)[index], "path", None))


@functools.lru_cache(maxsize=8192)
def _font_has(index: int, ch: str) -> bool:
    cmap = _font_cmap(index)
    if cmap is not None:  # the shipped fonts: read their cmap, exact and quick
        return ord(ch) in cmap
    font = caption_fonts(20)[index]
    # A missing glyph draws the font's "notdef" box, the same as a private-use code point.
    return _ink(font, ch) != _ink(font, "\U000f0000")


def _index_of(font: Any) -> int:
    """Which of :func:`caption_fonts` ``font`` is (by file; -1 for any other font)."""
    path = getattr(font, "path", None)
    for i, f in enumerate(caption_fonts(20)):
        if getattr(f, "path", None) == path and (path is not None or f is font):
            return i
    return -1


def has_glyph(ch: str, font: Any = None) -> bool:
    """Whether ``font`` draws ``ch`` (rather than its "missing glyph" box).

    Parameters
    ----------
    ch : str
        One character.
    font : PIL.ImageFont.FreeTypeFont, optional
        One of :func:`caption_fonts` (any size); by default, whether *any* shipped font has it.

    Returns
    -------
    bool
        True for white space and for every character the font covers.
    """
    if ch.isspace():
        return True
    if font is None:
        return any(_font_has(i, ch) for i in range(len(caption_fonts(20))))
    index = _index_of(font)
    if index < 0:  # a font of the caller's own: test it directly
        return _ink(font, ch) != _ink(font, "\U000f0000")
    return _font_has(index, ch)


def font_for(text: str, size: int = CAPTION_SIZE) -> Any:
    """The shipped font to draw ``text`` in: the first that has all its characters.

    Parameters
    ----------
    text : str
        The text (one caption, title or line).
    size : int, optional
        Height in pixels.

    Returns
    -------
    PIL.ImageFont.FreeTypeFont
        The first font of :func:`caption_fonts` with a glyph for every character of ``text``;
        when none has them all (symbols no font has), the one that has the most.
    """
    fonts = caption_fonts(size)
    chars = set(str(text))
    best, best_count = fonts[0], -1
    for font in fonts:
        count = sum(has_glyph(ch, font) for ch in chars)
        if count == len(chars):
            return font
        if count > best_count:
            best, best_count = font, count
    return best


def printable(text: str, fallbacks: Mapping[str, str] = CAPTION_FALLBACKS, font: Any = None) -> str:
    """``text`` with every character ``font`` lacks replaced by a stand-in.

    Parameters
    ----------
    text : str
        Text to draw.
    fallbacks : mapping of str to str, optional
        Stand-ins for single characters, tried first.
    font : PIL.ImageFont.FreeTypeFont, optional
        The font the text will be drawn in; by default :func:`font_for` ``(text)``.

    Returns
    -------
    str
        The text, where a missing character becomes its stand-in, else its letter without
        accents (``"é"`` → ``"e"``), else ``"?"``.
    """
    text = str(text)
    font = font if font is not None else font_for(text)
    out = []
    for ch in text:
        if has_glyph(ch, font):
            out.append(ch)
        elif ch in fallbacks:
            out.append(fallbacks[ch])
        else:
            # Accented letters: drop the accent rather than print a box.
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and all(has_glyph(c, font) for c in base) else "?")
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
    ellipsis = "…" if has_glyph("…", font) else "..."
    while text and draw.textlength(text + ellipsis, font=font) > max_width:
        text = text[:-1]
    return text + ellipsis if text else ""


#: Chinese (and other CJK) text has no spaces: a line may break between any two of its characters
_CJK = re.compile(r"[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]")
#: ... except before closing punctuation and after opening punctuation (they stay with their word)
_NO_LINE_START = set("，。、；：？！）》」』】〉”’,.;:?!)%")
_NO_LINE_END = set("（《「『【〈“‘(")


def _pieces(word: str) -> list[str]:
    """``word`` cut where a line may break inside it: between CJK characters (one piece for Latin)."""
    pieces = [word[:1]]
    for ch in word[1:]:
        prev = pieces[-1][-1]
        if ((_CJK.match(ch) or _CJK.match(prev)) and ch not in _NO_LINE_START and prev not in _NO_LINE_END):
            pieces.append(ch)
        else:
            pieces[-1] += ch
    return pieces


def wrap_text(text: str, font: Any, width: float) -> list[str]:
    """Greedy word wrap; Chinese breaks between characters, and words longer than a line are broken
    between characters.

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
        for k, piece in enumerate(_pieces(word)):
            trial = current + (" " if k == 0 and current else "") + piece
            if font.getlength(trial) <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            while font.getlength(piece) > width and len(piece) > 1:
                # The longest prefix that fits, but at least one character so the loop always ends.
                cut = max([1] + [i for i in range(2, len(piece)) if font.getlength(piece[:i]) <= width])
                lines.append(piece[:cut])
                piece = piece[cut:]
            current = piece
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
        strip under each cell in the font :func:`font_for` picks for it, and shortened with "…" when wider
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

    # Each caption in the font that has its glyphs; the strip fits the tallest font used.
    caption_fonts_used = [font_for(str(t)) if t else None for t in captions] if captions is not None else []
    strip = 0
    for font in caption_fonts_used:
        if font is not None:
            ascent, descent = font.getmetrics()
            strip = max(strip, ascent + descent + 2)  # one pixel of air above and below the text

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
    for (x, y), caption, font in zip(origins, captions, caption_fonts_used):
        if font is None:
            continue
        text = fit_text(draw, font, printable(str(caption), font=font), w)
        if not text:
            continue
        left = x + (w - draw.textlength(text, font=font)) / 2
        draw.text((left, y + 1), text, fill=fill, font=font)
    out = np.asarray(image, dtype=np.uint8)
    return np.ascontiguousarray(out[:, :, None] if out.ndim == 2 else out)

