"""The application's languages: which ones exist, which one to start in, and switching at run time.

A language is one :class:`Language` entry in :data:`LANGUAGES` plus its
``resources/i18n/latentlab_<code>.ts`` (and the ``.qm`` compiled from it); adding one is exactly
that. English is the source text and needs no file.

The language to start in is, in this order: ``--lang``, ``$LATENTLAB_LANG``, the choice saved
from View ▸ Language, the system locale, English. :func:`install_language` sets
``QLocale.setDefault`` *before* it installs the translators, because installing a translator
is what sends ``QEvent.LanguageChange`` and a view (the lesson player, say) that re-reads its
texts on that event should already see the new locale (numbers: ``QLocale().toString``).

Run as a module to maintain the translation files (see README ▸ Translating)::

    python -m latentlab.ui.common.i18n update            # source → .ts (keeps existing translations)
    python -m latentlab.ui.common.i18n compile           # .ts → .qm
    python -m latentlab.ui.common.i18n list-unfinished   # what still needs a translator
"""

from __future__ import annotations

import numbers
import os
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

#: overrides the saved choice and the system locale (``latentlab gui --lang`` overrides it)
LANG_ENV = "LATENTLAB_LANG"
SETTINGS_KEY = "ui/language"
SOURCE_LANGUAGE = "en"


class UnknownLanguageError(ValueError):
    """A language code that names no registered language; the message lists the ones there are."""


@dataclass(frozen=True)
class Language:
    """One UI language: ``code`` names its .ts/.qm file and its QLocale; ``name`` is what it calls itself."""

    code: str
    name: str


LANGUAGES: dict[str, Language] = {}


def register(language: Language) -> Language:
    LANGUAGES[language.code] = language
    return language


for _lang in (Language("en", "English"), Language("cs", "Čeština"), Language("zh_CN", "简体中文"),
              Language("zh_TW", "繁體中文")):
    register(_lang)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
#: the shipped CJK font's id in Qt's font database, once registered (None: not yet, -1: failed)
_cjk_font: int | None = None


def i18n_dir() -> Path:
    from latentlab.core.paths import resources_dir

    return resources_dir() / "i18n"


def ts_path(code: str) -> Path:
    return i18n_dir() / f"latentlab_{code}.ts"


def qm_path(code: str) -> Path:
    return i18n_dir() / f"latentlab_{code}.qm"


def match_language(name: str | None) -> str | None:
    """The registered language for a locale name ("cs_CZ", "zh-Hant-TW", "zh_HK", "en-GB"), or None."""
    if not name:
        return None
    name = name.replace("-", "_").split(".")[0]
    if name in LANGUAGES:
        return name
    parts = name.split("_")
    if parts[0].lower() == "zh":
        # Traditional characters: Taiwan, Hong Kong, Macau or an explicit Hant script.
        traditional = any(p in ("Hant", "TW", "HK", "MO") for p in parts[1:])
        code = "zh_TW" if traditional else "zh_CN"
        return code if code in LANGUAGES else None
    return parts[0].lower() if parts[0].lower() in LANGUAGES else None


def settings() -> QSettings:
    """The app's settings file, in the user's latentlab folder (so ``$LATENTLAB_HOME`` isolates it)."""
    from latentlab.core.paths import user_data_dir

    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    return match_language(str(settings().value(SETTINGS_KEY, "") or ""))


