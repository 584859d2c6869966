"""Named factor sliders for faces64 models: from the card when measured, fitted otherwise, in every language."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from latentlab.core.checkpoint import save_model, update_card
from latentlab.core.directions import FactorDirection, directions_to_card, targets
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig
from latentlab.core.render import Renderer
from latentlab.ui.common import jobs
from latentlab.ui.common.factor_basis import fidelity_text

FACES = (3, 64, 64)
DIM = 6


def _save(kind, path, dataset="faces64"):
    torch.manual_seed(0)
    cls, config = (VAE, VAEConfig) if kind == "vae" else (GAN, GANConfig)
    return save_model(cls(config(latent_dim=DIM, base_channels=4, image_shape=FACES)).eval(), path, dataset=dataset)


def _basis(path):
    renderer = Renderer()
    summary = jobs.load_model_job(renderer, str(path), "cpu")
    assert summary.basis_unavailable["attribute"] is None
    with torch.inference_mode():  # as on the render worker's thread
        return jobs.run_to_end(jobs.basis_job(renderer, summary, "attribute"))


@pytest.mark.parametrize("kind", ["vae", "gan"])
def test_a_faces_model_gets_a_slider_per_factor_and_per_hair_colour(kind, tmp_path):
    basis = _basis(_save(kind, tmp_path / f"f-{kind}.safetensors"))
    ids = basis.extra["ids"]
    assert "smile" in ids and "glasses" in ids and "hair colour: blonde" in ids and "hair colour" not in ids
    assert basis.names == ids  # English: the ids themselves
    assert basis.directions.shape == (len(ids), DIM) and np.isfinite(basis.directions).all()
    assert ("encoded" in basis.extra["source"]) == (kind == "vae")
    smile = ids.index("smile")
    assert "mouth corners rise" in basis.tips[smile] and "spread" in basis.tips[smile]


def test_the_cards_measured_directions_are_the_sliders_with_their_fidelity(tmp_path):
    path = _save("vae", tmp_path / "measured.safetensors")
    wanted = targets([("smile", 0), ("glasses", 2)])
    vec = torch.tensor([0.0, 0.6, 0.0, 0.8, 0.0, 0.0])
    dirs = {"smile": FactorDirection("smile", vec, 0.5, (1, 3), 0.9),
            "glasses": FactorDirection("glasses", torch.eye(DIM)[0], 2.0, (0,), 0.8)}
    fidelity = {"smile": {"spearman_rho": 0.97, "range": 1.23, "leakage": {"glasses": 0.02, "head tilt": 0.04}}}
    update_card(path, metrics={"directions": fidelity}, directions=directions_to_card(dirs, wanted, "toy"))
    basis = _basis(path)
    assert basis.extra["ids"] == ["smile", "glasses"] and "measured" in basis.extra["source"] and "toy" in basis.extra["source"]
    # A slider step is the data's spread along the direction.
    assert np.allclose(basis.directions[0], 0.5 * vec.numpy(), atol=1e-6)
    assert np.allclose(basis.directions[1], 2.0 * np.eye(DIM)[0], atol=1e-6)
    assert "0.97" in basis.tips[0] and "+1.23" in basis.tips[0] and "head tilt" in basis.tips[0]
    assert "0.97" not in basis.tips[1] and basis.extra["fidelity"] == {"smile": fidelity["smile"]}


def test_fidelity_text_is_empty_for_missing_or_broken_figures():
    assert fidelity_text(None) == "" and fidelity_text({"spearman_rho": "x"}) == ""
    assert "0.50" in fidelity_text({"spearman_rho": 0.5, "range": 1.0})


def test_fidelity_text_sets_the_side_effect_beside_the_perfect_edits():
    result = {"spearman_rho": 1.0, "range": 1.8, "leakage": {"mouth open": 0.095, "eye size": 0.02},
              "reference": {"drawn": {"range": 1.9, "leakage": {"mouth open": 0.034}},
                            "redrawn": {"range": 1.4, "leakage": {"mouth open": 0.104}}}}
    lines = fidelity_text(result).splitlines()
    assert len(lines) == 3 and "0.10" in lines[1] and "0.10" in lines[2] and "redrawn" in lines[2]
    del result["reference"]["redrawn"]  # a GAN: only the factor network's own cross-talk
    assert "0.03" in fidelity_text(result).splitlines()[2]
    result["reference"] = {"drawn": "broken"}
    assert len(fidelity_text(result).splitlines()) == 2
    result["steering"] = {"straight": {"leakage": {"mouth open": 0.093, "eye size": 0.10}},
                          "steered": {"leakage": {"mouth open": 0.055, "eye size": 0.077}}}
    last = fidelity_text(result).splitlines()[-1]
    assert "0.08 (eye size)" in last and "straight 0.10" in last
    result["steering"] = {"steered": {}}
    assert len(fidelity_text(result).splitlines()) == 2


def test_slider_names_follow_the_language(tmp_path, qapp):
    from latentlab.ui.common.i18n import direction_name, install_language

    path = _save("gan", tmp_path / "f.safetensors")
    basis = _basis(path)
    assert basis.names == basis.extra["ids"]  # the basis keeps the ids; the widgets show them translated
    try:
        install_language(qapp, "cs")
        assert direction_name("smile") == "úsměv"
        assert direction_name("hair colour: blonde") == "barva vlasů: blond"
        assert direction_name("hair style: bun") == "účes: drdol"
    finally:
        install_language(qapp, "en")
    assert direction_name("hair colour: blonde") == "hair colour: blonde"


def test_every_declared_factor_word_has_its_translations():
    from latentlab.core import datasets
    from latentlab.core.caption_text import caption_table

    table = caption_table()
    for spec in datasets.specs().values():
        for f in spec.factors:
            assert f.name in table and f.description in table, (spec.name, f.name)
            assert all(v in table for v in f.values), (spec.name, f.name)


def test_a_steered_sweep_replaces_the_path_by_thirteen_corrected_keyframes(window, models, qtbot, tmp_path):
    from tests.ui.helpers import open_model

    tools = window.feature("latent").tools
    # a digit model's attribute basis is measured, not read by a factor network: nothing to steer by
    open_model(window, models["vae"])
    window.state.request_basis("attribute")
    assert window.controller.wait_idle()
    window.state.set_coefficient(0, 1.0)
    assert not tools.steerable() and not tools.add_steered_sweep()
    assert "factor network" in window.messages.last.text

    open_model(window, _save("vae", tmp_path / "faces-vae.safetensors"))
    window.state.request_basis("attribute")
    assert window.controller.wait_idle()
    smile = window.state.basis.extra["ids"].index("smile")
    window.state.randomize(3)
    window.state.set_coefficient(smile, 1.2)
    centre = window.state.z - 1.2 * window.state.basis.directions[smile]
    assert tools.steerable()
    with qtbot.waitSignal(tools.steeringChanged, timeout=60_000, check_params_cb=lambda busy: not busy):
        assert tools.add_steered_sweep(span=1.0, steps=5)
        assert not window.feature("latent").path_editor.add_steered.isEnabled()  # one at a time
    path = tools.path
    assert path.count == 5 and path.modes == ["lerp"] * 4, window.messages.last.text
    assert [k.name for k in path.keyframes] == [f"smile {v:+.1f}" for v in (-1, -0.5, 0, 0.5, 1)]
    np.testing.assert_allclose(path.keyframes[2].z, centre, atol=1e-5)  # through the point, the slider at 0
    # bent, not straight: the steps differ from the straight direction's
    straight = window.state.basis.directions[smile] * 0.5
    steps = np.diff(np.stack([k.z for k in path.keyframes]), axis=0)
    assert np.linalg.norm(steps - straight) > 1e-3 * np.linalg.norm(straight)  # unsteered: ~1e-7
    assert window.feature("latent").path_editor.add_steered.isEnabled()
    assert "steered" in window.messages.last.text
