"""Figures draw Czech and Chinese: the shipped fonts have every caption character, no "?" or
ASCII stand-ins replace them, and ``--lang`` changes what the CLI writes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from latentlab.core import drawing as D
from latentlab.core.caption_text import CAPTION_LANGUAGES, caption, caption_language, caption_table, class_caption

CAPTIONS = {
    "en": ["3 → 8", "ψ = 0.7 ± 0.1", "σ ≈ 1 × μ", "seed 3 → 9 – step 4…"],
    "cs": ["latentní prostor", "kodér → dekodér", "kolaps módů", "Žluťoučký kůň úpěl ďábelské ódy"],
    "zh_CN": ["潜在空间", "编码器 → 解码器", "生成器与判别器", "模式崩溃：种子 3"],
    "zh_TW": ["潛在空間", "編碼器 → 解碼器", "生成器與判別器", "模式崩潰（種子 3）"],
}
ALL = [t for texts in CAPTIONS.values() for t in texts]


def _cmap(font) -> set[int]:
    """The code points the font file maps to glyphs (read by fontTools, not by the code under test)."""
    ttlib = pytest.importorskip("fontTools.ttLib")
    return set(ttlib.TTFont(font.path).getBestCmap())


def _ink(font, text: str) -> np.ndarray:
    canvas = Image.new("L", (int(font.getlength(text)) + 20, font.size * 2), 0)
    ImageDraw.Draw(canvas).text((10, 4), text, fill=255, font=font)
    return np.asarray(canvas)


def test_the_shipped_fonts_load():
    fonts = D.caption_fonts(20)
    assert [f.path.rsplit("/", 1)[-1] for f in fonts] == list(D.FONT_FILES)


@pytest.mark.parametrize("text", ALL)
def test_the_chosen_font_has_every_caption_character(text):
    font = D.font_for(text, 20)
    cmap = _cmap(font)
    assert [ch for ch in text if not ch.isspace() and ord(ch) not in cmap] == []
    assert D.printable(text) == text  # no "?" and no ASCII stand-ins
    # Each character draws something other than the font's notdef box.
    notdef = _ink(font, "\U000f0000")
    for ch in set(text) - {" "}:
        glyph = _ink(font, ch)
        assert glyph.any(), ch
        assert glyph.shape != notdef.shape or not np.array_equal(glyph, notdef), ch


def test_the_script_picks_the_font():
    latin, cjk = D.caption_fonts(D.CAPTION_SIZE)
    assert D.font_for("kolaps módů → 8") is latin
    assert D.font_for("潜在空间") is cjk and D.font_for("潛在空間 σ ≈ 1") is cjk


def test_a_character_no_font_has_still_gets_a_stand_in():
    assert D.printable("a\U000f0001b") == "a?b"
    assert not D.has_glyph("\U000f0001")


def test_every_translated_caption_and_class_name_is_covered():
    # The subset keeps what the caption table needs (see resources/fonts/README.md).
    texts = [t for row in caption_table().values() for t in row]
    for text in texts:
        font = D.font_for(text, 20)
        assert D.printable(text, font=font) == text, text


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_cjk_subset_has_every_character_of_the_ui_translations(lang):
    # The window registers the subset with Qt (ui/common/i18n.py), so a machine without a CJK
    # font still draws the UI's Chinese: every Han character of the .ts file must be in it.
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"latentlab_{lang}.ts"
    cjk = D.caption_fonts(20)[1]
    han = {ch for ch in ts.read_text(encoding="utf-8") if ord(ch) >= 0x2E80}
    assert han and not [ch for ch in sorted(han) if not D.has_glyph(ch, cjk)]


@pytest.mark.parametrize("lang", ["cs", "zh_CN", "zh_TW"])
def test_a_grid_draws_captions_in_every_script(lang):
    frames = np.zeros((4, 28, 28, 1), np.uint8) + 255
    texts = CAPTIONS[lang]
    sheet = D.make_grid(frames, ncols=4, captions=texts, scale=3)
    blank = D.make_grid(frames, ncols=4, captions=[" "] * 4, scale=3)
    assert sheet.shape[1] == blank.shape[1]
    strip = slice(2 + 84, sheet.shape[0])
    for i, text in enumerate(texts):
        cell = sheet[strip, 2 + i * 86: 2 + i * 86 + 84, 0]
        assert (cell < 128).any(), text  # ink where the caption is
        # The same caption drawn with Pillow's bundled font (which lacks these letters) or as "?"
        # stand-ins would look different.
        fallback = D.make_grid(frames, ncols=4, captions=["?" * len(t) for t in texts], scale=3)
        assert not np.array_equal(cell, fallback[strip, 2 + i * 86: 2 + i * 86 + 84, 0])


def test_caption_table_and_languages():
    assert caption("seed {seed}", "zh_CN", seed=3) == "种子 3"
    assert caption("seed {seed}", "zh_TW", seed=3) == "種子 3"
    assert caption("step {step} of {steps}", "cs", step=2, steps=9) == "krok 2 z 9"
    assert caption("no such caption", "cs") == "no such caption"
    assert class_caption("Ankle boot", "cs") == "kotníková bota" and class_caption("7", "zh_CN") == "7"
    assert caption_language("cs_CZ") == "cs" and caption_language("zh-Hant") == "zh_TW"
    with pytest.raises(ValueError, match="'xx' is not known"):
        caption_language("xx")
    # Every entry has all three translations and the same placeholders as its English key.
    import string

    def fields(t: str) -> set:
        return {f for _, f, _, _ in string.Formatter().parse(t) if f}

    assert len(caption_table()) > 40
    for key, row in caption_table().items():
        assert len(row) == len(CAPTION_LANGUAGES) - 1 and all(t != key for t in row[1:]), key
        assert all(fields(t) == fields(key) for t in row), key


@pytest.mark.parametrize("lang", ["cs", "zh_CN", "zh_TW"])
def test_the_compare_figure_draws_its_headings_in_the_language(tiny_model, lang):
    from latentlab.core import evidence_figure as F

    vae, gan = tiny_model("vae"), tiny_model("gan")
    cards = [{"arch": "vae", "dataset": "mnist"}, {"arch": "gan", "dataset": "mnist"}]
    english = F.render_figure([vae, gan], cards, ["a", "b"], seed=0, n=4, width=800)
    translated = F.render_figure([vae, gan], cards, ["a", "b"], seed=0, n=4, width=800, lang=lang)
    assert translated.dtype == np.uint8 and translated.shape[1] == 800
    assert english.shape != translated.shape or not np.array_equal(english, translated)
    # The headings it draws have all their glyphs in the font that draws them.
    for key in ("Training curves", "Measured figures", "The textbook claims, checked against these models",
                "verdict", "Samples: each model decodes its own prior draws from seed {seed}"):
        text = caption(key, lang, seed=0)
        assert text != key
        assert D.printable(text, font=D.font_for(text, 20)) == text


def test_cli_lang_changes_the_sample_captions(tiny_vae_file, tmp_path):
    from latentlab.cli import main

    outs = {}
    for lang in ("en", "cs", "zh_TW"):
        out = tmp_path / f"{lang}.png"
        assert main(["sample", str(tiny_vae_file), "-n", "2", "--captions", "--lang", lang, "-o", str(out),
                     "--device", "cpu"]) == 0
        outs[lang] = np.asarray(Image.open(out))
    assert not np.array_equal(outs["en"], outs["cs"])
    assert not np.array_equal(outs["cs"], outs["zh_TW"])


def test_cli_lang_captions_an_interpolation_sheet(tiny_vae_file, tmp_path):
    from latentlab.cli import main

    args = ["interpolate", str(tiny_vae_file), "--frames", "2", "--captions", "--device", "cpu"]
    assert main(args + ["--lang", "en", "-o", str(tmp_path / "en.png")]) == 0
    assert main(args + ["--lang", "zh_CN", "-o", str(tmp_path / "zh.png")]) == 0
    plain = tmp_path / "plain.png"
    assert main(args[:-3] + ["--device", "cpu", "-o", str(plain)]) == 0
    en, zh = (np.asarray(Image.open(tmp_path / f)) for f in ("en.png", "zh.png"))
    assert en.shape[1] == zh.shape[1]
    # The CJK font is taller, so the strip is too; the captions differ either way.
    assert en.shape[0] < zh.shape[0] or not np.array_equal(en, zh)
    assert np.asarray(Image.open(plain)).shape[0] < en.shape[0]  # captions add a strip


def test_an_unknown_lang_is_one_clear_line(tiny_vae_file, tmp_path, capsys):
    from latentlab.cli import main

    with pytest.raises(SystemExit):
        main(["sample", str(tiny_vae_file), "--lang", "klingon", "-o", str(tmp_path / "x.png")])
    assert "caption language 'klingon' is not known; use one of en, cs, zh_CN, zh_TW" in capsys.readouterr().err


def test_a_placeholder_may_share_a_parameter_s_name():
    assert caption("{text} and {lang}", "cs", text="a", lang="b") == "a and b"


def test_the_cmap_reader_agrees_with_fonttools():
    for font in D.caption_fonts(20):
        assert D._cmap(font.path) == frozenset(_cmap(font)), font.path
    assert D._cmap(__file__) is None  # not a font: glyphs are then tested by drawing them
