"""The open model's card: what it is, what it was trained on, how, and how well it does.

Numbers follow the UI language's conventions (``QLocale()``: a decimal comma and a space between
thousands in Czech), so the card is rebuilt when the language changes (``retranslate_ui``).

Its key/value rows fit the width they get. Side by side ("Parameters  1 234 567") only when the
widest key fits whole and the values keep room for their longest unbreakable word; otherwise each
key stands small above its value. A table squeezed into a narrow dock breaks keys mid-word
("Parameter/s"), and a key column that may not wrap pushes the values off the dock (Czech keys are
long), so the card measures the text with the card's own font (:func:`fits_side_by_side`) and
builds itself again when the width crosses that line.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QTextBoundaryFinder,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from latentlab.core.caption_text import caption
from latentlab.core.metric_table import METRICS
from latentlab.ui.common.family_text import family_description, kind_phrase
from latentlab.ui.common.i18n import class_name, current_language
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.explorer.model_browser import READABLE_CHARS, readable_width

CONTEXT = "ModelCard"
PROVENANCE_KEYS = (("epochs", QT_TRANSLATE_NOOP("ModelCard", "Epochs")),
                   ("seconds", QT_TRANSLATE_NOOP("ModelCard", "Training time")),
                   ("device", QT_TRANSLATE_NOOP("ModelCard", "Trained on")),
                   ("date", QT_TRANSLATE_NOOP("ModelCard", "Date")), ("saved", QT_TRANSLATE_NOOP("ModelCard", "Saved")),
                   ("package_version", "latentlab"), ("source", QT_TRANSLATE_NOOP("ModelCard", "Source")))

#: the other keys ``latentlab train`` and ``latentlab eval`` store under ``metrics``, in words
METRIC_KEYS = {
    "final_d_loss": QT_TRANSLATE_NOOP("ModelCard", "final discriminator loss"),
    "final_g_loss": QT_TRANSLATE_NOOP("ModelCard", "final generator loss"),
    "final_d_real": QT_TRANSLATE_NOOP("ModelCard", "final score of real images"),
    "final_d_fake": QT_TRANSLATE_NOOP("ModelCard", "final score of generated images"),
    "final_loss": QT_TRANSLATE_NOOP("ModelCard", "final loss"),
    "final_recon": QT_TRANSLATE_NOOP("ModelCard", "final reconstruction loss"),
    "final_kl": QT_TRANSLATE_NOOP("ModelCard", "final KL divergence"),
    "final_accuracy": QT_TRANSLATE_NOOP("ModelCard", "final accuracy"),
    "test_accuracy": QT_TRANSLATE_NOOP("ModelCard", "test accuracy"),
    "kid_std": QT_TRANSLATE_NOOP("ModelCard", "KID standard deviation"),
    "dataset": QT_TRANSLATE_NOOP("ModelCard", "dataset"), "kind": QT_TRANSLATE_NOOP("ModelCard", "kind"),
    "arch": QT_TRANSLATE_NOOP("ModelCard", "architecture"), "n": QT_TRANSLATE_NOOP("ModelCard", "samples"),
    "n_real": QT_TRANSLATE_NOOP("ModelCard", "real images"),
    "n_floor": QT_TRANSLATE_NOOP("ModelCard", "real images for the floor"),
    "seed": QT_TRANSLATE_NOOP("ModelCard", "seed"), "real_source": QT_TRANSLATE_NOOP("ModelCard", "real images from"),
    "feature_net_test_accuracy": QT_TRANSLATE_NOOP("ModelCard", "classifier's test accuracy"),
    "seconds": QT_TRANSLATE_NOOP("ModelCard", "time (s)"), "model": QT_TRANSLATE_NOOP("ModelCard", "file"),
    "device": QT_TRANSLATE_NOOP("ModelCard", "device"), "date": QT_TRANSLATE_NOOP("ModelCard", "date"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(v: float | int, digits: int = 4) -> str:
    """``v`` the way the UI language writes numbers: "0,1234" and "1 234 567" in Czech."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, int):
        return QLocale().toString(v)
    return QLocale().toString(float(v), "g", digits)


