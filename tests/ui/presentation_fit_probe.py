"""Run by tests/ui/test_presentation_fit.py in its own process: the compare view on the stage of
presentation mode, on an offscreen screen of 1280×720 and one of 1024×768 (the Qt platform is
chosen when the application starts, so the screens need a process of their own), in English and
Czech. Prints one JSON object: ``{"problems": [...], "checked": [...]}``.

Usage: ``QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python -m tests.ui.presentation_fit_probe VAE GAN``
(two model files; the screens are named ``S1280`` and ``S1024``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

SCREENS = {"S1280": (0, 0, 1280, 720), "S1024": (1280, 0, 1024, 768)}
LANGS = ("en", "cs")


def screens_config() -> dict:
    """The offscreen platform's configuration with the two projector screens."""
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
            "screens": [{"name": n, "x": x, "y": y, "width": w, "height": h, "logicalDpi": 96,
                         "logicalBaseDpi": 96, "dpr": 1} for n, (x, y, w, h) in SCREENS.items()]}


def main(vae: str, gan: str) -> dict:
    os.environ["LATENTLAB_HOME"] = tempfile.mkdtemp(prefix="latentlab-fit-")
    os.environ["LATENTLAB_MODELS"] = os.path.join(os.environ["LATENTLAB_HOME"], "no-models")
    from PySide6.QtCore import QEventLoop, QPoint, QRect, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QScrollArea,
        QToolButton,
        QWidget,
    )

    from latentlab.ui.app import get_app, load_theme
    from latentlab.ui.classroom.presentation import RESTORE_AGAIN_MS
    from latentlab.ui.common import i18n
    from latentlab.ui.common.i18n import number
    from latentlab.ui.main_window import MainWindow

    app = get_app()
    load_theme(app)
    i18n.install_language(app, "en")
    w = MainWindow(device="cpu", dialogs=False)
    w.show()
    w.resize(1000, 640)
    w.move(30, 20)
    problems: list[str] = []
    checked: list[str] = []

    def wait(done, seconds: float) -> bool:
        """Run the event loop until ``done()`` holds (looked at every 10 ms) or ``seconds`` pass."""
        if done():
            return True
        loop = QEventLoop()
        look = QTimer(interval=10)
        look.timeout.connect(lambda: done() and loop.quit())
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        look.start()
        loop.exec()
        look.stop()
        return done()

    last: list = []

    def settled() -> bool:
        """True once the window's and the view's geometry are the same as at the previous look."""
        now = (w.geometry().getRect(), cv.geometry().getRect(), cv.minimumSizeHint().width())
        same = bool(last) and last[-1] == now
        last.append(now)
        return same

    def rect_of(x: QWidget) -> QRect:
        return QRect(x.mapTo(w, QPoint(0, 0)), x.size())

    cv = w.trigger("compare.show", models=[vae, gan])
    cv.wait_idle(60)
    wait(lambda: bool(cv.evidence.claim_cards), 20)
    classroom = w.feature("classroom")
    presentation = classroom.presentation
    for lang in LANGS:
        w.set_language(lang)
        for name, (sx, sy, sw, sh) in SCREENS.items():
            where = f"{lang} {sw}x{sh}"
            checked.append(where)
            cv.show()
            last.clear()
            wait(lambda: cv.isVisible() and settled(), 5)  # shown, and its layout no longer moving
            before = w.geometry()
            presentation.set_screen(name)
            presentation.enter()
            wait(lambda: presentation.active and w.isFullScreen(), 5)
            # the deferred fits have run, the view's jobs are done, and the layout has settled
            # (deferred splitter changes: the same geometry at two looks in a row)
            wait(lambda: presentation.fits >= len(RESTORE_AGAIN_MS), 10)
            cv.wait_idle(30)
            last.clear()
            wait(settled, 10)
            screen = QRect(sx, sy, sw, sh)
            say = problems.append
            if not screen.contains(w.geometry()):
                say(f"{where}: the window {w.geometry().getRect()} is not inside the screen {screen.getRect()}")
            if w.maximumWidth() > sw or w.maximumHeight() > sh:
                say(f"{where}: the window may grow to {w.maximumSize().toTuple()}")
            if cv.minimumSizeHint().width() > sw:
                say(f"{where}: the compare view needs {cv.minimumSizeHint().width()} px")
            area = w.rect()
            for x in w.findChildren(QWidget):
                if not x.isVisible() or x.visibleRegion().isEmpty():
                    continue
                r = rect_of(x)
                if not area.contains(r) and not area.contains(x.visibleRegion().boundingRect().translated(r.topLeft())):
                    say(f"{where}: {type(x).__name__} {x.objectName()!r} at {r.getRect()} is outside {area.getRect()}")
            # evidence cards: within the panel, no sideways scrolling
            claims = cv.evidence.claims
            scroll = next(a for a in cv.findChildren(QScrollArea) if a.widget() is claims.parent())
            if scroll.horizontalScrollBar().maximum() > 0:
                say(f"{where}: the claims scroll sideways by {scroll.horizontalScrollBar().maximum()} px")
            for card in cv.evidence.claim_cards:
                if card.width() > scroll.viewport().width():
                    say(f"{where}: a claim card is {card.width()} px wide, the panel {scroll.viewport().width()}")
            # the evidence's tabs: every title whole, no scroll buttons over the last one
            bar = cv.evidence.tabs.tabBar()
            if bar.sizeHint().width() > bar.width():
                say(f"{where}: the tab titles need {bar.sizeHint().width()} px, the bar has {bar.width()}")
            if any(b.isVisible() for b in bar.findChildren(QToolButton)):
                say(f"{where}: the tab bar shows scroll buttons")
            for i in range(bar.count()):
                if not bar.rect().contains(bar.tabRect(i)):
                    say(f"{where}: tab {i} at {bar.tabRect(i).getRect()} is outside the bar {bar.rect().getRect()}")
            # pane titles: the whole name, each line within the title; the name in the tooltip
            for pane in cv.panes:
                t = pane.title
                fm = t.fontMetrics()
                # (a plain QLabel shows its text on one line, cut off where the label ends)
                lines = t.shown_lines() if hasattr(t, "shown_lines") else [t.text()]
                for line in lines:
                    if fm.horizontalAdvance(line) > t.contentsRect().width():
                        say(f"{where}: title line {line!r} needs {fm.horizontalAdvance(line)} px of {t.width()}")
                if "".join(lines) != t.text():
                    say(f"{where}: the title {t.text()!r} is shortened to {lines}")
                if t.toolTip() != t.text():
                    say(f"{where}: the title's tooltip is {t.toolTip()!r}")
                if len(lines) > 1 and t.height() < 2 * fm.lineSpacing():
                    say(f"{where}: a two-line title is {t.height()} px high")
            # linked sliders: each value apart from the next name, and wide enough for "-3,00"
            ss = cv.shared_sliders
            body = presentation.font_px
            for k, (value, slider) in enumerate(zip(ss.values, ss.sliders)):
                if not slider.isVisible():
                    continue
                widest = max(value.fontMetrics().horizontalAdvance(number(v, "+.2f")) for v in (-3.0, 3.0))
                if value.contentsRect().width() < widest:
                    say(f"{where}: the value box {k} is {value.contentsRect().width()} px, '-3,00' needs {widest}")
                if slider.width() < 120:
                    say(f"{where}: slider {k} is {slider.width()} px wide")
                nxt = ss.names[k + 1] if k + 1 < len(ss.names) else None
                if nxt is not None and nxt.isVisible() and nxt.y() == value.y():
                    gap = nxt.geometry().left() + nxt.contentsRect().left() - value.geometry().right()
                    if gap < body // 2:
                        say(f"{where}: value {k} and the name {nxt.text()!r} are {gap} px apart")
            presentation.exit()
            if not wait(lambda before=before: w.geometry() == before and not presentation.active, 5):
                say(f"{where}: Esc left the window at {w.geometry().getRect()}, not {before.getRect()}")
    w.set_language("en")
    cv.shutdown()
    w.close()
    QApplication.processEvents()
    return {"problems": problems, "checked": checked}


if __name__ == "__main__":
    result = main(sys.argv[1], sys.argv[2])
    sys.stdout.flush()
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # background render threads need not be wound down
