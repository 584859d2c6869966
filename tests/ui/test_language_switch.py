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


# --- the sliders' tooltips and the "Fitted on …" note follow the switch -------------------------

def _tips(w) -> list[str]:
    return [row.name.toolTip() for row in w.sliders.rows[:w.state.basis.size]]


def _note(source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LatentSliders", "Fitted on {x0}. Sliders add to the point you were at.").format(
        x0=source)


def _assert_tips(w, expected: list[str]) -> None:
    shown = _tips(w)
    assert len(shown) == len(expected) > 0
    for full, tip in zip(shown, expected):
        assert f"<br>{tip}<br>" in full, (tip, full)


def test_the_tooltips_and_the_fitted_on_note_follow_the_switch(english, make_window, fashion, qtbot):
    """PCA and class directions: their tooltips and the note were written at fit time in English;
    after a switch they are the texts the same messages give in the new language."""
    from PySide6.QtCore import QCoreApplication

    from latentlab.core.datasets import of_model
    from latentlab.ui.common.i18n import fmt
    from latentlab.ui.common.jobs import principal_tip

    translate = QCoreApplication.translate
    w = make_window()
    w.controller.open_model(str(fashion["vae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    shape = w.state.model.image_shape
    n = len(of_model("fashion-mnist", shape).load_sample(shape))
    strip = w.feature("classroom").strip

    def raw_tips() -> list[str]:
        return [translate("basis", "Latent coordinate {i}, in standard deviations of the prior").format(i=i)
                for i in range(w.state.basis.size)]

    # the raw axes: their tooltips were written when the model was opened
    english_raw = raw_tips()
    _assert_tips(w, english_raw)
    w.set_language("cs")
    assert raw_tips() != english_raw
    _assert_tips(w, raw_tips())
    w.set_language("en")

    def pca_texts() -> tuple[list[str], str]:
        source = translate("basis", "{n} encoded {dataset} images").format(n=n, dataset="fashion-mnist")
        share = w.state.basis.extra["share"]
        return [principal_tip(i, s, "latent", source) for i, s in enumerate(share)], source

    _fit(w, qtbot, "pca")
    english_tips, english_source = pca_texts()
    _assert_tips(w, english_tips)
    assert w.sliders.status.text() == _note(english_source)
    w.set_language("cs")
    czech_tips, czech_source = pca_texts()
    assert czech_source != english_source and czech_tips[0] != english_tips[0]
    _assert_tips(w, czech_tips)
    assert w.sliders.status.text() == _note(czech_source) != _note(english_source)
    shown = [s.toolTip() for s in strip.sliders[:w.state.basis.size] if s.toolTip()]
    assert shown and shown == czech_tips[:len(shown)]  # the presentation strip's sliders too
    w.set_language("en")
    _assert_tips(w, english_tips)
    assert w.sliders.status.text() == _note(english_source)
    assert [s.toolTip() for s in strip.sliders[:len(shown)]] == english_tips[:len(shown)]

    def class_texts() -> tuple[list[str], str]:
        basis = w.state.basis
        means, names, src = basis.extra["means"], basis.extra["class_names"], basis.extra["src"]
        source = translate("basis", "encoded {dataset} images").format(dataset="fashion-mnist")
        tips = []
        for name in basis.names:
            dst = names.index(name.split(" → ")[1])
            tips.append(fmt(translate("basis", "From the average '{x0}' towards the average '{x1}' (class means of "
                                               "{x2}); the means are {n:.2f} apart"),
                            x0=i18n.class_name(names[src]), x1=i18n.class_name(names[dst]), x2=source,
                            n=float(np.linalg.norm(means[dst] - means[src]))))
        return tips, source

    _fit(w, qtbot, "class")
    english_tips, english_source = class_texts()
    _assert_tips(w, english_tips)
    assert w.sliders.status.text() == _note(english_source)
    w.set_language("cs")
    czech_tips, czech_source = class_texts()
    assert czech_source != english_source and czech_tips[0] != english_tips[0]
    _assert_tips(w, czech_tips)
    assert w.sliders.status.text() == _note(czech_source)
    # another start class, picked after the switch: written in Czech as well
    w.sliders.src_combo.setCurrentIndex(1)
    w.sliders.src_combo.activated.emit(1)
    qtbot.waitUntil(lambda: w.state.basis.extra.get("src") == w.sliders.src_combo.itemData(1))
    _assert_tips(w, class_texts()[0])
    w.set_language("en")
    _assert_tips(w, class_texts()[0])
    assert w.sliders.status.text() == _note(english_source)


def test_the_named_factor_tooltips_and_their_measured_figures_follow_the_switch(english, make_window, qtbot,
                                                                                tmp_path):
    """A faces64 model whose card holds measured directions: the tooltips (description, step,
    fidelity, side effect) and the note (the card's source) are written again in Czech."""
    import torch
    from PySide6.QtCore import QCoreApplication

    from latentlab.core.checkpoint import save_model, update_card
    from latentlab.core.datasets import of_model
    from latentlab.core.directions import FactorDirection, directions_to_card, targets
    from latentlab.core.families.vae import VAE, VAEConfig
    from latentlab.ui.common.factor_basis import _card_source, fidelity_text

    faces = (3, 64, 64)
    torch.manual_seed(0)
    path = save_model(VAE(VAEConfig(latent_dim=6, base_channels=4, image_shape=faces)).eval(),
                      tmp_path / "tiny-faces-vae.safetensors", dataset="faces64")
    dirs = {"smile": FactorDirection("smile", torch.eye(6)[1], 0.5, (1, 3), 0.9),
            "glasses": FactorDirection("glasses", torch.eye(6)[0], 2.0, (0,), 0.8)}
    fidelity = {"smile": {"spearman_rho": 0.97, "range": 1.23, "leakage": {"glasses": 0.02, "head tilt": 0.04}}}
    entry = directions_to_card(dirs, targets([("smile", 0), ("glasses", 2)]), "toy")
    update_card(path, metrics={"directions": fidelity}, directions=entry)
    descriptions = {f.name: f.description for f in of_model("faces64", faces).factors}

    def texts() -> tuple[list[str], str]:
        tips = []
        for name, scale in (("smile", 0.5), ("glasses", 2.0)):
            tip = [i18n.class_name(descriptions[name]),
                   QCoreApplication.translate("basis", "One slider step is the data's spread along this direction "
                                                       "({scale} prior standard deviations).").format(scale=i18n.number(scale, ".2f"))]
            if name in fidelity:
                tip.append(fidelity_text(fidelity[name]))
            tips.append("\n".join(tip))
        return tips, _card_source(entry)

    w = make_window()
    w.controller.open_model(str(path))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    _fit(w, qtbot, "attribute")
    assert w.state.basis.extra["ids"] == ["smile", "glasses"]
    english_tips, english_source = texts()
    _assert_tips(w, english_tips)
    assert w.sliders.status.text() == _note(english_source)
    w.set_language("cs")
    czech_tips, czech_source = texts()
    assert czech_source != english_source and "Změřeno" in czech_tips[0] and "úsměv" not in english_tips[0]
    _assert_tips(w, czech_tips)
    assert w.sliders.status.text() == _note(czech_source)
    w.set_language("en")
    _assert_tips(w, english_tips)
    assert w.sliders.status.text() == _note(english_source)
