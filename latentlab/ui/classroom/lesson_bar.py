"""The lesson bar (step title, caption, notes, "3 / 8", a thin progress bar) and the frame a
lesson step draws around the control it points at.

A step whose highlighted control the open model lacks gets its own note (``lessonControlNote``),
apart from the other notes, so the player and tests address it by id."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.widgets import note_label

#: the lesson bar outside presentation mode (the light theme has no rules for it)
LESSON_BAR_QSS = """
QWidget#lessonBar { background: #ffffff; border-bottom: 1px solid #e3e5e9; }
QLabel#lessonName { color: #6b7280; }
QLabel#lessonTitle { font-size: 17pt; font-weight: 700; color: #111827; }
QLabel#lessonCaption { font-size: 13pt; color: #1f2328; }
QLabel#lessonNote, QLabel#lessonControlNote { font-size: 11pt; color: #92400e; }
QLabel#lessonProgress { font-size: 12pt; font-weight: 600; color: #4b5563; }
QProgressBar#lessonProgressBar { background: #e3e5e9; border: none; border-radius: 2px; }
QProgressBar#lessonProgressBar::chunk { background: #3d8bfd; border-radius: 2px; }
"""


class LessonBar(QWidget):
    """Step title, caption, notes, "3 / 8" and a thin progress bar; ◀ ▶ for the mouse."""

    previousClicked = Signal()
    nextClicked = Signal()
    closeClicked = Signal()
    #: Qt sent LanguageChange (a translator was installed): the open lesson's text should follow
    languageChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The bar takes the keyboard focus in a lesson, so → / ← reach the lesson, not a slider.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the shown step's (index, own title): the fallback title is built from it again on a language change
        self._step: tuple[int, str] | None = None
        self.lesson_title = note_label("", "lessonName", shrink=False)
        self.title = note_label("", "lessonTitle", shrink=False)
        self.caption = note_label("", "lessonCaption", shrink=False)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note = note_label("", "lessonNote", shrink=False)
        self.note.hide()
        #: which control the step points at this model lacks, and why ("" hides it)
        self.control_note = note_label("", "lessonControlNote", shrink=False)
        self.control_note.hide()
        self.counter = QLabel("")
        self.counter.setObjectName("lessonProgress")
        self.counter.setToolTip(self.tr("Step of the lesson (Page Down / → next, Page Up / ← back)"))
        self.bar = QProgressBar()
        self.bar.setObjectName("lessonProgressBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.prev_button = self._button("◀", "lessonPrev", self.tr("Previous step (Page Up or ←)"), self.previousClicked)
        self.next_button = self._button("▶", "lessonNext", self.tr("Next step (Page Down or →)"), self.nextClicked)
        self.close_button = self._button("✕", "lessonClose", self.tr("Close the lesson"), self.closeClicked)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.prev_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.lesson_title)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addWidget(self.control_note)
        layout.addWidget(self.bar)

    def _button(self, text: str, name: str, tip: str, signal) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(signal.emit)
        return b

    def set_lesson(self, title: str) -> None:
        self.lesson_title.setText(title)

    def set_step(self, index: int, count: int, title: str, caption: str, notes: list[str]) -> None:
        self._step = (index, title)
        self.title.setText(self._title_text())
        self.caption.setText(caption)
        self.counter.setText(f"{index + 1} / {count}")
        self.bar.setRange(0, max(1, count))
        self.bar.setValue(index + 1)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.set_notes(notes)

    def _title_text(self) -> str:
        """The step's own title, or "Step 3" in the UI's language for a step that has none."""
        index, title = self._step or (0, "")
        return title or self.tr("Step %n", "a lesson step without a title of its own", index + 1)

    def set_notes(self, notes: list[str]) -> None:
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.fit_height()

    def set_control_note(self, text: str) -> None:
        """Say which control of the step this model lacks ("" hides the note)."""
        self.control_note.setText(text)
        self.control_note.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Word-wrapped labels in a dock do not ask for their height: give it to them."""
        w = max(200, self.width() - 32)
        h = 16 + 6 * 4 + self.bar.height() + self.lesson_title.sizeHint().height()
        h += max(self.title.heightForWidth(max(100, w - 300)), self.counter.sizeHint().height(),
                 self.next_button.sizeHint().height())
        h += self.caption.heightForWidth(w)
        shown = [n for n in (self.note, self.control_note) if not n.isHidden()]
        # the base counts one spacing for a note; a second note brings its own
        h += sum(n.heightForWidth(w) for n in shown) + 6 * max(0, len(shown) - 1)
        # Exactly this high: with the image hidden (a view on stage) the bar must not grow.
        self.setFixedHeight(h)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        QTimer.singleShot(0, self.fit_height)

    def changeEvent(self, ev) -> None:  # noqa: N802
        super().changeEvent(ev)
        if ev.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self.fit_height)
        elif ev.type() == QEvent.Type.LanguageChange:
            # A step without a title shows "Step 3" in the UI's words: follow the language even when
            # the lesson's own text stays (a lesson with no file in the new language).
            if self._step is not None:
                self.title.setText(self._title_text())
            self.languageChanged.emit()  # the player re-reads the open lesson's text


class Highlighter(QWidget):
    """A bright frame drawn around a control a lesson step points at (``highlight = "seed"``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lessonHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._follow)
        self.hide()

    def point_at(self, widget: QWidget | None) -> None:
        self.target = widget
        if widget is None:
            self._timer.stop()
            self.hide()
            return
        self._timer.start()
        self._follow()

    def _follow(self) -> None:
        w = self.target
        try:
            visible = w is not None and w.isVisible() and w.window() is self.window()
        except RuntimeError:  # the widget was deleted
            visible = False
        if not visible:
            self.hide()
            return
        top_left = w.mapTo(self.window(), w.rect().topLeft())
        r = QRect(top_left, w.size()).adjusted(-6, -6, 6, 6)
        if r != self.geometry():
            self.setGeometry(r)
        if not self.isVisible():
            self.show()
        self.raise_()

    def paintEvent(self, ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor("#ffd166"), 5)
        p.setPen(pen)
        p.drawRoundedRect(self.rect().adjusted(3, 3, -3, -3), 10, 10)
