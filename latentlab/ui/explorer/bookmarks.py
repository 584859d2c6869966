"""Named points: save the current point (Ctrl+B), recall one (double-click / Enter), rename, delete.

Bookmarks live in :class:`ExplorerState`; the controller autosaves them to the session file.
A new bookmark is named in a small prompt (the default name pre-filled: Enter keeps it). Each
bookmark belongs to the model it was made with; "this model only" (on by default) lists just
the open model's, and with it off the list is grouped under each model's name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
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
#: the item data role holding a row's index into ``state.bookmarks`` (None on a model's heading)
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def belongs_to(bookmark: Bookmark, model_path: str) -> bool:
    """Was ``bookmark`` made with the model at ``model_path``?"""
    if bookmark.model_path == model_path:
        return True
    try:
        return Path(bookmark.model_path).expanduser().resolve() == Path(model_path).expanduser().resolve()
    except (OSError, RuntimeError):
        return False


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

        self.only_model = QCheckBox(self.tr("This model only"))
        self.only_model.setChecked(True)
        self.only_model.setToolTip(self.tr("List only the bookmarks made with the open model; untick to see every "
                                           "model's, grouped by model"))
        self.only_model.toggled.connect(lambda _on: self.refresh())
        #: the prompt for a new bookmark's name while it is open (tests answer it)
        self.name_dialog: QInputDialog | None = None

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
        layout.addWidget(self.only_model)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)

        state.bookmarksChanged.connect(self.refresh)
        state.modelChanged.connect(lambda _m: self.refresh())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()

    def index_of_row(self, row: int) -> int:
        """The index into ``state.bookmarks`` of list row ``row``; -1 for a heading or no row."""
        item = self.list.item(row) if 0 <= row < self.list.count() else None
        index = item.data(INDEX_ROLE) if item is not None else None
        return int(index) if index is not None else -1

    def _update_buttons(self) -> None:
        self.add.setEnabled(self.state.model is not None)
        has = self.index_of_row(self.list.currentRow()) >= 0
        self.go.setEnabled(has)
        self.delete.setEnabled(has)

    def _groups(self) -> list[tuple[str | None, list[int]]]:
        """(heading or None, bookmark indices) in the order listed: the open model's first."""
        marks = self.state.bookmarks
        model = self.state.model
        mine = [i for i, b in enumerate(marks) if model is not None and belongs_to(b, model.path)]
        if model is not None and self.only_model.isChecked():
            return [(None, mine)]
        groups: dict[str, list[int]] = {}
        for i, b in enumerate(marks):
            if i not in mine:
                groups.setdefault(b.model_name, []).append(i)
        out = [(model.name, mine)] if mine else []
        return out + list(groups.items())

    def refresh(self) -> None:
        current = self.index_of_row(self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        select = -1
        for heading, indices in self._groups():
            if heading is not None and indices:
                head = QListWidgetItem(heading)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a label: not selectable, not editable
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setToolTip(self.tr("Bookmarks made with the model {name}").format(name=heading))
                self.list.addItem(head)
            for i in indices:
                b = self.state.bookmarks[i]
                item = QListWidgetItem(thumb_icon(b.thumb), b.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(INDEX_ROLE, i)
                when = dt.datetime.fromtimestamp(b.created).strftime("%Y-%m-%d %H:%M")
                extra = self.tr(", seed {seed}").format(seed=b.seed) if b.seed is not None else ""
                label = self.tr(", class {label}").format(label=b.label) if b.label is not None else ""
                item.setToolTip(self.tr("<b>{name}</b><br>{model_name}{label}{extra}<br>saved {when}")
                                .format(name=b.name, model_name=b.model_name, label=label, extra=extra, when=when))
                self.list.addItem(item)
                if i == current or select < 0:
                    select = self.list.count() - 1
                if b.thumb is None and self.request_thumbnail is not None and id(b) not in self._thumb_requests:
                    self._thumb_requests.add(id(b))
                    self.request_thumbnail(b)
        self.list.blockSignals(False)
        shown = self.list.count() > 0
        self.stack.setCurrentIndex(1 if shown else 0)
        hidden = len(self.state.bookmarks) if not shown else 0
        self.empty.setText(
            self.tr("No bookmarks for this model yet ({n} for other models: untick \"This model only\" to see "
                    "them).\n\nPress Ctrl+B to keep the current point under a name.").format(n=hidden) if hidden else
            self.tr("No bookmarks yet.\n\nPress Ctrl+B (or the Bookmark button) to keep the current point under a "
                    "name. Bookmarks are kept between sessions."))
        if select >= 0:
            self.list.setCurrentRow(select)
        self._update_buttons()

    def set_thumbnail(self, bookmark: Bookmark, frame: np.ndarray) -> None:
        bookmark.thumb = frame
        for row in range(self.list.count()):
            i = self.index_of_row(row)
            if i >= 0 and self.state.bookmarks[i] is bookmark:
                self.list.item(row).setIcon(thumb_icon(frame))

    def add_current(self, name: str | None = None, thumb: np.ndarray | None = None, edit: bool = True) -> Bookmark | None:
        """Bookmark the current point. Without a name (and with ``edit``), ask for one first.

        The point is taken now, so moving on while the prompt is open does not change it; the
        bookmark is added when the prompt is accepted (None is returned meanwhile).
        """
        if self.state.model is None:
            return None
        b = self.state.make_bookmark(name or self.state.default_bookmark_name())
        b.thumb = thumb
        if edit and name is None:
            self._ask_name(b)
            return None
        self._add(b)
        return b

    def _ask_name(self, bookmark: Bookmark) -> None:
        if self.name_dialog is not None:
            self.name_dialog.close()
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Bookmark"))
        dialog.setLabelText(self.tr("Name of the bookmark ({model}):").format(model=bookmark.model_name))
        dialog.setTextValue(bookmark.name)  # Enter keeps the default
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._add(bookmark, text.strip() or bookmark.name))
        dialog.finished.connect(lambda _r: setattr(self, "name_dialog", None))
        self.name_dialog = dialog
        dialog.open()

    def _add(self, bookmark: Bookmark, name: str | None = None) -> None:
        if name:
            bookmark.name = name
        self.state.add_bookmark(bookmark)
        index = len(self.state.bookmarks) - 1
        for row in range(self.list.count()):
            if self.index_of_row(row) == index:
                self.list.setCurrentRow(row)

    def _on_renamed(self, item: QListWidgetItem) -> None:
        self.state.rename_bookmark(self.index_of_row(self.list.row(item)), item.text().strip())

    def recall(self, row: int) -> None:
        """Go to the bookmark on list row ``row`` (headings and empty rows do nothing)."""
        i = self.index_of_row(row)
        if i >= 0:
            self.state.recall_bookmark(self.state.bookmarks[i])

    def remove(self, row: int) -> None:
        """Delete the bookmark on list row ``row``."""
        i = self.index_of_row(row)
        if i >= 0:
            self.state.remove_bookmark(i)
