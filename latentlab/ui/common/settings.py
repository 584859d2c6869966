"""The app's own settings (window geometry per screen, the welcome), kept beside the sessions.

An INI file under the user data folder rather than Qt's default location, so ``LATENTLAB_HOME``
isolates it like everything else (tests, the benchmark probe, a classroom's shared account).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    """The settings file, ``<user data folder>/settings.ini``."""
    from latentlab.core.paths import user_data_dir

    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
