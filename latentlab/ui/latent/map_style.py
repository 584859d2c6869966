"""How the latent map draws classes: a colour-blind-safe colour and a marker per class, and the legend.

Okabe & Ito (2008), "Color Universal Design": the eight colours stay distinguishable with every
common colour-vision deficiency. Beyond eight classes the colours repeat with another marker
shape; points of no known class are grey.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
SYMBOLS = ("o", "s", "t", "d")
GLYPHS = {"o": "●", "s": "■", "t": "▲", "d": "◆"}
UNLABELLED = "#7f7f7f"
POINT_ALPHA = 200  # a little see-through: where points pile up, the colour deepens


def class_style(c: int) -> tuple[str, str]:
    """(colour, symbol) of class ``c``; -1 is "no class known"."""
    if c < 0:
        return UNLABELLED, "o"
    return PALETTE[c % len(PALETTE)], SYMBOLS[(c // len(PALETTE)) % len(SYMBOLS)]


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
