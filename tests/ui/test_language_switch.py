"""A language switch at run time renames what is built from the model: the sliders' directions and
the class pickers of the explorer, the encode panel, the latent map and the compare view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from latentlab.ui.common import i18n
from latentlab.ui.common.state import Basis

FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


@pytest.fixture
def english(qapp):
    i18n.install_language(qapp, "en")
    yield qapp
    i18n.install_language(qapp, "en")


@pytest.fixture(scope="module")
def fashion(tmp_path_factory):
    """Tiny Fashion-MNIST models, class names the captions table translates: a conditional VAE
    (class pickers) and a plain one (class directions, which a conditional model has none of)."""
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.cvae import CVAE
    from latentlab.core.families.vae import VAE, VAEConfig

    folder = tmp_path_factory.mktemp("fashion")
    torch.manual_seed(0)
    cvae = CVAE(VAEConfig(latent_dim=4, base_channels=4, num_classes=10))
    cvae.class_names = FASHION
    return {"cvae": save_model(cvae.eval(), folder / "tiny-fashion-cvae.safetensors", dataset="fashion-mnist"),
            "vae": save_model(VAE(VAEConfig(latent_dim=4, base_channels=4)).eval(),
                              folder / "tiny-fashion-vae.safetensors", dataset="fashion-mnist")}


def _slider_names(w) -> list[str]:
    return [row.name.text() for row in w.sliders.rows[:w.state.basis.size]]


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _fit(w, qtbot, key: str) -> None:
    w.state.request_basis(key, {})
    qtbot.waitUntil(lambda: w.state.basis.key == key and w.state.basis.size > 0
                    or (w.messages.last is not None and w.messages.last.level != "info"), timeout=60000)
    assert w.state.basis.key == key, w.messages.last


def test_a_language_switch_renames_the_directions_and_the_classes(english, make_window, fashion, qtbot):
    w = make_window()
    w.controller.open_model(str(fashion["cvae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    classes = w.point.classes
    w.state.set_label(8)
    assert _items(classes)[8] == "8: Bag"

    # principal components: "PC1 (12 %)", "PC1（12%）" in Chinese
    _fit(w, qtbot, "pca")
    english_pcs = _slider_names(w)
    assert english_pcs[0].startswith("PC1 (")
    w.set_language("zh_CN")
    share = w.state.basis.extra["share"]
    assert _slider_names(w) == [i18n.principal_name(i, s) for i, s in enumerate(share)]
    assert _slider_names(w)[0].startswith("PC1（")
    w.set_language("cs")
    assert _items(classes)[8] == f"8: {i18n.class_name('Bag')}" == "8: taška"
    assert classes.currentIndex() == 8  # the choice survives the switch

    # named factor directions (a faces model's "smile", "hair colour: blonde")
    w.set_language("en")
    assert _slider_names(w) == english_pcs
    w.set_language("cs")
    w.state.set_basis(Basis("attribute", ["smile", "hair colour: blonde"], np.eye(2, 4, dtype=np.float32),
                            ["", ""], {"ids": ["smile", "hair colour: blonde"]}))
    assert _slider_names(w) == [i18n.direction_name("smile"), i18n.direction_name("hair colour: blonde")]
    assert _slider_names(w)[0] == "úsměv"
    w.set_language("zh_TW")
    assert _slider_names(w) == [i18n.direction_name("smile"), i18n.direction_name("hair colour: blonde")]
    assert _items(classes)[8] == f"8: {i18n.class_name('Bag')}"
    w.set_language("en")
    assert _slider_names(w) == ["smile", "hair colour: blonde"]
    assert _items(classes)[8] == "8: Bag"


def test_class_directions_and_their_start_class_follow_the_switch(english, make_window, fashion, qtbot):
    w = make_window()
    w.controller.open_model(str(fashion["vae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    _fit(w, qtbot, "class")
    src = w.sliders.src_combo
    english_src = _items(src)
    english_names = _slider_names(w)
    assert set(english_src) <= set(FASHION) and len(english_src) >= 2
    assert english_names == w.state.basis.names
    assert all(" → " in n and n.split(" → ")[0] in FASHION for n in english_names)
    w.set_language("cs")
    assert _slider_names(w) == [i18n.direction_name(n) for n in w.state.basis.names]
    assert not set(_slider_names(w)) & set(english_names)  # every name is Czech now
    assert _items(src) == [i18n.class_name(n) for n in english_src] and not set(_items(src)) & set(english_src)
    w.set_language("en")
    assert _slider_names(w) == english_names and _items(src) == english_src


def test_the_encode_panel_map_and_compare_class_pickers_follow_the_switch(english, make_window, fashion, qtbot):
    w = make_window()
    w.controller.open_model(str(fashion["cvae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    encode = w.feature("latent").encode_panel
    assert _items(encode.class_combo) == FASHION
    encode.class_combo.setCurrentIndex(4)
    w.dock("latent.map").show()
    assert w.feature("latent").tools.wait_map(60)
    axes = w.feature("latent").map.x_combo
    english_axes = _items(axes)
    assert any(t.startswith("PC1 (") for t in english_axes)
    cv = w.trigger("compare.show", models=[str(fashion["cvae"]), str(fashion["vae"])])
    assert cv.wait_idle(60)
    english_compare = _items(cv.class_box)
    assert "Coat" in english_compare

    w.set_language("zh_CN")
    assert _items(encode.class_combo) == [i18n.class_name(n) for n in FASHION]
    assert encode.class_combo.currentIndex() == 4 and encode.class_combo.currentText() == i18n.class_name("Coat")
    assert i18n.class_name("Coat") in _items(cv.class_box) and "Coat" not in _items(cv.class_box)
    assert any(t.startswith("PC1（") for t in _items(axes)) and not set(_items(axes)) & set(english_axes) - {
        t for t in english_axes if t.startswith("z")}
    w.set_language("en")
    assert _items(encode.class_combo) == FASHION
    assert _items(cv.class_box) == english_compare
    assert _items(axes) == english_axes
    # the evidence's old claim cards are deleted on the next pass of the event loop
    qtbot.waitUntil(lambda: not [t for t in QApplication.topLevelWidgets() if t.objectName() == "claimCard"])


@pytest.mark.parametrize("code, words", [("cs", "není to model latentlab (textový soubor"),
                                         ("zh_TW", "不是 latentlab 模型（文字檔")])
def test_a_bad_model_file_is_reported_in_the_ui_language_naming_the_file(english, make_window, tmp_path, qtbot,
                                                                         code, words):
    from latentlab.core.errors import error_message

    bad = tmp_path / "notes.safetensors"
    bad.write_text("not a model, some notes", encoding="utf-8")
    w = make_window()
    w.set_language(code)
    w.controller.open_model(str(bad))
    qtbot.waitUntil(lambda: w.messages.last is not None and w.messages.last.level == "error", timeout=20000)
    text = w.messages.last.text
    assert words in text and str(bad) in text, text
    assert "not a latentlab model" not in text and "Could not open" not in text
    # the same file from the command line's point of view: English
    from latentlab.core.checkpoint import load_model

    with pytest.raises(Exception) as info:
        load_model(bad)
    assert error_message(info.value).endswith("not a latentlab model (a text file, although it is named .safetensors)")


def test_the_user_guide_is_shown_in_the_ui_language_and_follows_a_switch(english, make_window, qtbot):
    from latentlab.core.paths import docs_dir

    w = make_window()
    w.set_language("cs")
    w.trigger("app.user_guide")
    guide = w.user_guide
    try:
        assert guide.guide_path == docs_dir() / "user-guide.cs.md"
        text = guide.browser.toPlainText()
        assert "Vaše první hodina za 10 minut" in text and "Your first class" not in text
        w.set_language("zh_TW")
        assert "10 分鐘上好第一堂課" in guide.browser.toPlainText()
        w.set_language("en")
        assert "Your first class in 10 minutes" in guide.browser.toPlainText()
    finally:
        guide.close()
    qtbot.waitUntil(lambda: not [t for t in QApplication.topLevelWidgets() if t is guide and t.isVisible()])


def test_a_language_without_a_guide_falls_back_to_english(monkeypatch, tmp_path):
    from latentlab.core import paths
    from latentlab.ui.common import help as help_mod

    (tmp_path / "user-guide.md").write_text("# English guide\n", encoding="utf-8")
    monkeypatch.setattr(paths, "docs_dir", lambda: tmp_path)
    assert help_mod.user_guide_text("cs") == "# English guide\n"
    (tmp_path / "user-guide.cs.md").write_text("# Česká příručka\n", encoding="utf-8")
    assert help_mod.user_guide_text("cs") == "# Česká příručka\n"
    assert help_mod.user_guide_text("en") == "# English guide\n"
