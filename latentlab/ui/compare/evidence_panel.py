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

The claims' sentences and the figures' names are core text: they come in the UI language from
``resources/captions.toml`` (``lang=i18n.current_language()``), and numbers are written the
language's way (``QLocale``: a decimal comma in Czech).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from latentlab.core import metric_table
from latentlab.core.caption_text import caption, class_caption, list_separator
from latentlab.ui.common import i18n
from latentlab.ui.common.i18n import number
from latentlab.ui.common.widgets import clear_layout, note_label
from latentlab.ui.compare.evidence_charts import (
    CURVE_COLORS,
    OTHER_CURVE,
    chart_cell,
    chart_plot,
    draw_losses,
    mark_empty,
)
from latentlab.ui.compare.evidence_figures import (
    NOT_MEASURED,
    EvidenceModel,
    FiguresTable,
)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# The figure (core.evidence) and this panel share their tables, so the two always read alike.
VERDICT_COLORS = {k: _hex(v) for k, v in metric_table.VERDICT_COLORS.items()}
VERDICT_BACK = {"supported": "#dcf1e0", "contradicted": "#fde2e2", "not measured": "#f0f0f0"}
#: a font size set in points by a label's own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites)
_PT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
DEFAULT_EVAL_N = 10000


def figure_name(key: str, lang: str) -> str:
    """A figure a claim reads (``sharpness_ratio``, ``training_log.g_loss``) by its name in ``lang``."""
    labels = {k: label for k, label, _note in metric_table.METRICS}
    if key.startswith("training_log."):
        return caption("{name}: training log", lang, name=caption(key.split(".", 1)[1], lang))
    if key == "training_log":
        return caption("training log", lang)
    return caption(labels.get(key, key), lang)


def loss_name(key: str) -> str:
    """A training-log curve in the UI language: ``g_loss`` stays the log's key in English, "ztráta
    generátoru" in Czech (the same words as the exported figure, from ``resources/captions.toml``)."""
    return caption(key, i18n.current_language())


#: a claim card puts the VAE and GAN claims side by side only when each column gets this many average characters
SIDE_BY_SIDE_CHARS = 22


