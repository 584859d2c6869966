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


#: shared libraries Qt's xcb platform plugin loads on Linux: (library name, Debian/Ubuntu package)
XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"), ("xcb-icccm", "libxcb-icccm4"), ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"), ("xcb-render-util", "libxcb-render-util0"), ("xcb-shape", "libxcb-shape0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"), ("EGL", "libegl1"), ("GL", "libgl1"),
)


def missing_xcb_libraries(find=None) -> list[tuple[str, str]]:
    """The libraries of :data:`XCB_LIBRARIES` that ``find`` cannot locate, as (library, package).

    ``find`` is :func:`ctypes.util.find_library` by default (it asks ``ldconfig -p``); tests
    pass a fake one.
    """
    if find is None:
        from ctypes.util import find_library as find
    return [(lib, pkg) for lib, pkg in XCB_LIBRARIES if not find(lib)]


def xcb_message(missing: list[tuple[str, str]]) -> str:
    """One message naming the missing libraries and the command that installs them."""
    libs = ", ".join(f"lib{lib}" for lib, _ in missing)
    pkgs = " ".join(pkg for _, pkg in missing)
    return (f"latentlab: cannot open a window: Qt's xcb platform plugin needs libraries that are not installed "
            f"({libs}). Install them with: sudo apt-get install {pkgs}")


def check_xcb_libraries(find=None) -> bool:
    """On Linux with the xcb platform, print :func:`xcb_message` and return False when libraries
    are missing, before Qt aborts with a message that names only the first one it tried."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return True  # offscreen, wayland, … need none of them
    if not platform and (os.environ.get("WAYLAND_DISPLAY") or not os.environ.get("DISPLAY")):
        return True
    missing = missing_xcb_libraries(find)
    if missing:
        print(xcb_message(missing), file=sys.stderr)
    return not missing


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
    from latentlab.core.files import remove_stale_temp_files
    from latentlab.core.paths import user_data_dir
    from latentlab.ui.main_window import MainWindow

    # Saves killed mid-write (session, bookmarks, recent list, lessons) leave hidden temp files.
    for folder in (user_data_dir(), user_data_dir() / "lessons"):
        remove_stale_temp_files(folder)
    app = get_app()
    window = MainWindow(device=device, dialogs=dialogs)
    window.geometry_keeper = remember_window_geometry(window)
    if not model and not lesson:
        window.welcome = show_welcome(window)
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


def _no_application() -> bool:
    """No QApplication yet (the library check only matters before the first one is made)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is None


def remember_window_geometry(window):
    """The window at the size last used on its screen (when it still fits), else fitted to the
    screen; saved again for that screen when it closes."""
    from latentlab.ui.common.geometry import remember_geometry

    return remember_geometry(window)


def show_welcome(window):
    """The first-run welcome banner above the image, unless "Don't show this again" was ticked;
    returns it (or None)."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
    from PySide6.QtWidgets import QWidget

    from latentlab.ui.classroom.welcome import WelcomeBanner, welcome_wanted

    if not welcome_wanted():
        return None
    banner = WelcomeBanner()
    dock = window.add_dock("app.welcome", QT_TRANSLATE_NOOP("app", "Welcome"), banner,
                           Qt.DockWidgetArea.TopDockWidgetArea, closable=False)
    dock.setTitleBarWidget(QWidget())  # a note, not a panel
    banner.closed.connect(dock.hide)
    return banner


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
    if _no_application() and not check_xcb_libraries():
        return 1
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
