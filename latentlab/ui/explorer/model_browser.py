"""The list of models: bundled ones, the user's own, and recently opened files. Click one to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from latentlab.ui.common.family_text import family_description, kind_phrase
from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.state import ExplorerState, ModelSummary

if TYPE_CHECKING:
    from latentlab.core.zoo import ModelInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


def describe(info: ModelInfo) -> str:
    """One line under a model's name: "conditional GAN · mnist · 64-D latent"."""
    translate = QCoreApplication.translate
    parts = [kind_phrase(info.family, bool(info.class_names), info.kind),
             info.dataset or translate("ModelBrowser", "unknown data"),
             translate("ModelBrowser", "{n}-D latent").format(n=info.latent_dim)]
    return " · ".join(parts)


#: the narrowest the model list and the card get, in average characters of their font
READABLE_CHARS = 26


def readable_width(widget: QWidget, chars: int) -> int:
    """Pixels for ``chars`` average characters of the widget's font, plus a scroll bar's room."""
    return widget.fontMetrics().averageCharWidth() * chars + 24


class ModelBrowser(QWidget):
    """Tree of models grouped by where they come from."""

    openFileClicked = Signal()

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setUniformRowHeights(False)
        self.tree.setToolTip(self.tr("Models you can explore. Click one to open it."))
        # A name and its one-line description stay readable on a small projector screen.
        self.setMinimumWidth(readable_width(self, READABLE_CHARS))
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.groups = {}
        for key, title in (("bundled", self.tr("Bundled models")), ("user", self.tr("Your models")), ("recent", self.tr("Recent files"))):
            g = QTreeWidgetItem([title])
            g.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = g.font(0)
            f.setBold(True)
            f.setCapitalization(QFont.Capitalization.AllUppercase)
            f.setPointSizeF(max(7.0, f.pointSizeF() * 0.85))
            g.setFont(0, f)
            g.setForeground(0, QBrush(QColor("#6b7280")))
            self.tree.addTopLevelItem(g)
            g.setExpanded(True)
            self.groups[key] = g
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.setToolTip(self.tr("Open a .safetensors model or a TorchScript manifest (.json) from disk (Ctrl+O). "
                                            "You can also drop the file onto the window."))
        self.open_button.clicked.connect(self.openFileClicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.open_button)
        state.modelsListed.connect(self.refresh)
        state.recentChanged.connect(self.refresh)
        state.modelChanged.connect(self._mark_current)
        self.refresh()

    def refresh(self) -> None:
        for g in self.groups.values():
            g.takeChildren()
        listed = set()
        for info in self.state.available_models:
            group = self.groups["bundled" if info.source == "bundled" else "user"]
            item = QTreeWidgetItem([f"{info.name}\n{describe(info)}"])
            item.setData(0, PATH_ROLE, str(info.path))
            about = f"{family_description(info.family)}\n" if info.family is not None else ""
            item.setToolTip(0, about + fmt(self.tr("{path}\n{params:,} parameters — click to open"),
                path=info.path, params=info.params))
            group.addChild(item)
            listed.add(str(Path(info.path).resolve()))
        for path in self.state.recent_files:
            if path in listed:
                continue
            p = Path(path)
            exists = p.is_file()
            item = QTreeWidgetItem([f"{p.stem}\n{p.parent}" if exists else
                                    self.tr("{name}\nmissing: {folder}").format(name=p.stem, folder=p.parent)])
            item.setData(0, PATH_ROLE, path)
            item.setToolTip(0, path if exists else self.tr("{path}\nThis file is no longer there (moved or deleted). "
                                                           "Clicking it removes it from the list.").format(path=path))
            if not exists:
                item.setForeground(0, QBrush(QColor("#9ca3af")))
            self.groups["recent"].addChild(item)
        anything = any(g.childCount() for g in self.groups.values())
        for key, g in self.groups.items():
            g.setHidden(g.childCount() == 0 and (key != "bundled" or anything))
        if not anything:
            hint = QTreeWidgetItem([self.tr("No bundled models found.\nUse Open file… below.")])
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.groups["bundled"].addChild(hint)
        self._mark_current(self.state.model)

    def _items(self):
        for g in self.groups.values():
            for i in range(g.childCount()):
                yield g.child(i)

    def _mark_current(self, model: ModelSummary | None) -> None:
        current = model.path if model else None
        for item in self._items():
            path = item.data(0, PATH_ROLE)
            f = item.font(0)
            on = bool(path) and current is not None and str(Path(path).resolve()) == current
            f.setBold(on)
            item.setFont(0, f)
            if on:
                self.tree.setCurrentItem(item)

    def _on_item(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if path and (self.state.model is None or str(Path(path).resolve()) != self.state.model.path):
            self.state.request_open(path)