class ClaimCard(QFrame):
    """One claim of the comparison as a card that fits the width it is given.

    Its parts stand side by side when they fit (the aspect's title beside its verdict, the VAE
    claim beside the GAN claim) and are stacked when they do not: the evidence panel is narrow
    on a small screen and in presentation mode's big type, and a card wider than the panel would
    be cut off behind a horizontal scrollbar. The choice follows the card's width and its type.
    """

    def __init__(self, parent: QWidget | None = None, room: Callable[[], int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimCard")
        #: the width the card may take (the panel's), when that is less than its own
        self.room = room
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.head.setSpacing(4)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(4)
        self.aspect: QLabel | None = None
        self.badge: QLabel | None = None
        self.claims: list[QLabel] = []
        self._arrange_timer = QTimer(self)
        self._arrange_timer.setSingleShot(True)
        self._arrange_timer.setInterval(0)
        self._arrange_timer.timeout.connect(self.arrange)

    def side_by_side(self) -> tuple[bool, bool]:
        """(head, claims): whether the title stands beside its verdict, the VAE claim beside the GAN claim."""
        return (self.head.direction() == QBoxLayout.Direction.LeftToRight,
                self.columns.direction() == QBoxLayout.Direction.LeftToRight)

    def arrange(self) -> None:
        """Side by side or stacked, for the card's present width and type."""
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        outer = self.width() if self.room is None else min(self.width(), self.room())
        width = outer - (self.width() - self.contentsRect().width()) - (
            margins.left() + margins.right() if margins is not None else 0)
        if self.aspect is not None and self.badge is not None:
            need = (self.aspect.fontMetrics().horizontalAdvance(self.aspect.text()) + 8
                    + self.badge.sizeHint().width() + self.head.spacing())
            self._direct(self.head, width >= need)
        if self.claims:
            label = self.claims[0]
            column = max(SIDE_BY_SIDE_CHARS * label.fontMetrics().averageCharWidth(),
                         *(c.minimumSizeHint().width() for c in self.claims))
            self._direct(self.columns, width >= len(self.claims) * column + self.columns.spacing())

    @staticmethod
    def _direct(box: QBoxLayout, across: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if box.direction() != direction:
            box.setDirection(direction)
            box.setSpacing(12 if across else 4)

    def arrange_soon(self) -> None:
        """:meth:`arrange` once the events now under way are through: a layout changed from inside
        a resize that a style change started (the presentation theme applied to the window)
        crashes Qt."""
        self._arrange_timer.start()

    def resizeEvent(self, ev: Any) -> None:
        super().resizeEvent(ev)
        self.arrange_soon()


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
        # Never scroll buttons over the last tab (they covered it in presentation mode's big type):
        # a panel too narrow for every title shortens the titles instead.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)

        # Claims: one card per row of the comparison table (a 5-column table is unreadable when narrow)
        self.claims_note = note_label("", "evidenceNote", shrink=False)
        self.claims = QWidget()
        self.claims.setObjectName("claimsList")
        self.claims_layout = QVBoxLayout(self.claims)
        self.claims_layout.setContentsMargins(0, 0, 0, 0)
        self.claims_layout.setSpacing(8)
        self.claim_cards: list[QFrame] = []
        claims_page = self._scroll(self.claims_note, self.claims)
        self.claims_area = claims_page
        # The cards follow the width the panel gives them: a card at its minimum width does not
        # get smaller (nor resized) when the panel narrows, so they are told by the viewport.
        claims_page.viewport().installEventFilter(self)
        self.tabs.addTab(claims_page, self.tr("Claims"))

        # Figures
        self.figures_note = note_label("", "evidenceNote", shrink=False)
        self.figures = FiguresTable()
        self.compute_box = QWidget()
        self.compute_grid = QGridLayout(self.compute_box)
        self.compute_grid.setContentsMargins(0, 4, 0, 0)
        self.eval_n = QSpinBox()
        self.eval_n.setRange(100, 50000)
        self.eval_n.setSingleStep(1000)
        self.eval_n.setValue(DEFAULT_EVAL_N)
        self.eval_n.setSuffix(self.tr(" samples"))
        self.eval_n.setToolTip(self.tr("How many samples to generate when measuring (latentlab eval uses 10,000; "
                                       "fewer is quicker but FID is then biased upwards)"))
        figures_page = self._scroll(self.figures_note, self.figures, self.compute_box)
        self.tabs.addTab(figures_page, self.tr("Figures"))

        # Coverage & training
        self.charts = QWidget()
        self.charts_grid = QGridLayout(self.charts)
        self.charts_grid.setContentsMargins(4, 4, 4, 4)
        self.charts_grid.setSpacing(8)
        self.charts_note = note_label(self.tr(
            "Top: share of generated samples the dataset's classifier puts in each class (dashed: an even share, "
            "1/K; mode collapse shows as missing or tall bars). Bottom: the losses logged during training, on their "
            "real values (a log scale when all are positive, as a VAE's are; the dashed curve is the total; smooth = "
            "stable, jagged = oscillating)."), "evidenceNote", shrink=False)
        charts_page = QWidget()
        cl = QVBoxLayout(charts_page)
        cl.setContentsMargins(6, 6, 6, 6)
        cl.addWidget(self.charts_note)
        cl.addWidget(self.charts, 1)
        self.tabs.addTab(charts_page, self.tr("Coverage && training"))

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
        for card in self.claim_cards:
            card.arrange_soon()  # the same width holds less in bigger type (and more in smaller)

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
            no_dataset = self.tr("no dataset")
            note = self.tr("Claims checked on the {dataset} models ({models}); left out: {left_out}: figures are "
                           "only compared on the same dataset.").format(
                dataset=group[0].dataset or self.tr("unknown dataset"), models=self._sep().join(m.name for m in group),
                left_out=self._sep().join(f"{m.name} ({m.dataset or no_dataset})" for m in left_out))
        if not group:
            self.rows = []
            self._clear_claims()
            self.claims_note.setText(self.tr("Open models to check the claims against them."))
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
        self.rows = comparison_table([m.card for m in group], [m.name for m in group], sub,
                                     lang=i18n.current_language())
        measured = sum(1 for r in self.rows if r["verdict"] != NOT_MEASURED)
        unmeasured = [m.name for m in group if metric_table.eval_results(m.card) is None]
        if unmeasured:
            note = (note + " " if note else "") + self.tr(
                "Not measured yet: {models} — use Compute in the Figures tab (or run latentlab eval).").format(
                models=self._sep().join(unmeasured))
        self.claims_note.setText(note or self.tr("{measured} of {total} claims could be checked with figures from "
                                                 "the model cards.").format(measured=measured, total=len(self.rows)))
        self.claims_note.setVisible(bool(self.claims_note.text()))
        self._clear_claims()
        for row in self.rows:
            card = self._claim_card(row)
            self.claim_cards.append(card)
            self.claims_layout.addWidget(card)

    @staticmethod
    def _sep() -> str:
        return list_separator(i18n.current_language())

    def claims_room(self) -> int:
        """The width a claim card can have without the claims scrolling sideways."""
        body = self.claims.parentWidget()
        margins = body.layout().contentsMargins() if body is not None and body.layout() is not None else None
        return self.claims_area.viewport().width() - (margins.left() + margins.right() if margins else 0)

    def eventFilter(self, obj: Any, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Resize and obj is self.claims_area.viewport():
            for card in self.claim_cards:
                card.arrange_soon()
        return False

    def _clear_claims(self) -> None:
        clear_layout(self.claims_layout)
        self.claim_cards = []

    def _claim_card(self, row: dict[str, Any]) -> QFrame:
        verdict = row["verdict"]
        color = VERDICT_COLORS.get(verdict, "#6e6e6e")
        card = ClaimCard(room=self.claims_room)
        card.setProperty("verdict", verdict)
        card.setStyleSheet(f"QFrame#claimCard {{ background: #ffffff; border: 1px solid #e3e5e9; "
                           f"border-left: 5px solid {color}; border-radius: 6px; }}")
        v = QVBoxLayout(card)
        v.setContentsMargins(10, 6, 10, 8)
        v.setSpacing(4)
        head = card.head
        lang = i18n.current_language()
        title = caption(row["aspect"], lang)
        aspect = QLabel(title[:1].upper() + title[1:])
        aspect.setObjectName("claimAspect")
        aspect.setWordWrap(True)  # a long title on a narrow card takes two lines, not the card's width
        aspect.setStyleSheet("font-size: 13pt; font-weight: 700; color: #1f2328; border: none;")
        badge = QLabel(caption(verdict, lang))
        badge.setObjectName("claimVerdict")
        badge.setStyleSheet(f"color: {color}; background: {VERDICT_BACK.get(verdict, '#f0f0f0')}; "
                            "font-weight: 700; font-size: 11pt; border: none; border-radius: 9px; padding: 2px 10px;")
        badge.setToolTip({"supported": self.tr("The measured figures agree with the claim for every VAE-GAN pair"),
                          "contradicted": self.tr("The measured figures do not agree with the claim"),
                          "not measured": self.tr("No figure to test this claim with yet")}.get(verdict, ""))
        head.addWidget(aspect, 1)
        head.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        card.aspect, card.badge = aspect, badge
        v.addLayout(head)
        claims = card.columns
        for who, text, tint in ((self.tr("VAE claim:"), row["claim_vae"], "#0072b2"),
                                (self.tr("GAN claim:"), row["claim_gan"], "#d55e00")):
            lab = QLabel(self.tr("<span style='color:{tint}; font-weight:700'>{who}</span> {text}")
                                 .format(tint=tint, who=who, text=html.escape(text)))
            lab.setWordWrap(True)
            lab.setStyleSheet("color: #4b5563; font-size: 10pt; border: none;")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            claims.addWidget(lab, 1)
            card.claims.append(lab)
        v.addLayout(claims)
        ev = QLabel(self.tr("<b>Evidence:</b> {evidence}").format(evidence=html.escape(row["evidence"] or "-")))
        ev.setObjectName("claimEvidence")
        ev.setWordWrap(True)
        ev.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ev.setStyleSheet("color: #1f2328; font-size: 11pt; border: none;")
        ev.setToolTip(self.tr("Figures used: {figures}").format(figures=self._sep().join(
            figure_name(f, lang) for f in row.get("figure") or [])))
        v.addWidget(ev)
        return card

    def _fill_figures(self, group: list[EvidenceModel]) -> None:
        models = self.models
        self.figures.fill(models, group)
        datasets = sorted({m.dataset or "?" for m in models})
        self.figures_note.setText(
            self.tr("Measured in the dataset classifier's feature space against real test images (latentlab eval).")
            + (self.tr(" Different datasets ({datasets}): compare figures only within one dataset; best shaded "
                       "among the {dataset} models.").format(datasets=self._sep().join(datasets), dataset=group[0].dataset)
               if len(datasets) > 1 and group else self.tr(" Best model per row shaded.")))
        self._fill_compute()

    def _fill_compute(self) -> None:
        g = self.compute_grid
        # not unparented: a running measurement's bar is read below, while it still shows
        clear_layout(g, keep=(self.eval_n,), unparent=False)
        old = self._compute
        self._compute = {}
        g.addWidget(QLabel(self.tr("Measure in the background:")), 0, 0)
        self.eval_n.setMaximumWidth(170)
        g.addWidget(self.eval_n, 0, 1)
        for r, m in enumerate(self.models, start=1):
            measured = metric_table.eval_results(m.card) is not None
            button = QPushButton((self.tr("Measure again: {model}") if measured else
                                  self.tr("Compute: {model}")).format(model=m.name))
            button.setToolTip(self.tr("Measure {model} now (FID, KID, precision/recall, sharpness, coverage, path "
                                      "length) and write the figures into its model card").format(model=m.name))
            button.clicked.connect(lambda _c=False, p=m.pane: self.computeRequested.emit(p, self.eval_n.value()))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setVisible(False)
            cancel = QPushButton(self.tr("Cancel"))
            cancel.setVisible(False)
            cancel.clicked.connect(lambda _c=False, p=m.pane: self.cancelRequested.emit(p))
            status = QLabel("" if measured else self.tr("not measured"))
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
        bar = self._show_running(pane, True, "")
        if bar is not None:
            bar.setValue(round(fraction * 1000))
            bar.setFormat(text.replace("%", "%%") if "%" in text and "%p" not in text else (text or "%p%"))

    def set_idle(self, pane: int, text: str = "") -> None:
        """No measurement of pane ``pane``'s model runs; ``text`` says how the last one ended."""
        self._show_running(pane, False, text)

    def _show_running(self, pane: int, running: bool, status_text: str) -> QProgressBar | None:
        """Swap pane ``pane``'s Compute button for its progress bar and Cancel (or back); its bar."""
        parts = self._compute.get(pane)
        if parts is None:
            return None
        button, bar, cancel, status = parts
        button.setEnabled(not running)
        bar.setVisible(running)
        cancel.setVisible(running)
        status.setText(status_text)
        return bar

    def _fill_charts(self) -> None:
        from latentlab.core.claims import coverage_bars, loss_stability

        g = self.charts_grid
        clear_layout(g)
        self.coverage_items, self.coverage_plots, self.loss_plots, self.even_lines = [], [], [], []
        for c, m in enumerate(self.models):
            names, fractions = coverage_bars(m.card)
            names = [class_caption(n, i18n.current_language()) for n in names]
            cov = chart_plot()
            cov.setObjectName("coveragePlot")
            ev = metric_table.eval_results(m.card) or {}
            ent = metric_table.finite_number(ev.get("coverage_entropy"))
            rare = metric_table.finite_number(ev.get("coverage_min_fraction"))
            name = f"<b style='color:{m.color}'>{html.escape(m.name)}</b>"
            head = self.tr("{model} · class coverage").format(model=name)
            sub = self.tr("entropy {entropy} (1 = even)").format(entropy=number(ent, ".3f")) if ent is not None else ""
            if rare is not None:
                sub += self.tr(" · rarest class {share}").format(share=number(rare, ".1%"))
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
                cov.getAxis("left").setTicks([[(v, number(v, ".0%")) for v in np.arange(0, top, step)]])
                cov.setToolTip("\n".join(f"{n}: {number(f, '.1%')}" for n, f in zip(names, fractions))
                               + self.tr("\n(dashed line: an even share, 1/{k} = {share})").format(
                                   k=k, share=number(1 / k, ".1%")))
                self.coverage_items.append(bars)
                self.even_lines.append(even)
                sub = (sub + " · " if sub else "") + self.tr("dashed: even share 1/{k}").format(k=k)
            else:
                mark_empty(cov, self.tr("not measured: Compute it in the Figures tab"))
                self.coverage_items.append(None)
                self.even_lines.append(None)
            self.coverage_plots.append(cov)
            loss = chart_plot()
            loss.setObjectName("lossPlot")
            log = m.card.get("training_log")
            try:
                st = loss_stability(log)
                osc = self.tr("oscillation {value} ({curve}, 0 = smooth)").format(
                    value=number(st["oscillation"], ".3f"), curve=loss_name(st["curve"]))
            except ValueError:
                osc = ""
            drawn = draw_losses(loss, log)
            if not drawn:
                mark_empty(loss, self.tr("no training log in the model card"))
            legend = "  ".join(f"<span style='color:{CURVE_COLORS.get(k, OTHER_CURVE)}'>"
                               f"{'╍' if k == 'loss' and len(drawn) > 1 else '━'} {html.escape(loss_name(k))}</span>"
                               for k, _lo, _hi in drawn)
            loss.setToolTip(self.tr("The losses logged during training, on the axis's real values:") + "\n" + "\n".join(
                self.tr("{curve}: {low} to {high}").format(curve=loss_name(k), low=number(lo, ".4g"),
                                                          high=number(hi, ".4g")) for k, lo, hi in drawn))
            self.loss_plots.append(loss)
            g.addWidget(chart_cell(head, sub, cov), 0, c)
            g.addWidget(chart_cell(self.tr("{model} · training losses").format(model=name),
                                   "<br>".join(t for t in (osc, legend) if t), loss), 1, c)
        for c in range(len(self.models)):
            g.setColumnStretch(c, 1)

    def coverage_heights(self, index: int) -> np.ndarray | None:
        """Bar heights of model ``index``'s coverage chart (None when not measured)."""
        item = self.coverage_items[index] if 0 <= index < len(self.coverage_items) else None
        return None if item is None else np.asarray(item.opts["height"], float)
