"""Screenshots of the explorer, live-training and compare views in one language, at 1280×720.

Makes ``docs/img/{explorer,training,compare}-LANG.png`` (the English ones are the plain names).
Run it on a virtual screen of the projector size the window is designed for::

    Xvfb :152 -screen 0 1280x720x24 &
    DISPLAY=:152 python docs/img/screenshots.py cs          # or zh_CN, zh_TW, en

It opens the bundled mnist-vae at seed 7 with the latent map, trains a GAN on the bundled MNIST
sample for about 100 steps (the training tab spans the width under the image: the bookmarks are
closed), then compares mnist-vae with mnist-gan. Look at every picture before committing it:
nothing clipped or overlapping, and Chinese drawn as characters, not boxes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main(lang: str) -> None:
    out = Path(__file__).resolve().parent
    home = Path(tempfile.mkdtemp(prefix="latentlab-shots-"))  # no saved session, no welcome banner
    os.environ["LATENTLAB_HOME"] = str(home)
    os.environ["LATENTLAB_LANG"] = lang
    from latentlab.ui.app import create_window, get_app
    from latentlab.ui.common import i18n

    app = get_app()
    i18n.install_language(app, i18n.choose_language())
    w = create_window("mnist-vae", device="cpu", dialogs=False)

    def wait(done=lambda: False, seconds: float = 2.0) -> None:
        end = time.time() + seconds
        while not done() and time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    def shot(name: str) -> None:
        wait(seconds=1.5)
        path = out / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
        app.primaryScreen().grabWindow(0).save(str(path))
        print("wrote", path)

    w.showMaximized()
    wait(lambda: w.state.model is not None, 60)
    w.controller.wait_idle(60)
    w.state.set_seed(7)
    w.dock("latent.map").show()
    wait()
    w.feature("latent").tools.wait_map(120)
    shot("explorer")

    w.trigger("training.show", on=True)
    w.dock("explorer.bookmarks").hide()
    panel = w.panel("training.panel")
    panel.epochs.setValue(1)
    panel.every.setValue(20)
    panel.start()
    wait(lambda: panel.sample_frames is not None and len(panel.curve_steps) > 20, 120)
    panel.pause()
    shot("training")
    panel.stop(wait=True, timeout=30)
    w.trigger("training.show", on=False)

    cv = w.trigger("compare.show", models=["mnist-vae", "mnist-gan"])
    cv.setGeometry(app.primaryScreen().availableGeometry())
    cv.wait_idle(120)
    wait(seconds=3)
    cv.wait_idle(60)
    shot("compare")
    shutil.rmtree(home, ignore_errors=True)
    os._exit(0)  # the windows' background threads need not be wound down for a picture


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
