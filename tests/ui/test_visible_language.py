"""Every view, opened in Czech or Chinese, shows no English: its labels, buttons, tips, tables,
plot titles and axes are all in the language (names, numbers and units aside).

The source scan of tests/test_translations.py sees text that skips ``tr()``; this sees what
reaches the screen another way: core text (the claims and their evidence, the figures' names),
text assembled from pieces, and numbers written the English way.
"""

from __future__ import annotations

import html
import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from latentlab.core.caption_text import CAPTION_LANGUAGES, caption_table
from latentlab.ui.common import i18n

WORD = re.compile(r"[A-Za-z][a-z]{2,}")
#: words that are names in every language: products, model kinds, datasets, metrics, file types
NAMES = {"latentlab", "vae", "gan", "cgan", "cvae", "mnist", "fashion", "fid", "kid", "ppl", "mse", "bce", "psnr",
         "elbo", "lpips", "inception", "score", "cpu", "cuda", "mps", "png", "gif", "json", "toml", "onnx",
         "safetensors", "tiny", "english", "slerp", "lerp", "ganspace", "pca", "torchscript", "pytorch", "max", "min"}


@pytest.fixture
def english(qapp):
    i18n.install_language(qapp, "en")
    yield qapp
    i18n.install_language(qapp, "en")


