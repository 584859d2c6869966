"""The explorer window, tested the way a user would notice: pixels, files, messages, threads."""

from __future__ import annotations

import json
import threading
import warnings

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import Qt

from latentlab.core.checkpoint import trust_program
from latentlab.core.export import regenerate
from latentlab.core.files import file_sha256
from latentlab.core.sidecar import SIDECAR_FORMAT, model_record, read_sidecar
from tests.sidecar_checks import assert_no_paths
from tests.ui.helpers import expected_frame, open_model


# --- the image follows the sliders ------------------------------------------------------------

def test_slider_changes_image_and_pixels_match_decode(window, models):
    open_model(window, models["vae"])
    before = window.image_view.current_frame().copy()
    window.sliders.slider(0).setValue(250)  # the real widget path: slider → state → worker → image
    assert window.controller.wait_idle()
    assert window.state.z[0] == pytest.approx(2.5)
    shown = window.image_view.current_frame()
    assert shown.shape == (28, 28) and shown.dtype == np.uint8
    assert not np.array_equal(shown, before)
    np.testing.assert_array_equal(shown, expected_frame(models["vae"], window.state.z))


def test_keyboard_steps_focused_slider_and_shortcuts(window, models, qtbot):
    open_model(window, models["vae"])
    window.state.reset()
    slider = window.sliders.slider(1)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.state.z[1] == pytest.approx(0.1)
    seed = window.state.seed
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.state.seed != seed and window.state.from_seed
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert not np.any(window.state.z)


def test_typed_value_and_right_click_reset(window, models, qtbot):
    open_model(window, models["vae"])
    row = window.sliders.rows[2]
    qtbot.mouseDClick(row.slider, Qt.MouseButton.LeftButton)
    assert not row.value.isReadOnly()
    row.value.setText("4.25")  # beyond the ±3 slider: the value box still takes it
    qtbot.keyClick(row.value, Qt.Key.Key_Return)
    assert window.state.z[2] == pytest.approx(4.25)
    qtbot.mouseClick(row.slider, Qt.MouseButton.RightButton)
    assert window.state.z[2] == 0.0
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], window.state.z))


def test_many_rapid_slider_changes_end_with_newest_frame(window, models):
    open_model(window, models["vae"])
    slider = window.sliders.slider(0)
    for v in range(-300, 301, 3):  # 201 changes without giving the event loop a chance
        slider.setValue(v)
    assert window.controller.wait_idle()
    assert window.state.z[0] == pytest.approx(3.0)
    worker = window.controller.worker
    assert worker.shown_id("view") == worker.latest_id("view")
    assert worker.max_stale_pending == 0
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], window.state.z))


# --- seeds, grid ---------------------------------------------------------------------------------

def test_randomize_with_seed_is_reproducible(window, models):
    open_model(window, models["gan"])
    window.state.randomize(123)
    window.controller.wait_idle()
    z1, f1 = window.state.z.copy(), window.image_view.current_frame().copy()
    window.state.randomize(7)
    window.controller.wait_idle()
    assert not np.array_equal(window.state.z, z1)
    window.point.seed.setValue(123)  # typing the seed back brings the same point
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.state.z, z1)
    np.testing.assert_array_equal(window.image_view.current_frame(), f1)
    # the same seed gives the same latent as the CLI and the Python API
    from latentlab.core.checkpoint import load_model

    np.testing.assert_array_equal(z1, load_model(models["gan"], "cpu").sample_latent(1, seed=123)[0].numpy())


def test_truncation_redraws_seeded_point(window, models):
    open_model(window, models["gan"])
    window.state.randomize(5)
    z1 = window.state.z.copy()
    window.point.trunc.setValue(0.5)
    np.testing.assert_allclose(window.state.z, z1 * 0.5, rtol=1e-6)
    window.controller.wait_idle()
    np.testing.assert_allclose(window.controller.grid_latents[0], 0.5 * window.state.seed_to_latent(
        window.state.grid_seed, 8, 1.0), rtol=1e-6)


