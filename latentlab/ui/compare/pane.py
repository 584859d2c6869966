"""One pane of the compare view: a model's name, its picture(s), render time, and its own sliders.

The pane only shows what it is given (:meth:`ComparePane.set_frames`, :meth:`set_error`, …) and
reports what the user asks for (another model, remove the pane, a slider move). A pane whose
model failed to load shows the error in its own picture area; the other panes are unaffected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import fmt, number
from latentlab.ui.common.qt_helpers import PaintPacer, frame_to_qimage
from latentlab.ui.common.widgets import pixel_view
from latentlab.ui.compare.jobs import PC_COUNT, mosaic
from latentlab.ui.compare.pc_sliders import PcSliders

CANVAS = "#2b2d31"
#: one colour per pane, in pane order: the same colour-blind-safe (Okabe-Ito) colours as the figure
PANE_COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7")
#: frames shown in the filmstrip under an interpolating pane
FILMSTRIP = 9
OPEN_FILE = "\x00open"


#: where a title may be broken onto its second line (after these characters)
BREAK_AFTER = "-_. "


class ElidedTitle(QLabel):
    """A title that fits its width: on one line when it can, else broken onto two lines after a
    "-", "_", "." or space, and only then shortened in the middle with "…". Its tooltip always
    says the whole text, and :meth:`text` is always the whole text.

    Shortened in the middle, not at the end: two panes' names often differ only in their last
    part ("fashion-mnist-vae", "fashion-mnist-gan").
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = str(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_lines(self) -> list[str]:
        """The lines as drawn now (one or two, shortened with "…" when even two do not fit)."""
        return super().text().split("\n")

    def is_elided(self) -> bool:
        return "".join(self.shown_lines()) != self._full

    def fitted(self, width: int) -> str:
        """The text as it is drawn at ``width`` pixels: one line, two, or shortened."""
        fm = self.fontMetrics()
        full = self._full
        if fm.horizontalAdvance(full) <= width:
            return full
        breaks = [i + 1 for i, ch in enumerate(full[:-1]) if ch in BREAK_AFTER]
        fits = [i for i in breaks if fm.horizontalAdvance(full[:i].rstrip()) <= width]
        if not fits:
            return fm.elidedText(full, Qt.TextElideMode.ElideMiddle, max(width, 1))
        first, rest = full[:fits[-1]].rstrip(), full[fits[-1]:].lstrip()
        return first + "\n" + fm.elidedText(rest, Qt.TextElideMode.ElideMiddle, max(width, 1))

    def _elide(self) -> None:
        shown = self.fitted(self.contentsRect().width())
        if super().text() != shown:
            super().setText(shown)
        self.setToolTip(self._full)

    def resizeEvent(self, ev: Any) -> None:
        super().resizeEvent(ev)
        self._elide()

    def changeEvent(self, ev: QEvent) -> None:
        super().changeEvent(ev)
        if ev.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # presentation mode's big type: the same width holds fewer letters


class ComparePane(QFrame):
    """One model's pane.

    Signals
    -------
    modelPicked(str)
        A model name or file chosen in the pane's picker (``OPEN_FILE`` asks for a file dialog).
    removeClicked()
    sliderMoved(int, float)
        One of the pane's own (unlinked) sliders moved.
    """

    modelPicked = Signal(str)
    removeClicked = Signal()
    sliderMoved = Signal(int, float)
    slidersReset = Signal()

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePane")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.index = index
        self.frames: np.ndarray | None = None  # the last frames given, (N, H, W, C)
        self.frames_kind = ""
        self._shown: np.ndarray | None = None
        self._shape: tuple[int, ...] | None = None
        self._frame_index = 0
        self._spec = ""

        # header: colour chip, name, picker, remove
        self.chip = QLabel()
        self.chip.setFixedSize(14, 14)
        self.title = ElidedTitle("…")
        self.title.setObjectName("paneTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the pane
        self.title.setMinimumWidth(40)
        self.info = QLabel("")
        self.info.setObjectName("paneInfo")
        self.info.setWordWrap(True)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.picker = QToolButton()
        self.picker.setObjectName("panePicker")
        self.picker.setText("▾")
        self.picker.setToolTip(self.tr("Show another model in this pane"))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker_menu = QMenu(self.picker)
        self.picker.setMenu(self.picker_menu)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName("paneRemove")
        self.remove.setToolTip(self.tr("Remove this pane (at least two stay)"))
        self.remove.clicked.connect(self.removeClicked.emit)
        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 6, 0)
        head.setSpacing(8)
        head.addWidget(self.chip)
        head.addWidget(self.title, 1)
        head.addWidget(self.picker)
        head.addWidget(self.remove)

        # picture
        self.view, self.viewbox, self.item = pixel_view(CANVAS, mouse=False)
        self.pacer = PaintPacer(self.view)
        self.view.setMinimumSize(160, 160)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message = QLabel(self.tr("Loading…"))
        self.message.setObjectName("paneMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumSize(160, 160)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        # filmstrip (interpolation)
        self.filmstrip = QLabel()
        self.filmstrip.setObjectName("filmstrip")
        self.filmstrip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.filmstrip.setToolTip(self.tr("The whole path at a glance: evenly spaced frames from the first picture to the last"))
        self.filmstrip.setVisible(False)
        self.filmstrip.setMinimumHeight(30)

        # footer: timing and notes
        self.ms = QLabel("")
        self.ms.setObjectName("paneMs")
        self.ms.setToolTip(self.tr("How long this pane's last picture took to compute on the shared render worker"))
        self.note = QLabel("")
        self.note.setObjectName("paneNote")
        self.note.setWordWrap(True)
        foot = QHBoxLayout()
        foot.setContentsMargins(8, 2, 8, 2)
        foot.addWidget(self.info, 1)
        foot.addWidget(self.ms)

        self.sliders = PcSliders(PC_COUNT, compact=True)
        self.sliders.moved.connect(self.sliderMoved.emit)
        self.sliders.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.filmstrip)
        layout.addLayout(foot)
        layout.addWidget(self.note)
        layout.addWidget(self.sliders)
        self.set_index(index)

    # --- identity --------------------------------------------------------------------------
    def set_index(self, index: int) -> None:
        self.index = index
        color = PANE_COLORS[index % len(PANE_COLORS)]
        self.chip.setStyleSheet(f"background: {color}; border-radius: 7px;")
        # the pane's colour (the same as in the figure and the evidence charts) on its top edge
        self.setStyleSheet(f"QFrame#comparePane {{ border-top: 5px solid {color}; }}")

    def set_choices(self, names: Sequence[str], current: str) -> None:
        """Fill the model picker (installed model names, plus "Open file…")."""
        self._spec = current
        menu = self.picker_menu
        menu.clear()
        for name in names:
            act = menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(name == current)
            act.triggered.connect(lambda _c=False, n=name: self._picked(n))
        if names:
            menu.addSeparator()
        menu.addAction(self.tr("Open file…")).triggered.connect(lambda _c=False: self._picked(OPEN_FILE))

    def _picked(self, spec: str) -> None:
        if spec and spec != self._spec:
            self.modelPicked.emit(str(spec))

    def set_model(self, name: str, info: str) -> None:
        self.title.setText(name)
        self.info.setText(info)

    # --- content ---------------------------------------------------------------------------
    def set_loading(self, text: str = "") -> None:
        self.frames = None
        self._shown = None
        self.ms.setText("")
        self.message.setProperty("error", False)
        self.message.setStyleSheet("")
        self.message.setText(text or self.tr("Loading…"))
        self.stack.setCurrentIndex(0)

    def set_error(self, text: str) -> None:
        """Show why this pane has no model (the other panes keep working)."""
        self.frames = None
        self._shown = None
        self.ms.setText("")
        self.title.setText(self.title.text() if self.title.text() != "…" else self.tr("(no model)"))
        self.message.setText(f"✖  {text}")
        self.message.setStyleSheet("color: #fca5a5; font-size: 12pt; padding: 16px;")
        self.stack.setCurrentIndex(0)
        self.sliders.setVisible(False)
        self.filmstrip.setVisible(False)

    def set_frames(self, frames: np.ndarray, kind: str, ms: float, frame_index: int = 0) -> None:
        """New frames: one picture ("seed"), N*N ("grid", shown as a mosaic) or a path ("path")."""
        self.frames = frames
        self.frames_kind = kind
        self.ms.setText(fmt(self.tr("{ms:.1f} ms"), ms=ms))
        what = (self.tr("This pane's last render took {ms} ms for 1 image on the shared render worker")
                if len(frames) == 1 else
                self.tr("This pane's last render took {ms} ms for {n} images on the shared render worker"))
        self.ms.setToolTip(what.format(ms=number(ms, ".1f"), n=len(frames)))
        if kind == "path":
            self._frame_index = max(0, min(len(frames) - 1, frame_index))
            self._show(frames[self._frame_index])
            self._show_filmstrip(frames)
        else:
            self.filmstrip.setVisible(False)
            self._show(frames[0] if kind == "seed" else mosaic(frames, gap=1, value=43))

    def show_frame(self, index: int) -> None:
        """Show frame ``index`` of a path (animation and scrubbing)."""
        if self.frames is None or self.frames_kind != "path" or not len(self.frames):
            return
        self._frame_index = max(0, min(len(self.frames) - 1, int(index)))
        self._show(self.frames[self._frame_index])

    def _show(self, frame: np.ndarray) -> None:
        if frame.ndim == 3 and frame.shape[2] == 1:
            frame = frame[:, :, 0]
        frame = np.ascontiguousarray(frame)
        self._shown = frame
        self.item.setImage(frame, autoLevels=False)
        self.pacer.frame_set()
        if frame.shape != self._shape:
            self._shape = frame.shape
            self.viewbox.autoRange(padding=0.02)
        if self.stack.currentIndex() != 1:
            self.stack.setCurrentIndex(1)
            self.viewbox.autoRange(padding=0.02)

    def _show_filmstrip(self, frames: np.ndarray) -> None:
        picks = np.linspace(0, len(frames) - 1, min(FILMSTRIP, len(frames))).round().astype(int)
        strip = mosaic(frames[picks], cols=len(picks), gap=2, value=43)
        img = frame_to_qimage(strip, copy=True)
        width = max(len(picks) * 24, min(self.width() - 20, len(picks) * 84))
        self.filmstrip.setPixmap(QPixmap.fromImage(img).scaledToWidth(width, Qt.TransformationMode.FastTransformation))
        self.filmstrip.setVisible(True)

    def current_frame(self) -> np.ndarray | None:
        """The image on screen: (H, W) grey or (H, W, 3); a grid shows as one mosaic."""
        return self._shown

    @property
    def showing_error(self) -> bool:
        return self.stack.currentIndex() == 0 and self.message.text().startswith("✖")

    def set_note(self, text: str, warn: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #b45309;" if warn else "")
        self.note.setVisible(bool(text))

    def set_own_sliders(self, visible: bool) -> None:
        self.sliders.setVisible(visible and not self.showing_error)

    def resizeEvent(self, ev: Any) -> None:
        super().resizeEvent(ev)
        if self.frames is not None and self.frames_kind == "path":
            self._show_filmstrip(self.frames)


def color_of(index: int) -> QColor:
    return QColor(PANE_COLORS[index % len(PANE_COLORS)])
