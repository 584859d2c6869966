"""A first run that teaches: the simplest model with a welcome, lessons numbered in teaching
order and presented, F1 listing every registered shortcut, a user guide, and the Linux library
check before Qt starts."""

from __future__ import annotations

import sys

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from latentlab.ui.common.help import shortcut_rows


def _close(window) -> None:
    window.close()
    window.shutdown()
    assert not window.controller.worker.running


def test_first_run_opens_the_teaching_model_with_a_welcome(qtbot):
    from latentlab.ui.app import create_window
    from latentlab.ui.classroom.welcome import welcome_wanted

    window = create_window(device="cpu", dialogs=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.state.model is not None, timeout=30000)
        assert window.state.model.name == "mnist-vae"
        banner = window.welcome
        assert banner is not None and banner.isVisible()
        text = banner.text.text()
        assert "Lessons" in text and "F1" in text
        banner.dont_show.setChecked(True)
        banner.close_button.click()
        assert not banner.isVisible() and not window.dock("app.welcome").isVisible()
        assert not welcome_wanted()
    finally:
        _close(window)
    again = create_window(device="cpu", dialogs=False, show=False)
    try:
        assert again.welcome is None  # "don't show again" is remembered
    finally:
        _close(again)


def test_welcome_closes_without_remembering(qtbot):
    from latentlab.ui.app import create_window
    from latentlab.ui.classroom.welcome import welcome_wanted

    window = create_window(device="cpu", dialogs=False, show=False)
    try:
        window.welcome.close_button.click()
        assert welcome_wanted()  # closed for now, shown again next time
    finally:
        _close(window)


def test_lessons_menu_is_numbered_in_teaching_order(window):
    from latentlab.core.lessons import bundled_lessons, load_lesson

    c = window.feature("classroom")
    c._fill_lessons()
    lessons = sorted((load_lesson(p) for p in bundled_lessons()), key=lambda lesson: lesson.order)
    texts = [a.text() for a in c.lessons_menu.actions()][:len(lessons)]
    assert texts == [f"&{i}. {lesson.title}" for i, lesson in enumerate(lessons, start=1)]
    assert texts[0] == "&1. What is a latent space?"
    # alphabetical order would differ: the numbering comes from the declared order
    assert [lesson.title for lesson in lessons] != sorted(lesson.title for lesson in lessons)


def test_a_lesson_from_the_menu_is_presented_and_closing_it_leaves(window, qtbot):
    c = window.feature("classroom")
    c._fill_lessons()
    c.lessons_menu.actions()[0].trigger()
    assert c.player.lesson is not None and c.player.lesson.order == 1
    assert c.presentation.active and window.isFullScreen()
    qtbot.waitUntil(lambda: window.state.model is not None, timeout=30000)
    c.lesson_bar.closeClicked.emit()  # the lesson bar's ✕: lesson over, back to the window
    assert c.player.lesson is None and not c.presentation.active and not window.isFullScreen()
    window.controller.wait_idle(30)


def test_f1_lists_every_registered_shortcut(window):
    rows = dict(shortcut_rows(window))
    native = QKeySequence.SequenceFormat.NativeText
    for key in ("Ctrl+K", "Ctrl+Shift+T", "F5", "Ctrl+B"):
        assert QKeySequence(key).toString(native) in rows, key
    assert rows[QKeySequence("Ctrl+K").toString(native)].startswith("Compare")
    # every action with a key is there, including one registered after the fact
    from latentlab.ui.common.actions import ActionSpec

    window.add_action(ActionSpec("test.new_key", "&Brand new thing", lambda: None, None, "Ctrl+Alt+J"))
    assert dict(shortcut_rows(window))[QKeySequence("Ctrl+Alt+J").toString(native)] == "Brand new thing"


def test_user_guide_opens_from_help(window, qtbot):
    window.trigger("app.user_guide")
    guide = window.user_guide
    try:
        assert guide.isVisible()
        text = guide.browser.toPlainText()
        assert "Your first class" in text and "Presentation" in text
        screen = window.screen().availableGeometry()
        assert guide.width() <= screen.width() and guide.height() <= screen.height()
    finally:
        guide.close()
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets() if w is guide and w.isVisible()])


def test_missing_xcb_libraries_are_named_with_the_install_command(monkeypatch, capsys):
    from latentlab.ui import app

    present = {"xcb-cursor", "xcb-image", "xcb-render-util", "xcb-shape", "xkbcommon-x11", "EGL", "GL"}

    def fake_find(name):
        return f"lib{name}.so.0" if name in present else None

    missing = app.missing_xcb_libraries(fake_find)
    assert missing == [("xcb-icccm", "libxcb-icccm4"), ("xcb-keysyms", "libxcb-keysyms1")]
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert app.check_xcb_libraries(fake_find) is False
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "libxcb-icccm, libxcb-keysyms" in err and "libxcb-cursor" not in err
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in err
    assert app.check_xcb_libraries(lambda name: f"lib{name}.so") is True
    # offscreen (tests, CI) needs none of them
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.check_xcb_libraries(fake_find) is True
    assert capsys.readouterr().err == ""
