"""The explorer's files under ``user_data_dir()``: the autosaved session and the recent-files list.

Plain JSON, written atomically (core ``atomic_write_text``). A damaged file never costs the user
anything: it is moved aside (``session.damaged-<time>.json``) before a fresh one is started, and a
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
        except (KeyError, TypeError, ValueError, AttributeError):
            bad += 1
    if bad:
        session.messages.append(f"{where}: {bad} damaged bookmark(s) skipped")
    return session


def load_session(path: Path | None = None) -> Session:
    """Read the session; a damaged file is moved aside and an empty session returned (with a message)."""
    path = Path(path) if path is not None else session_path()
    if not path.exists():
        return Session()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        session = parse_session(data, str(path))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        try:
            aside = _aside(path, move=True)
            kept = f"; the damaged file was kept as {aside.name}"
        except OSError as exc2:
            kept = f"; it could not be moved aside ({exc2})"
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc).split(": ", 1)[-1]
        return Session(messages=[f"Your saved session could not be read ({reason}), so the app starts "
                                 f"with an empty one{kept}."])
    if session.messages:  # partly damaged: keep the original before good entries are written back
        try:
            aside = _aside(path, move=False)
            session.messages[-1] += f"; the original file was kept as {aside.name}"
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
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read it ({exc})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    return parse_session(data, str(path))


def load_recent() -> list[str]:
    path = recent_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    files = data.get("files") if isinstance(data, dict) else None
    return [str(f) for f in files if isinstance(f, str)][:MAX_RECENT] if isinstance(files, list) else []


def save_recent(files: list[str]) -> None:
    _write_json(recent_path(), {"format": RECENT_FORMAT, "files": list(files)[:MAX_RECENT]})


def add_recent(files: list[str], path: str) -> list[str]:
    path = str(Path(path).expanduser().resolve())
    return ([path] + [f for f in files if f != path])[:MAX_RECENT]
