"""One way to turn any exception into what a person reads: a one-line message plus details.

The renderer, the command line and every window report failures through :func:`error_message`
(and the message boxes' "Details" through :func:`error_details`), so the same problem reads the
same everywhere.

Languages, without Qt: the command line, logs and ``str(exc)`` are English. The errors people
meet most (a file not found or unreadable, not a latentlab model, a pickle refused, a tensor of
the wrong shape, an image that cannot be opened, a missing dataset, a full disk, a latent of the
wrong size) are raised with a :class:`KeyedText`: the English line, which is exactly what the
command line prints, plus a stable message id and its values. ``error_message(exc, lang="cs")``
says such an error in Czech (or ``zh_CN``, ``zh_TW``) from the templates in
``resources/captions.toml`` (its ``[errors."<id>"]`` tables, beside the core's other translated
text); everything not keyed stays English, and the GUI translates the sentence around it. An
``OSError`` of the usual kinds (no such file, permission denied, disk full) is keyed by its
``errno`` and file name, so the operating system's English never reaches a Czech window alone.
"""

from __future__ import annotations

import errno
import functools
import numbers
import string
import traceback
from typing import Any

__all__ = ["KeyedText", "error_details", "error_message", "error_templates", "in_language", "is_cancellation",
           "keyed", "term"]

#: the languages an error template is written in (the caption languages; English first)
ERROR_LANGUAGES = ("en", "cs", "zh_CN", "zh_TW")


class KeyedText(str):
    """An English message that remembers its id and values, so it can be said in another language.

    It *is* the English text (a ``str``), so raising ``CheckpointError(keyed(...))`` changes
    nothing for the command line, the logs or a test that reads ``str(exc)``; only
    :func:`error_message` and :func:`in_language` look at :attr:`message_id` and :attr:`params`.
    ``more`` is English text after the keyed first line (a dataset's list of places looked),
    kept in ``str(exc)`` and in the details, not translated.
    """

    message_id: str
    params: dict[str, Any]
    more: str

    def __new__(cls, english: str, message_id: str, params: dict[str, Any], more: str = "") -> KeyedText:  # noqa: PYI034
        self = super().__new__(cls, english + more)
        self.message_id, self.params, self.more = message_id, dict(params), more
        return self

    def __reduce__(self) -> tuple:  # picklable (multiprocessing) like the str it is
        return (KeyedText, (str(self)[:len(self) - len(self.more)], self.message_id, self.params, self.more))


@functools.lru_cache(maxsize=1)
def _captions() -> dict[str, Any]:
    """``resources/captions.toml``, parsed here rather than through ``caption_text``: that module's
    locale rules import the lesson parser, which imports the families, which raise keyed errors."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    from latentlab.core.paths import resources_dir

    try:
        return tomllib.loads((resources_dir() / "captions.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def error_templates() -> dict[str, dict[str, str]]:
    """Message id → {language: template}, from the ``[errors]`` tables of ``resources/captions.toml``.

    Returns
    -------
    dict
        Empty when the file is missing or unreadable (every message then stays English and
        keyed ones show their id and values; the tests check the bundled file).
    """
    table = _captions().get("errors", {})
    return {key: {lang: str(text) for lang, text in row.items() if isinstance(text, str)}
            for key, row in table.items() if isinstance(row, dict)}


class _Formatter(string.Formatter):
    """Fills a template in one language: keyed values said in it too, numbers written its way."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, KeyedText):
            return format(_say(value, self.lang), format_spec)
        if isinstance(value, numbers.Real) and not isinstance(value, bool) and self.lang == "cs":
            # a decimal comma and a (no-break) space between thousands, as caption_text.local_number
            text = format(value, format_spec)
            return text.replace(",", "\0").replace(".", ",").replace("\0", "\u00a0")
        return super().format_field(value, format_spec)


def _template(message_id: str, lang: str) -> str | None:
    row = _captions().get("errors", {}).get(message_id)
    if not isinstance(row, dict):
        return None
    return row.get(lang) or row.get("en")


def _say(text: KeyedText, lang: str) -> str:
    if text.message_id == "term":  # a phrase the caption table translates ("a TorchScript program")
        row = _captions().get(text.params["text"])
        return str(row.get(lang) or text) if isinstance(row, dict) and lang != "en" else str(text)
    template = _template(text.message_id, lang)
    if template is None:
        return str(text)[:len(text) - len(text.more)]
    return _Formatter(lang).format(template, **text.params)


def keyed(message_id: str, /, more: str = "", **params: Any) -> KeyedText:
    """The English message ``message_id`` with ``params`` filled, as a :class:`KeyedText`.

    Parameters
    ----------
    message_id : str
        An id of ``resources/captions.toml``'s ``[errors]`` tables, e.g. ``"file.not_found"``.
    more : str, optional
        English lines after the message (kept in ``str(exc)``, shown only in English).
    **params
        The template's ``{name}`` values (paths, numbers, shapes; other keyed texts are said
        in the same language).

    Returns
    -------
    KeyedText
        Equal to the English message: what the command line prints.

    Examples
    --------
    >>> str(keyed("file.not_found", path="m.safetensors"))
    'm.safetensors: file not found'
    """
    template = _template(message_id, "en")
    english = (template.format(**params) if template is not None
               else message_id + ": " + ", ".join(f"{k}={v}" for k, v in params.items()))
    return KeyedText(english, message_id, params, more)