def test_grid_click_sets_current_point(window, models, qtbot):
    open_model(window, models["gan"])
    window.state.set_grid(seed=40, size=3)
    window.controller.wait_idle()
    grid = window.grid
    assert grid.count == 9
    qtbot.mouseClick(grid.canvas, Qt.MouseButton.LeftButton, pos=grid.canvas.cell_rect(5).center())
    assert window.state.seed == 45 and window.state.from_seed
    np.testing.assert_array_equal(window.state.z, grid.latents[5])
    window.controller.wait_idle()
    cell = grid.frames[5]
    np.testing.assert_array_equal(window.image_view.current_frame(), cell[:, :, 0])
    assert grid.current_cell() == 5


# --- export --------------------------------------------------------------------------------------

def test_export_png_size_and_sidecar_regenerates(window, models, tmp_path):
    open_model(window, models["vae"])
    window.state.randomize(3)
    out = window.controller.export_image(tmp_path / "x.png", scale=4)
    assert out is not None
    with Image.open(out) as im:
        assert im.size == (112, 112)
        pixels = np.asarray(im)
    side = read_sidecar(out)
    assert side["model"]["sha256"] == file_sha256(models["vae"])
    assert side["seed"] == 3 and side["scale"] == 4 and side["mode"] == "image"
    assert_no_paths(side, tmp_path.parent)  # neither this test's folder nor the models' (both under it)
    regenerated = regenerate(out, model=models["vae"])  # the model lies in another folder: given
    np.testing.assert_array_equal(regenerated[0, :, :, 0], window.image_view.current_frame())
    np.testing.assert_array_equal(pixels[::4, ::4], window.image_view.current_frame())


def test_export_grid_regenerates(window, models, tmp_path):
    open_model(window, models["cgan"])
    window.state.set_label(7)
    window.controller.wait_idle()
    out = window.controller.export_grid(tmp_path / "grid.png", scale=1)
    side = read_sidecar(out)
    assert side["labels"] == [7] * 16 and side["mode"] == "grid"
    assert_no_paths(side, tmp_path.parent)
    np.testing.assert_array_equal(regenerate(out, model=models["cgan"]), window.controller.grid_frames)


def test_unwritable_export_folder_reports_and_keeps_going(window, models, tmp_path):
    open_model(window, models["vae"])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert window.controller.export_image(blocker / "x.png") is None
    assert window.messages.last.level == "error" and "not-a-folder" in window.messages.last.text
    assert window.state.model is not None
    assert window.controller.export_image(tmp_path / "ok.png", scale=1) is not None


def test_save_and_load_latent(window, models, tmp_path):
    open_model(window, models["vae"])
    window.state.randomize(11)
    window.sliders.slider(3).setValue(-120)
    z = window.state.z.copy()
    path = window.controller.save_latent(tmp_path / "p.latent.json")
    data = json.loads(path.read_text())
    assert data["format"] == SIDECAR_FORMAT and data["model"] == model_record(models["vae"])
    assert_no_paths(data, tmp_path.parent)
    window.state.reset()
    assert window.controller.load_latent(path)
    np.testing.assert_array_equal(window.state.z, z)
    window.controller.wait_idle()
    np.testing.assert_array_equal(regenerate(path, model=models["vae"])[0, :, :, 0], window.image_view.current_frame())


