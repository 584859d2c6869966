"""File ▸ Open / Import and drag-and-drop of someone else's state dict: the import dialog.

The state dict is the PyTorch DCGAN tutorial's generator, written here from its published
description (as in tests/core/test_importers.py) with small widths so it stays fast.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import torch
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from tests.core.test_importers import (
    TutorialDiscriminator,
    TutorialGenerator,
    _randomised,
)
from tests.ui.helpers import open_model

NZ = 8


@pytest.fixture
def netg(tmp_path):
    """A DCGAN-tutorial generator (nz=8, ngf=4, 3 channels) saved the way its script does."""
    generator = _randomised(TutorialGenerator(nz=NZ, ngf=4, nc=3)).eval()
    path = tmp_path / "netG.pth"
    torch.save(generator.state_dict(), path)
    return path, generator


def _import(window, qtbot, path):
    """Open ``path`` through File ▸ Open (the file dialog answered with it); the dialog once matched."""
    feature = window.feature("explorer")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
        window.trigger("explorer.open")
    dialog = feature.import_dialog
    assert dialog is not None and dialog.path == path
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.error is not None, timeout=30_000)
    return dialog


def _models_dir(home):
    return home / "models"


def test_open_action_imports_a_dcgan_state_dict(window, qtbot, netg, home, models):
    path, generator = netg
    open_model(window, models["vae"])
    dialog = _import(window, qtbot, path)
    assert dialog.error is None and dialog.ok_button.isEnabled()
    assert dialog.arch.currentData() is None  # matched automatically
    assert "DCGAN" in dialog.status.text()
    assert dialog.fields["latent"].text() == f"{NZ} numbers (the original takes (N, {NZ}, 1, 1))"
    assert dialog.fields["image"].text() == "3 channel(s), 64×64 (colour)"
    assert dialog.fields["output"].text() == "tanh, [-1, 1]"
    assert dialog.fields["classes"].text() == "none (unconditional)"
    # the preview: 16 samples of the matched model, seeds 0…15, as the original draws them
    from latentlab.core.latent import seed_latents
    from latentlab.core.pixels import to_uint8

    assert dialog.preview_frames.shape == (16, 64, 64, 3) and not dialog.preview.pixmap().isNull()
    z = torch.as_tensor(seed_latents(range(16), NZ))
    with torch.no_grad():
        expected = to_uint8((generator(z[:, :, None, None]) + 1) / 2)
    assert np.abs(dialog.preview_frames.astype(int) - expected.astype(int)).max() <= 1
    assert not _models_dir(home).exists()  # nothing written before OK

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as written:
        dialog.ok_button.click()
    out = _models_dir(home) / "netG.safetensors"
    assert written.args == [str(out)] and out.is_file()
    assert window.controller.wait_idle(30)
    model = window.state.model
    assert model.name == "netG" and model.latent_dim == NZ and model.image_shape == (3, 64, 64)
    from latentlab.core.checkpoint import load_model, read_card

    assert read_card(out)["provenance"]["imported_from"]["file"] == "netG.pth"
    assert load_model(out, device="cpu").latent_dim == NZ
    assert window.image_view.current_frame().shape == (64, 64, 3)


def test_a_kept_discriminator_is_named_in_the_dialog_and_on_the_card(window, qtbot, tmp_path, home):
    path = tmp_path / "dcgan.pth"
    torch.save({"netG": _randomised(TutorialGenerator(nz=NZ, ngf=4)).state_dict(),
                "netD": _randomised(TutorialDiscriminator(ndf=4), seed=2).state_dict()}, path)
    dialog = _import(window, qtbot, path)
    assert "netD: recognised as the DCGAN tutorial discriminator" in dialog.notes.text()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.ok_button.click()
    assert window.controller.wait_idle(30)
    assert window.state.model.name == "dcgan"
    from latentlab.ui.explorer.model_card import number

    card = window.card.text.toPlainText()
    assert "Discriminator" in card and f"included ({number(11_568)} parameters, from netD)" in card


def test_cancel_writes_nothing_and_keeps_the_model(window, qtbot, netg, home, models):
    open_model(window, models["gan"])
    dialog = _import(window, qtbot, netg[0])
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and not dialog.job.alive
    assert window.controller.wait_idle(30)
    assert window.state.model.name == "tiny-gan" and not _models_dir(home).exists()


def test_changing_the_choices_matches_again(window, qtbot, netg):
    dialog = _import(window, qtbot, netg[0])
    from latentlab.core import families

    other = next(f for f in families.catalogue() if f.name != "dcgan-tutorial")
    with qtbot.waitSignal(dialog.inspected, timeout=30_000):
        dialog.arch.setCurrentIndex(dialog.arch.findData(other.name))
    assert dialog.plan is None and not dialog.ok_button.isEnabled()
    assert "matches no known generator" in dialog.status.text() and dialog.details_button.isVisible()
    with qtbot.waitSignal(dialog.inspected, timeout=30_000):
        dialog.arch.setCurrentIndex(dialog.arch.findData("dcgan-tutorial"))
    assert dialog.plan is not None and dialog.ok_button.isEnabled()
    dialog.reject()


def test_drop_of_a_state_dict_opens_the_import_dialog(window, qtbot, netg):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(netg[0]))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.feature("explorer").import_dialog
    assert dialog is not None and dialog.path == netg[0] and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    dialog.reject()


def test_drop_of_a_safetensors_opens_it_directly(window, models):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(models["vae"]))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.controller.wait_idle(30)
    assert window.feature("explorer").import_dialog is None and window.state.model.name == "tiny-vae"


class _Payload:
    def __reduce__(self):
        import pathlib

        return (pathlib.Path.write_text, (pathlib.Path(MARKER[0]), "ran"))


MARKER: list[str] = []


def _bad(kind, tmp_path):
    path = tmp_path / "bad.pth"
    if kind == "pickle-with-code":
        MARKER[:] = [str(tmp_path / "marker")]
        path.write_bytes(pickle.dumps({"w": _Payload()}))
    elif kind == "truncated":
        torch.save(_randomised(TutorialGenerator(nz=NZ, ngf=4)).state_dict(), path)
        path.write_bytes(path.read_bytes()[:3000])
    elif kind == "no-match":
        torch.save({"fc.weight": torch.zeros(3, 5), "fc.bias": torch.zeros(3)}, path)
    elif kind == "two-generators":
        torch.save({"netG": _randomised(TutorialGenerator(nz=NZ, ngf=4)).state_dict(),
                    "other": _randomised(TutorialGenerator(nz=4, ngf=4), 1).state_dict()}, path)
    return path


@pytest.mark.parametrize("kind, says", [("pickle-with-code", "refused without running it"),
                                        ("truncated", "damaged or truncated"),
                                        ("no-match", "matches no known generator (tried:"),
                                        ("two-generators", "holds 2 generators")])
def test_bad_state_dict_says_one_line_and_keeps_the_model(window, qtbot, models, tmp_path, home, kind, says):
    open_model(window, models["vae"])
    dialog = _import(window, qtbot, _bad(kind, tmp_path))
    text = dialog.status.text()
    assert says in text and "\n" not in text and text.startswith("bad.pth: ")
    assert dialog.plan is None and not dialog.ok_button.isEnabled() and dialog.details_button.isVisible()
    box = dialog.show_details()
    details = box.detailedText()
    assert details.startswith(str(dialog.error).split("(tried:")[0]) and "Traceback" in details
    if kind == "no-match":  # one line per architecture tried
        assert len([ln for ln in details.split("Traceback")[0].splitlines() if " — " in ln]) >= 3
    box.close()
    dialog.reject()
    assert window.controller.wait_idle(30)
    assert window.state.model.name == "tiny-vae" and not _models_dir(home).exists()
    if kind == "pickle-with-code":
        assert not (tmp_path / "marker").exists()


def test_too_large_file_is_refused_with_its_size(window, qtbot, tmp_path, monkeypatch):
    from latentlab.core import importers

    path = tmp_path / "huge.pth"
    torch.save({"w": torch.zeros(4)}, path, _use_new_zipfile_serialization=False)  # old format: read whole
    monkeypatch.setattr(importers, "MAX_WHOLE_READ_BYTES", 100)
    monkeypatch.setattr(importers.read_weights, "__defaults__", (100,))
    monkeypatch.setattr(importers.import_state_dict, "__kwdefaults__",
                        {**importers.import_state_dict.__kwdefaults__, "max_whole_read": 100})
    dialog = _import(window, qtbot, path)
    assert "GB in the old torch.save format" in dialog.status.text() and dialog.plan is None
    dialog.reject()


def test_nan_weights_warn_and_still_import(window, qtbot, tmp_path):
    state = _randomised(TutorialGenerator(nz=NZ, ngf=4)).state_dict()
    state["main.0.weight"][0, 0, 0, 0] = float("nan")
    path = tmp_path / "nan.pth"
    torch.save(state, path)
    dialog = _import(window, qtbot, path)
    assert dialog.plan is not None and dialog.ok_button.isEnabled()
    assert "NaN or infinite values (main.0.weight" in dialog.notes.text()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):  # and the imported model opens, warned
        dialog.ok_button.click()
    assert window.controller.wait_idle(30)
    model = window.state.model
    assert model is not None and model.name == "nan"
    assert any("NaN or infinite values (main.0.weight" in note for note in model.notes)


def test_file_open_offers_every_file_the_loader_and_the_importer_accept(window):
    import fnmatch
    import re

    from latentlab.core import model_files
    from latentlab.core.checkpoint import STATE_DICT_SUFFIXES

    seen: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: seen.append(a[3]) or ("", "")))
        window.trigger("explorer.open")
    patterns = re.match(r"^[^(]*\(([^)]*)\);;", seen[0]).group(1).split()
    # one file of every route the loader or the importer takes, named as their authors name them
    names = ["tiny.safetensors", "netG.json", "model.ckpt", "pytorch_model.bin", "checkpoint.pth.tar",
             *(f"netG{s}" for s in STATE_DICT_SUFFIXES), "mine.pt", "mine.pt2", "mine.onnx", "mobile.ptl", "mine.jit"]
    for name in names:
        assert any(fnmatch.fnmatch(name, p) for p in patterns), f"File ▸ Open hides {name}: {seen[0]}"
    for suffix in model_files.MODEL_SUFFIXES:
        assert f"*{suffix}" in patterns
    from latentlab.ui import main_window

    assert main_window.MODEL_SUFFIXES is model_files.MODEL_SUFFIXES  # drag and drop takes the same files


def test_a_bare_safetensors_state_dict_goes_through_the_import_dialog(window, qtbot, tmp_path, models):
    from safetensors.torch import save_file

    from latentlab.core.import_plan import needs_import

    path = tmp_path / "netG.safetensors"
    save_file({k: v.contiguous() for k, v in _randomised(TutorialGenerator(nz=NZ, ngf=4)).state_dict().items()}, path)
    assert needs_import(path) and not needs_import(models["vae"])
    dialog = _import(window, qtbot, path)
    assert dialog.error is None and "DCGAN" in dialog.status.text()
    dialog.reject()