def _fmt(v: Any) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return number(v)
    if isinstance(v, (list, tuple)):
        return ", ".join(_fmt(x) for x in v[:8]) + ("…" if len(v) > 8 else "")
    return str(v)


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{number(round(size))} {unit}" if unit == "B" else f"{QLocale().toString(size, 'f', 1)} {unit}"
        size /= 1024
    return str(n)


def _date(v: Any) -> str:
    """ISO timestamps as '2026-11-22 02:55 UTC'; anything else unchanged."""
    import datetime as dt

    try:
        d = dt.datetime.fromisoformat(str(v))
    except ValueError:
        return str(v)
    if d.tzinfo is not None and d.utcoffset() == dt.timedelta(0):
        return d.strftime("%Y-%m-%d %H:%M UTC")
    return d.strftime("%Y-%m-%d %H:%M")


def _duration(seconds: Any) -> str:
    try:
        s = float(seconds)
    except (TypeError, ValueError):
        return str(seconds)
    translate = QCoreApplication.translate
    if s < 90:
        return translate("ModelCard", "{n} s").format(n=number(round(s)))
    if s < 5400:
        return translate("ModelCard", "{n} min").format(n=number(round(s / 60)))
    return translate("ModelCard", "{n} h").format(n=QLocale().toString(s / 3600, "f", 1))


# a part of the card: (HTML, text) shown as it is, or (ROWS, [(key, value), …])
Part = tuple[str, Any]
HTML, ROWS = "html", "rows"  # i18n: as is (kinds of part, never shown)
# the gap between a key and its value when side by side (px)
KEY_GAP = 10
# values side by side keep at least this many average characters of room (a date and time)
VALUE_MIN_CHARS = 16
KEY_COLOUR = "#6b7280"


def card_parts(model: ModelSummary) -> list[Part]:
    """The card of ``model`` as parts: HTML paragraphs and key/value row groups (translated)."""
    info = model.info
    card: dict[str, Any] = dict(getattr(info, "card", None) or {})
    e = html.escape
    c, h, w = model.image_shape
    translate = QCoreApplication.translate
    rows = [
        (translate("ModelCard", "Kind"), kind_phrase(model.family, model.conditional, model.kind.upper())),
        (translate("ModelCard", "Dataset"), model.dataset or translate("ModelCard", "unknown")),
        (translate("ModelCard", "Latent size"), translate("ModelCard", "{n} numbers").format(n=number(model.latent_dim))),
        (translate("ModelCard", "Image"), (translate("ModelCard", "{w}×{h} colour") if c == 3 else
                                           translate("ModelCard", "{w}×{h} grey")).format(w=w, h=h)),
    ]
    if info is not None and info.params:
        rows.append((translate("ModelCard", "Parameters"), number(int(info.params))))
    critic = _kept_discriminator(card)
    if critic is not None:
        rows.append((translate("ModelCard", "Discriminator"), critic))
    if info is not None and info.size_bytes:
        rows.append((translate("ModelCard", "File size"), _human_size(info.size_bytes)))
    if model.class_names:
        rows.append((translate("ModelCard", "Classes"), ", ".join(class_name(n) for n in model.class_names)))
    rows.append((translate("ModelCard", "Runs on"), model.device))
    out: list[Part] = [(HTML, f"<h3 style='margin:0'>{e(model.name)}</h3>")]
    about = family_description(model.family) if model.family is not None else model.kind
    out.append((HTML, f"<p style='color:{KEY_COLOUR};margin-top:2px'>{e(about)}</p>"))
    if card.get("description"):
        out.append((HTML, f"<p>{e(str(card['description']))}</p>"))
    out.append((ROWS, rows))
    prov = card.get("provenance") or {}
    prov_rows = []
    for key, title in PROVENANCE_KEYS:
        if key in prov and prov[key] not in (None, ""):
            value = (_duration(prov[key]) if key == "seconds" else _date(prov[key]) if key in ("date", "saved")
                     else _fmt(prov[key]))
            prov_rows.append((_tr(title), value))
    if prov_rows or prov.get("command"):
        out.append((HTML, _heading(translate("ModelCard", "How it was trained"))))
        out.append((ROWS, prov_rows))
    if prov.get("command"):
        out.append((HTML, f"<p style='color:{KEY_COLOUR};margin-bottom:2px'>" + e(translate("ModelCard", "Command"))
                    + "</p>" f"<p style='font-family:monospace;font-size:small;margin-top:0'>{e(str(prov['command']))}</p>"))
    metrics = card.get("metrics") or {}
    if metrics:
        out.append((HTML, _heading(translate("ModelCard", "Measurements"))))
        # the figures ``latentlab eval`` writes by their names in the UI language; other keys as stored
        lang = current_language()
        names = {key: _tr(text) for key, text in METRIC_KEYS.items()}
        names.update({key: caption(label, lang) for key, label, _note in METRICS})
        groups = {"eval": translate("ModelCard", "evaluation (latentlab eval)"),
                  "training": translate("ModelCard", "end of training")}
        for group, values in metrics.items():
            if isinstance(values, dict):
                flat = [(names.get(k, k), _date(v) if k == "date" else _fmt(v)) for k, v in values.items()
                        if not isinstance(v, (dict, list))]
                if flat:
                    out.append((HTML, f"<p style='margin-bottom:0'><i>{e(groups.get(str(group), str(group)))}</i></p>"))
                    out.append((ROWS, flat))
            else:
                out.append((ROWS, [(str(group), _fmt(values))]))
    # (a path longer than the card breaks where it must: a zero-width space would go into a copy)
    out.append((HTML, f"<p style='color:#9ca3af;font-size:small'>{e(model.path)}</p>"))
    return out