def test_an_opened_export_finds_its_model_by_sha256(window, models, tmp_path, monkeypatch):
    """The sidecar names no folder: the model is found in a models folder or beside the export."""
    import shutil
    from pathlib import Path

    open_model(window, models["vae"])
    window.state.randomize(5)
    z = window.state.z.copy()
    exports = tmp_path / "exports"
    exports.mkdir()
    out = window.controller.export_image(exports / "x.png", scale=1)
    mine = tmp_path / "mine"
    mine.mkdir()
    renamed = Path(shutil.copy(models["vae"], mine / "renamed.safetensors"))
    monkeypatch.setenv("LATENTLAB_MODELS", str(mine))
    open_model(window, models["gan"])
    assert window.controller.load_latent(out) and window.controller.wait_idle(30)
    assert Path(window.state.model.path) == renamed.resolve()
    np.testing.assert_array_equal(window.state.z, z)
    # copied along with the export: found beside it
    monkeypatch.setenv("LATENTLAB_MODELS", str(tmp_path / "no-models"))
    beside = Path(shutil.copy(models["vae"], exports / "tiny-vae.safetensors"))
    open_model(window, models["gan"])
    assert window.controller.load_latent(out) and window.controller.wait_idle(30)
    assert Path(window.state.model.path) == beside.resolve()
    np.testing.assert_array_equal(window.state.z, z)
    # found nowhere: the open model (of the same size) is used, and the message names the recorded model
    beside.unlink()
    open_model(window, models["cvae"])
    assert window.controller.load_latent(out)
    assert any("The model of x.png (tiny-vae) is not here; using it with tiny-cvae" in m.text
               for m in window.messages.history)
    np.testing.assert_array_equal(window.state.z, z)


def test_copy_image_to_clipboard(window, models):
    from PySide6.QtWidgets import QApplication

    open_model(window, models["vae"])
    assert window.feature("explorer").copy_image()  # the export size: slide-ready by default
    img = QApplication.clipboard().image()
    assert (img.width(), img.height()) == (532, 532)  # 28 px × 19, the first whole factor reaching 512
    window.state.set_export_size(100, "smooth")
    assert window.feature("explorer").copy_image()
    assert (QApplication.clipboard().image().width(), QApplication.clipboard().image().height()) == (100, 100)


# --- bad input -----------------------------------------------------------------------------------

def _scripted(tmp_path, out_shape, claimed_shape):
    c, h, w = out_shape

    class G(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.c, self.h, self.w = c, h, w

        def forward(self, z):
            return torch.sigmoid(z[:, :1, None, None].expand(z.shape[0], self.c, self.h, self.w))

    with warnings.catch_warnings():  # jit is deprecated upstream; users still ship such files
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.script(G()).save(str(tmp_path / "user.pt"))
    manifest = {"latent_dim": 4, "image_shape": list(claimed_shape), "output_range": [0, 1], "kind": "gan"}
    (tmp_path / "user.json").write_text(json.dumps(manifest))
    trust_program(tmp_path / "user.json")  # the GUI's trust step, taken (these tests are about the manifest)
    return tmp_path / "user.json"


def _bad_file(kind, tmp_path):
    if kind == "corrupt":
        p = tmp_path / "corrupt.safetensors"
        p.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json at all")
    elif kind == "pickle":
        p = tmp_path / "netG.pth"
        torch.save({"w": torch.zeros(2)}, p)
    elif kind == "foreign":
        p = tmp_path / "photo.safetensors"
        Image.new("L", (4, 4)).save(p, format="PNG")
    elif kind == "lying-manifest":
        p = _scripted(tmp_path, (1, 28, 28), (1, 32, 32))
    else:
        p = tmp_path / "gone.safetensors"
    return p


@pytest.mark.parametrize("kind", ["corrupt", "pickle", "foreign", "lying-manifest", "missing"])
def test_bad_model_file_keeps_previous_model_and_says_why(window, models, tmp_path, kind):
    open_model(window, models["vae"])
    window.state.randomize(2)
    window.controller.wait_idle()
    frame = window.image_view.current_frame().copy()
    bad = _bad_file(kind, tmp_path)
    window.state.request_open(str(bad))
    assert window.controller.wait_idle()
    msg = window.messages.last
    assert msg.level == "error" and bad.name in msg.text and "tiny-vae stays open" in msg.text
    assert window.state.model.name == "tiny-vae"
    np.testing.assert_array_equal(window.image_view.current_frame(), frame)
    window.sliders.slider(0).setValue(100)  # still fully working
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], window.state.z))


