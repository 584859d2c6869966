"""The classroom as a feature: presentation mode (F5) with a screen submenu, File ▸ Open lesson…,
a Lessons menu, the lesson bar, the stage a view takes in presentation mode, and the keys a
presenter remote sends (Page Down / Page Up, → / ←, Esc).

Other features are driven only through the host's ids: ``compare.view`` / ``compare.stage`` for
the compare view on stage, ``training.show`` / ``training.present`` for live training.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QWidget,
)

from latentlab.ui.classroom.lesson_bar import LESSON_BAR_QSS, Highlighter, LessonBar
from latentlab.ui.classroom.lesson_player import LessonPlayer
from latentlab.ui.classroom.presentation import (
    RESTORE_AGAIN_MS,
    PresentationMode,
    presentation_font_px,
    presentation_stylesheet,
)
from latentlab.ui.classroom.presentation_strip import PresentationStrip
from latentlab.ui.common.actions import ActionSpec, FeatureObject

#: keys a presenter remote sends
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left)
#: widgets that use ← / → themselves: while one has the focus, arrows stay with it
ARROW_WIDGETS = (QAbstractSlider, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
                 QAbstractItemView)
TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class ClassroomFeature(FeatureObject):
    """Presentation mode, the lesson bar and the lesson player of one explorer window."""

    id = "classroom"

    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None  # the host, by the name the presentation code uses
        self.player: LessonPlayer | None = None
        self._closed = False
        self._central_hidden = False
        self._laying_out = False
        self.stage_dock: QDockWidget | None = None
        self._compare_saved: tuple[Any, list] | None = None
        self._known_views: list[QWidget] = []

    def install(self, window: Any) -> None:
        self.attach(window)
        self.window = window
        self.presentation = PresentationMode(self)
        self._base_style = window.styleSheet()
        self.lesson_bar = LessonBar()
        self.lesson_dock = window.add_dock("classroom.lesson", QT_TRANSLATE_NOOP("classroom", "Lesson"),
                                           self.lesson_bar, Qt.DockWidgetArea.TopDockWidgetArea, closable=False)
        self.lesson_dock.setTitleBarWidget(QWidget())  # no title bar: it is a caption, not a panel
        self.lesson_dock.hide()
        self.highlighter = Highlighter(window)
        # Presentation mode keeps big sliders under the image (the side panels are hidden there).
        self.strip = PresentationStrip(window.state)
        self.strip_dock = window.add_dock("classroom.strip", QT_TRANSLATE_NOOP("classroom", "Presentation sliders"),
                                          self.strip,
                                          Qt.DockWidgetArea.BottomDockWidgetArea, closable=False)
        self.strip_dock.setTitleBarWidget(QWidget())
        self.strip_dock.hide()
        self.player = LessonPlayer(self)
        self.lesson_bar.previousClicked.connect(self.player.previous)
        self.lesson_bar.nextClicked.connect(self.player.next)
        self.lesson_bar.closeClicked.connect(self.player.close)
        self._presenting_for_lesson = False
        self.player.lessonChanged.connect(self._on_lesson_changed)

        self._build_menus()
        QApplication.instance().installEventFilter(self)
        window.installEventFilter(self)

    # --- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        w, p = self.window, self.player
        add = w.add_action
        # File ▸ Open lesson…, beside Open model / Open recent
        self.act_open_lesson = add(ActionSpec(
            "classroom.open_lesson", QT_TRANSLATE_NOOP("classroom", "Open &lesson…"), p.open_dialog, "file",
            "Ctrl+Shift+O", QT_TRANSLATE_NOOP("classroom", "Open a lesson (.toml) and show its first step"),
            before="explorer.export_image"))
        self.act_presentation = add(ActionSpec(
            "classroom.present", QT_TRANSLATE_NOOP("classroom", "&Presentation"),
            lambda _on: self.presentation.toggle(), "view", "F5",
            QT_TRANSLATE_NOOP("classroom", "Full screen with large type for a classroom (Esc leaves)"),
            checkable=True, separator=True))
        self.presentation.toggled.connect(self.act_presentation.setChecked)
        self.screen_menu = w.add_menu("classroom.screens", QT_TRANSLATE_NOOP("classroom", "Presentation &screen"),
                                      parent="view", context="classroom")
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        self.screen_group = QActionGroup(self)
        self._fill_screens()
        self.lessons_menu = w.add_menu("lessons", QT_TRANSLATE_NOOP("menus", "&Lessons"), before="help")
        self.lessons_menu.aboutToShow.connect(self._fill_lessons)
        # The list of bundled lessons is read when the menu opens (nothing to parse at start-up).
        self.act_record = add(ActionSpec(
            "classroom.record", QT_TRANSLATE_NOOP("classroom", "&Record step…"), p.show_record_dialog, None,
            "Ctrl+Shift+R", QT_TRANSLATE_NOOP("classroom", "Add the current view as a step to a lesson file")))
        self.act_next = add(ActionSpec("classroom.next", QT_TRANSLATE_NOOP("classroom", "&Next step\tPage Down"),
                                       p.next))
        self.act_previous = add(ActionSpec("classroom.previous",
                                           QT_TRANSLATE_NOOP("classroom", "&Previous step\tPage Up"), p.previous))
        self.act_close_lesson = add(ActionSpec("classroom.close_lesson",
                                               QT_TRANSLATE_NOOP("classroom", "&Close lesson"), p.close))
        w.viewsChanged.connect(self._on_views_changed)
        w.add_command("classroom.lesson.open", lambda path, present=False, at=0: p.open(path, present, at))

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        for a in self.screen_group.actions():
            self.screen_group.removeAction(a)
        current = self.presentation.target_screen()
        for s in QGuiApplication.screens():
            g = s.geometry()
            name = s.name() or self.tr("Screen")
            a = QAction(f"{name} ({g.width()}×{g.height()})", self.window, checkable=True)
            a.setChecked(s is current)
            a.setToolTip(self.tr("Present on this screen (type size {0} px)").format(presentation_font_px(s)))
            a.triggered.connect(lambda _c=False, n=s.name(): self.presentation.set_screen(n))
            self.screen_group.addAction(a)
            self.screen_menu.addAction(a)

    def _fill_lessons(self) -> None:
        from latentlab.core.lessons import LessonError, bundled_lessons, load_lesson

        m = self.lessons_menu
        m.clear()
        entries = []  # (teaching order, title, path); lessons without an order come last
        for path in bundled_lessons():
            try:
                lesson = load_lesson(path, lang=self.player.language())
                entries.append((lesson.order or 10**6, lesson.title, path))
            except LessonError:
                entries.append((10**6, self.tr("{0} (has problems)").format(path.stem), path))
        for number, (_order, title, path) in enumerate(sorted(entries, key=lambda e: e[:2]), start=1):
            a = m.addAction(self.tr("&{0}. {1}").format(number, title))
            a.setToolTip(str(path))
            a.triggered.connect(lambda _c=False, p=str(path): self.start_lesson(p))
        if not bundled_lessons():
            a = m.addAction(self.tr("(no bundled lessons)"))
            a.setEnabled(False)
        m.addSeparator()
        m.addAction(self.act_open_lesson)
        m.addAction(self.act_record)
        m.addSeparator()
        active = self.player is not None and self.player.lesson is not None
        for a in (self.act_next, self.act_previous, self.act_close_lesson):
            a.setEnabled(active)
            m.addAction(a)

    def start_lesson(self, path: str) -> bool:
        """A lesson chosen from the menu is for the class: present it; closing the lesson (or Esc)
        leaves the presentation again."""
        ours = self._presenting_for_lesson or not self.presentation.active
        self._presenting_for_lesson = False  # the lesson this one replaces does not end the show
        started = self.player.open(path, present=True)
        self._presenting_for_lesson = started and ours
        return started

    def _on_lesson_changed(self, lesson: Any) -> None:
        if lesson is None and self._presenting_for_lesson:
            self._presenting_for_lesson = False
            if self.presentation.active:
                self.presentation.exit()

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

    def _on_views_changed(self) -> None:
        if self.presentation.active:
            self.presentation.apply_style()  # a panel built since gets the big type too
            self._layout_for_view()

    def show_training(self, on: bool = True) -> None:
        self.window.trigger("training.show", on=on)

    def training_dock(self) -> QDockWidget | None:
        return self.window.trigger("training.dock") if self.window.has("training.dock") else None

    def view_docks(self) -> list[QDockWidget]:
        """Docks that are the current view and stay in presentation mode (training, compare, …)."""
        return [d for d in (self.training_dock(), self.stage_dock) if d is not None and d.isVisible()]

    # --- the compare view (its own window; on the stage of the presentation) ----------------------
    def compare_view(self, create: bool = False) -> QWidget | None:
        """The compare view, if this window has one (``create``: build it on first use)."""
        if not self.window.has("compare.view"):
            return None  # a window composed without the compare view
        view = self.window.panel("compare.view", create=create)
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
            self.window.trigger("compare.show")
        self._layout_for_view()
        return cv

    def _stage(self, cv: QWidget) -> None:
        if self.stage_dock is None:
            dock = self.window.add_dock("classroom.stage", QT_TRANSLATE_NOOP("classroom", "Stage"), QWidget(),
                                        Qt.DockWidgetArea.RightDockWidgetArea, closable=False)
            dock.setTitleBarWidget(QWidget())
            self.stage_dock = dock
        # Esc gives the compare window back exactly as it was: its geometry and its splitters.
        self._compare_saved = (cv.geometry(), [(sp, sp.saveState()) for sp in cv.findChildren(QSplitter)])
        self.stage_dock.setWidget(cv)  # reparents it: no longer a window of its own
        px = self.presentation.font_px
        self.window.trigger("compare.stage", style=presentation_stylesheet(px, "compare"), font_px=px)
        self.presentation.style_plots()

    def _unstage(self, show: bool) -> None:
        dock = self.stage_dock
        cv = dock.widget() if dock is not None else None
        if cv is None:
            return
        dock.setWidget(QWidget())
        dock.hide()
        cv.setParent(self.window, Qt.WindowType.Window)
        self.window.trigger("compare.stage", style=None)
        saved, self._compare_saved = self._compare_saved, None
        if show:
            cv.show()
            cv.raise_()
        if saved is not None:
            self._restore_compare(cv, *saved)
            # again once the light theme's deferred style events have resized the view's parts
            for delay in RESTORE_AGAIN_MS:
                QTimer.singleShot(delay, lambda: self._restore_compare(cv, *saved))

    def _restore_compare(self, cv: QWidget, geometry: Any, splitters: list) -> None:
        """The compare window's geometry and splitters as they were before it went on stage."""
        if self.presentation.active or self._closed or not cv.isWindow():
            return
        if cv.geometry() != geometry:
            cv.setGeometry(geometry)
        for splitter, state in splitters:
            splitter.restoreState(state)

    def enter_presentation(self) -> None:
        if self.compare_is_current():  # the compare view stays, enlarged, inside the presentation
            self.show_compare(True)
        if self.player is not None and self.player.lesson is not None:
            self.lesson_dock.show()
            self.player.refresh()
        self._layout_for_view()
        self.lesson_bar.setFocus(Qt.FocusReason.OtherFocusReason)

    def exit_presentation(self) -> None:
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
            # The strip drives the image: not for a staged view, nor beside the full sliders a step shows.
            full_sliders = self.window.has("explorer.sliders") and self.window.dock("explorer.sliders").isVisible()
            self.strip_dock.setVisible(not stage and not full_sliders)
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

