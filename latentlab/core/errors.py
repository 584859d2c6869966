"""One way to turn any exception into what a person reads: a one-line message plus details.

The renderer, the command line and every window report failures through :func:`error_message`
(and the message boxes' "Details" through :func:`error_details`), so the same problem reads the
same everywhere. No Qt here: translation of the surrounding sentence is the caller's business.
"""

from __future__ import annotations

import traceback

__all__ = ["error_details", "error_message", "is_cancellation"]


def _written_for_people(exc: BaseException) -> bool:
    """True when the exception's text already names the thing and the problem on its own.

    Our own errors (``CheckpointError``, ``DatasetError``, ``ExportError``…) are written that
    way, and so are ``ValueError`` (argument checks) and ``OSError`` (the file and what went
    wrong). Anything else (``KeyError: 'x'``, ``RuntimeError``) needs its class name to mean
    anything.
    """
    return isinstance(exc, (ValueError, OSError)) or type(exc).__module__.startswith("latentlab")


def error_message(exc: BaseException) -> str:
    """One line that says what went wrong.

    Parameters
    ----------
    exc : BaseException
        Any exception.

    Returns
    -------
    str
        The exception's own text (its first line when it has several), prefixed with the
        class name unless the text was written for people (see :func:`_written_for_people`);
        the class name alone when there is no text.

    Examples
    --------
    >>> error_message(ValueError("latent has 3 values; this model needs 8"))
    'latent has 3 values; this model needs 8'
    >>> error_message(KeyError("decoder.0.weight"))
    "KeyError: 'decoder.0.weight'"
    """
    text = str(exc).strip()
    if not text:
        return type(exc).__name__
    line = text.splitlines()[0]
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