def test_good_torchscript_manifest_opens(window, tmp_path):
    manifest = _scripted(tmp_path, (1, 16, 16), (1, 16, 16))
    model = open_model(window, manifest)
    assert model is not None and model.kind == "gan" and model.latent_dim == 4
    assert window.image_view.current_frame().shape == (16, 16)


def test_missing_recent_file_is_reported_and_dropped(window, models, tmp_path):
    import shutil

    copy = tmp_path / "copy.safetensors"
    shutil.copy(models["vae"], copy)
    open_model(window, copy)
    assert str(copy.resolve()) in window.state.recent_files
    open_model(window, models["gan"])
    copy.unlink()
    window.state.request_open(window.state.recent_files[1])
    window.controller.wait_idle()
    assert "file not found" in window.messages.last.text and "Recent files" in window.messages.last.text
    assert str(copy.resolve()) not in window.state.recent_files
    assert window.state.model.name == "tiny-gan"


def test_render_error_keeps_last_image(window, models):
    from latentlab.core.render import RenderRequest

    open_model(window, models["vae"])
    frame = window.image_view.current_frame().copy()
    window.controller.worker.submit(RenderRequest(0, str(models["vae"]), np.zeros((1, 99), np.float32), tag="view"))
    window.controller.wait_idle()
    assert "Render failed" in window.messages.last.text and "(N, 4)" in window.messages.last.text
    np.testing.assert_array_equal(window.image_view.current_frame(), frame)
    assert "Render failed" in window.statusBar().currentMessage()


# --- bookmarks and sessions ----------------------------------------------------------------------

def test_bookmarks_survive_restart(make_window, models, home):
    w1 = make_window()
    open_model(w1, models["vae"])
    w1.state.randomize(9)
    w1.sliders.slider(1).setValue(150)
    z = w1.state.z.copy()
    w1.bookmarks.add_current("nice nine", edit=False)
    w1.close()
    assert (home / "session.json").is_file()

    w2 = make_window()
    assert [b.name for b in w2.state.bookmarks] == ["nice nine"]
    row = next(r for r in range(w2.bookmarks.list.count()) if w2.bookmarks.index_of_row(r) == 0)
    w2.bookmarks.recall(row)  # opens the bookmark's model, then goes to the point
    w2.controller.wait_idle()
    assert w2.state.model.name == "tiny-vae"
    np.testing.assert_array_equal(w2.state.z, z)
    np.testing.assert_array_equal(w2.image_view.current_frame(), expected_frame(models["vae"], z))
    assert w2.bookmarks.list.item(0).icon().isNull() is False  # thumbnail rendered in the worker
    assert w2.bookmarks.list.item(0).text() == "nice nine"  # its model is open: listed alone


def test_a_new_bookmark_is_named_in_a_prompt_enter_keeps_the_default(window, models, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    open_model(window, models["vae"])
    window.state.randomize(3)
    z = window.state.z.copy()
    window.action("explorer.bookmark").trigger()  # Ctrl+B
    dialog = window.bookmarks.name_dialog
    assert dialog is not None and dialog.isVisible() and window.state.bookmarks == []
    assert dialog.textValue() == "Point 1"
    window.state.randomize(4)  # moving on while the prompt is open does not change the saved point
    qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)
    assert [b.name for b in window.state.bookmarks] == ["Point 1"]
    np.testing.assert_array_equal(window.state.bookmarks[0].z, z)

    window.action("explorer.bookmark").trigger()
    edit = window.bookmarks.name_dialog.findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, "a sharp seven")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    window.action("explorer.bookmark").trigger()
    qtbot.keyClick(window.bookmarks.name_dialog.findChild(QLineEdit), Qt.Key.Key_Escape)  # cancelled: nothing added
    assert [b.name for b in window.state.bookmarks] == ["Point 1", "a sharp seven"]
    assert window.bookmarks.name_dialog is None


