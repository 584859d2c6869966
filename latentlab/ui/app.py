"""Start the explorer: ``run_app()`` is what ``latentlab`` / ``latentlab gui`` call.

Start-up is ordered for a fast first frame: the render worker thread starts importing torch
while Qt builds the window, the window is shown, and only then are models listed and opened.
"""

from __future__ import annotations

import os
import sys
import time

#: set to "1" to print "FIRST_FRAME <unix time>" and quit once the first frame is shown (bench)
PROBE_ENV = "LATENTLAB_COLD_START_PROBE"


def load_theme(app) -> None:
    """Fusion style plus the bundled stylesheet (resources/themes/light.qss), when present."""
    from latentlab.core.paths import resources_dir

    from PySide6.QtGui import QIcon

    app.setStyle("Fusion")
    res = resources_dir()
    qss = res / "themes" / "light.qss"
    try:
        # Stylesheet urls are resolved against the working directory; point them at our icons.
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@ICONS@", (res / "icons").as_posix()))
    except OSError:
        pass
    icon = res / "icons" / "latentlab.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def get_app():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("latentlab")
        app.setOrganizationName("latentlab")
        load_theme(app)
    return app


def create_window(model: str | None = None, device: str = "auto", dialogs: bool = True, show: bool = True,
                  lesson: str | None = None):
    """Build and show the main window; open ``model`` (name or path) or the first bundled generator.

    With ``lesson`` (a lesson file), start in presentation mode at the lesson's first step, which
    opens the models it needs; a lesson that cannot be read is reported and the app starts as usual.
    """
    from latentlab.ui.main_window import MainWindow

    app = get_app()
    window = MainWindow(device=device, dialogs=dialogs)
    if show:
        window.show()
        app.processEvents()
    if lesson and window.trigger("classroom.lesson.open", path=lesson, present=show):
        pass  # the first step opens its model once the model list is known
    elif model:
        # The model list is not needed for the first frame: scan after the model has opened.
        window.controller.open_model(model, finished=window.controller.list_models)
    else:
        window.controller.list_models(then=window.controller.open_first_generator)
    return window


def preload_torch() -> None:
    """Start importing torch (the slowest import, ~1-1.5 s) in the background right away.

    The render worker needs it for the first frame; starting it before Qt and pyqtgraph are
    imported lets the parts of it that do not hold the GIL (loading shared libraries, reading
    files) overlap with building the window.
    """
    import threading

    def work() -> None:
        try:
            import latentlab.core.render  # noqa: F401
        except Exception:  # the worker will import it again and report the error properly
            pass

    threading.Thread(target=work, name="latentlab-preload", daemon=True).start()


def start_language(app, lang: str | None = None) -> str:
    """Install the UI language before any window exists: ``lang`` (``--lang``), else $LATENTLAB_LANG,
    the saved choice or the system locale (:func:`latentlab.ui.common.i18n.choose_language`)."""
    from latentlab.ui.common import i18n

    return i18n.install_language(app, i18n.choose_language(lang))


def run_app(model: str | None = None, device: str = "auto", lesson: str | None = None,
            lang: str | None = None) -> int:
    """Open the explorer window and run until it is closed; ``lesson``: present that lesson file;
    ``lang``: the UI language code (an unknown one raises UnknownLanguageError before anything opens)."""
    t0 = time.time()
    # Importing this module already loaded Qt and latentlab.ui._qt_fixes, whose import-hook fix
    # keeps PySide from reading every torch source file that the preload now imports.
    preload_torch()
    app = get_app()
    start_language(app, lang)
    window = create_window(model, device, lesson=lesson)
    if os.environ.get(PROBE_ENV):
        from latentlab.ui.main_window import first_frame_hook

        def report() -> None:
            print(f"FIRST_FRAME {time.time():.6f} {t0:.6f}", flush=True)
            window.close()
            app.quit()

        first_frame_hook(window, report)
        window.messages.posted.connect(
            lambda m: (print(f"ERROR {m.text}", flush=True), window.close(), app.quit()) if m.level == "error" else None)
    code = app.exec()
    window.shutdown()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(run_app(*(sys.argv[1:2] or [None])))
