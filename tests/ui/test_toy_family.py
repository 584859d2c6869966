"""A model family registered from inside a test goes everywhere a built-in one goes.

Nothing outside this file knows about it: the model browser lists it under its own title, the
renderer draws it, an export's sidecar regenerates it, and the compare view shows it beside a
GAN. If some module still decided by a family name, this is where it would show.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core import families
from latentlab.core.checkpoint import load_model, read_card, save_model
from latentlab.core.export import regenerate, save_grid
from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.pixels import to_uint8
from latentlab.core.render import Renderer, RenderRequest
from latentlab.core.sidecar import latent_to_json, model_record, read_sidecar


@dataclass
class LinearConfig(ModelConfig):
    """A toy family's own config: one extra field, stored in the card like any other."""

    latent_dim: int = 3
    image_shape: tuple[int, int, int] = (1, 8, 8)
    brightness: float = 1.0


class LinearGenerator(Generator):
    """z (N, D) → sigmoid(brightness · W z) as (N, 1, 8, 8) images."""

    arch, kind, config_class = "toy-linear", "toy", LinearConfig

    def __init__(self, config: LinearConfig):
        super().__init__(config)
        self.linear = nn.Linear(config.latent_dim, int(np.prod(config.image_shape)))

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return torch.sigmoid(self.config.brightness * self.linear(z)).view(-1, *self.image_shape)


TOY = families.Family(
    name="toy-linear", arch=LinearGenerator.arch, kind=LinearGenerator.kind, title="Toy linear generator",
    short="TOY", description="One linear layer from latent to pixels, registered by a test",
    config=LinearConfig, module=LinearGenerator,
    capabilities=families.Capabilities(compared=True),
)


@pytest.fixture
def toy_family():
    families.register(TOY)
    yield TOY
    families.unregister(TOY.name)


@pytest.fixture
def toy_model(toy_family, tmp_path, monkeypatch):
    """A saved toy model in the user's models folder (LATENTLAB_MODELS)."""
    folder = tmp_path / "user-models"
    folder.mkdir()
    monkeypatch.setenv("LATENTLAB_MODELS", str(folder))
    torch.manual_seed(0)
    model = LinearGenerator(LinearConfig(brightness=2.0)).eval()
    return save_model(model, folder / "tiny-toy.safetensors", dataset="toy-squares",
                      provenance={"command": "pytest"})


def test_the_toy_family_round_trips_through_a_checkpoint(toy_model):
    card = read_card(toy_model)
    assert (card["arch"], card["kind"]) == ("toy-linear", "toy")
    model = load_model(toy_model, "cpu")
    assert isinstance(model, LinearGenerator) and model.config.brightness == 2.0
    assert families.family_of(model) is TOY and families.family_of(card) is TOY


def test_the_model_browser_lists_the_toy_under_its_family(make_window, toy_model):
    w = make_window()
    w.controller.list_models()
    w.controller.wait_idle()
    group = w.browser.groups["user"]
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0).startswith("tiny-toy"))
    assert "TOY · toy-squares · 3-D latent" in item.text(0)
    assert TOY.description in item.toolTip(0)
    w.browser.tree.itemClicked.emit(item, 0)
    w.controller.wait_idle()
    assert w.state.model.name == "tiny-toy" and w.state.model.family is TOY
    assert TOY.description in w.card.html()


def test_the_renderer_draws_the_toy(toy_model):
    model = load_model(toy_model, "cpu")
    z = model.sample_latent(4, seed=7)
    result = Renderer().render(RenderRequest(1, str(toy_model), z.numpy(), device="cpu"))
    assert result.ok, result.error
    np.testing.assert_array_equal(result.frames, to_uint8(model.decode(z)))
    assert result.frames.shape == (4, 8, 8, 1) and result.frames.std() > 0


def test_an_export_of_the_toy_regenerates_from_its_sidecar(toy_model, tmp_path):
    model = load_model(toy_model, "cpu")
    z = model.sample_latent(3, seed=11)
    frames = to_uint8(model.decode(z))
    sidecar = {"model": model_record(toy_model, name="tiny-toy"),
               "mode": "grid", "seed": 11, "z": latent_to_json(z), "labels": None}
    out = save_grid(tmp_path / "toy.png", frames, ncols=3, sidecar=sidecar)
    assert read_sidecar(out)["model"]["name"] == "tiny-toy"
    np.testing.assert_array_equal(regenerate(out), frames)  # found in the user's models folder by SHA-256


def test_the_compare_view_shows_the_toy_beside_a_gan(qtbot, toy_model, models):
    from latentlab.ui.compare.view import CompareView

    view = CompareView(device="cpu", models=[str(toy_model), str(models["gan"])])
    qtbot.addWidget(view)
    view.show()
    try:
        assert view.wait_idle(60)
        view.set_seed(5)
        assert view.wait_idle(60)
        pane = view.pane(0)
        assert pane.title.text() == "tiny-toy" and pane.info.text().startswith("TOY · toy-squares · 3-D")
        model = load_model(toy_model, "cpu")
        np.testing.assert_array_equal(pane.frames, to_uint8(model.decode(model.sample_latent(1, 5))))
        assert view.pane(1).frames is not None
    finally:
        view.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("latentlab")]


def test_without_the_registration_the_toy_is_refused_with_the_known_families(toy_model):
    families.unregister(TOY.name)
    try:
        with pytest.raises(Exception, match="unknown architecture 'toy-linear'.*known model families: vae"):
            load_model(toy_model, "cpu")
    finally:
        families.register(TOY)