def test_bookmarks_are_marked_and_filtered_by_their_model(window, models):
    panel = window.bookmarks
    open_model(window, models["vae"])
    panel.add_current("vae point", edit=False)
    open_model(window, models["gan"])
    panel.add_current("gan point", edit=False)
    assert panel.only_model.isChecked()  # on by default: the open model's bookmarks only
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["gan point"]
    panel.only_model.setChecked(False)  # every model's, under its model's name, the open one first
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == [
        "tiny-gan", "gan point", "tiny-vae", "vae point"]
    assert panel.index_of_row(0) == -1 and not panel.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    panel.recall(3)  # the other model's bookmark opens its model
    window.controller.wait_idle()
    assert window.state.model.name == "tiny-vae"
    panel.only_model.setChecked(True)
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["vae point"]
    open_model(window, models["cvae"])
    assert panel.list.count() == 0 and "2 for other models" in panel.empty.text()


def test_bookmark_rename_delete_autosave(window, models, home):
    open_model(window, models["gan"])
    window.bookmarks.add_current("a", edit=False)
    window.bookmarks.add_current("b", edit=False)
    window.bookmarks.list.item(0).setText("renamed")
    window.bookmarks.remove(1)
    saved = json.loads((home / "session.json").read_text())
    assert [b["name"] for b in saved["bookmarks"]] == ["renamed"]


def test_damaged_session_starts_empty_and_keeps_the_file(make_window, home):
    (home / "session.json").write_text('{"format": "latentlab-session/1", "bookmarks": [')
    w = make_window()
    assert w.state.bookmarks == []
    assert any("could not be read" in m.text for m in w.messages.history)
    kept = list(home.glob("session.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text().endswith('"bookmarks": [')


def test_session_save_and_open_merges(make_window, models, tmp_path):
    w = make_window()
    open_model(w, models["vae"])
    w.bookmarks.add_current("one", edit=False)
    assert w.controller.save_session_as(tmp_path / "s.json")
    w.state.remove_bookmark(0)
    w.bookmarks.add_current("two", edit=False)
    assert w.controller.open_session(tmp_path / "s.json")
    assert [b.name for b in w.state.bookmarks] == ["two", "one"]
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert not w.controller.open_session(bad)
    assert [b.name for b in w.state.bookmarks] == ["two", "one"]


# --- bases ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["pca", "class", "attribute"])
def test_vae_bases_move_along_their_directions(window, models, key):
    open_model(window, models["vae"])
    window.state.randomize(1)
    base = window.state.z.copy()
    window.state.request_basis(key)
    assert window.controller.wait_idle()
    basis = window.state.basis
    assert basis.key == key and basis.size >= 1
    assert window.sliders.rows[0].name.text() == basis.names[0]
    if key == "class":
        assert "→" in basis.names[0]
    window.sliders.slider(0).setValue(200)
    np.testing.assert_allclose(window.state.z, base + 2.0 * basis.directions[0], atol=1e-5)
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], window.state.z))


def test_gan_class_directions_disabled_without_classifier(window, models):
    open_model(window, models["gan-own-data"])
    reason = window.state.model.basis_unavailable["class"]
    assert reason and "classifier" in reason and "my-drawings" in reason
    combo = window.sliders.basis_combo
    item = combo.model().item(combo.findData("class"))
    assert not item.isEnabled() and "classifier" in item.toolTip()
    window.state.request_basis("pca")
    window.controller.wait_idle()
    assert window.state.basis.key == "pca" and window.state.basis.size == 8


def test_vae_without_data_sample_offers_no_pca_or_class_directions(window, models):
    open_model(window, models["vae-own-data"])
    unavailable = window.state.model.basis_unavailable
    assert "encoding real images" in unavailable["pca"] and "labelled images" in unavailable["class"]
    assert unavailable["attribute"] is None
    window.state.request_basis("pca")  # asked anyway (e.g. from a script): explained, nothing breaks
    window.controller.wait_idle()
    assert window.state.basis.key == "raw" and "encoding real images" in window.messages.last.text


