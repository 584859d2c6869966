"""The explorer's files under ``user_data_dir()``: the autosaved session and the recent-files list.

Plain JSON, written atomically (core ``atomic_write_text``) and read through core ``read_json``, which
turns every kind of damage (bad JSON, binary junk, 400-digit numbers, ``1e999``, deep nesting, a folder
in the file's place) into one ValueError. A damaged file never costs the user anything: it is moved aside (``session.damaged-<time>.json``) before a fresh one is started, and a
file with a few bad bookmarks keeps a backup copy before the good ones are written back.
No Qt here.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from latentlab.ui.common.state import Bookmark

SESSION_FORMAT = "latentlab-session/1"
RECENT_FORMAT = "latentlab-recent/1"
MAX_RECENT = 12


def session_path() -> Path:
    from latentlab.core.paths import user_data_dir

    return user_data_dir() / "session.json"


def recent_path() -> Path:
    from latentlab.core.paths import user_data_dir

    return user_data_dir() / "recent.json"


@dataclass
class Session:
    bookmarks: list[Bookmark] = field(default_factory=list)
    last: dict[str, Any] = field(default_factory=dict)  # model path, z, label, seed, truncation, device
    messages: list[str] = field(default_factory=list)  # problems met while reading, for the status bar

    def to_json(self) -> dict[str, Any]:
        return {"format": SESSION_FORMAT, "bookmarks": [b.to_json() for b in self.bookmarks], "last": self.last}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    from latentlab.core.files import atomic_write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _aside(path: Path, move: bool) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    if move:
        os.replace(path, target)
    else:
        shutil.copy2(path, target)
    return target


def parse_session(data: Any, where: str) -> Session:
    """Session from JSON data; raises ValueError if it is not a session at all."""
    if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
        raise ValueError(f"{where}: not a latentlab session file")
    entries = data.get("bookmarks", [])
    if not isinstance(entries, list):
        raise ValueError(f"{where}: 'bookmarks' must be a list")
    session = Session(last=data.get("last") if isinstance(data.get("last"), dict) else {})
    bad = 0
    for entry in entries:
        try:
            session.bookmarks.append(Bookmark.from_json(entry))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            bad += 1
    if bad:
        session.messages.append(QCoreApplication.translate("Session", "{where}: {bad} damaged bookmark(s) skipped").format(
            where=where, bad=bad))
    return session


def _read_own_file(path: Path, what: str, messages: list[str]) -> Any:
    """The JSON data of one of the app's own files, or None.

    A file that cannot be read (bad JSON, binary junk, numbers out of range, deep nesting, a
    folder in its place…) is moved aside and a message naming it is added to ``messages``.
    """
    from latentlab.core.files import read_json

    try:
        return read_json(path)
    except FileNotFoundError:
        return None
    except ValueError as exc:
        messages.append(_set_aside_message(path, what, str(exc).split(": ", 1)[-1]))
        return None


def _set_aside_message(path: Path, what: str, reason: str) -> str:
    try:
        aside = _aside(path, move=True)
        kept = QCoreApplication.translate("Session", "; the damaged file was kept as {name}").format(name=aside.name)
    except OSError as exc:
        kept = QCoreApplication.translate("Session", "; it could not be moved aside ({exc})").format(exc=exc)
    return QCoreApplication.translate("Session", "Your saved {what} ({name}) could not be read ({reason}), so the "
                                                 "app starts with an empty one{kept}.").format(
                                                     what=what, name=path.name, reason=reason, kept=kept)


def load_session(path: Path | None = None) -> Session:
    """Read the session; a damaged file is moved aside and an empty session returned (with a message)."""
    path = Path(path) if path is not None else session_path()
    messages: list[str] = []
    data = _read_own_file(path, QCoreApplication.translate("Session", "session"), messages)
    if data is None:
        return Session(messages=messages)
    try:
        session = parse_session(data, str(path))
    except ValueError as exc:
        return Session(messages=[_set_aside_message(path, QCoreApplication.translate("Session", "session"),
                                                    str(exc).split(": ", 1)[-1])])
    if session.messages:  # partly damaged: keep the original before good entries are written back
        try:
            aside = _aside(path, move=False)
            session.messages[-1] += QCoreApplication.translate("Session", "; the original file was kept as {name}").format(
                name=aside.name)
        except OSError:
            pass
    return session


def save_session(session: Session, path: Path | None = None) -> Path:
    """Write the session atomically (raises ExportError/OSError on failure)."""
    path = Path(path) if path is not None else session_path()
    _write_json(path, session.to_json())
    return path


def read_session_file(path: Path) -> Session:
    """Read a session the user picked (File ▸ Open session); raises ValueError with a clear message."""
    from latentlab.core.files import read_json

    try:
        data = read_json(path)
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    return parse_session(data, str(path))


def load_recent(messages: list[str] | None = None) -> list[str]:
    """The recent-files list; a damaged file is moved aside (with a message in ``messages``)."""
    path = recent_path()
    data = _read_own_file(path, QCoreApplication.translate("Session", "recent-files list"), messages if messages is not None else [])
    files = data.get("files") if isinstance(data, dict) else None
    return [str(f) for f in files if isinstance(f, str)][:MAX_RECENT] if isinstance(files, list) else []


def save_recent(files: list[str]) -> None:
    _write_json(recent_path(), {"format": RECENT_FORMAT, "files": list(files)[:MAX_RECENT]})


def add_recent(files: list[str], path: str) -> list[str]:
    path = str(Path(path).expanduser().resolve())
    return ([path] + [f for f in files if f != path])[:MAX_RECENT]