def _strip(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", text))


def _shown(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its children show or tip."""
    out: list[tuple[str, str]] = []

    def add(w, text) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(w).__name__}#{w.objectName()}", _strip(text)))

    for w in [root, *root.findChildren(QWidget)]:
        add(w, w.toolTip())
        if isinstance(w, QDockWidget):
            add(w, w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, w.text())
        if isinstance(w, QGroupBox):
            add(w, w.title())
        if isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            add(w, w.text())
        if isinstance(w, QProgressBar) and w.isVisible():
            add(w, w.text())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        if isinstance(w, QTableWidget):
            items = [w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
            items += [w.horizontalHeaderItem(c) for c in range(w.columnCount())]
            for item in filter(None, items):
                add(w, item.text())
                add(w, item.toolTip())
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            add(w, item.titleLabel.text)
            for side in ("left", "bottom"):
                axis = item.getAxis(side)
                add(w, axis.labelText)
                for level in axis._tickLevels or []:
                    for _value, text in level:
                        add(w, str(text))
        for action in w.actions():
            add(w, action.text())
            add(w, action.toolTip())
    return out


def _captions(code: str) -> dict[str, str]:
    """The core's English captions and their text in ``code`` (resources/captions.toml)."""
    index = CAPTION_LANGUAGES.index(code) - 1
    return {key: row[index] for key, row in caption_table().items()}


def _english_words(code: str) -> set[str]:
    """Words of the English source text (UI messages and core captions) that the language does not use."""
    from latentlab.ui.common.ts_files import read_ts

    def words(text: str) -> set[str]:  # placeholders ({step}) are names, not words
        return {w.lower() for w in WORD.findall(re.sub(r"\{[^{}]*\}", " ", text))}

    english: set[str] = set()
    native: set[str] = set()
    for m in read_ts(i18n.ts_path(code)):
        english |= words(m.source)
        for t in m.translations:
            native |= words(t)
    for key, text in _captions(code).items():
        english |= words(key)
        native |= words(text)
    return english - native - NAMES


def _open_every_view(w, models, qtbot):
    w.controller.open_model(str(models["vae"]))
    qtbot.waitUntil(lambda: w.state.model is not None, timeout=20000)
    for ident in ("latent.path", "latent.encode", "latent.map"):
        w.dock(ident).show()
    tools = w.feature("latent").tools
    tools.add_seed(1)
    tools.add_seed(2)
    assert tools.wait_map(60)
    w.trigger("training.show", on=True)
    w.trigger("anomaly.show", on=True)
    cv = w.trigger("compare.show", models=[str(models["vae"]), str(models["gan"])])
    assert cv.wait_idle(60)
    return cv


@pytest.mark.parametrize("code", ["cs", "zh_CN"])
def test_every_view_shows_the_language_not_english(english, make_window, models, qtbot, code):
    i18n.install_language(english, code)
    w = make_window()
    cv = _open_every_view(w, models, qtbot)
    shown = _shown(w) + _shown(cv)
    assert len(shown) > 300, len(shown)  # the views really are open

    # 1. no text is a whole English message whose translation differs
    from latentlab.ui.common.ts_files import read_ts

    messages = {m.source for m in read_ts(i18n.ts_path(code)) if not m.numerus and m.translations[0] != m.source}
    captions = {k for k, text in _captions(code).items() if text != k}
    english = {_strip(t).strip() for t in messages | captions if WORD.search(t)}
    same = sorted({f"{where}: {text!r}" for where, text in shown if text.strip() in english})
    assert not same, "shown in English:\n" + "\n".join(same)

    # 2. no text holds two or more English words (a sentence assembled from untranslated pieces),
    #    or is one English word alone (an axis title, a unit)
    words = _english_words(code)
    mixed = sorted({f"{where}: {text[:120]!r} {sorted(found)}" for where, text in shown
                    if len(found := {x.lower() for x in WORD.findall(text)} & words) >= 2
                    or (found and text.strip().lower() in words)})
    assert not mixed, "English words on screen:\n" + "\n".join(mixed)

    # 3. no placeholder reaches the screen unfilled ("{x0}", "{n:,}")
    raw = sorted({f"{where}: {text[:120]!r}" for where, text in shown if re.search(r"\{[A-Za-z_]\w*(:[^{}]*)?\}", text)})
    assert not raw, "unfilled placeholders:\n" + "\n".join(raw)


def test_switching_language_rebuilds_the_claims_and_figures(english, make_window, models, qtbot):
    """The evidence is core text built from the cards: a language switch builds it again."""
    from latentlab.core.caption_text import caption

    w = make_window()
    cv = _open_every_view(w, models, qtbot)
    aspect = cv.evidence.claim_cards[0].findChild(QLabel, "claimAspect")
    assert aspect.text() == "Principle"
    w.set_language("zh_TW")
    # the old cards are deleted on the next pass of the event loop
    qtbot.waitUntil(lambda: not [t for t in QApplication.topLevelWidgets() if t.objectName() == "claimCard"])
    aspect = cv.evidence.claim_cards[0].findChild(QLabel, "claimAspect")
    assert aspect.text() == caption("principle", "zh_TW")
    names = [cv.evidence.figures.item(r, 0).text() for r in range(cv.evidence.figures.rowCount())]
    assert caption("precision", "zh_TW") in names and "precision" not in names


def test_numbers_on_screen_are_written_the_czech_way(english, make_window, models, qtbot):
    i18n.install_language(english, "cs")
    assert QLocale().decimalPoint() == ","
    w = make_window()
    cv = _open_every_view(w, models, qtbot)
    w.state.set_coefficient(0, 0.5)
    qtbot.waitUntil(lambda: w.sliders.rows[0].value.text() == "+0,50", timeout=5000)
    # a decimal point between two digits, in any label, tip or table cell, is an English number
    # (dotted names such as "training_log.g_loss" or "1.0.2" versions aside: those have letters or two dots)
    english_number = re.compile(r"(?<![\w.])[-+]?\d+\.\d+(?![\w.])")
    found = sorted({f"{where}: {text[:100]!r}" for where, text in _shown(w) + _shown(cv)
                    if english_number.search(text) and "latentlab " not in text})
    assert not found, "numbers with a decimal point in Czech:\n" + "\n".join(found)
    # every plot's axes write their own tick numbers with the comma too
    plots = w.findChildren(pg.PlotWidget) + cv.findChildren(pg.PlotWidget)
    assert len(plots) >= 5
    for plot in plots:
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            if not axis.logMode:
                assert axis.tickStrings([0.5, 1.5], 1.0, 0.5) == ["0,5", "1,5"], (plot.objectName(), side)