def test_conditional_model_class_selector(window, models):
    open_model(window, models["cgan"])
    assert window.point.classes.isVisibleTo(window) and window.point.classes.count() == 10
    window.point.classes.setCurrentIndex(4)
    window.point.classes.activated.emit(4)
    assert window.state.label == 4
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(),
                                  expected_frame(models["cgan"], window.state.z, [4]))
    assert window.state.model.basis_unavailable["class"]  # class is an input, not a direction


# --- the window as a whole -----------------------------------------------------------------------

def test_model_browser_lists_models_and_card_shows_facts(make_window, models, monkeypatch):
    monkeypatch.setenv("LATENTLAB_MODELS", str(models["vae"].parent))
    w = make_window()
    w.controller.list_models()
    w.controller.wait_idle()
    names = [i.name for i in w.state.available_models]
    assert "tiny-vae" in names and "tiny-gan" in names
    group = w.browser.groups["user"]
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0).startswith("tiny-cgan"))
    w.browser.tree.itemClicked.emit(item, 0)
    w.controller.wait_idle()
    assert w.state.model.name == "tiny-cgan"
    text = w.card.html()
    for fact in ("GAN", "mnist", "8 numbers", "Parameters", "pytest"):
        assert fact in text


def test_drop_model_file_opens_it(window, models):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(models["vae2"]))])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    window.dropEvent(ev)
    window.controller.wait_idle()
    assert window.state.model.latent_dim == 6 and len([r for r in window.sliders.rows if r.slider.isVisibleTo(window)]) == 6


def test_device_menu_and_status(window, models):
    open_model(window, models["vae"])
    window.feature("explorer")._fill_devices()
    titles = [a.text() for a in window.feature("explorer").device_group.actions()]
    assert titles[:2] == ["Auto (best available)", "CPU"]
    assert "cpu" in window.device_label.text()
    window.sliders.slider(0).setValue(30)
    window.controller.wait_idle()
    assert "ms" in window.timing_label.text()


