"""The one figure of the VAE-vs-GAN comparison, drawn with Pillow: :func:`render_figure`.

Title and warnings, the same-seed samples of every model, their reconstructions of real
images, class coverage and training losses, the metrics table and the checked claims, on one
slide-ready image. The pictures come from :mod:`latentlab.core.evidence`, the numbers and
verdicts from :mod:`latentlab.core.claims`; this module only lays them out. Nothing here
imports Qt: ``latentlab compare`` and the GUI's compare view both save this figure.

Slightly over 600 lines on purpose: the sections share one style and canvas and are drawn
in order, so splitting them across modules would scatter one layout.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np
from PIL import Image, ImageDraw

# The claims' private text helpers are shared so that the figure words numbers exactly as the
# claims table does.
from latentlab.core import families
from latentlab.core.claims import (
    CLAIMS,
    VERDICTS,
    _commands,
    _kind,
    _listing,
    _method_text,
    _percent,
    _short,
    comparison_table,
    compatibility,
    coverage_bars,
    loss_stability,
)
from latentlab.core.caption_text import caption, caption_language, class_caption, list_separator, local_number
from latentlab.core.drawing import caption_fonts, font_for, make_grid, printable, wrap_text
from latentlab.core.evidence import _class_index, reconstruction_row, same_seed_samples
from latentlab.core.metric_table import (
    CURVE_COLORS,
    METRIC_ROWS,
    PLOTTED_CURVES,
    VERDICT_COLORS,
    best_index,
    eval_results,
    finite_number,
    floor_value,
    format_metric,
)
from latentlab.core.metric_table import fmt_number as _fmt
from latentlab.core.metric_table import metric as _metric

__all__ = ["render_figure"]


# --------------------------------------------------------------------------------------------
# the figure
# --------------------------------------------------------------------------------------------

Color = tuple[int, int, int]

_WHITE: Color = (255, 255, 255)
_INK: Color = (28, 28, 30)
_MUTED: Color = (96, 99, 104)
_RULE: Color = (208, 210, 214)
_SHADE: Color = (245, 246, 248)
_BEST: Color = (220, 241, 224)
_WARN: Color = (168, 72, 0)
#: one colour per model, in pane order; colour-blind-safe (Okabe-Ito)
_MODEL_COLORS: tuple[Color, ...] = ((0, 114, 178), (213, 94, 0), (0, 158, 115), (204, 121, 167))
_OTHER_CURVES: tuple[Color, ...] = ((86, 180, 233), (240, 228, 66), (120, 120, 120))
# Stand-ins only for a character no shipped font has (see latentlab.core.drawing).
_FALLBACKS = {"—": " - ", "–": "-", "→": "->", "←": "<-", "×": "x", "≈": "~", "≤": "<=", "≥": ">=",
              "ψ": "psi", "σ": "sigma", "β": "beta", "²": "^2", "−": "-", "‘": "'", "’": "'",
              "“": '"', "”": '"'}


def _printable(text: str, font: Any = None) -> str:
    return printable(text, _FALLBACKS, font)


def _in_font(text: str, font: Any) -> tuple[str, Any]:
    """``text`` and the shipped font of ``font``'s size that draws it (Latin, or CJK for Chinese)."""
    chosen = font_for(text, font.size) if hasattr(font, "size") else font
    return _printable(text, chosen), chosen


class _Style:
    """Sizes of one figure, all proportional to its width so every width looks the same."""

    def __init__(self, width: int, lang: str = "en"):
        self.width = width
        self.lang = lang
        k = width / 1600

        def px(v: float) -> int:
            return max(1, round(v * k))

        self.px = px
        self.margin = px(40)
        self.gap = px(28)
        self.section = px(34)
        # Text shrinks with narrow figures only down to what stays legible.
        self.title, self.h1, self.h2, self.body, self.small = (
            caption_fonts(max(floor, px(v)))[0] for v, floor in ((34, 22), (24, 18), (20, 15), (17, 13), (15, 12)))

    def tr(self, text: str, /, **values: Any) -> str:
        """A heading or caption in the figure's language (:mod:`latentlab.core.caption_text`)."""
        return caption(text, self.lang, **values)

    def num(self, value: float | None, spec: str | None = None) -> str:
        """A figure written the language's way (decimal comma in Czech)."""
        if value is None:
            return "-"
        return local_number(_fmt(value) if spec is None else format(value, spec), self.lang)

    def line(self, font: Any) -> int:
        ascent, descent = font.getmetrics()
        return round((ascent + descent) * 1.25)


