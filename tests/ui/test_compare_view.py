"""The compare view, tested the way a student would notice: pixels per pane, files, bars, errors."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from latentlab.core.checkpoint import load_model, read_card, save_model
from latentlab.core.files import file_sha256
from latentlab.core.pixels import to_uint8
from latentlab.core.sidecar import read_sidecar
from latentlab.ui.compare import jobs as cj
from latentlab.ui.compare.view import CompareView
from tests.sidecar_checks import assert_no_paths

#: GAN inversions in these tests: enough to run the real code path, few enough to be quick
STEPS = 15


@pytest.fixture(autouse=True)
def _quick_inversion(monkeypatch):
    monkeypatch.setattr(cj, "INVERT_STEPS", STEPS)


@pytest.fixture
def make_view(qtbot):
    """Factory for compare views with their own worker (closed, threads ended, at the end)."""
    made: list[CompareView] = []

    def make(paths, **kw):
        view = CompareView(device="cpu", models=[str(p) for p in paths], **kw)
        qtbot.addWidget(view)
        view.show()
        made.append(view)
        assert view.wait_idle(60)
        return view

    yield make
    for view in made:
        view.close()
    for view in made:
        assert not view.controller.worker.running
    assert not [t for t in threading.enumerate() if t.name.startswith("latentlab")]


def decoded(path, n, seed, labels=None) -> np.ndarray:
    """What a pane must show: to_uint8(model.decode(model.sample_latent(n, seed))) of a fresh load."""
    model = load_model(path, device="cpu")
    lab = None if labels is None else torch.as_tensor(labels)
    return to_uint8(model.decode(model.sample_latent(n, seed), lab))


def _card_eval(hist, **extra):
    ev = {"n": 500, "class_histogram": list(hist), "coverage_entropy": 0.5, "fid": 12.0, "kid": 0.01,
          "kid_std": 0.001, "precision": 0.7, "recall": 0.6, "sharpness_ratio": 0.8, "ppl": 3.0,
          "floor": {"fid": 1.0, "precision": 0.9}}
    ev.update(extra)
    return ev


# --- same seed, grid ------------------------------------------------------------------------------

def test_same_seed_each_pane_shows_its_models_decode_of_that_seed(make_view, models):
    view = make_view([models["vae"], models["gan"]])
    for seed in (0, 123):
        view.set_seed(seed)
        assert view.wait_idle()
        for i, path in enumerate([models["vae"], models["gan"]]):
            pane = view.pane(i)
            assert pane.frames_kind == "seed"
            np.testing.assert_array_equal(pane.frames, decoded(path, 1, seed))
            np.testing.assert_array_equal(pane.current_frame(), decoded(path, 1, seed)[0, :, :, 0])
            assert pane.ms.text().endswith("ms")  # each pane shows its own render time
    assert view.seed_box.value() == 123  # the control follows the API
    # it says why a 1 may stand beside a 7, and offers no class to two unconditional models
    assert view.seed_note.isVisible() and "same latent vector" in view.seed_note.text()
    assert not view.class_box.isVisible() and not view.class_label.isVisible()


def test_the_class_selector_appears_when_a_model_is_conditional(make_view, models):
    view = make_view([models["gan"], models["cgan"]])
    assert view.class_box.isVisible() and view.class_label.isVisible()
    assert [view.class_box.itemText(r) for r in range(1, view.class_box.count())] == [str(i) for i in range(10)]


def test_grid_mode_shows_the_same_seeds_in_all_panes(make_view, models):
    paths = [models["vae"], models["gan"], models["cgan"]]
    view = make_view(paths)
    view.set_seed(7)
    view.set_grid(True, size=3)
    assert view.wait_idle()
    assert view.mode_buttons["grid"].isChecked() and view.grid_box.value() == 3
    for i, path in enumerate(paths):
        labels = [k % 10 for k in range(9)] if i == 2 else None  # classes in turn, as in the figure
        assert view.pane(i).frames_kind == "grid"
        np.testing.assert_array_equal(view.pane(i).frames, decoded(path, 9, 7, labels))
    view.set_label(4)  # the same class for the conditional model; the others ignore it
    assert view.wait_idle()
    np.testing.assert_array_equal(view.pane(2).frames, decoded(paths[2], 9, 7, [4] * 9))
    np.testing.assert_array_equal(view.pane(0).frames, decoded(paths[0], 9, 7))
    view.set_grid(False)
    assert view.wait_idle()
    assert view.pane(0).frames.shape[0] == 1


def test_many_seed_changes_end_with_each_panes_newest_frame(make_view, models):
    view = make_view([models["vae"], models["gan"]])
    for seed in range(60):  # without giving the event loop a chance: newest wins per pane
        view.set_seed(seed)
    assert view.wait_idle()
    worker = view.controller.worker
    for i, path in enumerate([models["vae"], models["gan"]]):
        tag = view.controller._tag(view.controller.slots[i])
        assert worker.shown_id(tag) == worker.latest_id(tag)
        np.testing.assert_array_equal(view.pane(i).frames, decoded(path, 1, 59))
    assert worker.max_stale_pending == 0


# --- sliders ----------------------------------------------------------------------------------------

def test_linked_sliders_move_each_pane_along_its_own_principal_direction(make_view, models):
    paths = [models["vae"], models["gan"]]
    view = make_view(paths)
    slots = view.controller.slots
    assert all(s.directions is not None for s in slots)  # VAE: encoded sample; GAN: sampled latents
    view.shared_sliders.sliders[0].setValue(150)  # the real widget path: +1.5 along PC1
    assert view.wait_idle()
    for i, path in enumerate(paths):
        model = load_model(path, device="cpu")
        z = model.sample_latent(1, 0) + 1.5 * torch.as_tensor(slots[i].directions[0])
        np.testing.assert_array_equal(view.pane(i).frames, to_uint8(model.decode(z)))

    view.set_linked(False)  # independent: each pane its own sliders
    assert view.pane(0).sliders.isVisible() and not view.shared_sliders.isVisible()
    view.pane(1).sliders.sliders[1].setValue(-100)
    assert view.wait_idle()
    gan = load_model(paths[1], device="cpu")
    z = gan.sample_latent(1, 0) - 1.0 * torch.as_tensor(slots[1].directions[1])
    np.testing.assert_array_equal(view.pane(1).frames, to_uint8(gan.decode(z)))
    np.testing.assert_array_equal(view.pane(0).frames, decoded(paths[0], 1, 0))  # pane 0 untouched


# --- reconstruction and interpolation -----------------------------------------------------------------

def test_reconstruction_row_encodes_with_vaes_and_inverts_gans(make_view, models):
    from latentlab.core.invert import encode_image, invert_image

    paths = [models["vae"], models["gan"]]
    view = make_view(paths)
    view.show_panel("reconstruction", True)
    assert view.recon_box.isChecked()
    assert view.wait_idle(120)
    recon = view.controller.recon
    assert recon is not None
    vae_entry, gan_entry = recon["models"]
    assert vae_entry["method"] == "encode" and gan_entry["method"] == "invert" and gan_entry["steps"] == STEPS
    pics = recon["pictures"]
    x = torch.from_numpy(pics.images.copy())
    vae, gan = (load_model(p, device="cpu") for p in paths)
    for j in range(len(x)):
        r = encode_image(vae, x[j])
        np.testing.assert_array_equal(vae_entry["images"][j], to_uint8(r.image[None])[0])
        g = invert_image(gan, x[j], steps=STEPS, seed=0)
        np.testing.assert_allclose(gan_entry["latents"][j].numpy(), g.z.numpy(), atol=1e-5)
    # on screen: original | VAE reconstruction | GAN inversion for every picture
    row = view.recon_row
    assert row.methods == {0: "encode", 1: "invert"}
    assert len(row.cells) == 3 * len(x)
    np.testing.assert_array_equal(row.cells[(-1, 0)], recon["originals"][0])
    # the latent-space claim now quotes these reconstructions
    latent = next(r for r in view.evidence.rows if r["aspect"] == "latent space")
    assert f"On the {len(x)} real images shown" in latent["evidence"]


def test_interpolation_travels_between_the_same_two_pictures_in_every_pane(make_view, models):
    paths = [models["vae"], models["gan"]]
    view = make_view(paths)
    view.set_interpolation(frames=8)
    assert view.wait_idle(120)
    pics = view.controller.path_pictures
    assert pics is not None and len(pics.indices) == 2
    entries = {k: v for k, v in view.controller._cache.items()}
    for i, path in enumerate(paths):
        slot = view.controller.slots[i]
        assert slot.path.shape == (9, slot.summary.latent_dim)
        ends = [entries[(slot.summary.path, key, STEPS, 0)]["z"] for key in pics.keys]
        np.testing.assert_allclose(slot.path[0], ends[0], atol=1e-6)  # starts at picture A's latent
        np.testing.assert_allclose(slot.path[-1], ends[1], atol=1e-6)  # ends at picture B's latent
        assert entries[(slot.summary.path, pics.keys[0], STEPS, 0)]["method"] == ("encode" if i == 0 else "invert")
        assert view.pane(i).frames_kind == "path" and len(view.pane(i).frames) == 9
    view.set_frame(4)
    model = load_model(paths[1], device="cpu")
    slot = view.controller.slots[1]
    expected = to_uint8(model.decode(torch.as_tensor(slot.path[4:5])))[0, :, :, 0]
    np.testing.assert_array_equal(view.pane(1).current_frame(), expected)
    view.play(True)
    assert view._play_timer.isActive() and view.play_button.isChecked()
    view.play(False)
    assert not view._play_timer.isActive()


def test_lesson_path_walks_through_each_panes_own_draws_of_the_seeds(make_view, models):
    from latentlab.core.latent import seed_to_latent

    paths = [models["vae"], models["gan"]]
    view = make_view(paths)
    view.set_interpolation(seeds=[3, 11], mode="slerp", frames=4)
    assert view.wait_idle()
    for i, path in enumerate(paths):
        model = load_model(path, device="cpu")
        frames = view.pane(i).frames
        assert len(frames) == 5  # 4 frames per segment, plus the last seed
        for f, seed in ((0, 3), (4, 11)):
            z = seed_to_latent(seed, model.latent_dim)[None]
            np.testing.assert_array_equal(frames[f], to_uint8(model.decode(z))[0])


# --- evidence ----------------------------------------------------------------------------------------

def test_coverage_chart_bars_match_the_cards_class_histogram(make_view, tiny_model, tmp_path):
    even = [0.1] * 10
    collapsed = [0.02, 0.0, 0.4, 0.0, 0.05, 0.3, 0.0, 0.03, 0.2, 0.0]
    vae = save_model(tiny_model("vae"), tmp_path / "vae.safetensors", dataset="mnist",
                     metrics={"eval": _card_eval(even, coverage_entropy=1.0)},
                     training_log={"step": list(range(10)), "loss": [10 - 0.5 * k for k in range(10)],
                                   "recon": [8 - 0.4 * k for k in range(10)], "kl": [2.0] * 10})
    gan = save_model(tiny_model("gan"), tmp_path / "gan.safetensors", dataset="mnist",
                     metrics={"eval": _card_eval(collapsed, coverage_entropy=0.6)},
                     training_log={"step": list(range(10)), "d_loss": [1, 2] * 5, "g_loss": [-2, -1] * 5})
    view = make_view([vae, gan])
    panel = view.evidence
    np.testing.assert_allclose(panel.coverage_heights(0), even)
    np.testing.assert_allclose(panel.coverage_heights(1), collapsed)  # mode collapse: a lopsided chart
    assert panel.even_lines[1].value() == pytest.approx(0.1)  # the dashed 1/K line
    assert len(panel.loss_plots) == 2
    # losses on their real values: the VAE's (all positive) on a log axis, total dashed above its terms
    vae_plot, gan_plot = panel.loss_plots
    assert vae_plot.getPlotItem().ctrl.logYCheck.isChecked() and "log scale" in vae_plot.getAxis("left").labelText
    curves = {float(c.yData[0]): c for c in vae_plot.getPlotItem().listDataItems()}
    assert set(curves) == {10.0, 8.0, 2.0}  # the logged values themselves, not rescaled to 0..1
    assert curves[10.0].opts["pen"].style() == Qt.PenStyle.DashLine  # the total
    assert not gan_plot.getPlotItem().ctrl.logYCheck.isChecked()
    lo, hi = gan_plot.getViewBox().childrenBounds()[1]
    assert lo == pytest.approx(-2, abs=0.02) and hi == pytest.approx(2, abs=0.02)  # hinge losses can be negative: a linear axis of the GAN's own numbers
    # the figures table reads the cards, the claims are checked against them
    fid_row = 0  # the figures table starts with FID
    assert panel.figures.item(fid_row, 2).text() == "12.0"
    verdicts = {r["aspect"]: r["verdict"] for r in panel.rows}
    assert verdicts["mode coverage"] == "supported"  # entropy 0.6 < 1.0
    assert verdicts["training stability"] == "supported"
    assert [c.property("verdict") for c in panel.claim_cards] == [r["verdict"] for r in panel.rows]


def test_a_gan_and_a_wgan_gp_show_the_mode_collapse_remedy_row(make_view, tiny_model, tmp_path):
    from latentlab.core.families.gan import GANConfig
    from latentlab.core.families.wgan_gp import WGANGP

    collapsed = [0.5, 0.3, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    gan = save_model(tiny_model("gan"), tmp_path / "gan.safetensors", dataset="mnist",
                     metrics={"eval": _card_eval(collapsed, coverage_entropy=0.45, coverage_min_fraction=0.0)})
    wgan = save_model(WGANGP(GANConfig(latent_dim=4, base_channels=4)).eval(), tmp_path / "wgan.safetensors",
                      dataset="mnist", metrics={"eval": _card_eval([0.1] * 10, coverage_entropy=0.99,
                                                                     coverage_min_fraction=0.08)})
    view = make_view([gan, wgan])
    panel = view.evidence
    rows = {r["aspect"]: r for r in panel.rows}
    row = rows["mode-collapse remedy"]
    assert row["verdict"] == "supported"
    assert "gan (GAN) 0.45, wgan (WGAN-GP) 0.99" in row["evidence"]
    # drawn like every other claim: one card per row, the new one last, with its verdict and evidence
    assert len(panel.claim_cards) == len(panel.rows)
    card = panel.claim_cards[-1]
    assert card.property("verdict") == "supported"
    assert "WGAN-GP" in card.findChild(QLabel, "claimEvidence").text()
    assert card.findChild(QLabel, "claimAspect").text() == "Mode-collapse remedy"
    # two GANs are no VAE-GAN pair: those rows say so rather than judge
    assert rows["mode coverage"]["verdict"] == "not measured"


def test_unmeasured_models_say_so_and_can_be_measured_in_the_background(make_view, tiny_model, tmp_path):
    vae = save_model(tiny_model("vae"), tmp_path / "vae.safetensors", dataset="mnist")
    gan = save_model(tiny_model("gan"), tmp_path / "gan.safetensors", dataset="mnist")
    view = make_view([vae, gan])
    panel = view.evidence
    assert panel.coverage_heights(0) is None
    assert panel.figures.item(0, 2).text() == "not measured"
    assert "Not measured yet" in panel.claims_note.text()

    job = view.compute_metrics(1, n=120)
    assert job is not None
    assert view.wait_idle(180)
    ev = read_card(gan)["metrics"]["eval"]  # written into the model card
    assert ev["n"] == 120 and len(ev["class_histogram"]) == 10
    np.testing.assert_allclose(panel.coverage_heights(1), ev["class_histogram"])
    assert panel.figures.item(0, 3).text() != "not measured"
    assert "Measured" in view.status.text()


def test_cancelling_a_measurement_leaves_the_card_alone(make_view, tiny_model, tmp_path, qtbot):
    gan = save_model(tiny_model("gan"), tmp_path / "gan.safetensors", dataset="mnist")
    vae = save_model(tiny_model("vae"), tmp_path / "vae.safetensors", dataset="mnist")
    view = make_view([vae, gan])
    ended = []
    view.controller.jobEnded.connect(lambda kind, outcome, _m: ended.append((kind, outcome)))
    view.compute_metrics(1, n=5000)
    view.evidence.cancelRequested.emit(1)  # the Cancel button
    assert view.wait_idle(60)
    assert ended and ended[-1][1] == "cancelled"
    assert not (read_card(gan).get("metrics") or {}).get("eval")


# --- export ------------------------------------------------------------------------------------------

def test_export_writes_one_png_with_every_pane_and_a_sidecar(make_view, models, tmp_path):
    from latentlab.core.evidence_figure import render_figure

    paths = [models["vae"], models["gan"], models["cvae"]]
    view = make_view(paths)
    view.set_seed(5)
    out = tmp_path / "comparison.png"
    assert view.export_figure(out, width=900) is not None
    assert view.wait_idle(120)
    assert out.is_file()
    side = read_sidecar(out)
    assert [m["name"] for m in side["models"]] == [p.stem for p in paths]
    assert [m["sha256"] for m in side["models"]] == [file_sha256(p) for p in paths]
    assert_no_paths(side, tmp_path.parent)
    assert side["seed"] == 5 and side["n"] == 16 and side["mode"] == "compare"
    # the same figure `latentlab compare` draws for these models and settings (all panes included)
    loaded = [load_model(p, device="cpu") for p in paths]
    expected = render_figure(loaded, [m.card for m in loaded], [p.stem for p in paths], 5, n=16, width=900)
    np.testing.assert_array_equal(np.asarray(Image.open(out).convert("RGB")), expected)


# --- bad input ---------------------------------------------------------------------------------------

def test_a_corrupt_model_file_only_breaks_its_own_pane(make_view, models, tmp_path):
    broken = tmp_path / "broken.safetensors"
    broken.write_bytes(b"\x00" * 8 + b"{not json at all" + b"\x00" * 100)
    paths = [models["vae"], broken, models["gan"]]
    view = make_view(paths)
    assert view.pane(1).showing_error
    assert "broken.safetensors" in view.pane(1).message.text()
    assert view.pane(1).frames is None
    for seed in (0, 9):
        view.set_seed(seed)
        assert view.wait_idle()
        np.testing.assert_array_equal(view.pane(0).frames, decoded(paths[0], 1, seed))
        np.testing.assert_array_equal(view.pane(2).frames, decoded(paths[2], 1, seed))
    assert [m.name for m in view.evidence.models] == ["tiny-vae", "tiny-gan"]
    # exporting leaves the broken pane out and says so
    out = tmp_path / "fig.png"
    view.export_figure(out, width=800)
    assert view.wait_idle(120)
    side = read_sidecar(out)
    assert [m["name"] for m in side["models"]] == ["tiny-vae", "tiny-gan"]
    assert side["skipped"] and side["skipped"][0].startswith("broken.safetensors could not be loaded")
    assert_no_paths(side, tmp_path.parent)  # the reason it was skipped names no folder
    # replacing it with a good model fixes the pane without reloading the others
    kept = view.controller.slots[0]
    view.state.set_model(1, str(models["cgan"]))
    assert view.wait_idle()
    assert not view.pane(1).showing_error and view.pane(1).frames is not None
    assert view.controller.slots[0] is kept


def test_different_datasets_are_allowed_but_the_banner_says_so(make_view, models):
    view = make_view([models["vae"], models["gan-own-data"], models["colour"]])
    assert view.banner.isVisible()
    text = view.banner.text()
    assert "different datasets" in text and "different shapes" in text
    # figures are compared on the first model's dataset only
    assert [m.name for m in view.evidence.comparable()] == ["tiny-vae", "tiny-colour"]
    assert "left out" in view.evidence.claims_note.text()
    assert view.pane(2).frames.shape == (1, 32, 32, 3)  # the colour model still draws


def test_presets_need_their_models_installed(make_view, models):
    view = make_view([models["vae"], models["gan"]])
    installed = view.controller.installed
    for preset in cj.PRESETS:
        button = view.preset_buttons[preset.key]
        assert button.isEnabled() == all(m in installed for m in preset.models)
        if not button.isEnabled():
            assert "Not installed" in button.toolTip()


def test_panes_can_be_added_and_removed_between_two_and_four(make_view, models):
    view = make_view([models["vae"], models["gan"]])
    view.set_models([models["vae"], models["gan"], models["cgan"], models["cvae"]])
    assert view.wait_idle()
    assert len(view.panes) == 4 and not view.add_button.isEnabled()
    with pytest.raises(ValueError):
        view.set_models([models["vae"]] * 5)
    view.pane(3).remove.click()
    assert view.wait_idle()
    assert len(view.panes) == 3 and view.add_button.isEnabled()
    np.testing.assert_array_equal(view.pane(2).frames, decoded(models["cgan"], 1, 0, [0]))


# --- the explorer and lessons -------------------------------------------------------------------------

def test_view_menu_opens_the_compare_view_on_the_explorers_worker(make_window, models):
    window = make_window()
    action = window.action("compare.open")
    assert action in window.menu("view").actions()
    assert action.shortcut().toString() == "Ctrl+K"
    window.trigger("compare.open")
    view = window.panel("compare.view", create=False)
    assert view is not None and view.isVisible()
    assert view.controller.worker is window.controller.worker
    view.set_models([str(models["vae"]), str(models["gan"])])
    assert view.wait_idle(60)
    np.testing.assert_array_equal(view.pane(0).frames, decoded(models["vae"], 1, 0))
    window.close()
    assert not view.isVisible()


def test_public_api_for_lessons(make_view, models):
    view = make_view([models["vae"], models["cgan"]])
    view.set_label("3")  # a class name of the conditional model (digits here)
    assert view.wait_idle()
    np.testing.assert_array_equal(view.pane(1).frames, decoded(models["cgan"], 1, 0, [3]))
    view.show_panel("evidence", False)
    assert not view.evidence.isVisible()
    view.show_panel("evidence", True)
    view.show_panel("grid", True)
    assert view.state.mode == "grid"
    w = view.highlight("coverage")
    assert w is not None and w.property("highlight") is True and view.evidence.tabs.currentIndex() == 2
    view.highlight(None)
    assert w.property("highlight") is False
    with pytest.raises(ValueError):
        view.show_panel("nonsense", True)
    view.set_panels(["evidence", "reconstruction"])  # a lesson step's panels
    assert view.evidence.isVisible() and view.recon_row.isVisible() and not view.shared_sliders.isVisible()
    assert view.wait_idle(60)
    assert view.controller.recon is not None


def test_figures_table_never_cuts_a_figure_short(make_view, tiny_model, tmp_path):
    """Three measured models in a narrow evidence panel: every model's column is as wide as its
    widest figure or header, so "34.4 ± 4.08" never turns into "34.4 …"."""
    paths = [save_model(tiny_model(kind), tmp_path / f"{kind}{i}.safetensors", dataset="mnist",
                        metrics={"eval": _card_eval(np.full(10, 0.1), kid=34.4, kid_std=4.08)})
             for i, kind in enumerate(["vae", "gan", "gan"])]
    view = make_view(paths)
    view.resize(1100, 700)
    panel = view.evidence
    table = panel.figures
    panel.tabs.setCurrentIndex(1)  # "Figures"
    for _ in range(3):
        QApplication.processEvents()
    header = table.horizontalHeader()
    for c in range(2, table.columnCount()):
        needed = max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
        assert header.sectionSize(c) >= needed, (c, header.sectionSize(c), needed)
    assert " ± " in table.item(1, 2).text()  # the KID row, with its spread
