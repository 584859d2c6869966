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
