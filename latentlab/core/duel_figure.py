"""The GAN-vs-WGAN-GP duel as one slide-ready figure, drawn with Pillow: :func:`render_duel_figure`.

From a duel's log (:meth:`latentlab.train.duel.DuelLog.to_dict`, or ``duel.json`` read back):
a title with the recipe; per pane its newest sample grid, its class shares over the steps
(stacked columns, one per reading) and its loss curves; below both, the coverage entropy of the
two panes over the steps on one chart, with the entropy a perfect generator's batch of that
size reaches. :func:`save_duel_figure` writes it as a PNG with a reproducibility sidecar.

Headings and captions come in the caption languages of :mod:`latentlab.core.caption_text`.
This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from latentlab.core.caption_text import caption, caption_language, class_caption
from latentlab.core.coverage_series import sampling_ceiling
from latentlab.core.drawing import font_for, make_grid, printable, wrap_text

__all__ = ["render_duel_figure", "save_duel_figure"]

Color = tuple[int, int, int]
_WHITE: Color = (255, 255, 255)
_INK: Color = (28, 28, 30)
_MUTED: Color = (96, 99, 104)
_RULE: Color = (208, 210, 214)
#: pane colours: the plain GAN vermillion, WGAN-GP blue (Okabe-Ito, colour-blind safe)
PANE_COLORS: tuple[Color, ...] = ((213, 94, 0), (0, 114, 178))
#: one colour per class in the stacked shares (matplotlib's tab10)
CLASS_COLORS: tuple[Color, ...] = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
                                   (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))
_LOSS_COLORS: tuple[Color, ...] = ((230, 159, 0), (86, 180, 233), (0, 158, 115), (204, 121, 167), (120, 120, 120))
_FALLBACKS = {"—": " - ", "–": "-", "→": "->", "×": "x", "≈": "~", "λ": "lambda", "β": "beta", "−": "-"}


class _Canvas:
    """A white sheet of the figure's width; sizes scale with the width (1600 px = 1)."""

    def __init__(self, width: int, height: int, lang: str):
        self.width, self.lang = width, lang
        self.k = width / 1600
        self.image = Image.new("RGB", (width, height), _WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, v: float) -> int:
        return max(1, round(v * self.k))

    def size(self, v: float, floor: int) -> int:
        return max(floor, self.px(v))

    def tr(self, text: str, /, **values: Any) -> str:
        return caption(text, self.lang, **values)

    def font(self, text: str, size: int) -> tuple[str, Any]:
        font = font_for(text, size)
        return printable(text, _FALLBACKS, font), font

    def line_h(self, size: int) -> int:
        return round(size * 1.45)

    def text(self, xy: tuple[float, float], text: str, size: int, fill: Color = _INK, anchor: str = "la",
             bold: bool = False, width: float | None = None) -> None:
        text, font = self.font(text, size)
        if width is not None and font.getlength(text) > width:
            while text and font.getlength(text + "...") > width:
                text = text[:-1]
            text += "..."
        self.draw.text(xy, text, font=font, fill=fill, anchor=anchor,
                       stroke_width=max(0.3, size / 40) if bold else 0, stroke_fill=fill)

    def paragraph(self, x: float, y: float, width: float, text: str, size: int, fill: Color = _MUTED) -> int:
        text, font = self.font(text, size)
        lines = wrap_text(text, font, width)
        for i, line in enumerate(lines):
            self.draw.text((x, y + i * self.line_h(size)), line, font=font, fill=fill)
        return self.line_h(size) * len(lines)

    def crop(self, height: int) -> Image.Image:
        return self.image.crop((0, 0, self.width, max(1, height)))


