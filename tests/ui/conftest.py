"""Fixtures for the explorer's tests: a private LATENTLAB_HOME, tiny random models, a window.

Every test gets its own empty home (session, recent files) so nothing touches the real one.
Models are tiny and random (created once per session in a temporary folder): the tests check
what the window does, not what the models learned.
"""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _app_theme(qapp):
    """The app's own style and stylesheet, as ``latentlab gui`` sets them: sizes measured here are users' sizes.

    (Without it the tests saw Qt's default style unless an earlier test had started the app, and
    a window that fitted 1024 px in the tests needed 1037 px on screen.)
    """
    from latentlab.ui.app import load_theme

    load_theme(qapp)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """An empty LATENTLAB_HOME (and no user models) for every test."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("LATENTLAB_HOME", str(h))
    monkeypatch.setenv("LATENTLAB_MODELS", str(tmp_path / "no-models"))
    monkeypatch.delenv("LATENTLAB_DEVICE", raising=False)
    return h


@pytest.fixture(scope="session")
def models(tmp_path_factory):
    """Paths of tiny random models: vae (4-D), gan (8-D), cgan (8-D, 10 classes), cvae."""
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.cgan import ConditionalGAN
    from latentlab.core.families.gan import GAN, GANConfig
    from latentlab.core.families.cvae import CVAE
    from latentlab.core.families.vae import VAE, VAEConfig

    folder = tmp_path_factory.mktemp("models")
    torch.manual_seed(0)
    built = {
        "vae": VAE(VAEConfig(latent_dim=4, base_channels=4)),
        "vae2": VAE(VAEConfig(latent_dim=6, base_channels=4)),
        "gan": GAN(GANConfig(latent_dim=8, base_channels=4)),
        "cgan": ConditionalGAN(GANConfig(latent_dim=8, base_channels=4, num_classes=10)),
        "cvae": CVAE(VAEConfig(latent_dim=4, base_channels=4, num_classes=10)),
        "colour": GAN(GANConfig(latent_dim=5, base_channels=4, image_shape=(3, 32, 32))),
    }
    paths = {}
    for name, model in built.items():
        paths[name] = save_model(model.eval(), folder / f"tiny-{name}.safetensors", dataset="mnist",
                                 provenance={"command": "pytest", "epochs": 0})
    # a dataset nobody ships a sample or classifier for
    paths["gan-own-data"] = save_model(GAN(GANConfig(latent_dim=8, base_channels=4)).eval(),
                                       folder / "tiny-gan-own-data.safetensors", dataset="my-drawings")
    paths["vae-own-data"] = save_model(VAE(VAEConfig(latent_dim=4, base_channels=4)).eval(),
                                       folder / "tiny-vae-own-data.safetensors", dataset="my-drawings")
    return paths


@pytest.fixture
def make_window(qtbot):
    """Factory for explorer windows (closed, with their worker stopped, at the end of the test)."""
    from latentlab.ui.main_window import MainWindow

    made = []

    def make(**kw):
        kw.setdefault("device", "cpu")
        kw.setdefault("dialogs", False)
        w = MainWindow(**kw)
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
    for w in made:
        assert not w.controller.worker.running
    assert not [t for t in threading.enumerate() if t.name.startswith("latentlab")]
    from PySide6.QtWidgets import QApplication

    leaked = [t for t in QApplication.topLevelWidgets() if t.isVisible() and t not in made]
    assert not leaked, f"top-level widgets left open: {leaked}"


@pytest.fixture
def window(make_window):
    return make_window()

