"""Named points: save the current point (Ctrl+B), recall one (double-click / Enter), rename, delete.

Bookmarks live in :class:`ExplorerState`; the controller autosaves them to the session file.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.state import Bookmark, ExplorerState

THUMB = 56


def thumb_icon(frame: np.ndarray | None) -> QIcon:
    if frame is None:
        return QIcon()
    img = frame_to_qimage(frame).scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation)
    pix = QPixmap.fromImage(img)
    icon = QIcon(pix)
    icon.addPixmap(pix, QIcon.Mode.Selected)  # no blue tint over the picture when selected
    return icon


class BookmarksPanel(QWidget):
    """A list of bookmarks with thumbnails and Add / Go to / Delete buttons."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._thumb_requests: set[int] = set()
        #: asked for the thumbnail of a bookmark that has none; set by the controller
        self.request_thumbnail = None

        self.list = QListWidget()
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setToolTip(self.tr("Your saved points. Double-click or press Enter to go to one, F2 to rename, "
                                     "Delete to remove it. They are kept between sessions."))
        self.list.itemActivated.connect(lambda item: self.recall(self.list.row(item)))
        self.list.itemChanged.connect(self._on_renamed)
        self.list.setUniformItemSizes(True)

        self.add = QPushButton(self.tr("Bookmark"))
        self.add.setToolTip(self.tr("Save the current point under a name (Ctrl+B)"))
        self.add.clicked.connect(lambda: self.add_current())
        self.go = QPushButton(self.tr("Go to"))
        self.go.setToolTip(self.tr("Make the selected bookmark the current point (opens its model if needed)"))
        self.go.clicked.connect(lambda: self.recall(self.list.currentRow()))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Remove the selected bookmark (Delete key)"))
        self.delete.clicked.connect(lambda: self.remove(self.list.currentRow()))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=lambda: self.remove(self.list.currentRow()))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add, self.go, self.delete):
            buttons.addWidget(b)
        self.empty = QLabel(self.tr("No bookmarks yet.\n\nPress Ctrl+B (or the Bookmark button) to keep the current "
                                    "point under a name. Bookmarks are kept between sessions."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)

        state.bookmarksChanged.connect(self.refresh)
        state.modelChanged.connect(lambda _m: self._update_buttons())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()

    def _update_buttons(self) -> None:
        self.add.setEnabled(self.state.model is not None)
        has = 0 <= self.list.currentRow() < len(self.state.bookmarks)
        self.go.setEnabled(has)
        self.delete.setEnabled(has)

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for i, b in enumerate(self.state.bookmarks):
            item = QListWidgetItem(thumb_icon(b.thumb), b.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            when = dt.datetime.fromtimestamp(b.created).strftime("%Y-%m-%d %H:%M")
            extra = f", seed {b.seed}" if b.seed is not None else ""
            label = f", class {b.label}" if b.label is not None else ""
            item.setToolTip(self.tr("<b>{name}</b><br>{model_name}{label}{extra}<br>saved {when}")
                                    .format(name=b.name, model_name=b.model_name, label=label, extra=extra, when=when))
            self.list.addItem(item)
            if b.thumb is None and self.request_thumbnail is not None and id(b) not in self._thumb_requests:
                self._thumb_requests.add(id(b))
                self.request_thumbnail(b)
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.list.count() else 0)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._update_buttons()

    def set_thumbnail(self, bookmark: Bookmark, frame: np.ndarray) -> None:
        bookmark.thumb = frame
        for i, b in enumerate(self.state.bookmarks):
            if b is bookmark and i < self.list.count():
                self.list.item(i).setIcon(thumb_icon(frame))

    def add_current(self, name: str | None = None, thumb: np.ndarray | None = None, edit: bool = True) -> Bookmark | None:
        """Bookmark the current point; without a name, start editing a default one in place."""
        if self.state.model is None:
            return None
        b = self.state.make_bookmark(name or self.state.default_bookmark_name())
        b.thumb = thumb
        self.state.add_bookmark(b)
        row = len(self.state.bookmarks) - 1
        self.list.setCurrentRow(row)
        if edit and name is None:
            self.list.editItem(self.list.item(row))
        return b

    def _on_renamed(self, item: QListWidgetItem) -> None:
        self.state.rename_bookmark(self.list.row(item), item.text().strip())

    def recall(self, row: int) -> None:
        if 0 <= row < len(self.state.bookmarks):
            self.state.recall_bookmark(self.state.bookmarks[row])

    def remove(self, row: int) -> None:
        self.state.remove_bookmark(row)