def _axes(c: _Canvas, box: tuple[int, int, int, int], x_range: tuple[float, float], y_labels: Sequence[tuple[float, str]],
          small: int) -> tuple[int, int, int, int]:
    """Draw a plot's frame, y ticks and x ends inside ``box``; returns the plot area (x0, y0, x1, y1)."""
    x, y, w, h = box
    label_w = max((c.font(t, small)[1].getlength(t) for _, t in y_labels), default=0) + c.px(8)
    x0, y0, x1, y1 = x + label_w, y + c.px(4), x + w - c.px(8), y + h - c.line_h(small)
    c.draw.rectangle([x0, y0, x1, y1], outline=_RULE, width=1)
    for frac, label in y_labels:
        yy = y1 - (y1 - y0) * frac
        c.draw.line([(x0, yy), (x1, yy)], fill=(236, 237, 240), width=1)
        c.text((x0 - c.px(5), yy), label, small, _MUTED, anchor="rm")
    lo, hi = x_range
    c.text((x0, y1 + c.px(3)), c.tr("step {step}", step=f"{lo:,.0f}"), small, _MUTED)
    c.text((x1, y1 + c.px(3)), f"{hi:,.0f}", small, _MUTED, anchor="ra")
    return x0, y0, x1, y1


def _x_of(step: float, lo: float, hi: float, x0: float, x1: float) -> float:
    return x0 + (x1 - x0) * (step - lo) / (hi - lo or 1)


def _step_range(panes: Sequence[Mapping[str, Any]]) -> tuple[float, float]:
    steps = [s for p in panes for s in (p.get("loss") or {}).get("step") or []]
    steps += [s for p in panes for s in ((p.get("coverage") or {}).get("steps") or [])]
    total = max([int(p.get("total_steps") or 0) for p in panes] + [int(p.get("steps") or 0) for p in panes] + steps + [1])
    return 0.0, float(total)


