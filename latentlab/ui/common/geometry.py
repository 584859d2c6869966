"""Window sizes that fit the screen, remembered per screen.

A fixed 1440×900 window runs off a 1280×720 projector. The first size is the screen's available
area less a margin (never above :data:`PREFERRED`); the last size a window had on a screen is
remembered under that screen's name and size, and restored only if it still fits there.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from latentlab.ui.common.settings import app_settings

#: the size on a screen with room to spare
PREFERRED = QSize(1440, 900)
#: room left for the window frame, a task bar or a dock the platform does not report
MARGIN = QSize(16, 40)


def fitted_size(screen: QScreen | None, preferred: QSize = PREFERRED) -> QSize:
    """``preferred``, shrunk to the screen's available area less :data:`MARGIN`."""
    if screen is None:
        return QSize(preferred)
    avail = screen.availableGeometry().size()
    return QSize(min(preferred.width(), max(640, avail.width() - MARGIN.width())),
                 min(preferred.height(), max(480, avail.height() - MARGIN.height())))


def screen_key(screen: QScreen | None) -> str:
    """Settings key of a screen: its name and size (the same name on a new projector is another key)."""
    if screen is None:
        return "geometry/none"
    g = screen.geometry()
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (screen.name() or "screen"))
    return f"geometry/{name}-{g.width()}x{g.height()}"


def fits(rect: QRect, screen: QScreen | None) -> bool:
    """The rectangle lies inside the screen's available area."""
    return screen is None or screen.availableGeometry().contains(rect)


def place_window(window: QWidget, screen: QScreen | None = None) -> None:
    """Restore the window's remembered geometry on ``screen`` (default: the primary one) when it
    fits there, else size it with :func:`fitted_size` and centre it."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    saved = app_settings().value(screen_key(screen))
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        before = window.geometry()
        if window.restoreGeometry(saved) and fits(window.frameGeometry(), screen):
            return
        window.setGeometry(before)
    window.resize(fitted_size(screen))
    if screen is not None:
        frame = window.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        window.move(frame.topLeft())


def save_window_geometry(window: QWidget) -> None:
    """Remember the window's geometry for the screen it is on (not while full screen)."""
    if window.isFullScreen():
        return
    app_settings().setValue(screen_key(window.screen()), window.saveGeometry())


class GeometryKeeper(QObject):
    """Saves a window's geometry for its screen when it closes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
        if obj is self.window and ev.type() == QEvent.Type.Close:
            save_window_geometry(self.window)
        return False


def remember_geometry(window: QWidget) -> GeometryKeeper:
    """Place the window for its screen now and remember its geometry when it closes."""
    place_window(window)
    return GeometryKeeper(window)