def term(text: str) -> KeyedText:
    """A phrase inside a message (``"a TorchScript program"``), said through the caption table."""
    return KeyedText(text, "term", {"text": text})


def in_language(text: str, lang: str | None) -> str:
    """``text`` in ``lang`` when it is a :class:`KeyedText`; any other text as it is.

    For messages that travel as text rather than as the exception (a render result's error).
    """
    lang = _language(lang)
    if not isinstance(text, KeyedText) or lang == "en":
        return str(text)
    return _say(text, lang)


def _language(lang: str | None) -> str:
    """``lang`` as one of :data:`ERROR_LANGUAGES`: a locale name ("cs_CZ", "zh-Hant-TW") maps to its
    language, and a language without error text to English (an error must always be said)."""
    if not lang or lang in ERROR_LANGUAGES:
        return lang or "en"
    parts = str(lang).replace("-", "_").split(".")[0].split("_")
    if parts[0].lower() == "zh":
        return "zh_TW" if any(p in ("Hant", "TW", "HK", "MO") for p in parts[1:]) else "zh_CN"
    return parts[0].lower() if parts[0].lower() in ERROR_LANGUAGES else "en"


#: OSError kinds said in the user's language: errno → message id (the file name is the value)
_OS_ERRORS = {errno.ENOENT: "os.not_found", errno.EACCES: "os.permission_denied", errno.EPERM: "os.permission_denied",
              errno.ENOSPC: "os.disk_full", errno.EROFS: "os.read_only", errno.EISDIR: "os.is_a_folder",
              errno.ENOTDIR: "os.not_a_folder"}


def _keyed_of(exc: BaseException) -> KeyedText | None:
    """The keyed first line of ``exc``, or None when it has none."""
    if exc.args and isinstance(exc.args[0], KeyedText):
        return exc.args[0]
    if isinstance(exc, OSError) and exc.errno in _OS_ERRORS:
        name = exc.filename if exc.filename is not None else ""
        return keyed(_OS_ERRORS[exc.errno] + (".file" if name != "" else ""), path=name)
    return None


def _written_for_people(exc: BaseException) -> bool:
    """True when the exception's text already names the thing and the problem on its own.

    Our own errors (``CheckpointError``, ``DatasetError``, ``ExportError``…) are written that
    way, and so are ``ValueError`` (argument checks) and ``OSError`` (the file and what went
    wrong). Anything else (``KeyError: 'x'``, ``RuntimeError``) needs its class name to mean
    anything.
    """
    return isinstance(exc, (ValueError, OSError)) or type(exc).__module__.startswith("latentlab")


def error_message(exc: BaseException, lang: str | None = None) -> str:
    """One line that says what went wrong.

    Parameters
    ----------
    exc : BaseException
        Any exception.
    lang : str, optional
        The language to say it in: ``"en"`` (the default, what the command line prints),
        ``"cs"``, ``"zh_CN"`` or ``"zh_TW"``. Keyed errors (see :func:`keyed`) and the usual
        ``OSError`` kinds are translated; any other error stays English.

    Returns
    -------
    str
        The exception's own text (its first line when it has several), prefixed with the
        class name unless the text was written for people (see :func:`_written_for_people`);
        the class name alone when there is no text. In English a keyed message comes back
        as its :class:`KeyedText`, so text handed on (a render result) can still be translated
        later with :func:`in_language`.

    Examples
    --------
    >>> error_message(ValueError("latent has 3 values; this model needs 8"))
    'latent has 3 values; this model needs 8'
    >>> error_message(KeyError("decoder.0.weight"))
    "KeyError: 'decoder.0.weight'"
    """
    lang = _language(lang)
    found = _keyed_of(exc)
    if lang != "en" and found is not None:
        said = _say(found, lang).strip()
        return said.splitlines()[0] if said else type(exc).__name__
    text = str(exc).strip()
    if not text:
        return type(exc).__name__
    line = text.splitlines()[0]
    if found is not None and exc.args and exc.args[0] is found and not found.more and "\n" not in found:
        return found  # the same English line, still keyed
    return line if _written_for_people(exc) else f"{type(exc).__name__}: {line}"


def error_details(exc: BaseException) -> str:
    """The rest of the story behind :func:`error_message`: the full text and the traceback.

    Parameters
    ----------
    exc : BaseException
        Any exception (raised or not).

    Returns
    -------
    str
        What a "Details" button or ``--debug`` shows.
    """
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()


def is_cancellation(exc: BaseException) -> bool:
    """True for the exceptions a job raises when asked to stop (``InversionCancelled``,
    ``MetricsCancelled``, ``JobCancelled``…): an outcome to report as "cancelled", not a failure.

    The classes live in the modules that raise them; they share the name ending so that no
    module has to import the others'.
    """
    return type(exc).__name__.endswith("Cancelled")
