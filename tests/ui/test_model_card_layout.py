"""The model card fits the dock it is in: at the default (narrowest) dock width each key stands
above its value, with room the rows go side by side; no key is broken inside a word and no value
runs past the card's right edge, in English, Czech and Chinese.

Checked on the card's laid-out document (each line of each block, measured with the block's own
font), not on pixels.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics

from latentlab.ui.common import i18n

#: a bundled model whose card has every part: long class names, provenance, a command, measurements
MODEL = "fashion-mnist-cgan"
WIDE = 700


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English (the translators and the default locale are global)."""
    i18n.install_language(qapp, "en")
    yield qapp
    i18n.install_language(qapp, "en")


@pytest.fixture
def card(make_window, english, qtbot):
    """A model card of the bundled model, in a window of its own (so its width is the test's)."""
    from latentlab.core.zoo import find_model
    from latentlab.ui.explorer.model_card import ModelCard

    window = make_window()
    window.controller.open_model(str(find_model(MODEL)))
    assert window.controller.wait_idle(60)
    assert window.state.model is not None and window.state.model.name == MODEL
    card = ModelCard(window.state)
    qtbot.addWidget(card)
    card.show()
    card.default_width = window.card.minimumWidth()  # the left dock's default (narrowest) width
    return card


def _breaks(text: str) -> set[int]:
    """Positions where a line may break (after a space; between Chinese characters…)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found, position = set(), finder.toNextBoundary()
    while position != -1:
        found.add(position)
        position = finder.toNextBoundary()
    return found


def _longest_word(text: str, fm: QFontMetrics) -> int:
    cuts = [0, *sorted(_breaks(text))]
    return max((fm.horizontalAdvance(text[a:b].rstrip()) for a, b in pairwise(cuts)), default=0)


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def layout_problems(card) -> list[str]:
    """Keys broken inside a word or narrower than their longest word; lines past the right edge."""
    doc = card.text.document()
    layout = doc.documentLayout()
    right = card.text.viewport().width()
    keys = {k for k, _v in card.rows()}
    problems = []
    if card.text.horizontalScrollBar().isVisible() or doc.size().width() > right:
        problems.append(f"the card is {doc.size().width()} px wide in a {right} px box")
    for block in _blocks(doc):
        # (a cell that may not wrap holds its spaces as no-break spaces)
        text, lines = block.text().replace("\xa0", " "), block.layout()
        if not text.strip():
            continue
        font = block.begin().fragment().charFormat().font().resolve(doc.defaultFont())
        fm = QFontMetrics(font)
        rect = layout.blockBoundingRect(block)
        breaks = _breaks(text)
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            end = rect.x() + line.x() + line.naturalTextWidth()
            if end > right + 0.5:
                problems.append(f"{text!r}: line {i + 1} ends at {end:.0f} px, past the right edge at {right} px")
            if text in keys and i and line.textStart() not in breaks:
                problems.append(f"key {text!r} is broken inside a word at {line.textStart()}")
        if text in keys:
            room = min(lines.lineAt(i).width() for i in range(lines.lineCount()))
            if room + 0.5 < _longest_word(text, fm):
                problems.append(f"key {text!r} has {room:.0f} px, its longest word needs {_longest_word(text, fm)}")
    return problems


@pytest.mark.parametrize("code", ["en", "cs", "zh_CN", "zh_TW"])
def test_the_card_stacks_at_the_default_dock_width_and_goes_side_by_side_when_wide(card, english, qtbot, code):
    i18n.install_language(english, code)  # the card is rebuilt in the language (retranslate_ui)
    assert QCoreApplication.translate("ModelCard", "Parameters") in [k for k, _v in card.rows()]
    card.resize(card.default_width, 900)
    qtbot.waitUntil(lambda: card.stacked, timeout=5000)
    assert card.width() == card.default_width
    assert layout_problems(card) == [], code
    card.resize(WIDE, 900)
    qtbot.waitUntil(lambda: not card.stacked, timeout=5000)
    assert layout_problems(card) == [], code
    # and back: the width decides, not the history
    card.resize(card.default_width, 900)
    qtbot.waitUntil(lambda: card.stacked, timeout=5000)
    assert layout_problems(card) == [], code


def test_side_by_side_at_the_default_width_would_break_keys_or_run_off(card, english, qtbot):
    """The check above can fail: the card's first layout, a two-column table left to Qt's column
    sizing, breaks keys inside words at the default width ("Parameter/s"); a key column that may
    not wrap pushes the values past the edge instead."""
    import html

    from latentlab.ui.explorer.model_card import render_parts

    def old_table(rows):
        e = html.escape
        return "<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color:#6b7280;padding-right:10px'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows
        ) + "</table>"

    card.resize(card.default_width, 900)
    qtbot.waitUntil(lambda: card.stacked, timeout=5000)
    for code in ("en", "cs"):
        i18n.install_language(english, code)
        card.text.setHtml("".join(old_table(c) if kind == "rows" else c for kind, c in card.parts))
        assert any("broken inside a word" in p for p in layout_problems(card)), code
        card.text.setHtml(render_parts(card.parts, stacked=False))  # side by side, keys never wrapping
        assert any("past the right edge" in p for p in layout_problems(card)), code


def test_a_bigger_font_is_measured_again(card, qtbot):
    """Presentation sizes: the same width that holds the rows side by side in the normal type
    stacks them in a style sheet's much larger type (the card measures again), and back."""
    card.resize(WIDE, 900)
    qtbot.waitUntil(lambda: not card.stacked, timeout=5000)
    card.setStyleSheet("QTextBrowser { font-size: 26pt; }")
    qtbot.waitUntil(lambda: card.stacked, timeout=5000)
    assert layout_problems(card) == []
    card.setStyleSheet("")
    qtbot.waitUntil(lambda: not card.stacked, timeout=5000)
    assert layout_problems(card) == []
