"""Presentation mode: full screen, type sized for the back row, panels hidden and restored."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from latentlab.ui.classroom.presentation import (
    presentation_font_px,
    presentation_sizes,
    presentation_stylesheet,
)
from tests.ui.helpers import open_model


@pytest.mark.parametrize("size, at_least", [((1920, 1080), 24), ((1280, 720), 24), ((2560, 1440), 32),
                                            ((3840, 2160), 48), ((1024, 768), 24)])
def test_font_size_follows_the_screen(size, at_least):
    px = presentation_font_px(QSize(*size))
    assert px >= at_least
    assert px == presentation_font_px(size[1])
    sizes = presentation_sizes(px)
    assert sizes["CAPTION"] > px and sizes["TITLE"] > sizes["CAPTION"]


def test_theme_has_every_size_filled_in():
    qss = presentation_stylesheet(24)
    assert "@" not in qss.replace("@COMPARE@", "")
    assert "font-size: 24px" in qss and "font-size: 42px" in qss  # body and titles
    compare = presentation_stylesheet(30, "compare")
    assert "compareView" in compare and "compareView" not in qss


def _px(widget) -> int:
    widget.ensurePolished()
    f = widget.font()
    return f.pixelSize() if f.pixelSize() > 0 else round(f.pointSizeF() * widget.logicalDpiY() / 72)


def test_f5_enters_and_esc_leaves_presentation(window, models, qtbot):
    open_model(window, models["vae"])
    c = window.feature("classroom")
    window.dock_bookmarks.hide()
    value_box = window.sliders.rows[0].value
    box_width = (value_box.minimumWidth(), value_box.maximumWidth())
    before = {d.objectName(): d.isVisible() for d in (window.dock_models, window.dock_latent, window.dock_grid,
                                                      window.dock_bookmarks, window.dock_card)}
    body_before = _px(window.sliders.rows[0].name) if hasattr(window.sliders.rows[0], "name") else None

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert c.presentation.active and window.isFullScreen()
    assert c.act_presentation.isChecked()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in (window.dock_models, window.dock_latent, window.dock_grid,
                                           window.dock_card))
    assert not window.image_view.export_button.isVisible()
    screen = window.screen()
    expected = presentation_font_px(screen)
    assert c.presentation.font_px == expected >= 24
    # every label in the window, including the image caption, is at least the body size
    assert _px(window.image_view.caption) >= 24
    assert value_box.width() > box_width[0]  # room for "+1.23" in big type
    labels = [w for w in window.findChildren(QLabel) if w.isVisible()]
    assert labels and all(_px(w) >= 24 for w in labels), [(w.objectName(), _px(w)) for w in labels if _px(w) < 24]

    QApplication.focusWidget() and QApplication.focusWidget().clearFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not c.presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    after = {d.objectName(): d.isVisible() for d in (window.dock_models, window.dock_latent, window.dock_grid,
                                                     window.dock_bookmarks, window.dock_card)}
    assert after == before
    assert window.styleSheet() == ""
    # sizes the theme gave (wider value boxes, taller sliders) are given back
    assert (value_box.minimumWidth(), value_box.maximumWidth()) == box_width
    assert window.image_view.export_button.isVisible()
    if body_before is not None:
        assert _px(window.sliders.rows[0].name) == body_before


def test_lesson_panels_in_presentation_and_screen_menu(window, models, qtbot):
    c = window.feature("classroom")
    c._fill_screens()
    assert len(c.screen_menu.actions()) == len(QApplication.screens())
    assert sum(a.isChecked() for a in c.screen_menu.actions()) == 1
    c.presentation.toggle()
    assert c.presentation.active
    # a view shown in a dock (live training) takes the stage: the image is hidden meanwhile
    c.show_training(True)
    assert window.dock("training.panel").isVisible() and not window.centralWidget().isVisible()
    assert window.panel("training.panel").preset.isVisible() and window.panel("training.panel").lr.isHidden()  # compact
    # plots get the big type too
    ax = window.panel("training.panel").loss_plot.getPlotItem().getAxis("left")
    assert ax.style["tickFont"] is not None and ax.style["tickFont"].pixelSize() >= 24
    c.show_training(False)
    assert window.centralWidget().isVisible()
    c.presentation.toggle()
    assert not c.presentation.active
    assert not window.panel("training.panel").lr.isHidden()
    assert ax.style["tickFont"] is None


def test_f5_no_longer_rescans_models_ctrl_f5_does(window):
    from PySide6.QtGui import QKeySequence

    ids = {a.shortcut().toString(): a.data() for a in window.actions() if not a.shortcut().isEmpty()}
    assert ids[QKeySequence("F5").toString()] == "classroom.present"
    assert ids[QKeySequence("Ctrl+F5").toString()] == "explorer.rescan"


def test_lessons_menu_lists_the_bundled_lessons(window):
    from latentlab.core.lessons import bundled_lessons, load_lesson

    c = window.feature("classroom")
    c._fill_lessons()
    titles = [a.text().split(". ", 1)[-1] for a in c.lessons_menu.actions()]  # "&1. Title"
    for path in bundled_lessons():
        assert load_lesson(path).title in titles
    assert c.act_open_lesson in c.lessons_menu.actions() and c.act_record in c.lessons_menu.actions()
    assert not c.act_next.isEnabled()  # no lesson open yet


def test_compare_view_stays_on_stage_and_is_enlarged(window, models, qtbot):
    cv = window.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    cv.wait_idle(30)
    c = window.feature("classroom")
    qtbot.keyClick(cv, Qt.Key.Key_F5)  # F5 in the compare window presents it
    assert c.presentation.active
    assert not cv.isWindow() and cv.isVisible() and c.stage_dock.isVisible()
    assert not window.centralWidget().isVisible()  # the compare view has the whole stage
    assert "px" in cv.styleSheet()
    controls = cv.state.panels["controls"]
    assert controls is False  # the lesson drives it: its wide control rows step aside
    qtbot.keyClick(cv, Qt.Key.Key_Escape)
    assert not c.presentation.active
    assert cv.isWindow() and cv.isVisible() and window.centralWidget().isVisible()
    assert "@" not in cv.styleSheet() and "compareView" in cv.styleSheet()
    assert cv.state.panels["controls"]
    cv.wait_idle(30)


def test_evidence_cards_grow_in_presentation_and_shrink_back(window, models, qtbot):
    cv = window.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    cv.wait_idle(30)
    qtbot.waitUntil(lambda: bool(cv.evidence.claim_cards), timeout=10000)

    def card_label():
        return cv.evidence.claim_cards[0].findChild(QLabel, "claimEvidence")

    before = _px(card_label())
    c = window.feature("classroom")
    qtbot.keyClick(cv, Qt.Key.Key_F5)
    assert c.presentation.active
    body = c.presentation.font_px
    assert body >= 24 and _px(card_label()) >= body > before
    aspect = cv.evidence.claim_cards[0].findChild(QLabel, "claimAspect")
    assert _px(aspect) >= body
    qtbot.keyClick(cv, Qt.Key.Key_Escape)
    assert not c.presentation.active
    assert _px(card_label()) == before
    cv.wait_idle(30)


def test_opaque_slider_body_paints_each_theme_background(window, models, qtbot):
    """The sliders' container is opaque (a slider move repaints only it): it must paint the
    theme's background itself, in the light theme and on stage, never leave garbage behind."""
    from latentlab.ui.app import load_theme

    app = QApplication.instance()
    old_style = app.styleSheet()
    load_theme(app)
    try:
        open_model(window, models["gan"])
        body = window.sliders.body
        qtbot.waitUntil(lambda: body.isVisible())
        assert body.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        assert body.grab().toImage().pixelColor(1, 1).name() == "#f5f6f8"
        window.setStyleSheet(presentation_stylesheet(24))  # what presentation mode applies
        app.processEvents()
        assert body.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # restored after re-polish
        assert body.grab().toImage().pixelColor(1, 1).name() == "#101114"
        window.setStyleSheet("")
    finally:
        app.setStyleSheet(old_style)


