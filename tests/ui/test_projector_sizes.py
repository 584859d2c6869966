"""Projector sizes: at 1280×720 and 1024×768 every view fits, and no label is cut to a few letters.

Checked on geometry and font metrics, not pixels: every widget a user can see lies inside the
window (set to the screen size), the window's minimum size fits the screen, and a label whose
text is wider than the label is at least :data:`READABLE_PX` wide (so at worst the end of a long
sentence is cut, never a word to three letters).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from latentlab.ui.common.geometry import fitted_size
from tests.ui.helpers import open_model

SIZES = [QSize(1280, 720), QSize(1024, 768)]
#: a label narrower than this must show its whole text
READABLE_PX = 120


def _settle(window: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
        window.layout() is not None and window.layout().activate()


def _seen(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.window() is top and not widget.visibleRegion().isEmpty()


def layout_problems(top: QWidget) -> list[str]:
    """Widgets outside the window and labels cut short, as readable lines."""
    problems = []
    area = top.rect()
    for w in top.findChildren(QWidget):
        if not _seen(w, top):
            continue
        rect = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
        visible = w.visibleRegion().boundingRect().translated(rect.topLeft())
        if not area.contains(visible):
            problems.append(f"{type(w).__name__} {w.objectName()!r} at {visible.getRect()} is outside {area.getRect()}")
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
            needed = max(w.fontMetrics().horizontalAdvance(line) for line in w.text().split("\n"))
            if needed > w.contentsRect().width() + 1 and w.width() < READABLE_PX:
                problems.append(f"label {w.text()!r} needs {needed} px, has {w.width()}")
    return problems


def cut_labels(top: QWidget) -> list[str]:
    """Word-wrapped labels shorter than their text needs at their width (lines cut off)."""
    return [f"{w.objectName()!r} {w.text()[:30]!r}: {w.height()} px of {w.heightForWidth(w.width())}"
            for w in top.findChildren(QLabel) if _seen(w, top.window()) and w.wordWrap() and w.text()
            and w.height() < w.heightForWidth(w.width())]


def _fit(top: QWidget, size: QSize) -> None:
    assert top.minimumSizeHint().width() <= size.width() and top.minimumSizeHint().height() <= size.height(), \
        f"{type(top).__name__} needs at least {top.minimumSizeHint().toTuple()}, the screen is {size.toTuple()}"
    top.resize(size)
    _settle(top)
    assert top.size() == size


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_explorer_and_latent_tools_fit(make_window, models, size):
    window = make_window()
    open_model(window, models["cgan"])  # a conditional GAN shows every control (truncation, class)
    window._reset_layout()
    for ident in ("latent.map", "latent.path", "latent.encode"):
        window.dock(ident).show()
    _fit(window, size)
    assert layout_problems(window) == []
    # the model list and the card stay readable: no one-word-per-line card
    for dock in (window.dock_models, window.dock_card):
        assert dock.width() >= window.fontMetrics().averageCharWidth() * 24, dock.objectName()
    # each tool when it is the one in front of its tab group
    for ident in ("latent.path", "latent.encode", "explorer.bookmarks"):
        window.dock(ident).raise_()
        _settle(window)
        assert layout_problems(window) == [], ident
    window.controller.wait_idle(30)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_training_dock_and_lesson_bar_fit(make_window, size):
    window = make_window()
    c = window.feature("classroom")
    from latentlab.core.lessons import bundled_lessons

    c.player.open(str(next(p for p in bundled_lessons() if p.name == "mode-collapse.toml")))
    c.show_training(True)
    window.dock("training.panel").raise_()
    _fit(window, size)
    assert layout_problems(window) == []
    bar = c.lesson_bar
    assert bar.isVisible() and bar.caption.text()
    assert cut_labels(bar) == []
    c.player.close()
    window.controller.wait_idle(30)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_compare_window_fits(window, models, size, qtbot):
    from PySide6.QtWidgets import QTabWidget

    cv = window.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    cv.wait_idle(30)
    qtbot.waitUntil(lambda: bool(cv.evidence.claim_cards), timeout=10000)
    tabs = cv.findChild(QTabWidget, "evidenceTabs")
    for i in reversed(range(tabs.count())):  # each evidence page laid out: its real minimum width
        tabs.setCurrentIndex(i)
        _settle(cv)
        _fit(cv, size)
        assert layout_problems(cv) == [], tabs.tabText(i)
    _fit(cv, size)
    assert layout_problems(cv) == []
    cv.close()


def test_first_size_fits_the_screen():
    class Screen:
        def __init__(self, w, h):
            self._r = QRect(0, 0, w, h)

        def availableGeometry(self):  # noqa: N802
            return self._r

    assert fitted_size(Screen(2560, 1440)) == QSize(1440, 900)
    for w, h in ((1280, 720), (1024, 768)):
        s = fitted_size(Screen(w, h))
        assert s.width() < w and s.height() < h and s.width() >= w - 40


def test_geometry_is_remembered_per_screen(qtbot):
    from latentlab.ui.common.geometry import GeometryKeeper, place_window, screen_key
    from latentlab.ui.common.settings import app_settings

    window = QWidget()  # any top-level window; the explorer's minimum is wider than the test screen
    qtbot.addWidget(window)
    window.show()
    screen = window.screen()
    avail = screen.availableGeometry()
    GeometryKeeper(window)
    window.resize(avail.width() // 2, avail.height() // 2)
    _settle(window)
    window.close()  # closing saves the geometry for this screen
    assert app_settings().value(screen_key(screen)) is not None
    window.resize(avail.width() - 100, avail.height() - 100)
    place_window(window, screen)
    assert window.size() == QSize(avail.width() // 2, avail.height() // 2)
    # a remembered size that no longer fits the screen is not restored: the window is fitted instead
    window.show()
    window.resize(avail.width() * 2, avail.height() * 2)
    window.close()
    place_window(window, screen)
    assert window.frameGeometry().width() <= avail.width() and window.frameGeometry().height() <= avail.height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_training_panel_never_scrolls_sideways(make_window, size):
    window = make_window()
    window.feature("classroom").show_training(True)
    window.dock("training.panel").raise_()
    _fit(window, size)
    scroll = window.findChild(QWidget, "trainingScroll")
    _settle(window)
    assert scroll.horizontalScrollBar().maximum() == 0, (scroll.viewport().width(), scroll.widget().minimumSizeHint())
