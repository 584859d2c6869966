"""Where bundled data and user data live.

Wheels carry ``pretrained/`` and ``resources/`` inside the package as ``latentlab/_data/``;
editable installs and source checkouts read them from the repository root. Both lookups are
tried so that the same code works everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / "_data" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def pretrained_dir() -> Path:
    """Folder holding the bundled models and dataset samples."""
    return _bundled("pretrained")


def resources_dir() -> Path:
    """Folder holding icons, themes and lessons."""
    return _bundled("resources")


def docs_dir() -> Path:
    """Folder holding the user guide (``docs/``)."""
    return _bundled("docs")


def user_data_dir() -> Path:
    """Per-user folder for models, sessions and caches (``$LATENTLAB_HOME`` overrides)."""
    env = os.environ.get("LATENTLAB_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "latentlab"


def user_models_dir() -> Path:
    """Folder where the user's own models (trained in the app or copied in) are found."""
    return user_data_dir() / "models"


def user_cache_dir() -> Path:
    """Per-user cache folder (datasets fetched for training live here)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    env = os.environ.get("LATENTLAB_HOME")
    if env:
        return Path(env).expanduser() / "cache"
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "latentlab"