def test_presentation_keeps_a_slider_strip_that_drives_the_image(window, models, qtbot):
    import numpy as np

    from tests.ui.helpers import expected_frame

    open_model(window, models["cgan"])
    c = window.feature("classroom")
    strip = c.strip
    assert not c.strip_dock.isVisible()  # only in presentation mode
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert c.presentation.active
    assert c.strip_dock.isVisible() and strip.isVisible()
    basis = window.state.basis
    shown = [s for s in strip.sliders if s.isVisible()]
    assert len(shown) == min(4, basis.size)
    assert [n.text() for n in strip.names if n.isVisible()] == basis.names[:len(shown)]
    # seed, Random and the class of a conditional model are there, large enough to touch
    assert strip.seed.isVisible() and strip.random.isVisible() and strip.classes.isVisible()
    assert strip.classes.count() == 10
    assert all(s.height() >= 48 for s in shown), [s.height() for s in shown]
    assert _px(strip.names[0]) > c.presentation.font_px  # caption size, bigger than body text

    # moving a strip slider moves the point and renders it, like the normal slider
    before = window.state.z.copy()
    with qtbot.waitSignal(window.image_view.frameShown, timeout=10000):
        shown[1].setValue(shown[1].maximum() // 2)
    assert window.controller.wait_idle(30)
    assert window.state.coefficients[1] == pytest.approx(shown[1].maximum() / 2 / 100, abs=0.011)
    assert not np.allclose(window.state.z, before)
    np.testing.assert_array_equal(window.image_view.current_frame(),
                                  expected_frame(models["cgan"], window.state.z, [window.state.label]))
    assert window.sliders.rows[1].slider.value() == shown[1].value()  # the normal slider followed
    # and the other way round: the state moves the strip
    window.state.set_coefficient(0, -1.5)
    assert shown[0].value() == -150
    strip.classes.activated.emit(3)
    assert window.state.label == 3
    strip.random.click()
    assert strip.seed.value() == window.state.seed
    window.controller.wait_idle(30)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not c.presentation.active and not c.strip_dock.isVisible()


def test_esc_restores_the_explorer_geometry_and_layout(window, models, qtbot):
    open_model(window, models["vae"])
    window.resize(1100, 700)
    window.move(20, 30)
    window.resizeDocks([window.dock_models], [260], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.dock_models.width() >= 250)
    rect = window.geometry()
    docks = {d: window.dock(d).geometry() for d in window.dock_ids() if window.dock(d).isVisible()}
    c = window.feature("classroom")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert c.presentation.active and window.isFullScreen()
    QApplication.focusWidget() and QApplication.focusWidget().clearFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.geometry() == rect, timeout=5000)
    qtbot.waitUntil(lambda: {d: window.dock(d).geometry() for d in window.dock_ids()
                             if window.dock(d).isVisible()} == docks, timeout=5000)
    assert window.image_view.width() > 200  # the image is not squeezed afterwards
    window.controller.wait_idle(30)


