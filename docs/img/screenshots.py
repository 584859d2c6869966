"""Screenshots of every view in one language at 1280×720, presentation mode included.

Makes ``docs/img/{explorer,training,compare,presentation,presentation-compare}-LANG.png`` (the
English ones are the plain names). Run it on a virtual screen of the projector size the window is
designed for::

    Xvfb :152 -screen 0 1280x720x24 &
    DISPLAY=:152 python docs/img/screenshots.py cs          # or zh_CN, zh_TW, en
    DISPLAY=:152 python docs/img/screenshots.py cs presentation presentation-compare   # just these

It opens the bundled mnist-vae at seed 7 with the latent map, trains a GAN on the bundled MNIST
sample for about 100 steps (the training tab spans the width under the image: the bookmarks are
closed), then compares mnist-vae with mnist-gan. For presentation mode (F5) it opens faces-vae with
its named factor sliders (smile, glasses, hair colour…, the names in the language) and presents
the explorer with its slider strip, then fashion-mnist-vae against fashion-mnist-gan in the
compare view on the presentation's stage. Look at every picture before committing it: nothing
clipped or overlapping, and Chinese drawn as characters, not boxes. The pictures are saved with
a reduced palette (they are flat UI colours), so each stays small (about 150 KB at most).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

VIEWS = ("explorer", "training", "compare", "presentation", "presentation-compare")
#: the most a screenshot may weigh in the repository (bytes); bigger ones are saved with fewer colours
MAX_BYTES = 150_000


def save_small(image, path: Path) -> None:
    """Save a QImage as PNG, with a 256-colour palette when the full-colour file would be too big."""
    image.save(str(path))
    if path.stat().st_size <= MAX_BYTES:
        return
    from PIL import Image

    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main(lang: str, views: tuple[str, ...] = VIEWS) -> None:
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
        save_small(app.primaryScreen().grabWindow(0).toImage(), path)
        print("wrote", path, f"{path.stat().st_size // 1000} KB")

    w.showMaximized()
    wait(lambda: w.state.model is not None, 60)
    w.controller.wait_idle(60)
    w.state.set_seed(7)
    if "explorer" in views:
        w.dock("latent.map").show()
        wait()
        w.feature("latent").tools.wait_map(120)
        shot("explorer")
        w.dock("latent.map").hide()

    if "training" in views:
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

    if "compare" in views:
        cv = w.trigger("compare.show", models=["mnist-vae", "mnist-gan"])
        cv.setGeometry(app.primaryScreen().availableGeometry())
        cv.wait_idle(120)
        wait(seconds=3)
        cv.wait_idle(60)
        shot("compare")
        w.trigger("compare.show", on=False)

    classroom = w.feature("classroom")
    if "presentation" in views:
        # named factor sliders: the strip shows the directions by their names in the language
        w.controller.open_model("faces-vae")
        wait(lambda: w.state.model is not None and w.state.model.name == "faces-vae", 60)
        w.controller.wait_idle(60)
        w.state.set_seed(3)
        w.state.request_basis("attribute", {})
        wait(lambda: w.state.basis.key == "attribute", 120)
        w.controller.wait_idle(60)
        w.state.set_coefficient(0, 1.0)
        classroom.presentation.toggle()
        wait(lambda: classroom.presentation.active and w.isFullScreen(), 10)
        w.controller.wait_idle(60)
        shot("presentation")
        classroom.presentation.toggle()
        wait(lambda: not classroom.presentation.active, 10)

    if "presentation-compare" in views:
        cv = w.trigger("compare.show", models=["fashion-mnist-vae", "fashion-mnist-gan"])
        cv.wait_idle(120)
        classroom.presentation.toggle()  # the compare view is the current view: it takes the stage
        wait(lambda: classroom.presentation.active, 10)
        wait(seconds=3)
        cv.wait_idle(60)
        shot("presentation-compare")
    shutil.rmtree(home, ignore_errors=True)
    os._exit(0)  # the windows' background threads need not be wound down for a picture


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en", tuple(sys.argv[2:]) or VIEWS)