def card_rows(parts: list[Part]) -> list[tuple[str, str]]:
    """Every key/value row of the card's parts, in order."""
    return [row for kind, content in parts if kind == ROWS for row in content]


def longest_unbreakable(text: str, metrics: QFontMetrics) -> int:
    """Pixels of the widest run of ``text`` a line may not break inside (a word; in Chinese, a
    character or a run of digits): the least width that shows it without breaking a word."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    widest, start = 0, 0
    position = finder.toNextBoundary()
    while position != -1:
        if position > start:
            widest = max(widest, metrics.horizontalAdvance(text[start:position].rstrip()))
        start = position
        position = finder.toNextBoundary()
    return widest


def fits_side_by_side(rows: list[tuple[str, str]], width: int, font: QFont) -> tuple[bool, int]:
    """Whether ``rows`` fit ``width`` px side by side, and the key column's width.

    Side by side needs every key whole on one line, the gap, and room for the values' longest
    unbreakable word (at least :data:`VALUE_MIN_CHARS` average characters, so a value is never
    squeezed to a word a line).
    """
    fm = QFontMetrics(font)
    if not rows:
        return True, 0
    key_px = max(fm.horizontalAdvance(k) for k, _v in rows) + 2  # +2: Qt rounds glyph advances up
    value_px = max(max(longest_unbreakable(v, fm) for _k, v in rows), fm.averageCharWidth() * VALUE_MIN_CHARS)
    return key_px + KEY_GAP + value_px <= width, key_px


def card_layout(parts: list[Part], width: int, font: QFont) -> tuple[bool, tuple[int, ...]]:
    """Whether the card's rows go side by side in ``width`` px, and each row group's key column.

    One answer for the whole card (every group side by side, or every group stacked) so the card
    reads one way; each group's key column is as wide as its own widest key, so the short keys at
    the top do not give their values' room to the long names of the measurements below.
    """
    answers = [fits_side_by_side(rows, width, font) for kind, rows in parts if kind == ROWS]
    return all(ok for ok, _px in answers), tuple(px for _ok, px in answers)


def card_html(model: ModelSummary, stacked: bool = False, key_px: tuple[int, ...] = ()) -> str:
    """The card as HTML: rows side by side (group ``i``'s key column ``key_px[i]`` wide) or ``stacked``."""
    return render_parts(card_parts(model), stacked, key_px)


def render_parts(parts: list[Part], stacked: bool, key_px: tuple[int, ...] = ()) -> str:
    """HTML of the card's parts (see :func:`card_html`)."""
    out, group = [], 0
    for kind, content in parts:
        if kind == ROWS:
            out.append(_rows_html(content, stacked, key_px[group] if group < len(key_px) else None))
            group += 1
        else:
            out.append(content)
    return "".join(out)


def _kept_discriminator(card: dict[str, Any]) -> str | None:
    """"included (…)" when the file carries the discriminator its generator was trained against."""
    from latentlab.core import families

    record = families.kept_discriminator(card) if card.get("arch") else None
    if record is None:
        return None
    parameters = record.get("parameters")
    count = number(parameters) if isinstance(parameters, int) and not isinstance(parameters, bool) else "?"
    where = str(record.get("found_at") or "")
    translate = QCoreApplication.translate
    return (translate("ModelCard", "included ({n} parameters, from {where})").format(n=count, where=where) if where
            else translate("ModelCard", "included ({n} parameters)").format(n=count))


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def _rows_html(rows: list[tuple[str, str]], stacked: bool, key_px: int | None) -> str:
    """Key/value rows: a two-column table, or each key (small, dim) above its value."""
    e = html.escape
    if not rows:
        return ""
    if stacked:
        return "".join(f"<p style='color:{KEY_COLOUR};font-size:small;margin:6px 0 0 0'>{e(k)}</p>"
                       f"<p style='margin:0'>{e(v)}</p>" for k, v in rows)
    # The key column is as wide as the widest key (measured: it fits), so no key wraps.
    width = f" width='{key_px + KEY_GAP}'" if key_px else ""
    body = "".join(f"<tr><td{width} style='color:{KEY_COLOUR};padding-right:{KEY_GAP}px;white-space:nowrap'>{e(k)}</td>"
                   f"<td>{e(v)}</td></tr>" for k, v in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{body}</table>"


class ModelCard(QWidget):
    """Read-only card of the open model."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setToolTip(self.tr("Facts about the open model, read from its file: what it is, what it learned from, "
                                     "how it was trained, and how it scored"))
        # Never so narrow that the card wraps a word per line (the list above keeps the same width).
        self.setMinimumWidth(readable_width(self, READABLE_CHARS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        # the open model's card (see card_parts); [] when none is open
        self.parts: list[Part] = []
        self._layout: tuple[str, tuple[int, ...]] | None = None  # ("side", key columns px) or ("stacked", ())
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._measure_again)
        self.text.installEventFilter(self)
        state.modelChanged.connect(self.show_model)
        state.modelUpdated.connect(self.show_model)
        self.show_model(state.model)

    def show_model(self, model: ModelSummary | None) -> None:
        if model is None:
            self.parts = []
            self.text.setHtml("<p style='color:#6b7280'>" + html.escape(self.tr("No model open.")) + "</p>")
        else:
            self.parts = card_parts(model)
            self._layout = None
            self._fit()

    def available_width(self) -> int:
        """Pixels a line of the card may take: the box less its frame, a scroll bar (always
        counted, so the card showing one does not flip the layout back) and the page margins."""
        t = self.text
        bar = t.style().pixelMetric(t.style().PixelMetric.PM_ScrollBarExtent, None, t)
        return t.width() - 2 * t.frameWidth() - bar - int(2 * t.document().documentMargin())

    def _fit(self) -> None:
        """Lay the rows side by side or stacked for the current width; rebuild only on a change."""
        if not self.parts:
            return
        side, key_px = card_layout(self.parts, self.available_width(), self.text.document().defaultFont())
        layout = ("side", key_px) if side else ("stacked", ())
        if layout == self._layout:
            return
        self._layout = layout
        bar = self.text.verticalScrollBar()
        at = bar.value()
        self.text.setHtml(render_parts(self.parts, stacked=not side, key_px=key_px))
        bar.setValue(min(at, bar.maximum()))

    def rows(self) -> list[tuple[str, str]]:
        """The key/value rows the card shows now (translated), in order."""
        return card_rows(self.parts)

    @property
    def stacked(self) -> bool:
        """Whether the keys stand above their values (the card is too narrow for side by side)."""
        return self._layout is not None and self._layout[0] == "stacked"

    def resizeEvent(self, ev: Any) -> None:  # Qt API name
        super().resizeEvent(ev)
        self._fit()

    def eventFilter(self, obj: Any, ev: Any) -> bool:  # Qt API name
        # The text's font changes with a style sheet (presentation mode's larger type): measure the
        # rows again in it, once the change has settled.
        if obj is self.text and ev.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit.start()
        return False

    def _measure_again(self) -> None:
        self._layout = None
        self._fit()

    def retranslate_ui(self) -> None:
        """The card is built text (labels and locale-formatted numbers): build it again."""
        self.show_model(self.state.model)

    def html(self) -> str:
        return self.text.toPlainText()
