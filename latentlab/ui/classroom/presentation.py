"""Classroom mode: presentation (full screen, large type, high contrast), lessons and live training.

:func:`install_classroom` adds all of it to an explorer window without the window knowing
the details: View ▸ Presentation (F5) with a screen submenu, View ▸ Live training, File ▸ Open
lesson…, a Lessons menu, the lesson bar (title, caption, "3 / 8" and a thin progress bar) and
the keys a presenter remote sends (Page Down / Page Up, → / ←, Esc).

Type size follows the screen: :func:`presentation_font_px` gives the body text size for a
screen height in logical pixels (24 px at 1080 p, 48 px on a 4K screen at 100 %); captions and
titles are larger still. The theme is ``resources/themes/presentation.qss`` with those sizes
filled in, applied to the window only, and removed again on Esc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.qt_helpers import make_action

if TYPE_CHECKING:  # pragma: no cover
    from latentlab.ui.classroom.lesson_player import LessonPlayer
    from latentlab.ui.training.panel import TrainingPanel

#: smallest body text in presentation mode, in pixels (readable from ~10 m on a projector)
MIN_BODY_PX = 24
#: screen height (logical pixels) per pixel of body text: 1080 / 45 = 24
HEIGHT_PER_PX = 45
CAPTION_SCALE = 1.3
TITLE_SCALE = 1.75


def presentation_font_px(size: Any) -> int:
    """Body text size in pixels for a screen: ``max(24, height / 45)``.

    Parameters
    ----------
    size : int, QSize, QRect or QScreen
        The screen's height in logical (device-independent) pixels, or something with one.
    """
    if isinstance(size, QScreen):
        size = size.geometry()
    if isinstance(size, (QSize, QRect)):
        height = size.height()
    else:
        height = int(size)
    return max(MIN_BODY_PX, round(height / HEIGHT_PER_PX))


def presentation_sizes(body: int) -> dict[str, int]:
    """All sizes the presentation theme uses, from the body size."""
    handle = max(24, round(body * 1.1))
    return {"BODY": body, "CAPTION": round(body * CAPTION_SCALE), "TITLE": round(body * TITLE_SCALE),
            "SMALL": max(18, round(body * 0.8)), "HANDLE": handle, "VALUE": round(body * 3.6), "HANDLE_MARGIN": (handle - 8) // 2 + 3,
            "HANDLE_RADIUS": handle // 2 + 3}


def presentation_stylesheet(body: int, part: str = "window") -> str:
    """The presentation theme with its sizes filled in ("" when the file is missing).

    ``part`` is ``"window"`` (the explorer window) or ``"compare"`` (the section after the
    ``@COMPARE@`` marker, added to the compare view's own stylesheet while it is on stage).
    """
    from latentlab.core.paths import resources_dir

    res = resources_dir()
    try:
        text = (res / "themes" / "presentation.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    marker = text.find("/* @COMPARE@")
    if marker >= 0:
        text = text[marker:] if part == "compare" else text[:marker]
    elif part == "compare":
        return ""
    sizes = presentation_sizes(body)
    # Longest names first, so @HANDLE@ does not eat the start of @HANDLE_MARGIN@.
    for key in sorted(sizes, key=len, reverse=True):
        text = text.replace(f"@{key}@", str(sizes[key]))
    return text.replace("@ICONS@", (res / "icons").as_posix())


def dark_palette() -> QPalette:
    """The palette under the presentation theme (for widgets the stylesheet does not reach)."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#101114", QPalette.ColorRole.WindowText: "#f5f5f5",
        QPalette.ColorRole.Base: "#16181c", QPalette.ColorRole.AlternateBase: "#1b1d22",
        QPalette.ColorRole.Text: "#f5f5f5", QPalette.ColorRole.Button: "#22252b",
        QPalette.ColorRole.ButtonText: "#f5f5f5", QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#fff7d6",
        QPalette.ColorRole.ToolTipText: "#101114", QPalette.ColorRole.PlaceholderText: "#9ca3af",
        QPalette.ColorRole.Light: "#3a3d44", QPalette.ColorRole.Midlight: "#2a2c31",
        QPalette.ColorRole.Mid: "#2a2c31", QPalette.ColorRole.Dark: "#0b0c0e",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7b8190"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7b8190"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7b8190"))
    return p


# ---------------------------------------------------------------------------------------------
# the lesson bar


class LessonBar(QWidget):
    """Step title, caption, notes, "3 / 8" and a thin progress bar; ◀ ▶ for the mouse."""

    previousClicked = Signal()
    nextClicked = Signal()
    closeClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The bar takes the keyboard focus in a lesson, so → / ← reach the lesson, not a slider.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lesson_title = QLabel("")
        self.lesson_title.setObjectName("lessonName")
        self.lesson_title.setWordWrap(True)
        self.title = QLabel("")
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.caption = QLabel("")
        self.caption.setObjectName("lessonCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note = QLabel("")
        self.note.setObjectName("lessonNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.counter = QLabel("")
        self.counter.setObjectName("lessonProgress")
        self.counter.setToolTip("Step of the lesson (Page Down / → next, Page Up / ← back)")
        self.bar = QProgressBar()
        self.bar.setObjectName("lessonProgressBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.prev_button = self._button("◀", "lessonPrev", "Previous step (Page Up or ←)", self.previousClicked)
        self.next_button = self._button("▶", "lessonNext", "Next step (Page Down or →)", self.nextClicked)
        self.close_button = self._button("✕", "lessonClose", "Close the lesson", self.closeClicked)

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
        self.title.setText(title or f"Step {index + 1}")
        self.caption.setText(caption)
        self.counter.setText(f"{index + 1} / {count}")
        self.bar.setRange(0, max(1, count))
        self.bar.setValue(index + 1)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.set_notes(notes)

    def set_notes(self, notes: list[str]) -> None:
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.fit_height()

    def fit_height(self) -> None:
        """Word-wrapped labels in a dock do not ask for their height: give it to them."""
        w = max(200, self.width() - 32)
        h = 16 + 6 * 4 + self.bar.height() + self.lesson_title.sizeHint().height()
        h += max(self.title.heightForWidth(max(100, w - 300)), self.counter.sizeHint().height(),
                 self.next_button.sizeHint().height())
        h += self.caption.heightForWidth(w)
        if not self.note.isHidden():
            h += self.note.heightForWidth(w)
        # Exactly this high: with the image hidden (a view on stage) the bar must not grow.
        self.setFixedHeight(h)

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        QTimer.singleShot(0, self.fit_height)

    def changeEvent(self, ev) -> None:  # noqa: N802
        super().changeEvent(ev)
        if ev.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self.fit_height)


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


# ---------------------------------------------------------------------------------------------
# presentation mode


class PresentationMode(QObject):
    """Full screen on the chosen screen, large type, high contrast, advanced panels hidden."""

    toggled = Signal(bool)

    def __init__(self, classroom: "Classroom") -> None:
        super().__init__(classroom)
        self.classroom = classroom
        self.window: QMainWindow = classroom.window
        self.active = False
        self.screen_name: str | None = None  # None: the screen the window is on
        self.font_px = MIN_BODY_PX
        self._saved: dict[str, Any] = {}
        self._styled_plots: list[Any] = []
        self._sizes: dict[QWidget, tuple[QSize, QSize]] = {}

    # --- screens ---------------------------------------------------------------------------------
    def target_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        for s in screens:
            if s.name() == self.screen_name:
                return s
        return self.window.screen() or QGuiApplication.primaryScreen()

    def set_screen(self, name: str | None) -> None:
        self.screen_name = name
        if self.active:  # move there now, with type sized for that screen
            self.exit()
            self.enter()

    # --- on / off --------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.active:
            self.exit()
        else:
            self.enter()

    def enter(self, screen: QScreen | None = None) -> None:
        if self.active:
            return
        w = self.window
        if screen is not None:
            self.screen_name = screen.name()
        screen = self.target_screen()
        self.font_px = presentation_font_px(screen) if screen is not None else MIN_BODY_PX
        docks = [d for d in w.findChildren(QDockWidget) if d.parent() is w]
        self._saved = {
            "geometry": w.saveGeometry(),
            "full": w.isFullScreen(),
            "maximized": w.isMaximized(),
            "style": w.styleSheet(),
            "menubar": w.menuBar().isVisible(),
            "statusbar": w.statusBar().isVisible(),
            "docks": {d: d.isVisible() for d in docks},
            "floating": {d: d.isFloating() for d in docks},
            "image_tools": {b: b.isVisible() for b in self._image_tools()},
            "max_size": w.maximumSize(),
        }
        self.active = True
        # Panels: only what the current view needs stays (a lesson step may show more).
        keep = set(self.classroom.view_docks())
        if self.classroom.player is not None and self.classroom.player.lesson is not None:
            keep.add(self.classroom.lesson_dock)
        for d in docks:
            if d.isFloating() and d in keep:
                d.setFloating(False)
            d.setVisible(d in keep)
        for b in self._image_tools():
            b.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        self.apply_style()
        handle = w.windowHandle()
        if screen is not None:
            if handle is not None and handle.screen() is not screen:
                if w.isFullScreen():
                    w.showNormal()
                handle.setScreen(screen)
            w.setGeometry(screen.availableGeometry())
            # Never wider or taller than the screen, even if big type asks for more: a panel is
            # squeezed rather than the lesson's text running off the edge.
            w.setMaximumSize(screen.geometry().size())
        w.showFullScreen()
        # A window that was only just shown can still get its first normal geometry from the
        # platform after this; say it again once those events are through.
        QTimer.singleShot(0, self._ensure_full_screen)
        self.classroom.enter_presentation()
        getattr(w, "image_view", None) and w.image_view.fit()
        self.toggled.emit(True)

    def _ensure_full_screen(self) -> None:
        if self.active and not self.window.isFullScreen():
            self.window.showFullScreen()

    def exit(self) -> None:
        if not self.active:
            return
        w = self.window
        s = self._saved
        self.active = False
        self.clear_style()
        for d, vis in s.get("docks", {}).items():
            try:
                d.setFloating(s["floating"].get(d, False))
                d.setVisible(vis)
            except RuntimeError:  # a dock deleted meanwhile
                pass
        for b, vis in s.get("image_tools", {}).items():
            b.setVisible(vis)
        if s.get("max_size") is not None:
            w.setMaximumSize(s["max_size"])
        w.menuBar().setVisible(s.get("menubar", True))
        w.statusBar().setVisible(s.get("statusbar", True))
        if not s.get("full"):
            w.showNormal()
            if s.get("geometry") is not None:
                w.restoreGeometry(s["geometry"])
            if s.get("maximized"):
                w.showMaximized()
        self.classroom.exit_presentation()
        getattr(w, "image_view", None) and w.image_view.fit()
        self.toggled.emit(False)

    # --- style -----------------------------------------------------------------------------------
    def apply_style(self) -> None:
        """(Re)apply the theme and plot fonts at the current size (also for panels shown later)."""
        if not self.active:
            return
        # Stylesheet min/max sizes stay on a widget after the stylesheet is gone: remember them.
        for widget in self.window.findChildren(QWidget):
            if widget not in self._sizes:
                self._sizes[widget] = (widget.minimumSize(), widget.maximumSize())
        self.window.setStyleSheet(presentation_stylesheet(self.font_px))
        # Widgets that fill their background from the palette (scroll areas, tables, panels of
        # other views) would stay light grey under white text: give the window a dark palette.
        self.window.setPalette(dark_palette())
        self.style_plots()

    def style_plots(self) -> None:
        from latentlab.ui.training.panel import style_plot_fonts

        try:
            import pyqtgraph as pg
        except ImportError:  # pragma: no cover
            return
        for plot in self.window.findChildren(pg.PlotWidget):
            if plot not in self._styled_plots:
                self._styled_plots.append(plot)
            style_plot_fonts(plot, self.font_px)
        panel = self.classroom.training_panel_if_built()
        if panel is not None:
            panel.style_plots(self.font_px)

    def clear_style(self) -> None:
        from latentlab.ui.training.panel import style_plot_fonts

        self.window.setStyleSheet(self.classroom.windowed_style())
        self.window.setPalette(QPalette())  # inherit the application's palette again
        for widget, (lo, hi) in self._sizes.items():
            try:
                widget.setMinimumSize(lo)
                widget.setMaximumSize(hi)
            except RuntimeError:  # deleted meanwhile
                pass
        self._sizes.clear()
        for plot in self._styled_plots:
            try:
                style_plot_fonts(plot, None)
            except RuntimeError:
                pass
        self._styled_plots.clear()
        panel = self.classroom.training_panel_if_built()
        if panel is not None:
            panel.style_plots(None)

    def _image_tools(self) -> list[QWidget]:
        iv = getattr(self.window, "image_view", None)
        if iv is None:
            return []
        return [x for x in (getattr(iv, n, None) for n in ("scale_box", "export_button", "copy_button")) if x]


# ---------------------------------------------------------------------------------------------
# everything together, installed on a window


#: the lesson bar outside presentation mode (the light theme has no rules for it)
LESSON_BAR_QSS = """
QWidget#lessonBar { background: #ffffff; border-bottom: 1px solid #e3e5e9; }
QLabel#lessonName { color: #6b7280; }
QLabel#lessonTitle { font-size: 17pt; font-weight: 700; color: #111827; }
QLabel#lessonCaption { font-size: 13pt; color: #1f2328; }
QLabel#lessonNote { font-size: 11pt; color: #92400e; }
QLabel#lessonProgress { font-size: 12pt; font-weight: 600; color: #4b5563; }
QProgressBar#lessonProgressBar { background: #e3e5e9; border: none; border-radius: 2px; }
QProgressBar#lessonProgressBar::chunk { background: #3d8bfd; border-radius: 2px; }
"""

#: keys a presenter remote sends
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left)
#: widgets that use ← / → themselves: while one has the focus, arrows stay with it
ARROW_WIDGETS = (QAbstractSlider, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
                 QAbstractItemView)
TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class Classroom(QObject):
    """Presentation mode, the lesson player and the live-training dock of one explorer window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation = PresentationMode(self)
        self.player: LessonPlayer | None = None
        self._training: TrainingPanel | None = None
        self.training_dock: QDockWidget | None = None
        self._closed = False
        self._central_hidden = False
        self._laying_out = False
        self._training_placed = False
        self.stage_dock: QDockWidget | None = None
        self._compare_style = ""
        self._compare_controls: bool | None = None
        self._known_views: list[QWidget] = []

        self._base_style = window.styleSheet()
        self.lesson_bar = LessonBar()
        self.lesson_dock = QDockWidget("Lesson", window)
        self.lesson_dock.setObjectName("dock_lesson")
        self.lesson_dock.setWidget(self.lesson_bar)
        self.lesson_dock.setTitleBarWidget(QWidget())  # no title bar: it is a caption, not a panel
        self.lesson_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.lesson_dock)
        self.lesson_dock.hide()
        self.highlighter = Highlighter(window)

        from latentlab.ui.classroom.lesson_player import LessonPlayer

        self.player = LessonPlayer(self)
        self.lesson_bar.previousClicked.connect(self.player.previous)
        self.lesson_bar.nextClicked.connect(self.player.next)
        self.lesson_bar.closeClicked.connect(self.player.close)

        self._build_menus()
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)

    # --- menus -----------------------------------------------------------------------------------
    def _menu(self, title: str) -> QMenu | None:
        for act in self.window.menuBar().actions():
            if act.menu() is not None and act.text().replace("&", "") == title:
                return act.menu()
        return None

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        act = make_action(self.window, text, slot, shortcut, tip, checkable)
        self.window.addAction(act)  # works with the menu bar hidden (presentation)
        return act

    def _build_menus(self) -> None:
        mb = self.window.menuBar()
        p = self.player
        # File ▸ Open lesson…, before the first separator (beside Open model / Open recent)
        self.act_open_lesson = self._action("Open &lesson…", p.open_dialog, "Ctrl+Shift+O",
                                            "Open a lesson (.toml) and show its first step")
        f = self._menu("File")
        if f is not None:
            first_sep = next((a for a in f.actions() if a.isSeparator()), None)
            f.insertAction(first_sep, self.act_open_lesson)

        v = self._menu("View")
        self.act_presentation = self._action("&Presentation", self.presentation.toggle, "F5",
                                             "Full screen with large type for a classroom (Esc leaves)",
                                             checkable=True)
        self.presentation.toggled.connect(self.act_presentation.setChecked)
        self.screen_menu = QMenu("Presentation &screen", self.window)
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        self.screen_group = QActionGroup(self)
        self.act_training = self._action("Live &training", self.toggle_training, "Ctrl+Shift+T",
                                         "Train a small model and watch it learn", checkable=True)
        if v is not None:
            v.addSeparator()
            v.addAction(self.act_presentation)
            v.addMenu(self.screen_menu)
            v.addAction(self.act_training)
        self._fill_screens()

        self.lessons_menu = QMenu("&Lessons", self.window)
        self.lessons_menu.aboutToShow.connect(self._fill_lessons)
        help_menu = self._menu("Help")
        if help_menu is not None:
            mb.insertMenu(help_menu.menuAction(), self.lessons_menu)
        else:
            mb.addMenu(self.lessons_menu)
        self.act_record = self._action("&Record step…", p.show_record_dialog, "Ctrl+Shift+R",
                                       "Add the current view as a step to a lesson file")
        self.act_next = self._action("&Next step\tPage Down", p.next)
        self.act_previous = self._action("&Previous step\tPage Up", p.previous)
        self.act_close_lesson = self._action("&Close lesson", p.close)
        # The list of bundled lessons is read when the menu opens (nothing to parse at start-up).

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        for a in self.screen_group.actions():
            self.screen_group.removeAction(a)
        current = self.presentation.target_screen()
        for s in QGuiApplication.screens():
            g = s.geometry()
            a = QAction(f"{s.name() or 'Screen'} ({g.width()}×{g.height()})", self.window, checkable=True)
            a.setChecked(s is current)
            a.setToolTip(f"Present on this screen (type size {presentation_font_px(s)} px)")
            a.triggered.connect(lambda _c=False, n=s.name(): self.presentation.set_screen(n))
            self.screen_group.addAction(a)
            self.screen_menu.addAction(a)

    def _fill_lessons(self) -> None:
        from latentlab.core.lessons import LessonError, bundled_lessons, load_lesson

        m = self.lessons_menu
        m.clear()
        for path in bundled_lessons():
            try:
                title = load_lesson(path).title
            except LessonError:
                title = f"{path.stem} (has problems)"
            a = m.addAction(title)
            a.setToolTip(str(path))
            a.triggered.connect(lambda _c=False, p=str(path): self.player.open(p))
        if not bundled_lessons():
            a = m.addAction("(no bundled lessons)")
            a.setEnabled(False)
        m.addSeparator()
        m.addAction(self.act_open_lesson)
        m.addAction(self.act_record)
        m.addSeparator()
        active = self.player is not None and self.player.lesson is not None
        for a in (self.act_next, self.act_previous, self.act_close_lesson):
            a.setEnabled(active)
            m.addAction(a)

    # --- views and docks -----------------------------------------------------------------------------
    def windowed_style(self) -> str:
        """The window's own stylesheet outside presentation mode (plus the lesson bar's, in a lesson)."""
        lesson = self.player is not None and self.player.lesson is not None
        return self._base_style + (LESSON_BAR_QSS if lesson else "")

    def update_window_style(self) -> None:
        if not self.presentation.active and not self._closed:
            style = self.windowed_style()
            if self.window.styleSheet() != style:
                self.window.setStyleSheet(style)

    def training_panel_if_built(self) -> "TrainingPanel | None":
        return self._training

    @property
    def training_panel(self) -> "TrainingPanel":
        """The live-training panel (built on first use, in a dock at the right)."""
        if self._training is None:
            from latentlab.ui.training.panel import TrainingPanel

            w = self.window
            panel = TrainingPanel()
            dock = QDockWidget("Live training", w)
            dock.setObjectName("dock_training")
            dock.setWidget(panel)
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            dock.visibilityChanged.connect(self._on_training_visible)
            messages = getattr(w, "messages", None)
            if messages is not None:
                panel.message.connect(lambda level, text: getattr(messages, level)(text))
            state = getattr(w, "state", None)
            if state is not None:
                panel.openRequested.connect(state.request_open)
            controller = getattr(w, "controller", None)
            if controller is not None:
                panel.modelSaved.connect(lambda _p: controller.list_models())
            self._training, self.training_dock = panel, dock
            if self.presentation.active:
                self.presentation.apply_style()
        return self._training

    def _on_training_visible(self, visible: bool) -> None:
        self.act_training.setChecked(bool(self.training_dock and self.training_dock.isVisible()))
        if self.presentation.active:
            self._layout_for_view()

    def toggle_training(self, on: bool | None = None) -> None:
        """Show or hide the live-training dock (``None``: toggle)."""
        self.training_panel  # noqa: B018 - builds it on first use
        dock = self.training_dock
        show = (not dock.isVisible()) if on is None else bool(on)
        first = show and not self.presentation.active and not self._training_placed
        if first:
            self._place_training()
        dock.setVisible(show)
        if show:
            dock.raise_()
            self._training.set_compact(self.presentation.active)
            if first:
                self._size_training()
        self.act_training.setChecked(show)

    def _place_training(self) -> None:
        """Outside presentation mode: a tab beside the samples, under the image (the side
        columns are too narrow for its charts)."""
        self._training_placed = True
        dock = self.training_dock
        grid = getattr(self.window, "dock_grid", None)
        if isinstance(grid, QDockWidget) and not grid.isFloating() and grid.isVisible():
            self.window.tabifyDockWidget(grid, dock)
        else:
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

    def _size_training(self) -> None:
        dock, h = self.training_dock, self.window.height()
        QTimer.singleShot(0, lambda: self.window.resizeDocks([dock], [int(h * 0.55)], Qt.Orientation.Vertical))

    def show_training(self, on: bool = True) -> None:
        self.toggle_training(on)

    def view_docks(self) -> list[QDockWidget]:
        """Docks that are the current view and stay in presentation mode (training, compare, …)."""
        keep = []
        if self.training_dock is not None and self.training_dock.isVisible():
            keep.append(self.training_dock)
        if self.stage_dock is not None and self.stage_dock.isVisible():
            keep.append(self.stage_dock)
        for dock in self.window.findChildren(QDockWidget):
            if dock in keep or dock is self.lesson_dock or not dock.isVisible():
                continue
            inner = dock.widget()
            name = (dock.objectName() + " " + (type(inner).__name__ if inner else "")).lower()
            if "compare" in name:  # a compare view in a dock: it is the view, it stays (enlarged)
                keep.append(dock)
        return keep

    # --- the compare view (its own window; on the stage of the presentation) ----------------------
    def compare_view(self, create: bool = False) -> QWidget | None:
        """The compare view, if this window has one (``create``: build it on first use)."""
        launcher = getattr(self.window, "compare", None)
        getter = getattr(launcher, "view", None)
        view = None
        if callable(getter):
            try:
                view = getter(create=create)
            except TypeError:
                view = getter() if create else None
        elif isinstance(launcher, QWidget):
            view = launcher
        if view is not None and view not in self._known_views:
            self._known_views.append(view)
            view.addAction(self.act_presentation)  # F5 works from the compare window too
        return view

    def compare_is_current(self) -> bool:
        cv = self.compare_view()
        return cv is not None and cv.isVisible()

    def show_compare(self, on: bool = True) -> QWidget | None:
        """Show the compare view as the current view: on stage when presenting, else its window."""
        cv = self.compare_view(create=on)
        if cv is None:
            return None
        staged = self.stage_dock is not None and self.stage_dock.widget() is cv
        if not on:
            if staged:
                self.stage_dock.hide()
            elif cv.isVisible():
                cv.hide()
            self._layout_for_view()
            return cv
        if self.presentation.active:
            if not staged:
                self._stage(cv)
            self.stage_dock.show()
            self.stage_dock.raise_()
            cv.show()
        else:
            if staged:
                self._unstage(show=True)
            launcher = getattr(self.window, "compare", None)
            if callable(getattr(launcher, "show", None)):
                launcher.show()
            else:
                cv.show()
            cv.raise_()
        self._layout_for_view()
        return cv

    def _stage(self, cv: QWidget) -> None:
        if self.stage_dock is None:
            dock = QDockWidget("Stage", self.window)
            dock.setObjectName("dock_stage")
            dock.setTitleBarWidget(QWidget())
            dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.stage_dock = dock
        self._compare_style = cv.styleSheet()
        panels = getattr(getattr(cv, "state", None), "panels", None)
        self._compare_controls = panels.get("controls") if isinstance(panels, dict) else None
        if self._compare_controls:
            cv.show_panel("controls", False)  # the lesson drives it; the wide control rows would not fit
        self.stage_dock.setWidget(cv)  # reparents it: no longer a window of its own
        cv.setStyleSheet(self._compare_style + "\n" + presentation_stylesheet(self.presentation.font_px, "compare"))
        self._scale_evidence(cv, self.presentation.font_px)
        self.presentation.style_plots()

    @staticmethod
    def _scale_evidence(cv: QWidget, px: int | None) -> None:
        """The evidence cards size their own text; tell them the presentation body size (None: reset)."""
        scale = getattr(getattr(cv, "evidence", None), "set_font_scale", None)
        if callable(scale):
            scale(px)

    def _unstage(self, show: bool) -> None:
        dock = self.stage_dock
        cv = dock.widget() if dock is not None else None
        if cv is None:
            return
        dock.setWidget(QWidget())
        dock.hide()
        cv.setParent(self.window, Qt.WindowType.Window)
        cv.setStyleSheet(self._compare_style)
        self._scale_evidence(cv, None)
        if self._compare_controls:
            cv.show_panel("controls", True)
        self._compare_controls = None
        if show:
            cv.show()
            cv.raise_()

    def enter_presentation(self) -> None:
        if self._training is not None:
            self._training.set_compact(True)
        if self.compare_is_current():  # the compare view stays, enlarged, inside the presentation
            self.show_compare(True)
        if self.player is not None and self.player.lesson is not None:
            self.lesson_dock.show()
            self.player.refresh()
        self._layout_for_view()
        self.lesson_bar.setFocus(Qt.FocusReason.OtherFocusReason)

    def exit_presentation(self) -> None:
        if self._training is not None:
            self._training.set_compact(False)
            if self.training_dock.isVisible() and not self._training_placed:
                self._place_training()  # first shown by a lesson on stage: now beside the samples
                self.training_dock.show()
                self.training_dock.raise_()
                self._size_training()
        staged = self.stage_dock is not None and self.stage_dock.isVisible() and self.stage_dock.widget() is not None
        self._unstage(show=staged)
        self._show_central(True)
        if self.player is not None:
            if self.player.lesson is None:
                self.lesson_dock.hide()
            self.player.refresh()

    def _layout_for_view(self) -> None:
        """In presentation mode, a view shown in a dock (training, compare) gets the whole stage."""
        if not self.presentation.active or self._laying_out:
            return
        self._laying_out = True
        try:
            stage = self.view_docks()
            self._show_central(not stage)
            for dock in stage:
                if dock.isFloating():
                    dock.setFloating(False)
        finally:
            self._laying_out = False

    def size_panels(self, docks: Any, main: QDockWidget | None = None) -> None:
        """Give panels shown in presentation mode room for big type (after the layout settles);
        ``main``, the dock that is the step's view (the path editor), gets half the window."""
        QTimer.singleShot(0, lambda: self._size_panels(list(docks), main))

    def _size_panels(self, docks: list[QDockWidget], main: QDockWidget | None = None) -> None:
        w = self.window
        if not self.presentation.active or self._closed:
            return
        side, below = [], []
        for d in docks:
            try:
                area = w.dockWidgetArea(d)
            except RuntimeError:
                continue
            if not d.isVisible() or d.isFloating():
                continue
            if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
                side.append(d)
            elif area == Qt.DockWidgetArea.BottomDockWidgetArea:
                below.append(d)
        if side:
            w.resizeDocks(side, [int(w.width() * 0.36)] * len(side), Qt.Orientation.Horizontal)
        if below:
            share = 0.5 if main in below else 0.36
            w.resizeDocks(below, [int(w.height() * share)] * len(below), Qt.Orientation.Vertical)

    def _show_central(self, on: bool) -> None:
        central = self.window.centralWidget()
        if central is None or self._central_hidden == (not on):
            return
        central.setVisible(on)
        self._central_hidden = not on

    # --- keys ------------------------------------------------------------------------------------------
    def _ours(self, obj: Any) -> bool:
        if not isinstance(obj, QWidget):
            return False
        top = obj.window()
        if top is self.window:
            return True
        if top not in self._known_views:
            self.compare_view()  # a compare view opened from its own menu since: it is ours too
        return top in self._known_views

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
        t = ev.type()
        if obj is self.window and t == QEvent.Type.Close:
            self.shutdown()
            return False
        if t == QEvent.Type.ShortcutOverride and self.presentation.active and not self._closed \
                and ev.key() == Qt.Key.Key_Escape and self._ours(obj):
            # A view's own Esc shortcut (e.g. the compare view's "leave full screen") must not
            # swallow the key: in presentation mode Esc leaves the presentation.
            focus = QApplication.focusWidget()
            if not (isinstance(focus, QLineEdit) and not focus.isReadOnly()):
                ev.accept()
                return True
        if t != QEvent.Type.KeyPress or not self._ours(obj) or self._closed:
            return False
        key = ev.key()
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier,):
            return False
        if QApplication.activePopupWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if key == Qt.Key.Key_Escape and self.presentation.active:
            if isinstance(focus, QLineEdit) and not focus.isReadOnly():
                return False  # Esc first cancels typing (e.g. a slider's value box)
            self.presentation.exit()
            return True
        if key == Qt.Key.Key_F5 and obj.window() is not self.window:
            self.presentation.toggle()  # F5 in the compare view's window presents it too
            return True
        player = self.player
        if player is None or player.lesson is None:
            return False
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if isinstance(focus, (QTextEdit, QPlainTextEdit)):
                return False
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            if isinstance(focus, ARROW_WIDGETS):
                return False
        else:
            return False
        if key in NEXT_KEYS:
            player.next()
        else:
            player.previous()
        return True

    # --- shutdown ----------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.player is not None:
            self.player.shutdown()
        self.highlighter.point_at(None)
        if self._training is not None:
            self._training.shutdown()


def install_classroom(window: QMainWindow) -> Classroom:
    """Add presentation mode, lessons and live training to an explorer window."""
    return Classroom(window)
