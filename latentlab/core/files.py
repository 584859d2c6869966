"""Writing files atomically and hashing them: the file I/O every saver in latentlab shares.

Every file is written atomically: the data goes to a hidden temporary file in the target's
folder, is flushed and fsynced, and then :func:`os.replace` moves it over the target. A
crash or error therefore never leaves a half-written file, and an existing file is only
replaced by a complete new one. All failures are raised as :class:`ExportError` with a
message that names the path and the problem.

Exports (:mod:`latentlab.core.export`), sidecars (:mod:`latentlab.core.sidecar`) and
checkpoints (:mod:`latentlab.core.checkpoint`) all write through here, so this module
imports nothing else from latentlab but :mod:`latentlab.core.errors` (plain Python; its
messages are keyed so the GUI can say them in its language). It is part of ``latentlab.core`` and must stay free of
any GUI import.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import math
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from latentlab.core.errors import keyed

__all__ = [
    "ExportError",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "TEMP_MARK",
    "describe_os_error",
    "file_sha256",
    "read_json",
    "remove_stale_temp_files",
]


class ExportError(Exception):
    """A file could not be written, or an export's sidecar could not be read or used.

    The name predates this module: exports were the first files written atomically.
    """


# ---------------------------------------------------------------------------------------
# atomic writing

#: in the name of every temporary file (``.out.png.latentlab-tmp-k3j9x2ab.png``): a save killed
#: before its rename leaves one behind, and :func:`remove_stale_temp_files` recognises it by this
TEMP_MARK = ".latentlab-tmp-"
#: temporary files older than this (seconds) belong to no running save
STALE_AFTER = 60.0
# ours: ".<name>.latentlab-tmp-<random>[.ext]"; older versions wrote ".<name>.<random 8>.tmp[.ext]"
_TEMP_NAME = re.compile(r"^\..+(" + re.escape(TEMP_MARK) + r"[a-z0-9_]{8}|\.[a-z0-9_]{8}\.tmp)(\.\w{1,8})?$")


def remove_stale_temp_files(folder: str | os.PathLike[str], older_than: float = STALE_AFTER) -> list[Path]:
    """Delete the temporary files that killed saves left in ``folder``; never raises.

    Only regular files whose name has latentlab's temporary pattern and that were last
    changed more than ``older_than`` seconds ago are removed, so a save in progress (in this
    or another process) keeps its file.

    Parameters
    ----------
    folder : str or os.PathLike
        A folder latentlab writes to (the session folder at start, an export's folder).
    older_than : float, optional
        Age in seconds.

    Returns
    -------
    list of pathlib.Path
        The files removed.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_NAME.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def describe_os_error(exc: BaseException, target: Path) -> str:
    """Short human description of why reading or writing ``target`` failed.

    Parameters
    ----------
    exc : BaseException
        The error raised by the file operation.
    target : pathlib.Path
        The file being read or written (its folder is named for ``NotADirectoryError``).

    Returns
    -------
    str
        A few words such as ``"permission denied"`` or ``"no space left on device"``.
    """
    if isinstance(exc, PermissionError):
        return keyed("reason.permission_denied")
    if isinstance(exc, FileNotFoundError):
        # The folder can exist and still refuse new files: /proc, /sys, a stale mount.
        if target.parent.is_dir():
            return keyed("reason.no_new_files", folder=target.parent)
        return keyed("reason.folder_missing")
    if isinstance(exc, NotADirectoryError):
        return keyed("reason.not_a_folder", folder=target.parent)
    if isinstance(exc, IsADirectoryError):
        return keyed("reason.folder_exists")
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return keyed("reason.no_space")
        if exc.errno == errno.EROFS:
            return keyed("reason.read_only")
        return exc.strerror or str(exc)
    return f"{type(exc).__name__}: {exc}"


def _check_parent(target: Path) -> None:
    parent = target.parent
    try:
        info = os.stat(parent)
    except FileNotFoundError:
        raise ExportError(keyed("file.cannot_write", path=target, reason=keyed("reason.folder_missing"))) from None
    except NotADirectoryError:
        raise ExportError(keyed("file.cannot_write", path=target, reason=keyed("reason.not_a_folder", folder=parent))) from None
    except OSError as exc:
        raise ExportError(keyed("file.cannot_write", path=target, reason=describe_os_error(exc, target))) from exc
    if not stat.S_ISDIR(info.st_mode):
        raise ExportError(keyed("file.cannot_write", path=target, reason=keyed("reason.not_a_folder", folder=parent)))
    if target.is_dir():
        raise ExportError(keyed("file.cannot_write", path=target, reason=keyed("reason.folder_exists")))


def _umask() -> int:
    # The umask can only be read by setting it, which races with other threads creating
    # files; Linux exposes it read-only in /proc, so prefer that.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _final_mode(target: Path) -> int:
    """Permissions the finished file should get.

    NamedTemporaryFile creates files readable only by the owner; an export should instead
    look like any file the user creates (or keep the mode of the file it replaces).
    """
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX. Windows cannot open folders, and some
    # file systems refuse directory fsync; the file is already complete either way.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary file name that replaces ``path`` when the block succeeds.

    For libraries that insist on writing to a file name themselves. The temporary file
    lives in the same folder as ``path`` (so the final :func:`os.replace` is atomic) and
    ends with ``suffix`` (so libraries that pick a format from the extension work).

    Parameters
    ----------
    path : str or os.PathLike
        Final destination.
    suffix : str or None, optional
        Extension of the temporary file, e.g. ``".mp4"``; defaults to ``path``'s.

    Yields
    ------
    pathlib.Path
        The temporary file (already created, empty) to write to.

    Raises
    ------
    ExportError
        If the folder is missing, not a folder or not writable, or if anything in the
        block fails. The temporary file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    suffix = target.suffix if suffix is None else suffix
    _check_parent(target)
    try:
        handle = tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.name}{TEMP_MARK}", suffix=suffix, delete=False
        )
    except OSError as exc:
        raise ExportError(keyed("file.cannot_write", path=target, reason=describe_os_error(exc, target))) from exc
    tmp = Path(handle.name)
    handle.close()
    try:
        yield tmp
        if not tmp.is_file():
            raise ExportError(f"cannot write {target}: the writer produced no file")
        _fsync_path(tmp)
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        _remove_quietly(tmp)
        # KeyboardInterrupt and friends, and our own errors, pass through unchanged.
        if isinstance(exc, ExportError) or not isinstance(exc, Exception):
            raise
        raise ExportError(keyed("file.cannot_write", path=target, reason=describe_os_error(exc, target))) from exc
    _fsync_dir(target.parent)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically write ``data`` to ``path``.

    Parameters
    ----------
    path : str or os.PathLike
        Destination file; its folder must exist.
    data : bytes
        Complete file contents.

    Returns
    -------
    pathlib.Path
        The written path.

    Raises
    ------
    ExportError
        If the file cannot be written; any previous file at ``path`` is left intact.
    """
    target = Path(path)
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Atomically write ``text`` to ``path`` (no newline translation).

    Parameters
    ----------
    path
        As for :func:`atomic_write_bytes`.
    text : str
        Complete file contents.
    encoding : str, optional
        Text encoding, UTF-8 by default.

    Returns
    -------
    pathlib.Path
        As for :func:`atomic_write_bytes`, which writes the encoded text.

    Raises
    ------
    ExportError
        As for :func:`atomic_write_bytes`.
    """
    return atomic_write_bytes(path, text.encode(encoding))