def test_esc_restores_the_compare_window_geometry(window, models, qtbot):
    cv = window.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    cv.wait_idle(30)
    qtbot.waitUntil(lambda: bool(cv.evidence.claim_cards), timeout=10000)
    from PySide6.QtWidgets import QTabWidget

    tabs = cv.findChild(QTabWidget, "evidenceTabs")
    for i in reversed(range(tabs.count())):  # every evidence page laid out once: its real minimum width
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
    cv.resize(1000, 640)
    cv.move(40, 50)
    cv.splitter.setSizes([600, 400])
    QApplication.processEvents()
    rect = cv.geometry()
    sizes = cv.splitter.sizes()
    c = window.feature("classroom")
    qtbot.keyClick(cv, Qt.Key.Key_F5)
    assert c.presentation.active and not cv.isWindow()
    qtbot.keyClick(cv, Qt.Key.Key_Escape)
    assert not c.presentation.active and cv.isWindow()
    qtbot.waitUntil(lambda: cv.geometry() == rect and cv.splitter.sizes() == sizes, timeout=5000)
    cv.wait_idle(30)


def _tick_label_rects(axis):
    """The rectangles pyqtgraph draws the axis's tick labels in (scene-independent, axis coordinates)."""
    from PySide6.QtGui import QPainter, QPixmap

    pix = QPixmap(10, 10)
    painter = QPainter(pix)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [rect for rect, _flags, text in (specs[2] if specs else []) if text]


