"""The words the core writes into figures and captions, in Czech and Chinese (Qt-free).

``latentlab compare``, ``sample`` and ``interpolate`` draw captions with Pillow, outside Qt, so
their few words cannot go through Qt's translator; ``resources/captions.toml`` holds them (a
data file, so that translators need not read Python). The English text is the key (as in
gettext), and placeholders are ``str.format`` names filled after translation::

    caption("seed {seed}", "cs", seed=3)  # "seed 3"
    caption("seed {seed}", "zh_CN", seed=3)  # "种子 3"

Text without an entry stays English, so a new caption is never lost, only untranslated.
The UI's own strings go through Qt (``self.tr``), not through this table.
"""

from __future__ import annotations

import functools
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, packaged separately
    import tomli as tomllib

__all__ = ["CAPTION_LANGUAGES", "caption", "caption_language", "caption_table", "class_caption", "join_and",
           "lang_argument", "list_separator", "local_number"]

#: Languages with caption text (English is the key itself).
CAPTION_LANGUAGES = ("en", "cs", "zh_CN", "zh_TW")


@functools.lru_cache(maxsize=1)
def caption_table() -> dict[str, tuple[str, ...]]:
    """English caption → its text in :data:`CAPTION_LANGUAGES` after English, from ``resources/captions.toml``.

    Returns
    -------
    dict
        Empty when the file is missing or unreadable (captions then stay English; the tests
        check the bundled file).
    """
    from latentlab.core.paths import resources_dir

    try:
        data = tomllib.loads((resources_dir() / "captions.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {key: tuple(str(row.get(lang) or key) for lang in CAPTION_LANGUAGES[1:])
            for key, row in data.items() if isinstance(row, dict) and key != "errors"}  # errors: core/errors.py


def caption_language(lang: str | None) -> str:
    """``lang`` as one of :data:`CAPTION_LANGUAGES` (locale names such as ``"cs_CZ"`` or ``"zh-Hant"`` work).

    Raises
    ------
    ValueError
        For a language latentlab has no caption text in, naming the ones it has.
    """
    if lang is None or lang in CAPTION_LANGUAGES:
        return lang or "en"
    from latentlab.core.lesson_lang import lesson_language  # the same locale rules as lessons

    mapped = lesson_language(lang)
    if mapped == "en" and not str(lang).lower().startswith("en"):
        raise ValueError(f"caption language {lang!r} is not known; use one of {', '.join(CAPTION_LANGUAGES)}")
    return mapped


def caption(text: str, lang: str | None = "en", /, **values: Any) -> str:
    """``text`` in ``lang`` with its placeholders filled.

    Parameters
    ----------
    text : str
        The English caption template (the table's key), e.g. ``"seed {seed}"``.
    lang : str, optional
        ``"en"``, ``"cs"``, ``"zh_CN"`` or ``"zh_TW"`` (or a locale name).
    **values
        Values for the template's ``{name}`` placeholders.

    Returns
    -------
    str
        The translated template, formatted; the English one when the table has no entry.
    """
    index = CAPTION_LANGUAGES.index(caption_language(lang))
    table = caption_table()
    template = text if index == 0 or text not in table else table[text][index - 1]
    return template.format(**values) if values else template


def class_caption(name: str, lang: str | None = "en") -> str:
    """A dataset class name in ``lang`` (bundled datasets' names; others are returned as given)."""
    return caption(str(name), lang) if name in caption_table() else str(name)


def local_number(text: str, lang: str | None = "en") -> str:
    """A number written the C way (``"1,234.5"``, ``"12.5%"``, ``"+0.23"``) as ``lang`` writes it.

    Czech writes a decimal comma and groups thousands with a (no-break) space: ``"1 234,5"``;
    English and Chinese keep the point. Only the separators change, so the digits, the sign
    and any unit stay as the caller formatted them (``f"{v:.1%}"``, ``fmt_number(v)``).

    Parameters
    ----------
    text : str
        The number as Python formatted it.
    lang : str, optional
        A caption language (:data:`CAPTION_LANGUAGES`).
    """
    if caption_language(lang) != "cs":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", "\u00a0")


def list_separator(lang: str | None = "en") -> str:
    """What separates the items of a list in ``lang``: ``", "``, or the enumeration comma ``"、"`` in Chinese."""
    return "、" if caption_language(lang).startswith("zh") else ", "


def join_and(items: list[str] | tuple[str, ...], lang: str | None = "en") -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"`` in ``lang`` (the "and" comes from the caption table)."""
    items = [str(t) for t in items]
    if len(items) <= 1:
        return items[0] if items else ""
    return caption("{items} and {last}", lang, items=list_separator(lang).join(items[:-1]), last=items[-1])


def lang_argument(value: str) -> str:
    """argparse ``type=`` for the CLI's ``--lang``: :func:`caption_language` with argparse's error."""
    import argparse

    try:
        return caption_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