def _grid_image(frames: np.ndarray | None, width: int, height: int, c: _Canvas) -> Image.Image | None:
    """A pane's sample grid as an RGB image at most ``width`` × ``height``, enlarged by a whole factor."""
    if frames is None:
        return None
    arr = np.asarray(frames)
    if arr.ndim == 4:  # (N, H, W, C) frames: lay them out, each enlarged by a whole factor (crisp pixels)
        n, h, w = arr.shape[:3]
        cols = math.ceil(math.sqrt(n))
        rows = math.ceil(n / cols)
        pad = c.px(3)
        scale = max(1, min(16, (width - (cols + 1) * pad) // (cols * w), (height - (rows + 1) * pad) // (rows * h)))
        arr = make_grid(arr, ncols=cols, padding=pad, pad_value=255, scale=scale)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    image = Image.fromarray(np.ascontiguousarray(arr.astype(np.uint8))).convert("RGB")
    scale = max(1, min(width // image.width, height // image.height))
    if image.width * scale > width or image.height * scale > height:  # larger than the room: shrink
        f = min(width / image.width, height / image.height)
        return image.resize((max(1, int(image.width * f)), max(1, int(image.height * f))), Image.Resampling.LANCZOS)
    return image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)


def _draw_shares(c: _Canvas, box: tuple[int, int, int, int], pane: Mapping[str, Any], names: Sequence[str],
                 x_range: tuple[float, float], small: int) -> None:
    series = pane.get("coverage") or {}
    steps, shares = series.get("steps") or [], series.get("shares") or []
    x0, y0, x1, y1 = _axes(c, box, x_range, [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")], small)
    if not steps:
        c.paragraph(x0 + c.px(8), y0 + c.px(8), x1 - x0 - c.px(16), c.tr("No class coverage measured."), small)
        return
    lo, hi = x_range
    # One column per reading, reaching back to the previous reading: the shares of that stretch.
    for i, (step, row) in enumerate(zip(steps, shares)):
        left = _x_of(steps[i - 1] if i else lo, lo, hi, x0, x1)
        right = _x_of(step, lo, hi, x0, x1)
        bottom = float(y1)
        for k, share in enumerate(row):
            top = bottom - (y1 - y0) * float(share)
            if share > 0:
                c.draw.rectangle([left, top, max(left, right - 1), bottom], fill=CLASS_COLORS[k % len(CLASS_COLORS)])
            bottom = top
    # legend: the class names in their colours, in one or two lines under the chart
    x, y = box[0], box[1] + box[3] + c.px(4)
    for k, name in enumerate(names):
        label = class_caption(name, c.lang)
        width = c.font(label, small)[1].getlength(c.font(label, small)[0]) + c.px(26)
        if x + width > box[0] + box[2]:
            x, y = box[0], y + c.line_h(small)
        c.draw.rectangle([x, y + c.px(3), x + c.px(12), y + c.px(15)], fill=CLASS_COLORS[k % len(CLASS_COLORS)])
        c.text((x + c.px(16), y), label, small, _INK)
        x += width


def _draw_losses(c: _Canvas, box: tuple[int, int, int, int], pane: Mapping[str, Any], x_range: tuple[float, float],
                 small: int) -> None:
    log = pane.get("loss") or {}
    steps = np.asarray(log.get("step") or [], np.float64)
    x0, y0, x1, y1 = _axes(c, box, x_range, [], small)
    lo, hi = x_range
    legend = []
    for j, key in enumerate(k for k in log if k != "step"):
        values = np.asarray([np.nan if v is None else v for v in log[key]], np.float64)
        finite = np.isfinite(values)
        if finite.sum() < 2:
            continue
        vmin, vmax = float(values[finite].min()), float(values[finite].max())
        span = vmax - vmin or 1.0
        color = _LOSS_COLORS[j % len(_LOSS_COLORS)]
        pts = [(_x_of(s, lo, hi, x0, x1), y1 - c.px(4) - (y1 - y0 - c.px(8)) * (v - vmin) / span)
               for s, v, ok in zip(steps, values, finite) if ok]
        c.draw.line(pts, fill=color, width=c.px(2), joint="curve")
        legend.append((key, color, vmin, vmax))
    if not legend:
        c.paragraph(x0 + c.px(8), y0 + c.px(8), x1 - x0 - c.px(16), c.tr("No losses logged yet."), small)
    col_w = box[2] / 2
    for j, (key, color, vmin, vmax) in enumerate(legend):
        lx, ly = box[0] + (j % 2) * col_w, box[1] + box[3] + c.px(4) + (j // 2) * c.line_h(small)
        c.draw.line([(lx, ly + c.px(9)), (lx + c.px(18), ly + c.px(9))], fill=color, width=c.px(3))
        c.text((lx + c.px(24), ly), f"{key}  {vmin:.3g} … {vmax:.3g}", small, _INK, width=col_w - c.px(30))


def _recipe_text(c: _Canvas, pane: Mapping[str, Any]) -> str:
    cfg = pane.get("config") or {}
    per_step = float(pane.get("generator_updates_per_step") or 1)
    lr = cfg.get("lr")
    betas = cfg.get("gan_betas") or []
    optimiser = (f"Adam lr {lr:g}, β {betas[0]:g}/{betas[1]:g}" if isinstance(lr, (int, float)) and len(betas) == 2
                 else "")
    if per_step < 1:  # a critic trained several times per generator update
        loss = c.tr("Wasserstein critic, gradient penalty λ {gp:g}, {n} critic steps per generator step",
                    gp=float(cfg.get("gp_weight") or 0), n=round(1 / per_step))
    else:
        # one template per number: "1 generator steps" reads wrong, and Czech inflects 2-4 and 5+ apart
        template = ("{loss} loss, {norm}, one generator step per discriminator step" if round(per_step) == 1
                    else "{loss} loss, {norm}, {n} generator steps per discriminator step")
        loss = c.tr(template, loss=str(cfg.get("gan_loss") or "?"),
                    norm=c.tr("spectral norm") if cfg.get("spectral_norm") else c.tr("no spectral norm"),
                    n=round(per_step))
    return " · ".join(t for t in (loss, optimiser) if t)


def render_duel_figure(log: Mapping[str, Any], frames: Sequence[np.ndarray | None], width: int = 1600,
                       lang: str = "en") -> np.ndarray:
    """The duel as one image: recipe, each pane's grid, class shares and losses, and both coverage curves.

    Parameters
    ----------
    log : mapping
        A duel log (:meth:`latentlab.train.duel.DuelLog.to_dict`, or ``duel.json``'s data).
    frames : sequence
        Per pane, its newest sample grid: ``(N, H, W, C)`` frames or one ``(H, W[, C])`` sheet
        (None where there is none yet).
    width : int, optional
        Figure width in pixels (800 to 4000); the height follows the content.
    lang : str, optional
        Language of the headings and captions (``"en"``, ``"cs"``, ``"zh_CN"``, ``"zh_TW"``).

    Returns
    -------
    numpy.ndarray
        uint8 ``(H, width, 3)`` RGB image on white.
    """
    panes = list(log.get("panes") or [])
    if len(panes) != 2 or len(frames) != 2:
        raise ValueError(f"a duel figure needs two panes and two grids, got {len(panes)} and {len(frames)}")
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or not 800 <= width <= 4000:
        raise ValueError(f"width={width!r} must be an int from 800 to 4000 pixels")
    lang = caption_language(lang)
    c = _Canvas(int(width), 4000, lang)
    title, h1, body, small = c.size(34, 22), c.size(24, 18), c.size(18, 14), c.size(15, 12)
    margin, gap = c.px(40), c.px(36)
    names = [str(n) for n in (log.get("class_names") or [])]
    x_range = _step_range(panes)

    # title and recipe
    y = margin
    c.text((margin, y), c.tr("{a} vs {b}: one recipe, two losses", a=panes[0].get("name", "?"),
                             b=panes[1].get("name", "?")), title, bold=True)
    y += c.line_h(title)
    cfg = panes[0].get("config") or {}
    # Both panes' clock is generator updates (latentlab/train/duel.py): the WGAN-GP ran more batches.
    sub = c.tr("recipe {preset} · dataset {dataset} · seed {seed} · width {width} · batch {batch} · {steps} generator "
               "steps of each", preset=log.get("preset", "?"), dataset=cfg.get("dataset", "?"), seed=cfg.get("seed", "?"),
               width=cfg.get("base_channels", "?"), batch=cfg.get("batch_size", "?"),
               steps=f"{max(int(p.get('steps') or 0) for p in panes):,}")
    y += c.paragraph(margin, y, width - 2 * margin, sub, body) + c.px(18)

    # the two panes
    col_w = (width - 2 * margin - gap) // 2
    top = y
    bottom = y
    grid_h = c.px(480)
    chart_h = c.px(200)
    for i, (pane, grid) in enumerate(zip(panes, frames)):
        x = margin + i * (col_w + gap)
        color = PANE_COLORS[i % len(PANE_COLORS)]
        yy = top
        c.text((x, yy), str(pane.get("name", "?")), h1, color, bold=True, width=col_w)
        yy += c.line_h(h1)
        yy += c.paragraph(x, yy, col_w, _recipe_text(c, pane), small)
        # two lines of recipe for both panes, so the grids start level
        yy = max(yy, top + c.line_h(h1) + 2 * c.line_h(small)) + c.px(6)
        image = _grid_image(grid, col_w, grid_h, c)
        if image is not None:
            gx = x + (col_w - image.width) // 2
            c.image.paste(image, (gx, yy))
            c.draw.rectangle([gx - 1, yy - 1, gx + image.width, yy + image.height], outline=_RULE)
            step = pane.get("samples_step")
            c.text((x + col_w / 2, yy + image.height + c.px(4)),
                   c.tr("after {steps} steps", steps=f"{int(step):,}") if step is not None else "", small, _MUTED,
                   anchor="ma")
        # both panes' grids have one size (same frames); without a grid, room for one
        yy += max((g.height for g in (_grid_image(f, col_w, grid_h, c) for f in frames) if g is not None),
                  default=grid_h) + c.line_h(small) + c.px(14)
        c.text((x, yy), c.tr("Class shares of the fixed batch"), body, _INK, bold=True)
        yy += c.line_h(body)
        _draw_shares(c, (x, yy, col_w, chart_h), pane, names, x_range, small)
        legend_rows = 0
        if names:
            per_row = max(1, int(col_w // c.px(90)))
            legend_rows = math.ceil(len(names) / per_row)
        yy += chart_h + c.px(6) + max(1, legend_rows) * c.line_h(small) + c.px(14)
        c.text((x, yy), c.tr("Losses (each scaled to its own range)"), body, _INK, bold=True)
        yy += c.line_h(body)
        _draw_losses(c, (x, yy, col_w, chart_h), pane, x_range, small)
        yy += chart_h + c.px(6) + 2 * c.line_h(small)
        bottom = max(bottom, yy)

    # both coverage curves on one chart
    y = bottom + c.px(20)
    c.text((margin, y), c.tr("Class coverage over the steps"), h1, bold=True)
    y += c.line_h(h1)
    y += c.paragraph(margin, y, width - 2 * margin,
                     c.tr("Normalised class entropy of the fixed batch as the dataset's classifier reads it: 1 = every "
                          "class equally often, 0 = one class only (mode collapse). Dashed: what a perfect generator's "
                          "batch of this size reaches by chance."), small) + c.px(6)
    box = (margin, y, width - 2 * margin, c.px(300))
    x0, y0, x1, y1 = _axes(c, box, x_range, [(v, f"{v:g}") for v in (0.0, 0.25, 0.5, 0.75, 1.0)], small)
    lo, hi = x_range
    sizes = [n for p in panes for n in ((p.get("coverage") or {}).get("n") or []) if n]
    if sizes and len(names) >= 2 and min(sizes) >= 2:
        ceiling = sampling_ceiling(int(min(sizes)), len(names))
        yy = y1 - (y1 - y0) * ceiling
        for xx in range(int(x0), int(x1), c.px(12)):
            c.draw.line([(xx, yy), (min(xx + c.px(6), x1), yy)], fill=_MUTED, width=c.px(2))
    legend = []
    for i, pane in enumerate(panes):
        series = pane.get("coverage") or {}
        steps, entropy = series.get("steps") or [], series.get("entropy") or []
        color = PANE_COLORS[i % len(PANE_COLORS)]
        pts = [(_x_of(s, lo, hi, x0, x1), y1 - (y1 - y0) * float(e)) for s, e in zip(steps, entropy)]
        if len(pts) >= 2:
            c.draw.line(pts, fill=color, width=c.px(3), joint="curve")
        for px_, py_ in pts:
            r = c.px(4)
            c.draw.ellipse([px_ - r, py_ - r, px_ + r, py_ + r], fill=color)
        end = (c.tr("{value} at step {step}", value=f"{entropy[-1]:.2f}", step=f"{steps[-1]:,}") if entropy
               else c.tr("not measured"))
        legend.append((f"{pane.get('name', '?')}: {end}", color))
    ly = box[1] + box[3] + c.px(6)
    lx = margin
    for label, color in legend:
        c.draw.line([(lx, ly + c.px(10)), (lx + c.px(24), ly + c.px(10))], fill=color, width=c.px(4))
        c.text((lx + c.px(30), ly), label, body, _INK)
        text, font = c.font(label, body)
        lx += font.getlength(text) + c.px(70)
    y = ly + c.line_h(body) + c.px(10)
    y += c.paragraph(margin, y, width - 2 * margin,
                     c.tr("One short run of each shows what this seed did, not how often a recipe collapses: "
                          "try a few seeds before drawing a conclusion. Made with latentlab (live training, "
                          "GAN vs WGAN-GP)."), small)
    return np.ascontiguousarray(np.asarray(c.crop(y + margin), dtype=np.uint8))


def save_duel_figure(path: str | os.PathLike[str], log: Mapping[str, Any], frames: Sequence[np.ndarray | None],
                     model_files: Sequence[str | os.PathLike[str] | None] = (), width: int = 1600,
                     lang: str = "en", source: str = "latentlab live training (GAN vs WGAN-GP)") -> Path:
    """Draw :func:`render_duel_figure` into ``path`` (PNG) with its JSON sidecar.

    The sidecar records the duel's log (recipes, loss curves and coverage series: the figure's
    numbers) and, for each pane whose model file exists, its record (name, SHA-256, kind), so the
    models behind the figure can be found again.

    Raises
    ------
    ExportError
        If the PNG or its sidecar cannot be written.
    """
    from latentlab.core.export import save_png
    from latentlab.core.sidecar import model_record

    figure = render_duel_figure(log, frames, width=width, lang=lang)
    models = []
    for pane, file in zip(log.get("panes") or [], list(model_files) + [None] * 2):
        models.append(model_record(file, name=pane.get("name")) if file and Path(file).is_file() else None)
    sidecar = {"mode": "duel", "source": source, "width": int(width), "lang": caption_language(lang),
               "models": models, "duel": dict(log)}
    return save_png(path, figure, sidecar=sidecar)
