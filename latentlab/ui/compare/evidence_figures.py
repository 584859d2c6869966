"""The evidence panel's figures table: each measured figure per model, the best shaded, the real-vs-real floor.

The rows and their formatting come from :mod:`latentlab.core.metric_table`, the same table the
exported comparison figure draws, so the app and the figure read alike: the rows' names and
notes in the UI language from ``resources/captions.toml``, the numbers as the language writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from latentlab.core import metric_table
from latentlab.core.caption_text import caption
from latentlab.ui.common import i18n

NOT_MEASURED = "not measured"
#: rows of the figures table: (key, label, which way is better)
FIGURES = metric_table.METRIC_ROWS
GREY = "#8a8f98"
BEST_BACK = "#dcf1e0"


@dataclass
class EvidenceModel:
    """One loaded pane as the evidence sees it."""

    pane: int
    name: str
    card: dict[str, Any]
    color: str
    dataset: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def fmt(key: str, value: float | None, card: dict[str, Any] | None = None) -> str:
    """A figure as the table shows it (as in the exported figure, in the UI language's number format;
    "not measured" when None)."""
    lang = i18n.current_language()
    return metric_table.format_metric(key, value, card, missing=caption(NOT_MEASURED, lang), lang=lang)


class GrowingTable(QTableWidget):
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


class FiguresTable(GrowingTable):
    """One row per figure, one column per model, then the real-vs-real floor."""

    def __init__(self) -> None:
        super().__init__(len(FIGURES), 2)
        self.setObjectName("figuresTable")

    def fill(self, models: list[EvidenceModel], group: list[EvidenceModel]) -> None:
        """Show the figures of ``models``; the best is shaded among ``group`` (the comparable ones)."""
        lang = i18n.current_language()
        notes = {k: caption(n, lang) for k, _l, n in metric_table.METRICS}
        self.clear()
        self.setColumnCount(2 + len(models) + 1)
        self.setRowCount(len(FIGURES))
        headers = [self.tr("figure"), self.tr("better")]
        several = len({x.dataset for x in models}) > 1
        for m in models:
            ev = metric_table.eval_results(m.card)
            sub = (self.tr("n = {n}").format(n=QLocale().toString(int(ev["n"]))) if ev and ev.get("n")
                   else self.tr("not measured"))
            headers.append(f"{m.name}\n{(m.dataset or '?') + ' · ' if several else ''}{sub}")
        headers.append(self.tr("real vs real\n(floor)"))
        self.setHorizontalHeaderLabels(headers)
        hh = self.horizontalHeader()
        # Figures are never cut short: the models' columns fit their numbers and headers, and the
        # "better" column takes what is left, wrapping its words (the panel is often narrow).
        for c in range(self.columnCount()):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 1 else
                                    QHeaderView.ResizeMode.ResizeToContents)
        for c, m in enumerate(models):
            head = self.horizontalHeaderItem(2 + c)
            if head is not None:
                head.setForeground(QBrush(QColor(m.color)))
        for r, (key, label, better) in enumerate(FIGURES):
            label, better = caption(label, lang), caption(better, lang)
            name = QTableWidgetItem(label)
            name.setToolTip(notes.get(key, ""))
            f = name.font()
            f.setBold(True)
            name.setFont(f)
            self.setItem(r, 0, name)
            self.setItem(r, 1, self._grey(better))
            values = [metric_table.finite_number((metric_table.eval_results(m.card) or {}).get(key)) for m in models]
            best = metric_table.best_index(key, [v if m in group else None for v, m in zip(values, models)])
            for c, (m, v) in enumerate(zip(models, values)):
                self.setItem(r, 2 + c, self._value(key, label, m, v, best == c, group))
            floors = sorted({fmt(key, v) for v in (metric_table.floor_value(m.card, key) for m in models)
                             if v is not None})
            self.setItem(r, 2 + len(models), self._grey(
                " / ".join(floors) or "-",
                self.tr("The same figure between two sets of real images: what a perfect generator would score")))
        self.fit_height()

    def _value(self, key: str, label: str, m: EvidenceModel, v: float | None, best: bool,
               group: list[EvidenceModel]) -> QTableWidgetItem:
        item = QTableWidgetItem(fmt(key, v, m.card) if v is not None else self.tr("not measured"))
        if v is None:
            item.setForeground(QBrush(QColor(GREY)))
            it = item.font()
            it.setItalic(True)
            item.setFont(it)
            item.setToolTip(self.tr("{model}'s card holds no {figure}: press Compute below (or run latentlab eval "
                                    "{model})").format(model=m.name, figure=label))
        elif best:
            item.setBackground(QBrush(QColor(BEST_BACK)))
            item.setToolTip(self.tr("Best {figure} of the models trained on {dataset}").format(
                figure=label, dataset=group[0].dataset))
        item.setData(Qt.ItemDataRole.UserRole, v)
        return item

    @staticmethod
    def _grey(text: str, tip: str = "") -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setForeground(QBrush(QColor(GREY)))
        if tip:
            item.setToolTip(tip)
        return item