class _Sheet:
    """A white canvas of the figure's width that grows downwards section by section."""

    def __init__(self, style: _Style, height: int):
        self.style = style
        self.image = Image.new("RGB", (style.width, height), _WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def text(self, xy: tuple[float, float], text: str, font: Any, fill: Color = _INK, bold: bool = False,
             anchor: str = "la") -> None:
        # A thin stroke in the text colour is the only "bold" the bundled font offers.
        stroke = max(0.3, font.size / 40) if bold and hasattr(font, "size") else 0
        text, font = _in_font(text, font)
        self.draw.text(xy, text, font=font, fill=fill, anchor=anchor,
                       stroke_width=stroke, stroke_fill=fill)

    def fit(self, text: str, font: Any, width: float) -> str:
        """``text`` shortened with "..." to fit ``width`` pixels."""
        text, font = _in_font(text, font)
        if font.getlength(text) <= width:
            return text
        while text and font.getlength(text + "...") > width:
            text = text[:-1]
        return text + "..."

    def panel_title(self, box: tuple[int, int, int, int], title: str, color: Color) -> int:
        """Draw a chart panel's bold title at the top of ``box``; returns the y where its body starts."""
        s = self.style
        x, y, w, _ = box
        self.text((x, y), self.fit(title, s.body, w), s.body, color, bold=True)
        return y + s.line(s.body) + s.px(4)

    def paragraph(self, x: float, y: float, width: float, text: str, font: Any, fill: Color = _INK,
                  bold: bool = False) -> int:
        """Draw ``text`` wrapped to ``width``; returns the height used."""
        lines = wrap_text(*_in_font(text, font), width)
        step = self.style.line(font)
        for i, line in enumerate(lines):
            self.text((x, y + i * step), line, font, fill, bold)
        return step * len(lines)

    def heading(self, y: int, text: str, note: str = "") -> int:
        s = self.style
        self.text((s.margin, y), text, s.h1, bold=True)
        h = s.line(s.h1)
        if note:
            h += self.paragraph(s.margin, y + h, s.width - 2 * s.margin, note, s.small, _MUTED)
        self.draw.line([(s.margin, y + h + s.px(4)), (s.width - s.margin, y + h + s.px(4))], fill=_RULE,
                       width=s.px(1))
        return h + s.px(14)

    def crop(self, height: int) -> Image.Image:
        return self.image.crop((0, 0, self.style.width, max(1, height)))


def _to_rgb(frame: np.ndarray) -> Image.Image:
    if frame.shape[2] == 1:
        return Image.fromarray(np.ascontiguousarray(frame[:, :, 0]), "L").convert("RGB")
    return Image.fromarray(np.ascontiguousarray(frame), "RGB")


def _columns(style: _Style, count: int) -> list[tuple[int, int]]:
    """(x, width) of ``count`` equal columns between the margins."""
    inner = style.width - 2 * style.margin - (count - 1) * style.gap
    w = inner // count
    return [(style.margin + i * (w + style.gap), w) for i in range(count)]


def _describe(card: dict[str, Any], model: Any, label: Any, lang: str = "en") -> tuple[str, str]:
    """The two lines under a pane's name: kind and dataset; latent size and the classes shown."""
    arch = str(card.get("arch") or getattr(model, "arch", "") or "")
    family = families.maybe_family_of({"arch": arch, "kind": card.get("kind")}) if arch else None
    kind = caption(family.title, lang) if family else (f"{str(card.get('kind') or '?').upper()} ({arch})" if arch else "?")
    second = caption("{dim}-d latent", lang, dim=model.latent_dim)
    if model.conditional:
        k = _class_index(model, label)
        second += " · " + (caption("class {name}", lang, name=class_caption(model.class_names[k], lang))
                           if k is not None else caption("each class in turn", lang))
    return f"{kind} · {card.get('dataset') or caption('no dataset', lang)}", second


def _draw_title(style: _Style, names: list[str], cards: Sequence[dict[str, Any]], seed: int, n: int,
                warnings: list[str]) -> Image.Image:
    sheet = _Sheet(style, 2000)
    s, y = style, style.margin
    kinds = [_kind(c).upper() or "?" for c in cards]
    sheet.text((s.margin, y), " vs ".join(f"{nm} ({k})" for nm, k in zip(names, kinds)), s.title, bold=True)
    y += s.line(s.title)
    datasets = sorted({str(c.get("dataset")) for c in cards if c.get("dataset")})
    sub = (s.tr("Side-by-side evidence for the VAE-vs-GAN claims · seed {seed} · {n} samples per model",
                seed=seed, n=n) + (s.tr(" · dataset {names}", names=list_separator(s.lang).join(datasets))
                                   if datasets else ""))
    y += sheet.paragraph(s.margin, y, s.width - 2 * s.margin, sub, s.body, _MUTED)
    for text in warnings:
        y += s.px(4)
        y += sheet.paragraph(s.margin, y, s.width - 2 * s.margin, s.tr("Note: {note}", note=text), s.body, _WARN)
    return sheet.crop(y)


def _draw_samples(style: _Style, models: Sequence[Any], cards: Sequence[dict[str, Any]], names: list[str],
                  frames: list[np.ndarray], seed: int, label: Any) -> Image.Image:
    sheet = _Sheet(style, 3000)
    s = style
    y = sheet.heading(0, s.tr("Samples: each model decodes its own prior draws from seed {seed}", seed=seed),
                      s.tr("Nothing is picked by hand: every model shows the first {n} latents of the same seed, "
                           "drawn from its own prior.", n=len(frames[0])))
    top = y
    bottom = y
    for i, ((x, w), model, card, name, batch) in enumerate(zip(_columns(s, len(models)), models, cards, names,
                                                                frames)):
        color = _MODEL_COLORS[i % len(_MODEL_COLORS)]
        yy = top
        sheet.text((x + w / 2, yy), sheet.fit(name, s.h2, w), s.h2, color, bold=True, anchor="ma")
        yy += s.line(s.h2)
        # Two description lines for every pane, so the grids of all panes start at one height.
        for line in _describe(card, model, label, s.lang):
            sheet.text((x + w / 2, yy), sheet.fit(line, s.body, w), s.body, _MUTED, anchor="ma")
            yy += s.line(s.body)
        yy += s.px(4)
        cols = math.ceil(math.sqrt(len(batch)))
        rows = math.ceil(len(batch) / cols)
        _, h, wd, _ = batch.shape
        pad = s.px(3)
        # Integer scaling keeps every generated pixel a crisp square (no resampling blur to
        # mistake for the model's own blur); the cap keeps 2-model figures from growing huge.
        scale = max(1, min(16, (w - (cols + 1) * pad) // (cols * wd), s.px(470) // (rows * h)))
        grid = _to_rgb(make_grid(batch, ncols=cols, padding=pad, pad_value=255, scale=scale))
        gx = x + (w - grid.width) // 2
        sheet.image.paste(grid, (gx, yy))
        sheet.draw.rectangle([gx - 1, yy - 1, gx + grid.width, yy + grid.height], outline=_RULE)
        bottom = max(bottom, yy + grid.height)
    return sheet.crop(bottom + s.px(4))


def _draw_reconstructions(style: _Style, names: list[str], recon: dict[str, Any]) -> Image.Image:
    sheet = _Sheet(style, 2000)
    s = style
    y = sheet.heading(0, s.tr("Reconstructions of real test images"),
                      s.tr("VAEs encode an image and decode the code in one pass; GANs have no encoder, so the "
                           "latent is searched by optimisation (inversion). Under each image: its pixel MSE."))
    originals = recon["originals"]
    k, h, wd, _ = originals.shape
    strips = [(s.tr("real images"), s.tr("from the bundled test sample"), None, originals, [], _INK)]
    for i, (name, entry) in enumerate(zip(names, recon["models"])):
        strips.append((name, _method_text(entry, s.lang), entry, entry["images"], entry["errors"],
                       _MODEL_COLORS[i % len(_MODEL_COLORS)]))
    cols = _columns(s, len(strips))
    pad = s.px(6)
    cell = min(w for _, w in cols)
    scale = max(1, min(16, (cell - (k - 1) * pad) // (k * wd), s.px(150) // h))
    # Per-image errors only where every caption fits under its tile; the mean is always shown.
    captions = all(s.small.getlength(_short(e, s.lang)) <= wd * scale + pad - s.px(2)
                   for *_, errors, _ in strips for e in errors)
    bottom = y
    for (x, w), (title, sub, entry, images, errors, color) in zip(cols, strips):
        errors = errors if captions else []
        yy = y
        sheet.text((x, yy), sheet.fit(title, s.h2, w), s.h2, color, bold=True)
        yy += s.line(s.h2)
        sheet.text((x, yy), sheet.fit(sub, s.small, w), s.small, _MUTED)
        yy += s.line(s.small) + s.px(4)
        if images is None:
            yy += sheet.paragraph(x, yy, w, s.tr("not shown: {reason}", reason=entry["problem"]), s.body, _WARN)
            bottom = max(bottom, yy)
            continue
        row_w = k * wd * scale + (k - 1) * pad
        x0 = x + (w - row_w) // 2
        for j in range(k):
            tile = _to_rgb(images[j]).resize((wd * scale, h * scale), Image.NEAREST)
            tx = x0 + j * (wd * scale + pad)
            sheet.image.paste(tile, (tx, yy))
            if errors:
                sheet.text((tx + wd * scale / 2, yy + h * scale + s.px(3)), _short(errors[j], s.lang), s.small, _MUTED,
                           anchor="ma")
        yy += h * scale + (s.line(s.small) + s.px(3) if errors else 0)
        if entry is not None and entry["mean_error"] is not None:
            sheet.text((x + w / 2, yy + s.px(2)), s.tr("mean MSE {value}", value=s.num(entry["mean_error"])), s.body, _INK,
                       anchor="ma")
            yy += s.line(s.body)
        bottom = max(bottom, yy)
    return sheet.crop(bottom + s.px(4))


def _nice_top(value: float) -> float:
    """Smallest of 1, 2, 2.5, 5 × 10^k at or above ``value``: a round axis maximum."""
    if value <= 0:
        return 1.0
    base = 10 ** math.floor(math.log10(value))
    return next(m * base for m in (1, 2, 2.5, 5, 10) if m * base >= value - 1e-12)


def _draw_coverage(sheet: _Sheet, box: tuple[int, int, int, int], name: str, card: dict[str, Any],
                   color: Color) -> None:
    s = sheet.style
    x, y, w, h = box
    y0 = sheet.panel_title(box, sheet.style.tr("{name}: classes the classifier sees", name=name), color)
    class_names, fractions = coverage_bars(card)
    if not fractions:
        sheet.paragraph(x, y0 + s.px(8), w, s.tr("Not measured: no evaluation in the model card; run `latentlab "
                                                 "eval {name}` (or measure it in the app).", name=name), s.body, _MUTED)
        return
    k = len(fractions)
    top = _nice_top(max(max(fractions), 1 / k) * 1.1)
    label_w = max(s.small.getlength(_percent(t, s.lang)) for t in (0.0, top / 2, top)) + s.px(8)
    names = [class_caption(c, s.lang) for c in class_names]
    px_per_bar = (w - label_w) / k
    # Class names run horizontally when they fit under their bar, else vertically (fashion
    # classes such as "T-shirt/top" are too long for ten bars side by side).
    vertical = max(s.small.getlength(n) for n in names) > px_per_bar - s.px(2)
    name_h = (min(max(s.small.getlength(n) for n in names), s.px(90)) if vertical else 0) + s.line(s.small)
    caption_h = 2 * s.line(s.small)
    plot = (x + label_w, y0 + s.px(8), x + w, y + h - name_h - caption_h - s.px(6))
    px0, py0, px1, py1 = plot
    for t in (0.0, top / 2, top):
        ty = py1 - (py1 - py0) * t / top
        sheet.draw.line([(px0, ty), (px1, ty)], fill=_SHADE if t else _RULE, width=1)
        sheet.text((px0 - s.px(6), ty), _percent(t, s.lang), s.small, _MUTED, anchor="rm")
    bw = (px1 - px0) / k
    for j, (frac, cname) in enumerate(zip(fractions, names)):
        bx = px0 + j * bw
        sheet.draw.rectangle([bx + bw * 0.15, py1 - (py1 - py0) * frac / top, bx + bw * 0.85, py1], fill=color)
        if vertical:
            text = sheet.fit(cname, s.small, s.px(90))
            tw = math.ceil(s.small.getlength(text)) + 2
            ascent, descent = s.small.getmetrics()
            label = Image.new("RGB", (tw, ascent + descent), _WHITE)
            ImageDraw.Draw(label).text((0, 0), text, font=s.small, fill=_INK)
            label = label.rotate(90, expand=True)
            sheet.image.paste(label, (round(bx + bw / 2 - label.width / 2), round(py1 + s.px(4))))
        else:
            sheet.text((bx + bw / 2, py1 + s.px(4)), cname, s.small, _INK, anchor="ma")
    # Dashed line at 1/K: where every bar would be if the model covered all classes evenly.
    ey = py1 - (py1 - py0) * (1 / k) / top
    dash = s.px(6)
    for dx in range(int(px0), int(px1), 2 * dash):
        sheet.draw.line([(dx, ey), (min(dx + dash, px1), ey)], fill=_INK, width=s.px(2))
    ev = eval_results(card) or {}
    text = s.tr("dashed: even ({even}) · entropy {entropy} · rarest {rarest} · commonest {commonest}",
                even=s.num(1 / k, ".1%"), entropy=s.num(finite_number(ev.get("coverage_entropy"))),
                rarest=s.num(finite_number(ev.get("coverage_min_fraction")) or 0, ".1%"),
                commonest=s.num(finite_number(ev.get("coverage_max_fraction")) or 0, ".1%"))
    if ev.get("n"):
        text += s.tr(" · {n} samples", n=s.num(int(ev["n"]), ","))
    sheet.paragraph(x, y + h - caption_h, w, text, s.small, _MUTED)


def _draw_losses(sheet: _Sheet, box: tuple[int, int, int, int], name: str, card: dict[str, Any],
                 color: Color) -> None:
    s = sheet.style
    x, y, w, h = box
    y0 = sheet.panel_title(box, sheet.style.tr("{name}: training losses", name=name), color)
    log = card.get("training_log")
    curves = {}
    if isinstance(log, dict):
        for key, values in log.items():
            if key == "step" or not isinstance(values, (list, tuple)):
                continue
            arr = np.array([finite_number(v) if finite_number(v) is not None else np.nan for v in values], dtype=float)
            if np.isfinite(arr).sum() >= 2:
                curves[key] = arr
        # Only the objectives themselves when the log has them: the GAN's raw critic scores
        # (d_real, d_fake) would double the number of jagged lines without telling more.
        main = {k: v for k, v in curves.items() if k in PLOTTED_CURVES}
        curves = main or curves
    if not curves:
        sheet.paragraph(x, y0 + s.px(8), w, s.tr("No training log in the model card."), s.body, _MUTED)
        return
    steps = np.array(log.get("step") or [], dtype=float)
    length = max(len(v) for v in curves.values())
    if len(steps) != length:
        steps = np.arange(1, length + 1, dtype=float)
    # At least two legend rows and two caption lines, so VAE and GAN panels get plots of one size.
    legend_h = max(2, math.ceil(len(curves) / 2)) * s.line(s.small)
    caption_h = 2 * s.line(s.small)
    px0, py0, px1, py1 = x + s.px(8), y0 + s.px(8), x + w - s.px(8), y + h - legend_h - caption_h - s.line(s.small)
    sheet.draw.rectangle([px0, py0, px1, py1], outline=_RULE)
    lo, hi = float(np.nanmin(steps)), float(np.nanmax(steps))
    mid = steps[len(steps) // 2]
    # The second half, where the oscillation figure of the claims table is measured.
    mx = px0 + (px1 - px0) * (mid - lo) / (hi - lo or 1)
    sheet.draw.rectangle([mx, py0 + 1, px1 - 1, py1 - 1], fill=_SHADE)
    legend = []
    for j, (key, arr) in enumerate(curves.items()):
        c = CURVE_COLORS.get(key, _OTHER_CURVES[j % len(_OTHER_CURVES)])
        vmin, vmax = float(np.nanmin(arr)), float(np.nanmax(arr))
        span = vmax - vmin or 1.0
        inner = s.px(6)
        pts = [(px0 + (px1 - px0) * (st - lo) / (hi - lo or 1),
                py1 - inner - (py1 - py0 - 2 * inner) * (v - vmin) / span)
               for st, v in zip(steps, arr) if np.isfinite(v)]
        sheet.draw.line(pts, fill=c, width=s.px(2), joint="curve")
        legend.append((key, c, vmin, vmax))
    sheet.text((px0, py1 + s.px(3)), s.tr("step {step}", step=s.num(lo, ",.0f")), s.small, _MUTED)
    sheet.text((px1, py1 + s.px(3)), s.num(hi, ",.0f"), s.small, _MUTED, anchor="ra")
    ly = py1 + s.line(s.small)
    col_w = (px1 - px0) / 2
    for j, (key, c, vmin, vmax) in enumerate(legend):
        lx = px0 + (j % 2) * col_w
        yy = ly + (j // 2) * s.line(s.small)
        sheet.draw.line([(lx, yy + s.px(8)), (lx + s.px(18), yy + s.px(8))], fill=c, width=s.px(3))
        sheet.text((lx + s.px(24), yy), sheet.fit(s.tr("{curve}  {low} to {high}", curve=s.tr(key), low=s.num(vmin),
                                                       high=s.num(vmax)), s.small, col_w - s.px(28)), s.small, _INK)
    try:
        st = loss_stability(log)
        text = s.tr("oscillation of {curve} (shaded half): {value} · each curve scaled to its own range",
                    curve=s.tr(st["curve"]), value=s.num(st["oscillation"]))
    except ValueError:
        text = s.tr("each curve scaled to its own range")
    sheet.paragraph(x, y + h - caption_h, w, text, s.small, _MUTED)


def _draw_panels(style: _Style, names: list[str], cards: Sequence[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 3000)
    # A row of "not measured" boxes would be a wall of white: without any evaluation the
    # coverage row is left out and the heading says so.
    coverage = any(coverage_bars(c)[1] for c in cards)
    if coverage:
        y = sheet.heading(0, style.tr("Class coverage and training curves"),
                          style.tr("Top: share of generated samples the dataset classifier puts in each class "
                                   "(mode collapse shows as missing or tall bars). Bottom: the losses logged during "
                                   "training."))
    else:
        y = sheet.heading(0, style.tr("Training curves"),
                          style.tr("The losses logged during training. Class coverage is not measured: no model card "
                                   "holds an evaluation (latentlab eval)."))
    cols = _columns(s, len(cards))
    # Room for the title, axis labels, legend and captions at their (legible) font sizes plus a
    # plot of at least ~130 px, however narrow the figure.
    panel_h = max(s.px(290), s.line(s.body) + 7 * s.line(s.small) + 130)
    losses_y = y + panel_h + s.gap if coverage else y
    for i, ((x, w), name, card) in enumerate(zip(cols, names, cards)):
        color = _MODEL_COLORS[i % len(_MODEL_COLORS)]
        if coverage:
            _draw_coverage(sheet, (x, y, w, panel_h), name, card, color)
        _draw_losses(sheet, (x, losses_y, w, panel_h), name, card, color)
    return sheet.crop(losses_y + panel_h + s.px(4))


def _metric_cell(card: dict[str, Any], key: str, lang: str = "en") -> tuple[str, float | None]:
    value = _metric(card, key)
    return format_metric(key, value, card, lang=lang), value


def _draw_metrics(style: _Style, names: list[str], cards: Sequence[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 2000)
    y = sheet.heading(0, style.tr("Measured figures"),
                      style.tr("From each model card (latentlab eval), measured in the dataset classifier's feature "
                               "space against real test images. Real vs real: the same figure between two sets of "
                               "real images, what a perfect generator would score. Best model per row shaded."))
    inner = s.width - 2 * s.margin
    if any(eval_results(c) for c in cards):
        y = _draw_metric_rows(sheet, y, names, cards)
    missing = [n for n, c in zip(names, cards) if eval_results(c) is None]
    if missing:
        y += s.px(6)
        text = (s.tr("Not measured for {models}: {commands} writes the figures into the model card.",
                     models=missing[0], commands=_commands(missing, s.lang)) if len(missing) == 1 else
                s.tr("Not measured for {models}: {commands} write the figures into the model cards.",
                     models=_listing(missing, s.lang), commands=_commands(missing, s.lang)))
        y += sheet.paragraph(s.margin, y, inner, text, s.body, _WARN)
    return sheet.crop(y + s.px(4))


def _draw_metric_rows(sheet: _Sheet, y: int, names: list[str], cards: Sequence[dict[str, Any]]) -> int:
    """The metrics table's header and rows from ``y`` down; returns the y below them."""
    s = sheet.style
    inner = s.width - 2 * s.margin
    first, second = s.px(250), s.px(200)
    rest = (inner - first - second) / (len(cards) + 1)
    xs = [s.margin, s.margin + first] + [s.margin + first + second + j * rest for j in range(len(cards) + 1)]
    widths = [first, second] + [rest] * (len(cards) + 1)
    row_h = s.line(s.body) + s.px(8)
    header = [s.tr("figure"), s.tr("better")]
    subs = ["", ""]
    for card, name in zip(cards, names):
        header.append(name)
        ev = eval_results(card)
        subs.append(s.tr("{n} samples", n=s.num(int(ev["n"]), ",")) if ev and ev.get("n") else s.tr("not evaluated"))
    header.append(s.tr("real vs real"))
    subs.append(s.tr("floor"))
    for j, (hx, hw, text, sub) in enumerate(zip(xs, widths, header, subs)):
        color = _MODEL_COLORS[(j - 2) % len(_MODEL_COLORS)] if 2 <= j < 2 + len(cards) else _INK
        sheet.text((hx + s.px(6), y), sheet.fit(text, s.body, hw - s.px(10)), s.body, color, bold=True)
        if sub:
            sheet.text((hx + s.px(6), y + s.line(s.body)), sheet.fit(sub, s.small, hw - s.px(10)), s.small, _MUTED)
    y += s.line(s.body) + s.line(s.small) + s.px(4)
    sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_INK, width=1)
    y += s.px(4)
    for r, (key, label, better) in enumerate(METRIC_ROWS):
        cells = [_metric_cell(card, key, s.lang) for card in cards]
        if all(v is None for _, v in cells):
            continue
        if r % 2:
            sheet.draw.rectangle([s.margin, y, s.width - s.margin, y + row_h], fill=_SHADE)
        best = best_index(key, [v for _, v in cells])
        floor_vals = sorted({format_metric(key, v, lang=s.lang) for v in (floor_value(c, key) for c in cards)
                             if v is not None})
        row = [s.tr(label), s.tr(better)] + [t for t, _ in cells] + [" / ".join(floor_vals) or "-"]
        for j, (cx, cw, text) in enumerate(zip(xs, widths, row)):
            if best is not None and j == best + 2:
                sheet.draw.rectangle([cx, y, cx + cw - s.px(4), y + row_h], fill=_BEST)
            font = s.body if j != 1 else s.small
            fill = _MUTED if j in (1, len(row) - 1) else _INK
            sheet.text((cx + s.px(6), y + row_h / 2), sheet.fit(text, font, cw - s.px(10)), font, fill,
                       anchor="lm")
        y += row_h
    return y


def _draw_claims(style: _Style, rows: list[dict[str, Any]]) -> Image.Image:
    s = style
    sheet = _Sheet(style, 4000)
    y = sheet.heading(0, style.tr("The textbook claims, checked against these models"),
                      style.tr("Supported: the figures agree with the claim for every VAE-GAN pair. Contradicted: "
                               "they do not (a difference within the noise margin does not count). Not measured: no "
                               "figure to test."))
    inner = s.width - 2 * s.margin
    pad = s.px(8)
    widths = [max(s.px(150), round(max(_in_font(s.tr(a), s.body)[1].getlength(s.tr(a)) for a, _v, _g in CLAIMS))
                  + 2 * pad + s.px(4)),
              s.px(270), s.px(270), 0,
              max(s.px(150), round(max(_in_font(s.tr(v), s.body)[1].getlength(s.tr(v)) for v in VERDICTS))
                  + 2 * pad + s.px(20))]
    widths[3] = inner - sum(widths)
    xs = [s.margin + sum(widths[:j]) for j in range(len(widths))]
    for j, title in enumerate(["aspect", "VAE claim", "GAN claim", "evidence from these models", "verdict"]):
        sheet.text((xs[j] + pad, y), s.tr(title), s.body, _INK, bold=True)
    y += s.line(s.body) + s.px(2)
    sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_INK, width=1)
    for r, row in enumerate(rows):
        texts = [s.tr(row["aspect"]), row["claim_vae"], row["claim_gan"], row["evidence"]]
        fonts = [s.body, s.small, s.small, s.small]
        wrapped = [wrap_text(*_in_font(t, f), widths[j] - 2 * pad) for j, (t, f) in enumerate(zip(texts, fonts))]
        height = max(len(lines) * s.line(f) for lines, f in zip(wrapped, fonts)) + 2 * pad
        if r % 2 == 0:
            sheet.draw.rectangle([s.margin, y + 1, s.width - s.margin, y + height], fill=_SHADE)
        for j, (lines, f) in enumerate(zip(wrapped, fonts)):
            for li, line in enumerate(lines):
                sheet.text((xs[j] + pad, y + pad + li * s.line(f)), line, f, _INK, bold=(j == 0))
        color = VERDICT_COLORS.get(row["verdict"], _MUTED)
        bar_top, bar_bottom = y + pad + s.px(2), y + pad + s.line(s.body) - s.px(2)
        sheet.draw.rectangle([xs[4] + pad, bar_top, xs[4] + pad + s.px(6), bar_bottom], fill=color)
        sheet.text((xs[4] + pad + s.px(14), y + pad), s.tr(row["verdict"]), s.body, color, bold=True)
        y += height
        sheet.draw.line([(s.margin, y), (s.width - s.margin, y)], fill=_RULE, width=1)
    return sheet.crop(y + s.px(4))


def _draw_footer(style: _Style) -> Image.Image:
    s = style
    sheet = _Sheet(style, 600)
    text = s.tr("How to read the figures: FID/KID compare feature statistics (lower is closer to real data); precision is "
            "the share of samples that look real, recall the share of real data the samples cover; the sharpness "
            "ratio is the Laplacian variance of samples over that of real images; path length is how fast the "
            "classifier's view of an image changes along a latent path. All use the dataset's own classifier, so "
            "they compare models of the same dataset, not published Inception-based numbers. Oscillation: mean "
            "step-to-step change of the generator (GAN) or total (VAE) loss over the second half of training, "
            "divided by the curve's full range. Made with latentlab compare.")
    h = sheet.paragraph(s.margin, 0, s.width - 2 * s.margin, text, s.small, _MUTED)
    return sheet.crop(h + s.margin)


def render_figure(models: Sequence[Any], cards: Sequence[dict[str, Any]], names: Sequence[str], seed: int,
                  n: int = 16, recon_images: Any = None, recon_labels: Sequence[int] | None = None,
                  width: int = 1600, *, label: int | str | None = None, invert_steps: int = 200,
                  notes: Sequence[str] = (), lang: str = "en") -> np.ndarray:
    """The whole comparison as one slide-ready image.

    From top to bottom, every section spanning the width between equal margins:

    1. title (model names and kinds), seed and dataset, then the :func:`compatibility`
       warnings and any ``notes`` (e.g. models that failed to load);
    2. one pane per model, left to right in the given order, each in its own equal column:
       name, kind, dataset and latent size above a square grid of :func:`same_seed_samples`,
       enlarged by an integer factor (crisp pixels);
    3. when ``recon_images`` are given: the real images, then each model's
       :func:`reconstruction_row` (method, per-image and mean pixel MSE);
    4. per model: the class-coverage bar chart (:func:`coverage_bars`, dashed line at an even
       share) and the training-loss curves (each scaled to its own range, legend with the
       real ranges, the second half shaded where :func:`loss_stability` measures);
    5. the metrics table (FID, KID, precision, recall, sharpness ratio, class entropy, path
       length, reconstruction MSE) with the real-vs-real floor column, best model shaded;
    6. the :func:`comparison_table` with its verdicts, text wrapped to the columns;
    7. a footnote on how to read the figures.

    Parameters
    ----------
    models : sequence of Generator
        One to four models.
    cards : sequence of dict
        Their model cards (``model.card``), in the same order.
    names : sequence of str
        Their display names, in the same order.
    seed : int
        Seed of the samples.
    n : int, optional
        Samples per model pane.
    recon_images : array or tensor, optional
        ``(k, C, H, W)`` real images in [0, 1] for the reconstruction row; none when omitted.
    recon_labels : sequence of int, optional
        Their classes (conditional models need them).
    width : int, optional
        Figure width in pixels (800 to 4000); sizes scale with it, the height follows the content.
    label : int or str, optional
        Class for conditional models' samples; default: classes in turn.
    invert_steps : int, optional
        Optimisation steps of each GAN inversion.
    notes : sequence of str, optional
        Extra lines shown under the title with the compatibility warnings.
    lang : str, optional
        Language of every word the figure writes: ``"en"``, ``"cs"``, ``"zh_CN"`` or ``"zh_TW"``
        (:mod:`latentlab.core.caption_text`), numbers included (decimal comma in Czech); ``notes``
        are drawn as given (the caller words them).

    Returns
    -------
    numpy.ndarray
        uint8 ``(H, width, 3)`` RGB image on a white background.
    """
    if not models:
        raise ValueError("render_figure needs at least one model")
    if not len(models) == len(cards) == len(names):
        raise ValueError(f"{len(models)} models, {len(cards)} cards and {len(names)} names: give one of each per model")
    if len(models) > len(_MODEL_COLORS):
        raise ValueError(f"at most {len(_MODEL_COLORS)} models fit side by side, got {len(models)}")
    if isinstance(width, bool) or not isinstance(width, (int, np.integer)) or not 800 <= width <= 4000:
        raise ValueError(f"width={width!r} must be an int from 800 to 4000 pixels")
    names = [str(nm) for nm in names]
    style = _Style(int(width), caption_language(lang))
    frames = same_seed_samples(models, seed, n, label)
    recon = None
    if recon_images is not None and len(recon_images):
        recon = reconstruction_row(models, recon_images, recon_labels, invert_steps, seed=seed)
    rows = comparison_table(cards, names, recon, lang=style.lang)
    warnings = compatibility(cards, names, lang=style.lang) + [str(t) for t in notes]
    sections = [_draw_title(style, names, cards, seed, n, warnings),
                _draw_samples(style, models, cards, names, frames, seed, label)]
    if recon is not None:
        sections.append(_draw_reconstructions(style, names, recon))
    sections += [_draw_panels(style, names, cards), _draw_metrics(style, names, cards),
                 _draw_claims(style, rows), _draw_footer(style)]
    height = sum(p.height for p in sections) + style.section * (len(sections) - 1)
    figure = Image.new("RGB", (style.width, height), _WHITE)
    y = 0
    for part in sections:
        figure.paste(part, (0, y))
        y += part.height + style.section
    return np.ascontiguousarray(np.asarray(figure, dtype=np.uint8))
