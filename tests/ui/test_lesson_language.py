"""The lesson player speaks the UI's language: it loads a lesson in the language of ``QLocale()``
and re-reads the open lesson's text when Qt says the language changed, on the same step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from latentlab.core.lessons import bundled_lessons, load_lesson
from tests.ui.test_lessons_ui import _settle, lesson_window, stand_ins  # noqa: F401 (fixtures)

LESSON = next(p for p in bundled_lessons() if p.stem == "what-is-a-latent-space")


@pytest.fixture
def locale():
    """Set the default locale as the language menu does; put the old one back afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _language_change(widget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_a_lesson_opens_in_the_ui_language(lesson_window, locale):
    locale("zh_CN")
    c = lesson_window.feature("classroom")
    assert c.player.open(LESSON)
    _settle(lesson_window)
    chinese = load_lesson(LESSON, lang="zh_CN")
    assert c.player.lesson.language == "zh_CN"
    assert c.lesson_bar.caption.text() == chinese.steps[0].caption
    assert c.lesson_bar.lesson_title.text() == chinese.title == "什么是潜在空间？"


def test_switching_language_retranslates_the_open_lesson_on_the_same_step(lesson_window, locale):
    locale("en_US")
    c = lesson_window.feature("classroom")
    assert c.player.open(LESSON)
    _settle(lesson_window)
    c.player.goto(2)
    _settle(lesson_window)
    english = load_lesson(LESSON)
    assert c.lesson_bar.caption.text() == english.steps[2].caption
    seed = lesson_window.state.seed

    for name, lang in (("cs", "cs"), ("zh_Hant_TW", "zh_TW"), ("en_GB", "en")):
        locale(name)
        _language_change(c.lesson_bar)
        translated = load_lesson(LESSON, lang=lang)
        assert c.player.index == 2, name
        assert c.lesson_bar.caption.text() == translated.steps[2].caption, name
        assert c.lesson_bar.title.text() == translated.steps[2].title, name
        assert c.lesson_bar.lesson_title.text() == translated.title, name
        assert c.lesson_bar.counter.text() == f"3 / {len(english.steps)}"
    assert c.lesson_bar.caption.text() == english.steps[2].caption
    assert lesson_window.state.seed == seed  # the step was not applied again, only its text changed

    # The next step is in the new language too.
    locale("cs")
    _language_change(c.lesson_bar)
    c.player.next()
    _settle(lesson_window)
    assert c.lesson_bar.caption.text() == load_lesson(LESSON, lang="cs").steps[3].caption


def test_the_lessons_menu_lists_titles_in_the_ui_language(lesson_window, locale):
    c = lesson_window.feature("classroom")
    locale("zh_TW")
    c.lessons_menu.aboutToShow.emit()
    titles = [a.text() for a in c.lessons_menu.actions()]
    assert "&1. 什麼是潛在空間？" in titles  # numbered in teaching order
    locale("cs")
    c.lessons_menu.aboutToShow.emit()
    assert "&1. Co je latentní prostor?" in [a.text() for a in c.lessons_menu.actions()]


@pytest.fixture
def english_ui(qapp):
    """Install the English UI before and after (translators and the default locale are global)."""
    from latentlab.ui.common import i18n

    i18n.install_language(qapp, "en")
    yield qapp
    i18n.install_language(qapp, "en")


def test_a_step_without_a_title_is_called_step_n_in_the_ui_language(lesson_window, english_ui, tmp_path, qtbot):
    """A lesson with no file in the new language keeps its own text, but the bar's "Step 2" is the
    UI's word and follows the language switch."""
    from latentlab.ui.common import i18n

    path = tmp_path / "untitled.toml"
    path.write_text('title = "Untitled steps"\n\n[[steps]]\ncaption = "one"\nseed = 1\n\n'
                    '[[steps]]\ncaption = "two"\nseed = 2\n', encoding="utf-8")
    c = lesson_window.feature("classroom")
    assert c.player.open(path)
    _settle(lesson_window)
    c.player.next()
    _settle(lesson_window)
    assert c.lesson_bar.title.text() == "Step 2"
    for code, expected in (("cs", "Krok 2"), ("zh_CN", "第 2 步"), ("zh_TW", "第 2 步"), ("en", "Step 2")):
        i18n.install_language(english_ui, code)  # Qt posts LanguageChange to the windows: wait for it
        qtbot.waitUntil(lambda expected=expected: c.lesson_bar.title.text() == expected, timeout=5000)
        assert c.lesson_bar.caption.text() == "two" and c.player.index == 1  # the lesson's own text stays
