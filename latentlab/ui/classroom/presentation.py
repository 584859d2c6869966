"""Presentation mode: full screen on the chosen screen, large type, high contrast.

Type size follows the screen: :func:`presentation_font_px` gives the body text size for a
screen height in logical pixels (24 px at 1080 p, 48 px on a 4K screen at 100 %); captions and
titles are larger still. The theme is ``resources/themes/presentation.qss`` with those sizes
filled in, applied to the window only, and removed again on Esc.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from latentlab.ui.common.plot_style import style_plot_fonts

#: smallest body text in presentation mode, in pixels (readable from ~10 m on a projector)
MIN_BODY_PX = 24
#: screen height (logical pixels) per pixel of body text: 1080 / 45 = 24
HEIGHT_PER_PX = 45
CAPTION_SCALE = 1.3
#: after Esc, the window's geometry and dock layout are applied again after these delays (ms)
RESTORE_AGAIN_MS = (0, 150)
#: smallest handle of the slider strip, in pixels (a touch target)
MIN_TOUCH_PX = 48
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
    touch = max(MIN_TOUCH_PX, round(body * 2))  # the slider strip's handles: a fingertip on a touch screen
    return {"BODY": body, "CAPTION": round(body * CAPTION_SCALE), "TITLE": round(body * TITLE_SCALE),
            "SMALL": max(18, round(body * 0.8)), "HANDLE": handle, "VALUE": round(body * 3.6), "HANDLE_MARGIN": (handle - 8) // 2 + 3,
            "HANDLE_RADIUS": handle // 2 + 3, "TOUCH": touch, "TOUCH_ROW": touch + 8, "TOUCH_MARGIN": (touch - 12) // 2 + 3,
            "TOUCH_RADIUS": touch // 2 + 3}


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


class PresentationMode(QObject):
    """Full screen on the chosen screen, large type, high contrast, advanced panels hidden."""

    toggled = Signal(bool)

    def __init__(self, classroom: Any) -> None:
        super().__init__(classroom)
        self.classroom = classroom
        self.window: QMainWindow = classroom.window
        self.active = False
        self.fits = 0  # fit_screen calls since presentation mode was last entered
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
        docks = [w.dock(i) for i in w.dock_ids()]
        self._saved = {
            "geometry": w.saveGeometry(),
            "rect": w.geometry(),
            "layout": w.saveState(),  # dock places and sizes: Esc puts every panel back where it was
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
        # platform after this; say it again once those events are through. While the big type
        # is applied a view's minimum width can briefly exceed the screen, and Qt then raises the
        # window's maximum to it: fit the window to the screen again once the type has settled.
        QTimer.singleShot(0, self._ensure_full_screen)
        self.fits = 0
        for delay in RESTORE_AGAIN_MS:
            QTimer.singleShot(delay, self.fit_screen)
        self.classroom.enter_presentation()
        w.trigger("explorer.fit")
        self.toggled.emit(True)

    def _restore_layout(self, rect: QRect | None, layout: Any) -> None:
        w = self.window
        if self.active:
            return
        if rect is not None and not w.isFullScreen() and not w.isMaximized() and w.geometry() != rect:
            w.setGeometry(rect)
        if layout is not None:
            w.restoreState(layout)

    def fit_screen(self) -> None:
        """In presentation mode: the window no bigger than its screen, and covering it."""
        screen = self.target_screen()
        self.fits += 1  # how many fits ran (a test waits for the deferred ones)
        if not self.active or screen is None:
            return
        w = self.window
        rect = screen.geometry()
        if w.maximumSize() != rect.size():
            w.setMaximumSize(rect.size())
        if w.geometry() != rect and not rect.contains(w.geometry()):
            w.setGeometry(rect)

    def _ensure_full_screen(self) -> None:
        if self.active and not self.window.isFullScreen():
            self.window.showFullScreen()

    def exit(self) -> None:
        if not self.active:
            return
        w = self.window
        s = self._saved
        self.active = False
        # Bars back before the theme goes: a hidden widget keeps the big type's size hints.
        w.menuBar().setVisible(s.get("menubar", True))
        w.statusBar().setVisible(s.get("statusbar", True))
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
        if not s.get("full"):
            w.showNormal()
            if s.get("geometry") is not None:
                w.restoreGeometry(s["geometry"])
            if s.get("maximized"):
                w.showMaximized()
        # Dock sizes are restored at the window's own size (at full-screen size they would be
        # scaled when the window shrinks). The platform may still deliver the full-screen size
        # after this, and the light theme's smaller size hints arrive with deferred style events:
        # both are said again once those are through.
        self._restore_layout(s.get("rect"), s.get("layout"))
        for delay in RESTORE_AGAIN_MS:
            QTimer.singleShot(delay, lambda: self._restore_layout(s.get("rect"), s.get("layout")))
        self.classroom.exit_presentation()
        w.trigger("explorer.fit")
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
        import pyqtgraph as pg

        for plot in self.window.findChildren(pg.PlotWidget):
            if plot not in self._styled_plots:
                self._styled_plots.append(plot)
            style_plot_fonts(plot, self.font_px)
        if self.window.has("training.present"):  # live training sizes its own plots
            self.window.trigger("training.present", font_px=self.font_px)

    def clear_style(self) -> None:
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
        if self.window.has("training.present"):
            self.window.trigger("training.present", font_px=None)

    def _image_tools(self) -> list[QWidget]:
        iv = self.window.panel("explorer.image")
        return [iv.size_label, iv.size_box, iv.upscale_combo, iv.export_button, iv.copy_button]
