"""Switching the UI language: at start (--lang, $LATENTLAB_LANG, saved, system) and at run time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from latentlab.ui.common import i18n


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English (the translators and the default locale are global)."""
    i18n.install_language(qapp, "en")
    yield qapp
    i18n.install_language(qapp, "en")


def _cs(context: str, source: str) -> str:
    from latentlab.ui.common.retranslate import catalogue

    keys = catalogue(i18n.ts_path("cs"))
    return next(t for t, ks in keys.items() if any(k[:2] == (context, source) for k in ks) and t != source)


def test_languages_name_themselves_and_have_files():
    assert {c: lang.name for c, lang in i18n.LANGUAGES.items()} == {
        "en": "English", "cs": "Čeština", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
    for code in ("cs", "zh_CN", "zh_TW"):
        assert i18n.qm_path(code).is_file() and i18n.ts_path(code).is_file()


@pytest.mark.parametrize("name, code", [
    ("cs_CZ", "cs"), ("cs-CZ", "cs"), ("zh-Hant-TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh-Hans-CN", "zh_CN"),
    ("zh", "zh_CN"), ("en-GB", "en"), ("de_DE", None), ("", None)])
def test_locale_names_map_to_languages(name, code):
    assert i18n.match_language(name) == code


def test_the_start_language_is_lang_then_environment_then_saved_then_system(monkeypatch):
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_TW")
    assert i18n.choose_language() == "zh_TW"
    i18n.save_language("zh_CN")
    assert i18n.choose_language() == "zh_CN"
    monkeypatch.setenv(i18n.LANG_ENV, "cs_CZ.UTF-8")
    assert i18n.choose_language() == "cs"
    assert i18n.choose_language("en") == "en"
    with pytest.raises(i18n.UnknownLanguageError, match="--lang='klingon'.*en, cs, zh_CN, zh_TW"):
        i18n.choose_language("klingon")


def test_gui_takes_lang():
    from latentlab.cli import build_parser

    assert build_parser().parse_args(["gui", "--lang", "zh_TW"]).lang == "zh_TW"


def test_the_locale_is_set_before_the_views_hear_of_the_change(english):
    seen = []

    class Listener(QObject):
        def event(self, ev):
            if ev.type() == QEvent.Type.LanguageChange:
                seen.append(QLocale().name())
            return super().event(ev)

    listener = Listener()
    english.installEventFilter(listener)  # the app gets LanguageChange first, synchronously
    try:
        i18n.install_language(english, "cs")
    finally:
        english.removeEventFilter(listener)
    assert QLocale().name() == "cs_CZ" and i18n.current_language() == "cs"
    assert QCoreApplication.translate("menus", "&View") != "&View"
    assert QLocale().toString(0.5, "f", 1) == "0,5"


VIEWS = {"ModelBrowser", "ModelCard", "PointControls", "LatentSliders", "SampleGrid", "BookmarksPanel", "ImageView",
         "CompareView", "TrainingPanel", "PathEditor", "EncodePanel", "LatentMap", "LessonBar"}


def _view_of(widget) -> str:
    while widget is not None and type(widget).__name__ not in VIEWS:
        widget = widget.parent()
    return type(widget).__name__ if widget is not None else "?"


def _visible_texts(window):
    out = {}
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if text:
            out[w] = text
    return out


def test_switching_language_translates_the_open_window_without_a_restart(english, make_window, models, qtbot):
    w = make_window()
    w.controller.open_model(str(models["vae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    # open the other views: compare, live training, the latent tools' docks
    w.trigger("compare.open")
    w.trigger("training.open")
    for ident in ("latent.path", "latent.encode", "latent.map"):
        w.dock(ident).show()
    english_texts = _visible_texts(w) | _visible_texts(w.panel("compare.view"))
    z_before = w.state.z.copy()
    from latentlab.ui.common.ts_files import read_ts

    # English texts whose Czech translation differs (so a missed widget would show)
    differs = {m.source for m in read_ts(i18n.ts_path("cs")) if not m.numerus and m.translations[0] != m.source}

    w.trigger("app.language.cs")

    assert w.action("app.language.cs").isChecked()
    assert w.menu("view").title() == _cs("menus", "&View")
    assert w.menu("file").title() == _cs("menus", "&File")
    assert w.action("compare.open").text() == _cs("compare", "&Compare models…")
    assert w.dock("explorer.sliders").windowTitle() == _cs("explorer", "Latent space")
    # every label and button that showed a message now shows its Czech text, in every view
    changed, views = 0, set()
    for widget, text in english_texts.items():
        if text in differs:
            now = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            assert now != text, f"{type(widget).__name__} still says {text!r}"
            changed += 1
            views.add(_view_of(widget))
    assert changed >= 40, changed
    assert len(views) >= 5, views  # explorer panels, compare view, training panel, latent tools…
    # the session state is untouched: same model, same point
    assert w.state.model is not None and (w.state.z == z_before).all()
    assert i18n.saved_language() == "cs"

    w.trigger("app.language.en")
    assert w.menu("view").title() == "&View"
    back = {widget: (widget.title() if isinstance(widget, QGroupBox) else widget.text()) for widget in english_texts}
    assert [t for wdg, t in back.items() if english_texts[wdg] in differs and t != english_texts[wdg]] == []


def test_a_count_is_said_with_the_languages_plural_forms(english, make_window, qtbot, tmp_path):
    w = make_window()
    i18n.install_language(english, "cs")
    forms = [w.controller.tr("Saved %n bookmark(s) to {path}", "", n) for n in (1, 3, 5)]
    assert len(set(forms)) == 3, forms  # Czech: 1 záložka / 3 záložky / 5 záložek
    i18n.install_language(english, "zh_CN")
    assert "5" in w.controller.tr("Saved %n bookmark(s) to {path}", "", 5)


def test_the_model_card_writes_numbers_the_czech_way(english, make_window, models, qtbot):
    from latentlab.ui.explorer.model_card import number

    w = make_window()
    w.controller.open_model(str(models["vae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    params = w.state.model.info.params
    assert params >= 1000
    english_card = w.card.text.toPlainText()
    assert f"{params:,}" in english_card
    w.set_language("cs")
    card = w.card.text.toPlainText()
    assert number(0.1234) == "0,1234"
    assert QLocale().toString(params).replace("\xa0", " ") in card.replace("\xa0", " ") and f"{params:,}" not in card
    assert _cs("ModelCard", "Parameters") in card


def test_errors_shown_in_the_gui_are_translated_around_the_core_reason(english, make_window):
    w = make_window()
    w.set_language("zh_CN")
    w.messages.report(ValueError("model.safetensors: not a latentlab model"), w.tr("Could not export the image"))
    text = w.messages.last.text
    assert text.endswith("model.safetensors: not a latentlab model")  # the core's reason stays English
    assert "：" in text and w.messages.last.title != "Something went wrong"
    assert QApplication.translate("Messenger", "{doing}: {reason}") == "{doing}：{reason}"


def test_numbers_and_counted_units_follow_the_language(english):
    from PySide6.QtWidgets import QSpinBox

    assert i18n.number(1234.5, ",.1f") == "1,234.5" and i18n.fmt("{x:.2f} ({n:,})", x=0.5, n=12000) == "0.50 (12,000)"
    i18n.install_language(english, "cs")
    assert i18n.number(1234.5, ",.1f").replace("\xa0", " ") == "1 234,5"
    assert i18n.fmt("{x:+.2f} ({n:,}) {name}", x=0.5, n=12000, name="v1.2").replace("\xa0", " ") == "+0,50 (12 000) v1.2"
    box = QSpinBox()
    box.setRange(1, 100)
    i18n.plural_suffix(box, lambda n: QCoreApplication.translate("TrainingPanel", "%n step(s)", "", n))
    shown = []
    for v in (1, 3, 20):
        box.setValue(v)
        shown.append(box.text())
    assert shown == ["1 krok", "3 kroky", "20 kroků"]
    i18n.install_language(english, "en")
    box.setValue(1)
    assert box.text() == "1 step"
    box.setValue(5)
    assert box.text() == "5 steps"


def test_chinese_registers_the_shipped_cjk_font(english):
    from PySide6.QtGui import QFontDatabase

    i18n.install_language(english, "zh_TW")
    assert i18n.register_cjk_font()
    assert any("Noto Sans CJK" in family for family in QFontDatabase.applicationFontFamilies(i18n._cjk_font))


def test_dataset_classes_and_directions_are_shown_in_the_language(english):
    assert i18n.class_name("Ankle boot") == "Ankle boot" and i18n.direction_name("Coat → Bag") == "Coat → Bag"
    i18n.install_language(english, "cs")
    assert i18n.class_name("Ankle boot") == "kotníková bota" and i18n.class_name("7") == "7"
    assert i18n.direction_name("smile") == "úsměv"
    i18n.install_language(english, "zh_CN")
    assert i18n.direction_name("Coat → Bag") == "外套 → 包"
    from latentlab.ui.common.jobs import principal_tip

    assert "第 2 大" in principal_tip(1, 0.1, "latent", "x")  # not "2nd"
