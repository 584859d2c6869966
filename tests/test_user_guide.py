"""The user guide exists in every UI language with the English guide's structure: the same sections,
the same keyboard shortcuts, the same screenshots (in the language where there is one)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
LANGUAGES = ["cs", "zh_CN", "zh_TW"]
#: a key as the guide writes it: Ctrl+Shift+T, Ctrl+K, F5, Esc, Home, Page Down, or a letter in bold (**R**)
KEY = re.compile(r"Ctrl\+(?:Shift\+)?[A-Z]\b|\bF\d{1,2}\b|\bEsc\b|\bHome\b|\bPage (?:Up|Down)\b|\*\*[A-Z]\*\*")
#: the words each language uses for the field's terms (issue 18): at least these appear
TERMS = {"cs": ["latentní prostor", "kodér", "dekodér", "generátor", "diskriminátor", "kolaps módů"],
         "zh_CN": ["潜在空间", "编码器", "解码器", "生成器", "判别器", "模式崩溃"],
         "zh_TW": ["潛在空間", "編碼器", "解碼器", "生成器", "判別器", "模式崩潰"]}


def _guide(lang: str | None = None) -> str:
    return (DOCS / (f"user-guide.{lang}.md" if lang else "user-guide.md")).read_text(encoding="utf-8")


def _headings(text: str) -> list[tuple[int, str]]:
    """(level, keys in the title) of each heading."""
    return [(len(m.group(1)), " ".join(KEY.findall(m.group(2))))
            for m in re.finditer(r"^(#+)\s+(.*)$", text, re.MULTILINE)]


def _numbered_steps(text: str) -> list[str]:
    return re.findall(r"^(\d+)\. ", text, re.MULTILINE)


def _bullets(text: str) -> int:
    return len(re.findall(r"^- ", text, re.MULTILINE))


def _images(text: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_translated_guide_has_the_english_structure(lang):
    english, text = _guide(), _guide(lang)
    assert _headings(text) == _headings(english)
    assert _numbered_steps(text) == _numbered_steps(english)
    assert _bullets(text) == _bullets(english)
    assert Counter(KEY.findall(text)) == Counter(KEY.findall(english))
    assert text.count("`") == english.count("`") + (2 if "resources/lessons/" + lang in text else 0)
    # the same screenshots, each in the language when one was taken
    images = _images(text)
    assert len(images) == len(_images(english))
    for mine, theirs in zip(images, _images(english)):
        assert mine in (theirs, theirs.replace(".png", f"-{lang}.png")), (mine, theirs)
        assert (DOCS / mine).is_file(), mine


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_presentation_screenshots_exist_in_every_language_and_stay_small(lang):
    # docs/img/screenshots.py: the explorer and the compare view in presentation mode at 1280x720
    from PIL import Image

    for name in ("presentation", "presentation-compare"):
        path = DOCS / "img" / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
        assert path.stat().st_size <= 150_000, path
        with Image.open(path) as img:
            assert img.size == (1280, 720), path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_guide_speaks_the_language_with_the_fields_terms(lang):
    text = _guide(lang)
    for term in TERMS[lang]:
        assert term in text, term
    if lang.startswith("zh"):
        # no English sentences left: outside code, paths and names, hardly any Latin words
        prose = re.sub(r"`[^`]*`|\([^)]*\.png\)|\b(?:latentlab|VAE|GAN|FID|PNG|JSON|SHA-256|GIF|MP4|TOML|lerp|slerp|"
                       r"mnist-vae|Ctrl|Shift|Page|Up|Down|Esc|Home|F\d+)\b", "", text)
        assert len(re.findall(r"\b[a-z]{3,}\b", prose)) == 0, re.findall(r"\b[a-z]{3,}\b", prose)
    # the menu paths are the UI's own words in that language
    from latentlab.ui.common.i18n import ts_path
    from latentlab.ui.common.ts_files import read_ts

    shown = {m.source: m.translations[0] for m in read_ts(ts_path(lang)) if not m.numerus}

    def title(source: str) -> str:
        return re.sub(r"\(&\w\)|&", "", shown[source])

    for menu, item in (("&View", "&Compare models…"), ("&View", "&Reset layout"), ("&Lessons", "&Record step…")):
        assert f"{title(menu)} ▸ {title(item)}" in text, (menu, item)
