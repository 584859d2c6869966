"""Every view opens colour and grey models of any size: 3×64×64, 1×16×16 and 3×256×256.

The models are tiny and untrained; what is checked is that each view shows pictures of the
model's own shape (and channel count), not what they look like.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from latentlab.cli import main
from latentlab.core.checkpoint import save_model
from latentlab.core.datasets import ImageDataset
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig
from latentlab.ui.common import image_view as image_view_module
from tests.ui.helpers import expected_frame, open_model

SHAPES = [(3, 64, 64), (1, 16, 16), (3, 256, 256)]
IDS = ["3x64x64", "1x16x16", "3x256x256"]


@pytest.fixture(scope="module")
def toy_models(tmp_path_factory):
    """{shape: {"vae": path, "gan": path}}: tiny random models of each shape (faces64 or MNIST by channels)."""
    folder = tmp_path_factory.mktemp("colour-models")
    made = {}
    for shape in SHAPES:
        torch.manual_seed(0)
        dataset = "faces64" if shape[0] == 3 else "mnist"
        tag = "x".join(map(str, shape))
        made[shape] = {
            "vae": save_model(VAE(VAEConfig(latent_dim=4, base_channels=4, image_shape=shape)).eval(),
                              folder / f"toy-vae-{tag}.safetensors", dataset=dataset),
            "gan": save_model(GAN(GANConfig(latent_dim=4, base_channels=4, image_shape=shape)).eval(),
                              folder / f"toy-gan-{tag}.safetensors", dataset=dataset),
        }
    return made


def frame_shape(shape):
    c, h, w = shape
    return (h, w, 3) if c == 3 else (h, w)


@pytest.mark.parametrize("shape", SHAPES, ids=IDS)
def test_explorer_grid_map_encode_path_gif_and_presentation(window, toy_models, shape, tmp_path):
    path = toy_models[shape]["vae"]
    tools = window.feature("latent").tools
    tools.map_points = 64
    open_model(window, path)
    # the big image: the model's own decode, in its own shape and channels
    assert window.image_view.current_frame().shape == frame_shape(shape)
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(path, window.state.z))
    # the sample grid
    assert window.grid.frames is not None and window.grid.frames.shape[1:3] == shape[1:]
    assert window.grid.frames.shape[3] == shape[0]
    # the latent map of the dataset's sample, fitted to the model's shape
    assert tools.wait_map(60), window.panel("latent.map").status.text()
    assert window.panel("latent.map").data is not None
    # the encode panel: a colour PNG dropped on a model of any shape
    picture = tmp_path / "face.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (40, 50, 3), dtype=np.uint8)).save(picture)
    assert tools.panel("encode").encode_file(picture)
    assert tools.encode_job.wait(60)
    QApplication.processEvents()
    assert tools.last_encoding is not None and tools.last_encoding.z.shape == (4,)
    # the path editor and its GIF
    assert tools.add_seed(1) and tools.add_seed(2) and tools.wait_path()
    assert tools.path.frames.shape[1:3] == shape[1:]
    gif = tmp_path / "path.gif"
    assert tools.export("gif", gif, scale=1)
    assert tools.wait_export(60)
    with Image.open(gif) as im:
        assert im.size == (shape[2], shape[1]) and im.n_frames >= 2
    # presentation mode shows the same picture, full screen
    classroom = window.feature("classroom")
    classroom.presentation.toggle()
    assert classroom.presentation.active
    assert window.image_view.current_frame().shape == frame_shape(shape)
    classroom.presentation.toggle()
    assert not classroom.presentation.active


@pytest.mark.parametrize("shape", SHAPES, ids=IDS)
def test_compare_view_and_evidence_figure(qtbot, toy_models, shape, tmp_path):
    from latentlab.ui.compare.view import CompareView

    paths = [toy_models[shape]["vae"], toy_models[shape]["gan"]]
    view = CompareView(device="cpu", models=[str(p) for p in paths])
    qtbot.addWidget(view)
    view.show()
    try:
        assert view.wait_idle(60)
        for i in range(2):
            frame = view.pane(i).current_frame()
            assert frame is not None and frame.shape[:2] == shape[1:]
    finally:
        view.close()
    figure = tmp_path / "figure.png"
    assert main(["compare", *map(str, paths), "-n", "4", "--recon", "1", "--invert-steps", "1",
                 "--device", "cpu", "-o", str(figure)]) == 0
    with Image.open(figure) as im:
        assert im.mode == "RGB" and im.size[0] > 400


@pytest.mark.parametrize("shape", SHAPES, ids=IDS)
def test_live_training_draws_samples_of_the_datas_shape(qtbot, shape):
    from latentlab.ui.training.panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    rng = np.random.default_rng(0)
    images = rng.integers(0, 255, (16, *shape), dtype=np.uint8)
    panel.dataset_override = ImageDataset(images, np.arange(16) % 2, ["a", "b"], name="toy")
    panel.config_overrides = {"base_channels": 4, "latent_dim": 4, "batch_size": 8, "device": "cpu"}
    panel.every.setValue(1)
    try:
        assert panel.start()
        qtbot.waitUntil(lambda: panel.sample_frames is not None or panel.outcome == "failed", timeout=60000)
        assert panel.outcome != "failed", panel.status_label.text()
        assert panel.sample_frames.shape[1:] == (shape[1], shape[2], shape[0])
    finally:
        panel.shutdown(timeout=30)


def test_image_view_scales_nearest_or_smooth_never_stretched_and_remembers(window, qtbot):
    iv = window.image_view
    assert not iv.smooth  # crisp pixels by default
    checker = np.zeros((4, 8, 3), np.uint8)
    checker[::2, ::2] = checker[1::2, 1::2] = 255
    iv.set_frame(checker)
    iv.fit()
    QApplication.processEvents()

    def colours() -> int:
        """Distinct colours in the middle of the view, where the fitted picture is."""
        img = iv.view.grab().toImage()
        w, h = img.width(), img.height()
        return len({img.pixel(QPoint(x, y)) for x in range(int(w * 0.4), int(w * 0.6))
                    for y in range(int(h * 0.45), int(h * 0.55))})

    assert 1 <= colours() <= 2  # nearest: only black and white
    window.action("explorer.smooth_pixels").trigger()
    assert iv.smooth and iv.smooth_button.isChecked()
    QApplication.processEvents()
    assert colours() > 2  # smooth: greys between the squares
    # never stretched: the picture keeps its 2:1 shape in a window of another shape
    scene = iv.viewbox.mapRectToScene(iv.item.boundingRect())
    assert abs(scene.width() / scene.height() - 2.0) < 0.02
    # remembered for the next window
    assert image_view_module.load_smooth_preference() is True
    window.action("explorer.smooth_pixels").trigger()
    assert not iv.smooth and image_view_module.load_smooth_preference() is False