# ---------------------------------------------------------------------------------------
# reading JSON that a crash, a disk error or a person may have damaged

#: latentlab's own JSON files are small; anything bigger is not one of them
MAX_JSON_BYTES = 64 * 1024 * 1024
#: no number latentlab writes has more digits than a 64-bit seed
_MAX_INT_DIGITS = 20


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(f"a {len(text.lstrip('-'))}-digit number")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:24]}{'…' if len(text) > 24 else ''} is out of range")
    return value


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number latentlab writes")


def read_json(path: str | os.PathLike[str], max_bytes: int = MAX_JSON_BYTES) -> object:
    """Parse a JSON file, turning every way it can be damaged into one ``ValueError``.

    ``json.loads`` alone lets through numbers that break the code reading them later
    (``1e999`` becomes ``inf``, a 400-digit integer overflows ``float()``) and raises
    ``RecursionError`` on deeply nested arrays; here they are all refused up front.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    max_bytes : int, optional
        Larger files are refused without being read.

    Returns
    -------
    object
        The parsed data (dict, list, str, int, finite float, bool or None).

    Raises
    ------
    FileNotFoundError
        If there is no such file (callers often treat that as "nothing saved yet").
    ValueError
        For anything else: one line naming the file and the problem.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValueError(f"{path}: not a regular file")
        if size > max_bytes:
            raise ValueError(f"{path}: {size} bytes is too large for this kind of file")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a text file (binary data)") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({describe_os_error(exc, path)})") from None
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise ValueError(f"{path}: nested too deeply to be a latentlab file") from None
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{path}: {exc}") from None


# ---------------------------------------------------------------------------------------
# hashing


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file, read in chunks so large checkpoints need little memory.

    Parameters
    ----------
    path : str or os.PathLike
        File to hash.

    Returns
    -------
    str
        Lower-case hex digest.

    Raises
    ------
    ExportError
        If the file cannot be read.
    """
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        reason = "file does not exist" if isinstance(exc, FileNotFoundError) else describe_os_error(exc, Path(path))
        raise ExportError(f"cannot read {path}: {reason}") from exc
    return digest.hexdigest()
