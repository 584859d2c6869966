"""The evidence beside the compare view's panes: the textbook claims checked, the measured figures,
class coverage and the training curves, read from each model's card.

Everything shown comes from :mod:`latentlab.core.evidence` (the same functions that draw
``latentlab compare``'s figure), so the app and the figure say the same thing. Figures a card
does not hold read "not measured", with a button to measure them in the background (the
panel only asks; the compare controller runs the job and writes the card).

Tabs: **Claims** (the comparison table, verdict coloured), **Figures** (FID, KID,
precision/recall, sharpness, class entropy, reconstruction error, path length, with the
real-vs-real floor) and **Coverage & training** (per model: share of samples per class as bars
with a dashed line at an even share 1/K, and the loss curves).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from latentlab.core import metric_table


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# The figure (core.evidence) and this panel share their tables, so the two always read alike.
VERDICT_COLORS = {k: _hex(v) for k, v in metric_table.VERDICT_COLORS.items()}
VERDICT_BACK = {"supported": "#dcf1e0", "contradicted": "#fde2e2", "not measured": "#f0f0f0"}
NOT_MEASURED = "not measured"
#: a font size set in points by a label's own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites)
_PT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
#: rows of the figures table: (key, label, which way is better)
FIGURES = metric_table.METRIC_ROWS
#: each loss keeps its colour in every plot (as in the figure)
CURVE_COLORS = {k: _hex(v) for k, v in metric_table.CURVE_COLORS.items()}
PLOTTED_CURVES = metric_table.PLOTTED_CURVES
DEFAULT_EVAL_N = 10000


@dataclass
class EvidenceModel:
    """One loaded pane as the evidence sees it."""

    pane: int
    name: str
    card: dict[str, Any]
    color: str
    dataset: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_eval = metric_table.eval_results
_number = metric_table.finite_number
_best = metric_table.best_index


def fmt(key: str, value: float | None, card: dict[str, Any] | None = None) -> str:
    """A figure as the table shows it (as in the exported figure; "not measured" when None)."""
    return metric_table.format_metric(key, value, card, missing=NOT_MEASURED)


class _Table(QTableWidget):
    """A read-only table that grows to its content's height (it lives in a scroll area)."""

    def __init__(self, rows: int, cols: int) -> None:
        super().__init__(rows, cols)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Too narrow for every column (four models in a slim panel): scroll sideways, never clip.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)

    def fit_height(self) -> None:
        """As tall as header plus rows: the page scrolls, never the table."""
        self.resizeRowsToContents()
        bar = self.horizontalScrollBar()
        h = (self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
             + 2 * self.frameWidth() + 2 + (bar.sizeHint().height() if bar.isVisible() else 0))
        if h != self.height():
            self.setFixedHeight(h)

    def resizeEvent(self, ev: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(ev)
        self.fit_height()  # wrapped rows change height with the width


class EvidencePanel(QWidget):
    """Claims, figures, coverage and training curves of the models in the compare view.

    Signals
    -------
    computeRequested(int, int)
        Measure the model of pane ``pane`` with ``n`` samples.
    cancelRequested(int)
        Stop measuring pane ``pane``'s model.
    """

    computeRequested = Signal(int, int)
    cancelRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.models: list[EvidenceModel] = []
        self.rows: list[dict[str, Any]] = []
        self.coverage_items: list[pg.BarGraphItem | None] = []
        self.coverage_plots: list[pg.PlotWidget] = []
        self.loss_plots: list[pg.PlotWidget] = []
        self.even_lines: list[pg.InfiniteLine | None] = []
        self._compute: dict[int, tuple[QPushButton, QProgressBar, QPushButton, QLabel]] = {}
        #: body text size in pixels while scaled up (presentation mode); None: the sizes as designed
        self.font_px: int | None = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("evidenceTabs")
        self.tabs.setDocumentMode(True)

        # Claims: one card per row of the comparison table (a 5-column table is unreadable when narrow)
        self.claims_note = QLabel("")
        self.claims_note.setWordWrap(True)
        self.claims_note.setObjectName("evidenceNote")
        self.claims = QWidget()
        self.claims.setObjectName("claimsList")
        self.claims_layout = QVBoxLayout(self.claims)
        self.claims_layout.setContentsMargins(0, 0, 0, 0)
        self.claims_layout.setSpacing(8)
        self.claim_cards: list[QFrame] = []
        claims_page = self._scroll(self.claims_note, self.claims)
        self.tabs.addTab(claims_page, "Claims")

        # Figures
        self.figures_note = QLabel("")
        self.figures_note.setWordWrap(True)
        self.figures_note.setObjectName("evidenceNote")
        self.figures = _Table(len(FIGURES), 2)
        self.figures.setObjectName("figuresTable")
        self.compute_box = QWidget()
        self.compute_grid = QGridLayout(self.compute_box)
        self.compute_grid.setContentsMargins(0, 4, 0, 0)
        self.eval_n = QSpinBox()
        self.eval_n.setRange(100, 50000)
        self.eval_n.setSingleStep(1000)
        self.eval_n.setValue(DEFAULT_EVAL_N)
        self.eval_n.setSuffix(" samples")
        self.eval_n.setToolTip("How many samples to generate when measuring (latentlab eval uses 10,000; "
                               "fewer is quicker but FID is then biased upwards)")
        figures_page = self._scroll(self.figures_note, self.figures, self.compute_box)
        self.tabs.addTab(figures_page, "Figures")

        # Coverage & training
        self.charts = QWidget()
        self.charts_grid = QGridLayout(self.charts)
        self.charts_grid.setContentsMargins(4, 4, 4, 4)
        self.charts_grid.setSpacing(8)
        self.charts_note = QLabel("Top: share of generated samples the dataset's classifier puts in each class "
                                  "(dashed: an even share, 1/K; mode collapse shows as missing or tall bars). "
                                  "Bottom: the losses logged during training, each scaled to its own range "
                                  "(smooth = stable, jagged = oscillating).")
        self.charts_note.setWordWrap(True)
        self.charts_note.setObjectName("evidenceNote")
        charts_page = QWidget()
        cl = QVBoxLayout(charts_page)
        cl.setContentsMargins(6, 6, 6, 6)
        cl.addWidget(self.charts_note)
        cl.addWidget(self.charts, 1)
        self.tabs.addTab(charts_page, "Coverage && training")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @staticmethod
    def _scroll(*widgets: QWidget) -> QScrollArea:
        body = QWidget()
        body.setObjectName("evidenceBody")
        v = QVBoxLayout(body)
        v.setContentsMargins(6, 6, 6, 6)
        v.setSpacing(6)
        for w in widgets:
            v.addWidget(w)
        v.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(body)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    # --- content ---------------------------------------------------------------------------
    def set_models(self, models: Sequence[EvidenceModel], recon: dict[str, Any] | None = None) -> None:
        """Show the evidence of ``models`` (loaded panes in order), with an optional reconstruction row."""
        self.models = list(models)
        group = self.comparable()
        self._fill_claims(group, recon)
        self._fill_figures(group)
        self._fill_charts()
        if self.font_px is not None:
            self._apply_font_scale()

    # --- type size (presentation mode) ---------------------------------------------------------
    def set_font_scale(self, px: int | None) -> None:
        """Size the cards' text for a body size of ``px`` pixels (None or 0: back to the designed sizes).

        The claim cards and chart captions set their sizes in their own stylesheets, which a
        parent's stylesheet (the presentation theme) cannot override; this rewrites them.
        """
        self.font_px = int(px) if px else None
        self._apply_font_scale()

    def _scaled_px(self, pt: float) -> int:
        body = self.font_px or 0
        if pt >= 13:
            return round(body * 1.15)
        if pt >= 11:
            return body
        return max(18, round(body * 0.8))

    def _apply_font_scale(self) -> None:
        for label in self.findChildren(QLabel):
            base = label.property("baseStyle")
            if base is None:
                base = label.styleSheet()
                if not _PT_SIZE.search(base):
                    continue
                label.setProperty("baseStyle", base)
            if self.font_px is None:
                label.setStyleSheet(base)
            else:
                label.setStyleSheet(_PT_SIZE.sub(lambda m: f"font-size: {self._scaled_px(float(m.group(1)))}px", base))

    def comparable(self) -> list[EvidenceModel]:
        """The models whose figures are compared: those of the first model's dataset."""
        if not self.models:
            return []
        ref = self.models[0].dataset
        return [m for m in self.models if m.dataset == ref]

    def _fill_claims(self, group: list[EvidenceModel], recon: dict[str, Any] | None) -> None:
        from latentlab.core.claims import comparison_table

        left_out = [m for m in self.models if m not in group]
        note = ""
        if left_out:
            note = (f"Claims checked on the {group[0].dataset or 'unknown-dataset'} models ("
                    f"{', '.join(m.name for m in group)}); left out: "
                    + ", ".join(f"{m.name} ({m.dataset or 'no dataset'})" for m in left_out)
                    + ": figures are only compared on the same dataset.")
        if not group:
            self.rows = []
            self._clear_claims()
            self.claims_note.setText("Open models to check the claims against them.")
            return
        sub = None
        if recon is not None:
            entries = []
            for m in group:
                e = recon["models"][m.pane] if m.pane < len(recon["models"]) else None
                entries.append(e if e is not None else {"method": "encode", "steps": None, "mean_error": None,
                                                        "errors": [], "images": None, "latents": None,
                                                        "problem": "no model"})
            sub = {"originals": recon["originals"], "labels": recon.get("labels"), "models": entries}
        self.rows = comparison_table([m.card for m in group], [m.name for m in group], sub)
        measured = sum(1 for r in self.rows if r["verdict"] != NOT_MEASURED)
        unmeasured = [m.name for m in group if _eval(m.card) is None]
        if unmeasured:
            note = (note + " " if note else "") + (
                f"Not measured yet: {', '.join(unmeasured)} — use Compute in the Figures tab "
                "(or run latentlab eval).")
        self.claims_note.setText(note or f"{measured} of {len(self.rows)} claims could be checked with figures "
                                         "from the model cards.")
        self.claims_note.setVisible(bool(self.claims_note.text()))
        while self.claims_layout.count():
            w = self.claims_layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.claim_cards = []
        for row in self.rows:
            card = self._claim_card(row)
            self.claim_cards.append(card)
            self.claims_layout.addWidget(card)

    def _clear_claims(self) -> None:
        while self.claims_layout.count():
            w = self.claims_layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.claim_cards = []

    @staticmethod
    def _claim_card(row: dict[str, Any]) -> QFrame:
        verdict = row["verdict"]
        color = VERDICT_COLORS.get(verdict, "#6e6e6e")
        card = QFrame()
        card.setObjectName("claimCard")
        card.setProperty("verdict", verdict)
        card.setStyleSheet(f"QFrame#claimCard {{ background: #ffffff; border: 1px solid #e3e5e9; "
                           f"border-left: 5px solid {color}; border-radius: 6px; }}")
        v = QVBoxLayout(card)
        v.setContentsMargins(10, 6, 10, 8)
        v.setSpacing(4)
        head = QHBoxLayout()
        aspect = QLabel(row["aspect"][:1].upper() + row["aspect"][1:])
        aspect.setObjectName("claimAspect")
        aspect.setStyleSheet("font-size: 13pt; font-weight: 700; color: #1f2328; border: none;")
        badge = QLabel(verdict)
        badge.setObjectName("claimVerdict")
        badge.setStyleSheet(f"color: {color}; background: {VERDICT_BACK.get(verdict, '#f0f0f0')}; "
                            "font-weight: 700; font-size: 11pt; border: none; border-radius: 9px; padding: 2px 10px;")
        badge.setToolTip({"supported": "The measured figures agree with the claim for every VAE-GAN pair",
                          "contradicted": "The measured figures do not agree with the claim",
                          "not measured": "No figure to test this claim with yet"}.get(verdict, ""))
        head.addWidget(aspect, 1)
        head.addWidget(badge)
        v.addLayout(head)
        claims = QHBoxLayout()
        claims.setSpacing(12)
        for who, text, tint in (("VAE", row["claim_vae"], "#0072b2"), ("GAN", row["claim_gan"], "#d55e00")):
            lab = QLabel(f"<span style='color:{tint}; font-weight:700'>{who} claim:</span> {html.escape(text)}")
            lab.setWordWrap(True)
            lab.setStyleSheet("color: #4b5563; font-size: 10pt; border: none;")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            claims.addWidget(lab, 1)
        v.addLayout(claims)
        ev = QLabel(f"<b>Evidence:</b> {html.escape(row['evidence'] or '-')}")
        ev.setObjectName("claimEvidence")
        ev.setWordWrap(True)
        ev.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ev.setStyleSheet("color: #1f2328; font-size: 11pt; border: none;")
        ev.setToolTip("Figures used: " + ", ".join(row.get("figure") or []))
        v.addWidget(ev)
        return card

    def _fill_figures(self, group: list[EvidenceModel]) -> None:
        notes = {k: n for k, _l, n in metric_table.METRICS}
        models = self.models
        self.figures.clear()
        self.figures.setColumnCount(2 + len(models) + 1)
        self.figures.setRowCount(len(FIGURES))
        headers = ["figure", "better"]
        for m in models:
            ev = _eval(m.card)
            sub = f"n = {int(ev['n']):,}" if ev and ev.get("n") else NOT_MEASURED
            several = len({x.dataset for x in models}) > 1
            headers.append(f"{m.name}\n{(m.dataset or '?') + ' · ' if several else ''}{sub}")
        headers.append("real vs real\n(floor)")
        self.figures.setHorizontalHeaderLabels(headers)
        hh = self.figures.horizontalHeader()
        # Figures are never cut short: the models' columns fit their numbers and headers, and the
        # "better" column takes what is left, wrapping its words (the panel is often narrow).
        for c in range(self.figures.columnCount()):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 1 else
                                    QHeaderView.ResizeMode.ResizeToContents)
        for c, m in enumerate(models):
            head = self.figures.horizontalHeaderItem(2 + c)
            if head is not None:
                head.setForeground(QBrush(QColor(m.color)))
        grey = QColor("#8a8f98")
        for r, (key, label, better) in enumerate(FIGURES):
            name = QTableWidgetItem(label)
            name.setToolTip(notes.get(key, ""))
            f = name.font()
            f.setBold(True)
            name.setFont(f)
            self.figures.setItem(r, 0, name)
            b = QTableWidgetItem(better)
            b.setForeground(QBrush(grey))
            self.figures.setItem(r, 1, b)
            values = [_number((_eval(m.card) or {}).get(key)) for m in models]
            in_group = [v if m in group else None for v, m in zip(values, models)]
            best = _best(key, in_group)
            for c, (m, v) in enumerate(zip(models, values)):
                item = QTableWidgetItem(fmt(key, v, m.card))
                if v is None:
                    item.setForeground(QBrush(grey))
                    it = item.font()
                    it.setItalic(True)
                    item.setFont(it)
                    item.setToolTip(f"{m.name}'s card holds no {label}: press Compute below (or run "
                                    f"latentlab eval {m.name})")
                elif best == c:
                    item.setBackground(QBrush(QColor("#dcf1e0")))
                    item.setToolTip(f"Best {label} of the models trained on {group[0].dataset}")
                item.setData(Qt.ItemDataRole.UserRole, v)
                self.figures.setItem(r, 2 + c, item)
            floors = sorted({fmt(key, v) for v in (metric_table.floor_value(m.card, key) for m in models)
                             if v is not None})
            fl = QTableWidgetItem(" / ".join(floors) or "-")
            fl.setForeground(QBrush(grey))
            fl.setToolTip("The same figure between two sets of real images: what a perfect generator would score")
            self.figures.setItem(r, 2 + len(models), fl)
        self.figures.fit_height()
        datasets = sorted({m.dataset or "?" for m in models})
        self.figures_note.setText(
            "Measured in the dataset classifier's feature space against real test images (latentlab eval)."
            + (f" Different datasets ({', '.join(datasets)}): compare figures only within one dataset; best shaded "
               f"among the {group[0].dataset} models." if len(datasets) > 1 and group else " Best model per row shaded."))
        self._fill_compute()

    def _fill_compute(self) -> None:
        g = self.compute_grid
        while g.count():
            w = g.takeAt(0).widget()
            if w is not None and w is not self.eval_n:
                w.deleteLater()
        old = self._compute
        self._compute = {}
        g.addWidget(QLabel("Measure in the background:"), 0, 0)
        self.eval_n.setMaximumWidth(170)
        g.addWidget(self.eval_n, 0, 1)
        for r, m in enumerate(self.models, start=1):
            measured = _eval(m.card) is not None
            button = QPushButton(f"{'Measure again' if measured else 'Compute'}: {m.name}")
            button.setToolTip(f"Measure {m.name} now (FID, KID, precision/recall, sharpness, coverage, path length) "
                              "and write the figures into its model card")
            button.clicked.connect(lambda _c=False, p=m.pane: self.computeRequested.emit(p, self.eval_n.value()))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setVisible(False)
            cancel = QPushButton("Cancel")
            cancel.setVisible(False)
            cancel.clicked.connect(lambda _c=False, p=m.pane: self.cancelRequested.emit(p))
            status = QLabel("" if measured else NOT_MEASURED)
            status.setObjectName("computeStatus")
            g.addWidget(button, r, 0)
            g.addWidget(status, r, 1)
            g.addWidget(bar, r, 1)
            g.addWidget(cancel, r, 2)
            self._compute[m.pane] = (button, bar, cancel, status)
            prev = old.get(m.pane)
            if prev is not None and prev[1].isVisible():  # a measurement is running: keep showing it
                self.set_progress(m.pane, prev[1].value() / 1000, prev[1].format())
        g.setColumnStretch(1, 1)

    def set_progress(self, pane: int, fraction: float, text: str) -> None:
        """Show a running measurement of pane ``pane``'s model."""
        parts = self._compute.get(pane)
        if parts is None:
            return
        button, bar, cancel, status = parts
        button.setEnabled(False)
        bar.setVisible(True)
        cancel.setVisible(True)
        bar.setValue(int(round(fraction * 1000)))
        bar.setFormat(text.replace("%", "%%") if "%" in text and "%p" not in text else (text or "%p%"))
        status.setText("")

    def set_idle(self, pane: int, text: str = "") -> None:
        parts = self._compute.get(pane)
        if parts is None:
            return
        button, bar, cancel, status = parts
        button.setEnabled(True)
        bar.setVisible(False)
        cancel.setVisible(False)
        status.setText(text)

    def _fill_charts(self) -> None:
        from latentlab.core.claims import coverage_bars, loss_stability

        g = self.charts_grid
        while g.count():
            w = g.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.coverage_items, self.coverage_plots, self.loss_plots, self.even_lines = [], [], [], []
        for c, m in enumerate(self.models):
            names, fractions = coverage_bars(m.card)
            cov = self._plot()
            cov.setObjectName("coveragePlot")
            ev = _eval(m.card)
            ent = _number((ev or {}).get("coverage_entropy"))
            rare = _number((ev or {}).get("coverage_min_fraction"))
            head = f"<b style='color:{m.color}'>{html.escape(m.name)}</b> · class coverage"
            sub = (f"entropy {ent:.3f} (1 = even)" if ent is not None else "")
            if rare is not None:
                sub += f" · rarest class {rare:.1%}"
            if fractions:
                k = len(fractions)
                bars = pg.BarGraphItem(x=np.arange(k), height=np.asarray(fractions, float), width=0.7,
                                       brush=pg.mkBrush(m.color), pen=pg.mkPen(None))
                cov.addItem(bars)
                even = pg.InfiniteLine(pos=1.0 / k, angle=0,
                                       pen=pg.mkPen("#1f2328", width=1.5, style=Qt.PenStyle.DashLine))
                cov.addItem(even)
                ax = cov.getAxis("bottom")
                ax.setTicks([[(i, n if len(n) <= 6 else n[:5] + "…") for i, n in enumerate(names)]])
                cov.setXRange(-0.6, k - 0.4, padding=0)
                top = max(max(fractions), 1.0 / k) * 1.15
                cov.setYRange(0, top, padding=0)
                step = 0.05 if top <= 0.35 else 0.1 if top <= 0.7 else 0.2
                cov.getAxis("left").setTicks([[(v, f"{v:.0%}") for v in np.arange(0, top, step)]])
                cov.setToolTip("\n".join(f"{n}: {f:.1%}" for n, f in zip(names, fractions))
                               + f"\n(dashed line: an even share, 1/{k} = {1 / k:.1%})")
                self.coverage_items.append(bars)
                self.even_lines.append(even)
                sub = (sub + " · " if sub else "") + f"dashed: even share 1/{k}"
            else:
                self._empty(cov, "not measured: Compute it in the Figures tab")
                self.coverage_items.append(None)
                self.even_lines.append(None)
            self.coverage_plots.append(cov)
            loss = self._plot()
            loss.setObjectName("lossPlot")
            log = m.card.get("training_log")
            try:
                st = loss_stability(log)
                osc = f"oscillation {st['oscillation']:.3f} ({st['curve']}, 0 = smooth)"
            except ValueError:
                osc = ""
            drawn = self._draw_losses(loss, log)
            if not drawn:
                self._empty(loss, "no training log in the model card")
            legend = "  ".join(f"<span style='color:{CURVE_COLORS.get(k, '#777777')}'>━ {k}</span>"
                               for k, _lo, _hi in drawn)
            loss.setToolTip("Each curve scaled to its own range:\n"
                            + "\n".join(f"{k}: {lo:.4g} to {hi:.4g}" for k, lo, hi in drawn))
            self.loss_plots.append(loss)
            g.addWidget(self._cell(head, sub, cov), 0, c)
            g.addWidget(self._cell(f"<b style='color:{m.color}'>{html.escape(m.name)}</b> · training losses",
                                   "<br>".join(t for t in (osc, legend) if t), loss), 1, c)
        for c in range(len(self.models)):
            g.setColumnStretch(c, 1)

    @staticmethod
    def _cell(head: str, sub: str, plot: pg.PlotWidget) -> QWidget:
        box = QFrame()
        box.setObjectName("chartCell")
        box.setStyleSheet("QFrame#chartCell { background: #ffffff; border: 1px solid #e3e5e9; border-radius: 6px; }")
        v = QVBoxLayout(box)
        v.setContentsMargins(6, 4, 6, 4)
        v.setSpacing(0)
        title = QLabel(head)
        title.setStyleSheet("font-size: 12pt; border: none;")
        title.setWordWrap(True)
        v.addWidget(title)
        if sub:
            note = QLabel(sub)
            note.setWordWrap(True)
            note.setStyleSheet("font-size: 10pt; color: #4b5563; border: none;")
            v.addWidget(note)
        v.addWidget(plot, 1)
        return box

    @staticmethod
    def _plot() -> pg.PlotWidget:
        p = pg.PlotWidget(background="w")
        p.setMenuEnabled(False)
        p.setMouseEnabled(False, False)
        p.hideButtons()
        p.setMinimumSize(160, 150)
        for side in ("left", "bottom"):
            ax = p.getAxis(side)
            ax.setPen(pg.mkPen("#6b7280"))
            ax.setTextPen(pg.mkPen("#1f2328"))
            ax.enableAutoSIPrefix(False)
        return p

    @staticmethod
    def _empty(plot: pg.PlotWidget, text: str) -> None:
        plot.getAxis("left").setTicks([[]])
        plot.getAxis("bottom").setTicks([[]])
        label = pg.TextItem(text, color="#6b7280", anchor=(0.5, 0.5))
        plot.addItem(label)
        label.setPos(0.5, 0.5)
        plot.setXRange(0, 1, padding=0)
        plot.setYRange(0, 1, padding=0)

    @staticmethod
    def _draw_losses(plot: pg.PlotWidget, log: Any) -> list[tuple[str, float, float]]:
        """Draw each loss scaled to its own range; returns (name, min, max) of the curves drawn."""
        if not isinstance(log, dict):
            return []
        keys = [k for k in PLOTTED_CURVES if isinstance(log.get(k), (list, tuple)) and len(log[k]) >= 2]
        steps = log.get("step")
        drawn = []
        for k in keys:
            y = np.asarray([_number(v) if _number(v) is not None else np.nan for v in log[k]], float)
            x = np.asarray(steps, float) if isinstance(steps, (list, tuple)) and len(steps) == len(y) \
                else np.arange(len(y), dtype=float)
            finite = np.isfinite(y)
            if finite.sum() < 2:
                continue
            lo, hi = float(np.nanmin(y)), float(np.nanmax(y))
            scaled = (y - lo) / (hi - lo) if hi > lo else np.zeros_like(y)
            plot.plot(x[finite], scaled[finite], pen=pg.mkPen(CURVE_COLORS.get(k, "#777777"), width=1.5))
            drawn.append((k, lo, hi))
        if drawn:
            plot.setLabel("bottom", "training step")
            plot.getAxis("left").setTicks([[(0, "min"), (1, "max")]])
            plot.setYRange(-0.03, 1.03, padding=0)
        return drawn

    def coverage_heights(self, index: int) -> np.ndarray | None:
        """Bar heights of model ``index``'s coverage chart (None when not measured)."""
        item = self.coverage_items[index] if 0 <= index < len(self.coverage_items) else None
        return None if item is None else np.asarray(item.opts["height"], float)
