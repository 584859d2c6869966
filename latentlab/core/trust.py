"""What a model file may do to the machine that opens it: the errors loaders raise and the trust list.

Safetensors checkpoints and state dicts hold numbers only. TorchScript and ``torch.export``
files are programs: their graph may call any operator torch has, ``torch.from_file`` and file
writes included, so opening one runs code its author chose. Loaders refuse such a file with
:class:`UntrustedCodeError` until the person has agreed (a dialog in the GUI, ``--trust-code``
on the command line, ``trust_code=True`` in the API), which :func:`trust_program` records for
the rest of the process: one "yes" covers the API, the renderer, the metrics and compare.

``CheckpointError`` lives here rather than in ``checkpoint.py`` so the program loaders
(``core/programs.py``), which ``checkpoint.py`` imports, can raise it without an import circle;
``checkpoint.py`` re-exports all of these names.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CheckpointError", "UntrustedCodeError", "is_trusted_program", "trust_program"]


class CheckpointError(Exception):
    """A model file could not be loaded; the message names the file and the problem."""


class UntrustedCodeError(CheckpointError):
    """The file is a program (TorchScript, ``torch.export``): opening it runs code from it.

    Raised before anything in the file is executed. The caller asks the person (a dialog in
    the GUI, ``--trust-code`` on the command line, ``trust_code=True`` in the API), then calls
    :func:`trust_program` and loads again.
    """

    def __init__(self, path: str | Path, what: str = "a program") -> None:
        self.path = Path(path)
        from latentlab.core.errors import keyed, term

        super().__init__(keyed("checkpoint.untrusted_code", path=self.path, what=term(what)))


#: programs the person has agreed to run in this process (resolved paths); every loader
#: (API, renderer, metrics, compare) asks here, so one "yes" covers the whole session
_TRUSTED_PROGRAMS: set[Path] = set()


def trust_program(path: str | Path) -> None:
    """Record that the program file at ``path`` may be run by this process's loaders.

    ``path`` may be the program itself or the manifest that names it; trusting either opens both.
    """
    _TRUSTED_PROGRAMS.add(Path(path).expanduser().resolve())


def is_trusted_program(path: str | Path) -> bool:
    """True when :func:`trust_program` was called for ``path`` in this process."""
    return Path(path).expanduser().resolve() in _TRUSTED_PROGRAMS
