"""How the latent map draws classes: a colour-blind-safe colour and a marker per class, and the legend.

Ten colours, so the ten classes of MNIST or Fashion-MNIST never share one: Paul Tol's "muted"
scheme (nine colours designed to stay apart for every common colour-vision deficiency) plus
black. Simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009) keep every pair at
least ~15 CIELAB units apart (``tests/ui/test_latent_map.py`` checks it; Okabe–Ito's eight plus
two more fell to ~13, matplotlib's tab10 to ~5). The marker shape is a second cue that needs no
colour vision at all: neighbouring classes differ in shape as well. Points of no known class are
Tol's pale grey.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

# rose, indigo, sand, green, cyan, wine, teal, olive, purple (Tol muted), black
PALETTE = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
           "#000000")
SYMBOLS = ("o", "s", "t", "d", "star")
GLYPHS = {"o": "●", "s": "■", "t": "▲", "d": "◆", "star": "★"}
UNLABELLED = "#DDDDDD"
POINT_ALPHA = 200  # a little see-through: where points pile up, the colour deepens


def class_style(c: int) -> tuple[str, str]:
    """(colour, symbol) of class ``c``; -1 is "no class known"."""
    if c < 0:
        return UNLABELLED, "o"
    # Shapes change from one class to the next; past ten classes, where the colours come round
    # again, the shapes shift by one so no two of the first fifty classes share both.
    return PALETTE[c % len(PALETTE)], SYMBOLS[(c + c // len(PALETTE)) % len(SYMBOLS)]


def point_styles(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray | str]:
    """Per point: a brush (array), and a symbol (array, or one symbol when all points share it)."""
    styles = {int(c): class_style(int(c)) for c in np.unique(labels)}
    brushes = {c: pg.mkBrush(pg.mkColor(col).red(), pg.mkColor(col).green(), pg.mkColor(col).blue(), POINT_ALPHA)
               for c, (col, _s) in styles.items()}
    brush_array = np.array([brushes[int(c)] for c in labels], dtype=object)
    symbols = {s for _c, s in styles.values()}
    symbol = (np.array([styles[int(c)][1] for c in labels], dtype=object) if len(symbols) > 1
              else next(iter(symbols)))
    return brush_array, symbol


def legend_html(labels: np.ndarray, class_names: Sequence[str], unknown: str) -> str:
    """Rich text naming each class present in ``labels`` beside its marker; ``unknown``: the grey points' name."""
    present = sorted(int(c) for c in np.unique(labels) if c >= 0)
    parts = []
    for c in present:
        col, sym = class_style(c)
        name = class_names[c] if c < len(class_names) else str(c)
        parts.append(f"<span style='color:{col}; font-size:14px'>{GLYPHS[sym]}</span>&nbsp;{name}")
    if (labels < 0).any():
        parts.append(f"<span style='color:{UNLABELLED}'>●</span>&nbsp;{unknown}")
    return "&nbsp;&nbsp; ".join(parts)


# --- colouring by a factor ------------------------------------------------------------------------

#: a number's colours run along viridis: even steps in lightness, readable without colour vision
FACTOR_MAP = "viridis"


def _brush(colour: pg.QtGui.QColor) -> pg.QtGui.QBrush:
    return pg.mkBrush(colour.red(), colour.green(), colour.blue(), POINT_ALPHA)


def factor_styles(values: np.ndarray, value_names: Sequence[str] | None) -> tuple[np.ndarray, np.ndarray | str]:
    """Per point, a brush (and symbols) for a factor's values instead of the class.

    A categorical factor (``value_names`` given) takes the class palette and markers by value
    index (a yes/no probability is rounded); a number runs along :data:`FACTOR_MAP` from its
    smallest to its largest value on the map.
    """
    v = np.asarray(values, np.float64)
    if value_names:
        index = np.clip(np.rint(np.nan_to_num(v)), 0, len(value_names) - 1).astype(np.int64)
        return point_styles(index)
    lo, hi = _span(v)
    cmap = pg.colormap.get(FACTOR_MAP)
    t = np.clip((np.nan_to_num(v, nan=lo) - lo) / (hi - lo), 0.0, 1.0)
    steps = np.rint(t * 63).astype(np.int64)  # 64 shared brushes: cheap to build for 2,000 points
    table = [_brush(cmap.map(k / 63, mode="qcolor")) for k in range(64)]
    return np.array([table[k] for k in steps], dtype=object), "o"


def _span(v: np.ndarray) -> tuple[float, float]:
    finite = v[np.isfinite(v)]
    if not len(finite):
        return 0.0, 1.0
    lo, hi = float(np.percentile(finite, 1)), float(np.percentile(finite, 99))
    return (lo, hi) if hi > lo else (lo, lo + 1.0)


def factor_legend_html(name: str, values: np.ndarray, value_names: Sequence[str] | None) -> str:
    """Rich text for a factor's colours: each value beside its marker, or a number's low-to-high scale."""
    v = np.asarray(values, np.float64)
    if value_names:
        index = np.clip(np.rint(np.nan_to_num(v)), 0, len(value_names) - 1).astype(np.int64)
        return f"{name}: " + legend_html(index, value_names, "")
    lo, hi = _span(v)
    cmap = pg.colormap.get(FACTOR_MAP)
    dots = "".join(f"<span style='color:{cmap.map(k / 6, mode='qcolor').name()}; font-size:14px'>●</span>"
                   for k in range(7))
    return f"{name}: {lo:.2f}&nbsp;{dots}&nbsp;{hi:.2f}"