def save_language(code: str) -> None:
    s = settings()
    s.setValue(SETTINGS_KEY, code)
    s.sync()


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = match_language(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def choose_language(explicit: str | None = None) -> str:
    """The language to start in: ``explicit`` (--lang), $LATENTLAB_LANG, the saved choice, the system's.

    An explicit or environment value that names no language raises :class:`UnknownLanguageError`
    naming it and the languages there are.
    """
    for given, where in ((explicit, "--lang"), (os.environ.get(LANG_ENV), LANG_ENV)):
        if given:
            code = match_language(given)
            if code is None:
                raise UnknownLanguageError(f"{where}={given!r}: no such language (there are "
                                           f"{', '.join(LANGUAGES)})")
            return code
    return saved_language() or system_language()


def current_language() -> str:
    """The installed UI language's code; also the language of core text (``caption(text, current_language())``)."""
    return _current


def number(value: float, spec: str = "g") -> str:
    """``format(value, spec)`` written with the UI language's decimal point and digit grouping.

    For text that formats a number for people (a slider's value, a caption, an error figure):
    ``number(0.973, ".3f")`` is ``"0,973"`` and ``number(12500, ",")`` ``"12 500"`` in Czech, as
    ``QLocale().toString`` writes them, while the spec keeps its precision, sign and ``%``. Machine
    formats (JSON, file names) keep ``format``.
    """
    text = format(value, spec)
    loc = QLocale()
    point, group = loc.decimalPoint(), loc.groupSeparator()
    if point == "." and group == ",":
        return text
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def class_name(name: object) -> str:
    """A dataset's class or factor name in the UI language ("Ankle boot" → "kotníková bota").

    The core names them in English (``resources/captions.toml`` has the words); code keeps using
    the English names (lessons address classes and directions by them), only what is shown changes.
    Names the table does not know (digits, a model's own classes) are shown as they are.
    """
    from latentlab.core.caption_text import class_caption

    return class_caption(str(name), _current)


def direction_name(name: str) -> str:
    """A direction of the sliders' basis as shown: a factor name, a class pair "Coat → Bag" or one value
    of a factor "hair colour: blonde", translated part by part."""
    if "→" in name:
        src, _, dst = name.partition("→")
        return f"{class_name(src.strip())} → {class_name(dst.strip())}"
    factor, sep, value = name.partition(": ")
    if sep:
        return QCoreApplication.translate("factors", "{factor}: {value}").format(
            factor=class_name(factor), value=class_name(value))
    return class_name(name)


def principal_name(i: int, share: float) -> str:
    """A principal direction's slider and axis name, "PC1 (14 %)": one wording, one rounding."""
    return QCoreApplication.translate("basis", "PC{n} ({percent} %)").format(n=i + 1, percent=number(share * 100, ".0f"))


def basis_labels(basis: object) -> list[str]:
    """The names of a slider basis's directions as shown now, in the UI language.

    A basis keeps its directions' ids in English (``"smile"``, ``"Coat → Bag"``, ``"z3"``) so a
    widget can name them again after a language switch; principal components are named from
    their share of the variance (``"PC1 (12 %)"``, written with the language's numbers), which
    the basis keeps in ``extra["share"]``.
    """
    names = list(basis.names)  # type: ignore[attr-defined]
    key, extra = basis.key, basis.extra  # type: ignore[attr-defined]
    if key == "raw":
        return names
    share = extra.get("share") if key == "pca" else None
    if share is not None and len(share) >= len(names):
        return [principal_name(i, float(share[i])) for i in range(len(names))]
    return [direction_name(n) for n in names]


def plural_suffix(spin: object, text_for: Callable[[int], str]) -> None:
    """Keep a spin box's unit in the grammatical number its value needs: "1 krok", "3 kroky", "20 kroků".

    ``text_for(n)`` is the counted message with the number, e.g. ``lambda n: self.tr("%n step(s)", "", n)``
    (a literal ``tr`` call, so lupdate files it as a plural message); the suffix is that text
    without the number.
    """
    def show(n: int) -> None:
        text = text_for(int(n))
        # English is the untranslated source text, "%n step(s)": its own plural by hand
        text = text.replace("(s)", "" if int(n) == 1 else "s")
        spin.setSuffix(" " + text.replace(str(int(n)), "", 1).strip())  # type: ignore[attr-defined]

    spin.valueChanged.connect(show)  # type: ignore[attr-defined]
    show(spin.value())  # type: ignore[attr-defined]


class _LocalFormatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            return number(value, format_spec)  # type: ignore[arg-type]
        return super().format_field(value, format_spec)


_FORMATTER = _LocalFormatter()


def fmt(template: str, /, *args: object, **values: object) -> str:
    """``template.format(*args, **values)`` with every number written by :func:`number`.

    For a translated message whose placeholders format numbers (``self.tr("render {ms:.1f} ms")``):
    ``fmt(self.tr(...), ms=3.25)`` gives ``"render 3,2 ms"`` in Czech, and the message, so its
    translations, stay as they are.
    """
    return _FORMATTER.vformat(template, args, values)


def register_cjk_font() -> bool:
    """Let Qt draw Chinese with the Noto Sans CJK subset shipped for the figures.

    A machine without a system CJK font (a fresh Linux install) would show every Chinese
    character of the UI as an empty box; an application font takes part in Qt's font fallback,
    and the subset holds every character of the .ts files (``resources/fonts/README.md``).
    Registered once, on the first switch to Chinese. Returns whether the font is registered.
    """
    global _cjk_font
    if _cjk_font is None and isinstance(QCoreApplication.instance(), QGuiApplication):
        from latentlab.core.paths import resources_dir

        _cjk_font = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "NotoSansCJK-subset.otf"))
    return _cjk_font is not None and _cjk_font >= 0


