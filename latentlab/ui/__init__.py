"""The explorer GUI (Qt). Imported only by ``latentlab gui`` / ``latentlab bench``; the core never imports it."""

from latentlab.ui import _qt_fixes  # noqa: F401  (must run before any signal is emitted)