def test_compare_on_stage_is_readable(window, models, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QFrame

    cv = window.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    cv.wait_idle(30)
    qtbot.waitUntil(lambda: bool(cv.evidence.claim_cards), timeout=10000)
    c = window.feature("classroom")
    qtbot.keyClick(cv, Qt.Key.Key_F5)
    assert c.presentation.active
    # labels on the white cards (chart titles, claims) are dark: no white on white
    cards = cv.findChildren(QFrame, "chartCell") + cv.findChildren(QFrame, "claimCard")
    assert cards
    for card in cards:
        for label in card.findChildren(QLabel):
            label.ensurePolished()
            assert label.palette().color(QPalette.ColorRole.WindowText).lightness() < 128, label.text()[:40]
    # the axes' tick labels, in big type, do not run into each other
    import pyqtgraph as pg

    plots = [p for p in cv.findChildren(pg.PlotWidget) if p.isVisible()] or cv.findChildren(pg.PlotWidget)
    assert plots
    for plot in plots:
        axis = plot.getPlotItem().getAxis("bottom")
        axis.resize(300, axis.height())
        rects = sorted(_tick_label_rects(axis), key=lambda r: r.left())
        for a, b in itertools.pairwise(rects):
            assert a.right() + c.presentation.font_px / 3 <= b.left(), (plot.objectName(), a, b)
    # the linked sliders keep a usable width on stage
    shared = cv.shared_sliders
    if shared.isVisible():
        assert all(s.width() >= 120 for s in shared.sliders if s.isVisible())
    qtbot.keyClick(cv, Qt.Key.Key_Escape)
    assert not c.presentation.active
    cv.wait_idle(30)


def test_the_strip_follows_a_language_switch(make_window, qapp, tmp_path, qtbot):
    """Switched en → cs while presenting: the strip's directions and classes are the Czech names the
    full sliders show (they are built from the basis's English ids, not static texts)."""
    import numpy as np
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.cvae import CVAE
    from latentlab.core.families.vae import VAEConfig
    from latentlab.ui.common import i18n
    from latentlab.ui.common.state import Basis

    torch.manual_seed(0)
    model = CVAE(VAEConfig(latent_dim=4, base_channels=4, num_classes=10))
    model.class_names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                         "Bag", "Ankle boot"]
    path = save_model(model.eval(), tmp_path / "tiny-fashion-cvae.safetensors", dataset="fashion-mnist")
    i18n.install_language(qapp, "en")
    w = make_window()
    try:
        open_model(w, path)
        w.state.set_basis(Basis("attribute", ["smile", "glasses"], np.eye(2, 4, dtype=np.float32), ["", ""],
                                {"ids": ["smile", "glasses"]}))
        c = w.feature("classroom")
        c.presentation.enter()
        strip = c.strip
        assert strip.isVisible()

        def shown() -> list[str]:
            return [n.text() for n in strip.names if n.isVisible()]

        def classes() -> list[str]:
            return [strip.classes.itemText(i) for i in range(strip.classes.count())]

        assert shown() == ["smile", "glasses"] and classes()[8] == "8: Bag"
        w.set_language("cs")
        assert shown() == [i18n.direction_name("smile"), i18n.direction_name("glasses")] == ["úsměv", "brýle"]
        assert shown() == [row.name.text() for row in w.sliders.rows[:2]]  # the same words as the full sliders
        assert classes()[8] == f"8: {i18n.class_name('Bag')}" == "8: taška"
        w.set_language("en")
        assert shown() == ["smile", "glasses"] and classes()[8] == "8: Bag"
        c.presentation.exit()
    finally:
        i18n.install_language(qapp, "en")
    w.controller.wait_idle(30)