def install_language(app: QCoreApplication, code: str) -> str:
    """Make ``code`` the UI language of ``app``: default locale first, then its translators.

    Loads ``latentlab_<code>.qm`` and, when Qt ships one, Qt's own ``qtbase_<code>.qm`` (the
    standard dialogs' buttons). Open windows get ``QEvent.LanguageChange``; their static texts
    are re-translated by :func:`~latentlab.ui.common.retranslate.retranslate_widgets`. Returns the
    code installed (an unknown one raises :class:`UnknownLanguageError`).
    """
    global _current
    if code not in LANGUAGES:
        raise UnknownLanguageError(f"no language {code!r} (there are {', '.join(LANGUAGES)})")
    previous = _current
    if code.startswith("zh"):
        register_cjk_font()
    QLocale.setDefault(QLocale(code))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((qt_dir, f"qtbase_{code}"), (str(i18n_dir()), f"latentlab_{code}")):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = code
    if previous != code:
        from latentlab.ui.common.retranslate import catalogue, retranslate_widgets

        english = previous == SOURCE_LANGUAGE
        ts = ts_path(next(c for c in LANGUAGES if c != SOURCE_LANGUAGE) if english else previous)
        retranslate_widgets(catalogue(ts, english))
    return code


def main(argv: list[str] | None = None) -> int:
    """``update`` / ``compile`` / ``list-unfinished`` / ``check`` for the .ts and .qm files."""
    import argparse

    from latentlab.ui.common import ts_files

    p = argparse.ArgumentParser(prog="python -m latentlab.ui.common.i18n",
                                description="Maintain latentlab's translation files (resources/i18n).")
    p.add_argument("command", choices=("update", "compile", "list-unfinished", "check"),
                   help="update: collect the source's messages into the .ts files, keeping their "
                        "translations; compile: build the .qm files; list-unfinished: print what "
                        "needs translating; check: list-unfinished plus placeholder mismatches")
    p.add_argument("languages", nargs="*", help="language codes (default: all but English)")
    args = p.parse_args(argv)
    codes = args.languages or [c for c in LANGUAGES if c != SOURCE_LANGUAGE]
    paths = [ts_path(c) for c in codes]
    if args.command == "update":
        print(ts_files.lupdate(paths))
    elif args.command == "compile":
        for path in paths:
            ts_files.lrelease(path, path.with_suffix(".qm"))
            print(f"{path.with_suffix('.qm').name}: compiled")
    else:
        problems = [f"{path.name}: {line}" for path in paths
                    for line in ts_files.problems(path, placeholders=args.command == "check")]
        print("\n".join(problems) if problems else "every message is translated")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