def test_closing_the_window_leaves_no_running_threads(make_window, models):
    w = make_window()
    open_model(w, models["vae"])
    for v in range(0, 200, 7):
        w.sliders.slider(0).setValue(v)  # leave work pending on purpose
    w.close()
    assert not w.controller.worker.running
    assert not [t for t in threading.enumerate() if t.name.startswith("latentlab")]
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_ui_modules_do_not_import_torch_at_import_time():
    import subprocess
    import sys

    code = ("import sys; import latentlab.ui.main_window, latentlab.ui.app, latentlab.ui.bench; "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_gan_class_directions_use_the_dataset_classifier(make_window, models, tmp_path, monkeypatch):
    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.classifier import Classifier, ClassifierConfig

    from latentlab.core.checkpoint import load_model
    from latentlab.core.latent import sample_prior

    folder = tmp_path / "user-models"
    folder.mkdir()
    torch.manual_seed(1)
    clf = Classifier(ClassifierConfig(base_channels=4, feature_dim=8)).eval()
    with torch.no_grad():  # a random classifier calls everything one class; spread its answers out
        x = load_model(models["gan"], "cpu").decode(sample_prior(500, 8, seed=0)).clone()
        mu = clf.features(x).mean(0)
        clf.head.weight.copy_(torch.randn(10, 8) * 1000)
        clf.head.bias.copy_(-(clf.head.weight @ mu))
    save_model(clf, folder / "mnist-classifier.safetensors", dataset="mnist")
    monkeypatch.setenv("LATENTLAB_MODELS", str(folder))
    # Only this classifier: the bundled one is trained on real digits and may call all of a
    # random tiny GAN's noise one class, which leaves no directions to draw.
    import latentlab.core.zoo as zoo

    no_bundled = tmp_path / "no-bundled"
    no_bundled.mkdir()
    monkeypatch.setattr(zoo, "pretrained_dir", lambda: no_bundled)
    w = make_window()
    open_model(w, models["gan"])
    assert w.state.model.basis_unavailable["class"] is None
    w.state.request_basis("class")
    assert w.controller.wait_idle()
    basis = w.state.basis
    assert basis.key == "class" and basis.size >= 1 and "classifier" in basis.extra["source"]
    src = basis.extra["src"]
    assert all(name.startswith(f"{basis.extra['class_names'][src]} →") for name in basis.names)
    # the classifier is a feature network, not something to explore
    w.controller.list_models()
    w.controller.wait_idle()
    assert "mnist-classifier" not in [i.name for i in w.state.available_models]
    w.state.request_open(str(folder / "mnist-classifier.safetensors"))
    w.controller.wait_idle()
    assert "classifier" in w.messages.last.text and w.state.model.name == "tiny-gan"


def test_recent_files_are_remembered(make_window, models, home):
    w = make_window()
    open_model(w, models["vae"])
    open_model(w, models["gan"])
    w.close()
    data = json.loads((home / "recent.json").read_text())
    assert data["files"][:2] == [str(models["gan"].resolve()), str(models["vae"].resolve())]
    w2 = make_window()
    assert w2.state.recent_files[:2] == data["files"][:2]


def test_unwritable_home_does_not_stop_exploring(make_window, models, tmp_path, monkeypatch):
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("x")
    monkeypatch.setenv("LATENTLAB_HOME", str(blocker))
    w = make_window()
    open_model(w, models["vae"])
    w.bookmarks.add_current("kept in memory", edit=False)
    assert any("Could not save your bookmarks" in m.text for m in w.messages.history)
    assert [b.name for b in w.state.bookmarks] == ["kept in memory"]
    w.sliders.slider(0).setValue(50)
    w.controller.wait_idle()
    np.testing.assert_array_equal(w.image_view.current_frame(), expected_frame(models["vae"], w.state.z))


def test_export_size_control_and_caption(window, models, tmp_path, monkeypatch):
    open_model(window, models["cgan"])
    iv = window.image_view
    assert iv.size_label.buddy() is iv.size_box and bool(iv.size_label.text())
    assert window.state.export_size >= 512 and iv.size_box.value() == window.state.export_size
    iv.size_box.setValue(300)
    assert window.state.export_size == 300
    window.state.randomize(21)
    window.state.set_label(2)
    assert "seed 21" in iv.caption.text() and "class 2" in iv.caption.text()
    out = window.controller.export_image(tmp_path / "c.png", size=window.state.export_size,
                                         upscaling=window.state.export_upscaling)
    with Image.open(out) as im:
        assert im.size == (308, 308)  # pixelated: ×11, every model pixel an 11 px square
        blocks = np.asarray(im)[::11, ::11]
    np.testing.assert_array_equal(blocks, iv.current_frame())
    side = read_sidecar(out)
    assert side["labels"] == [2] and side["size"] == [308, 308] and side["upscaling"] == "pixelated"
    monkeypatch.setenv("LATENTLAB_MODELS", str(models["cgan"].parent))  # found there by its SHA-256
    np.testing.assert_array_equal(regenerate(out)[0, :, :, 0], iv.current_frame())  # the model's own pixels

    iv.upscale_combo.setCurrentIndex(iv.upscale_combo.findData("smooth"))
    assert window.state.export_upscaling == "smooth"
    smooth = window.controller.export_image(tmp_path / "s.png", size=300, upscaling="smooth")
    with Image.open(smooth) as im:
        assert im.size == (300, 300)
        # Lanczos blends neighbours: values the 28×28 image does not have appear
        assert len(np.setdiff1d(np.unique(np.asarray(im)), np.unique(iv.current_frame()))) > 0
    assert read_sidecar(smooth)["upscaling"] == "smooth"


def test_qt_calls_cannot_free_none_or_true():
    """PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call and to True per
    emit. pyproject excludes that release; if a leaking build is installed anyway, _qt_fixes
    makes the singletons immortal. Either way 100,000 such calls must not crash the app."""
    import sys

    from PySide6.QtCore import QObject, Signal

    import latentlab.ui._qt_fixes as fixes

    class W(QObject):
        s = Signal(int)

    w = W()
    w.s.connect(lambda _v: None)
    if fixes.applied:
        assert set(fixes.applied) == {"None", "True", "False"}
    for i in range(100_000):
        w.setObjectName("x")
        w.s.emit(i)
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000


def test_colour_model_shows_rgb_frames(window, models, tmp_path):
    open_model(window, models["colour"])
    window.sliders.slider(4).setValue(-180)
    window.controller.wait_idle()
    shown = window.image_view.current_frame()
    assert shown.shape == (32, 32, 3)
    np.testing.assert_array_equal(shown, expected_frame(models["colour"], window.state.z))
    window.state.request_basis("attribute")  # image properties are measured on the grey version
    window.controller.wait_idle()
    assert window.state.basis.key == "attribute"
    out = window.controller.export_image(tmp_path / "rgb.png", scale=2)
    with Image.open(out) as im:
        assert im.mode == "RGB" and im.size == (64, 64)
    np.testing.assert_array_equal(regenerate(out, model=models["colour"])[0], window.image_view.current_frame())


def test_view_tools(window, models):
    open_model(window, models["vae"])
    window.image_view.grid_button.click()
    assert window.image_view.grid.isVisible() and window.action("explorer.pixel_grid").isChecked()
    window.image_view.zoom(0.5)
    window.image_view.fit()
    (x0, x1), (y0, y1) = window.image_view.viewbox.viewRange()
    assert x0 <= 0 and x1 >= 28 and y0 <= 0 and y1 >= 28


def test_unavailable_device_falls_back_to_cpu_and_says_so(make_window, models):
    import torch as _torch

    if _torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    w = make_window(device="cuda:0")
    open_model(w, models["vae"])
    assert w.state.model is not None and w.state.model.device == "cpu"
    assert any("CUDA is not available" in m.text for m in w.messages.history)
    w.state.set_device("cpu")
    w.controller.wait_idle()
    assert w.state.model.device_spec == "cpu" and "Runs on\ncpu" in w.card.html().replace("\t", "\n")
    np.testing.assert_array_equal(w.image_view.current_frame(), expected_frame(models["vae"], w.state.z))


@pytest.mark.parametrize("name", ["vae", "colour"])
def test_pixels_on_the_image_item_are_the_decoded_pixels(window, models, name):
    """What Qt paints is the frame itself: no levels or lookup table in between, in the 32-bit
    format the raster engine scales fast (grey frames as equal red, green and blue)."""
    from PySide6.QtGui import QImage

    open_model(window, models[name])
    window.state.randomize(4)
    window.controller.wait_idle()
    qimg = window.image_view.item.qimage
    frame = expected_frame(models[name], window.state.z)
    h, w = frame.shape[:2]
    assert qimg.format() == QImage.Format.Format_RGB32
    rgb = np.array([[qimg.pixelColor(x, y).getRgb()[:3] for x in range(w)] for y in range(h)], np.uint8)
    np.testing.assert_array_equal(rgb, np.repeat(frame[:, :, None], 3, axis=2) if frame.ndim == 2 else frame)


@pytest.mark.parametrize("key", ["pca", "attribute"])
def test_conditional_vae_bases(window, models, key):
    open_model(window, models["cvae"])
    window.state.set_label(6)
    window.state.request_basis(key)
    assert window.controller.wait_idle()
    assert window.state.basis.key == key
    window.sliders.slider(0).setValue(-150)
    window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(),
                                  expected_frame(models["cvae"], window.state.z, [6]))


def test_a_conditional_models_first_frame_is_the_seed_latent_not_the_origin(window, models):
    asked = []
    submit = window.controller.worker.submit
    window.controller.worker.submit = lambda request: asked.append(request) or submit(request)
    model = open_model(window, models["cgan"])
    views = [r for r in asked if r.tag == "view"]
    seed = window.state.seed_to_latent(window.state.seed, model.latent_dim, window.state.truncation)
    assert views and all(np.array_equal(r.z[0], seed) for r in views)
